/**
 * `npm run example:workflow` — a dossier's life under the one-stop mechanism:
 * receive → transfer → late → apologise → approve → return, printing every form it produces.
 */
import { createWorkingCalendar } from "../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../src/models/fixtures/index.js";
import {
  type Actor,
  classifyTimeliness,
  createDossierState,
  type DossierEventInput,
  type DossierState,
  nationalStatusOf,
  renderFormText,
  transition,
  type WorkflowContext,
} from "../src/workflow/index.js";

const context: WorkflowContext = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
const desk: Actor = { id: "desk-01", role: "receptionist" };
const leader: Actor = { id: "leader-01", role: "approver" };
const line = (s = "") => process.stdout.write(`${s}\n`);

let state: DossierState = createDossierState(context);
/** An event as the host writes it; the version is the dossier's current one. */
type NewEvent = DossierEventInput extends infer E ? (E extends unknown ? Omit<E, "version"> : never) : never;

/** Sends one event at the dossier's current version and prints the forms it issues. */
function send(event: NewEvent): void {
  const result = transition(state, { ...event, version: state.version } as DossierEventInput, context);
  state = result.state;
  const status = nationalStatusOf(state);
  const national = status === undefined ? "" : `, mã trạng thái ${status.code}: ${status.label.vi}`;
  line(`▶ ${event.type} (${event.at}) → ${state.status}${national}`);
  for (const effect of result.effects) {
    if (effect.type === "issueForm") line(`\n${renderFormText(effect, "vi")}\n`);
    else if (effect.type === "warning") line(`  ⚠ ${effect.code}`);
  }
}

send({
  type: "submit",
  at: "2026-03-02T08:50:00+07:00",
  actor: desk,
  channel: "direct",
  applicant: { kind: "citizen", name: "Nguyễn Văn A" },
});
send({ type: "receive", at: "2026-03-02T09:00:00+07:00", actor: desk, code: "000.00.12.H26-260302-0001" });
send({ type: "transfer", at: "2026-03-02T10:00:00+07:00", actor: desk });
// The verification runs late: on the due date itself the leader apologises (flagged lateApology, DL-13).
send({
  type: "apologise",
  at: "2026-03-30T10:00:00+07:00",
  actor: leader,
  reason: "Chờ xác minh thông tin cư trú",
  newDueDate: "2026-04-03",
  letterRef: "12/XL-UBND",
});
send({ type: "approve", at: "2026-04-02T10:00:00+07:00", actor: leader });
send({ type: "return", at: "2026-04-02T15:00:00+07:00", actor: desk, channel: "direct" });
line(`Kết quả / outcome against the original appointment (DL-14): ${classifyTimeliness(state, context)}`);

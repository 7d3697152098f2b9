/**
 * Sổ theo dõi hồ sơ — one register row of a dossier.
 */

import { TthcError } from "../errors.js";
import { checkContext, checkState } from "./_boundary.js";
import { dossierTimeOf } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import { createFormDocument, type OneStopFormDocument } from "./forms.js";
import { STATE_LABELS } from "./labels.js";
import type { DossierState } from "./states.js";

/**
 * Ghi sổ theo dõi — the register row of a received dossier (Mẫu 06 under `VN-2018`, Mẫu 07 under
 * `VN-2025`): code, procedure, applicant, receipt, first and re-appointed due dates, transfer, result
 * and return instants, and the state as a note.
 *
 * @param state - A received dossier.
 * @param context - The procedure (for its name).
 * @returns The filled form.
 * @throws {@link tthc!TthcError} `TRANSITION_NOT_ALLOWED` if the dossier has not been received.
 * @remarks Columns are UNCONFIRMED (WF-33; rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set)).
 * @see TT 01/2018/TT-VPCP Mẫu 06; TT 03/2025/TT-VPCP Mẫu 07 (RULES WF-10, WF-32)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { buildDossierRegisterRow, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const state = replay([
 *   { type: "submit", at: "2025-06-30T08:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2025-06-30T08:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-250630-0001" },
 * ], context);
 * const row = buildDossierRegisterRow(state, context);
 * row.number; // => "06"
 * row.data.dueAt; // => "2025-06-30T17:00:00+07:00"
 * ```
 * @category Workflow
 */
export function buildDossierRegisterRow(
  state: DossierState,
  context: WorkflowContext,
): Extract<OneStopFormDocument, { form: "dossierRegister" }> {
  checkState(state);
  checkContext(context, state);
  const first = state.appointments[0];
  if (
    state.ruleSet === undefined ||
    state.code === undefined ||
    state.receivedAt === undefined ||
    first === undefined
  ) {
    throw new TthcError("TRANSITION_NOT_ALLOWED", "the dossier has not been received", {
      path: ["status"],
      messageVi: "hồ sơ chưa được tiếp nhận",
    });
  }
  const time = dossierTimeOf(state, context, undefined, {}, false);
  const address = state.applicant?.address?.line;
  const phone = state.applicant?.phone;
  const contact = [address, phone].filter((x) => x !== undefined).join("; ");
  const transferred = state.steps[0]?.handedOverAt;
  return createFormDocument(state.ruleSet, "dossierRegister", {
    dossierCode: state.code,
    procedureName: context.procedure.name,
    quantity: 1,
    applicantName: state.applicant?.name ?? "",
    ...(contact === "" ? {} : { contact }),
    receivedAt: state.receivedAt,
    dueAt: first.dueAt ?? first.dueDate,
    ...(time?.reappointed === true ? { reappointedDueAt: time.current.dueAt } : {}),
    ...(transferred === undefined ? {} : { transferredAt: transferred }),
    ...(state.resultReadyAt === undefined ? {} : { resultReadyAt: state.resultReadyAt }),
    ...(state.returnedAt === undefined ? {} : { returnedAt: state.returnedAt }),
    note: STATE_LABELS[state.status].vi,
  });
}

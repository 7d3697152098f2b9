/**
 * Test helpers for the workflow: contexts, a liên thông procedure, valid-event pieces for the
 * property tests, and the effects of a log's last event (which the testing kit's `replay` drops).
 */
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import type { Procedure } from "../../src/models/index.js";
import { aProcedure, type EventLogBuilder } from "../../src/testing/index.js";
import {
  type Actor,
  createDossierState,
  type DossierEventInput,
  type DossierEventType,
  type DossierState,
  nextEvents,
  replay,
  type TransitionResult,
  transition,
  type WorkflowContext,
  type WorkflowOptions,
} from "../../src/workflow/index.js";

export const calendar = createWorkingCalendar();

export const DESK: Actor = { id: "desk-01", role: "receptionist" };
export const APPLICANT: Actor = { id: "citizen-01", role: "applicant" };
export const PROCESSOR: Actor = { id: "officer-01", role: "processor" };
export const APPROVER: Actor = { id: "leader-01", role: "approver" };
export const PARTNER: Actor = { id: "partner-01", role: "partnerOfficer" };

/**
 * The liên thông birth group (TTLT 05/2015: 20 working days, commune UBND the single entry and exit)
 * with an internal workflow over three agencies. The fixture has none; the split below is a made-up
 * but valid one (DL-16: quotas sum to the 20-day legal limit, no national split rule).
 */
export const INTER_AGENCY: Procedure = aProcedure(BIRTH_INTER_AGENCY_GROUP)
  .with({
    internalWorkflows: [
      {
        channel: "direct",
        steps: [
          { order: 1, name: "Tiếp nhận hồ sơ", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: q(1) },
          { order: 2, name: "Đăng ký khai sinh", unit: "UBND xã", role: "Công chức tư pháp - hộ tịch", quota: q(3) },
          {
            order: 3,
            name: "Đăng ký thường trú",
            unit: "Công an xã",
            role: "Cán bộ đăng ký cư trú",
            quota: q(8),
            agency: { name: "Cơ quan đăng ký cư trú", role: "cooperating" },
          },
          {
            order: 4,
            name: "Cấp thẻ bảo hiểm y tế",
            unit: "Bảo hiểm xã hội",
            role: "Viên chức BHXH",
            quota: q(5),
            agency: { name: "Cơ quan Bảo hiểm xã hội", role: "cooperating" },
          },
          { order: 5, name: "Ký giấy khai sinh", unit: "UBND xã", role: "Chủ tịch UBND xã", quota: q(2) },
          { order: 6, name: "Trả kết quả", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: q(1) },
        ],
      },
    ],
  })
  .build();

function q(value: number) {
  return { value, unit: "workingDays" as const };
}

export function contextFor(procedure: Procedure = BIRTH_REGISTRATION, options?: WorkflowOptions): WorkflowContext {
  return options === undefined ? { procedure, calendar } : { procedure, calendar, options };
}

export const CITIZEN = { kind: "citizen", name: "Nguyễn Văn A" } as const;

/** `000.00.12.H26-YYMMDD-0001` for the Vietnam date of an instant written with +07:00. */
export function codeFor(at: string, sequence = 1): string {
  return `000.00.12.H26-${at.slice(2, 4)}${at.slice(5, 7)}${at.slice(8, 10)}-${String(sequence).padStart(4, "0")}`;
}

/**
 * The state and effects of a log's last event: replays the events before it, then sends it. The kit's
 * `replay` returns the state only; the forms issued, notifications and deadline changes of one step
 * are what a scenario checks.
 */
export function lastTransition(log: EventLogBuilder, context: WorkflowContext): TransitionResult {
  const events = log.build();
  const last = events[events.length - 1];
  if (last === undefined) throw new Error("an empty log has no last event");
  return transition(replay(events.slice(0, -1), context), last, context);
}

const ROLE_OF: Readonly<Record<DossierEventType, Actor>> = {
  submit: DESK,
  requestSupplementAtIntake: DESK,
  supplement: APPLICANT,
  rejectAtIntake: DESK,
  receive: DESK,
  transfer: DESK,
  handOver: PROCESSOR,
  requestSupplement: PROCESSOR,
  requestPayment: PROCESSOR,
  pay: APPLICANT,
  apologise: APPROVER,
  approve: APPROVER,
  refuse: APPROVER,
  return: DESK,
  withdraw: APPLICANT,
  stop: APPROVER,
};

/** Vietnam-time ISO of a day offset and minute from 2025-06-23 00:00+07:00. */
export function instant(ms: number): string {
  const local = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

/** A well-formed event of `type` valid in `state` (guards already checked by nextEvents). */
export function validEvent(
  state: DossierState,
  type: DossierEventType,
  at: string,
  context: WorkflowContext,
): DossierEventInput {
  const base = {
    at,
    actor: state.status === "interAgency" && type === "handOver" ? PARTNER : ROLE_OF[type],
    version: state.version,
  };
  const items = [{ name: "Giấy chứng sinh", reason: "Bổ sung", componentId: "birth-certificate" }];
  switch (type) {
    case "submit":
      return { type, ...base, channel: "direct", applicant: CITIZEN };
    case "requestSupplementAtIntake":
    case "requestSupplement":
      return { type, ...base, items };
    case "rejectAtIntake":
    case "refuse":
    case "stop":
      return { type, ...base, reason: "Lý do" };
    case "receive":
      return { type, ...base, code: codeFor(at) };
    case "handOver":
      return { type, ...base, step: (state.currentStep ?? 0) + 1 };
    case "requestPayment":
      return { type, ...base, amountVnd: 10000 };
    case "apologise": {
      // Two working days after the appointment in force, or after the apology's own day if that is later (DL-11).
      const day = at.slice(0, 10);
      const due = [state.appointments.at(-1)?.dueDate ?? day, day].sort()[1] as string;
      return { type, ...base, reason: "Chậm", newDueDate: context.calendar.addWorkingDays(due, 2), letterRef: "1/XL" };
    }
    case "return":
      return { type, ...base, channel: "postal" };
    default:
      return { type, ...base } as DossierEventInput;
  }
}

const ENDING: readonly DossierEventType[] = ["withdraw", "stop", "rejectAtIntake"];

/**
 * Runs choices into a valid event log under `context`: each choice picks one of the events
 * {@link nextEvents} allows, an hour-scale step later; returns the log and the states visited.
 */
export function runChoices(
  context: WorkflowContext,
  startMs: number,
  choices: readonly number[],
  lasting = false,
): { log: DossierEventInput[]; states: DossierState[] } {
  let state = createDossierState(context);
  let now = startMs;
  const log: DossierEventInput[] = [];
  const states = [state];
  for (const choice of choices) {
    const next = nextEvents(state, context);
    // `lasting`: the events that end a dossier early (withdraw, stop, reject) only when nothing else is left.
    const going = lasting ? next.filter((t) => !ENDING.includes(t)) : next;
    const allowed = going.length > 0 ? going : next;
    if (allowed.length === 0) break;
    const type = allowed[choice % allowed.length] as DossierEventType;
    now += ((choice >> 4) % 30) * 3_600_000 + 60_000;
    const event = validEvent(state, type, instant(now), context);
    state = transition(state, event, context).state;
    log.push(event);
    states.push(state);
  }
  return { log, states };
}

export { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION };

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

export { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION };

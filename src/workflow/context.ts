/**
 * Ngữ cảnh xử lý — what {@link transition} reads besides the state and the event: the procedure, the
 * working calendar, the acting user and the options every unconfirmed rule became.
 */
import type { WorkingCalendar } from "../calendar/createWorkingCalendar.js";
import type { DueDateInput } from "../deadline/computeDueDate.js";
import type { Procedure } from "../models/procedure.js";
import type { Actor } from "./events.js";

/**
 * Tùy chọn quy trình — options of the state machine. Unset fields take the dossier's rule set
 * parameters (`RULE_SETS`) or the documented default.
 *
 * @example
 * ```ts
 * import type { WorkflowOptions } from "tthc/workflow";
 * const options: WorkflowOptions = { maxSupplementRequests: 2, pauseOnPaymentRequest: true };
 * ```
 * @remarks Every field is an UNCONFIRMED rule made an option (RULES DL-9, DL-10, DL-12, DL-13, DL-17, LAW-8).
 * Unknown keys and values of the wrong type or range are refused with `INVALID_OPTION` (path under `options`).
 * @category Workflow
 */
export interface WorkflowOptions {
  /**
   * Số lần yêu cầu bổ sung tối đa per stage (intake, processing); a procedure override goes here (RULES DL-9).
   * @defaultValue the rule set's `maxSupplementRequests` (1)
   */
  readonly maxSupplementRequests?: number;
  /**
   * Số lần hẹn lại tối đa (RULES DL-12).
   * @defaultValue the rule set's `maxReappointments` (1)
   */
  readonly maxReappointments?: number;
  /**
   * Working days an apology must precede the due date; a later one is accepted and flagged `lateApology` (RULES DL-13).
   * @defaultValue the rule set's `apologyLeadTime` (1 working day)
   */
  readonly apologyLeadTime?: number;
  /**
   * Whether a payment request pauses the clock (RULES DL-10; OpenCPS pauses).
   * @defaultValue `false`
   */
  readonly pauseOnPaymentRequest?: boolean;
  /**
   * Working days after receipt within which the desk should transfer; later gives a warning effect only (RULES DL-17).
   * @defaultValue `1` (end of the next working day)
   */
  readonly transferLimit?: number;
  /**
   * Which instant binds the dossier to a rule set (RULES LAW-8, unconfirmed): its receipt, or its
   * submission (when it has one; else its receipt).
   * @defaultValue `"receivedAt"`
   */
  readonly ruleSetBy?: "receivedAt" | "submittedAt";
  /**
   * Deadline options passed to `computeDueDate` (RULES CAL-18, CAL-22, CAL-23, DL-3, DL-8).
   * @defaultValue the defaults of `computeDueDate`
   */
  readonly deadline?: Pick<
    DueDateInput,
    | "workingHours"
    | "outOfHoursReceipt"
    | "dayCounting"
    | "appointmentTime"
    | "calendarDayEnd"
    | "resumeMode"
    | "hoursPerWorkingDay"
  >;
}

/**
 * Mặc định — the defaults of {@link WorkflowOptions} that do not come from the rule set.
 *
 * @example
 * ```ts
 * import { DEFAULT_WORKFLOW_OPTIONS } from "tthc/workflow";
 * DEFAULT_WORKFLOW_OPTIONS.pauseOnPaymentRequest; // => false
 * ```
 * @category Workflow
 */
export const DEFAULT_WORKFLOW_OPTIONS = Object.freeze({
  pauseOnPaymentRequest: false,
  transferLimit: 1,
  ruleSetBy: "receivedAt" as "receivedAt" | "submittedAt",
});

/**
 * Ngữ cảnh — the procedure (a parsed `Procedure`), the working calendar, the acting user (for
 * {@link can} and {@link nextEvents}; {@link transition} reads the event's own actor) and options.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import type { WorkflowContext } from "tthc/workflow";
 * const context: WorkflowContext = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * context.procedure.code; // => "1.001193"
 * ```
 * @category Workflow
 */
export interface WorkflowContext {
  /** Thủ tục hành chính — the parsed procedure record the dossier follows. */
  readonly procedure: Procedure;
  /** Lịch làm việc — from `createWorkingCalendar`. */
  readonly calendar: WorkingCalendar;
  /** Người đang thao tác — asked about by {@link can} and {@link nextEvents}. */
  readonly actor?: Actor;
  /** Options; see {@link WorkflowOptions}. */
  readonly options?: WorkflowOptions;
}

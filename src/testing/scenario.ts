/**
 * Kịch bản — the types of scenario tables: one row per case, as a rule officer keeps them in a
 * spreadsheet, and the report of a run.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import type { Duration } from "../deadline/index.js";
import type { Procedure } from "../models/index.js";
import type { DossierEventType, WorkflowOptions } from "../workflow/index.js";

/**
 * Một sự kiện của kịch bản — an event of a scenario row given as data (JSON): type, instant and
 * any fields of the event.
 *
 * @example
 * ```ts
 * import type { ScenarioEvent } from "tthc/testing";
 * const event: ScenarioEvent = { type: "requestSupplement", at: "2026-02-24T10:00" };
 * ```
 * @category Testing
 */
export interface ScenarioEvent {
  /** The event type. */
  readonly type: DossierEventType;
  /** When: ISO, without an offset read as Vietnam time. */
  readonly at: string;
  /** Other fields of the event (`newDueDate`, `step`, `actor`…). */
  readonly [field: string]: unknown;
}

/**
 * Một dòng kịch bản — one scenario: a receipt, a time limit or a procedure, optional events, and
 * what is expected. Every value may be text, as read from CSV. Rows with a `procedure` run through
 * the workflow (submit and receive at `receivedAt`, then `events`); rows without one are a
 * `computeDueDate` input (`receivedAt` + `duration`).
 *
 * @example
 * ```ts
 * import type { Scenario } from "tthc/testing";
 * const row: Scenario = {
 *   name: "Enterprise registration over Tết",
 *   procedure: "2.001610",
 *   receivedAt: "2026-02-13T09:00",
 *   expectedDueDate: "2026-02-25",
 *   source: "Tết Bính Ngọ 14–22/2/2026 (official schedule)",
 * };
 * ```
 * @category Testing
 */
export interface Scenario {
  /** Tên — what the row checks. @defaultValue `line N` or `row N` */
  readonly name?: string;
  /** Line in the source file (set by {@link parseScenarioCsv}). */
  readonly line?: number;
  /** Mã thủ tục — a procedure of `options.procedures` (the fixtures by default). */
  readonly procedure?: string;
  /** Kênh nộp. @defaultValue `"direct"` */
  readonly channel?: string;
  /** Trường hợp of the procedure. */
  readonly case?: string;
  /** Thời điểm tiếp nhận — ISO; without an offset, Vietnam time. */
  readonly receivedAt?: string;
  /** Thời hạn — `"3 workingDays"`, `"8 workingHours"`, `"20 calendarDays"`, `"sameDay"`, `"3 ngày làm việc"`…; overrides the procedure's. */
  readonly duration?: string | Duration;
  /** Giờ chốt trong ngày `HH:mm` (CAL-20); overrides the procedure's. */
  readonly cutoff?: string;
  /** Sự kiện after the receipt: `"transfer@2026-02-23T08:00; requestSupplement@2026-02-24T10:00"` (fields as `key=value`), or a list. */
  readonly events?: string | readonly ScenarioEvent[];
  /** Thời điểm đánh giá — the instant `expectedOverdue` is judged at. */
  readonly at?: string;
  /** Ngày hẹn trả expected, `YYYY-MM-DD`. */
  readonly expectedDueDate?: string;
  /** Thời điểm hẹn trả expected (ISO). */
  readonly expectedDueAt?: string;
  /** Trạng thái expected after the events. */
  readonly expectedState?: string;
  /** Mã trạng thái quốc gia expected (1–10). */
  readonly expectedStatus?: number | string;
  /** Quá hạn at `at`? `true`/`false` (also `yes`/`no`, `có`/`không`, `1`/`0`). */
  readonly expectedOverdue?: boolean | string;
  /** Nguồn — where the expected values come from. */
  readonly source?: string;
  /** Ghi chú. */
  readonly note?: string;
}

/**
 * Options of {@link runScenarios}.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import type { ScenarioOptions } from "tthc/testing";
 * const options: ScenarioOptions = { calendar: createWorkingCalendar({ extraDaysOff: ["2026-02-23"] }) };
 * ```
 * @category Testing
 */
export interface ScenarioOptions {
  /** Lịch làm việc. @defaultValue `createWorkingCalendar()` */
  readonly calendar?: WorkingCalendar;
  /** The procedures rows may name. @defaultValue `PROCEDURE_FIXTURES` */
  readonly procedures?: readonly Procedure[];
  /** Workflow options, deadline rules included (`deadline`). @defaultValue none */
  readonly workflow?: WorkflowOptions;
}

/**
 * Kết quả một dòng — the outcome of one row: its line, name and, when it failed, every reason
 * (English and Vietnamese, with the calendar reasoning).
 *
 * @example
 * ```ts
 * import type { ScenarioOutcome } from "tthc/testing";
 * const outcome: ScenarioOutcome = { line: 3, name: "Tết", passed: true, failures: [] };
 * ```
 * @category Testing
 */
export interface ScenarioOutcome {
  /** Line in the source file, if known. */
  readonly line: number | undefined;
  /** The row's name. */
  readonly name: string;
  /** Whether every expectation held. */
  readonly passed: boolean;
  /** Why not: one message per failed expectation, or the error that stopped the row. */
  readonly failures: readonly string[];
}

/**
 * Báo cáo kịch bản — the result of {@link runScenarios}.
 *
 * @example
 * ```ts
 * import type { ScenarioReport } from "tthc/testing";
 * const report: ScenarioReport = { total: 0, passed: [], failed: [] };
 * ```
 * @category Testing
 */
export interface ScenarioReport {
  /** Rows run. */
  readonly total: number;
  /** Rows whose expectations all held. */
  readonly passed: readonly ScenarioOutcome[];
  /** Rows with at least one failure. */
  readonly failed: readonly ScenarioOutcome[];
}

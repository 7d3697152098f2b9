/**
 * Types of the `tthc/testing` matchers: the augmentation interface for `expect`, the matcher
 * context and result, and the options each matcher takes.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import type { DueDateInput } from "../deadline/index.js";
import type { DossierStatus, FormKind, NationalStatusCode, Procedure } from "../models/index.js";
import type { DossierEventType, UrgencyOptions, WorkflowContext } from "../workflow/index.js";

/**
 * Options of `toBeWorkingDay`.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import type { WorkingDayOptions } from "tthc/testing";
 * const options: WorkingDayOptions = { calendar: createWorkingCalendar({ extraDaysOff: ["2026-02-23"] }) };
 * ```
 * @category Testing
 */
export interface WorkingDayOptions {
  /** Lịch làm việc to judge on. @defaultValue the matchers' calendar (`createWorkingCalendar()`) */
  readonly calendar?: WorkingCalendar;
}

/**
 * Options of `toBeDueOn`: the options of `computeDueDate` (calendar, cut-off, working hours,
 * counting rules…) plus the procedure whose same-day cut-off applies (DECISIONS D-5).
 *
 * @example
 * ```ts
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import type { DueOnOptions } from "tthc/testing";
 * const options: DueOnOptions = { procedure: BIRTH_REGISTRATION, dayCounting: "nextWorkingDay" };
 * ```
 * @category Testing
 */
export interface DueOnOptions extends Omit<DueDateInput, "receivedAt" | "duration"> {
  /** Thủ tục — its `sameDayCutoff` is the `cutoff` unless one is given (RULES CAL-20). */
  readonly procedure?: Procedure;
}

/**
 * Options of `toBeDueSoonAt`: the threshold of `classifyUrgency` and the workflow context.
 *
 * @example
 * ```ts
 * import type { DueSoonOptions } from "tthc/testing";
 * const options: DueSoonOptions = { within: { value: 2, unit: "workingDays" } };
 * ```
 * @category Testing
 */
export interface DueSoonOptions extends UrgencyOptions {
  /** Procedure, calendar and options of the dossier; else the one given to `createTthcMatchers`. */
  readonly context?: WorkflowContext;
}

/**
 * Options of `toHaveIssuedForm`.
 *
 * @example
 * ```ts
 * import type { IssuedFormOptions } from "tthc/testing";
 * const options: IssuedFormOptions = { number: "01" };
 * ```
 * @category Testing
 */
export interface IssuedFormOptions {
  /** Số mẫu the form must carry under the dossier's rule set (`"01"`…`"07"`, RULES WF-32). */
  readonly number?: string;
}

/**
 * Options of {@link createTthcMatchers}.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import type { TthcMatchersOptions } from "tthc/testing";
 * const calendar = createWorkingCalendar();
 * const options: TthcMatchersOptions = { calendar, context: { procedure: BIRTH_REGISTRATION, calendar } };
 * ```
 * @category Testing
 */
export interface TthcMatchersOptions {
  /** Lịch làm việc of the date matchers. @defaultValue `context.calendar`, else `createWorkingCalendar()` */
  readonly calendar?: WorkingCalendar;
  /** Ngữ cảnh of the workflow matchers when an assertion gives none. @defaultValue none */
  readonly context?: WorkflowContext;
}

/**
 * Kết quả so khớp — what a matcher returns, in the shape vitest and jest expect:
 * `message` (English line, Vietnamese line, then the calendar reasoning) is read on failure.
 *
 * @example
 * ```ts
 * import type { TthcMatcherResult } from "tthc/testing";
 * const result: TthcMatcherResult = { pass: true, message: () => "expected … / kỳ vọng …" };
 * ```
 * @category Testing
 */
export interface TthcMatcherResult {
  /** Whether the assertion holds (before `.not`). */
  readonly pass: boolean;
  /** The bilingual failure message. */
  readonly message: () => string;
  /** The value found, for the runner's diff. */
  readonly actual?: unknown;
  /** The value asked for, for the runner's diff. */
  readonly expected?: unknown;
}

/**
 * Các hàm so khớp — the matcher functions, a plain object for `expect.extend` in vitest or jest.
 * Each has the runners' shape `(this: MatcherState, received, ...args) => { pass, message }`; it
 * reads nothing from `this` (typed `unknown`), so a matcher also runs when called directly.
 * Each calls the library's public API (`isWorkingDay`, `computeDueDate`, `remaining`, `isOverdue`,
 * `nationalStatusOf`, `can`…), so a suite can never disagree with the library.
 *
 * @example
 * ```ts
 * import { tthcMatchers } from "tthc/testing";
 * import type { TthcMatcherFunctions } from "tthc/testing";
 * const matchers: TthcMatcherFunctions = tthcMatchers;
 * Object.keys(matchers).length; // => 8
 * ```
 * @category Testing
 */
export type TthcMatcherFunctions = {
  /** Ngày làm việc — the received date (`YYYY-MM-DD` or a `Date`) is a working day. */
  readonly toBeWorkingDay: (this: unknown, received: unknown, options?: WorkingDayOptions) => TthcMatcherResult;
  /** Hẹn trả — a dossier, workflow state or `computeDueDate` input falls due on a date (`YYYY-MM-DD`) or instant. */
  readonly toBeDueOn: (this: unknown, received: unknown, expected: string, options?: DueOnOptions) => TthcMatcherResult;
  /** Quá hạn — a due instant, dossier, `computeDueDate` input or workflow state is overdue at an instant. */
  readonly toBeOverdueAt: (
    this: unknown,
    received: unknown,
    at: string | Date,
    context?: WorkflowContext,
  ) => TthcMatcherResult;
  /**
   * Sắp đến hạn — a workflow state (or transition result) is due soon at an instant: its urgency, or
   * its step's, is `dueSoon` or `dueToday` (`classifyUrgency`, with `options.within`).
   */
  readonly toBeDueSoonAt: (
    this: unknown,
    received: unknown,
    at: string | Date,
    options?: DueSoonOptions,
  ) => TthcMatcherResult;
  /** Trạng thái — a workflow state, transition result or dossier is in a state. */
  readonly toBeInState: (this: unknown, received: unknown, status: DossierStatus) => TthcMatcherResult;
  /** Mã trạng thái quốc gia — a workflow state, transition result or dossier maps to a national status code (1–10). */
  readonly toHaveNationalStatus: (this: unknown, received: unknown, code: NationalStatusCode) => TthcMatcherResult;
  /** Được thao tác — a workflow state allows an event (for the context's actor). */
  readonly toAllowEvent: (
    this: unknown,
    received: unknown,
    type: DossierEventType,
    context?: WorkflowContext,
  ) => TthcMatcherResult;
  /** Phát hành biểu mẫu — the effects (or a transition result) include a form. */
  readonly toHaveIssuedForm: (
    this: unknown,
    received: unknown,
    form: FormKind,
    options?: IssuedFormOptions,
  ) => TthcMatcherResult;
};

/**
 * Các phép so khớp của `tthc` — the assertions the matchers add to `expect`, for a TypeScript
 * augmentation of either runner (`R` is the runner's return type):
 *
 * ```ts
 * // vitest — in a .d.ts or setup file
 * import type { TthcMatchers } from "tthc/testing";
 * declare module "vitest" {
 *   interface Matchers<T = any> extends TthcMatchers<T> {}
 * }
 * // jest (@jest/globals or the global expect)
 * declare module "expect" {
 *   interface Matchers<R extends void | Promise<void>, T = unknown> extends TthcMatchers<R> {}
 * }
 * declare global {
 *   namespace jest {
 *     interface Matchers<R, T = {}> extends TthcMatchers<R> {}
 *   }
 * }
 * ```
 *
 * @example
 * ```ts
 * import type { TthcMatchers } from "tthc/testing";
 * type DueOn = TthcMatchers<void>["toBeDueOn"]; // (expected: string, options?: DueOnOptions) => void
 * ```
 * @category Testing
 */
export interface TthcMatchers<R = unknown> {
  /** The received date (`YYYY-MM-DD` or a `Date`) is a working day (ngày làm việc). */
  toBeWorkingDay(options?: WorkingDayOptions): R;
  /** Falls due on `expected`: a date `YYYY-MM-DD` or an instant (hẹn trả). */
  toBeDueOn(expected: string, options?: DueOnOptions): R;
  /** Is overdue (quá hạn) at `at`. */
  toBeOverdueAt(at: string | Date, context?: WorkflowContext): R;
  /** Is due soon or due today (sắp đến hạn) at `at`, but not yet overdue. */
  toBeDueSoonAt(at: string | Date, options?: DueSoonOptions): R;
  /** Is in the workflow state `status` (trạng thái). */
  toBeInState(status: DossierStatus): R;
  /** Maps to the national status code (mã trạng thái, 1–10). */
  toHaveNationalStatus(code: NationalStatusCode): R;
  /** Allows the event `type` now (for the context's actor, if any). */
  toAllowEvent(type: DossierEventType, context?: WorkflowContext): R;
  /** Issued the form `form` (Mẫu 01…). */
  toHaveIssuedForm(form: FormKind, options?: IssuedFormOptions): R;
}

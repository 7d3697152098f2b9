import { type Remaining, remaining, type WorkingTimeOptions } from "../deadline/index.js";
import { computeRemaining, type DossierState, isOverdue, type WorkflowContext } from "../workflow/index.js";
import { canonicalInstant } from "./_instant.js";

/**
 * Đồng hồ cố định — a fixed "now" for tests, passed to the functions that take one; no global
 * timer is patched.
 *
 * @example
 * ```ts
 * import { fixedClock } from "tthc/testing";
 * import type { FixedClock } from "tthc/testing";
 * const clock: FixedClock = fixedClock("2026-02-23T09:00");
 * clock.now; // => "2026-02-23T09:00:00+07:00"
 * ```
 * @category Testing
 */
export interface FixedClock {
  /** The instant, `YYYY-MM-DDTHH:mm:ss+07:00`. */
  readonly now: string;
  /**
   * `remaining(dueAt, now, options)` of `tthc/deadline`.
   *
   * @param dueAt - The due instant.
   * @param options - Calendar, working hours, hours per day.
   * @returns The working time left, or overdue.
   */
  remaining(dueAt: string | Date, options?: WorkingTimeOptions): Remaining;
  /**
   * `isOverdue(state, now, context)` of `tthc/workflow`.
   *
   * @param state - A workflow state.
   * @param context - Procedure, calendar, options.
   * @returns Whether the dossier is overdue now.
   */
  isOverdue(state: DossierState, context: WorkflowContext): boolean;
  /**
   * `computeRemaining(state, now, context)` of `tthc/workflow`.
   *
   * @param state - A workflow state.
   * @param context - Procedure, calendar, options.
   * @returns The working time left, or `undefined` when the clock is not running.
   */
  computeRemaining(state: DossierState, context: WorkflowContext): Remaining | undefined;
  /**
   * Another fixed clock.
   *
   * @param instant - Its "now".
   * @returns A new clock; this one is unchanged.
   */
  at(instant: string | Date): FixedClock;
}

/**
 * Đồng hồ cố định — makes a {@link FixedClock}: `now` and helpers that pass it to `remaining`,
 * `isOverdue` and `computeRemaining`, which never read a clock themselves (the house rule: "now" is an
 * argument). An instant without an offset is read as Vietnam time.
 *
 * @param now - The fixed instant (ISO, or a `Date`).
 * @returns The clock.
 * @throws `TthcError` `INVALID_INSTANT` if `now` is malformed; `OUT_OF_RANGE` outside 1975–2199.
 * @see RULES DL-15 (overdue is derived at an instant)
 * @example
 * ```ts
 * import { fixedClock } from "tthc/testing";
 * const clock = fixedClock("2026-02-23T14:00:00+07:00");
 * clock.remaining("2026-02-25T17:00:00+07:00").label.vi; // => "Còn 2 ngày 3 giờ"
 * clock.at("2026-02-26T08:00").remaining("2026-02-25T17:00:00+07:00").overdue; // => true
 * ```
 * @category Testing
 */
export function fixedClock(now: string | Date): FixedClock {
  const instant = canonicalInstant(now, ["now"]);
  return Object.freeze({
    now: instant,
    remaining: (dueAt: string | Date, options?: WorkingTimeOptions) => remaining(dueAt, instant, options),
    isOverdue: (state: DossierState, context: WorkflowContext) => isOverdue(state, instant, context),
    computeRemaining: (state: DossierState, context: WorkflowContext) => computeRemaining(state, instant, context),
    at: (other: string | Date) => fixedClock(other),
  });
}

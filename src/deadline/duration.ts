/**
 * Units of a time limit (thời hạn giải quyết), as procedure records state them (RULES DL-1, D-2).
 *
 * - `workingDays` — ngày làm việc
 * - `workingHours` — giờ làm việc
 * - `calendarDays` — ngày (calendar days)
 * - `sameDay` — trong ngày (same working day; next one after a cut-off)
 *
 * @example
 * ```ts
 * import { DURATION_UNITS } from "tthc/deadline";
 * DURATION_UNITS.includes("workingDays"); // => true
 * ```
 * @see RULES DL-1; DECISIONS D-2
 * @category Deadline
 */
export const DURATION_UNITS = /* @__PURE__ */ Object.freeze([
  "workingDays",
  "workingHours",
  "calendarDays",
  "sameDay",
] as const);

/**
 * Đơn vị thời hạn — the unit of a {@link Duration}.
 *
 * @example
 * ```ts
 * import type { DurationUnit } from "tthc/deadline";
 * const unit: DurationUnit = "workingDays";
 * ```
 * @category Deadline
 */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * Thời hạn giải quyết — a time limit with its unit; never a bare number (RULES DL-1).
 *
 * `value` is a whole number of days for `workingDays` and `calendarDays`, a number of hours
 * (whole minutes) for `workingHours`, and `1` for `sameDay`.
 *
 * @example
 * ```ts
 * import type { Duration } from "tthc/deadline";
 * const limit: Duration = { value: 3, unit: "workingDays" };
 * ```
 * @category Deadline
 */
export interface Duration {
  /** Amount in `unit`. */
  readonly value: number;
  /** Unit of `value`. */
  readonly unit: DurationUnit;
}

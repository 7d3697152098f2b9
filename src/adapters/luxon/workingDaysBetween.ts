import type { DateTime } from "luxon";
import { engineFor, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateTime } from "./_dateTime.js";

/**
 * The number of working days from one luxon `DateTime` to another, in Vietnam.
 *
 * Số ngày làm việc — the working days in `(from, to]` (negative if `to` is earlier), each
 * `DateTime` read as its day in Asia/Ho_Chi_Minh; `workingDaysBetween(d, addWorkingDays(d, n)) === n`
 * for a `d` on a working day.
 *
 * @param from - A valid `DateTime` in any zone (its day is not counted).
 * @param to - A valid `DateTime` in any zone (its day is counted).
 * @param options - {@link WorkingDayOptions}: the calendar to count on.
 * @returns A whole number of working days.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if either is not a luxon `DateTime`, or is invalid.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if either is outside the calendar's range.
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { workingDaysBetween } from "tthc/luxon";
 * const from = DateTime.fromISO("2026-02-13T09:00:00+07:00");
 * workingDaysBetween(from, DateTime.fromISO("2026-02-23T09:00:00+07:00")); // => 1
 * ```
 * @category Adapters
 */
export function workingDaysBetween(from: DateTime, to: DateTime, options?: WorkingDayOptions): number {
  const a = isoDayOfDateTime(from, "from");
  const b = isoDayOfDateTime(to, "to");
  return engineFor(options).workingDaysBetween(a, b);
}

import { engineFor, renamingPaths, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateArg } from "./_dateArg.js";

/**
 * The number of working days between two `Date`s: a drop-in for date-fns
 * `differenceInBusinessDays` that also skips Vietnamese holidays.
 *
 * Số ngày làm việc — counts the working days after `earlierDate` up to and including
 * `laterDate` (negative when `laterDate` is earlier), both read in Asia/Ho_Chi_Minh.
 *
 * @remarks
 * The count is the calendar's `workingDaysBetween(earlierDate, laterDate)`, so
 * `differenceInWorkingDays(addWorkingDays(d, n), d) === n` for a working day `d`. It equals
 * `differenceInBusinessDays` (on a calendar without holidays) when both dates are working days;
 * from a day off it differs by one, as `differenceInBusinessDays` counts `earlierDate` and not
 * `laterDate`.
 *
 * @param laterDate - A `Date` or an epoch-millisecond timestamp (counted).
 * @param earlierDate - A `Date` or an epoch-millisecond timestamp (not counted).
 * @param options - {@link WorkingDayOptions}: the calendar to count on.
 * @returns A whole number of working days.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if either date is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if either date is outside the calendar's range.
 * @see date-fns `differenceInBusinessDays`
 * @example
 * ```ts
 * import { differenceInWorkingDays } from "tthc/date-fns";
 * const beforeTet = new Date("2026-02-13T09:00:00+07:00");
 * const afterTet = new Date("2026-02-23T09:00:00+07:00");
 * differenceInWorkingDays(afterTet, beforeTet); // => 1
 * differenceInWorkingDays(beforeTet, afterTet); // => -1
 * ```
 * @category Adapters
 */
export function differenceInWorkingDays(
  laterDate: Date | number,
  earlierDate: Date | number,
  options?: WorkingDayOptions,
): number {
  const to = isoDayOfDateArg(laterDate, "laterDate");
  const from = isoDayOfDateArg(earlierDate, "earlierDate");
  const engine = engineFor(options);
  return renamingPaths({ from: "earlierDate", to: "laterDate" }, () => engine.workingDaysBetween(from, to));
}

import { renamingPaths } from "../_shared.js";
import { readDateArg, readDateFnsOptions, type WorkingDayOptions } from "./_dateArg.js";

/**
 * The number of working days between two `Date`s: a drop-in for date-fns
 * `differenceInBusinessDays` that also skips Vietnamese holidays.
 *
 * Số ngày làm việc — counts the working days after `earlierDate` up to and including
 * `laterDate` (negative when `laterDate` is earlier). Each date names its day as in date-fns: the
 * host's for a plain `Date`, its zone's for a `TZDate`, the `in` context's when given.
 *
 * @remarks
 * The count is the calendar's `workingDaysBetween(earlierDate, laterDate)`, so
 * `differenceInWorkingDays(addWorkingDays(d, n), d) === n` for a working day `d`. It equals
 * `differenceInBusinessDays` (on a calendar without holidays) when both dates are working days;
 * from a day off it differs by one, as `differenceInBusinessDays` counts `earlierDate` and not
 * `laterDate`.
 *
 * @param laterDate - A `Date` (or `TZDate`) or an epoch-millisecond timestamp (counted).
 * @param earlierDate - A `Date` (or `TZDate`) or an epoch-millisecond timestamp (not counted).
 * @param options - {@link WorkingDayOptions}: the calendar to count on, and the `in` context.
 * @returns A whole number of working days.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if either date is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, a calendar not made by
 *   `createWorkingCalendar`, or an `in` that is not a function making a valid `Date`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if either date is outside the calendar's range.
 * @see date-fns `differenceInBusinessDays`
 * @example
 * ```ts
 * import { differenceInWorkingDays } from "tthc/date-fns";
 * const beforeTet = new Date(2026, 1, 13);
 * const afterTet = new Date(2026, 1, 23);
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
  const { engine, context } = readDateFnsOptions(options);
  const to = readDateArg(laterDate, "laterDate", context).iso;
  const from = readDateArg(earlierDate, "earlierDate", context).iso;
  return renamingPaths({ from: "earlierDate", to: "laterDate" }, () => engine.workingDaysBetween(from, to));
}

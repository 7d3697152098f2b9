import { checkWholeNumber, engineFor, renamingPaths, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateArg, vietnamMidnight } from "./_dateArg.js";

/**
 * Adds working days to a `Date`: a drop-in for date-fns `addBusinessDays` that also skips
 * Vietnamese holidays.
 *
 * Cộng ngày làm việc: skips weekends, ngày lễ, tết, nghỉ bù and swapped days, and counts makeup
 * Saturdays (làm bù). The date is read in Asia/Ho_Chi_Minh whatever the host's time zone.
 *
 * @remarks
 * Unlike `addBusinessDays`, the result is the start of the day in Vietnam (00:00 UTC+7, i.e.
 * 17:00 UTC the day before), not the input's time of day: a working day is a date, and a time kept
 * in the host's zone would name another day in Vietnam. Format it with the `Asia/Ho_Chi_Minh` zone
 * (`Intl.DateTimeFormat`, date-fns-tz, `@date-fns/tz`), not in the host's local time.
 * `amount` 0 on a day off gives the next working day (`addBusinessDays` returns the day off itself);
 * for any other amount the two agree on a calendar without holidays.
 *
 * @param date - The start: a `Date` or an epoch-millisecond timestamp, read in Vietnam time.
 * @param amount - Whole working days to add; may be negative.
 * @param options - {@link WorkingDayOptions}: the calendar to count on.
 * @returns A new `Date` at 00:00 in Vietnam on the day the count lands on.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `amount` is not a whole number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 112 (public holidays); date-fns `addBusinessDays`
 * @example
 * ```ts
 * import { addWorkingDays } from "tthc/date-fns";
 * const friday = new Date("2026-02-13T09:00:00+07:00"); // the last working day before Tết Bính Ngọ
 * addWorkingDays(friday, 1).toISOString(); // => "2026-02-22T17:00:00.000Z"
 * addWorkingDays(friday, -1).toISOString(); // => "2026-02-11T17:00:00.000Z"
 * ```
 * @category Adapters
 */
export function addWorkingDays(date: Date | number, amount: number, options?: WorkingDayOptions): Date {
  const start = isoDayOfDateArg(date, "date");
  const days = checkWholeNumber(amount, "amount");
  const engine = engineFor(options);
  return vietnamMidnight(renamingPaths({ start: "date", days: "amount" }, () => engine.addWorkingDays(start, days)));
}

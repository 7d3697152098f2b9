import { checkWholeNumber, type WorkingDayOptions } from "../_shared.js";
import { addWorkingDays } from "./addWorkingDays.js";

/**
 * Subtracts working days from a `Date`: a drop-in for date-fns `subBusinessDays` that also skips
 * Vietnamese holidays.
 *
 * Trừ ngày làm việc — `subWorkingDays(date, n)` is `addWorkingDays(date, -n)`, read in
 * Asia/Ho_Chi_Minh and returning 00:00 in Vietnam, as {@link addWorkingDays} explains.
 *
 * @param date - The start: a `Date` or an epoch-millisecond timestamp, read in Vietnam time.
 * @param amount - Whole working days to subtract; may be negative.
 * @param options - {@link WorkingDayOptions}: the calendar to count on.
 * @returns A new `Date` at 00:00 in Vietnam on the day the count lands on.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `amount` is not a whole number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 112 (public holidays); date-fns `subBusinessDays`
 * @example
 * ```ts
 * import { subWorkingDays } from "tthc/date-fns";
 * const monday = new Date("2026-02-23T08:00:00+07:00"); // the first working day after Tết Bính Ngọ
 * subWorkingDays(monday, 1).toISOString(); // => "2026-02-12T17:00:00.000Z"
 * ```
 * @category Adapters
 */
export function subWorkingDays(date: Date | number, amount: number, options?: WorkingDayOptions): Date {
  return addWorkingDays(date, -checkWholeNumber(amount, "amount"), options);
}

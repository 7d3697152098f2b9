import { checkWholeNumber } from "../_shared.js";
import type { WorkingDayOptions } from "./_dateArg.js";
import { addWorkingDays } from "./addWorkingDays.js";

/**
 * Subtracts working days from a `Date`: a drop-in for date-fns `subBusinessDays` that also skips
 * Vietnamese holidays.
 *
 * Trừ ngày làm việc — `subWorkingDays(date, n)` is `addWorkingDays(date, -n)`: the day the date
 * names (host's, its zone's, or the `in` context's), and a result at 00:00 of that kind, as
 * {@link addWorkingDays} explains.
 *
 * @param date - The start: a `Date` (or `TZDate`) or an epoch-millisecond timestamp.
 * @param amount - Whole working days to subtract; may be negative.
 * @param options - {@link WorkingDayOptions}: the calendar to count on, and the `in` context.
 * @returns A new date at 00:00 on the day the count lands on.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `amount` is not a whole number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, a calendar not made by
 *   `createWorkingCalendar`, or an `in` that is not a function making a valid `Date`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 112 (public holidays); date-fns `subBusinessDays`
 * @example
 * ```ts
 * import { format } from "date-fns";
 * import { subWorkingDays } from "tthc/date-fns";
 * const monday = new Date(2026, 1, 23); // the first working day after Tết Bính Ngọ
 * format(subWorkingDays(monday, 1), "yyyy-MM-dd"); // => "2026-02-13"
 * ```
 * @category Adapters
 */
export function subWorkingDays<DateType extends Date, ResultDate extends Date = DateType>(
  date: DateType | number,
  amount: number,
  options?: WorkingDayOptions<ResultDate>,
): ResultDate {
  return addWorkingDays(date, -checkWholeNumber(amount, "amount"), options);
}

import { checkWholeNumber, renamingPaths } from "../_shared.js";
import { readDateArg, readDateFnsOptions, startOfDayLike, type WorkingDayOptions } from "./_dateArg.js";

/**
 * Adds working days to a `Date`: a drop-in for date-fns `addBusinessDays` that also skips
 * Vietnamese holidays.
 *
 * Cộng ngày làm việc: skips weekends, ngày lễ, tết, nghỉ bù and swapped days, and counts makeup
 * Saturdays (làm bù). As in every date-fns function, a `Date` names the calendar day its getters
 * show: the host's day for a plain `Date`, its zone's day for a `TZDate`, or the `in` context's day
 * (date-fns v4) when given.
 *
 * @remarks
 * The result is the start (00:00) of the working day the count lands on, of the same kind as the
 * input (or made by `in`): `format(result, "dd/MM/yyyy")` shows that day on any host. A server
 * that receives instants and must count in Vietnam's days passes
 * `{ in: tz("Asia/Ho_Chi_Minh") }` (`@date-fns/tz`). Unlike `addBusinessDays`, the time of day is
 * not kept (a working day is a date), and `amount` 0 on a day off gives the next working day
 * (`addBusinessDays` returns the day off itself); for any other amount the two agree on a
 * calendar without holidays.
 *
 * @param date - The start: a `Date` (or `TZDate`) or an epoch-millisecond timestamp.
 * @param amount - Whole working days to add; may be negative.
 * @param options - {@link WorkingDayOptions}: the calendar to count on, and the `in` context.
 * @returns A new date at 00:00 on the day the count lands on.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `amount` is not a whole number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, a calendar not made by
 *   `createWorkingCalendar`, or an `in` that is not a function making a valid `Date`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 112 (public holidays); date-fns `addBusinessDays`
 * @example
 * ```ts
 * import { format } from "date-fns";
 * import { tz } from "@date-fns/tz";
 * import { addWorkingDays } from "tthc/date-fns";
 * // Friday 13/2/2026, the last working day before Tết Bính Ngọ (off 14/2–22/2):
 * format(addWorkingDays(new Date(2026, 1, 13), 1), "dd/MM/yyyy"); // => "23/02/2026"
 * format(addWorkingDays(new Date(2026, 1, 13), -1), "dd/MM/yyyy"); // => "12/02/2026"
 * // An instant, counted in Vietnam's days on any server (the result is a TZDate there):
 * const received = new Date("2026-02-13T15:30:00+07:00");
 * addWorkingDays(received, 1, { in: tz("Asia/Ho_Chi_Minh") }).toISOString(); // => "2026-02-23T00:00:00.000+07:00"
 * ```
 * @category Adapters
 */
export function addWorkingDays<DateType extends Date, ResultDate extends Date = DateType>(
  date: DateType | number,
  amount: number,
  options?: WorkingDayOptions<ResultDate>,
): ResultDate {
  const { engine, context } = readDateFnsOptions(options);
  const start = readDateArg(date, "date", context);
  const days = checkWholeNumber(amount, "amount");
  const due = renamingPaths({ start: "date", days: "amount" }, () => engine.addWorkingDays(start.iso, days));
  return startOfDayLike<ResultDate>(start, due);
}

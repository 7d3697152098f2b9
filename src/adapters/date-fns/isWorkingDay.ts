import { readDateArg, readDateFnsOptions, type WorkingDayOptions } from "./_dateArg.js";

/**
 * Whether a `Date` falls on a working day in Vietnam: the holiday-aware opposite of date-fns
 * `isWeekend`.
 *
 * Ngày làm việc — Monday to Friday except ngày lễ, tết, nghỉ bù and swapped days, plus makeup
 * Saturdays (làm bù). The day is the one the date names, as in date-fns: the host's day for a
 * plain `Date`, its zone's day for a `TZDate`, or the `in` context's day when given.
 *
 * @param date - A `Date` (or `TZDate`) or an epoch-millisecond timestamp.
 * @param options - {@link WorkingDayOptions}: the calendar to ask, and the `in` context.
 * @returns `true` on a working day.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, a calendar not made by
 *   `createWorkingCalendar`, or an `in` that is not a function making a valid `Date`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 111–112 (weekly rest, public holidays)
 * @example
 * ```ts
 * import { tz } from "@date-fns/tz";
 * import { isWorkingDay } from "tthc/date-fns";
 * isWorkingDay(new Date(2026, 1, 17)); // => false
 * // Saturday 26/4/2025 was a makeup working day (làm bù):
 * isWorkingDay(new Date(2025, 3, 26)); // => true
 * // Sunday evening in Los Angeles is already Monday morning in Vietnam:
 * isWorkingDay(new Date("2026-03-01T20:00:00-08:00"), { in: tz("Asia/Ho_Chi_Minh") }); // => true
 * ```
 * @category Adapters
 */
export function isWorkingDay(date: Date | number, options?: WorkingDayOptions): boolean {
  const { engine, context } = readDateFnsOptions(options);
  return engine.isWorkingDay(readDateArg(date, "date", context).iso);
}

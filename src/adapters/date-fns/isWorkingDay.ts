import { engineFor, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateArg } from "./_dateArg.js";

/**
 * Whether a `Date` falls on a working day in Vietnam: the holiday-aware opposite of date-fns
 * `isWeekend`.
 *
 * Ngày làm việc — Monday to Friday except ngày lễ, tết, nghỉ bù and swapped days, plus makeup
 * Saturdays (làm bù). The date is read in Asia/Ho_Chi_Minh whatever the host's time zone.
 *
 * @param date - A `Date` or an epoch-millisecond timestamp, read in Vietnam time.
 * @param options - {@link WorkingDayOptions}: the calendar to ask.
 * @returns `true` on a working day.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is an invalid `Date`, `NaN` or not a date.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 111–112 (weekly rest, public holidays)
 * @example
 * ```ts
 * import { isWorkingDay } from "tthc/date-fns";
 * isWorkingDay(new Date("2026-02-17T10:00:00+07:00")); // => false
 * isWorkingDay(new Date("2025-04-26T10:00:00+07:00")); // => true
 * // Sunday evening in Los Angeles is already Monday morning in Vietnam:
 * isWorkingDay(new Date("2026-03-01T20:00:00-08:00")); // => true
 * ```
 * @category Adapters
 */
export function isWorkingDay(date: Date | number, options?: WorkingDayOptions): boolean {
  const day = isoDayOfDateArg(date, "date");
  return engineFor(options).isWorkingDay(day);
}

import type { DateTime } from "luxon";
import { engineFor, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateTime } from "./_dateTime.js";

/**
 * Whether a luxon `DateTime` falls on a working day in Vietnam.
 *
 * Ngày làm việc — Monday to Friday except ngày lễ, tết, nghỉ bù and swapped days, plus makeup
 * Saturdays (làm bù). The day is the one in Asia/Ho_Chi_Minh, whatever the `DateTime`'s zone.
 *
 * @param date - A valid `DateTime` in any zone.
 * @param options - {@link WorkingDayOptions}: the calendar to ask.
 * @returns `true` on a working day.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a luxon `DateTime`, or is invalid.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 111–112 (weekly rest, public holidays)
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { isWorkingDay } from "tthc/luxon";
 * isWorkingDay(DateTime.fromISO("2026-02-17T10:00:00+07:00")); // => false
 * // Sunday evening in New York is Monday morning in Vietnam:
 * isWorkingDay(DateTime.fromISO("2026-03-01T20:00:00", { zone: "America/New_York" })); // => true
 * ```
 * @category Adapters
 */
export function isWorkingDay(date: DateTime, options?: WorkingDayOptions): boolean {
  const day = isoDayOfDateTime(date, "date");
  return engineFor(options).isWorkingDay(day);
}

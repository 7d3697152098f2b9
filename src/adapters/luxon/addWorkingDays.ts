import type { DateTime } from "luxon";
import { parseIsoDateFast } from "../../_internal/epochDay.js";
import { checkWholeNumber, engineFor, vietnamMidnightMs, type WorkingDayOptions } from "../_shared.js";
import { isoDayOfDateTime, vietnamDateTimeAt } from "./_dateTime.js";

/**
 * Adds working days to a luxon `DateTime`, in Vietnam.
 *
 * Cộng ngày làm việc: skips weekends, ngày lễ, tết, nghỉ bù and swapped days, and counts makeup
 * Saturdays (làm bù). A `DateTime` in any zone is first converted to Asia/Ho_Chi_Minh.
 *
 * @remarks
 * The result is the start of the day in Asia/Ho_Chi_Minh (a working day is a date). To keep the
 * clock time: `addWorkingDays(dt, n).set({ hour: vn.hour, minute: vn.minute })` with
 * `vn = dt.setZone("Asia/Ho_Chi_Minh")`. `days` 0 on a day off gives the next working day.
 *
 * @param start - The start, a valid `DateTime` in any zone.
 * @param days - Whole working days to add; may be negative.
 * @param options - {@link WorkingDayOptions}: the calendar to count on.
 * @returns A `DateTime` at 00:00 in Asia/Ho_Chi_Minh on the day the count lands on, with `start`'s locale.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `start` is not a luxon `DateTime`, or is invalid.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `days` is not a whole number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `start` or the result is outside the calendar's range.
 * @see Bộ luật Lao động 2019, Điều 112 (public holidays)
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { addWorkingDays } from "tthc/luxon";
 * const friday = DateTime.fromISO("2026-02-13T09:00:00", { zone: "Asia/Ho_Chi_Minh" });
 * addWorkingDays(friday, 1).toISO(); // => "2026-02-23T00:00:00.000+07:00"
 * const inParis = DateTime.fromISO("2026-02-13T09:00:00", { zone: "Europe/Paris" }); // 15:00 in Vietnam
 * addWorkingDays(inParis, 1).zoneName; // => "Asia/Ho_Chi_Minh"
 * ```
 * @category Adapters
 */
export function addWorkingDays(start: DateTime, days: number, options?: WorkingDayOptions): DateTime {
  const day = isoDayOfDateTime(start, "start");
  const count = checkWholeNumber(days, "days");
  const result = engineFor(options).addWorkingDays(day, count);
  return vietnamDateTimeAt(start, vietnamMidnightMs(parseIsoDateFast(result)));
}

import { formatIsoDate } from "../../_internal/epochDay.js";
import { checkYear } from "./_checkYear.js";
import { lunarDayNumber } from "./_lunarYears.js";

/**
 * The date of the Hùng Kings' Commemoration Day (Giỗ Tổ Hùng Vương), a paid public holiday.
 *
 * Âm lịch — ngày 10 tháng 3 âm lịch, in the regular month 3, never the leap month 3 (RULES
 * CAL-17), by the astronomical method at UTC+7.
 *
 * @param year - Gregorian year, an integer in 1900–2199.
 * @returns The Gregorian date of lunar 10/3 of that year, `YYYY-MM-DD`.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `year` is not an integer (path `["year"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `year` is outside 1900–2199 (path `["year"]`).
 * @see Bộ luật Lao động 2019, Điều 112(1)
 * @see Hồ Ngọc Đức, Lịch Việt Nam (astronomical method at UTC+7)
 * @example
 * ```ts
 * import { hungKingsDate } from "tthc/calendar";
 * hungKingsDate(2026); // => "2026-04-26"
 * hungKingsDate(2031); // => "2031-04-01"
 * ```
 * @category Calendar
 */
export function hungKingsDate(year: number): string {
  return formatIsoDate(lunarDayNumber(checkYear(year, ["year"]), 3, 10, false));
}

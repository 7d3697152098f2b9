import { formatIsoDate } from "../../_internal/epochDay.js";
import { checkYear } from "./_checkYear.js";
import { newYearDay } from "./_lunarYears.js";

/**
 * The date of the lunar New Year (Tết Nguyên Đán, lunar 1/1) of a year.
 *
 * Âm lịch — ngày mùng 1 tháng Giêng, by the astronomical method at UTC+7. Tết always falls
 * between 21 January and 20 February.
 *
 * @param year - Gregorian year, an integer in 1900–2199.
 * @returns The Gregorian date of Tết in that year, `YYYY-MM-DD`.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `year` is not an integer (path `["year"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `year` is outside 1900–2199 (path `["year"]`).
 * @see Hồ Ngọc Đức, Lịch Việt Nam (astronomical method at UTC+7)
 * @example
 * ```ts
 * import { tetDate } from "tthc/calendar";
 * tetDate(2026); // => "2026-02-17"
 * tetDate(2030); // => "2030-02-02"
 * ```
 * @category Calendar
 */
export function tetDate(year: number): string {
  return formatIsoDate(newYearDay(checkYear(year, ["year"])));
}

import { type DateInput, toDayNumber } from "../../_internal/epochDay.js";
import { dayOutOfRange, lunarDateOfDay, MAX_DAY, MIN_DAY } from "./_lunarYears.js";
import type { LunarDate } from "./types.js";

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar.
 *
 * Âm lịch — đổi ngày dương lịch sang ngày âm lịch, by the astronomical method computed for
 * UTC+7 (the Vietnamese convention since 1968), read from precomputed tables.
 *
 * @param date - A `YYYY-MM-DD` string, or a `Date` read as a calendar day in Asia/Ho_Chi_Minh;
 *   1900-01-01 … 2199-12-31.
 * @returns A new {@link LunarDate}; `year` is the Gregorian year of that lunar year's Tết.
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real `YYYY-MM-DD` date or a valid `Date` (path `["date"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is before 1900-01-01 or after 2199-12-31 (path `["date"]`).
 * @see Hồ Ngọc Đức, Lịch Việt Nam (astronomical method at UTC+7)
 * @example
 * ```ts
 * import { toLunar } from "tthc/calendar";
 * toLunar("2026-02-17"); // => { year: 2026, month: 1, day: 1, leap: false }
 * toLunar("2026-02-16"); // => { year: 2025, month: 12, day: 29, leap: false }
 * toLunar("2033-12-23"); // => { year: 2033, month: 11, day: 2, leap: true }
 * toLunar(new Date("2026-02-16T20:00:00Z")); // => { year: 2026, month: 1, day: 1, leap: false }
 * ```
 * @category Calendar
 */
export function toLunar(date: DateInput): LunarDate {
  const day = toDayNumber(date, ["date"]);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw dayOutOfRange(day, ["date"], typeof date === "string" ? date : undefined);
  }
  return lunarDateOfDay(day);
}

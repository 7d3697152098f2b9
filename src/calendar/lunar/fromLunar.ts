import { checkInteger, checkObject, mustBe, type Path } from "../../_internal/checks.js";
import { formatIsoDate, MAX_YEAR } from "../../_internal/epochDay.js";
import { TthcError } from "../../errors.js";
import {
  dayOutOfRange,
  FIRST_LUNAR_YEAR,
  leapMonthOf,
  lunarDayNumber,
  MAX_DAY,
  MIN_DAY,
  monthLength,
} from "./_lunarYears.js";
import type { LunarDate } from "./types.js";

const KEYS = ["year", "month", "day", "leap"];

function invalid(en: string, vi: string, path: Path, details: Readonly<Record<string, unknown>>): TthcError {
  return new TthcError("INVALID_LUNAR_DATE", en, { path, messageVi: vi, details });
}

/**
 * Converts a date of the Vietnamese lunar calendar to the Gregorian calendar.
 *
 * Âm lịch — đổi ngày âm lịch sang ngày dương lịch (astronomical method at UTC+7, precomputed
 * tables). The input is validated strictly and never modified.
 *
 * @param date - `{ year, month, day, leap }`, all four keys and no others: `year` the lunar year
 *   (numbered as the Gregorian year of its Tết), `month` 1–12, `day` 1–30, `leap` `true` for the
 *   leap month (tháng nhuận).
 * @returns The Gregorian date, `YYYY-MM-DD`.
 * @throws {@link tthc!TthcError} `INVALID_LUNAR_DATE` if `date` is not such an object (path `[]`), has an unknown or missing key, a field of the wrong type or outside those bounds (path of the field, e.g. `["day"]`), names a leap month the year does not have (`["leap"]`) or day 30 of a 29-day month (`["day"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `year` is not in 1899–2199 (path `["year"]`), or the date falls before 1900-01-01 or after 2199-12-31 (path `[]`).
 * @see Hồ Ngọc Đức, Lịch Việt Nam (astronomical method at UTC+7)
 * @example
 * ```ts
 * import { fromLunar } from "tthc/calendar";
 * fromLunar({ year: 2026, month: 1, day: 1, leap: false }); // => "2026-02-17"
 * fromLunar({ year: 2033, month: 11, day: 2, leap: true }); // => "2033-12-23"
 * fromLunar({ year: 2033, month: 11, day: 2, leap: false }); // => "2033-11-23"
 * ```
 * @category Calendar
 */
export function fromLunar(date: LunarDate): string {
  const fields = checkObject(
    date,
    [],
    "INVALID_LUNAR_DATE",
    KEYS,
    "a lunar date { year, month, day, leap }",
    "ngày âm lịch { year, month, day, leap }",
  );
  const year = checkInteger(fields["year"], ["year"], "INVALID_LUNAR_DATE");
  const month = checkInteger(fields["month"], ["month"], "INVALID_LUNAR_DATE", 1, 12);
  const day = checkInteger(fields["day"], ["day"], "INVALID_LUNAR_DATE", 1, 30);
  const leap = fields["leap"];
  if (typeof leap !== "boolean") throw mustBe("INVALID_LUNAR_DATE", ["leap"], "true or false", "true hoặc false", leap);
  if (year < FIRST_LUNAR_YEAR || year > MAX_YEAR) {
    const [en, vi] = [
      `a lunar year in ${FIRST_LUNAR_YEAR}–${MAX_YEAR}`,
      `năm âm lịch từ ${FIRST_LUNAR_YEAR} đến ${MAX_YEAR}`,
    ];
    throw mustBe("OUT_OF_RANGE", ["year"], en, vi, year);
  }
  const length = monthLength(year, month, leap);
  if (length === 0) {
    throw invalid(
      `lunar year ${year} has no leap month ${month}`,
      `năm âm lịch ${year} không có tháng ${month} nhuận`,
      ["leap"],
      { value: leap, leapMonth: leapMonthOf(year) },
    );
  }
  if (day > length) {
    const name = `${month}${leap ? " (leap)" : ""}`;
    throw invalid(
      `lunar month ${name} of ${year} has ${length} days, not ${day}`,
      `tháng ${month}${leap ? " nhuận" : ""} năm ${year} âm lịch chỉ có ${length} ngày`,
      ["day"],
      { value: day, monthLength: length },
    );
  }
  const dayNumber = lunarDayNumber(year, month, day, leap);
  if (dayNumber < MIN_DAY || dayNumber > MAX_DAY) throw dayOutOfRange(dayNumber, []);
  return formatIsoDate(dayNumber);
}

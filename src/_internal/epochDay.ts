/**
 * Dates as integers: a "day number" is the count of days since 1970-01-01 in the proleptic
 * Gregorian calendar. Conversions use integer arithmetic only (no `Date`, no `Intl`), after
 * Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */
import { mustBe, type Path } from "./checks.js";

/** First and last day the library knows anything about: 1900-01-01 .. 2199-12-31. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Day number of a Gregorian date (month 1–12). Valid for any proleptic date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year of a day number (the first part of `civilFromDays`, without allocating: used on hot paths). */
export function yearOfDay(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** `[year, month, day]` of a day number. */
export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  const w = (dayNumber + 4) % 7;
  return w < 0 ? w + 7 : w;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, i) =>
  i < 10 ? `0${i}` : String(i),
);

/** `YYYY-MM-DD` of a day number (years 1000–9999). */
export function formatIsoDate(dayNumber: number): string {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** Days in each month of a common year, and the days before each month. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day number of 1 January and leap flag of each year 1900–2199, for the hot paths. */
const YEAR_START: Int32Array = /* @__PURE__ */ (() => {
  const table = new Int32Array(MAX_YEAR - MIN_YEAR + 1);
  for (let y = MIN_YEAR; y <= MAX_YEAR; y++) table[y - MIN_YEAR] = daysFromCivil(y, 1, 1);
  return table;
})();

/**
 * The fields of a `YYYY-MM-DD` string packed in one integer, `year << 9 | month << 5 | day`
 * (unpack with shifts, no division), or -1 if the text is not of that shape. Checks the shape
 * only: month 13 or 31 February may come back. Read by hand, no allocation.
 */
function readIsoDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return -1;
  }
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month > 15 || day > 31) return -1; // keeps the packed fields apart
  return ((y0 * 1000 + y1 * 100 + y2 * 10 + y3) << 9) | (month << 5) | day;
}

/**
 * Reads `YYYY-MM-DD` by hand; returns the day number, or `NaN` if the text is not exactly that
 * shape or names a date that does not exist. No allocation; table lookups for 1900–2199.
 */
export function parseIsoDateFast(text: string): number {
  const digits = readIsoDigits(text);
  if (digits < 0) return Number.NaN;
  const year = digits >> 9;
  const month = (digits >> 5) & 15;
  const day = digits & 31;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = month >= 2 && isLeapYear(year) ? 1 : 0;
  if (day > MONTH_DAYS[month - 1]! + (month === 2 ? leap : 0)) return Number.NaN;
  if (year < MIN_YEAR || year > MAX_YEAR) return daysFromCivil(year, month, day);
  return YEAR_START[year - MIN_YEAR]! + DAYS_BEFORE_MONTH[month - 1]! + (month > 2 ? leap : 0) + day - 1;
}

/** Milliseconds in a day, and Vietnam's offset (UTC+7, kept since 13 June 1975). */
export const MS_PER_DAY = 86_400_000;
export const VN_OFFSET_MS = 7 * 3_600_000;

/** The one Vietnam day of an instant: day number of its date in Asia/Ho_Chi_Minh (UTC+7, CAL-15). */
export function vietnamDayOfMs(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/**
 * Ngày đầu vào — what the API accepts as a calendar date: a `YYYY-MM-DD` string, or a `Date`
 * read in Asia/Ho_Chi_Minh (UTC+7) whatever the host's time zone.
 *
 * @example
 * ```ts
 * import type { DateInput } from "tthc/calendar";
 * const day: DateInput = "2026-02-17";
 * ```
 * @category Calendar
 */
export type DateInput = string | Date;

/**
 * Validates a date argument of a public function and returns its day number.
 * Strings must be `YYYY-MM-DD` naming a real date; a `Date` is read in Asia/Ho_Chi_Minh.
 *
 * @throws TthcError `INVALID_DATE` with `path`.
 */
export function toDayNumber(value: unknown, path: Path): number {
  const day =
    typeof value === "string"
      ? parseIsoDateFast(value)
      : value instanceof Date && Number.isFinite(value.getTime())
        ? vietnamDayOfMs(value.getTime())
        : Number.NaN;
  if (Number.isNaN(day))
    throw mustBe(
      "INVALID_DATE",
      path,
      "a real date YYYY-MM-DD or a valid Date",
      "ngày có thật dạng YYYY-MM-DD hoặc Date hợp lệ",
      value,
    );
  return day;
}

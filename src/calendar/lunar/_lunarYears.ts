/**
 * The generated lunar-year tables, decoded once, and the integer fast paths the public lunar
 * functions share: no astronomy, no `Date`, no allocation beyond the result. Internal.
 */
import { daysFromCivil, formatIsoDate, MAX_YEAR, MIN_YEAR, yearOfDay } from "../../_internal/epochDay.js";
import { TthcError } from "../../errors.js";
import { FIRST_LUNAR_YEAR, FIRST_NEW_YEAR_DAY, LUNAR_ALPHABET, LUNAR_YEARS } from "./_tables.generated.js";
import type { LunarDate } from "./types.js";

export { FIRST_LUNAR_YEAR };

const CHARS_PER_YEAR = 3;
const LEAP_SHIFT = 13;
const LENGTH_BITS = (1 << LEAP_SHIFT) - 1;

/** Number of lunar years in the tables. */
const YEAR_COUNT = LUNAR_YEARS.length / CHARS_PER_YEAR;

/** Last lunar year in the tables. */
export const LAST_LUNAR_YEAR = FIRST_LUNAR_YEAR + YEAR_COUNT - 1;

/** First and last supported days: 1900-01-01 and 2199-12-31. */
export const MIN_DAY = /* @__PURE__ */ daysFromCivil(MIN_YEAR, 1, 1);
export const MAX_DAY = /* @__PURE__ */ daysFromCivil(MAX_YEAR, 12, 31);

/**
 * Two entries per lunar year, from {@link FIRST_LUNAR_YEAR}: the day number of its lunar 1/1, then
 * its packed bits (month lengths | leap month << 13); and a last entry, the day after the last year.
 */
const TABLE: Int32Array = /* @__PURE__ */ decodeTable();

function decodeTable(): Int32Array {
  const table = new Int32Array(2 * YEAR_COUNT + 1);
  let newYear = FIRST_NEW_YEAR_DAY;
  for (let i = 0; i < YEAR_COUNT; i++) {
    let bits = 0;
    for (let c = 0; c < CHARS_PER_YEAR; c++) {
      bits = (bits << 6) | LUNAR_ALPHABET.indexOf(LUNAR_YEARS.charAt(i * CHARS_PER_YEAR + c));
    }
    table[2 * i] = newYear;
    table[2 * i + 1] = bits;
    const months = bits >> LEAP_SHIFT === 0 ? 12 : 13;
    newYear += 29 * months + bitCount(bits & LENGTH_BITS);
  }
  table[2 * YEAR_COUNT] = newYear;
  return table;
}

/** Number of set bits of a 32-bit integer. */
function bitCount(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Day number of lunar 1/1 (Tết) of a lunar year in the tables. */
export function newYearDay(lunarYear: number): number {
  return TABLE[2 * (lunarYear - FIRST_LUNAR_YEAR)]!;
}

/** The leap month (1–12) of a lunar year in the tables, 0 if it has none. */
export function leapMonthOf(lunarYear: number): number {
  return TABLE[2 * (lunarYear - FIRST_LUNAR_YEAR) + 1]! >> LEAP_SHIFT;
}

/**
 * Position (0–12) of a month within its lunar year, the leap month counted in its place; -1 if
 * the year has no such leap month. The year must be in the tables and `month` in 1–12.
 */
function monthIndex(bits: number, month: number, leap: boolean): number {
  const leapMonth = bits >> LEAP_SHIFT;
  if (leap) return month === leapMonth ? month : -1;
  return leapMonth !== 0 && month > leapMonth ? month : month - 1;
}

/** Length (29 or 30) of a lunar month, 0 if the year has no such (leap) month. Year in the tables. */
export function monthLength(lunarYear: number, month: number, leap: boolean): number {
  const bits = TABLE[2 * (lunarYear - FIRST_LUNAR_YEAR) + 1]!;
  const index = monthIndex(bits, month, leap);
  return index < 0 ? 0 : 29 + ((bits >> index) & 1);
}

/**
 * Day number of a lunar date: year in the tables, month 1–12, the (leap) month existing, day
 * within the month (not checked: day 30 of a 29-day month gives the next month's 1st).
 */
export function lunarDayNumber(lunarYear: number, month: number, day: number, leap: boolean): number {
  const i = 2 * (lunarYear - FIRST_LUNAR_YEAR);
  const bits = TABLE[i + 1]!;
  const index = monthIndex(bits, month, leap);
  return TABLE[i]! + 29 * index + bitCount(bits & ((1 << index) - 1)) + day - 1;
}

/** Mean tropical year and synodic month, in days: first guesses, corrected exactly below. */
const MEAN_YEAR = 365.2422;
const MEAN_MONTH = 29.530588853;

/** The lunar date of a day number in {@link MIN_DAY} … {@link MAX_DAY}. */
export function lunarDateOfDay(dayNumber: number): LunarDate {
  // Guess the lunar year from the mean year (off by at most one), then correct.
  let i = 2 * Math.floor((dayNumber - FIRST_NEW_YEAR_DAY) / MEAN_YEAR);
  while (dayNumber < TABLE[i]!) i -= 2;
  while (dayNumber >= TABLE[i + 2]!) i += 2;
  const bits = TABLE[i + 1]!;
  const offset = dayNumber - TABLE[i]!;
  // Same for the month: guess from the mean month, then correct with the exact month starts.
  let index = Math.floor(offset / MEAN_MONTH);
  let start = 29 * index + bitCount(bits & ((1 << index) - 1));
  while (offset < start) {
    index--;
    start -= 29 + ((bits >> index) & 1);
  }
  while (offset >= start + 29 + ((bits >> index) & 1)) {
    start += 29 + ((bits >> index) & 1);
    index++;
  }
  const leapMonth = bits >> LEAP_SHIFT;
  return {
    year: FIRST_LUNAR_YEAR + (i >> 1),
    month: leapMonth !== 0 && index >= leapMonth ? index : index + 1,
    day: offset - start + 1,
    leap: leapMonth !== 0 && index === leapMonth,
  };
}

/**
 * The `OUT_OF_RANGE` error for a day outside 1900-01-01 … 2199-12-31; `label` names the day in the
 * message (the caller's input string), else it is formatted from the day number.
 */
export function dayOutOfRange(dayNumber: number, path: readonly (string | number)[], label?: string): TthcError {
  const year = yearOfDay(dayNumber);
  const shown = label ?? (year >= 1000 && year <= 9999 ? formatIsoDate(dayNumber) : undefined);
  const min = formatIsoDate(MIN_DAY);
  const max = formatIsoDate(MAX_DAY);
  return new TthcError("OUT_OF_RANGE", `${shown ?? "the date"} is outside the supported range ${min} … ${max}`, {
    path,
    messageVi: `${shown ?? "ngày"} nằm ngoài phạm vi hỗ trợ ${min} … ${max}`,
    details: { min, max },
  });
}

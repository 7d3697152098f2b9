/**
 * The astronomical reference method of the Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's
 * published algorithm, with Jean Meeus' series ("Astronomical Algorithms", 1998) for the new moon
 * and the apparent solar longitude.
 *
 * The rules, for the local time zone (UTC+7 in Vietnam since the 1967/1968 calendar reform):
 * - a lunar month starts on the local day of a new moon;
 * - the month containing the winter solstice is month 11;
 * - when 13 new moons separate two months 11, the first month after month 11 with no major solar
 *   term (trung khí: the sun entering a new 30° sector of longitude) is the leap month, named after
 *   the month before it.
 *
 * Internal: only the table generator (`scripts/generateLunarTables.ts`) and the tests use this
 * module. The library itself reads the generated tables and does no astronomy at run time.
 *
 * Day arguments here are Julian Day Numbers (integers, the Julian day starting at noon UT on that
 * calendar day); `jdn - JDN_OF_DAY_ZERO` is the library's day number.
 */

/** Hours east of UTC of the reference meridian: 105° E, UTC+7. */
const TIME_ZONE_HOURS = 7;

/** Julian Day Number of 1970-01-01, day number 0 of `src/_internal/epochDay.ts`. */
export const JDN_OF_DAY_ZERO = 2_440_588;

/** Mean length of a synodic month, in days. */
const SYNODIC_MONTH = 29.530588853;

/** Julian date of the new moon of 1900-01-01 13:52 UT, the one numbered k = 0. */
const NEW_MOON_ZERO = 2_415_021.076998695;

/** First JDN of the Gregorian calendar (1582-10-15); earlier days are Julian-calendar days. */
const FIRST_GREGORIAN_JDN = 2_299_161;

const DEG = Math.PI / 180;

/**
 * Julian Day Number of a calendar date: Gregorian from 1582-10-15, Julian before (Claus Tøndering's
 * formulas).
 */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const base = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  const gregorian = base - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  return gregorian >= FIRST_GREGORIAN_JDN ? gregorian : base - 32083;
}

/** `[day, month, year]` of a Julian Day Number; the inverse of {@link jdFromDate}. */
export function jdToDate(jdn: number): [day: number, month: number, year: number] {
  let centuries = 0;
  let c: number;
  if (jdn >= FIRST_GREGORIAN_JDN) {
    const a = jdn + 32044;
    centuries = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((146097 * centuries) / 4);
  } else {
    c = jdn + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * centuries + d - 4800 + Math.floor(m / 10);
  return [day, month, year];
}

/**
 * Julian date (UT, fractional) of new moon number `k`, counted from the new moon of 1900-01-01
 * (k = 0). Meeus' mean phase plus the main periodic terms of the true phase, less ΔT.
 */
function newMoon(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(m * DEG) +
    0.0021 * Math.sin(2 * DEG * m) -
    0.4068 * Math.sin(mp * DEG) +
    0.0161 * Math.sin(DEG * 2 * mp) -
    0.0004 * Math.sin(DEG * 3 * mp) +
    0.0104 * Math.sin(DEG * 2 * f) -
    0.0051 * Math.sin(DEG * (m + mp)) -
    0.0074 * Math.sin(DEG * (m - mp)) +
    0.0004 * Math.sin(DEG * (2 * f + m)) -
    0.0004 * Math.sin(DEG * (2 * f - m)) -
    0.0006 * Math.sin(DEG * (2 * f + mp)) +
    0.001 * Math.sin(DEG * (2 * f - mp)) +
    0.0005 * Math.sin(DEG * (2 * mp + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Apparent longitude of the sun, in radians in [0, 2π), at Julian date `jd` (UT, fractional). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * meanAnomaly) +
    0.00029 * Math.sin(DEG * 3 * meanAnomaly);
  const radians = (meanLongitude + center) * DEG;
  return radians - Math.PI * 2 * Math.floor(radians / (Math.PI * 2));
}

/**
 * The 30° sector (0–11) of the sun's longitude at local midnight starting day `jdn`; sector 0
 * starts at the March equinox, so sector 9 starts at the winter solstice.
 */
function getSunLongitude(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Local (UTC+7) JDN of the day of new moon number `k`. */
function getNewMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** JDN of the first day of lunar month 11 (the month of the winter solstice) of Gregorian `year`. */
export function getLunarMonth11(year: number): number {
  const k = Math.floor((jdFromDate(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const start = getNewMoonDay(k);
  // The month starting on the last new moon of December holds the solstice only if the sun has
  // not yet reached it by then; otherwise month 11 is the month before.
  return getSunLongitude(start) >= 9 ? getNewMoonDay(k - 1) : start;
}

/**
 * In a 13-month year starting with month 11 on day `a11`, the offset (1–12) from month 11 of the
 * leap month: the first month with no major solar term, i.e. whose start and the next month's
 * start fall in the same 30° sector.
 */
export function getLeapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
  let offset = 1;
  let sector = getSunLongitude(getNewMoonDay(k + offset));
  let previous: number;
  do {
    previous = sector;
    offset++;
    sector = getSunLongitude(getNewMoonDay(k + offset));
  } while (sector !== previous && offset < 14);
  return offset - 1;
}

/** One lunar month of the reference method. */
export interface AstronomicalMonth {
  /** JDN of day 1. */
  readonly start: number;
  /** Lunar year (the Gregorian year of its Tết). */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** The leap month repeating `month`. */
  readonly leap: boolean;
}

/**
 * The 12 or 13 lunar months from month 11 of Gregorian year `year` up to (not including) month 11
 * of `year + 1`, in order.
 */
export function monthsFromMonth11(year: number): AstronomicalMonth[] {
  const a11 = getLunarMonth11(year);
  const b11 = getLunarMonth11(year + 1);
  const k = Math.floor((a11 - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
  const count = b11 - a11 > 365 ? 13 : 12;
  const leapOffset = count === 13 ? getLeapMonthOffset(a11) : 0;
  const months: AstronomicalMonth[] = [];
  for (let offset = 0; offset < count; offset++) {
    const start = getNewMoonDay(k + offset);
    const sequence = leapOffset !== 0 && offset >= leapOffset ? offset - 1 : offset; // 0 = month 11
    const month = ((sequence + 10) % 12) + 1;
    months.push({
      start,
      year: sequence < 2 ? year : year + 1,
      month,
      leap: leapOffset !== 0 && offset === leapOffset,
    });
  }
  return months;
}

/** A lunar date of the reference method. */
export interface AstronomicalLunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** The lunar date of day `jdn`, computed astronomically (slow: dozens of trigonometric series). */
export function lunarDateOfJdn(jdn: number): AstronomicalLunarDate {
  const gregorianYear = jdToDate(jdn)[2];
  const sui = jdn >= getLunarMonth11(gregorianYear) ? gregorianYear : gregorianYear - 1;
  const months = monthsFromMonth11(sui);
  let found = months[0]!;
  for (const month of months) if (month.start <= jdn) found = month;
  return { year: found.year, month: found.month, day: jdn - found.start + 1, leap: found.leap };
}

/**
 * The JDN of a lunar date, computed astronomically, or `undefined` if the year has no such month.
 * The day is not checked against the month's length.
 */
export function jdnOfLunarDate(date: AstronomicalLunarDate): number | undefined {
  const sui = date.month >= 11 ? date.year : date.year - 1;
  const found = monthsFromMonth11(sui).find((m) => m.month === date.month && m.leap === date.leap);
  return found === undefined ? undefined : found.start + date.day - 1;
}

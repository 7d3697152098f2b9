/**
 * Instants: ISO 8601 date-times with an offset (or `Date`s), read as epoch milliseconds and shown
 * in Vietnam's civil time (UTC+7, RULES CAL-15) with integer arithmetic, whatever the host zone.
 */
import { mustBe } from "./checks.js";
import { daysFromCivil, daysInMonth, formatIsoDate, MS_PER_DAY, VN_OFFSET_MS, vietnamDayOfMs } from "./epochDay.js";

export { vietnamDayOfMs };

/**
 * Vietnam has kept UTC+7 since 13 June 1975 (the south used UTC+8 before; tzdb Asia/Ho_Chi_Minh).
 * Earlier instants are refused rather than converted with the wrong offset.
 */
export const EARLIEST_INSTANT_MS = 171_849_600_000 - 8 * 3_600_000; // Date.UTC(1975, 5, 13) − 8 h
/** 2199-12-31T23:59:59.999+07:00, the end of the lunar tables. */
export const LATEST_INSTANT_MS = 7_258_118_400_000 - VN_OFFSET_MS - 1; // Date.UTC(2200, 0, 1) − 7 h − 1 ms

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Two ASCII digits at `i`, or -1. */
/** UTC offsets in use range from −12:00 to +14:00; anything else is a typo, refused. */
const MIN_OFFSET_MIN = -12 * 60;
const MAX_OFFSET_MIN = 14 * 60;

function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >>> 0 <= 9 && b >>> 0 <= 9 ? a * 10 + b : -1;
}

/**
 * Epoch ms of the fields of an instant in the usual shapes (`±HH:mm` offset in minutes), or
 * `undefined` when a field is out of range: the one check of both hand readers below.
 */
function commonInstantOf(
  c: number,
  y: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMin: number,
): number | undefined {
  if (c < 0 || y < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return undefined;
  }
  if (second < 0 || second > 59) return undefined;
  const year = c * 100 + y;
  if (day > daysInMonth(year, month)) return undefined;
  if (!(offsetMin >= MIN_OFFSET_MIN && offsetMin <= MAX_OFFSET_MIN)) return undefined; // NaN: malformed
  return (daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000 - offsetMin * 60_000;
}

/** The offset in minutes of `±HH:mm` read as sign, hours and minutes (`NaN` if malformed). */
function offsetOf(sign: number, oh: number, om: number): number {
  if ((sign !== 43 && sign !== 45) || oh < 0 || oh > 14 || om < 0 || om > 59) return Number.NaN;
  return (sign === 45 ? -1 : 1) * (oh * 60 + om);
}

/**
 * Fast path for the usual shapes `YYYY-MM-DDTHH:mm:ssZ` and `YYYY-MM-DDTHH:mm:ss±HH:mm`
 * (hand-read, no regular expression); `undefined` for anything else.
 */
function parseCommonInstant(text: string): number | undefined {
  const n = text.length;
  if ((n !== 20 && n !== 25) || text.charCodeAt(10) !== 84 /* T */) return undefined;
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  let offsetMin = 0;
  if (n === 20) {
    if (text.charCodeAt(19) !== 90 /* Z */) return undefined;
  } else {
    if (text.charCodeAt(22) !== 58) return undefined;
    offsetMin = offsetOf(text.charCodeAt(19), two(text, 20), two(text, 23));
  }
  return commonInstantOf(
    two(text, 0),
    two(text, 2),
    two(text, 5),
    two(text, 8),
    two(text, 11),
    two(text, 14),
    two(text, 17),
    offsetMin,
  );
}

/**
 * {@link parseInstantMs} of the ASCII text `bytes[start..end)` in the usual shapes only (the same
 * hand reader, over bytes, for the CLI's byte-level CSV reading); `undefined` for any other text,
 * which the caller reads as a string.
 */
export function parseCommonInstantBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  const n = end - start;
  const b = bytes;
  const i = start;
  if ((n !== 20 && n !== 25) || b[i + 10] !== 84 /* T */) return undefined;
  if (b[i + 4] !== 45 || b[i + 7] !== 45 || b[i + 13] !== 58 || b[i + 16] !== 58) return undefined;
  // The digits, written out (this runs for each instant of each CSV line); any other byte gives a
  // value above 9 once unsigned.
  const y0 = (b[i]! - 48) >>> 0;
  const y1 = (b[i + 1]! - 48) >>> 0;
  const y2 = (b[i + 2]! - 48) >>> 0;
  const y3 = (b[i + 3]! - 48) >>> 0;
  const m0 = (b[i + 5]! - 48) >>> 0;
  const m1 = (b[i + 6]! - 48) >>> 0;
  const d0 = (b[i + 8]! - 48) >>> 0;
  const d1 = (b[i + 9]! - 48) >>> 0;
  const h0 = (b[i + 11]! - 48) >>> 0;
  const h1 = (b[i + 12]! - 48) >>> 0;
  const i0 = (b[i + 14]! - 48) >>> 0;
  const i1 = (b[i + 15]! - 48) >>> 0;
  const s0 = (b[i + 17]! - 48) >>> 0;
  const s1 = (b[i + 18]! - 48) >>> 0;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return undefined;
  if (h0 > 9 || h1 > 9 || i0 > 9 || i1 > 9 || s0 > 9 || s1 > 9) return undefined;
  let offsetMin = 0;
  if (n === 20) {
    if (b[i + 19] !== 90 /* Z */) return undefined;
  } else {
    if (b[i + 22] !== 58) return undefined;
    const o0 = (b[i + 20]! - 48) >>> 0;
    const o1 = (b[i + 21]! - 48) >>> 0;
    const o2 = (b[i + 23]! - 48) >>> 0;
    const o3 = (b[i + 24]! - 48) >>> 0;
    if (o0 > 9 || o1 > 9 || o2 > 9 || o3 > 9) return undefined;
    offsetMin = offsetOf(b[i + 19]!, o0 * 10 + o1, o2 * 10 + o3);
  }
  return commonInstantOf(
    y0 * 10 + y1,
    y2 * 10 + y3,
    m0 * 10 + m1,
    d0 * 10 + d1,
    h0 * 10 + h1,
    i0 * 10 + i1,
    s0 * 10 + s1,
    offsetMin,
  );
}

/** Parses an ISO date-time with offset; `NaN` if malformed or naming a non-existent time. */
export function parseInstantMs(text: string): number {
  const common = parseCommonInstant(text);
  if (common !== undefined) return common;
  const m = ISO_INSTANT.exec(text);
  if (m === null) return Number.NaN;
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  let offsetMin = 0;
  if (zone !== undefined && zone !== "Z" && zone !== "z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 14 || om > 59) return Number.NaN;
    offsetMin = sign * (oh * 60 + om);
    if (offsetMin < MIN_OFFSET_MIN || offsetMin > MAX_OFFSET_MIN) return Number.NaN;
  }
  return (
    (daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + ms - offsetMin * 60_000
  );
}

const EXAMPLE = `"2025-01-23T06:45:00+07:00"`;

/**
 * Validates an instant argument (ISO string with offset, or a valid `Date`) and returns epoch ms.
 *
 * @throws TthcError `INVALID_INSTANT`, or `OUT_OF_RANGE` before 13/6/1975 or after 2199.
 */
export function toInstantMs(value: unknown, path: readonly (string | number)[]): number {
  let ms = Number.NaN;
  if (typeof value === "string") ms = parseInstantMs(value);
  else if (value instanceof Date) ms = value.getTime();
  if (!Number.isFinite(ms)) {
    const [en, vi] = [
      `an ISO date-time with an offset (${EXAMPLE}) or a valid Date`,
      `thời điểm ISO có múi giờ (${EXAMPLE}) hoặc Date hợp lệ`,
    ];
    throw mustBe("INVALID_INSTANT", path, en, vi, value);
  }
  if (ms < EARLIEST_INSTANT_MS || ms > LATEST_INSTANT_MS) {
    const [en, vi] = [
      "an instant from 1975-06-13 (Vietnam on UTC+7) to 2199-12-31",
      "thời điểm từ 13/6/1975 (Việt Nam dùng UTC+7) đến 31/12/2199",
    ];
    throw mustBe("OUT_OF_RANGE", path, en, vi, value);
  }
  return ms;
}

/** Vietnam local milliseconds (epoch ms shifted by +7 h): day = floor(local / MS_PER_DAY). */
export function toVietnamLocal(ms: number): number {
  return ms + VN_OFFSET_MS;
}

/** `YYYY-MM-DD` of an instant's date in Asia/Ho_Chi_Minh; the instant is checked (`path` names it). */
export function vietnamDateOf(value: unknown, path: readonly (string | number)[]): string {
  return formatIsoDate(vietnamDayOfMs(toInstantMs(value, path)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DDTHH:mm:ss+07:00` (with `.sss` when not whole seconds) of Vietnam local ms. */
export function formatVietnamInstant(localMs: number): string {
  const day = Math.floor(localMs / MS_PER_DAY);
  const inDay = localMs - day * MS_PER_DAY;
  const h = Math.floor(inDay / 3_600_000);
  const mi = Math.floor((inDay % 3_600_000) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  const ms = inDay % 1000;
  const frac = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  return `${formatIsoDate(day)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${frac}+07:00`;
}

/** `HH:mm` of a millisecond-of-day. */
export function formatTimeOfDay(msOfDay: number): string {
  return `${pad2(Math.floor(msOfDay / 3_600_000))}:${pad2(Math.floor((msOfDay % 3_600_000) / 60_000))}`;
}

/** Parses `HH:mm` (00:00–24:00) to milliseconds of the day; `NaN` if malformed. */
export function parseTimeOfDay(text: unknown): number {
  if (typeof text !== "string") return Number.NaN;
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (m === null) return Number.NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (mi > 59 || h > 24 || (h === 24 && mi !== 0)) return Number.NaN;
  return (h * 60 + mi) * 60_000;
}

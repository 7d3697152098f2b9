/**
 * The limit for `addWorkingDays`: what the call would cost as nothing but reads of precomputed
 * flat tables (month → first day, day → working, day → prefix count of working days, count → day,
 * day → `YYYY-MM-DD`) over 2000–2199, filled up front from a working calendar.
 *
 * `bare` reads the date's digits and the tables with no check at all (a wrong input gives a wrong
 * answer or `undefined`); `checked` adds the checks a public function owes its caller (a string of
 * the right shape, a real date in the range, a whole count, a result in the range), so the cost of
 * checking can be told apart from the cost of the tables.
 */

const FIRST_YEAR = 2000;
const YEARS = 200;

/** What {@link bareTables} returns: the two ways of adding working days over the same tables. */
export interface BareTables {
  readonly bare: (start: string, days: number) => string | undefined;
  readonly checked: (start: string, days: unknown) => string;
}

/** Fills the tables from `isWorkingDay` (any working calendar of 2000–2199). */
export function bareTables(isWorkingDay: (iso: string) => boolean): BareTables {
  const monthStart = new Int32Array(YEARS * 12 + 1);
  for (let k = 0; k < YEARS * 12; k++) {
    const year = FIRST_YEAR + Math.floor(k / 12);
    const month = k % 12;
    monthStart[k + 1] = monthStart[k]! + new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  }
  const length = monthStart[YEARS * 12]!;
  const working = new Uint8Array(length);
  const rank = new Int32Array(length);
  const inverse = new Int32Array(length + 1);
  const strings: string[] = [];
  const origin = Date.UTC(FIRST_YEAR, 0, 1);
  let r = 0;
  for (let i = 0; i < length; i++) {
    const iso = new Date(origin + i * 86_400_000).toISOString().slice(0, 10);
    strings.push(iso);
    if (isWorkingDay(iso)) {
      working[i] = 1;
      inverse[++r] = i;
    }
    rank[i] = r;
  }
  const last = r;

  const bare = (start: string, days: number): string | undefined => {
    const y =
      start.charCodeAt(0) * 1000 +
      start.charCodeAt(1) * 100 +
      start.charCodeAt(2) * 10 +
      start.charCodeAt(3) -
      48 * 1111 -
      FIRST_YEAR;
    const m = start.charCodeAt(5) * 10 + start.charCodeAt(6) - 48 * 11 - 1;
    const i = monthStart[y * 12 + m]! + start.charCodeAt(8) * 10 + start.charCodeAt(9) - 48 * 11 - 1;
    const at = rank[i]!;
    return strings[inverse[days > 0 || working[i] === 1 ? at + days : at + days + 1]!];
  };

  const digit = (text: string, index: number): number => {
    const d = text.charCodeAt(index) - 48;
    if (d >>> 0 > 9) throw new RangeError("not a date YYYY-MM-DD");
    return d;
  };
  const checked = (start: unknown, days: unknown): string => {
    if (typeof start !== "string" || start.length !== 10 || start.charCodeAt(4) !== 45 || start.charCodeAt(7) !== 45)
      throw new RangeError("not a date YYYY-MM-DD");
    const y = digit(start, 0) * 1000 + digit(start, 1) * 100 + digit(start, 2) * 10 + digit(start, 3) - FIRST_YEAR;
    const m = digit(start, 5) * 10 + digit(start, 6) - 1;
    const d = digit(start, 8) * 10 + digit(start, 9);
    if (y >>> 0 >= YEARS || m >>> 0 >= 12 || d === 0) throw new RangeError("not a date in range");
    const i = monthStart[y * 12 + m]! + d - 1;
    if (i >= monthStart[y * 12 + m + 1]!) throw new RangeError("not a real date");
    if (typeof days !== "number" || !Number.isInteger(days)) throw new RangeError("not a whole number");
    const at = rank[i]!;
    const target = days > 0 || working[i] === 1 ? at + days : at + days + 1;
    if (target < 1 || target > last) throw new RangeError("out of range");
    return strings[inverse[target]!]!;
  };
  return { bare, checked };
}

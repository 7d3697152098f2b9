/**
 * A naive, day-by-day reference for working-day counting. It takes "is this date a working day?"
 * from an oracle (the calendar's own `isWorkingDay`) and recomputes everything else by walking
 * one day at a time with `Date.UTC` arithmetic, so it checks the calendar's rank tables and its
 * year-crossing logic, not its day table.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of `YYYY-MM-DD` (via `Date.UTC`, independent of the library's integer maths). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` shifted by `n` calendar days. */
export function shiftDays(iso: string, n: number): string {
  return isoOf(dayNumber(iso) + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOfIso(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

export type WorkingOracle = (iso: string) => boolean;

/** The first working day strictly after `iso`. */
export function naiveNext(isWorking: WorkingOracle, iso: string): string {
  let d = dayNumber(iso) + 1;
  while (!isWorking(isoOf(d))) d++;
  return isoOf(d);
}

/** The last working day strictly before `iso`. */
export function naivePrevious(isWorking: WorkingOracle, iso: string): string {
  let d = dayNumber(iso) - 1;
  while (!isWorking(isoOf(d))) d--;
  return isoOf(d);
}

/**
 * `n > 0`: the n-th working day after `start`; `n < 0`: the |n|-th working day before it;
 * `n = 0`: `start` if working, else the next working day (the documented contract).
 */
export function naiveAddWorkingDays(isWorking: WorkingOracle, start: string, n: number): string {
  if (n === 0) return isWorking(start) ? start : naiveNext(isWorking, start);
  let d = dayNumber(start);
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    d += step;
    if (isWorking(isoOf(d))) left--;
  }
  return isoOf(d);
}

/** Working days in `(from, to]`, negative (minus those in `(to, from]`) when `to < from`. */
export function naiveWorkingDaysBetween(isWorking: WorkingOracle, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorking(isoOf(d))) count++;
  return count === 0 ? 0 : sign * count;
}

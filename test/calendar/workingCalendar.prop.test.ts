/**
 * Properties of working-day counting (STYLE §6), fixed seeds. The reference is a naive walker
 * (test/_reference/naiveCalendar.ts) that takes only "is this day working?" from the calendar
 * and recomputes every count one day at a time, so it checks the calendar's rank tables.
 */
import { fc, test } from "@fast-check/vitest";
import { addBusinessDays } from "date-fns/addBusinessDays";
import { format } from "date-fns/format";
import { describe, expect } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import {
  dayNumber,
  isoOf,
  naiveAddWorkingDays,
  naiveNext,
  naivePrevious,
  naiveWorkingDaysBetween,
  weekdayOfIso,
} from "../_reference/naiveCalendar.js";

const calendar = createWorkingCalendar();
const isWorking = (iso: string): boolean => calendar.isWorkingDay(iso);

const FIRST = dayNumber("2015-01-01");
const LAST = dayNumber("2030-12-31");
/** A date in 2015–2030 (the bundled years and a few generated ones on each side). */
const day = fc.integer({ min: FIRST, max: LAST }).map(isoOf);
const count = fc.integer({ min: -300, max: 300 });
/** A working day in 2015–2030. */
const workingDay = day.map((d) => (isWorking(d) ? d : calendar.nextWorkingDay(d)));

describe("agreement with the naive day-by-day walker", () => {
  test.prop([day, count], { seed: 20250430, numRuns: 300 })("addWorkingDays(d, n) = walk n working days", (d, n) => {
    expect(calendar.addWorkingDays(d, n)).toBe(naiveAddWorkingDays(isWorking, d, n));
  });

  test.prop([day, fc.integer({ min: -800, max: 800 })], { seed: 20260214, numRuns: 300 })(
    "workingDaysBetween(a, b) = working days walked in (a, b], signed",
    (a, span) => {
      const b = isoOf(Math.min(Math.max(dayNumber(a) + span, FIRST), LAST));
      expect(calendar.workingDaysBetween(a, b)).toBe(naiveWorkingDaysBetween(isWorking, a, b));
    },
  );

  test.prop([day, day], { seed: 20200123, numRuns: 40 })(
    "workingDaysBetween over long spans (up to 16 years)",
    (a, b) => {
      expect(calendar.workingDaysBetween(a, b)).toBe(naiveWorkingDaysBetween(isWorking, a, b));
    },
  );

  test.prop([day], { seed: 20190205 })(
    "nextWorkingDay / previousWorkingDay = first working day walked after / before",
    (d) => {
      expect(calendar.nextWorkingDay(d)).toBe(naiveNext(isWorking, d));
      expect(calendar.previousWorkingDay(d)).toBe(naivePrevious(isWorking, d));
    },
  );

  test.prop([day], { seed: 20240210 })("dayInfo(d).working = isWorkingDay(d), and kind agrees", (d) => {
    const info = calendar.dayInfo(d);
    expect(info.working).toBe(isWorking(d));
    expect(info.date).toBe(d);
    expect(info.weekday).toBe(weekdayOfIso(d));
    expect(info.working).toBe(info.kind === "workday" || info.kind === "makeupWorkday");
  });
});

describe("a fresh calendar per run, first touched anywhere in 2006–2193", () => {
  // The rank tables are relative to the first year a calendar touches; start each run elsewhere.
  const anyDay = fc.integer({ min: dayNumber("2006-01-01"), max: dayNumber("2193-12-31") }).map(isoOf);

  test.prop([anyDay, fc.integer({ min: -1000, max: 1000 }), anyDay], { seed: 21991231, numRuns: 60 })(
    "addWorkingDays and workingDaysBetween agree with the walker",
    (first, n, d) => {
      const fresh = createWorkingCalendar();
      fresh.isWorkingDay(first);
      const oracle = (iso: string) => fresh.isWorkingDay(iso);
      expect(fresh.addWorkingDays(d, n)).toBe(naiveAddWorkingDays(oracle, d, n));
      const b = isoOf(dayNumber(d) + n * 2);
      expect(fresh.workingDaysBetween(d, b)).toBe(naiveWorkingDaysBetween(oracle, d, b));
    },
  );
});

describe("algebra of addWorkingDays / workingDaysBetween", () => {
  test.prop([workingDay, count], { seed: 20250430 })(
    "workingDaysBetween(d, addWorkingDays(d, n)) = n for a working d",
    (d, n) => {
      expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
    },
  );

  test.prop([workingDay, count, count], { seed: 20250501 })(
    "n < m ⇒ add(d, n) < add(d, m) for a working d",
    (d, n, m) => {
      fc.pre(n !== m);
      const [lo, hi] = n < m ? [n, m] : [m, n];
      expect(calendar.addWorkingDays(d, lo) < calendar.addWorkingDays(d, hi)).toBe(true);
    },
  );

  test.prop([day, count, count], { seed: 20250502 })("n ≤ m ⇒ add(d, n) ≤ add(d, m) for any d", (d, n, m) => {
    const [lo, hi] = n <= m ? [n, m] : [m, n];
    expect(calendar.addWorkingDays(d, lo) <= calendar.addWorkingDays(d, hi)).toBe(true);
  });

  test.prop([workingDay, count, count], { seed: 20260102 })(
    "add n then m = add n + m from a working day",
    (d, n, m) => {
      expect(calendar.addWorkingDays(calendar.addWorkingDays(d, n), m)).toBe(calendar.addWorkingDays(d, n + m));
    },
  );

  test.prop([day, count], { seed: 20260110 })(
    "the result is always a working day, and due ≥ start for n ≥ 0",
    (d, n) => {
      const r = calendar.addWorkingDays(d, n);
      expect(isWorking(r)).toBe(true);
      if (n >= 0) expect(r >= d).toBe(true);
      else expect(r < d).toBe(true);
    },
  );

  test.prop([day, day], { seed: 20210903 })("workingDaysBetween is antisymmetric and additive", (a, b) => {
    expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, a)).toBe(0);
    const mid = isoOf(Math.floor((dayNumber(a) + dayNumber(b)) / 2));
    expect(calendar.workingDaysBetween(a, mid) + calendar.workingDaysBetween(mid, b)).toBe(
      calendar.workingDaysBetween(a, b),
    );
  });
});

describe("with no holidays in the window, the calendar matches date-fns addBusinessDays", () => {
  // 1 June … 31 August holds no statutory day in any year: Giỗ Tổ (10/3 âm lịch) and the 30/4–1/5
  // nghỉ bù end by early May, National Day starts on 1/9 at the earliest; no announced block
  // touches that window. Starts 20 June … 31 July, |n| ≤ 15 working days (≤ 21 calendar days).
  const windowStart = fc
    .record({ year: fc.integer({ min: 2000, max: 2199 }), offset: fc.integer({ min: 0, max: 41 }) })
    .map(({ year, offset }) => isoOf(dayNumber(`${year}-06-20`) + offset))
    .filter((d) => weekdayOfIso(d) !== 0 && weekdayOfIso(d) !== 6);

  test.prop([windowStart, fc.integer({ min: -15, max: 15 })], { seed: 20270601, numRuns: 200 })(
    "addWorkingDays(d, n) = addBusinessDays(d, n) on a weekday d",
    (d, n) => {
      const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
      const expected = format(addBusinessDays(new Date(y, m - 1, dd), n), "yyyy-MM-dd");
      expect(calendar.addWorkingDays(d, n)).toBe(expected);
    },
  );
});

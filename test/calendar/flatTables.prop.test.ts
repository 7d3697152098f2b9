/**
 * The calendar's flat tables against the naive day-by-day walker (test/_reference/naiveCalendar.ts)
 * over the whole supported range, 1995–2199: random dates, and the dates where tables meet or
 * where the rules bend — 1 January (a year's table meets the next), the Tết weeks, and every date
 * of the bundled announced schedules (swapped days off, makeup Saturdays, nghỉ bù). The walker
 * takes only "is this day working?" from the calendar and recomputes every count one day at a time.
 *
 * The tables fill a year at a time as they are first needed, so each run also starts a fresh
 * calendar somewhere else and reaches the dates from there.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  createWorkingCalendar,
  OFFICIAL_SCHEDULE,
  tetDate,
  type WorkingCalendarOptions,
} from "../../src/calendar/index.js";
import {
  dayNumber,
  isoOf,
  naiveAddWorkingDays,
  naiveNext,
  naivePrevious,
  naiveWorkingDaysBetween,
} from "../_reference/naiveCalendar.js";

const FULL: WorkingCalendarOptions = { range: { from: "1995-01-01", to: "2199-12-31" } };
const FIRST = dayNumber("1995-01-01");
const LAST = dayNumber("2199-12-31");

const anyDay = fc.integer({ min: FIRST, max: LAST }).map(isoOf);
/** Within a week of 1 January of a year 1996–2199. */
const newYear = fc
  .record({ year: fc.integer({ min: 1996, max: 2199 }), offset: fc.integer({ min: -7, max: 7 }) })
  .map(({ year, offset }) => isoOf(dayNumber(`${year}-01-01`) + offset));
/** Within ten days of mùng 1 Tết of a year 1996–2199 (the rule's Tết block and its nghỉ bù). */
const tet = fc
  .record({ year: fc.integer({ min: 1996, max: 2199 }), offset: fc.integer({ min: -10, max: 10 }) })
  .map(({ year, offset }) => isoOf(dayNumber(tetDate(year)) + offset));
/** A date of the bundled announced schedules, or a day next to one. */
const scheduled = fc
  .record({ row: fc.integer({ min: 0, max: OFFICIAL_SCHEDULE.length - 1 }), offset: fc.integer({ min: -2, max: 2 }) })
  .map(({ row, offset }) => isoOf(dayNumber(OFFICIAL_SCHEDULE[row]!.date) + offset));
const date = fc.oneof(anyDay, newYear, tet, scheduled);
/** Counts up to about twelve years of working days, mostly short. */
const count = fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -3000, max: 3000 }));

/** Everything the calendar counts, against the walker; out-of-range answers must be refused. */
function agree(calendar: ReturnType<typeof createWorkingCalendar>, d: string, n: number): void {
  const isWorking = (iso: string): boolean => {
    const day = dayNumber(iso);
    if (day < dayNumber(calendar.range.from) || day > dayNumber(calendar.range.to)) throw new RangeError(iso);
    return calendar.isWorkingDay(iso);
  };
  const expectSame = (actual: () => unknown, expected: () => unknown): void => {
    let want: unknown;
    try {
      want = expected();
    } catch {
      expect(actual).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
      return;
    }
    expect(actual()).toBe(want);
  };
  expectSame(
    () => calendar.addWorkingDays(d, n),
    () => naiveAddWorkingDays(isWorking, d, n),
  );
  const e = isoOf(Math.min(Math.max(dayNumber(d) + n, dayNumber(calendar.range.from)), dayNumber(calendar.range.to)));
  expect(calendar.workingDaysBetween(d, e)).toBe(naiveWorkingDaysBetween(isWorking, d, e));
  expectSame(
    () => calendar.nextWorkingDay(d),
    () => naiveNext(isWorking, d),
  );
  expectSame(
    () => calendar.previousWorkingDay(d),
    () => naivePrevious(isWorking, d),
  );
}

describe("flat tables agree with the day-by-day walker over 1995–2199", () => {
  const calendar = createWorkingCalendar(FULL);

  test.prop([date, count], { seed: 19950101, numRuns: 400 })("one calendar, dates anywhere", (d, n) => {
    agree(calendar, d, n);
  });

  test.prop([anyDay, date, count], { seed: 21991231, numRuns: 60 })(
    "a fresh calendar, first filled at another date",
    (first, d, n) => {
      const fresh = createWorkingCalendar(FULL);
      fresh.isWorkingDay(first);
      agree(fresh, d, n);
    },
  );

  test.prop([date, count, fc.constantFrom<readonly number[]>([0], [5, 6], [], [0, 3, 6])], {
    seed: 20260217,
    numRuns: 60,
  })("another weekly rest (nghỉ bù moves with it)", (d, n, weekend) => {
    agree(createWorkingCalendar({ ...FULL, weekend }), d, n);
  });

  test.prop(
    [
      fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2100-12-31") }),
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: -400, max: 3400 }),
      count,
    ],
    { seed: 20000229, numRuns: 80 },
  )("a range that starts and ends inside a year: counts stop at its edges", (from, length, at, n) => {
    const calendar = createWorkingCalendar({ range: { from: isoOf(from), to: isoOf(from + length) } });
    const d = isoOf(from + Math.min(Math.max(at, 0), length));
    agree(calendar, d, n);
    expect(() => calendar.isWorkingDay(isoOf(from - 1))).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
    expect(() => calendar.isWorkingDay(isoOf(from + length + 1))).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE" }),
    );
  });
});

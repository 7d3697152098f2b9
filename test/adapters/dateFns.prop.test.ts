/**
 * Properties of tthc/date-fns (fixed seeds): on the same instants it gives the core's answers,
 * returns 00:00 in Vietnam, and on a calendar without holidays it is date-fns `addBusinessDays` /
 * `differenceInBusinessDays` read in Vietnam.
 */
import { fc, test } from "@fast-check/vitest";
import { addBusinessDays } from "date-fns/addBusinessDays";
import { differenceInBusinessDays } from "date-fns/differenceInBusinessDays";
import { format } from "date-fns/format";
import { describe, expect } from "vitest";
import {
  addWorkingDays,
  differenceInWorkingDays,
  isWorkingDay,
  subWorkingDays,
} from "../../src/adapters/date-fns/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";

const calendar = createWorkingCalendar();
const DAY = 86_400_000;
const VN = 7 * 3_600_000;
/** `YYYY-MM-DD` of an instant in Vietnam, by arithmetic (UTC+7 all year). */
const vnIso = (date: Date): string => new Date(date.getTime() + VN).toISOString().slice(0, 10);

/** Any millisecond of 2015–2030. */
const instant = fc
  .integer({ min: Date.UTC(2014, 11, 31, 17), max: Date.UTC(2030, 11, 31, 16, 59, 59, 999) })
  .map((ms) => new Date(ms));
const count = fc.integer({ min: -300, max: 300 });

describe("adapter result = core result on the same inputs", () => {
  test.prop([instant, count], { seed: 20260214, numRuns: 400 })("addWorkingDays", (date, n) => {
    const out = addWorkingDays(date, n);
    expect(vnIso(out)).toBe(calendar.addWorkingDays(date, n)); // the core reads a Date in Vietnam too
    expect((out.getTime() + VN) % DAY).toBe(0); // 00:00 in Vietnam
  });

  test.prop([instant, count], { seed: 20260223, numRuns: 200 })(
    "subWorkingDays(d, n) = addWorkingDays(d, −n)",
    (date, n) => {
      expect(subWorkingDays(date, n).getTime()).toBe(addWorkingDays(date, -n).getTime());
    },
  );

  test.prop([instant], { seed: 20250426, numRuns: 400 })("isWorkingDay", (date) => {
    expect(isWorkingDay(date)).toBe(calendar.isWorkingDay(date));
  });

  test.prop([instant, instant], { seed: 20250902, numRuns: 300 })("differenceInWorkingDays", (later, earlier) => {
    expect(differenceInWorkingDays(later, earlier)).toBe(calendar.workingDaysBetween(earlier, later));
  });

  test.prop([instant, count], { seed: 20250123, numRuns: 300 })(
    "from a working day, differenceInWorkingDays(addWorkingDays(d, n), d) = n",
    (date, n) => {
      fc.pre(isWorkingDay(date));
      expect(differenceInWorkingDays(addWorkingDays(date, n), date)).toBe(n);
    },
  );
});

describe("on a calendar without holidays, date-fns itself (read in Vietnam)", () => {
  // Every weekday holiday of 2013–2033 (the days ±300 working days from 2015–2030 reach) made a working day and every makeup Saturday a day off:
  // Saturday and Sunday are then the only days off, as date-fns assumes.
  const weekdays: string[] = [];
  const makeupSaturdays: string[] = [];
  for (let year = 2013; year <= 2033; year++) {
    for (const day of calendar.holidays(year, { includeMakeupWorkdays: true })) {
      if (day.kind === "makeupWorkday") makeupSaturdays.push(day.date);
      else if (day.weekday >= 1 && day.weekday <= 5) weekdays.push(day.date);
    }
  }
  const weekendsOnly = createWorkingCalendar({ extraWorkingDays: weekdays, extraDaysOff: makeupSaturdays });
  /** date-fns works in the host's zone: give it local noon of the Vietnamese day, read its answer locally. */
  const local = (iso: string): Date => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12);
  };
  const day = fc.integer({ min: 16_436, max: 22_279 }).map((n) => new Date(n * DAY - VN)); // 2015-01-01 … 2030-12-31, 00:00 VN

  test.prop([day, count], { seed: 20150101, numRuns: 400 })("addWorkingDays = addBusinessDays for n ≠ 0", (date, n) => {
    fc.pre(n !== 0); // addBusinessDays(weekend, 0) keeps the weekend day; ours moves to the next working day
    const ours = vnIso(addWorkingDays(date, n, { calendar: weekendsOnly }));
    expect(ours).toBe(format(addBusinessDays(local(vnIso(date)), n), "yyyy-MM-dd"));
  });

  test.prop([day, day], { seed: 20301231, numRuns: 300 })(
    "differenceInWorkingDays = differenceInBusinessDays between working days",
    (later, earlier) => {
      fc.pre(isWorkingDay(later, { calendar: weekendsOnly }) && isWorkingDay(earlier, { calendar: weekendsOnly }));
      expect(differenceInWorkingDays(later, earlier, { calendar: weekendsOnly })).toBe(
        differenceInBusinessDays(local(vnIso(later)), local(vnIso(earlier))),
      );
    },
  );
});

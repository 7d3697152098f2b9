/**
 * Properties of tthc/date-fns (fixed seeds), under whatever TZ the suite runs in: a `Date` names the
 * host's calendar day and the result is the host's midnight of the core's answer for that day; with
 * `in: tz(…)` the zone's day and midnight; and on a calendar without holidays it is date-fns
 * `addBusinessDays` / `differenceInBusinessDays` themselves, with and without `in`.
 */
import { tz } from "@date-fns/tz";
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
const day = (date: Date): string => format(date, "yyyy-MM-dd");
const midnight = (date: Date): string => format(date, "HH:mm:ss.SSS");

/** Any millisecond of 2015–2030. */
const instant = fc.integer({ min: Date.UTC(2015, 0, 2), max: Date.UTC(2030, 11, 30) }).map((ms) => new Date(ms));
const count = fc.integer({ min: -300, max: 300 });
const zone = fc.constantFrom(
  "Asia/Ho_Chi_Minh",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/Los_Angeles",
  "UTC",
);

describe("the host's calendar day in, the host's midnight of the core's answer out", () => {
  test.prop([instant, count], { seed: 20260214, numRuns: 400 })("addWorkingDays", (date, n) => {
    const out = addWorkingDays(date, n);
    expect(day(out)).toBe(calendar.addWorkingDays(day(date), n));
    expect(midnight(out)).toBe("00:00:00.000");
  });

  test.prop([instant, count], { seed: 20260223, numRuns: 200 })(
    "subWorkingDays(d, n) = addWorkingDays(d, −n)",
    (date, n) => {
      expect(subWorkingDays(date, n).getTime()).toBe(addWorkingDays(date, -n).getTime());
    },
  );

  test.prop([instant], { seed: 20250426, numRuns: 400 })("isWorkingDay", (date) => {
    expect(isWorkingDay(date)).toBe(calendar.isWorkingDay(day(date)));
  });

  test.prop([instant, instant], { seed: 20250902, numRuns: 300 })("differenceInWorkingDays", (later, earlier) => {
    expect(differenceInWorkingDays(later, earlier)).toBe(calendar.workingDaysBetween(day(earlier), day(later)));
  });

  test.prop([instant, count], { seed: 20250123, numRuns: 300 })(
    "from a working day, differenceInWorkingDays(addWorkingDays(d, n), d) = n",
    (date, n) => {
      fc.pre(isWorkingDay(date));
      expect(differenceInWorkingDays(addWorkingDays(date, n), date)).toBe(n);
    },
  );
});

describe("with `in: tz(zone)`: the zone's day in, the zone's midnight out", () => {
  test.prop([instant, count, zone], { seed: 20261203, numRuns: 400 })("addWorkingDays", (date, n, name) => {
    const context = tz(name);
    const out = addWorkingDays(date, n, { in: context });
    expect(day(out)).toBe(calendar.addWorkingDays(day(context(date)), n));
    expect(midnight(out)).toBe("00:00:00.000");
    expect(isWorkingDay(date, { in: context })).toBe(calendar.isWorkingDay(day(context(date))));
  });

  test.prop([instant, count], { seed: 20260101, numRuns: 300 })(
    "in Vietnam it agrees with the core, which reads a Date in Vietnam",
    (date, n) => {
      const out = addWorkingDays(date, n, { in: tz("Asia/Ho_Chi_Minh") });
      expect(out.getTime()).toBe(Date.parse(`${calendar.addWorkingDays(date, n)}T00:00:00+07:00`));
    },
  );
});

describe("on a calendar without holidays, date-fns itself", () => {
  // Every weekday holiday of 2013–2033 (the days ±300 working days from 2015–2030 reach) made a working day and every makeup Saturday a day off:
  // Saturday and Sunday are then the only days off, as date-fns assumes.
  const weekdays: string[] = [];
  const makeupSaturdays: string[] = [];
  for (let year = 2013; year <= 2033; year++) {
    for (const holiday of calendar.holidays(year, { includeMakeupWorkdays: true })) {
      if (holiday.kind === "makeupWorkday") makeupSaturdays.push(holiday.date);
      else if (holiday.weekday >= 1 && holiday.weekday <= 5) weekdays.push(holiday.date);
    }
  }
  const weekendsOnly = createWorkingCalendar({ extraWorkingDays: weekdays, extraDaysOff: makeupSaturdays });

  test.prop([instant, count], { seed: 20150101, numRuns: 400 })(
    "addWorkingDays = addBusinessDays for n ≠ 0",
    (date, n) => {
      fc.pre(n !== 0); // addBusinessDays(weekend, 0) keeps the weekend day; ours moves to the next working day
      expect(day(addWorkingDays(date, n, { calendar: weekendsOnly }))).toBe(day(addBusinessDays(date, n)));
    },
  );

  test.prop([instant, count, zone], { seed: 20150102, numRuns: 300 })(
    "with `in`, addWorkingDays = addBusinessDays with the same `in`",
    (date, n, name) => {
      fc.pre(n !== 0);
      const ours = addWorkingDays(date, n, { calendar: weekendsOnly, in: tz(name) });
      expect(day(ours)).toBe(day(addBusinessDays(date, n, { in: tz(name) })));
    },
  );

  test.prop([instant, instant], { seed: 20301231, numRuns: 300 })(
    "differenceInWorkingDays = differenceInBusinessDays between working days",
    (later, earlier) => {
      fc.pre(isWorkingDay(later, { calendar: weekendsOnly }) && isWorkingDay(earlier, { calendar: weekendsOnly }));
      expect(differenceInWorkingDays(later, earlier, { calendar: weekendsOnly })).toBe(
        differenceInBusinessDays(later, earlier),
      );
    },
  );
});

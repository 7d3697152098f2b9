/**
 * Properties of tthc/luxon (fixed seeds): for DateTimes in any zone, the adapter gives the core's
 * answers for the same instants, and its DateTimes are in Asia/Ho_Chi_Minh.
 */
import { fc, test } from "@fast-check/vitest";
import { DateTime } from "luxon";
import { describe, expect } from "vitest";
import {
  addWorkingDays,
  computeDueDateTime,
  isWorkingDay,
  workingDaysBetween,
} from "../../src/adapters/luxon/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate, DURATION_UNITS, type Duration } from "../../src/deadline/index.js";

const calendar = createWorkingCalendar();
const ZONE = "Asia/Ho_Chi_Minh";
const ZONES = [
  "UTC",
  ZONE,
  "America/Los_Angeles",
  "America/St_Johns",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "UTC-12",
  "UTC+14",
];

/** A DateTime at any millisecond of 2015–2030, in any of the zones. */
const dateTime = fc
  .tuple(
    fc.integer({ min: Date.UTC(2014, 11, 31, 17), max: Date.UTC(2030, 11, 31, 16, 59, 59, 999) }),
    fc.constantFrom(...ZONES),
  )
  .map(([ms, zone]) => DateTime.fromMillis(ms, { zone }));
const count = fc.integer({ min: -300, max: 300 });
const duration = fc.constantFrom(...DURATION_UNITS).chain((unit): fc.Arbitrary<Duration> => {
  if (unit === "sameDay") return fc.constant({ value: 1, unit });
  if (unit === "workingHours") return fc.integer({ min: 0, max: 400 }).map((q) => ({ value: q / 4, unit }));
  return fc.integer({ min: 0, max: 60 }).map((value) => ({ value, unit }));
});

describe("adapter result = core result on the same instants", () => {
  test.prop([dateTime, count], { seed: 20260214, numRuns: 400 })("addWorkingDays", (dt, n) => {
    const out = addWorkingDays(dt, n);
    expect(out.toISODate()).toBe(calendar.addWorkingDays(dt.toJSDate(), n));
    expect(out.zoneName).toBe(ZONE);
    expect(out.toMillis()).toBe(out.startOf("day").toMillis());
  });

  test.prop([dateTime], { seed: 20250426, numRuns: 400 })("isWorkingDay", (dt) => {
    expect(isWorkingDay(dt)).toBe(calendar.isWorkingDay(dt.toJSDate()));
  });

  test.prop([dateTime, dateTime], { seed: 20250902, numRuns: 300 })("workingDaysBetween", (a, b) => {
    expect(workingDaysBetween(a, b)).toBe(calendar.workingDaysBetween(a.toJSDate(), b.toJSDate()));
  });

  test.prop([dateTime, duration, fc.option(fc.constantFrom("11:00", "15:00", "16:30"), { nil: undefined })], {
    seed: 20250123,
    numRuns: 300,
  })("computeDueDateTime", (receivedAt, limit, cutoff) => {
    const options = cutoff === undefined ? {} : { cutoff };
    const due = computeDueDateTime({ receivedAt, duration: limit, ...options });
    const core = computeDueDate({ receivedAt: receivedAt.toISO()!, duration: limit, ...options });
    expect(due.dueAt.toISO({ suppressMilliseconds: true })).toBe(core.dueAt);
    expect(due.dueAt.zoneName).toBe(ZONE);
    expect({ ...due, dueAt: core.dueAt }).toEqual(core);
  });
});

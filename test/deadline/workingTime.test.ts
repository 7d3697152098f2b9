/**
 * workingTimeBetween (DL-2, the inverse of adding working hours) and remaining (DL-15: "Còn /
 * Quá x ngày y giờ", 1 day = 8 working hours, overdue derived at an instant).
 * Default working hours (CAL-14 commune preset): 07:00–11:30, 13:30–17:00.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate, remaining, WORKING_HOURS_PRESETS, workingTimeBetween } from "../../src/deadline/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { catchTthc, deepFreeze, expectTthc } from "../_reference/tthcAssert.js";

describe("DL-2 workingTimeBetween", () => {
  it("DL-2 Fri 13/2/2026 16:00 → Mon 23/2/2026 09:00 = 3 h (Fri 16–17, Tết skipped, Mon 07–09)", () => {
    expect(workingTimeBetween("2026-02-13T16:00:00+07:00", "2026-02-23T09:00:00+07:00")).toEqual({
      totalMinutes: 180,
      days: 0,
      hours: 3,
      minutes: 0,
    });
  });

  it("DL-2 negative when reversed, with the magnitude broken down", () => {
    expect(workingTimeBetween("2026-02-23T09:00:00+07:00", "2026-02-13T16:00:00+07:00")).toEqual({
      totalMinutes: -180,
      days: 0,
      hours: 3,
      minutes: 0,
    });
  });

  it("DL-2 an ordinary week is 5 × 8 h; lunch does not count", () => {
    expect(workingTimeBetween("2025-03-03T07:00:00+07:00", "2025-03-10T07:00:00+07:00")).toEqual({
      totalMinutes: 2400,
      days: 5,
      hours: 0,
      minutes: 0,
    });
    // 11:00 → 14:00: 11:00–11:30 + 13:30–14:00 = 60 minutes.
    expect(workingTimeBetween("2025-03-04T11:00:00+07:00", "2025-03-04T14:00:00+07:00").totalMinutes).toBe(60);
    // 11:45 → 13:15, all lunch.
    expect(workingTimeBetween("2025-03-04T11:45:00+07:00", "2025-03-04T13:15:00+07:00").totalMinutes).toBe(0);
  });

  it("DL-2 the 2025 swap: Fri 25/4 07:00 → Mon 5/5 07:00 = 25/4, makeup 26/4, 28/4, 29/4 = 32 h", () => {
    expect(workingTimeBetween("2025-04-25T07:00:00+07:00", "2025-05-05T07:00:00+07:00")).toEqual({
      totalMinutes: 1920,
      days: 4,
      hours: 0,
      minutes: 0,
    });
  });

  it("DL-2 minutes and the breakdown: Tue 4/3/2025 09:10 → Thu 6/3 10:25", () => {
    // Tue 09:10–11:30 (140) + 13:30–17:00 (210) = 350; Wed 480; Thu 07:00–10:25 (205) → 1035 min
    // = 2 days (960) + 1 h 15 min.
    expect(workingTimeBetween("2025-03-04T09:10:00+07:00", "2025-03-06T10:25:00+07:00")).toEqual({
      totalMinutes: 1035,
      days: 2,
      hours: 1,
      minutes: 15,
    });
  });

  it("DL-2 equal instants give 0 (not −0); Dates and other offsets are read in Vietnam time", () => {
    expect(workingTimeBetween("2025-03-04T09:00:00+07:00", "2025-03-04T09:00:00+07:00").totalMinutes).toBe(0);
    expect(workingTimeBetween(new Date("2025-03-04T02:00:00Z"), "2025-03-04T04:00:00+02:00").totalMinutes).toBe(0);
    // 00:00Z = 07:00 +07:00; 03:00Z = 10:00 → 3 h.
    expect(workingTimeBetween(new Date("2025-03-04T00:00:00Z"), new Date("2025-03-04T03:00:00Z")).totalMinutes).toBe(
      180,
    );
  });

  it("DL-5 CAL-14 options: hoursPerWorkingDay, working hours, calendar", () => {
    // 2400 minutes with 10-hour days → 4 days.
    expect(
      workingTimeBetween("2025-03-03T07:00:00+07:00", "2025-03-10T07:00:00+07:00", { hoursPerWorkingDay: 10 }),
    ).toMatchObject({
      days: 4,
      hours: 0,
    });
    // opencps hours 07:30–11:30 / 13:00–17:00: 07:00 → 12:00 counts 07:30–11:30 = 4 h.
    expect(
      workingTimeBetween("2025-03-04T07:00:00+07:00", "2025-03-04T12:00:00+07:00", {
        workingHours: WORKING_HOURS_PRESETS.opencps,
      }).totalMinutes,
    ).toBe(240);
    // A calendar with Sunday rest only: Saturday 8/3/2025 counts 8 h.
    const calendar = createWorkingCalendar({ weekend: [0] });
    expect(
      workingTimeBetween("2025-03-08T00:00:00+07:00", "2025-03-09T00:00:00+07:00", { calendar }).totalMinutes,
    ).toBe(480);
    expect(workingTimeBetween("2025-03-08T00:00:00+07:00", "2025-03-09T00:00:00+07:00").totalMinutes).toBe(0);
  });

  const instant = fc
    .integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2029, 11, 1) })
    .map((ms) => new Date(ms).toISOString());

  test.prop([instant, fc.integer({ min: 0, max: 4800 })], { seed: 20250307, numRuns: 200 })(
    "DL-2 adding H working hours with computeDueDate, then measuring, gives H × 60 minutes",
    (receivedAt, minutes) => {
      const due = computeDueDate({ receivedAt, duration: { value: minutes / 60, unit: "workingHours" } });
      expect(workingTimeBetween(receivedAt, due.dueAt).totalMinutes).toBe(minutes);
      expect(workingTimeBetween(due.dueAt, receivedAt).totalMinutes).toBe(minutes === 0 ? 0 : -minutes);
      const left = remaining(due.dueAt, receivedAt);
      expect(left.overdue).toBe(false);
      expect(left.totalMinutes).toBe(minutes);
    },
  );

  // Whole minutes, since totalMinutes truncates to the minute.
  const minuteInstant = fc
    .integer({ min: Date.UTC(2016, 0, 1) / 60_000, max: Date.UTC(2029, 11, 1) / 60_000 })
    .map((m) => new Date(m * 60_000).toISOString());

  test.prop([minuteInstant, minuteInstant, minuteInstant], { seed: 20260223 })(
    "DL-2 working time is additive over a middle instant",
    (a, b, c) => {
      const [x, y, z] = [a, b, c].sort();
      const xy = workingTimeBetween(x!, y!).totalMinutes;
      const yz = workingTimeBetween(y!, z!).totalMinutes;
      expect(workingTimeBetween(x!, z!).totalMinutes).toBe(xy + yz);
    },
  );
});

describe("DL-15 remaining: 'Còn / Quá x ngày y giờ', 1 day = 8 working hours", () => {
  it("DL-15 Mon 23/2/2026 14:00, due Wed 25/2 17:00: 3 + 8 + 8 = 19 h = 2 days 3 hours left", () => {
    const r = remaining("2026-02-25T17:00:00+07:00", "2026-02-23T14:00:00+07:00");
    expect(r).toMatchObject({ overdue: false, totalMinutes: 1140, days: 2, hours: 3, minutes: 0 });
    expect(r.label).toEqual({ vi: "Còn 2 ngày 3 giờ", en: "2 days 3 hours left" });
  });

  it("DL-15 due Thu 12/2/2026 17:00, now Mon 23/2 09:00: Fri 13/2 8 h + Mon 2 h = 1 day 2 hours overdue", () => {
    const r = remaining("2026-02-12T17:00:00+07:00", "2026-02-23T09:00:00+07:00");
    expect(r).toMatchObject({ overdue: true, days: 1, hours: 2, minutes: 0 });
    expect(Math.abs(r.totalMinutes)).toBe(600);
    expect(r.label).toEqual({ vi: "Quá 1 ngày 2 giờ", en: "1 day 2 hours overdue" });
  });

  it("DL-15 exactly at the due instant: 'Đến hạn', not overdue", () => {
    const r = remaining("2025-03-04T17:00:00+07:00", "2025-03-04T17:00:00+07:00");
    expect(r).toMatchObject({ overdue: false, totalMinutes: 0 });
    expect(r.label.vi).toBe("Đến hạn");
    // The same instant written differently is still "at the due instant".
    expect(remaining("2025-03-04T17:00:00+07:00", new Date("2025-03-04T10:00:00Z")).label.vi).toBe("Đến hạn");
  });

  it("DL-15 overdue is derived at the instant: one millisecond after the due instant is overdue", () => {
    // Due Fri 7/3/2025 17:00; Saturday holds no working time, but the instant is past due.
    const r = remaining("2025-03-07T17:00:00+07:00", "2025-03-08T10:00:00+07:00");
    expect(r.overdue).toBe(true);
    expect(r.totalMinutes).toBe(0);
    expect(r.label.vi.toLowerCase()).toContain("quá hạn");
    expect(remaining("2025-03-07T17:00:00+07:00", "2025-03-07T17:00:00.001+07:00").overdue).toBe(true);
    expect(remaining("2025-03-07T17:00:00+07:00", "2025-03-07T16:59:59.999+07:00").overdue).toBe(false);
  });

  it("DL-15 whole days and singular words", () => {
    // Tue 4/3 17:00 → Wed 5/3 17:00 = 8 h = 1 day.
    const r = remaining("2025-03-05T17:00:00+07:00", "2025-03-04T17:00:00+07:00");
    expect(r).toMatchObject({ days: 1, hours: 0, minutes: 0, totalMinutes: 480 });
    expect(r.label.vi.startsWith("Còn 1 ngày")).toBe(true);
    expect(r.label.en.startsWith("1 day")).toBe(true);
    // 45 minutes left: no days, no hours.
    expect(remaining("2025-03-04T17:00:00+07:00", "2025-03-04T16:15:00+07:00")).toMatchObject({
      overdue: false,
      totalMinutes: 45,
      days: 0,
      hours: 0,
      minutes: 45,
    });
  });

  it("DL-5 DL-15 hoursPerWorkingDay: 19 h with 4-hour days = 4 days 3 hours", () => {
    const r = remaining("2026-02-25T17:00:00+07:00", "2026-02-23T14:00:00+07:00", { hoursPerWorkingDay: 4 });
    expect(r.label.vi).toBe("Còn 4 ngày 3 giờ");
    expect(r.label.en).toBe("4 days 3 hours left");
  });

  it("labels are NFC", () => {
    for (const r of [
      remaining("2026-02-25T17:00:00+07:00", "2026-02-23T14:00:00+07:00"),
      remaining("2026-02-12T17:00:00+07:00", "2026-02-23T09:00:00+07:00"),
      remaining("2025-03-04T17:00:00+07:00", "2025-03-04T17:00:00+07:00"),
    ]) {
      expect(r.label.vi).toBe(r.label.vi.normalize("NFC"));
    }
  });

  it("options are not mutated", () => {
    const options = deepFreeze({
      hoursPerWorkingDay: 8,
      workingHours: {
        intervals: [
          ["07:30", "11:30"],
          ["13:00", "17:00"],
        ],
      },
    } as const);
    const before = structuredClone(options);
    remaining("2026-02-25T17:00:00+07:00", "2026-02-23T14:00:00+07:00", options);
    workingTimeBetween("2026-02-23T14:00:00+07:00", "2026-02-25T17:00:00+07:00", options);
    expect(options).toEqual(before);
  });
});

describe("bad input (code and path)", () => {
  const ok = "2025-03-04T09:00:00+07:00";
  const badInstants: readonly [string, unknown, TthcErrorCode][] = [
    ["29/2 in a common year", "2025-02-29T09:00:00+07:00", "INVALID_INSTANT"],
    ["no offset", "2025-03-04T09:00:00", "INVALID_INSTANT"],
    ["a date", "2025-03-04", "INVALID_INSTANT"],
    ["null", null, "INVALID_INSTANT"],
    ["a number", 42, "INVALID_INSTANT"],
    ["an invalid Date", new Date(Number.NaN), "INVALID_INSTANT"],
    ["before 1975-06-13", "1975-06-12T12:00:00+07:00", "OUT_OF_RANGE"],
    ["after 2199", "2200-01-01T00:00:00+07:00", "OUT_OF_RANGE"],
  ];
  // biome-ignore lint/suspicious/noExplicitAny: values the types refuse
  const any = (v: unknown) => v as any;

  it.each(badInstants)("workingTimeBetween from: %s", (_n, v, code) => {
    expectTthc(() => workingTimeBetween(any(v), ok), code, ["from"]);
  });
  it.each(badInstants)("workingTimeBetween to: %s", (_n, v, code) => {
    expectTthc(() => workingTimeBetween(ok, any(v)), code, ["to"]);
  });
  it.each(badInstants)("remaining dueAt: %s", (_n, v, code) => {
    expectTthc(() => remaining(any(v), ok), code, ["dueAt"]);
  });
  it.each(badInstants)("remaining now: %s", (_n, v, code) => {
    expectTthc(() => remaining(ok, any(v)), code, ["now"]);
  });

  it.each([
    ["unknown key", { hoursPerDay: 8 }, "INVALID_OPTION", ["options", "hoursPerDay"]],
    ["hoursPerWorkingDay 0", { hoursPerWorkingDay: 0 }, "INVALID_OPTION", ["options", "hoursPerWorkingDay"]],
    ["hoursPerWorkingDay a string", { hoursPerWorkingDay: "8" }, "INVALID_OPTION", ["options", "hoursPerWorkingDay"]],
    ["a foreign calendar", { calendar: {} }, "INVALID_OPTION", ["options", "calendar"]],
    ["no intervals", { workingHours: { intervals: [] } }, "INVALID_TIME", ["options", "workingHours", "intervals"]],
    [
      "bad time",
      { workingHours: { intervals: [["7:00", "11:00"]] } },
      "INVALID_TIME",
      ["options", "workingHours", "intervals", 0, 0],
    ],
    ["options a string", "x", "INVALID_OPTION", ["options"]],
    ["options an array", [], "INVALID_OPTION", ["options"]],
  ] as const)("options: %s", (_n, options, code, path) => {
    expectTthc(() => workingTimeBetween(ok, ok, any(options)), code, path);
    expectTthc(() => remaining(ok, ok, any(options)), code, path);
  });

  it("an instant outside the calendar's range → OUT_OF_RANGE", () => {
    expect(catchTthc(() => workingTimeBetween("1999-12-31T09:00:00+07:00", "2000-01-05T09:00:00+07:00")).code).toBe(
      "OUT_OF_RANGE",
    );
    expect(catchTthc(() => remaining("2000-01-05T09:00:00+07:00", "1999-12-31T09:00:00+07:00")).code).toBe(
      "OUT_OF_RANGE",
    );
  });

  // Regression: an instant inside 1975–2199 but outside the calendar's range (default from
  // 2000-01-01) is reported at the argument's name, not at []. TthcErrorOptions.path: "Path of the bad field in the
  // input"; computeDueDate reports the same case at ['receivedAt'].
  it("workingTimeBetween: a `from` before the calendar's range is reported at ['from']", () => {
    expect([
      ...catchTthc(() => workingTimeBetween("1999-12-31T09:00:00+07:00", "2000-01-05T09:00:00+07:00")).path,
    ]).toEqual(["from"]);
  });

  it("remaining: a `now` before the calendar's range is reported at ['now']", () => {
    expect([...catchTthc(() => remaining("2000-01-05T09:00:00+07:00", "1999-12-31T09:00:00+07:00")).path]).toEqual([
      "now",
    ]);
  });
});

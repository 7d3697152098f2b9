/**
 * The WorkingCalendar methods: hand-checked examples around Tết 2025 / 2026 and the 2025 30/4
 * swap (CAL-9, CAL-10), `Date` inputs read in Asia/Ho_Chi_Minh (CAL-15), bad input for every
 * method (STYLE §6) and inputs left untouched (STYLE §3).
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  createWorkingCalendar,
  DEFAULT_CALENDAR_OPTIONS,
  type WorkingCalendarOptions,
} from "../../src/calendar/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";

const calendar = createWorkingCalendar();

// Reference facts (official_schedules.csv):
// Tết 2025: off Sat 25/1 … Sun 2/2/2025; Fri 24/1 and Mon 3/2 are working days.
// 30/4–1/5 2025: Sat 26/4 makeup working day; Wed 30/4, Thu 1/5 holidays; Fri 2/5 swapped day off;
//   Sat 3/5, Sun 4/5 rest; Mon 5/5 working.
// Tết 2026: off Sat 14/2 … Sun 22/2/2026; Fri 13/2 and Mon 23/2 are working days.

describe("isWorkingDay / dayInfo", () => {
  it("CAL-12 Monday–Friday work, Saturday and Sunday rest (an ordinary week, 2025-03-03 … 09)", () => {
    expect(
      ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07", "2025-03-08", "2025-03-09"].map((d) =>
        calendar.isWorkingDay(d),
      ),
    ).toEqual([true, true, true, true, true, false, false]);
    expect(calendar.dayInfo("2025-03-08")).toMatchObject({
      date: "2025-03-08",
      weekday: 6,
      working: false,
      kind: "weekend",
    });
    expect(calendar.dayInfo("2025-03-03")).toMatchObject({
      date: "2025-03-03",
      weekday: 1,
      working: true,
      kind: "workday",
    });
  });

  it("CAL-9 CAL-10 2025 swap: Sat 26/4 makeup working day, Fri 2/5 swapped day off", () => {
    expect(calendar.dayInfo("2025-04-26")).toMatchObject({
      weekday: 6,
      working: true,
      kind: "makeupWorkday",
      block: "victoryAndLabour",
    });
    expect(calendar.dayInfo("2025-05-02")).toMatchObject({
      weekday: 5,
      working: false,
      kind: "swap",
      block: "victoryAndLabour",
    });
    expect(calendar.isWorkingDay("2025-04-26")).toBe(true);
    expect(calendar.isWorkingDay("2025-05-02")).toBe(false);
  });

  it("CAL-4 Tết 2025 and Tết 2026 blocks", () => {
    expect(calendar.isWorkingDay("2025-01-24")).toBe(true);
    expect(calendar.isWorkingDay("2025-01-29")).toBe(false);
    expect(calendar.isWorkingDay("2025-02-03")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-13")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-17")).toBe(false);
    expect(calendar.isWorkingDay("2026-02-23")).toBe(true);
  });
});

describe("nextWorkingDay / previousWorkingDay (strictly after / before)", () => {
  it("across Tết 2025", () => {
    expect(calendar.nextWorkingDay("2025-01-24")).toBe("2025-02-03");
    expect(calendar.nextWorkingDay("2025-01-29")).toBe("2025-02-03");
    expect(calendar.previousWorkingDay("2025-02-03")).toBe("2025-01-24");
    expect(calendar.previousWorkingDay("2025-01-29")).toBe("2025-01-24");
    expect(calendar.nextWorkingDay("2025-01-23")).toBe("2025-01-24");
  });

  it("across the 2025 swap: Fri 25/4 → Sat 26/4; Tue 29/4 → Mon 5/5", () => {
    expect(calendar.nextWorkingDay("2025-04-25")).toBe("2025-04-26");
    expect(calendar.nextWorkingDay("2025-04-26")).toBe("2025-04-28");
    expect(calendar.nextWorkingDay("2025-04-29")).toBe("2025-05-05");
    expect(calendar.previousWorkingDay("2025-05-05")).toBe("2025-04-29");
    expect(calendar.previousWorkingDay("2025-04-28")).toBe("2025-04-26");
  });

  it("across Tết 2026", () => {
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(calendar.previousWorkingDay("2026-02-23")).toBe("2026-02-13");
    expect(calendar.previousWorkingDay("2026-02-22")).toBe("2026-02-13");
  });
});

describe("addWorkingDays", () => {
  it("n > 0: Thu 23/1/2025 + 3 = Tue 4/2/2025 (24/1, 3/2, 4/2)", () => {
    expect(calendar.addWorkingDays("2025-01-23", 3)).toBe("2025-02-04");
    expect(calendar.addWorkingDays("2025-01-23", 1)).toBe("2025-01-24");
    expect(calendar.addWorkingDays("2025-01-23", 2)).toBe("2025-02-03");
  });

  it("n > 0 through the 2025 swap: Fri 25/4 + 2 = Mon 28/4 (Sat 26/4 counts); + 5 = Tue 6/5", () => {
    // 26/4 (1), 28/4 (2), 29/4 (3), 5/5 (4), 6/5 (5)
    expect(calendar.addWorkingDays("2025-04-25", 2)).toBe("2025-04-28");
    expect(calendar.addWorkingDays("2025-04-25", 5)).toBe("2025-05-06");
  });

  it("n > 0 through Tết 2026: Thu 12/2 + 3 = Tue 24/2 (13/2, 23/2, 24/2)", () => {
    expect(calendar.addWorkingDays("2026-02-12", 3)).toBe("2026-02-24");
    expect(calendar.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
  });

  it("n > 0 from a rest day: the n-th working day after it", () => {
    expect(calendar.addWorkingDays("2025-01-29", 1)).toBe("2025-02-03");
    expect(calendar.addWorkingDays("2025-05-03", 1)).toBe("2025-05-05");
  });

  it("n < 0 counts back: Tue 4/2/2025 − 2 = Fri 24/1/2025; Mon 5/5/2025 − 3 = Mon 28/4/2025", () => {
    expect(calendar.addWorkingDays("2025-02-04", -2)).toBe("2025-01-24");
    // back from 5/5: 29/4 (1), 28/4 (2), 26/4 (3)
    expect(calendar.addWorkingDays("2025-05-05", -3)).toBe("2025-04-26");
    // From a rest day, −1 is the last working day before it.
    expect(calendar.addWorkingDays("2026-02-17", -1)).toBe("2026-02-13");
  });

  it("n = 0 on a working day gives the day itself; on a rest day the next working day", () => {
    expect(calendar.addWorkingDays("2025-01-24", 0)).toBe("2025-01-24");
    expect(calendar.addWorkingDays("2025-04-26", 0)).toBe("2025-04-26");
    expect(calendar.addWorkingDays("2025-01-29", 0)).toBe("2025-02-03");
    expect(calendar.addWorkingDays("2026-02-14", 0)).toBe("2026-02-23");
    expect(calendar.addWorkingDays("2025-05-02", 0)).toBe("2025-05-05");
  });

  it("a long count there and back returns to a working start", () => {
    expect(calendar.addWorkingDays(calendar.addWorkingDays("2024-06-03", 500), -500)).toBe("2024-06-03");
  });
});

describe("workingDaysBetween — (from, to]", () => {
  it("excludes from, includes to", () => {
    expect(calendar.workingDaysBetween("2025-01-24", "2025-02-03")).toBe(1);
    expect(calendar.workingDaysBetween("2025-01-23", "2025-02-04")).toBe(3);
    expect(calendar.workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
    expect(calendar.workingDaysBetween("2025-01-25", "2025-02-02")).toBe(0);
    expect(calendar.workingDaysBetween("2025-03-03", "2025-03-03")).toBe(0);
  });

  it("counts the makeup Saturday and skips the swapped Friday: (Thu 24/4, Mon 5/5/2025] = 5", () => {
    // 25/4, 26/4 (makeup), 28/4, 29/4, 5/5
    expect(calendar.workingDaysBetween("2025-04-24", "2025-05-05")).toBe(5);
  });

  it("is negative when to < from", () => {
    expect(calendar.workingDaysBetween("2025-02-03", "2025-01-24")).toBe(-1);
    expect(calendar.workingDaysBetween("2025-02-04", "2025-01-23")).toBe(-3);
    expect(calendar.workingDaysBetween("2025-05-05", "2025-04-24")).toBe(-5);
  });

  it("a full ordinary year: 2027 has 261 weekdays minus 11 weekday holidays/nghỉ bù", () => {
    // 2027: 365 days starting Friday → 52 weeks + Fri 1/1 → 261 weekdays. Weekday days off
    // (holidays.test.ts, 2027): 1/1, 5/2, 8/2, 9/2, 10/2, 11/2, 16/4, 30/4, 3/5, 2/9, 3/9 = 11.
    expect(calendar.workingDaysBetween("2026-12-31", "2027-12-31")).toBe(261 - 11);
  });
});

describe("CAL-15 Date inputs are read in Asia/Ho_Chi_Minh, whatever process.env.TZ", () => {
  const savedTz = process.env["TZ"];
  afterEach(() => {
    if (savedTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = savedTz;
  });

  const run = () => ({
    // 18:00Z on 16/2 = 01:00 on 17/2 in Vietnam (Tết 2026, day 1).
    info: calendar.dayInfo(new Date("2026-02-16T18:00:00Z")),
    // 16:59:59Z = 23:59:59 on Fri 13/2 in Vietnam; 17:00Z = 00:00 on Sat 14/2.
    lastOfFriday: calendar.isWorkingDay(new Date("2026-02-13T16:59:59Z")),
    firstOfSaturday: calendar.isWorkingDay(new Date("2026-02-13T17:00:00Z")),
    add: calendar.addWorkingDays(new Date("2026-02-13T16:59:59Z"), 1),
    next: calendar.nextWorkingDay(new Date("2026-02-13T17:00:00Z")),
    prev: calendar.previousWorkingDay(new Date("2026-02-22T17:00:00Z")),
    between: calendar.workingDaysBetween(new Date("2026-02-12T17:00:00Z"), new Date("2026-02-23T01:00:00Z")),
    // 17:00Z on 31/12/1999 is 00:00 on 1/1/2000 in Vietnam: inside the default range.
    firstDay: calendar.dayInfo(new Date("1999-12-31T17:00:00Z")).date,
  });

  it.each(["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/London"])(
    "CAL-15 under TZ=%s",
    (tz) => {
      process.env["TZ"] = tz;
      const r = run();
      expect(r.info).toMatchObject({ date: "2026-02-17", working: false });
      expect(r.lastOfFriday).toBe(true);
      expect(r.firstOfSaturday).toBe(false);
      expect(r.add).toBe("2026-02-23");
      expect(r.next).toBe("2026-02-23");
      // 22/2 17:00Z = Mon 23/2 00:00 in Vietnam → previous working day Fri 13/2.
      expect(r.prev).toBe("2026-02-13");
      // (Fri 13/2, Mon 23/2] = 1
      expect(r.between).toBe(1);
      expect(r.firstDay).toBe("2000-01-01");
    },
  );

  it("CAL-15 the same results in every zone", () => {
    const offsets: number[] = [];
    const results = ["UTC", "America/Los_Angeles", "Asia/Tokyo"].map((tz) => {
      process.env["TZ"] = tz;
      offsets.push(new Date(0).getTimezoneOffset());
      return JSON.stringify(run());
    });
    // The host zone really changed (UTC 0, Los Angeles +480, Tokyo −540 minutes on 1/1/1970) …
    expect(offsets).toEqual([0, 480, -540]);
    // … and the results did not.
    expect(new Set(results).size).toBe(1);
  });
});

describe("bad input, every method (code and path)", () => {
  const badDates: readonly [string, unknown, TthcErrorCode][] = [
    ["Feb 29 in a common year", "2025-02-29", "INVALID_DATE"],
    ["month 13", "2025-13-01", "INVALID_DATE"],
    ["day 0", "2025-01-00", "INVALID_DATE"],
    ["empty string", "", "INVALID_DATE"],
    ["no zero padding", "2025-1-1", "INVALID_DATE"],
    ["slashes", "2025/01/01", "INVALID_DATE"],
    ["a date-time", "2025-01-01T00:00:00Z", "INVALID_DATE"],
    ["null", null, "INVALID_DATE"],
    ["undefined", undefined, "INVALID_DATE"],
    ["a number", 42, "INVALID_DATE"],
    ["an invalid Date", new Date(Number.NaN), "INVALID_DATE"],
    ["before the default range", "1999-12-31", "OUT_OF_RANGE"],
    ["after the default range", "2200-01-01", "OUT_OF_RANGE"],
    ["a Date before the range (19:00 on 31/12/1999 in Vietnam)", new Date("1999-12-31T12:00:00Z"), "OUT_OF_RANGE"],
  ];
  // biome-ignore lint/suspicious/noExplicitAny: calling the API with values its types refuse
  const cal = calendar as any;

  it.each(badDates)("isWorkingDay: %s", (_name, value, code) => {
    expectTthc(() => cal.isWorkingDay(value), code, ["date"]);
  });
  it.each(badDates)("dayInfo: %s", (_name, value, code) => {
    expectTthc(() => cal.dayInfo(value), code, ["date"]);
  });
  it.each(badDates)("nextWorkingDay: %s", (_name, value, code) => {
    expectTthc(() => cal.nextWorkingDay(value), code, ["date"]);
  });
  it.each(badDates)("previousWorkingDay: %s", (_name, value, code) => {
    expectTthc(() => cal.previousWorkingDay(value), code, ["date"]);
  });
  it.each(badDates)("addWorkingDays start: %s", (_name, value, code) => {
    expectTthc(() => cal.addWorkingDays(value, 1), code, ["start"]);
  });
  it.each(badDates)("workingDaysBetween from: %s", (_name, value, code) => {
    expectTthc(() => cal.workingDaysBetween(value, "2025-03-03"), code, ["from"]);
  });
  it.each(badDates)("workingDaysBetween to: %s", (_name, value, code) => {
    expectTthc(() => cal.workingDaysBetween("2025-03-03", value), code, ["to"]);
  });

  it.each([
    ["NaN", Number.NaN],
    ["1.5", 1.5],
    ["-0.5", -0.5],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a string", "1"],
    ["null", null],
    ["undefined", undefined],
  ] as const)("addWorkingDays days = %s → INVALID_DURATION at ['days']", (_name, days) => {
    expectTthc(() => cal.addWorkingDays("2025-03-03", days), "INVALID_DURATION", ["days"]);
  });

  it("a count that leaves the range → OUT_OF_RANGE", () => {
    // 2199-12-31 is a Tuesday, the last day of the default range.
    expect(calendar.addWorkingDays("2199-12-30", 1)).toBe("2199-12-31");
    expectTthc(() => calendar.addWorkingDays("2199-12-30", 2), "OUT_OF_RANGE", ["days"]);
    expectTthc(() => calendar.addWorkingDays("2025-03-03", 1e9), "OUT_OF_RANGE", ["days"]);
    expectTthc(() => calendar.addWorkingDays("2025-03-03", -1e9), "OUT_OF_RANGE", ["days"]);
    expectTthc(() => calendar.nextWorkingDay("2199-12-31"), "OUT_OF_RANGE", ["date"]);
    // 1/1/2000 Saturday → nghỉ bù Mon 3/1/2000 (CAL-6): the first working day in range is Tue 4/1/2000.
    expect(calendar.addWorkingDays("2000-01-01", 0)).toBe("2000-01-04");
    expectTthc(() => calendar.previousWorkingDay("2000-01-04"), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => calendar.addWorkingDays("2000-01-04", -1), "OUT_OF_RANGE", ["days"]);
  });

  it("holidays(year): non-integer → INVALID_DATE, outside the range → OUT_OF_RANGE, at ['year']", () => {
    expectTthc(() => cal.holidays(2025.5), "INVALID_DATE", ["year"]);
    expectTthc(() => cal.holidays("2025"), "INVALID_DATE", ["year"]);
    expectTthc(() => cal.holidays(Number.NaN), "INVALID_DATE", ["year"]);
    expectTthc(() => cal.holidays(null), "INVALID_DATE", ["year"]);
    expectTthc(() => cal.holidays(1999), "OUT_OF_RANGE", ["year"]);
    expectTthc(() => cal.holidays(2200), "OUT_OF_RANGE", ["year"]);
  });
});

describe("options: range, unknown keys, bad values", () => {
  it("the default range is 2000-01-01..2199-12-31", () => {
    expect(calendar.range).toEqual({ from: "2000-01-01", to: "2199-12-31" });
    expect(DEFAULT_CALENDAR_OPTIONS.range).toEqual({ from: "2000-01-01", to: "2199-12-31" });
    expect(DEFAULT_CALENDAR_OPTIONS.weekend).toEqual([0, 6]);
  });

  it("a custom range refuses dates outside it, even inside a covered year", () => {
    const cal = createWorkingCalendar({ range: { from: "2020-06-01", to: "2021-06-30" } });
    expect(cal.range).toEqual({ from: "2020-06-01", to: "2021-06-30" });
    expectTthc(() => cal.isWorkingDay("2020-05-31"), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => cal.isWorkingDay("2021-07-01"), "OUT_OF_RANGE", ["date"]);
    // Wed 30/6/2021 is the last working day in range.
    expectTthc(() => cal.addWorkingDays("2021-06-30", 1), "OUT_OF_RANGE", ["days"]);
    expect(cal.workingDaysBetween("2020-06-01", "2021-06-30")).toBe(
      calendar.workingDaysBetween("2020-06-01", "2021-06-30"),
    );
    // Reaching back to 1995 is allowed (Labour Code 1994 in force).
    expect(createWorkingCalendar({ range: { from: "1995-01-01" } }).isWorkingDay("1995-01-03")).toBe(true);
  });

  // biome-ignore lint/suspicious/noExplicitAny: options the types refuse
  const create = (options: unknown) => () => createWorkingCalendar(options as any);

  it.each([
    ["unknown key", { weekends: [0, 6] }, "INVALID_OPTION", ["weekends"]],
    ["unknown range key", { range: { start: "2020-01-01" } }, "INVALID_OPTION", ["range", "start"]],
    ["options not an object", [], "INVALID_OPTION", []],
    ["options a string", "2025", "INVALID_OPTION", []],
    ["weekday 7", { weekend: [7] }, "INVALID_OPTION", ["weekend"]],
    ["weekday -1", { weekend: [-1] }, "INVALID_OPTION", ["weekend"]],
    ["weekday 1.5", { weekend: [1.5] }, "INVALID_OPTION", ["weekend"]],
    ["weekend not an array", { weekend: "sat" }, "INVALID_OPTION", ["weekend"]],
    ["every day off", { weekend: [0, 1, 2, 3, 4, 5, 6] }, "INVALID_OPTION", ["weekend"]],
    ["officialScheduleWins not boolean", { officialScheduleWins: "yes" }, "INVALID_OPTION", ["officialScheduleWins"]],
    ["nationalDaySecondDay unknown", { nationalDaySecondDay: "middle" }, "INVALID_OPTION", ["nationalDaySecondDay"]],
    ["range before 1995", { range: { from: "1994-12-31" } }, "OUT_OF_RANGE", ["range"]],
    ["range after 2199", { range: { to: "2200-01-01" } }, "OUT_OF_RANGE", ["range"]],
    ["range from > to", { range: { from: "2030-01-01", to: "2029-12-31" } }, "OUT_OF_RANGE", ["range"]],
    ["range from not a date", { range: { from: "2025-02-29" } }, "INVALID_DATE", ["range", "from"]],
    ["range not an object", { range: "2020..2030" }, "INVALID_OPTION", ["range"]],
    ["extraDaysOff not an array", { extraDaysOff: "2025-03-03" }, "INVALID_OPTION", ["extraDaysOff"]],
    ["extraDaysOff bad date", { extraDaysOff: ["2025-02-29"] }, "INVALID_DATE", ["extraDaysOff", 0]],
    [
      "extraDaysOff bad object date",
      { extraDaysOff: [{ date: "2025-13-01" }] },
      "INVALID_DATE",
      ["extraDaysOff", 0, "date"],
    ],
    [
      "extraDaysOff unknown key",
      { extraDaysOff: [{ date: "2025-03-03", reason: "x" }] },
      "INVALID_OPTION",
      ["extraDaysOff", 0, "reason"],
    ],
    [
      "extraDaysOff bad label",
      { extraDaysOff: [{ date: "2025-03-03", label: 1 }] },
      "INVALID_OPTION",
      ["extraDaysOff", 0, "label"],
    ],
    [
      "extraDaysOff bad source",
      { extraDaysOff: [{ date: "2025-03-03", source: 1 }] },
      "INVALID_OPTION",
      ["extraDaysOff", 0, "source"],
    ],
    ["extraWorkingDays null item", { extraWorkingDays: [null] }, "INVALID_OPTION", ["extraWorkingDays", 0]],
    ["schedules not an object", { schedules: [] }, "INVALID_OPTION", ["schedules"]],
    ["schedules unknown mode", { schedules: { mode: "merge", entries: [] } }, "INVALID_OPTION", ["schedules", "mode"]],
    ["schedules entries missing", { schedules: {} }, "INVALID_OPTION", ["schedules", "entries"]],
    [
      "schedule entry CSV kind spelling",
      {
        schedules: {
          entries: [{ date: "2027-02-05", kind: "swap_day_off", block: "lunarNewYear", year: 2027, source: "x" }],
        },
      },
      "INVALID_OPTION",
      ["schedules", "entries", 0, "kind"],
    ],
    [
      "schedule entry unknown block",
      { schedules: { entries: [{ date: "2027-02-05", kind: "holiday", block: "tet", year: 2027, source: "x" }] } },
      "INVALID_OPTION",
      ["schedules", "entries", 0, "block"],
    ],
    [
      "schedule entry without source",
      {
        schedules: {
          entries: [{ date: "2027-02-05", kind: "holiday", block: "lunarNewYear", year: 2027, source: "" }],
        },
      },
      "INVALID_OPTION",
      ["schedules", "entries", 0, "source"],
    ],
    [
      "schedule entry bad year",
      {
        schedules: {
          entries: [{ date: "2027-02-05", kind: "holiday", block: "lunarNewYear", year: "2027", source: "x" }],
        },
      },
      "INVALID_OPTION",
      ["schedules", "entries", 0, "year"],
    ],
    [
      "schedule entry bad date",
      {
        schedules: {
          entries: [{ date: "2027-02-30", kind: "holiday", block: "lunarNewYear", year: 2027, source: "x" }],
        },
      },
      "INVALID_DATE",
      ["schedules", "entries", 0, "date"],
    ],
    ["statutoryHolidays not an array", { statutoryHolidays: {} }, "INVALID_OPTION", ["statutoryHolidays"]],
    [
      "statutory month 13",
      { statutoryHolidays: [{ id: "x", label: "x", month: 13, day: 1, effectiveFrom: "2027-01-01", source: "x" }] },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "month"],
    ],
    [
      "statutory day 32",
      { statutoryHolidays: [{ id: "x", label: "x", month: 1, day: 32, effectiveFrom: "2027-01-01", source: "x" }] },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "day"],
    ],
    [
      "statutory lunar day 30",
      {
        statutoryHolidays: [
          { id: "x", label: "x", month: 1, day: 30, calendar: "lunar", effectiveFrom: "2027-01-01", source: "x" },
        ],
      },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "day"],
    ],
    [
      "statutory unknown calendar",
      {
        statutoryHolidays: [
          { id: "x", label: "x", month: 1, day: 2, calendar: "julian", effectiveFrom: "2027-01-01", source: "x" },
        ],
      },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "calendar"],
    ],
    [
      "statutory without source",
      { statutoryHolidays: [{ id: "x", label: "x", month: 11, day: 24, effectiveFrom: "2027-01-01" }] },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "source"],
    ],
    [
      "statutory bad effectiveFrom",
      { statutoryHolidays: [{ id: "x", label: "x", month: 11, day: 24, effectiveFrom: "2027-02-29", source: "x" }] },
      "INVALID_DATE",
      ["statutoryHolidays", 0, "effectiveFrom"],
    ],
    [
      "statutory unknown key",
      {
        statutoryHolidays: [
          { id: "x", label: "x", month: 11, day: 24, effectiveFrom: "2027-01-01", source: "x", paid: true },
        ],
      },
      "INVALID_OPTION",
      ["statutoryHolidays", 0, "paid"],
    ],
  ] as const)("%s", (_name, options, code, path) => {
    expectTthc(create(options), code, path);
  });

  it("undefined and {} give the default calendar", () => {
    expect(createWorkingCalendar(undefined).range).toEqual(calendar.range);
    expect(createWorkingCalendar({}).isWorkingDay("2025-05-02")).toBe(false);
  });
});

describe("inputs are never mutated", () => {
  it("deep-frozen options are accepted and left as they were", () => {
    const options: WorkingCalendarOptions = deepFreeze({
      weekend: [6, 0, 6],
      extraDaysOff: [
        "2026-03-20",
        { date: "2026-03-23", label: { vi: "Nghỉ địa phương", en: "Local day off" }, source: "QĐ (test)" },
      ],
      extraWorkingDays: [{ date: "2026-02-20", label: "Trực Tết" }],
      schedules: {
        mode: "extend",
        entries: [{ date: "2027-02-08", kind: "holiday", block: "lunarNewYear", year: 2027, source: "test" }],
      },
      officialScheduleWins: true,
      nationalDaySecondDay: "after",
      statutoryHolidays: [
        {
          id: "x",
          label: { vi: "Ngày Văn hóa Việt Nam", en: "Vietnamese Culture Day" },
          month: 11,
          day: 24,
          effectiveFrom: "2027-01-01",
          source: "test",
        },
      ],
      range: { from: "2000-01-01", to: "2100-12-31" },
    });
    const before = structuredClone(options);
    const cal = createWorkingCalendar(options);
    expect(cal.isWorkingDay("2026-03-20")).toBe(false);
    expect(cal.isWorkingDay("2026-02-20")).toBe(true);
    expect(cal.isWorkingDay("2027-11-24")).toBe(false);
    cal.holidays(2027, { includeMakeupWorkdays: true });
    cal.addWorkingDays("2026-01-05", 300);
    expect(options).toEqual(before);
  });

  it("returned values cannot disturb the calendar", () => {
    const days = calendar.holidays(2025);
    days.length = 0;
    expect(calendar.holidays(2025).length).toBeGreaterThan(0);
    const info = calendar.dayInfo("2025-05-02");
    try {
      (info as { working: boolean }).working = true;
    } catch {
      // frozen: fine
    }
    expect(calendar.isWorkingDay("2025-05-02")).toBe(false);
    expect(calendar.dayInfo("2025-05-02").working).toBe(false);
  });
});

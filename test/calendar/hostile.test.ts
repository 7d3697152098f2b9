/**
 * Hostile input to every export of tthc/calendar (issue 13): each bad argument or option gives a
 * TthcError with a stable code and the path of the bad field, never a TypeError or a silently
 * wrong result, and no input is modified (they are deep-frozen here).
 */
import { describe, expect, it } from "vitest";
import {
  canChi,
  createWorkingCalendar,
  fromLunar,
  hungKingsDate,
  tetDate,
  toLunar,
  type WorkingCalendar,
} from "../../src/calendar/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";

// biome-ignore lint/suspicious/noExplicitAny: inputs the types refuse
type Any = any;
const calendar: WorkingCalendar = createWorkingCalendar();
const LONG = "2026-01-05".repeat(100_000); // 1e6 characters
const nested = (depth: number): unknown => {
  let value: unknown = "2026-01-05";
  for (let i = 0; i < depth; i++) value = { date: value };
  return value;
};
const proto = (json: string): unknown => deepFreeze(JSON.parse(json));

type Case = readonly [name: string, run: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]];

const dateArgs: [string, unknown, TthcErrorCode][] = [
  ["null", null, "INVALID_DATE"],
  ["undefined", undefined, "INVALID_DATE"],
  ["a number", 20260105, "INVALID_DATE"],
  ["NaN", Number.NaN, "INVALID_DATE"],
  ["an invalid Date", new Date(Number.NaN), "INVALID_DATE"],
  ["30 February", "2026-02-30", "INVALID_DATE"],
  ["month 13", "2026-13-01", "INVALID_DATE"],
  ["1e6 characters", LONG, "INVALID_DATE"],
  ["an object", deepFreeze({ date: "2026-01-05" }), "INVALID_DATE"],
  ["a year past the range", "2200-01-01", "OUT_OF_RANGE"],
  ["a Date past the range", new Date(8.64e15), "OUT_OF_RANGE"],
];

const counts: [string, unknown, TthcErrorCode][] = [
  ["null", null, "INVALID_DURATION"],
  ["NaN", Number.NaN, "INVALID_DURATION"],
  ["Infinity", Number.POSITIVE_INFINITY, "INVALID_DURATION"],
  ["-Infinity", Number.NEGATIVE_INFINITY, "INVALID_DURATION"],
  ["1.5", 1.5, "INVALID_DURATION"],
  ["a numeric string", "3", "INVALID_DURATION"],
  ["a bigint", 3n, "INVALID_DURATION"],
  ["1e300", 1e300, "OUT_OF_RANGE"],
  ["-1e300", -1e300, "OUT_OF_RANGE"],
];

const years: [string, unknown, TthcErrorCode][] = [
  ["null", null, "INVALID_DATE"],
  ["a string", "2026", "INVALID_DATE"],
  ["NaN", Number.NaN, "INVALID_DATE"],
  ["Infinity", Number.POSITIVE_INFINITY, "INVALID_DATE"],
  ["2026.5", 2026.5, "INVALID_DATE"],
  ["-0", -0, "OUT_OF_RANGE"],
  ["1e300", 1e300, "OUT_OF_RANGE"],
];

const options: Case[] = [
  ["options null", () => createWorkingCalendar(null as Any), "INVALID_OPTION", []],
  ["options a string", () => createWorkingCalendar("weekend" as Any), "INVALID_OPTION", []],
  ["options an array", () => createWorkingCalendar([] as Any), "INVALID_OPTION", []],
  ["unknown key", () => createWorkingCalendar(deepFreeze({ weekends: [0] }) as Any), "INVALID_OPTION", ["weekends"]],
  [
    "own __proto__ key",
    () => createWorkingCalendar(proto('{"__proto__": {"weekend": [0]}}') as Any),
    "INVALID_OPTION",
    ["__proto__"],
  ],
  [
    "constructor key",
    () => createWorkingCalendar(deepFreeze({ constructor: 1 }) as Any),
    "INVALID_OPTION",
    ["constructor"],
  ],
  ["weekend null", () => createWorkingCalendar({ weekend: null } as Any), "INVALID_OPTION", ["weekend"]],
  // biome-ignore lint/suspicious/noSparseArray: a hole is not a weekday
  ["weekend with a hole", () => createWorkingCalendar({ weekend: [, 6] } as Any), "INVALID_OPTION", ["weekend"]],
  ["weekend NaN", () => createWorkingCalendar({ weekend: [Number.NaN] }), "INVALID_OPTION", ["weekend"]],
  ["weekend '0'", () => createWorkingCalendar({ weekend: ["0"] } as Any), "INVALID_OPTION", ["weekend"]],
  [
    "weekend a huge array",
    () => createWorkingCalendar({ weekend: new Array(1e6).fill(0) }),
    "INVALID_OPTION",
    ["weekend"],
  ],
  [
    "officialScheduleWins 'yes'",
    () => createWorkingCalendar({ officialScheduleWins: "yes" } as Any),
    "INVALID_OPTION",
    ["officialScheduleWins"],
  ],
  [
    "officialScheduleWins null",
    () => createWorkingCalendar({ officialScheduleWins: null } as Any),
    "INVALID_OPTION",
    ["officialScheduleWins"],
  ],
  [
    "nationalDaySecondDay null",
    () => createWorkingCalendar({ nationalDaySecondDay: null } as Any),
    "INVALID_OPTION",
    ["nationalDaySecondDay"],
  ],
  ["range null", () => createWorkingCalendar({ range: null } as Any), "INVALID_OPTION", ["range"]],
  ["range.from null", () => createWorkingCalendar({ range: { from: null } } as Any), "INVALID_DATE", ["range", "from"]],
  [
    "range.from 1e6 characters",
    () => createWorkingCalendar({ range: { from: LONG } }),
    "INVALID_DATE",
    ["range", "from"],
  ],
  [
    "range.to 29 February 2027",
    () => createWorkingCalendar({ range: { to: "2027-02-29" } }),
    "INVALID_DATE",
    ["range", "to"],
  ],
  ["extraDaysOff null", () => createWorkingCalendar({ extraDaysOff: null } as Any), "INVALID_OPTION", ["extraDaysOff"]],
  [
    "extraDaysOff deep nesting",
    () => createWorkingCalendar({ extraDaysOff: [nested(10_000)] } as Any),
    "INVALID_DATE",
    ["extraDaysOff", 0, "date"],
  ],
  [
    "extraDaysOff __proto__ key",
    () => createWorkingCalendar({ extraDaysOff: [proto('{"date": "2026-03-20", "__proto__": {}}')] } as Any),
    "INVALID_OPTION",
    ["extraDaysOff", 0, "__proto__"],
  ],
  [
    "extraWorkingDays label null",
    () => createWorkingCalendar({ extraWorkingDays: [{ date: "2026-03-21", label: null }] } as Any),
    "INVALID_OPTION",
    ["extraWorkingDays", 0, "label"],
  ],
  [
    "schedules.mode null",
    () => createWorkingCalendar({ schedules: { mode: null, entries: [] } } as Any),
    "INVALID_OPTION",
    ["schedules", "mode"],
  ],
  [
    "schedule year NaN",
    () =>
      createWorkingCalendar({
        schedules: {
          entries: [{ date: "2027-02-05", kind: "holiday", block: "lunarNewYear", year: Number.NaN, source: "s" }],
        },
      }),
    "INVALID_OPTION",
    ["schedules", "entries", 0, "year"],
  ],
  [
    "statutory rule on 31 February (would roll into March)",
    () =>
      createWorkingCalendar({
        statutoryHolidays: [{ id: "x", label: "x", month: 2, day: 31, effectiveFrom: "2027-01-01", source: "s" }],
      }),
    "INVALID_OPTION",
    ["statutoryHolidays", 0, "day"],
  ],
  [
    "statutory rule on 31 April",
    () =>
      createWorkingCalendar({
        statutoryHolidays: [{ id: "x", label: "x", month: 4, day: 31, effectiveFrom: "2027-01-01", source: "s" }],
      }),
    "INVALID_OPTION",
    ["statutoryHolidays", 0, "day"],
  ],
  [
    "statutory rule calendar null",
    () =>
      createWorkingCalendar({
        statutoryHolidays: [
          { id: "x", label: "x", month: 1, day: 2, calendar: null, effectiveFrom: "2027-01-01", source: "s" },
        ],
      } as Any),
    "INVALID_OPTION",
    ["statutoryHolidays", 0, "calendar"],
  ],
  ["holidays options null", () => calendar.holidays(2026, null as Any), "INVALID_OPTION", ["options"]],
  ["holidays options a boolean", () => calendar.holidays(2026, true as Any), "INVALID_OPTION", ["options"]],
  [
    "holidays includeMakeupWorkdays 'yes'",
    () => calendar.holidays(2026, { includeMakeupWorkdays: "yes" } as Any),
    "INVALID_OPTION",
    ["options", "includeMakeupWorkdays"],
  ],
  [
    "holidays includeMakeupWorkdays 1",
    () => calendar.holidays(2026, { includeMakeupWorkdays: 1 } as Any),
    "INVALID_OPTION",
    ["options", "includeMakeupWorkdays"],
  ],
  [
    "holidays unknown option",
    () => calendar.holidays(2026, deepFreeze({ includeMakeupWorkday: true }) as Any),
    "INVALID_OPTION",
    ["options", "includeMakeupWorkday"],
  ],
  [
    "holidays __proto__ option",
    () => calendar.holidays(2026, proto('{"__proto__": {"includeMakeupWorkdays": true}}') as Any),
    "INVALID_OPTION",
    ["options", "__proto__"],
  ],
];

const cases: Case[] = [
  ...dateArgs.flatMap(([name, value, code]): Case[] => [
    [`isWorkingDay(${name})`, () => calendar.isWorkingDay(value as Any), code, ["date"]],
    [`dayInfo(${name})`, () => calendar.dayInfo(value as Any), code, ["date"]],
    [`nextWorkingDay(${name})`, () => calendar.nextWorkingDay(value as Any), code, ["date"]],
    [`previousWorkingDay(${name})`, () => calendar.previousWorkingDay(value as Any), code, ["date"]],
    [`addWorkingDays(${name}, 1)`, () => calendar.addWorkingDays(value as Any, 1), code, ["start"]],
    [`workingDaysBetween(${name}, d)`, () => calendar.workingDaysBetween(value as Any, "2026-01-05"), code, ["from"]],
    [`workingDaysBetween(d, ${name})`, () => calendar.workingDaysBetween("2026-01-05", value as Any), code, ["to"]],
    [`toLunar(${name})`, () => toLunar(value as Any), code, ["date"]],
  ]),
  ...counts.map(
    ([name, value, code]): Case => [
      `addWorkingDays(d, ${name})`,
      () => calendar.addWorkingDays("2026-01-05", value as Any),
      code,
      ["days"],
    ],
  ),
  ...years.flatMap(([name, value, code]): Case[] => [
    [`holidays(${name})`, () => calendar.holidays(value as Any), code, ["year"]],
    [`tetDate(${name})`, () => tetDate(value as Any), code, ["year"]],
    [`hungKingsDate(${name})`, () => hungKingsDate(value as Any), code, ["year"]],
    [`canChi(${name})`, () => canChi(value as Any), code, ["year"]],
  ]),
  ["fromLunar(null)", () => fromLunar(null as Any), "INVALID_LUNAR_DATE", []],
  [
    "fromLunar day NaN",
    () => fromLunar({ year: 2026, month: 1, day: Number.NaN, leap: false }),
    "INVALID_LUNAR_DATE",
    ["day"],
  ],
  [
    "fromLunar month Infinity",
    () => fromLunar({ year: 2026, month: Number.POSITIVE_INFINITY, day: 1, leap: false }),
    "INVALID_LUNAR_DATE",
    ["month"],
  ],
  [
    "fromLunar leap 'false'",
    () => fromLunar({ year: 2026, month: 1, day: 1, leap: "false" } as Any),
    "INVALID_LUNAR_DATE",
    ["leap"],
  ],
  [
    // Tháng Chạp Ất Tỵ has 29 days: 29/12 is Mon 16/2/2026, the eve of Tết Bính Ngọ.
    "fromLunar day 30 of a 29-day month",
    () => fromLunar({ year: 2025, month: 12, day: 30, leap: false }),
    "INVALID_LUNAR_DATE",
    ["day"],
  ],
  [
    "fromLunar constructor key",
    () => fromLunar(deepFreeze({ year: 2026, month: 1, day: 1, leap: false, constructor: 1 }) as Any),
    "INVALID_LUNAR_DATE",
    ["constructor"],
  ],
  ...options,
];

describe("tthc/calendar refuses hostile input with a code and a path", () => {
  it.each(cases)("%s", (_name, run, code, path) => {
    expectTthc(run, code, path);
  });
});

describe("boolean options are booleans", () => {
  it("holidays(2026, { includeMakeupWorkdays: true }) lists the makeup Saturday 10/1/2026; false and undefined do not", () => {
    // Tết Dương lịch 2026: swap Fri 2/1 ↔ Sat 10/1 (Công văn 12729/VPCP-KGVX).
    const makeup = (o?: { includeMakeupWorkdays?: boolean }) =>
      calendar.holidays(2026, o).some((d) => d.date === "2026-01-10");
    expect(makeup({ includeMakeupWorkdays: true })).toBe(true);
    expect(makeup({ includeMakeupWorkdays: false })).toBe(false);
    expect(makeup({})).toBe(false);
    expect(makeup()).toBe(false);
  });
});

describe("inputs are never modified, and frozen inputs are accepted", () => {
  it("createWorkingCalendar with deep-frozen options", () => {
    const options = deepFreeze({
      weekend: [0, 6],
      extraDaysOff: ["2026-03-20", { date: "2026-03-23", label: { vi: "Nghỉ", en: "Off" }, source: "QĐ 1" }],
      extraWorkingDays: [{ date: "2026-03-21" }],
      schedules: { mode: "extend" as const, entries: [] },
      statutoryHolidays: [{ id: "x", label: "x", month: 11, day: 24, effectiveFrom: "2027-01-01", source: "s" }],
      range: { from: "2000-01-01", to: "2199-12-31" },
    });
    const before = structuredClone(options);
    const cal = createWorkingCalendar(options);
    expect(cal.isWorkingDay("2026-03-20")).toBe(false);
    expect(cal.holidays(2026, deepFreeze({ includeMakeupWorkdays: true })).length).toBeGreaterThan(0);
    expect(options).toEqual(before);
  });

  it("fromLunar with a frozen date", () => {
    expect(fromLunar(deepFreeze({ year: 2026, month: 1, day: 1, leap: false }))).toBe("2026-02-17");
  });
});

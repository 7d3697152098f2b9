/**
 * Hostile input to every export of tthc/date-fns and tthc/luxon (issue 13): a TthcError with a
 * stable code and the adapter's own parameter name as path, never a TypeError, inputs untouched.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import * as fns from "../../src/adapters/date-fns/index.js";
import * as lux from "../../src/adapters/luxon/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";

// biome-ignore lint/suspicious/noExplicitAny: inputs the types refuse
type Any = any;
const date = new Date("2026-01-05T09:00:00+07:00");
const dt = DateTime.fromISO("2026-01-05T09:00:00+07:00");
/** Objects that claim to be luxon DateTimes. */
const fakes: [string, unknown][] = [
  ["only the mark", { isLuxonDateTime: true, isValid: true }],
  ["no setZone", { isLuxonDateTime: true, isValid: true, toMillis: () => 1.7e12 }],
  ["toMillis NaN", { isLuxonDateTime: true, isValid: true, toMillis: () => Number.NaN, setZone: () => null }],
  ["toMillis a string", { isLuxonDateTime: true, isValid: true, toMillis: () => "1", setZone: () => null }],
  ["invalid", DateTime.invalid("test")],
];
const proto = (json: string): unknown => deepFreeze(JSON.parse(json));

type Case = readonly [name: string, run: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]];

const dateArgs: [string, unknown, TthcErrorCode][] = [
  ["null", null, "INVALID_DATE"],
  ["an ISO string", "2026-01-05", "INVALID_DATE"],
  ["NaN", Number.NaN, "INVALID_DATE"],
  ["Infinity", Number.POSITIVE_INFINITY, "INVALID_DATE"],
  ["1e300", 1e300, "INVALID_DATE"],
  ["-0 (1970, before the range)", -0, "OUT_OF_RANGE"],
  ["an invalid Date", new Date(Number.NaN), "INVALID_DATE"],
];

const cases: Case[] = [
  ...dateArgs.flatMap(([name, value, code]): Case[] => [
    [`date-fns addWorkingDays(${name})`, () => fns.addWorkingDays(value as Any, 1), code, ["date"]],
    [`date-fns subWorkingDays(${name})`, () => fns.subWorkingDays(value as Any, 1), code, ["date"]],
    [`date-fns isWorkingDay(${name})`, () => fns.isWorkingDay(value as Any), code, ["date"]],
    [
      `date-fns differenceInWorkingDays(${name}, d)`,
      () => fns.differenceInWorkingDays(value as Any, date),
      code,
      ["laterDate"],
    ],
    [
      `date-fns differenceInWorkingDays(d, ${name})`,
      () => fns.differenceInWorkingDays(date, value as Any),
      code,
      ["earlierDate"],
    ],
  ]),
  ...[null, Number.NaN, Number.POSITIVE_INFINITY, 1.5, "1", 1n].map(
    (amount): Case => [
      `date-fns addWorkingDays amount ${String(amount)}`,
      () => fns.addWorkingDays(date, amount as Any),
      "INVALID_DURATION",
      ["amount"],
    ],
  ),
  ["date-fns addWorkingDays amount 1e300", () => fns.addWorkingDays(date, 1e300), "OUT_OF_RANGE", ["amount"]],
  ["date-fns subWorkingDays amount NaN", () => fns.subWorkingDays(date, Number.NaN), "INVALID_DURATION", ["amount"]],
  ["date-fns options null", () => fns.isWorkingDay(date, null as Any), "INVALID_OPTION", ["options"]],
  [
    "date-fns options unknown key",
    () => fns.addWorkingDays(date, 1, { calender: 1 } as Any),
    "INVALID_OPTION",
    ["options", "calender"],
  ],
  [
    "date-fns options __proto__",
    () => fns.isWorkingDay(date, proto('{"__proto__": {}}') as Any),
    "INVALID_OPTION",
    ["options", "__proto__"],
  ],
  [
    "date-fns calendar null",
    () => fns.isWorkingDay(date, { calendar: null } as Any),
    "INVALID_OPTION",
    ["options", "calendar"],
  ],
  ...fakes.flatMap(([name, value]): Case[] => [
    [`luxon addWorkingDays(${name})`, () => lux.addWorkingDays(value as Any, 1), "INVALID_DATE", ["start"]],
    [`luxon isWorkingDay(${name})`, () => lux.isWorkingDay(value as Any), "INVALID_DATE", ["date"]],
    [`luxon workingDaysBetween(${name}, d)`, () => lux.workingDaysBetween(value as Any, dt), "INVALID_DATE", ["from"]],
    [`luxon workingDaysBetween(d, ${name})`, () => lux.workingDaysBetween(dt, value as Any), "INVALID_DATE", ["to"]],
    [
      `luxon computeDueDateTime receivedAt ${name}`,
      () => lux.computeDueDateTime({ receivedAt: value as Any, duration: { value: 1, unit: "workingDays" } }),
      "INVALID_INSTANT",
      ["receivedAt"],
    ],
  ]),
  ["luxon addWorkingDays(null)", () => lux.addWorkingDays(null as Any, 1), "INVALID_DATE", ["start"]],
  ["luxon addWorkingDays days NaN", () => lux.addWorkingDays(dt, Number.NaN), "INVALID_DURATION", ["days"]],
  ["luxon addWorkingDays days 1e300", () => lux.addWorkingDays(dt, 1e300), "OUT_OF_RANGE", ["days"]],
  ["luxon options null", () => lux.isWorkingDay(dt, null as Any), "INVALID_OPTION", ["options"]],
  ["luxon computeDueDateTime(null)", () => lux.computeDueDateTime(null as Any), "INVALID_OPTION", []],
  [
    "luxon computeDueDateTime pauses null",
    () => lux.computeDueDateTime({ receivedAt: dt, duration: { value: 1, unit: "workingDays" }, pauses: null } as Any),
    "INVALID_OPTION",
    ["pauses"],
  ],
  [
    "luxon computeDueDateTime pause null",
    () =>
      lux.computeDueDateTime({ receivedAt: dt, duration: { value: 1, unit: "workingDays" }, pauses: [null] } as Any),
    "INVALID_INSTANT",
    ["pauses", 0, "from"],
  ],
  [
    "luxon computeDueDateTime unknown key",
    () =>
      lux.computeDueDateTime({ receivedAt: dt, duration: { value: 1, unit: "workingDays" }, cutof: "15:00" } as Any),
    "INVALID_OPTION",
    ["cutof"],
  ],
  [
    "luxon computeDueDateTime duration 1e9 days",
    () => lux.computeDueDateTime({ receivedAt: dt, duration: { value: 1e9, unit: "workingDays" } }),
    "OUT_OF_RANGE",
    ["duration"],
  ],
];

describe("tthc/date-fns and tthc/luxon refuse hostile input with a code and a path", () => {
  it.each(cases)("%s", (_name, run, code, path) => {
    expectTthc(run, code, path);
  });
});

describe("frozen inputs are accepted and never modified", () => {
  it("Dates, DateTimes and option objects", () => {
    const frozenDate = Object.freeze(new Date(2026, 1, 13, 9)); // Friday 13/2, the host's day
    const options = Object.freeze({});
    expect(fns.addWorkingDays(frozenDate, 1, options).getTime()).toBe(new Date(2026, 1, 23).getTime());
    expect(frozenDate.getTime()).toBe(new Date(2026, 1, 13, 9).getTime());
    const input = Object.freeze({
      receivedAt: dt,
      duration: Object.freeze({ value: 1, unit: "workingDays" as const }),
      pauses: Object.freeze([Object.freeze({ from: dt.plus({ hours: 1 }), to: dt.plus({ hours: 2 }), reason: "x" })]),
    });
    // Due Tue 6/1 17:00, plus the hour paused on Monday: Wed 7/1 08:00 (DL-8).
    expect(lux.computeDueDateTime(input).dueAt.toISO()).toBe("2026-01-07T08:00:00.000+07:00");
    expect(input.receivedAt.toISO()).toBe(dt.toISO());
  });
});

/**
 * Hostile input to every export of tthc/deadline (issue 13): a TthcError with a stable code and
 * the path of the bad field, never a TypeError or a silently wrong result; inputs never modified.
 */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate, remaining, safeComputeDueDate, workingTimeBetween } from "../../src/deadline/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";

// biome-ignore lint/suspicious/noExplicitAny: inputs the types refuse
type Any = any;
const LONG = "2026-01-05T09:00:00+07:00".repeat(40_000); // 1e6 characters
const ok = deepFreeze({ receivedAt: "2026-01-05T09:00:00+07:00", duration: { value: 1, unit: "workingDays" } });
const due = (patch: object) => () => computeDueDate({ ...ok, ...patch } as Any);
const proto = (json: string): unknown => deepFreeze(JSON.parse(json));
let deep: unknown = 1;
for (let i = 0; i < 10_000; i++) deep = { value: deep };

type Case = readonly [name: string, run: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]];

const cases: Case[] = [
  ["input null", () => computeDueDate(null as Any), "INVALID_OPTION", []],
  ["input an array", () => computeDueDate([] as Any), "INVALID_OPTION", []],
  ["unknown key", due({ recievedAt: "x" }), "INVALID_OPTION", ["recievedAt"]],
  ["explain a string", due({ explain: "false" }), "INVALID_OPTION", ["explain"]],
  ["explain null", due({ explain: null }), "INVALID_OPTION", ["explain"]],
  ["explain 0", due({ explain: 0 }), "INVALID_OPTION", ["explain"]],
  ["explain misspelt", due({ explains: false }), "INVALID_OPTION", ["explains"]],
  [
    "own __proto__ key",
    () => computeDueDate(proto('{"__proto__": {"cutoff": "15:00"}}') as Any),
    "INVALID_OPTION",
    ["__proto__"],
  ],
  ["constructor key", due({ constructor: 1 }), "INVALID_OPTION", ["constructor"]],
  ["receivedAt null", due({ receivedAt: null }), "INVALID_INSTANT", ["receivedAt"]],
  ["receivedAt a number", due({ receivedAt: 1.7e12 }), "INVALID_INSTANT", ["receivedAt"]],
  ["receivedAt 30 February", due({ receivedAt: "2026-02-30T09:00:00+07:00" }), "INVALID_INSTANT", ["receivedAt"]],
  ["receivedAt 1e6 characters", due({ receivedAt: LONG }), "INVALID_INSTANT", ["receivedAt"]],
  ["receivedAt an invalid Date", due({ receivedAt: new Date(Number.NaN) }), "INVALID_INSTANT", ["receivedAt"]],
  ["duration null", due({ duration: null }), "INVALID_DURATION", ["duration"]],
  ["duration deep nesting", due({ duration: deep }), "INVALID_DURATION", ["duration", "unit"]],
  [
    "duration value NaN",
    due({ duration: { value: Number.NaN, unit: "workingDays" } }),
    "INVALID_DURATION",
    ["duration", "value"],
  ],
  [
    "duration value Infinity",
    due({ duration: { value: Number.POSITIVE_INFINITY, unit: "workingHours" } }),
    "INVALID_DURATION",
    ["duration", "value"],
  ],
  [
    "duration value -1",
    due({ duration: { value: -1, unit: "calendarDays" } }),
    "INVALID_DURATION",
    ["duration", "value"],
  ],
  [
    "duration value 1.5 days",
    due({ duration: { value: 1.5, unit: "workingDays" } }),
    "INVALID_DURATION",
    ["duration", "value"],
  ],
  [
    "duration value '3'",
    due({ duration: { value: "3", unit: "workingDays" } }),
    "INVALID_DURATION",
    ["duration", "value"],
  ],
  ["sameDay value 2", due({ duration: { value: 2, unit: "sameDay" } }), "INVALID_DURATION", ["duration", "value"]],
  ["unit unknown", due({ duration: { value: 1, unit: "days" } }), "INVALID_DURATION", ["duration", "unit"]],
  // Huge but finite limits leave the calendar: the limit is named, not an internal parameter.
  ["1e9 working days", due({ duration: { value: 1e9, unit: "workingDays" } }), "OUT_OF_RANGE", ["duration"]],
  ["1e300 working days", due({ duration: { value: 1e300, unit: "workingDays" } }), "OUT_OF_RANGE", ["duration"]],
  ["1e9 calendar days", due({ duration: { value: 1e9, unit: "calendarDays" } }), "OUT_OF_RANGE", ["duration"]],
  ["1e9 working hours", due({ duration: { value: 1e9, unit: "workingHours" } }), "OUT_OF_RANGE", ["duration"]],
  ["calendar null", due({ calendar: null }), "INVALID_OPTION", ["calendar"]],
  ["calendar a look-alike", due({ calendar: { ...createWorkingCalendar() } }), "INVALID_OPTION", ["calendar"]],
  ["workingHours null", due({ workingHours: null }), "INVALID_TIME", ["workingHours"]],
  [
    "workingHours intervals deep",
    due({ workingHours: { intervals: [[["07:00"], "11:00"]] } }),
    "INVALID_TIME",
    ["workingHours", "intervals", 0, 0],
  ],
  [
    "workingHours byWeekday __proto__",
    due({ workingHours: proto('{"intervals": [["07:00", "11:00"]], "byWeekday": {"__proto__": []}}') }),
    "INVALID_TIME",
    ["workingHours", "byWeekday", "__proto__"],
  ],
  ["cutoff null", due({ cutoff: null }), "INVALID_TIME", ["cutoff"]],
  ["cutoff 1e6 characters", due({ cutoff: LONG }), "INVALID_TIME", ["cutoff"]],
  ["outOfHoursReceipt null", due({ outOfHoursReceipt: null }), "INVALID_OPTION", ["outOfHoursReceipt"]],
  ["dayCounting null", due({ dayCounting: null }), "INVALID_OPTION", ["dayCounting"]],
  ["appointmentTime 1", due({ appointmentTime: 1 }), "INVALID_OPTION", ["appointmentTime"]],
  ["calendarDayEnd null", due({ calendarDayEnd: null }), "INVALID_OPTION", ["calendarDayEnd"]],
  ["resumeMode 'toString'", due({ resumeMode: "toString" }), "INVALID_OPTION", ["resumeMode"]],
  ["hoursPerWorkingDay null", due({ hoursPerWorkingDay: null }), "INVALID_OPTION", ["hoursPerWorkingDay"]],
  ["hoursPerWorkingDay NaN", due({ hoursPerWorkingDay: Number.NaN }), "INVALID_OPTION", ["hoursPerWorkingDay"]],
  [
    "hoursPerWorkingDay Infinity",
    due({ hoursPerWorkingDay: Number.POSITIVE_INFINITY }),
    "INVALID_OPTION",
    ["hoursPerWorkingDay"],
  ],
  ["hoursPerWorkingDay -0", due({ hoursPerWorkingDay: -0 }), "INVALID_OPTION", ["hoursPerWorkingDay"]],
  ["pauses null", due({ pauses: null }), "INVALID_OPTION", ["pauses"]],
  ["pause null", due({ pauses: [null] }), "INVALID_OPTION", ["pauses", 0]],
  [
    "pause reason a number",
    due({ pauses: [{ from: ok.receivedAt, to: ok.receivedAt, reason: 1 }] }),
    "INVALID_OPTION",
    ["pauses", 0, "reason"],
  ],
  [
    "pause to before from",
    due({ pauses: [{ from: "2026-01-05T10:00:00+07:00", to: "2026-01-05T09:30:00+07:00" }] }),
    "INVALID_INSTANT",
    ["pauses", 0, "to"],
  ],
  [
    "a pause past the calendar's range",
    due({
      calendar: createWorkingCalendar({ range: { to: "2026-12-31" } }),
      pauses: [{ from: "2026-01-05T10:00:00+07:00", to: "2027-06-01T10:00:00+07:00" }],
    }),
    "OUT_OF_RANGE",
    ["pauses"],
  ],
  [
    "workingTimeBetween options null",
    () => workingTimeBetween(ok.receivedAt, ok.receivedAt, null as Any),
    "INVALID_OPTION",
    ["options"],
  ],
  [
    "workingTimeBetween from NaN",
    () => workingTimeBetween(Number.NaN as Any, ok.receivedAt),
    "INVALID_INSTANT",
    ["from"],
  ],
  [
    "workingTimeBetween hoursPerWorkingDay null",
    () => workingTimeBetween(ok.receivedAt, ok.receivedAt, { hoursPerWorkingDay: null } as Any),
    "INVALID_OPTION",
    ["options", "hoursPerWorkingDay"],
  ],
  [
    "workingTimeBetween workingHours null",
    () => workingTimeBetween(ok.receivedAt, ok.receivedAt, { workingHours: null } as Any),
    "INVALID_TIME",
    ["options", "workingHours"],
  ],
  [
    "workingTimeBetween __proto__ option",
    () => workingTimeBetween(ok.receivedAt, ok.receivedAt, proto('{"__proto__": {}}') as Any),
    "INVALID_OPTION",
    ["options", "__proto__"],
  ],
  ["remaining options null", () => remaining(ok.receivedAt, ok.receivedAt, null as Any), "INVALID_OPTION", ["options"]],
  ["remaining dueAt 1e6 characters", () => remaining(LONG, ok.receivedAt), "INVALID_INSTANT", ["dueAt"]],
  ["remaining now undefined", () => remaining(ok.receivedAt, undefined as Any), "INVALID_INSTANT", ["now"]],
];

describe("tthc/deadline refuses hostile input with a code and a path", () => {
  it.each(cases)("%s", (_name, run, code, path) => {
    expectTthc(run, code, path);
  });

  it("safeComputeDueDate returns the same errors instead of throwing", () => {
    const r = safeComputeDueDate({ ...ok, duration: { value: 1e9, unit: "workingDays" } });
    expect(r.success ? null : [r.error.code, [...r.error.path]]).toEqual(["OUT_OF_RANGE", ["duration"]]);
    const n = safeComputeDueDate(null as Any);
    expect(n.success ? null : n.error.code).toBe("INVALID_OPTION");
  });
});

describe("frozen inputs are accepted and never modified", () => {
  it("computeDueDate, workingTimeBetween and remaining", () => {
    const input = deepFreeze({
      ...ok,
      workingHours: {
        intervals: [
          ["07:30", "11:30"],
          ["13:00", "17:00"],
        ],
        byWeekday: { 5: [["07:30", "11:30"]] },
      },
      pauses: [
        { from: "2026-01-07T10:00:00+07:00", to: "2026-01-08T09:00:00+07:00", reason: "bổ sung" },
        { from: "2026-01-05T10:00:00+07:00", to: "2026-01-05T11:00:00+07:00" },
      ],
      cutoff: "15:00",
    });
    const before = structuredClone(input);
    expect(computeDueDate(input as Any).dueDate >= "2026-01-06").toBe(true);
    const options = deepFreeze({ hoursPerWorkingDay: 8, workingHours: input.workingHours });
    workingTimeBetween(ok.receivedAt, "2026-01-06T09:00:00+07:00", options as Any);
    remaining("2026-01-06T17:00:00+07:00", ok.receivedAt, options as Any);
    expect(input).toEqual(before);
  });
});

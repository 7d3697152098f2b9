/**
 * computeDueDate counts working days and working hours with the calendar's ranks instead of walking
 * the days. Here a slow reference written from the rules walks them, one day (and one working
 * interval) at a time, over isWorkingDay, on random receipts across 1995–2199 and spans up to a
 * dozen years: the due date and instant and the days skipped must be the same, and `explain: false`
 * must change nothing but leave out `skipped` and `trace`.
 *
 * Rules applied by the reference (defaults of computeDueDate): the receipt is read in Vietnam time
 * (CAL-15); N working days fall due on the N-th working day after the receipt day (CAL-22), at the
 * end of its working hours (CAL-23), 0 days on the receipt day if it is a working day, else the next
 * one, and never before the receipt; hours count only inside 07:00–11:30 and 13:30–17:00 of working
 * days (DL-2, CAL-14); `skipped` is every day off strictly between the receipt day and the due day.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import {
  computeDueDate,
  type DueDate,
  type DueDateInput,
  WORKING_HOURS_PRESETS,
  workingTimeBetween,
} from "../../src/deadline/index.js";
import { isoOf } from "../_reference/naiveCalendar.js";

const calendar = createWorkingCalendar({ range: { from: "1995-01-01", to: "2199-12-31" } });
const working = (day: number): boolean => calendar.isWorkingDay(isoOf(day));

const MINUTE = 60_000;
const VN = 7 * 3_600_000;
/** The commune preset (CAL-14) in minutes of the day: 07:00–11:30, 13:30–17:00. */
const HOURS = [
  [7 * 60, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
] as const;
const END_OF_DAY = 17 * 60;

/** `YYYY-MM-DDTHH:mm:ss+07:00` of a Vietnam local minute count since 1970. */
function vietnamText(localMinute: number): string {
  return `${new Date(localMinute * MINUTE).toISOString().slice(0, 19)}+07:00`;
}

interface Expected {
  readonly dueAt: string;
  readonly skipped: readonly string[];
}

function skippedBetween(receivedDay: number, dueDay: number): string[] {
  const out: string[] = [];
  for (let d = receivedDay + 1; d < dueDay; d++) if (!working(d)) out.push(isoOf(d));
  return out;
}

/** CAL-22, CAL-23: walk N working days from the receipt day. */
function referenceDays(localMinute: number, n: number): Expected {
  const receivedDay = Math.floor(localMinute / 1440);
  let due = receivedDay;
  if (n === 0) {
    while (!working(due)) due++;
    if (due * 1440 + END_OF_DAY < localMinute) {
      due++;
      while (!working(due)) due++;
    }
  } else {
    for (let left = n; left > 0; ) if (working(++due)) left--;
  }
  return { dueAt: vietnamText(due * 1440 + END_OF_DAY), skipped: skippedBetween(receivedDay, due) };
}

/** DL-2: walk the working intervals from the receipt instant until `minutes` are used up. */
function referenceHours(localMinute: number, minutes: number): Expected {
  const receivedDay = Math.floor(localMinute / 1440);
  if (minutes === 0) return { dueAt: vietnamText(localMinute), skipped: [] };
  let left = minutes;
  for (let day = receivedDay; ; day++) {
    if (!working(day)) continue;
    for (const [from, to] of HOURS) {
      const start = Math.max(day * 1440 + from, localMinute);
      const end = day * 1440 + to;
      if (end <= start) continue;
      if (left <= end - start) {
        const at = start + left;
        return { dueAt: vietnamText(at), skipped: skippedBetween(receivedDay, Math.floor(at / 1440)) };
      }
      left -= end - start;
    }
  }
}

/** A receipt instant in 1995–2187, to the minute, as ISO with the +07:00 offset. */
const receipt = fc.integer({ min: Date.UTC(1995, 0, 1) / MINUTE, max: Date.UTC(2187, 0, 1) / MINUTE });

function both(input: DueDateInput): [DueDate, DueDate] {
  return [computeDueDate(input), computeDueDate({ ...input, explain: false })];
}

describe("computeDueDate by rank = the rules walked day by day", () => {
  test.prop([receipt, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 }))], {
    seed: 20250123,
    numRuns: 300,
  })("N working days (CAL-22, CAL-23)", (utcMinute, n) => {
    const local = utcMinute + VN / MINUTE;
    const receivedAt = vietnamText(local);
    const [full, bare] = both({ receivedAt, duration: { value: n, unit: "workingDays" }, calendar });
    const expected = referenceDays(local, n);
    expect(full.dueAt).toBe(expected.dueAt);
    expect(full.dueDate).toBe(expected.dueAt.slice(0, 10));
    expect(full.skipped.map((d) => d.date)).toEqual(expected.skipped);
    expect(full.skipped.every((d) => !d.working)).toBe(true);
    expect(bare).toEqual({ ...full, skipped: [], trace: [] });
  });

  test.prop([receipt, fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 24_000 }))], {
    seed: 20260213,
    numRuns: 300,
  })("H working hours, in minutes (DL-2)", (utcMinute, minutes) => {
    const local = utcMinute + VN / MINUTE;
    const receivedAt = vietnamText(local);
    const [full, bare] = both({
      receivedAt,
      duration: { value: minutes / 60, unit: "workingHours" },
      calendar,
      workingHours: WORKING_HOURS_PRESETS.commune,
    });
    const expected = referenceHours(local, minutes);
    expect(full.dueAt).toBe(expected.dueAt);
    expect(full.skipped.map((d) => d.date)).toEqual(expected.skipped);
    expect(bare).toEqual({ ...full, skipped: [], trace: [] });
  });
});

/** DL-2: the working minutes in [a, b), walked day by day over the working intervals. */
function referenceBetween(a: number, b: number): number {
  let total = 0;
  for (let day = Math.floor(a / 1440); day <= Math.floor(b / 1440); day++) {
    if (!working(day)) continue;
    for (const [from, to] of HOURS) {
      const start = Math.max(day * 1440 + from, a);
      const end = Math.min(day * 1440 + to, b);
      if (end > start) total += end - start;
    }
  }
  return total;
}

describe("workingTimeBetween by rank = the working minutes walked (DL-2)", () => {
  test.prop([receipt, fc.oneof(fc.integer({ min: 0, max: 4 * 1440 }), fc.integer({ min: 0, max: 4000 * 1440 }))], {
    seed: 20251231,
    numRuns: 200,
  })("from an instant to one up to eleven years later, and back", (utcMinute, span) => {
    const a = utcMinute + VN / MINUTE;
    const b = a + span;
    const options = { calendar, workingHours: WORKING_HOURS_PRESETS.commune };
    const expected = referenceBetween(a, b);
    expect(workingTimeBetween(vietnamText(a), vietnamText(b), options).totalMinutes).toBe(expected);
    expect(workingTimeBetween(vietnamText(b), vietnamText(a), options).totalMinutes).toBe(
      expected === 0 ? 0 : -expected,
    );
  });
});

describe("explain: false", () => {
  test.prop([receipt, fc.integer({ min: 0, max: 200 }), fc.constantFrom("workingDays", "calendarDays", "sameDay")], {
    seed: 20250430,
    numRuns: 100,
  })("the same dates as with the explanation, for every unit, with a pause", (utcMinute, n, unit) => {
    const local = utcMinute + VN / MINUTE;
    const input: DueDateInput = {
      receivedAt: vietnamText(local),
      duration: { value: unit === "sameDay" ? 1 : n, unit },
      calendar,
      cutoff: "15:00",
      pauses: [{ from: vietnamText(local + 600), to: vietnamText(local + 600 + n * 97), reason: "bổ sung hồ sơ" }],
    };
    const [full, bare] = both(input);
    expect(bare).toEqual({ ...full, skipped: [], trace: [] });
    expect(Object.isFrozen(bare.skipped) && Object.isFrozen(bare.trace)).toBe(true);
  });

  test.prop([receipt], { seed: 20240101, numRuns: 5 })(
    "a date off the calendar is still refused (OUT_OF_RANGE at duration)",
    (utcMinute) => {
      const input: DueDateInput = {
        receivedAt: vietnamText(utcMinute + VN / MINUTE),
        duration: { value: 60_000, unit: "workingDays" },
        calendar,
        explain: false,
      };
      expect(() => computeDueDate(input)).toThrow(
        expect.objectContaining({ code: "OUT_OF_RANGE", path: ["duration"] }),
      );
    },
  );
});

// Sanity of the reference itself on a case worked by hand in computeDueDate.test.ts: received Thu
// 23/1/2025 06:45, 3 working days → Tue 4/2/2025 17:00, the nine days of Tết 2025 skipped.
describe("the reference", () => {
  test("agrees with the worked example", () => {
    const local = (Date.parse("2025-01-23T06:45:00+07:00") + VN) / MINUTE;
    const expected = referenceDays(local, 3);
    expect(expected.dueAt).toBe("2025-02-04T17:00:00+07:00");
    expect(expected.skipped).toHaveLength(9);
  });
});

/**
 * computeDueDate / safeComputeDueDate: CAL-15, CAL-18, CAL-20, CAL-22 … CAL-24, DL-1 … DL-5,
 * DL-8, D-2, D-5. Every expected value is worked out by hand in a comment from the rule texts,
 * the announced schedules (official_schedules.csv) and a printed calendar.
 *
 * Default working hours (CAL-14 commune preset): 07:00–11:30, 13:30–17:00.
 */
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { OFFICIAL_SCHEDULE_SOURCES } from "../../src/calendar/sources/index.js";
import {
  computeDueDate,
  type DueDateInput,
  safeComputeDueDate,
  WORKING_HOURS_PRESETS,
  type WorkingHours,
} from "../../src/deadline/index.js";
import type { TthcErrorCode } from "../../src/errors.js";
import { readScheduleCsv } from "../_reference/csv.js";
import { dayNumber, isoOf } from "../_reference/naiveCalendar.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";
import cases from "../fixtures/deadline-cases.json" with { type: "json" };

const wd = (value: number) => ({ value, unit: "workingDays" }) as const;
const wh = (value: number) => ({ value, unit: "workingHours" }) as const;
const cd = (value: number) => ({ value, unit: "calendarDays" }) as const;
const SAME_DAY = { value: 1, unit: "sameDay" } as const;

describe("source-stated cases (test/fixtures/deadline-cases.json)", () => {
  it.each(cases)("$rule $source", (c) => {
    const input = {
      receivedAt: c.receivedAt,
      duration: c.duration as DueDateInput["duration"],
      ...(c.cutoff === undefined ? {} : { cutoff: c.cutoff }),
    };
    expect(computeDueDate(input)).toMatchObject({ receiptDate: c.receiptDate, dueDate: c.dueDate, dueAt: c.dueAt });
  });
});

describe("README example and the RULES worked example", () => {
  it("CAL-22 CAL-23 received Thu 23/1/2025 06:45, 3 working days → Tue 4/2/2025 17:00, across Tết 2025", () => {
    // Receipt day 23/1 not counted; Fri 24/1 (1); Tết block Sat 25/1 … Sun 2/2; Mon 3/2 (2); Tue 4/2 (3).
    const due = computeDueDate({ receivedAt: "2025-01-23T06:45:00+07:00", duration: wd(3) });
    expect(due.dueDate).toBe("2025-02-04");
    expect(due.dueAt).toBe("2025-02-04T17:00:00+07:00");
    expect(due.receiptDate).toBe("2025-01-23");
    expect(due.pausedWorkingMinutes).toBe(0);
    // Skipped: the days off strictly between 23/1 and 4/2 — the nine days of the Tết block.
    expect(due.skipped.map((d) => d.date)).toEqual([
      "2025-01-25",
      "2025-01-26",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-02",
    ]);
    expect(due.skipped.every((d) => !d.working)).toBe(true);
    // The weekdays 27/1 … 31/1 are the CSV's rows, with the CSV's source and a Tết label in both languages.
    const csv = new Map(readScheduleCsv().map((r) => [r.date, r]));
    for (const d of due.skipped.filter((x) => x.weekday >= 1 && x.weekday <= 5)) {
      expect(OFFICIAL_SCHEDULE_SOURCES[d.source ?? ""]).toBe(csv.get(d.date)?.source);
      expect(d.label.vi).toContain("Tết Nguyên đán");
      expect(d.label.en).toContain("Lunar New Year");
    }
    expect(due.skipped.find((d) => d.date === "2025-01-29")?.label.vi).toBe("Tết Nguyên đán Ất Tỵ");
  });

  it.each([
    "2024-03-16T00:00:00+07:00",
    "2024-03-16T08:00:00+07:00",
    "2024-03-16T23:59:59+07:00",
    "2024-03-15T17:30:00Z",
  ])("CAL-18 CAL-22 received Saturday 16/3/2024 (%s), 1 working day → Monday 18/3/2024", (receivedAt) => {
    const due = computeDueDate({ receivedAt, duration: wd(1) });
    expect(due.receiptDate).toBe("2024-03-16");
    expect(due.dueDate).toBe("2024-03-18");
    expect(due.dueAt).toBe("2024-03-18T17:00:00+07:00");
  });
});

describe("CAL-15 instants are read in Asia/Ho_Chi_Minh", () => {
  // 23:30Z on 23/1 = 06:30 on Fri 24/1 in Vietnam → receipt 24/1; 3 working days: 3/2, 4/2, 5/2.
  it.each([
    ["Z", "2025-01-23T23:30:00Z"],
    ["+07:00", "2025-01-24T06:30:00+07:00"],
    ["-05:00", "2025-01-23T18:30:00-05:00"],
    ["+09:00", "2025-01-24T08:30:00+09:00"],
    ["+0530", "2025-01-24T05:00:00+0530"],
    ["fraction", "2025-01-23T23:30:00.000Z"],
    ["Date", new Date(Date.UTC(2025, 0, 23, 23, 30))],
  ] as const)("CAL-15 the same instant written with %s", (_name, receivedAt) => {
    const due = computeDueDate({ receivedAt, duration: wd(3) });
    expect(due.receiptDate).toBe("2025-01-24");
    expect(due.dueDate).toBe("2025-02-05");
    expect(due.trace[0]?.rule).toBe("CAL-15");
    expect(due.trace[0]?.vi).toContain("2025-01-24T06:30:00+07:00");
  });

  it("CAL-15 one second before midnight in Vietnam stays on the earlier day", () => {
    // 16:59:59Z = 23:59:59 on Thu 23/1 in Vietnam → same as the README example.
    expect(computeDueDate({ receivedAt: "2025-01-23T16:59:59Z", duration: wd(3) }).dueDate).toBe("2025-02-04");
    expect(computeDueDate({ receivedAt: "2025-01-23T17:00:00Z", duration: wd(3) }).receiptDate).toBe("2025-01-24");
  });
});

describe("CAL-18 out-of-hours receipt", () => {
  const at = (receivedAt: string, outOfHoursReceipt?: "asRecorded" | "nextWorkingStart") =>
    computeDueDate({ receivedAt, duration: wd(1), ...(outOfHoursReceipt === undefined ? {} : { outOfHoursReceipt }) });

  it("CAL-18 'asRecorded' (default) keeps the recorded date, even a Saturday or an evening", () => {
    expect(at("2024-03-16T10:00:00+07:00").receiptDate).toBe("2024-03-16");
    expect(at("2024-03-16T10:00:00+07:00", "asRecorded").dueDate).toBe("2024-03-18");
    // Fri 15/3 18:00 → receipt Fri 15/3 → due Mon 18/3.
    expect(at("2024-03-15T18:00:00+07:00").dueDate).toBe("2024-03-18");
  });

  it("CAL-18 CAL-19 'nextWorkingStart' rolls to the next working start, which becomes the receipt date", () => {
    // Sat 16/3 10:00 → Mon 18/3 07:00 → due Tue 19/3.
    const sat = at("2024-03-16T10:00:00+07:00", "nextWorkingStart");
    expect(sat.receiptDate).toBe("2024-03-18");
    expect(sat.dueDate).toBe("2024-03-19");
    expect(sat.trace.some((s) => s.rule === "CAL-18")).toBe(true);
    // Fri 15/3 18:00 → Mon 18/3 07:00 → due Tue 19/3.
    expect(at("2024-03-15T18:00:00+07:00", "nextWorkingStart")).toMatchObject({
      receiptDate: "2024-03-18",
      dueDate: "2024-03-19",
    });
    // Fri 13/2/2026 18:00, before Tết → Mon 23/2 07:00 → due Tue 24/2.
    expect(at("2026-02-13T18:00:00+07:00", "nextWorkingStart")).toMatchObject({
      receiptDate: "2026-02-23",
      dueDate: "2026-02-24",
    });
  });

  it("CAL-18 'nextWorkingStart' keeps the day for receipts before the start or at lunch on a working day", () => {
    // Fri 15/3 06:00 → 07:00 the same day; 12:00 → 13:30 the same day. Due Mon 18/3 either way.
    expect(at("2024-03-15T06:00:00+07:00", "nextWorkingStart")).toMatchObject({
      receiptDate: "2024-03-15",
      dueDate: "2024-03-18",
    });
    expect(at("2024-03-15T12:00:00+07:00", "nextWorkingStart")).toMatchObject({
      receiptDate: "2024-03-15",
      dueDate: "2024-03-18",
    });
    expect(at("2024-03-15T09:00:00+07:00", "nextWorkingStart")).toMatchObject({
      receiptDate: "2024-03-15",
      dueDate: "2024-03-18",
    });
  });
});

describe("CAL-20 / DL-4 / D-5 same-day cut-off", () => {
  const sameDay = (receivedAt: string, cutoff?: string) =>
    computeDueDate({ receivedAt, duration: SAME_DAY, ...(cutoff === undefined ? {} : { cutoff }) });

  it("CAL-20 received Thu 14/3/2024 at 14:59 with cut-off 15:00 → due the same day", () => {
    expect(sameDay("2024-03-14T14:59:00+07:00", "15:00")).toMatchObject({
      receiptDate: "2024-03-14",
      dueDate: "2024-03-14",
      dueAt: "2024-03-14T17:00:00+07:00",
    });
  });

  it("CAL-20 exactly 15:00 is not 'sau 15 giờ' (after 15:00) → same day", () => {
    expect(sameDay("2024-03-14T15:00:00+07:00", "15:00").dueDate).toBe("2024-03-14");
  });

  it("CAL-20 received at 15:01 → counts as received on the next working day, due Fri 15/3 17:00", () => {
    const due = sameDay("2024-03-14T15:01:00+07:00", "15:00");
    expect(due).toMatchObject({ receiptDate: "2024-03-15", dueDate: "2024-03-15", dueAt: "2024-03-15T17:00:00+07:00" });
    expect(due.trace.some((s) => s.rule === "CAL-20")).toBe(true);
  });

  it("CAL-20 Friday 13/2/2026 16:00, before Tết 2026 → next working day Monday 23/2/2026", () => {
    expect(sameDay("2026-02-13T16:00:00+07:00", "15:00")).toMatchObject({
      receiptDate: "2026-02-23",
      dueDate: "2026-02-23",
    });
  });

  it("D-5 the cut-off is off unless given: 15:01 without it → the same day", () => {
    expect(sameDay("2024-03-14T15:01:00+07:00").dueDate).toBe("2024-03-14");
  });

  it("CAL-20 / CAL-22 the cut-off leaves a working-day count alone (see cutoff.test.ts)", () => {
    // Thu 14/3 15:01: the receipt day is not counted, working day no. 1 after it is Fri 15/3, cut-off or not.
    expect(computeDueDate({ receivedAt: "2024-03-14T15:01:00+07:00", duration: wd(1), cutoff: "15:00" }).dueDate).toBe(
      "2024-03-15",
    );
    expect(computeDueDate({ receivedAt: "2024-03-14T15:01:00+07:00", duration: wd(1) }).dueDate).toBe("2024-03-15");
  });

  it("DL-4 same day: the working day of receipt, or the next working day when received on a day off", () => {
    expect(sameDay("2025-03-04T10:00:00+07:00").dueAt).toBe("2025-03-04T17:00:00+07:00");
    // Saturday 16/3/2024 → Monday 18/3/2024 (the cut-off applies to working days only).
    expect(sameDay("2024-03-16T16:00:00+07:00", "15:00")).toMatchObject({
      receiptDate: "2024-03-16",
      dueDate: "2024-03-18",
    });
    // Tết day 17/2/2026 → Monday 23/2/2026; the makeup Saturday 26/4/2025 is itself a working day.
    expect(sameDay("2026-02-17T09:00:00+07:00").dueDate).toBe("2026-02-23");
    expect(sameDay("2025-04-26T09:00:00+07:00").dueDate).toBe("2025-04-26");
  });
});

describe("CAL-22 counting working days (receipt day not counted)", () => {
  it("CAL-22 through the 2025 swap: Fri 25/4 + 2 → Mon 28/4 (makeup Sat 26/4 counts); + 5 → Tue 6/5", () => {
    expect(computeDueDate({ receivedAt: "2025-04-25T10:00:00+07:00", duration: wd(2) }).dueDate).toBe("2025-04-28");
    // 26/4 (1), 28/4 (2), 29/4 (3), [30/4, 1/5 holidays, 2/5 swap, 3–4/5 weekend], 5/5 (4), 6/5 (5)
    const due = computeDueDate({ receivedAt: "2025-04-25T10:00:00+07:00", duration: wd(5) });
    expect(due.dueDate).toBe("2025-05-06");
    expect(due.skipped.map((d) => [d.date, d.kind])).toEqual([
      ["2025-04-27", "weekend"],
      ["2025-04-30", "holiday"],
      ["2025-05-01", "holiday"],
      ["2025-05-02", "swap"],
      ["2025-05-03", "weekend"],
      ["2025-05-04", "weekend"],
    ]);
  });

  it("CAL-22 a long limit: Mon 3/3/2025 + 40 working days → Mon 28/4/2025", () => {
    // March 4–31: 20 working days; April 1–4: 24; Mon 7/4 Giỗ Tổ (generated, 10/3 Ất Tỵ); 8–11/4: 28;
    // 14–18/4: 33; 21–25/4: 38; makeup Sat 26/4: 39; Mon 28/4: 40.
    expect(computeDueDate({ receivedAt: "2025-03-03T09:00:00+07:00", duration: wd(40) }).dueDate).toBe("2025-04-28");
  });

  it("CAL-22 received on the makeup Saturday 26/4/2025, 1 working day → Mon 28/4", () => {
    expect(computeDueDate({ receivedAt: "2025-04-26T10:00:00+07:00", duration: wd(1) }).dueDate).toBe("2025-04-28");
  });

  const calendar = createWorkingCalendar();
  const instant = fc
    .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 1) })
    .map((ms) => new Date(ms).toISOString());

  test.prop([instant, fc.integer({ min: 1, max: 120 })], { seed: 20250123 })(
    "CAL-22 due = the N-th working day after the receipt date (property, 2015–2030)",
    (receivedAt, n) => {
      const due = computeDueDate({ receivedAt, duration: wd(n) });
      expect(calendar.workingDaysBetween(due.receiptDate, due.dueDate)).toBe(n);
      expect(calendar.isWorkingDay(due.dueDate)).toBe(true);
      expect(due.dueDate > due.receiptDate).toBe(true);
      // skipped = exactly the days off strictly between receipt and due.
      for (const d of due.skipped) expect(calendar.isWorkingDay(d.date)).toBe(false);
      const span = dayNumber(due.dueDate) - dayNumber(due.receiptDate) - 1;
      expect(due.skipped.length).toBe(span - (n - 1));
    },
  );
});

describe("CAL-23 appointment time", () => {
  it("CAL-23 'endOfWorkingDay' (default) is the end of the due day's working hours", () => {
    expect(computeDueDate({ receivedAt: "2025-03-04T09:15:00+07:00", duration: wd(2) }).dueAt).toBe(
      "2025-03-06T17:00:00+07:00",
    );
  });

  it("CAL-23 'sameClockTime' keeps the receipt's clock time on the due date", () => {
    const at = (receivedAt: string) =>
      computeDueDate({ receivedAt, duration: wd(2), appointmentTime: "sameClockTime" }).dueAt;
    expect(at("2025-03-04T09:15:00+07:00")).toBe("2025-03-06T09:15:00+07:00");
    // Kept within that day's working hours: 18:30 → 17:00, 06:00 → 07:00.
    expect(at("2025-03-04T18:30:00+07:00")).toBe("2025-03-06T17:00:00+07:00");
    expect(at("2025-03-04T06:00:00+07:00")).toBe("2025-03-06T07:00:00+07:00");
    // Read in Vietnam time: 02:15Z = 09:15 +07:00.
    expect(at("2025-03-04T02:15:00Z")).toBe("2025-03-06T09:15:00+07:00");
    // Saturday 16/3/2024 10:20, 1 working day → Monday 18/3 10:20.
    expect(
      computeDueDate({ receivedAt: "2024-03-16T10:20:00+07:00", duration: wd(1), appointmentTime: "sameClockTime" })
        .dueAt,
    ).toBe("2024-03-18T10:20:00+07:00");
  });
});

describe("CAL-24 'workingHoursFromReceipt': N × 8 working hours from the receipt instant", () => {
  const both = (receivedAt: string, n = 1) => ({
    hours: computeDueDate({ receivedAt, duration: wd(n), dayCounting: "workingHoursFromReceipt" }),
    days: computeDueDate({ receivedAt, duration: wd(n) }),
  });

  it("CAL-24 received Tue 4/3/2025 10:00: 8 h → Wed 5/3 10:00, the same day as CAL-22", () => {
    // Tue 10:00–11:30 (1.5 h) + 13:30–17:00 (3.5 h) = 5 h; Wed 07:00 + 3 h = 10:00.
    const { hours, days } = both("2025-03-04T10:00:00+07:00");
    expect(hours.dueAt).toBe("2025-03-05T10:00:00+07:00");
    expect(hours.dueDate).toBe(days.dueDate);
    expect(hours.trace.some((s) => s.rule === "CAL-24")).toBe(true);
  });

  it("CAL-24 received at or before the morning start of a working day → one working day earlier", () => {
    // Tue 4/3 07:00 + 8 h = Tue 17:00; CAL-22 gives Wed 5/3.
    for (const t of ["2025-03-04T07:00:00+07:00", "2025-03-04T06:30:00+07:00", "2025-03-04T00:00:00+07:00"]) {
      const { hours, days } = both(t);
      expect(hours.dueAt, t).toBe("2025-03-04T17:00:00+07:00");
      expect(days.dueDate, t).toBe("2025-03-05");
    }
    // Fri 24/1/2025 06:00, 1 day → Fri 24/1 17:00 (CAL-22: Mon 3/2, the next working day after Tết).
    expect(both("2025-01-24T06:00:00+07:00").hours.dueDate).toBe("2025-01-24");
    expect(both("2025-01-24T06:00:00+07:00").days.dueDate).toBe("2025-02-03");
  });

  it("CAL-24 a receipt rolled from the evening before or from a rest day lands on the same day as CAL-22", () => {
    // Mon 3/3 18:00 → Tue 07:00 → Tue 17:00; CAL-22: Tue 4/3.
    expect(both("2025-03-03T18:00:00+07:00").hours.dueAt).toBe("2025-03-04T17:00:00+07:00");
    expect(both("2025-03-03T18:00:00+07:00").days.dueDate).toBe("2025-03-04");
    // Sat 8/3 10:00 → Mon 10/3 07:00 → Mon 17:00; CAL-22: Mon 10/3.
    expect(both("2025-03-08T10:00:00+07:00").hours.dueAt).toBe("2025-03-10T17:00:00+07:00");
    expect(both("2025-03-08T10:00:00+07:00").days.dueDate).toBe("2025-03-10");
  });

  it("CAL-24 3 days from Tue 4/3 10:00 = 24 h → Fri 7/3 10:00", () => {
    // Tue 5 h, Wed 8 h (13), Thu 8 h (21), Fri 07:00 + 3 h.
    expect(both("2025-03-04T10:00:00+07:00", 3).hours.dueAt).toBe("2025-03-07T10:00:00+07:00");
  });

  it("DL-5 hoursPerWorkingDay turns days into that many hours", () => {
    // 1 day = 4 h from Tue 10:00: 1.5 h to 11:30, then 13:30 + 2.5 h = 16:00.
    const due = computeDueDate({
      receivedAt: "2025-03-04T10:00:00+07:00",
      duration: wd(1),
      dayCounting: "workingHoursFromReceipt",
      hoursPerWorkingDay: 4,
    });
    expect(due.dueAt).toBe("2025-03-04T16:00:00+07:00");
  });

  const calendar = createWorkingCalendar();
  const instant = fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2029, 11, 1) });

  test.prop([instant, fc.integer({ min: 1, max: 30 })], { seed: 20260223 })(
    "CAL-24 same day as CAL-22 except a receipt at or before 07:00 on a working day (one working day earlier)",
    (ms, n) => {
      const receivedAt = new Date(ms).toISOString();
      const hours = computeDueDate({ receivedAt, duration: wd(n), dayCounting: "workingHoursFromReceipt" });
      const days = computeDueDate({ receivedAt, duration: wd(n) });
      const local = new Date(ms + 7 * 3_600_000); // Vietnam wall clock, read with getUTC*
      const minuteOfDay =
        local.getUTCHours() * 60 +
        local.getUTCMinutes() +
        local.getUTCSeconds() / 60 +
        local.getUTCMilliseconds() / 60_000;
      const early = calendar.isWorkingDay(days.receiptDate) && minuteOfDay <= 7 * 60;
      expect(hours.dueDate).toBe(early ? calendar.addWorkingDays(days.dueDate, -1) : days.dueDate);
    },
  );
});

describe("DL-2 working-hour limits", () => {
  const hours = (receivedAt: string, value: number, workingHours?: WorkingHours) =>
    computeDueDate({ receivedAt, duration: wh(value), ...(workingHours === undefined ? {} : { workingHours }) }).dueAt;

  it("DL-2 2 working hours from Friday 16:00 → Monday 08:00 (Fri 16–17, Mon 07–08)", () => {
    expect(hours("2025-03-07T16:00:00+07:00", 2)).toBe("2025-03-10T08:00:00+07:00");
  });

  it("DL-2 lunch is skipped: 1 h from Tue 11:00 → 14:00 (11:00–11:30, 13:30–14:00)", () => {
    expect(hours("2025-03-04T11:00:00+07:00", 1)).toBe("2025-03-04T14:00:00+07:00");
    // 1.5 h from 10:00 ends exactly at 11:30.
    expect(hours("2025-03-04T10:00:00+07:00", 1.5)).toBe("2025-03-04T11:30:00+07:00");
  });

  it("DL-2 nights, rest days and Tết are skipped", () => {
    // Tue 20:00 → Wed 07:00 + 2 h.
    expect(hours("2025-03-04T20:00:00+07:00", 2)).toBe("2025-03-05T09:00:00+07:00");
    // Saturday 16/3/2024 → Monday 18/3 07:00 + 2 h.
    expect(hours("2024-03-16T10:00:00+07:00", 2)).toBe("2024-03-18T09:00:00+07:00");
    // Fri 13/2/2026 16:00: 1 h, then Tết 14/2 … 22/2, Mon 23/2 07:00 + 1 h.
    expect(hours("2026-02-13T16:00:00+07:00", 2)).toBe("2026-02-23T08:00:00+07:00");
    // Fri 25/4/2025 16:00: 1 h, then makeup Saturday 26/4 07:00 + 1 h.
    expect(hours("2025-04-25T16:00:00+07:00", 2)).toBe("2025-04-26T08:00:00+07:00");
  });

  it("DL-2 fractions of an hour in whole minutes: 0.25 h from Tue 17:00 → Wed 07:15", () => {
    expect(hours("2025-03-04T17:00:00+07:00", 0.25)).toBe("2025-03-05T07:15:00+07:00");
  });

  it("CAL-14 the opencps preset 07:30–11:30 / 13:00–17:00: 2 h from Fri 16:00 → Mon 08:30", () => {
    expect(hours("2025-03-07T16:00:00+07:00", 2, WORKING_HOURS_PRESETS.opencps)).toBe("2025-03-10T08:30:00+07:00");
  });

  const custom: WorkingHours = {
    intervals: [
      ["08:00", "12:00"],
      ["13:00", "17:00"],
    ],
    byWeekday: { 5: [["08:00", "12:00"]] }, // Friday mornings only
  };

  it("CAL-14 custom hours with byWeekday: Friday mornings only", () => {
    // 2 h from Fri 7/3/2025 11:00: 11–12 Fri, then Mon 08:00–09:00.
    expect(hours("2025-03-07T11:00:00+07:00", 2, custom)).toBe("2025-03-10T09:00:00+07:00");
    // 1 working day from Thu 6/3 → Fri 7/3, at the end of Friday's hours (12:00).
    expect(
      computeDueDate({ receivedAt: "2025-03-06T10:00:00+07:00", duration: wd(1), workingHours: custom }).dueAt,
    ).toBe("2025-03-07T12:00:00+07:00");
    // Thursday keeps `intervals`: 1 day from Wed → Thu 17:00.
    expect(
      computeDueDate({ receivedAt: "2025-03-05T10:00:00+07:00", duration: wd(1), workingHours: custom }).dueAt,
    ).toBe("2025-03-06T17:00:00+07:00");
  });

  it("CAL-14 a makeup Saturday uses byWeekday[6] if given, else intervals", () => {
    const saturdayMorning: WorkingHours = { ...WORKING_HOURS_PRESETS.commune, byWeekday: { 6: [["07:30", "11:30"]] } };
    const at = (workingHours?: WorkingHours) =>
      computeDueDate({
        receivedAt: "2025-04-25T10:00:00+07:00",
        duration: wd(1),
        ...(workingHours === undefined ? {} : { workingHours }),
      }).dueAt;
    expect(at()).toBe("2025-04-26T17:00:00+07:00");
    expect(at(saturdayMorning)).toBe("2025-04-26T11:30:00+07:00");
  });
});

describe("DL-3 calendar-day limits", () => {
  const days = (receivedAt: string, n: number, calendarDayEnd?: "nextWorkingDay" | "asIs") =>
    computeDueDate({ receivedAt, duration: cd(n), ...(calendarDayEnd === undefined ? {} : { calendarDayEnd }) });

  it("DL-3 every day counts: Mon 3/3/2025 + 3 → Thu 6/3", () => {
    expect(days("2025-03-03T10:00:00+07:00", 3).dueDate).toBe("2025-03-06");
  });

  it("DL-3 ending on a day off moves to the next working day (default)", () => {
    // Wed 4/2/2026 + 10 = Sat 14/2, inside Tết 2026 → Mon 23/2.
    expect(days("2026-02-04T10:00:00+07:00", 10).dueDate).toBe("2026-02-23");
    // Mon 3/3/2025 + 5 = Sat 8/3 → Mon 10/3.
    expect(days("2025-03-03T10:00:00+07:00", 5).dueDate).toBe("2025-03-10");
    // Tue 22/4/2025 + 10 = Fri 2/5, a swapped day off → Mon 5/5.
    expect(days("2025-04-22T10:00:00+07:00", 10).dueDate).toBe("2025-05-05");
  });

  it("DL-3 'asIs' keeps the day off", () => {
    expect(days("2026-02-04T10:00:00+07:00", 10, "asIs").dueDate).toBe("2026-02-14");
    expect(days("2025-04-22T10:00:00+07:00", 10, "asIs").dueDate).toBe("2025-05-02");
  });
});

describe("DL-8 pauses (supplement requests)", () => {
  // Received Mon 3/3/2025 09:00, 5 working days → Mon 10/3 17:00 (4, 5, 6, 7, 10/3).
  const base = { receivedAt: "2025-03-03T09:00:00+07:00", duration: wd(5) } as const;
  const overWeekend = { from: "2025-03-07T16:00:00+07:00", to: "2025-03-10T09:00:00+07:00", reason: "bổ sung hồ sơ" };

  it("DL-8 no pause: Mon 10/3 17:00", () => {
    expect(computeDueDate(base).dueAt).toBe("2025-03-10T17:00:00+07:00");
  });

  it("DL-8 'extendByPausedWorkingTime' (default): a pause over a weekend adds only the working time inside it", () => {
    // Paused Fri 16:00 → Mon 09:00: Fri 16–17 (60) + Mon 07–09 (120) = 180 working minutes.
    // Due Mon 10/3 17:00 + 3 h → Tue 11/3 10:00.
    const due = computeDueDate({ ...base, pauses: [overWeekend] });
    expect(due.pausedWorkingMinutes).toBe(180);
    expect(due.dueAt).toBe("2025-03-11T10:00:00+07:00");
    expect(due.dueDate).toBe("2025-03-11");
    expect(due.trace.some((s) => s.rule === "DL-8" && s.vi.includes("bổ sung hồ sơ"))).toBe(true);
  });

  const insideWeekend = { from: "2025-03-08T08:00:00+07:00", to: "2025-03-09T20:00:00+07:00" };

  it("DL-8 a pause inside the weekend holds no working time", () => {
    expect(computeDueDate({ ...base, pauses: [insideWeekend] }).pausedWorkingMinutes).toBe(0);
  });

  // Regression: extending the due instant by 0 working minutes must not move it. The due instant
  // Mon 10/3 17:00 is the end of a working interval; DL-8 / DueDateInput.resumeMode: "extend the due
  // instant by the working time paused" — by 0 here, so Mon 10/3 17:00 stays.
  it("DL-8 a pause inside the weekend leaves the due instant where it was", () => {
    expect(computeDueDate({ ...base, pauses: [insideWeekend] }).dueAt).toBe("2025-03-10T17:00:00+07:00");
  });

  // Same, other trigger: a pause wholly before receipt is clipped to nothing (0 working minutes).
  it("DL-8 a pause wholly before receipt changes nothing", () => {
    const due = computeDueDate({
      ...base,
      pauses: [{ from: "2025-03-01T00:00:00+07:00", to: "2025-03-02T10:00:00+07:00" }],
    });
    expect(due.dueAt).toBe("2025-03-10T17:00:00+07:00");
  });

  it("DL-8 'restart': the full limit again from the resumption", () => {
    // Resumed Mon 10/3 09:00 → 5 working days after Mon 10/3: 11, 12, 13, 14, 17/3 → Mon 17/3 17:00.
    const due = computeDueDate({ ...base, pauses: [overWeekend], resumeMode: "restart" });
    expect(due.dueAt).toBe("2025-03-17T17:00:00+07:00");
  });

  it("DL-8 'shiftByCalendarDays': the due date moves by the calendar days paused", () => {
    // Paused 7/3 → 10/3 = 3 calendar days; Mon 10/3 + 3 = Thu 13/3, at the same time (17:00).
    const due = computeDueDate({ ...base, pauses: [overWeekend], resumeMode: "shiftByCalendarDays" });
    expect(due.dueAt).toBe("2025-03-13T17:00:00+07:00");
  });

  // Regression: the pause's start was compared, in UTC, with the due instant in Vietnam time, so a
  // pause beginning less than 7 hours after the due instant still moved it.
  it("DL-8 a pause beginning after the due instant, the same evening or the next morning, stops nothing", () => {
    // Due Mon 10/3 17:00. A supplement requested at 18:00 that evening (1 h late), or at 07:30 on
    // Tue 11/3, comes after the time ran out: the due instant stays Mon 10/3 17:00, in every mode.
    for (const from of ["2025-03-10T18:00:00+07:00", "2025-03-10T23:30:00+07:00", "2025-03-11T07:30:00+07:00"]) {
      const pauses = [{ from, to: "2025-03-12T09:00:00+07:00" }];
      for (const resumeMode of ["extendByPausedWorkingTime", "restart", "shiftByCalendarDays"] as const) {
        const due = computeDueDate({ ...base, pauses, resumeMode });
        expect(due.dueAt).toBe("2025-03-10T17:00:00+07:00");
        expect(due.pausedWorkingMinutes).toBe(0);
      }
    }
    // One minute before the due instant, it does pause: Mon 16:59 → Wed 12/3 09:00 holds 1 + 8 × 60
    // (Tue) + 120 (Wed 07:00–09:00) = 601 working minutes.
    const justBefore = computeDueDate({
      ...base,
      pauses: [{ from: "2025-03-10T16:59:00+07:00", to: "2025-03-12T09:00:00+07:00" }],
    });
    expect(justBefore.pausedWorkingMinutes).toBe(601);
  });

  it("DL-8 a pause after the due instant stops nothing; one before receipt counts from receipt", () => {
    const late = computeDueDate({
      ...base,
      pauses: [{ from: "2025-03-12T09:00:00+07:00", to: "2025-03-13T09:00:00+07:00" }],
    });
    expect(late.dueAt).toBe("2025-03-10T17:00:00+07:00");
    expect(late.pausedWorkingMinutes).toBe(0);
    // Paused from 1/3 to Mon 3/3 10:00, received 09:00: only 09:00–10:00 counts → + 1 h → Tue 11/3 08:00.
    const early = computeDueDate({
      ...base,
      pauses: [{ from: "2025-03-01T00:00:00+07:00", to: "2025-03-03T10:00:00+07:00" }],
    });
    expect(early.pausedWorkingMinutes).toBe(60);
    expect(early.dueAt).toBe("2025-03-11T08:00:00+07:00");
  });

  it("DL-8 several pauses add up (given in any order, as Dates or strings)", () => {
    // Tue 4/3 09:00–10:00 (60) and Wed 5/3 14:00–15:00 (60) → + 2 h → Tue 11/3 09:00.
    const due = computeDueDate({
      ...base,
      pauses: [
        { from: new Date("2025-03-05T07:00:00Z"), to: new Date("2025-03-05T08:00:00Z") },
        { from: "2025-03-04T09:00:00+07:00", to: "2025-03-04T10:00:00+07:00" },
      ],
    });
    expect(due.pausedWorkingMinutes).toBe(120);
    expect(due.dueAt).toBe("2025-03-11T09:00:00+07:00");
  });
});

describe("DL-1 safeComputeDueDate: error codes and paths", () => {
  const ok: DueDateInput = { receivedAt: "2025-03-03T09:00:00+07:00", duration: wd(1) };
  const cases: readonly [string, unknown, TthcErrorCode, readonly (string | number)[]][] = [
    [
      "receivedAt 29/2 in a common year",
      { ...ok, receivedAt: "2025-02-29T09:00:00+07:00" },
      "INVALID_INSTANT",
      ["receivedAt"],
    ],
    ["receivedAt without an offset", { ...ok, receivedAt: "2025-03-03T09:00:00" }, "INVALID_INSTANT", ["receivedAt"]],
    ["receivedAt a bare date", { ...ok, receivedAt: "2025-03-03" }, "INVALID_INSTANT", ["receivedAt"]],
    ["receivedAt hour 24", { ...ok, receivedAt: "2025-03-03T24:00:00+07:00" }, "INVALID_INSTANT", ["receivedAt"]],
    ["receivedAt an invalid Date", { ...ok, receivedAt: new Date(Number.NaN) }, "INVALID_INSTANT", ["receivedAt"]],
    ["receivedAt a number", { ...ok, receivedAt: 1_741_000_000_000 }, "INVALID_INSTANT", ["receivedAt"]],
    ["receivedAt missing", { duration: wd(1) }, "INVALID_INSTANT", ["receivedAt"]],
    [
      "receivedAt before 1975-06-13",
      { ...ok, receivedAt: "1975-06-12T12:00:00+07:00" },
      "OUT_OF_RANGE",
      ["receivedAt"],
    ],
    ["receivedAt after 2199", { ...ok, receivedAt: "2200-01-01T00:00:00+07:00" }, "OUT_OF_RANGE", ["receivedAt"]],
    [
      "duration value -1",
      { ...ok, duration: { value: -1, unit: "workingDays" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    [
      "duration value NaN",
      { ...ok, duration: { value: Number.NaN, unit: "workingDays" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    [
      "duration value 1.5 days",
      { ...ok, duration: { value: 1.5, unit: "workingDays" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    [
      "duration value Infinity",
      { ...ok, duration: { value: Number.POSITIVE_INFINITY, unit: "calendarDays" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    [
      "duration value a string",
      { ...ok, duration: { value: "3", unit: "workingDays" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    [
      "hours not in whole minutes",
      { ...ok, duration: { value: 0.01, unit: "workingHours" } },
      "INVALID_DURATION",
      ["duration", "value"],
    ],
    ["sameDay value 2", { ...ok, duration: { value: 2, unit: "sameDay" } }, "INVALID_DURATION", ["duration", "value"]],
    ["unknown unit", { ...ok, duration: { value: 3, unit: "days" } }, "INVALID_DURATION", ["duration", "unit"]],
    ["missing unit", { ...ok, duration: { value: 3 } }, "INVALID_DURATION", ["duration", "unit"]],
    ["a bare number (DL-1)", { ...ok, duration: 3 }, "INVALID_DURATION", ["duration"]],
    ["duration null", { ...ok, duration: null }, "INVALID_DURATION", ["duration"]],
    [
      "unknown duration key",
      { ...ok, duration: { value: 3, unit: "workingDays", channel: "online" } },
      "INVALID_DURATION",
      ["duration", "channel"],
    ],
    ["unknown key", { ...ok, recievedAt: "2025-03-03T09:00:00+07:00" }, "INVALID_OPTION", ["recievedAt"]],
    ["cutoff 25:00", { ...ok, cutoff: "25:00" }, "INVALID_TIME", ["cutoff"]],
    ["cutoff 15h", { ...ok, cutoff: "15h" }, "INVALID_TIME", ["cutoff"]],
    ["cutoff 15:60", { ...ok, cutoff: "15:60" }, "INVALID_TIME", ["cutoff"]],
    ["cutoff a number", { ...ok, cutoff: 15 }, "INVALID_TIME", ["cutoff"]],
    ["outOfHoursReceipt unknown", { ...ok, outOfHoursReceipt: "never" }, "INVALID_OPTION", ["outOfHoursReceipt"]],
    ["dayCounting unknown", { ...ok, dayCounting: "calendar" }, "INVALID_OPTION", ["dayCounting"]],
    ["appointmentTime unknown", { ...ok, appointmentTime: "noon" }, "INVALID_OPTION", ["appointmentTime"]],
    ["calendarDayEnd unknown", { ...ok, calendarDayEnd: "previousWorkingDay" }, "INVALID_OPTION", ["calendarDayEnd"]],
    ["resumeMode unknown", { ...ok, resumeMode: "reset" }, "INVALID_OPTION", ["resumeMode"]],
    ["hoursPerWorkingDay 0", { ...ok, hoursPerWorkingDay: 0 }, "INVALID_OPTION", ["hoursPerWorkingDay"]],
    ["hoursPerWorkingDay 25", { ...ok, hoursPerWorkingDay: 25 }, "INVALID_OPTION", ["hoursPerWorkingDay"]],
    ["hoursPerWorkingDay NaN", { ...ok, hoursPerWorkingDay: Number.NaN }, "INVALID_OPTION", ["hoursPerWorkingDay"]],
    ["a foreign calendar", { ...ok, calendar: { isWorkingDay: () => true } }, "INVALID_OPTION", ["calendar"]],
    [
      "workingHours backwards",
      { ...ok, workingHours: { intervals: [["11:30", "07:00"]] } },
      "INVALID_TIME",
      ["workingHours", "intervals", 0],
    ],
    [
      "workingHours overlapping",
      {
        ...ok,
        workingHours: {
          intervals: [
            ["07:00", "12:00"],
            ["11:00", "17:00"],
          ],
        },
      },
      "INVALID_TIME",
      ["workingHours", "intervals", 1],
    ],
    [
      "workingHours bad end",
      { ...ok, workingHours: { intervals: [["07:00", "25:00"]] } },
      "INVALID_TIME",
      ["workingHours", "intervals", 0, 1],
    ],
    ["workingHours empty", { ...ok, workingHours: { intervals: [] } }, "INVALID_TIME", ["workingHours", "intervals"]],
    [
      "workingHours unknown key",
      { ...ok, workingHours: { intervals: [["07:00", "11:00"]], lunch: 1 } },
      "INVALID_TIME",
      ["workingHours", "lunch"],
    ],
    [
      "byWeekday 7",
      { ...ok, workingHours: { intervals: [["07:00", "11:00"]], byWeekday: { 7: [["07:00", "11:00"]] } } },
      "INVALID_TIME",
      ["workingHours", "byWeekday", "7"],
    ],
    ["pauses not an array", { ...ok, pauses: {} }, "INVALID_OPTION", ["pauses"]],
    ["a pause null", { ...ok, pauses: [null] }, "INVALID_OPTION", ["pauses", 0]],
    [
      "a pause bad from",
      { ...ok, pauses: [{ from: "2025-03-04", to: "2025-03-04T10:00:00+07:00" }] },
      "INVALID_INSTANT",
      ["pauses", 0, "from"],
    ],
    [
      "a pause ending first",
      { ...ok, pauses: [{ from: "2025-03-04T10:00:00+07:00", to: "2025-03-04T09:00:00+07:00" }] },
      "INVALID_INSTANT",
      ["pauses", 0, "to"],
    ],
    [
      "a pause unknown key",
      { ...ok, pauses: [{ from: "2025-03-04T09:00:00+07:00", to: "2025-03-04T10:00:00+07:00", by: "x" }] },
      "INVALID_OPTION",
      ["pauses", 0, "by"],
    ],
    [
      "a pause reason not text",
      { ...ok, pauses: [{ from: "2025-03-04T09:00:00+07:00", to: "2025-03-04T10:00:00+07:00", reason: 1 }] },
      "INVALID_OPTION",
      ["pauses", 0, "reason"],
    ],
    [
      "overlapping pauses",
      {
        ...ok,
        pauses: [
          { from: "2025-03-04T09:00:00+07:00", to: "2025-03-04T11:00:00+07:00" },
          { from: "2025-03-04T10:00:00+07:00", to: "2025-03-04T14:00:00+07:00" },
        ],
      },
      "INVALID_INSTANT",
      ["pauses"],
    ],
    [
      "a same-day receipt before the calendar's range",
      { ...ok, receivedAt: "1999-12-31T09:00:00+07:00", duration: SAME_DAY },
      "OUT_OF_RANGE",
      ["receivedAt"],
    ],
    [
      "an hour limit received before the calendar's range",
      { ...ok, receivedAt: "1999-12-31T09:00:00+07:00", duration: wh(1) },
      "OUT_OF_RANGE",
      ["receivedAt"],
    ],
    [
      "a result after the calendar's range",
      { ...ok, receivedAt: "2199-12-30T09:00:00+07:00", duration: wd(5) },
      "OUT_OF_RANGE",
      ["duration"],
    ],
  ];

  it.each(cases)("%s", (_name, input, code, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: inputs the types refuse
    const result = safeComputeDueDate(input as any);
    expect(result.success).toBe(false);
    if (!result.success)
      expect({ code: result.error.code, path: [...result.error.path] }).toEqual({ code, path: [...path] });
    // biome-ignore lint/suspicious/noExplicitAny: the throwing twin fails the same way
    expectTthc(() => computeDueDate(input as any), code, path);
  });

  it.each([null, undefined, "2025-03-03T09:00:00+07:00", []])(
    "input %j is refused with INVALID_OPTION at []",
    (input) => {
      // biome-ignore lint/suspicious/noExplicitAny: inputs the types refuse
      expectTthc(() => computeDueDate(input as any), "INVALID_OPTION", []);
    },
  );

  it("success returns { success: true, data }", () => {
    const result = safeComputeDueDate(ok);
    expect(result).toEqual({ success: true, data: computeDueDate(ok) });
    if (result.success) expect(result.data.dueDate).toBe("2025-03-04");
  });
});

describe("inputs untouched, results independent of the host zone", () => {
  it("deep-frozen inputs are accepted and not mutated", () => {
    const input = deepFreeze({
      receivedAt: "2025-03-03T09:00:00+07:00",
      duration: { value: 5, unit: "workingDays" },
      workingHours: {
        intervals: [
          ["07:30", "11:30"],
          ["13:00", "17:00"],
        ],
        byWeekday: { 5: [["07:30", "11:30"]] },
      },
      pauses: [
        { from: "2025-03-07T10:00:00+07:00", to: "2025-03-10T09:00:00+07:00", reason: "bổ sung" },
        { from: "2025-03-04T09:00:00+07:00", to: "2025-03-04T10:00:00+07:00" },
      ],
      cutoff: "15:00",
      appointmentTime: "sameClockTime",
      resumeMode: "extendByPausedWorkingTime",
    }) satisfies DueDateInput;
    const before = structuredClone(input);
    const due = computeDueDate(input);
    expect(input).toEqual(before);
    // The pauses were given out of order; sorting must not have touched the caller's array.
    expect(input.pauses[0]?.from).toBe("2025-03-07T10:00:00+07:00");
    expect(due.dueDate >= "2025-03-10").toBe(true);
  });

  it("results are frozen", () => {
    const due = computeDueDate({ receivedAt: "2025-01-23T06:45:00+07:00", duration: wd(3) });
    expect(Object.isFrozen(due)).toBe(true);
    expect(Object.isFrozen(due.skipped)).toBe(true);
  });

  const savedTz = process.env["TZ"];
  afterEach(() => {
    if (savedTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = savedTz;
  });

  it("CAL-15 identical results under any TZ", () => {
    const inputs: DueDateInput[] = [
      { receivedAt: "2025-01-23T06:45:00+07:00", duration: wd(3) },
      { receivedAt: new Date("2025-01-23T23:30:00Z"), duration: wd(3) },
      { receivedAt: new Date("2026-02-13T09:00:00Z"), duration: SAME_DAY, cutoff: "15:00" },
      { receivedAt: "2025-03-07T16:00:00+07:00", duration: wh(2) },
      { receivedAt: "2026-02-04T10:00:00-03:00", duration: cd(10) },
      { receivedAt: "2025-03-04T07:00:00+07:00", duration: wd(1), dayCounting: "workingHoursFromReceipt" },
      {
        receivedAt: "2025-03-03T09:00:00+07:00",
        duration: wd(5),
        pauses: [{ from: new Date("2025-03-07T09:00:00Z"), to: "2025-03-10T09:00:00+07:00" }],
      },
    ];
    const offsets: number[] = [];
    const runs = ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) => {
      process.env["TZ"] = tz;
      offsets.push(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset());
      return JSON.stringify(inputs.map((i) => computeDueDate(i)));
    });
    expect(offsets).toEqual([0, -420, 480, -840]);
    expect(new Set(runs).size).toBe(1);
    // And the hand-checked values hold in the last zone too.
    const last = JSON.parse(runs[3]!) as { dueDate: string }[];
    expect(last.map((d) => d.dueDate)).toEqual([
      "2025-02-04",
      "2025-02-05",
      "2026-02-23",
      "2025-03-10",
      "2026-02-23",
      "2025-03-04",
      "2025-03-11",
    ]);
  });

  it("dueDate is never before receiptDate (units and options, 2025)", () => {
    for (let d = dayNumber("2025-01-01"); d <= dayNumber("2025-12-31"); d += 3) {
      for (const hour of ["06:00", "12:00", "16:30", "20:00"]) {
        const receivedAt = `${isoOf(d)}T${hour}:00+07:00`;
        for (const duration of [wd(1), wh(3), cd(2), SAME_DAY]) {
          const due = computeDueDate({ receivedAt, duration });
          expect(due.dueDate >= due.receiptDate, `${receivedAt} ${duration.unit}`).toBe(true);
          // CAL-18 'asRecorded' without a cut-off: the recorded Vietnam date is the receipt date.
          expect(due.receiptDate).toBe(isoOf(d));
        }
      }
    }
  });
});

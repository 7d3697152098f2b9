/**
 * The same-day cut-off (CAL-20, DL-4, D-5) and the days a rolled-over receipt skips (CAL-18).
 *
 * Tết Bính Ngọ 2026 (Công văn 12729/VPCP-KGVX, official_schedules.csv): off Saturday 14/2 to
 * Sunday 22/2/2026 (9 days: Sat 14, Sun 15, Mon 16 … Fri 20 Tết, Sat 21, Sun 22); Friday 13/2 is
 * the last working day before it and Monday 23/2 the first after. Working hours are the commune
 * preset (07:00–11:30, 13:30–17:00). Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { computeDueDate, type DueDateInput } from "../../src/deadline/index.js";

const TET_2026 = [
  "2026-02-14",
  "2026-02-15",
  "2026-02-16",
  "2026-02-17",
  "2026-02-18",
  "2026-02-19",
  "2026-02-20",
  "2026-02-21",
  "2026-02-22",
];
const dates = (input: DueDateInput): string[] => computeDueDate(input).skipped.map((d) => d.date);

describe("CAL-20 / DL-4 a same-day limit received after the cut-off before Tết", () => {
  const input: DueDateInput = {
    receivedAt: "2026-02-13T16:00:00+07:00", // Friday 13/2, after 15:00
    duration: { value: 1, unit: "sameDay" },
    cutoff: "15:00",
  };

  it("counts as received on Monday 23/2, due then, and the 9 days of Tết are skipped", () => {
    const due = computeDueDate(input);
    expect(due).toMatchObject({ receiptDate: "2026-02-23", dueDate: "2026-02-23", dueAt: "2026-02-23T17:00:00+07:00" });
    expect(due.skipped.map((d) => d.date)).toEqual(TET_2026);
    expect(due.skipped[3]).toMatchObject({ kind: "holiday", label: { vi: "Tết Nguyên đán Bính Ngọ" } });
  });

  it("the trace accounts from the actual receipt on Friday 13/2", () => {
    const trace = computeDueDate(input).trace;
    expect(trace[0]).toMatchObject({ rule: "CAL-15", en: "Received at 2026-02-13T16:00:00+07:00 (Vietnam time)" });
    expect(trace[1]).toMatchObject({
      rule: "CAL-20",
      en: "Received after the 15:00 cut-off: counts as received on 2026-02-23 (after 9 days off)",
      vi: "Tiếp nhận sau 15:00: coi như tiếp nhận ngày 2026-02-23 (sau 9 ngày nghỉ)",
    });
  });

  it("an ordinary evening skips nothing: Thu 14/3/2024 15:01 → Fri 15/3, no day off between", () => {
    const due = computeDueDate({ ...input, receivedAt: "2024-03-14T15:01:00+07:00" });
    expect(due).toMatchObject({ receiptDate: "2024-03-15", dueDate: "2024-03-15", skipped: [] });
    expect(due.trace[1]?.en).toBe("Received after the 15:00 cut-off: counts as received on 2024-03-15");
  });
});

describe("CAL-18 'nextWorkingStart': the rolled date is the receipt date, the days rolled over are skipped", () => {
  it("Friday 13/2/2026 18:00, 3 working days → counted from Mon 23/2 07:00, due Thu 26/2", () => {
    // The receipt becomes Mon 23/2 (not counted, CAL-22): 24/2 (1), 25/2 (2), 26/2 (3).
    const due = computeDueDate({
      receivedAt: "2026-02-13T18:00:00+07:00",
      duration: { value: 3, unit: "workingDays" },
      outOfHoursReceipt: "nextWorkingStart",
    });
    expect(due).toMatchObject({ receiptDate: "2026-02-23", dueDate: "2026-02-26" });
    expect(due.skipped.map((d) => d.date)).toEqual(TET_2026);
    expect(due.trace[1]).toMatchObject({
      rule: "CAL-18",
      en: "Outside working hours: counted from 2026-02-23T07:00:00+07:00 (after 9 days off)",
    });
  });

  it("the same receipt as recorded (default) counts from Fri 13/2: 23/2 (1), 24/2 (2), due Wed 25/2", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-13T18:00:00+07:00",
      duration: { value: 3, unit: "workingDays" },
    });
    expect(due).toMatchObject({ receiptDate: "2026-02-13", dueDate: "2026-02-25" });
    expect(due.skipped.map((d) => d.date)).toEqual(TET_2026);
  });

  it("a receipt on Saturday 14/2/2026 skips the days after it: Sun 15/2 … Sun 22/2", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-14T09:00:00+07:00",
      duration: { value: 1, unit: "sameDay" },
      outOfHoursReceipt: "nextWorkingStart",
    });
    expect(due).toMatchObject({ receiptDate: "2026-02-23", dueDate: "2026-02-23" });
    expect(due.skipped.map((d) => d.date)).toEqual(TET_2026.slice(1));
  });
});

describe("CAL-20 / DL-4 / D-5 the cut-off is a same-day rule: other units ignore it", () => {
  // Thursday 14/3/2024 15:01, one minute after a 15:00 cut-off; Fri 15/3 and Mon 18/3 are working days.
  const at = "2024-03-14T15:01:00+07:00";
  const withAndWithout = (duration: DueDateInput["duration"]) => [
    computeDueDate({ receivedAt: at, duration, cutoff: "15:00" }),
    computeDueDate({ receivedAt: at, duration }),
  ];

  it("workingDays 1: the receipt day 14/3 is not counted, due Fri 15/3 (CAL-22)", () => {
    for (const due of withAndWithout({ value: 1, unit: "workingDays" })) {
      expect(due).toMatchObject({
        receiptDate: "2024-03-14",
        dueDate: "2024-03-15",
        dueAt: "2024-03-15T17:00:00+07:00",
      });
      expect(due.trace.some((s) => s.rule === "CAL-20")).toBe(false);
    }
  });

  it("workingDays 1 before Tết: Fri 13/2/2026 16:00 → Mon 23/2/2026 (working day no. 1 after 13/2)", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-13T16:00:00+07:00",
      duration: { value: 1, unit: "workingDays" },
      cutoff: "15:00",
    });
    expect(due).toMatchObject({ receiptDate: "2026-02-13", dueDate: "2026-02-23" });
    expect(dates({ receivedAt: "2026-02-13T16:00:00+07:00", duration: { value: 1, unit: "workingDays" } })).toEqual(
      TET_2026,
    );
  });

  it("workingHours 2: 15:01 → 17:00 uses 1 h 59 min, the last minute is Fri 15/3 07:00–07:01 (DL-2)", () => {
    for (const due of withAndWithout({ value: 2, unit: "workingHours" })) {
      expect(due).toMatchObject({ receiptDate: "2024-03-14", dueAt: "2024-03-15T07:01:00+07:00" });
    }
  });

  it("calendarDays 1: 14/3 + 1 = Fri 15/3, a working day (DL-3)", () => {
    for (const due of withAndWithout({ value: 1, unit: "calendarDays" })) {
      expect(due).toMatchObject({ receiptDate: "2024-03-14", dueDate: "2024-03-15" });
    }
  });
});

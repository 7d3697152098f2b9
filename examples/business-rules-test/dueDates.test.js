// Business rules a province might write down as tests before going live with tthc.
// Expected dates come from the official 2026 schedule: Tết Nguyên đán Bính Ngọ, days off from
// Saturday 14/2 to Sunday 22/2/2026 (9 days); the first working day after Tết is Monday 23/2/2026.
// Run: npm install && npm test
import { createWorkingCalendar } from "tthc/calendar";
import { addWorkingDays } from "tthc/date-fns";
import { computeDueDate } from "tthc/deadline";
import { BIRTH_REGISTRATION, CONSTRUCTION_PERMIT, PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
import { describe, expect, it } from "vitest";

const calendar = createWorkingCalendar();
const limitOf = (procedure) => procedure.channels.find((c) => c.channel === "direct").timeLimit;

describe("Tết Bính Ngọ 2026: days off Saturday 14/2 – Sunday 22/2", () => {
  it("every day from 14/2 to 22/2/2026 is a day off, and 13/2 and 23/2 are working days", () => {
    for (let day = 14; day <= 22; day++) expect(calendar.isWorkingDay(`2026-02-${day}`)).toBe(false);
    expect(calendar.isWorkingDay("2026-02-13")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-23")).toBe(true);
  });

  it("a birth registration received before the 15:00 cut-off on Friday 13/2 is due the same afternoon", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-13T14:30:00+07:00",
      duration: limitOf(BIRTH_REGISTRATION), // trong ngày (same day)
      cutoff: BIRTH_REGISTRATION.sameDayCutoff, // "15:00"
      calendar,
    });
    expect(due.dueAt).toBe("2026-02-13T17:00:00+07:00");
  });

  it("a birth registration received after the cut-off on 13/2 is due on the first working day after Tết, 23/2", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-13T15:30:00+07:00",
      duration: limitOf(BIRTH_REGISTRATION),
      cutoff: BIRTH_REGISTRATION.sameDayCutoff,
      calendar,
    });
    expect(due.dueDate).toBe("2026-02-23");
  });

  it("a private enterprise registration (03 working days) received on 13/2 is due on Wednesday 25/2", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-13T09:00:00+07:00",
      duration: limitOf(PRIVATE_ENTERPRISE_REGISTRATION),
      calendar,
    });
    expect(due.dueDate).toBe("2026-02-25");
    expect(due.skipped.map((day) => day.label.vi)).toContain("Tết Nguyên đán Bính Ngọ");
  });

  it("a construction permit (20 calendar days) received on Monday 2/2 would end on Sunday 22/2 and moves to 23/2", () => {
    const due = computeDueDate({
      receivedAt: "2026-02-02T10:00:00+07:00",
      duration: limitOf(CONSTRUCTION_PERMIT),
      calendar,
    });
    expect(due.dueDate).toBe("2026-02-23");
  });

  it("a province's own day off (extraDaysOff) pushes the due date one more working day", () => {
    const province = createWorkingCalendar({
      extraDaysOff: [
        { date: "2026-02-23", label: "Ngày nghỉ theo quyết định của tỉnh", source: "QĐ …/QĐ-UBND (example)" },
      ],
    });
    const due = computeDueDate({
      receivedAt: "2026-02-13T09:00:00+07:00",
      duration: limitOf(PRIVATE_ENTERPRISE_REGISTRATION),
      calendar: province,
    });
    expect(due.dueDate).toBe("2026-02-26");
  });

  it("the same rule on Date objects, whatever the server's time zone (tthc/date-fns)", () => {
    const next = addWorkingDays(new Date("2026-02-13T15:30:00+07:00"), 1, { calendar });
    expect(next.toISOString()).toBe("2026-02-22T17:00:00.000Z"); // 00:00 on 23/2 in Vietnam
  });
});

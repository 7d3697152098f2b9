import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate } from "../../src/deadline/index.js";
import { isTthcError } from "../../src/errors.js";

describe("due never before receipt; appointment inside working hours", () => {
  it("DL-4 trong ngày received after working hours (18:00 Tue 4/3/2025, no cut-off) → end of Wed 5/3", () => {
    const due = computeDueDate({ receivedAt: "2025-03-04T18:00:00+07:00", duration: { value: 1, unit: "sameDay" } });
    expect(due.dueAt).toBe("2025-03-05T17:00:00+07:00");
  });

  it("DL-4 trong ngày received in working hours stays on the day", () => {
    const due = computeDueDate({ receivedAt: "2025-03-04T16:59:00+07:00", duration: { value: 1, unit: "sameDay" } });
    expect(due.dueAt).toBe("2025-03-04T17:00:00+07:00");
  });

  it("CAL-23 sameClockTime: a 12:00 receipt (lunch, 11:30–13:30) is appointed at 13:30, not in the break", () => {
    // Received Mon 3/3/2025 12:00; 2 working days → Wed 5/3/2025.
    const due = computeDueDate({
      receivedAt: "2025-03-03T12:00:00+07:00",
      duration: { value: 2, unit: "workingDays" },
      appointmentTime: "sameClockTime",
    });
    expect(due.dueAt).toBe("2025-03-05T13:30:00+07:00");
  });

  it("a receipt before the calendar's range is refused for every unit, at ['receivedAt']", () => {
    for (const unit of ["workingDays", "calendarDays", "workingHours", "sameDay"] as const) {
      try {
        computeDueDate({ receivedAt: "1999-12-31T09:00:00+07:00", duration: { value: 1, unit } });
        expect.unreachable();
      } catch (error) {
        expect(isTthcError(error) && error.code).toBe("OUT_OF_RANGE");
        expect(isTthcError(error) && [...error.path]).toEqual(["receivedAt"]);
      }
    }
  });
});

describe("CAL-3 days generated under the Labour Code 1994 are flagged unverified", () => {
  const calendar = createWorkingCalendar();
  it("Tết 2013 (lunar New Year 10/2/2013): eve 9/2 + days 1–3, flagged", () => {
    const tet = calendar.holidays(2013).filter((d) => d.block === "lunarNewYear" && d.kind === "holiday");
    expect(tet.map((d) => d.date)).toEqual(["2013-02-09", "2013-02-10", "2013-02-11", "2013-02-12"]);
    expect(tet.every((d) => d.unverified === true && d.provisional === true)).toBe(true);
  });
  it("Tết 2014 (Labour Code 2012 in force) is not flagged unverified", () => {
    expect(calendar.holidays(2014).some((d) => d.unverified === true)).toBe(false);
  });
  it("bundled announced days carry no flags", () => {
    const info = calendar.dayInfo("2026-02-17");
    expect(info.provisional).toBeUndefined();
    expect(info.unverified).toBeUndefined();
  });
});

// Business rules a province might write down as tests before going live with tthc.
// Expected dates come from the official 2026 schedule: Tết Nguyên đán Bính Ngọ, days off from
// Saturday 14/2 to Sunday 22/2/2026 (9 days); the first working day after Tết is Monday 23/2/2026.
// Run: npm install && npm test
import { createWorkingCalendar } from "tthc/calendar";
import { addWorkingDays } from "tthc/date-fns";
import { BIRTH_REGISTRATION, CONSTRUCTION_PERMIT, PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
import { aDossier, anEventLog, fixedClock } from "tthc/testing";
import { describe, expect, it } from "vitest";

const calendar = createWorkingCalendar();

describe("Tết Bính Ngọ 2026: days off Saturday 14/2 – Sunday 22/2", () => {
  it("every day from 14/2 to 22/2/2026 is a day off, and 13/2 and 23/2 are working days", () => {
    for (let day = 14; day <= 22; day++) expect(`2026-02-${day}`).not.toBeWorkingDay();
    expect("2026-02-13").toBeWorkingDay();
    expect("2026-02-23").toBeWorkingDay();
  });

  it("a birth registration received before the 15:00 cut-off on Friday 13/2 is due the same afternoon", () => {
    const dossier = aDossier().ofProcedure(BIRTH_REGISTRATION).receivedAt("2026-02-13T14:30+07:00").build();
    expect(dossier).toBeDueOn("2026-02-13T17:00:00+07:00");
  });

  it("a birth registration received after the cut-off on 13/2 is due on the first working day after Tết, 23/2", () => {
    const dossier = aDossier().ofProcedure(BIRTH_REGISTRATION).receivedAt("2026-02-13T15:30+07:00").build();
    expect(dossier).toBeDueOn("2026-02-23", { procedure: BIRTH_REGISTRATION });
  });

  it("a private enterprise registration (03 working days) received on 13/2 is due on Wednesday 25/2, and overdue the next morning", () => {
    const dossier = aDossier()
      .ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION)
      .receivedAt("2026-02-13T09:00+07:00")
      .build();
    expect(dossier).toBeDueOn("2026-02-25");
    expect(dossier).not.toBeOverdueAt("2026-02-25T16:59+07:00");
    expect(dossier).toBeOverdueAt("2026-02-26T07:30+07:00");
    expect(fixedClock("2026-02-23T14:00+07:00").remaining(dossier.dueAt ?? "").label.vi).toBe("Còn 2 ngày 3 giờ");
  });

  it("a construction permit (20 calendar days) received on Monday 2/2 would end on Sunday 22/2 and moves to 23/2", () => {
    const dossier = aDossier().ofProcedure(CONSTRUCTION_PERMIT).receivedAt("2026-02-02T10:00+07:00").build();
    expect(dossier).toBeDueOn("2026-02-23");
  });

  it("a province's own day off (extraDaysOff) pushes the due date one more working day", () => {
    const province = createWorkingCalendar({
      extraDaysOff: [
        { date: "2026-02-23", label: "Ngày nghỉ theo quyết định của tỉnh", source: "QĐ …/QĐ-UBND (example)" },
      ],
    });
    expect("2026-02-23").not.toBeWorkingDay({ calendar: province });
    const dossier = aDossier()
      .ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION)
      .onCalendar(province)
      .receivedAt("2026-02-13T09:00+07:00")
      .build();
    expect(dossier).toBeDueOn("2026-02-26");
  });

  it("the receipt issues the appointment slip (Mẫu 01), and a transfer moves the dossier to national status 4", () => {
    const context = { procedure: PRIVATE_ENTERPRISE_REGISTRATION, calendar };
    const log = anEventLog().submit("2026-02-13T09:00+07:00").receive("2026-02-13T09:05+07:00");
    const state = log.replay(context);
    expect(state).toBeInState("received");
    expect(state).toAllowEvent("transfer", context);
    expect(log.transfer("2026-02-13T10:00+07:00").replay(context)).toHaveNationalStatus(4);
  });

  it("the same rule on Date objects, whatever the server's time zone (tthc/date-fns)", () => {
    // As in date-fns, a Date names the host's calendar day, and the result is the host's midnight.
    const next = addWorkingDays(new Date(2026, 1, 13, 15, 30), 1, { calendar });
    expect(next.getTime()).toBe(new Date(2026, 1, 23).getTime()); // Monday 23/2, after Tết
  });
});

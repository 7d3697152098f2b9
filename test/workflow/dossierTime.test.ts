/**
 * The worked example of the workflow guide ("A dossier's time, in one place"): extra time, a pause,
 * an apology and a pause after it, finished and reported. Every expected date is counted by hand in
 * the comments from the rules and the 2026 calendar (no holiday between 2/3 and 24/4/2026; working
 * hours 07:00–11:30 and 13:30–17:00, 8 a day).
 */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../../src/models/fixtures/index.js";
import { stateToReportRecord, summarizeProcessing } from "../../src/report/index.js";
import { anEventLog } from "../../src/testing/index.js";
import { classifyTimeliness, computeDossierTime, isOverdue } from "../../src/workflow/index.js";

const context = {
  procedure: BIRTH_INTER_AGENCY_GROUP,
  calendar: createWorkingCalendar(),
  options: { maxSupplementRequests: 2 },
};
const FAR = BIRTH_INTER_AGENCY_GROUP.channels[0]?.extraTime?.[1]?.condition as string;
const ITEM = [{ name: "Giấy chứng sinh", componentId: "birth-certificate", reason: "Bản sao không rõ" }];

// DL-6: 20 + 5 working days from Mon 2/3/2026 09:05, counted from Tue 3/3 (CAL-22):
// 3–6/3 (4), 9–13/3 (9), 16–20/3 (14), 23–27/3 (19), 30–31/3 (21), 1–3/4 (24), Mon 6/4 (25).
const received = anEventLog()
  .submit("2026-03-02T09:00")
  .receive("2026-03-02T09:05", { extraTime: [FAR] })
  .transfer("2026-03-02T10:00");
// DL-8: paused Wed 11/3 09:00 → Mon 16/3 09:00: 2.5 + 3.5 + 8 + 8 + 2 = 24 working hours = 3 days.
const paused = received.requestSupplement("2026-03-11T09:00", { items: ITEM }).supplement("2026-03-16T09:00");
// DL-11/DL-13: due Thu 9/4; one working day before is Wed 8/4; the apology on Wed 1/4 is in time.
const apologised = paused.apologise("2026-04-01T10:00", "2026-04-15");
// DL-8 after DL-11: paused Mon 13/4 13:30 → Tue 14/4 13:30: 3.5 + 4.5 = 8 working hours = 1 day.
const pausedAgain = apologised.requestSupplement("2026-04-13T13:30", { items: ITEM }).supplement("2026-04-14T13:30");

describe("a dossier's time, in one place (guide example)", () => {
  it("DL-6 / CAL-22: the limit with extra time is 25 working days, due Mon 6/4/2026 17:00", () => {
    const time = computeDossierTime(received.replay(context), context);
    expect(time?.timeLimit).toEqual({ value: 25, unit: "workingDays" });
    expect(time?.original).toEqual({ dueDate: "2026-04-06", dueAt: "2026-04-06T17:00:00+07:00" });
  });

  it("DL-8: the supplement pause moves the due date three working days, to Thu 9/4", () => {
    const state = paused.replay(context);
    const due = { dueDate: "2026-04-09", dueAt: "2026-04-09T17:00:00+07:00" };
    expect(computeDossierTime(state, context)).toMatchObject({ original: due, current: due, paused: false });
    expect(state.appointments.at(-1)).toMatchObject({ kind: "resumed", ...due });
  });

  it("DL-8: while the applicant holds the dossier the clock does not run", () => {
    const state = received.requestSupplement("2026-04-03T09:00", { items: ITEM }).replay(context);
    // Paused on Fri 3/4 09:00, one working day and a bit before the 6/4 due date; a month later it is still not overdue.
    expect(isOverdue(state, "2026-05-04T09:00:00+07:00", context)).toBe(false);
    expect(computeDossierTime(state, context, { at: "2026-05-04T09:00:00+07:00" })?.paused).toBe(true);
  });

  it("DL-14: the apology sets the appointment in force; the due date by the rules stays", () => {
    const state = apologised.replay(context);
    expect(state.lateApology).toBe(false);
    expect(computeDossierTime(state, context)).toMatchObject({
      original: { dueDate: "2026-04-09" },
      current: { dueDate: "2026-04-15", dueAt: "2026-04-15T17:00:00+07:00" },
      reappointed: true,
    });
  });

  it("DL-8 after a re-appointment: the pause moves the re-appointed date to Thu 16/4; the passed 9/4 stays", () => {
    const state = pausedAgain.replay(context);
    expect(computeDossierTime(state, context)).toMatchObject({
      original: { dueDate: "2026-04-09", dueAt: "2026-04-09T17:00:00+07:00" },
      current: { dueDate: "2026-04-16", dueAt: "2026-04-16T17:00:00+07:00" },
    });
    expect(isOverdue(state, "2026-04-16T16:59:00+07:00", context)).toBe(false);
    expect(isOverdue(state, "2026-04-16T17:01:00+07:00", context)).toBe(true);
  });

  it("REP-5 / DL-14: approved Thu 16/4 is late against 9/4, on time against the re-appointment, and the report agrees", () => {
    const state = pausedAgain.approve("2026-04-16T10:00").replay(context);
    expect(classifyTimeliness(state, context)).toBe("late");
    expect(classifyTimeliness(state, context, { classifyAgainst: "reappointed" })).toBe("onTime");
    const record = stateToReportRecord(state, context);
    expect(record).toMatchObject({
      dueDate: "2026-04-16",
      originalDueDate: "2026-04-09",
      receivingAgency: "000.00.12.H26",
    });
    const total = summarizeProcessing([record], { period: "2026-04" }).total;
    expect([total.resolvedEarly, total.resolvedOnTime, total.resolvedLate]).toEqual([0, 0, 1]);
  });

  it("REP-5 / DL-8: approved Wed 8/4, after the first appointment (6/4) but within the paused date, is early everywhere", () => {
    const state = paused.approve("2026-04-08T10:00").replay(context);
    expect(classifyTimeliness(state, context)).toBe("early");
    const total = summarizeProcessing([stateToReportRecord(state, context)], { period: "2026-04" }).total;
    expect([total.resolvedEarly, total.resolvedOnTime, total.resolvedLate]).toEqual([1, 0, 0]);
  });
});

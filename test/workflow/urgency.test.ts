/**
 * Early warning (cảnh báo sắp đến hạn / quá hạn): levels and remaining working time counted by hand
 * from the 2026 calendar (no holiday between 2/3 and 24/4/2026; working hours 07:00–11:30,
 * 13:30–17:00, 8 a day) and the rules: the appointment in force, moved by pauses (DL-8, DL-14);
 * "Còn / Quá x ngày y giờ" with a day of 8 working hours (DL-15); a step against its quota (WF-13).
 */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../../src/models/fixtures/index.js";
import { anEventLog } from "../../src/testing/index.js";
import { classifyUrgency, listUrgent } from "../../src/workflow/index.js";
import { INTER_AGENCY } from "./_helpers.js";

const calendar = createWorkingCalendar();
const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar };
const ITEM = [{ name: "Giấy chứng sinh", componentId: "birth-certificate", reason: "Bản sao không rõ" }];
// Received Mon 2/3/2026 09:05; 20 working days from Tue 3/3: due Mon 30/3/2026 17:00 (CAL-22, CAL-23).
const received = anEventLog().submit("2026-03-02T09:00").receive("2026-03-02T09:05").transfer("2026-03-02T10:00");

describe("classifyUrgency (DL-8, DL-13, DL-14, DL-15)", () => {
  const state = received.replay(context);

  it.each([
    // Thu 26/3 09:00: due in 2 working days (27/3, 30/3): on track by default (one working day).
    ["2026-03-26T09:00:00+07:00", "onTrack", "Còn 2 ngày 6 giờ"],
    // Fri 27/3 09:00: the due date is the next working day: due soon; 6 h today + 8 h Monday = 14 h.
    ["2026-03-27T09:00:00+07:00", "dueSoon", "Còn 1 ngày 6 giờ"],
    // Mon 30/3 09:00: due today; 2.5 h + 3.5 h left.
    ["2026-03-30T09:00:00+07:00", "dueToday", "Còn 6 giờ"],
    // Tue 31/3 09:00: 2 working hours past 17:00 Monday (07:00–09:00).
    ["2026-03-31T09:00:00+07:00", "overdue", "Quá 2 giờ"],
  ])("at %s the dossier is %s (%s)", (at, level, left) => {
    const u = classifyUrgency(state, at, context);
    expect(u?.level).toBe(level);
    expect(u?.dueAt).toBe("2026-03-30T17:00:00+07:00");
    expect(u?.remaining?.label.vi).toBe(left);
  });

  it("the threshold is an option, in working days or working hours", () => {
    const at = "2026-03-26T09:00:00+07:00"; // 22 working hours left
    expect(classifyUrgency(state, at, context, { within: { value: 2, unit: "workingDays" } })?.level).toBe("dueSoon");
    expect(classifyUrgency(state, at, context, { within: { value: 22, unit: "workingHours" } })?.level).toBe("dueSoon");
    expect(classifyUrgency(state, at, context, { within: { value: 21.5, unit: "workingHours" } })?.level).toBe(
      "onTrack",
    );
  });

  it("DL-8: while the applicant holds the dossier it is paused, not overdue, and the date moves on resume", () => {
    const held = received.requestSupplement("2026-03-27T09:00", { items: ITEM });
    expect(classifyUrgency(held.replay(context), "2026-04-06T09:00:00+07:00", context)?.level).toBe("paused");
    // Paused Fri 27/3 09:00 → Mon 30/3 09:00: 2.5 + 3.5 + 2 = 8 working hours: due Tue 31/3 17:00.
    const back = held.supplement("2026-03-30T09:00").replay(context);
    const u = classifyUrgency(back, "2026-03-31T09:00:00+07:00", context);
    expect([u?.level, u?.dueAt]).toEqual(["dueToday", "2026-03-31T17:00:00+07:00"]);
  });

  it("finished once the result is ready; undefined before receipt", () => {
    const done = received.approve("2026-03-20T10:00").replay(context);
    expect(classifyUrgency(done, "2026-03-31T09:00:00+07:00", context)?.level).toBe("finished");
    const submitted = anEventLog().submit("2026-03-02T09:00").replay(context);
    expect(classifyUrgency(submitted, "2026-03-31T09:00:00+07:00", context)).toBeUndefined();
  });

  it("WF-13: the step in progress is judged against its own quota", () => {
    // INTER_AGENCY's step 2 (UBND xã, 3 working days) starts at the transfer on Tue 3/3 09:00: due Fri 6/3 17:00.
    const ctx = { procedure: INTER_AGENCY, calendar };
    const log = anEventLog()
      .submit("2026-03-02T08:50")
      .receive("2026-03-02T09:00")
      .transfer("2026-03-03T09:00", { actor: { id: "desk-01", role: "receptionist" } });
    const u = classifyUrgency(log.replay(ctx), "2026-03-06T10:00:00+07:00", ctx);
    expect(u?.level).toBe("onTrack"); // the dossier: due 30/3
    expect(u?.step).toMatchObject({ order: 2, level: "dueToday", dueAt: "2026-03-06T17:00:00+07:00" });
    expect(u?.step?.remaining?.label.vi).toBe("Còn 5 giờ"); // 10:00–11:30, 13:30–17:00
  });

  it("bad options are INVALID_OPTION with their path", () => {
    const at = "2026-03-26T09:00:00+07:00";
    expect(() => classifyUrgency(state, at, context, { within: { value: 1.5, unit: "workingDays" } })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["options", "within", "value"] }),
    );
    expect(() => classifyUrgency(state, at, context, { soon: 1 } as never)).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["options", "soon"] }),
    );
  });
});

describe("listUrgent", () => {
  // Received Mon 2/3, Tue 3/3, Wed 4/3 and Thu 5/3 2026: due Mon 30/3, Tue 31/3, Wed 1/4, Thu 2/4.
  const states = ["2026-03-05", "2026-03-02", "2026-03-04", "2026-03-03"].map((day, i) =>
    anEventLog({ sequence: i + 1 })
      .submit(`${day}T09:00`)
      .receive(`${day}T09:05`)
      .transfer(`${day}T10:00`)
      .replay(context),
  );

  it("lists what needs attention, most urgent first (one pass, then a sort)", () => {
    const listed = listUrgent(states, "2026-03-31T09:00:00+07:00", context);
    // 30/3 overdue by 2 h; 31/3 due today (6 h left); 1/4 due the next working day.
    expect(listed.map((u) => [u.code, u.urgency.level, u.index])).toEqual([
      ["000.00.12.H26-260302-0002", "overdue", 1],
      ["000.00.12.H26-260303-0004", "dueToday", 3],
      ["000.00.12.H26-260304-0003", "dueSoon", 2],
    ]);
    expect(listed.map((u) => u.minutesLeft)).toEqual([-120, 360, 360 + 480]);
  });

  it("filters by level, agency and the host's own test", () => {
    const at = "2026-03-31T09:00:00+07:00";
    expect(listUrgent(states, at, context, { levels: ["overdue"] }).map((u) => u.code)).toEqual([
      "000.00.12.H26-260302-0002",
    ]);
    expect(listUrgent(states, at, context, { agency: "000.00.12.H99" })).toEqual([]);
    expect(listUrgent(states, at, context, { filter: (u) => u.code.endsWith("0003") }).length).toBe(1);
  });

  it("a bad state is refused with its index", () => {
    expect(() =>
      listUrgent([states[0], { status: "inProcess" }] as never, "2026-03-31T09:00:00+07:00", context),
    ).toThrow(expect.objectContaining({ code: "INVALID_DOSSIER" }));
  });
});

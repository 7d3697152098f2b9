/**
 * Issue 12, "Correct at the seams": one `describe` per defect, each test named with the rule it checks.
 * Expected dates are worked out by hand from the rule texts and the official calendar (the bundled
 * schedules, data/official_schedules.csv), never pasted from the code's output.
 *
 * Calendar facts used below (weekdays checked against a perpetual calendar; days off from the CSV):
 * - October and November 2025 have no official day off: Mon–Fri are working days, Sat–Sun are not.
 *   Mon 6/10/2025, Thu 9/10, Fri 31/10, Sat 1/11, Mon 3/11, Wed 5/11, Mon 10/11, Thu 13/11/2025.
 * - Quốc khánh 2025: block Sat 30/8 – Tue 2/9/2025 (Mon 1/9 and Tue 2/9 are holidays); Fri 29/8 and
 *   Wed 3/9/2025 are working days.
 * - Tết Bính Ngọ 2026: block Sat 14/2 – Sun 22/2/2026 (Mon 16/2 – Fri 20/2 holidays); Fri 13/2 and
 *   Mon 23/2/2026 are working days; no day off between Mon 19/1 and Fri 13/2/2026.
 * - Working hours (the library's documented default): 07:00–11:30 and 13:30–17:00, 8 hours a day;
 *   an appointment is at the end of the working day (CAL-23).
 * - CAL-22: N working days are counted from the working day after the receipt date; the due date is
 *   the N-th of them.
 */
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import { SAMPLE_DOSSIER } from "../../src/models/fixtures/index.js";
import { parseDossier, parseProcedure } from "../../src/models/index.js";
import { stateToReportRecord, summarizeProcessing, toReportRecord } from "../../src/report/index.js";
import { anEventLog } from "../../src/testing/index.js";
import {
  buildProcessControlSlip,
  classifyTimeliness,
  computeDossierTime,
  createDossierState,
  type DossierEventInput,
  type DossierState,
  interAgencyProgress,
  isOverdue,
  transition,
  type WorkflowContext,
  type WorkflowOptions,
} from "../../src/workflow/index.js";
import { APPROVER, BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION, contextFor, DESK, INTER_AGENCY } from "./_helpers.js";

/** The 20-working-day liên thông birth group (TTLT 05/2015), no internal workflow: direct channel. */
const GROUP = contextFor(BIRTH_INTER_AGENCY_GROUP);
const ITEMS = [{ name: "Giấy chứng sinh", componentId: "birth-certificate", reason: "Bản chụp không rõ" }];
const [PLUS_2, PLUS_5] = (BIRTH_INTER_AGENCY_GROUP.channels[0]?.extraTime ?? []).map((e) => e.condition);

function thrown(fn: () => unknown): { code: string; path: readonly unknown[] } {
  try {
    fn();
  } catch (error) {
    if (isTthcError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error("nothing thrown");
}

/** An event without its version (distributed over the event types). */
type Unversioned = DossierEventInput extends infer E
  ? E extends DossierEventInput
    ? Omit<E, "version">
    : never
  : never;

/** Sends one more event to a replayed state, at its version. */
function send(state: DossierState, event: Unversioned, context: WorkflowContext) {
  return transition(state, { ...event, version: state.version } as DossierEventInput, context);
}

/**
 * Received Mon 6/10/2025 09:00 and transferred at 10:00: 20 working days from Tue 7/10:
 * 7–10/10 (4), 13–17/10 (9), 20–24/10 (14), 27–31/10 (19), Mon 3/11 (20) → due Mon 3/11/2025 17:00.
 */
const OCT = anEventLog().submit("2025-10-06T08:50").receive("2025-10-06T09:00").transfer("2025-10-06T10:00");

describe("defect 1 — reports vs pauses: a paused dossier finished by its moved date is not late", () => {
  // Paused Wed 15/10/2025 14:00 → Fri 17/10 10:00: Wed 14:00–17:00 (3 h) + Thu 16/10 (8 h) + Fri
  // 07:00–10:00 (3 h) = 14 working hours. Due Mon 3/11 17:00 + 14 h: Tue 4/11 (8 h) and 6 h of Wed 5/11
  // (07:00–11:30 = 4.5 h, 13:30–15:00 = 1.5 h) → Wed 5/11/2025 15:00 (DL-8). No apology: original = current.
  const paused = OCT.requestSupplement("2025-10-15T14:00", { items: ITEMS }).supplement("2025-10-17T10:00");
  const period = { period: "2025-10-01..2025-11-30" };

  it("DL-8: the supplement pause moves the due date to Wed 5/11/2025 15:00", () => {
    const time = computeDossierTime(paused.replay(GROUP), GROUP);
    expect(time?.original).toEqual({ dueDate: "2025-11-05", dueAt: "2025-11-05T15:00:00+07:00" });
    expect(time?.current).toEqual(time?.original);
    expect(time?.reappointed).toBe(false);
  });

  it("DL-14: finished Tue 4/11 (after the unpaused 3/11, before 5/11) is early in the workflow and the report", () => {
    const state = paused.approve("2025-11-04T10:00").replay(GROUP);
    expect(classifyTimeliness(state, GROUP)).toBe("early");
    const report = summarizeProcessing([stateToReportRecord(state, GROUP)], period);
    expect([report.total.resolvedEarly, report.total.resolvedOnTime, report.total.resolvedLate]).toEqual([1, 0, 0]);
  });

  it("DL-14: finished Wed 5/11 14:00 (the moved due date, before 15:00) is on time in both", () => {
    const state = paused.approve("2025-11-05T14:00").replay(GROUP);
    expect(classifyTimeliness(state, GROUP)).toBe("onTime");
    const report = summarizeProcessing([stateToReportRecord(state, GROUP)], period);
    expect([report.total.resolvedEarly, report.total.resolvedOnTime, report.total.resolvedLate]).toEqual([0, 1, 0]);
  });

  it("DL-14: toReportRecord of the same dossier as a Dossier with appointments [initial, resumed] agrees", () => {
    const dossier = parseDossier({
      ...SAMPLE_DOSSIER,
      code: "000.00.12.H26-251006-0001",
      procedureCode: BIRTH_INTER_AGENCY_GROUP.code,
      procedureVersion: BIRTH_INTER_AGENCY_GROUP.version,
      ruleSet: "VN-2025",
      receivedAt: "2025-10-06T09:00:00+07:00",
      components: [],
      fees: [],
      timeLimit: { value: 20, unit: "workingDays" },
      dueDate: "2025-11-05",
      dueAt: "2025-11-05T15:00:00+07:00",
      appointments: [
        {
          kind: "initial",
          dueDate: "2025-11-03",
          dueAt: "2025-11-03T17:00:00+07:00",
          setAt: "2025-10-06T09:00:00+07:00",
        },
        {
          kind: "resumed",
          dueDate: "2025-11-05",
          dueAt: "2025-11-05T15:00:00+07:00",
          setAt: "2025-10-17T10:00:00+07:00",
        },
      ],
      status: "resolved",
      resultReadyAt: "2025-11-04T10:00:00+07:00",
    });
    const record = toReportRecord(dossier);
    // The resumed appointment is the due date by the rules: nothing earlier to classify against.
    expect(record.originalDueDate ?? record.dueDate).toBe("2025-11-05");
    const report = summarizeProcessing([record], period);
    expect([report.total.resolvedEarly, report.total.resolvedOnTime, report.total.resolvedLate]).toEqual([1, 0, 0]);
  });
});

describe("defect 2 — a supplement pause after a re-appointment stops the clock (DL-8)", () => {
  // Due Mon 3/11/2025. Apology Wed 29/10 09:00 (before Fri 31/10, the last permitted day, DL-13), new
  // date Mon 10/11/2025 → appointment in force 10/11 17:00. Supplement requested Fri 7/11 10:00,
  // given Wed 12/11 09:00: Fri 10:00–11:30 + 13:30–17:00 (5 h) + Mon 10/11 (8 h) + Tue 11/11 (8 h) +
  // Wed 07:00–09:00 (2 h) = 23 working hours.
  const apologised = OCT.apologise("2025-10-29T09:00", "2025-11-10");
  const held = apologised.requestSupplement("2025-11-07T10:00", { items: ITEMS });

  it("DL-11: the apology sets the appointment in force to Mon 10/11/2025 17:00", () => {
    const time = computeDossierTime(apologised.replay(GROUP), GROUP);
    expect(time?.current).toEqual({ dueDate: "2025-11-10", dueAt: "2025-11-10T17:00:00+07:00" });
    expect(time?.reappointed).toBe(true);
  });

  it("DL-8: not overdue while the applicant holds the dossier past the re-appointed date", () => {
    const state = held.replay(GROUP);
    expect(isOverdue(state, "2025-11-11T09:00:00+07:00", GROUP)).toBe(false);
    expect(isOverdue(state, "2025-11-20T09:00:00+07:00", GROUP)).toBe(false);
    expect(computeDossierTime(state, GROUP, { at: "2025-11-11T09:00:00+07:00" })?.paused).toBe(true);
  });

  it("DL-8: on resume the appointment in force moves by the 23 paused hours to Thu 13/11/2025 16:00", () => {
    // 10/11 17:00 + 23 h: Tue 11/11 (8), Wed 12/11 (8), Thu 13/11 07:00–11:30 (4.5) + 13:30–16:00 (2.5).
    const before = held.replay(GROUP);
    const { state, effects } = send(
      before,
      { type: "supplement", at: "2025-11-12T09:00:00+07:00", actor: DESK },
      GROUP,
    );
    expect(state.appointments.at(-1)).toMatchObject({
      kind: "resumed",
      dueDate: "2025-11-13",
      dueAt: "2025-11-13T16:00:00+07:00",
    });
    expect(effects).toContainEqual({
      type: "deadlineChanged",
      dueAt: "2025-11-13T16:00:00+07:00",
      dueDate: "2025-11-13",
      kind: "resumed",
    });
    expect(isOverdue(state, "2025-11-13T15:59:00+07:00", GROUP)).toBe(false);
    expect(isOverdue(state, "2025-11-13T16:01:00+07:00", GROUP)).toBe(true);
    // DL-14: the due date by the rules (3/11 17:00) had run out before the pause began on Fri 7/11, so
    // no working time was left to stop: it stays Mon 3/11/2025 17:00 (DL-8: "time used still counts").
    expect(computeDossierTime(state, GROUP)?.original).toEqual({
      dueDate: "2025-11-03",
      dueAt: "2025-11-03T17:00:00+07:00",
    });
  });
});

describe("defect 3 — the same-day cut-off applies to same-day limits only (CAL-20, CAL-22, DL-4)", () => {
  /** The 20-working-day group with a 15:00 cut-off in its record: the cut-off must not touch it. */
  const withCutoff = contextFor(parseProcedure({ ...BIRTH_INTER_AGENCY_GROUP, sameDayCutoff: "15:00" }));
  const birth = contextFor(BIRTH_REGISTRATION);

  it("CAL-22: a 20-working-day dossier received Thu 9/10/2025 16:00 is due Thu 6/11/2025 (no extra day)", () => {
    // From Fri 10/10: 10/10 (1), 13–17/10 (6), 20–24/10 (11), 27–31/10 (16), 3–6/11 (20).
    const state = anEventLog().submit("2025-10-09T15:55").receive("2025-10-09T16:00").replay(withCutoff);
    expect(state.appointments[0]).toMatchObject({ kind: "initial", dueDate: "2025-11-06" });
    expect(computeDossierTime(state, withCutoff)?.original.dueDate).toBe("2025-11-06");
  });

  it("CAL-20 / DL-4: a same-day dossier received Thu 9/10/2025 16:00 (after 15:00) is due Fri 10/10 17:00", () => {
    const state = anEventLog().submit("2025-10-09T15:55").receive("2025-10-09T16:00").replay(birth);
    expect(state.appointments[0]).toMatchObject({ dueDate: "2025-10-10", dueAt: "2025-10-10T17:00:00+07:00" });
  });

  it("CAL-20 / DL-4: received before the cut-off, Thu 9/10/2025 14:00, it is due the same day at 17:00", () => {
    const state = anEventLog().submit("2025-10-09T13:55").receive("2025-10-09T14:00").replay(birth);
    expect(state.appointments[0]).toMatchObject({ dueDate: "2025-10-09", dueAt: "2025-10-09T17:00:00+07:00" });
  });

  it("CAL-20 / DL-4: after the cut-off on Fri 29/8/2025 it rolls over Quốc khánh to Wed 3/9/2025", () => {
    // Sat 30/8, Sun 31/8, Mon 1/9 and Tue 2/9/2025 are off (block 2025-08-30..2025-09-02).
    const state = anEventLog().submit("2025-08-29T15:25").receive("2025-08-29T15:30").replay(birth);
    expect(state.appointments[0]).toMatchObject({ dueDate: "2025-09-03", dueAt: "2025-09-03T17:00:00+07:00" });
  });
});

describe("defect 4 — quotas vs cases: a case runs only a workflow sharing out its own limit (DL-16)", () => {
  // INTER_AGENCY: the group with a direct-channel workflow of 1 + 3 + 8 (residence) + 5 (BHXH) + 2 + 1 = 20
  // days. Case "birth-insurance" has 15 working days (TTLT 05/2015): the 20-day workflow is not its own.
  const shortCase = anEventLog()
    .submit("2025-10-06T08:50", { caseId: "birth-insurance" })
    .receive("2025-10-06T09:00")
    .transfer("2025-10-06T10:00");
  /** A made-up but valid split of the 15-day case (DL-16: quotas sum to the case's legal limit). */
  const withCaseWorkflow = parseProcedure({
    ...INTER_AGENCY,
    internalWorkflows: [
      ...(INTER_AGENCY.internalWorkflows ?? []),
      {
        caseId: "birth-insurance",
        steps: [
          { order: 1, name: "Tiếp nhận hồ sơ", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: wd(1) },
          { order: 2, name: "Đăng ký khai sinh", unit: "UBND xã", role: "Công chức tư pháp - hộ tịch", quota: wd(3) },
          {
            order: 3,
            name: "Cấp thẻ bảo hiểm y tế",
            unit: "Bảo hiểm xã hội",
            role: "Viên chức BHXH",
            quota: wd(8),
            agency: { name: "Cơ quan Bảo hiểm xã hội", role: "cooperating" },
          },
          { order: 4, name: "Ký giấy khai sinh", unit: "UBND xã", role: "Chủ tịch UBND xã", quota: wd(2) },
          { order: 5, name: "Trả kết quả", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: wd(1) },
        ],
      },
    ],
  });

  it("DL-16: the 15-day case does not run the channel's 20-day workflow (no current step)", () => {
    const context = contextFor(INTER_AGENCY);
    const state = shortCase.replay(context);
    expect(state.currentStep).toBeUndefined();
    expect(state.steps).toEqual([]);
    expect(state.status).toBe("inProcess");
    // 15 working days from Tue 7/10/2025: 7–10/10 (4), 13–17/10 (9), 20–24/10 (14), Mon 27/10 (15).
    expect(computeDossierTime(state, context)?.original.dueDate).toBe("2025-10-27");
  });

  it("DL-16: the 20-day case of the same procedure runs the channel's workflow", () => {
    const context = contextFor(INTER_AGENCY);
    const state = anEventLog()
      .submit("2025-10-06T08:50", { caseId: "birth-residence-insurance" })
      .receive("2025-10-06T09:00")
      .replay(context);
    expect(state.currentStep).toBe(1);
  });

  it("DL-16 / WF-12: with its own workflow, the case's liên thông budget stays within its 15 days", () => {
    const context = contextFor(withCaseWorkflow);
    const state = shortCase.handOver("2025-10-08T10:00", 3).replay(context);
    expect(state.status).toBe("interAgency");
    expect(state.handoffs.map((h) => [h.agency, h.budget])).toEqual([["Cơ quan Bảo hiểm xã hội", wd(8)]]);
    const budget = state.handoffs.reduce((sum, h) => sum + h.budget.value, 0);
    expect(budget).toBeLessThanOrEqual(15);
    // Sent Wed 8/10/2025 10:00 with 8 working days: Thu 9/10 (1), Fri 10/10 (2), 13–17/10 (7), Mon 20/10 (8).
    expect(interAgencyProgress(state, "2025-10-09T09:00:00+07:00", context)[0]?.dueAt).toBe(
      "2025-10-20T17:00:00+07:00",
    );
  });
});

describe("defect 5 — the control slip counts a step's pause (WF-13, DL-8)", () => {
  // INTER_AGENCY step 2 "Đăng ký khai sinh" (3 working days) starts at the transfer, Mon 6/10/2025 10:00:
  // unpaused due Thu 9/10 17:00. Paused Tue 7/10 09:00 → Thu 9/10 10:00: Tue 09:00–11:30 + 13:30–17:00
  // (6 h) + Wed 8/10 (8 h) + Thu 07:00–10:00 (3 h) = 17 working hours. Step due: 9/10 17:00 + 17 h =
  // Fri 10/10 (8), Mon 13/10 (8), Tue 14/10 07:00–08:00 (1) → Tue 14/10/2025 08:00.
  const context = contextFor(INTER_AGENCY);
  const state = OCT.requestSupplement("2025-10-07T09:00", { items: ITEMS })
    .supplement("2025-10-09T10:00")
    .handOver("2025-10-13T15:00", 3)
    .replay(context);

  it("WF-13 / DL-8: handed over Mon 13/10 15:00, within quota + paused time, the step is early, not late", () => {
    const row = buildProcessControlSlip(state, context).data.rows.find((r) => r.order === 2);
    expect(row?.stepDueAt).toBe("2025-10-14T08:00:00+07:00");
    expect(row?.outcome).toBe("early");
  });

  it("WF-13 / DL-8: the account of the dossier's time gives the same step window", () => {
    const step = computeDossierTime(state, context)?.steps.find((s) => s.order === 2);
    expect(step).toMatchObject({
      startedAt: "2025-10-06T10:00:00+07:00",
      handedOverAt: "2025-10-13T15:00:00+07:00",
      dueDate: "2025-10-14",
      dueAt: "2025-10-14T08:00:00+07:00",
      pausedWorkingMinutes: 17 * 60,
      outcome: "early",
    });
  });
});

describe("defect 6 — an apology's new date lies ahead of it (DL-11)", () => {
  // Appointment in force Mon 3/11/2025 17:00.
  const inProcess = OCT.replay(GROUP);
  const apologise = (at: string, newDueDate: string) => () =>
    send(
      inProcess,
      { type: "apologise", at, actor: APPROVER, newDueDate, reason: "Cần xác minh thêm", letterRef: "12/XL" },
      GROUP,
    );

  it("DL-11: a new date before the apology (Tue 28/10/2025, apology Wed 29/10) is refused", () => {
    expect(thrown(apologise("2025-10-29T09:00:00+07:00", "2025-10-28"))).toEqual({
      code: "INVALID_EVENT",
      path: ["newDueDate"],
    });
  });

  it("DL-11: a new date after the appointment but already past (Wed 5/11, apology Thu 6/11) is refused", () => {
    expect(thrown(apologise("2025-11-06T09:00:00+07:00", "2025-11-05"))).toEqual({
      code: "INVALID_EVENT",
      path: ["newDueDate"],
    });
  });

  it("DL-11: the apology's own day once its working hours are over (Thu 6/11 17:30) is refused", () => {
    expect(thrown(apologise("2025-11-06T17:30:00+07:00", "2025-11-06"))).toEqual({
      code: "INVALID_EVENT",
      path: ["newDueDate"],
    });
  });

  it("DL-11: a new date on or before the appointment in force (Mon 3/11) or on a Saturday (8/11) is refused", () => {
    for (const date of ["2025-11-03", "2025-10-31", "2025-11-08"]) {
      expect(thrown(apologise("2025-10-29T09:00:00+07:00", date))).toEqual({
        code: "INVALID_EVENT",
        path: ["newDueDate"],
      });
    }
  });

  it("DL-11: the apology's own day while its working hours last (Thu 6/11 10:00) is accepted", () => {
    const { state } = apologise("2025-11-06T10:00:00+07:00", "2025-11-06")();
    expect(state.appointments.at(-1)).toMatchObject({ dueDate: "2025-11-06", dueAt: "2025-11-06T17:00:00+07:00" });
  });
});

describe("defect 7 — an apology on a day off after the last permitted day is late (DL-13)", () => {
  const lateWarnings = (effects: readonly { type: string; code?: string }[]) =>
    effects.filter((e) => e.type === "warning" && e.code === "lateApology").length;

  it("DL-13: due Mon 3/11/2025, last permitted Fri 31/10; an apology on Sat 1/11 is flagged", () => {
    const { state, effects } = send(
      OCT.replay(GROUP),
      {
        type: "apologise",
        at: "2025-11-01T09:00:00+07:00",
        actor: APPROVER,
        newDueDate: "2025-11-10",
        reason: "Cần xác minh",
        letterRef: "12/XL",
      },
      GROUP,
    );
    expect(state.lateApology).toBe(true);
    expect(lateWarnings(effects)).toBe(1);
  });

  it("DL-13: the same apology on Fri 31/10/2025 is in time", () => {
    const { state, effects } = send(
      OCT.replay(GROUP),
      {
        type: "apologise",
        at: "2025-10-31T16:00:00+07:00",
        actor: APPROVER,
        newDueDate: "2025-11-10",
        reason: "Cần xác minh",
        letterRef: "12/XL",
      },
      GROUP,
    );
    expect(state.lateApology).toBe(false);
    expect(lateWarnings(effects)).toBe(0);
  });

  // Received Mon 19/1/2026 09:00, 20 working days from Tue 20/1: 20–23/1 (4), 26–30/1 (9), 2–6/2 (14),
  // 9–13/2 (19), then Tết (14–22/2 off), Mon 23/2 (20) → due Mon 23/2/2026. The working day before it is
  // Fri 13/2/2026: an apology during the Tết block comes after the last permitted day.
  const tet = anEventLog().submit("2026-01-19T08:50").receive("2026-01-19T09:00").transfer("2026-01-19T10:00");

  it("DL-13: due Mon 23/2/2026 after Tết; an apology on Tue 17/2 (Tết holiday) is flagged", () => {
    const before = tet.replay(GROUP);
    expect(before.appointments[0]?.dueDate).toBe("2026-02-23");
    const { state, effects } = send(
      before,
      {
        type: "apologise",
        at: "2026-02-17T09:00:00+07:00",
        actor: APPROVER,
        newDueDate: "2026-02-27",
        reason: "Cần xác minh",
        letterRef: "12/XL",
      },
      GROUP,
    );
    expect(state.lateApology).toBe(true);
    expect(lateWarnings(effects)).toBe(1);
  });

  it("DL-13: the same apology on Fri 13/2/2026, the last working day before Tết, is in time", () => {
    const { state } = send(
      tet.replay(GROUP),
      {
        type: "apologise",
        at: "2026-02-13T09:00:00+07:00",
        actor: APPROVER,
        newDueDate: "2026-02-27",
        reason: "Cần xác minh",
        letterRef: "12/XL",
      },
      GROUP,
    );
    expect(state.lateApology).toBe(false);
  });
});

describe("defect 9 — extra time named at receipt moves the due date (DL-6)", () => {
  const log = anEventLog().submit("2025-10-06T08:50");

  it("DL-6: +5 working days: 20 + 5 from Tue 7/10/2025 → 3/11 (20), 4–7/11 (24), Mon 10/11/2025 (25)", () => {
    const state = log.receive("2025-10-06T09:00", { extraTime: [PLUS_5 as string] }).replay(GROUP);
    expect(state.appointments[0]?.dueDate).toBe("2025-11-10");
    const time = computeDossierTime(state, GROUP);
    expect(time?.timeLimit).toEqual({ value: 25, unit: "workingDays" });
    expect(time?.original.dueDate).toBe("2025-11-10");
  });

  it("DL-6: +2 and +5 working days: 27 → Wed 12/11/2025 (25 on Mon 10/11, then 11/11, 12/11)", () => {
    const state = log.receive("2025-10-06T09:00", { extraTime: [PLUS_2 as string, PLUS_5 as string] }).replay(GROUP);
    expect(state.appointments[0]?.dueDate).toBe("2025-11-12");
  });

  it("DL-6: a condition the channel row does not offer is refused at its index", () => {
    const state = log.replay(GROUP);
    const error = thrown(() =>
      send(
        state,
        {
          type: "receive",
          at: "2025-10-06T09:00:00+07:00",
          actor: DESK,
          code: "000.00.12.H26-251006-0001",
          extraTime: [PLUS_2 as string, "Hồ sơ ở vùng sâu"],
        },
        GROUP,
      ),
    );
    expect(error).toEqual({ code: "INVALID_EVENT", path: ["extraTime", 1] });
  });
});

describe("defect 10 — options: ruleSetBy and refused options (LAW-8)", () => {
  // VN-2018 (NĐ 61/2018) is in force until 30/6/2025; VN-2025 (NĐ 118/2025) from Tue 1/7/2025.
  const log = anEventLog().submit("2025-06-30T16:00", { channel: "online" }).receive("2025-07-01T08:00");

  it("LAW-8: by default a dossier received Tue 1/7/2025 binds VN-2025", () => {
    expect(log.replay(contextFor(BIRTH_REGISTRATION)).ruleSet).toBe("VN-2025");
  });

  it("LAW-8: ruleSetBy 'submittedAt' binds the one submitted Mon 30/6/2025 to VN-2018", () => {
    expect(log.replay(contextFor(BIRTH_REGISTRATION, { ruleSetBy: "submittedAt" })).ruleSet).toBe("VN-2018");
  });

  const refused: [string, unknown, readonly unknown[]][] = [
    ["an unknown key", { maxSupplementRequest: 2 }, ["options", "maxSupplementRequest"]],
    ["maxSupplementRequests: NaN", { maxSupplementRequests: Number.NaN }, ["options", "maxSupplementRequests"]],
    ["maxSupplementRequests: -1", { maxSupplementRequests: -1 }, ["options", "maxSupplementRequests"]],
    ["maxSupplementRequests: '3'", { maxSupplementRequests: "3" }, ["options", "maxSupplementRequests"]],
    ["ruleSetBy: 'createdAt'", { ruleSetBy: "createdAt" }, ["options", "ruleSetBy"]],
  ];
  it.each(refused)("LAW-8 / INVALID_OPTION: %s is refused", (_name, options, path) => {
    const context = contextFor(BIRTH_REGISTRATION, options as WorkflowOptions);
    const error = thrown(() =>
      transition(
        createDossierState(context),
        {
          type: "submit",
          at: "2025-10-06T09:00:00+07:00",
          actor: DESK,
          version: 0,
          channel: "direct",
          applicant: { kind: "citizen", name: "Nguyễn Văn A" },
        },
        context,
      ),
    );
    expect(error.code).toBe("INVALID_OPTION");
    expect(error.path).toEqual(path);
  });
});

describe("defect 12 — the bridge: stateToReportRecord in every status (REP-4)", () => {
  const AGENCY = "000.00.12.H26";
  const period = { period: "2025-10" };
  const context = contextFor(BIRTH_INTER_AGENCY_GROUP);
  const submitted = anEventLog().submit("2025-10-06T08:50");
  const received = submitted.receive("2025-10-06T09:00");
  const summary = (state: DossierState) =>
    summarizeProcessing([stateToReportRecord(state, context, { receivingAgency: AGENCY })], period);

  it("REP-4: submitted, or refused at intake, is counted as not received", () => {
    for (const state of [
      submitted.replay(context),
      submitted.add("rejectAtIntake", "2025-10-06T09:00").replay(context),
    ]) {
      const report = summary(state);
      expect(report.records.notReceived).toBe(1);
      expect(report.total.received).toBe(0);
    }
  });

  it("REP-4: withdrawn, stopped and refused dossiers are counted apart, not as resolved or pending", () => {
    const cases = [
      [received.add("withdraw", "2025-10-08T09:00").replay(context), "withdrawn"],
      [OCT.add("stop", "2025-10-08T09:00").replay(context), "stopped"],
      [OCT.add("refuse", "2025-10-08T09:00").replay(context), "refused"],
    ] as const;
    for (const [state, column] of cases) {
      const row = summary(state).total;
      expect(row[column]).toBe(1);
      expect(row.resolved + row.pending).toBe(0);
    }
  });

  it("REP-4: received or in process on 31/10/2025 (due 3/11) is pending within time", () => {
    for (const state of [received.replay(context), OCT.replay(context)]) {
      const row = summary(state).total;
      expect([row.newTotal, row.pending, row.pendingWithinTime, row.pendingOverdue]).toEqual([1, 1, 1, 0]);
    }
  });

  it("REP-4 / REP-5: resolved and returned dossiers are resolved on time by date, returned ones not collected = 0", () => {
    const resolved = OCT.approve("2025-10-30T09:00").replay(context); // before Mon 3/11: early
    const returned = OCT.approve("2025-10-30T09:00").returnResult("2025-10-31T09:00").replay(context);
    expect(summary(resolved).total).toMatchObject({ resolved: 1, resolvedEarly: 1, notCollected: 1 });
    expect(summary(returned).total).toMatchObject({ resolved: 1, resolvedEarly: 1, notCollected: 0 });
  });
});

describe("defect 12 (property counterexample) — reference 'returned' on a resolved dossier not yet returned", () => {
  // Found by seams.prop.test.ts: approved Thu 30/10/2025, result not yet collected. With
  // reference "returned" the workflow gives no verdict (nothing returned yet), while the report counts
  // the record resolved and classifies it by its readiness. stateToReportRecord promises the report
  // classifies a record exactly as classifyTimeliness classifies the state with the same options.
  it("REP-5: classifyTimeliness and the report give the same verdict with reference 'returned'", () => {
    const state = OCT.approve("2025-10-30T09:00").replay(GROUP);
    const options = { reference: "returned" } as const;
    const row = summarizeProcessing([stateToReportRecord(state, GROUP)], {
      period: "2025-10-01..2025-11-30",
      ...options,
    }).total;
    const report = row.resolvedEarly ? "early" : row.resolvedOnTime ? "onTime" : row.resolvedLate ? "late" : undefined;
    expect(classifyTimeliness(state, GROUP, options)).toBe(report);
  });
});

describe("defect 13 — minute granularity: on the due date before dueAt is on time (REP-5)", () => {
  // Due Mon 3/11/2025 17:00; the period covers the receipt (6/10) and every finish.
  const period = { period: "2025-10-01..2025-11-30" };
  const verdicts = (approvedAt: string, granularity: "day" | "minute") => {
    const state = OCT.approve(approvedAt).replay(GROUP);
    const row = summarizeProcessing([stateToReportRecord(state, GROUP)], { ...period, granularity }).total;
    const report = row.resolvedEarly === 1 ? "early" : row.resolvedOnTime === 1 ? "onTime" : "late";
    return [classifyTimeliness(state, GROUP, { granularity }), report];
  };

  it("REP-5: ready Mon 3/11 10:00 is onTime, not early, in the workflow and the report", () => {
    expect(verdicts("2025-11-03T10:00:00+07:00", "minute")).toEqual(["onTime", "onTime"]);
    expect(verdicts("2025-11-03T10:00:00+07:00", "day")).toEqual(["onTime", "onTime"]);
  });

  it("REP-5: ready Fri 31/10 is early under both readings", () => {
    expect(verdicts("2025-10-31T16:00:00+07:00", "minute")).toEqual(["early", "early"]);
  });

  it("REP-5: ready Mon 3/11 17:30, after dueAt, is late by the minute and on time by the day", () => {
    expect(verdicts("2025-11-03T17:30:00+07:00", "minute")).toEqual(["late", "late"]);
    expect(verdicts("2025-11-03T17:30:00+07:00", "day")).toEqual(["onTime", "onTime"]);
  });
});

function wd(value: number) {
  return { value, unit: "workingDays" as const };
}

/**
 * Official scenarios walked end to end. Expected dates are worked out by hand from the calendar
 * facts in the comments (bundled official schedule), never pasted from the code's output.
 * Dossiers and their event logs come from the testing kit (`aDossier`, `anEventLog`); a step whose
 * effects are checked goes through `lastTransition`.
 */
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import type { Procedure } from "../../src/models/index.js";
import { aDossier, type DossierBuilder } from "../../src/testing/index.js";
import {
  buildDossierRegisterRow,
  buildProcessControlSlip,
  classifyTimeliness,
  computeRemaining,
  interAgencyProgress,
  isOverdue,
  nationalStatusOf,
  nextEvents,
  renderFormText,
  type WorkflowEffect,
  type WorkflowOptions,
} from "../../src/workflow/index.js";
import {
  APPLICANT,
  APPROVER,
  BIRTH_INTER_AGENCY_GROUP,
  BIRTH_REGISTRATION,
  calendar,
  INTER_AGENCY,
  lastTransition,
  PARTNER,
  PROCESSOR,
} from "./_helpers.js";

/** A dossier of `procedure` at the desk, on the shared national calendar. */
function aDossierOf(procedure: Procedure = BIRTH_REGISTRATION, options?: WorkflowOptions): DossierBuilder {
  const dossier = aDossier().ofProcedure(procedure).onCalendar(calendar);
  return options === undefined ? dossier : dossier.withOptions(options);
}

/** Submitted Mon 2/3/2026 08:50 and received at 09:00: the common start of the 2026 scenarios. */
function receivedOnMarch2(procedure: Procedure = BIRTH_INTER_AGENCY_GROUP, options?: WorkflowOptions) {
  return aDossierOf(procedure, options)
    .submittedAt("2026-03-02T08:50:00+07:00")
    .receivedAt("2026-03-02T09:00:00+07:00");
}

function forms(effects: readonly WorkflowEffect[]) {
  return effects.flatMap((e) =>
    e.type === "issueForm" ? [{ form: e.form, number: e.number, ruleSet: e.ruleSet }] : [],
  );
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isTthcError(error)) return error.code;
    throw error;
  }
  throw new Error("nothing thrown");
}

describe("DL-7 / CAL-20 / CAL-22: received on the day before Tết Bính Ngọ", () => {
  // Official schedule: Tết Bính Ngọ 2026 off Sat 14/2 to Sun 22/2; Fri 13/2 and Mon 23/2 are working days.
  it("a same-day procedure received after the 15:00 cut-off on Fri 13/2 is due at the end of Mon 23/2", () => {
    const dossier = aDossierOf().submittedAt("2026-02-13T15:50:00+07:00").receivedAt("2026-02-13T16:00:00+07:00");
    const { state, effects } = lastTransition(dossier.eventLog(), dossier.context());
    expect(state.appointments[0]?.dueAt).toBe("2026-02-23T17:00:00+07:00");
    expect(state.ruleSet).toBe("VN-2025");
    expect(forms(effects)).toEqual([{ form: "appointmentSlip", number: "01", ruleSet: "VN-2025" }]);
    expect(effects).toContainEqual({
      type: "deadlineChanged",
      dueAt: "2026-02-23T17:00:00+07:00",
      dueDate: "2026-02-23",
      kind: "initial",
    });
  });

  it("a 20-working-day liên thông dossier received Fri 13/2 is due Fri 20/3 (23–27/2, 2–6/3, 9–13/3, 16–20/3)", () => {
    const dossier = aDossierOf(BIRTH_INTER_AGENCY_GROUP)
      .submittedAt("2026-02-13T08:00:00+07:00")
      .receivedAt("2026-02-13T08:30:00+07:00");
    const state = dossier.buildState();
    const context = dossier.context();
    expect(state.appointments[0]?.dueDate).toBe("2026-03-20");
    // DL-15: overdue derived at an instant. During Tết nothing is used: at Mon 23/2 07:00, 20 full days are left.
    expect(computeRemaining(state, "2026-02-23T07:00:00+07:00", context)?.days).toBe(20);
    expect(isOverdue(state, "2026-03-20T17:00:00+07:00", context)).toBe(false);
    expect(isOverdue(state, "2026-03-23T08:00:00+07:00", context)).toBe(true);
  });
});

describe("DL-8 / DL-9 / WF-15: a supplement request pauses the clock over a weekend", () => {
  // Received Mon 2/3/2026 09:00, 20 working days: 3–6/3 (4), 9–13/3 (9), 16–20/3 (14), 23–27/3 (19), Mon 30/3 (20).
  // Paused Fri 6/3 15:00 → Mon 9/3 10:00: Fri 15:00–17:00 (2 h) + Mon 07:00–10:00 (3 h) = 5 working hours; the
  // weekend counts nothing. Due 30/3 17:00 + 5 h → Tue 31/3 07:00–11:30 (4.5 h) + 13:30–14:00 = 14:00.
  function paused(options?: WorkflowOptions) {
    const dossier = receivedOnMarch2(BIRTH_INTER_AGENCY_GROUP, options);
    const log = dossier
      .eventLog()
      .transfer("2026-03-02T10:00:00+07:00")
      .requestSupplement("2026-03-06T15:00:00+07:00", {
        items: [{ name: "Giấy chứng sinh", reason: "Bản chụp không rõ", componentId: "birth-certificate" }],
      });
    return { log, context: dossier.context() };
  }

  it("keeps used time and moves the due date by the paused working time", () => {
    const { log, context } = paused();
    const { state, effects } = lastTransition(log, context);
    expect(state.appointments[0]?.dueAt).toBe("2026-03-30T17:00:00+07:00");
    expect(state.status).toBe("supplementRequested");
    expect(forms(effects)).toEqual([{ form: "supplementRequest", number: "02", ruleSet: "VN-2025" }]);
    expect(effects).toContainEqual({ type: "clockPaused", at: "2026-03-06T15:00:00+07:00", reason: "supplement" });
    // While paused, the clock does not run: overdue is judged against the due date extended up to now.
    expect(isOverdue(state, "2026-04-15T09:00:00+07:00", context)).toBe(false);
    const resumed = lastTransition(log.supplement("2026-03-09T10:00:00+07:00"), context);
    expect(resumed.state.status).toBe("inProcess");
    expect(resumed.state.appointments.map((a) => [a.kind, a.dueAt])).toEqual([
      ["initial", "2026-03-30T17:00:00+07:00"],
      ["resumed", "2026-03-31T14:00:00+07:00"],
    ]);
    expect(resumed.effects).toContainEqual({
      type: "deadlineChanged",
      dueAt: "2026-03-31T14:00:00+07:00",
      dueDate: "2026-03-31",
      kind: "resumed",
    });
  });

  it("DL-9: a second request during processing is LIMIT_REACHED by default, allowed with maxSupplementRequests 2", () => {
    const items = [{ name: "Tờ khai", reason: "Thiếu chữ ký", componentId: "birth-registration-form" }];
    const d = paused();
    const again = () =>
      d.log
        .supplement("2026-03-09T10:00:00+07:00")
        .requestSupplement("2026-03-10T10:00:00+07:00", { items })
        .replay(d.context);
    expect(codeOf(again)).toBe("LIMIT_REACHED");
    const e = paused({ maxSupplementRequests: 2 });
    const twice = e.log
      .supplement("2026-03-09T10:00:00+07:00")
      .requestSupplement("2026-03-10T10:00:00+07:00", { items })
      .replay(e.context);
    expect(twice.processingSupplementRequests).toBe(2);
  });
});

describe("DL-11 to DL-14 / WF-18: apology and re-appointment", () => {
  // Received Mon 2/3/2026, due Mon 30/3 (see above). One working day before = Fri 27/3.
  function late() {
    const dossier = receivedOnMarch2();
    return { log: dossier.eventLog().transfer("2026-03-02T10:00:00+07:00"), context: dossier.context() };
  }
  const apology = { actor: APPROVER, reason: "Chờ xác minh", letterRef: "12/XL-UBND" };

  it("DL-13: an apology on Fri 27/3 is in time", () => {
    const { log, context } = late();
    const { state, effects } = lastTransition(
      log.apologise("2026-03-27T10:00:00+07:00", "2026-04-03", apology),
      context,
    );
    expect(state.lateApology).toBe(false);
    expect(effects.some((e) => e.type === "warning")).toBe(false);
  });

  it("DL-13: an apology on the due date itself is accepted and flagged lateApology, never silently", () => {
    const { log: transferred, context } = late();
    const log = transferred.apologise("2026-03-30T10:00:00+07:00", "2026-04-03", apology);
    const { state, effects } = lastTransition(log, context);
    expect(state.lateApology).toBe(true);
    expect(effects.find((e) => e.type === "warning")).toMatchObject({ type: "warning", code: "lateApology" });
    const letter = effects.find((e) => e.type === "issueForm");
    // VN-2025 Mẫu 04 is the apology with an extension request (WF-20); the appointment kind follows.
    expect(letter).toMatchObject({
      form: "apologyLetter",
      number: "04",
      title: { vi: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" },
      data: { lateApology: true, previousDueAt: "2026-03-30T17:00:00+07:00", newDueAt: "2026-04-03T17:00:00+07:00" },
    });
    // DL-14: both due dates kept; alerts use the new one, reports classify against the original.
    expect(state.appointments.map((a) => [a.kind, a.dueDate])).toEqual([
      ["initial", "2026-03-30"],
      ["extension", "2026-04-03"],
    ]);
    expect(isOverdue(state, "2026-03-31T09:00:00+07:00", context)).toBe(false);
    // DL-12: one re-appointment only.
    const again = () =>
      log.apologise("2026-04-01T10:00:00+07:00", "2026-04-07", { ...apology, letterRef: "13/XL-UBND" }).replay(context);
    expect(codeOf(again)).toBe("LIMIT_REACHED");
    const approved = log.approve("2026-04-02T10:00:00+07:00").replay(context);
    expect(classifyTimeliness(approved, context)).toBe("late");
    expect(classifyTimeliness(approved, context, { classifyAgainst: "reappointed" })).toBe("early");
  });

  it("WF-18: the new date must be a working day after the current one", () => {
    const { log, context } = late();
    const sunday = () => log.apologise("2026-03-27T10:00:00+07:00", "2026-04-05", apology).replay(context);
    expect(codeOf(sunday)).toBe("INVALID_EVENT");
  });
});

describe("WF-12 / WF-13 / DL-16: liên thông birth registration with three agencies", () => {
  // Received Mon 2/3/2026 09:00 at the commune; due Mon 30/3. Step budgets (whole days, counted from the next
  // working day): police 8 days from Thu 5/3 → 6,9,10,11,12,13,16,17 → Tue 17/3; social insurance 5 days from
  // Thu 19/3 → 20,23,24,25,26 → Thu 26/3.
  function run() {
    const dossier = receivedOnMarch2(INTER_AGENCY);
    const context = dossier.context();
    expect(dossier.buildState().currentStep).toBe(1);
    const toPolice = dossier
      .eventLog()
      .transfer("2026-03-03T09:00:00+07:00")
      .handOver("2026-03-05T10:00:00+07:00", 3, { actor: PROCESSOR });
    const handedOver = lastTransition(toPolice, context);
    expect(handedOver.state.status).toBe("interAgency");
    expect(handedOver.effects).toEqual([
      { type: "notify", to: "partnerAgency", template: "handedOver", agency: "Cơ quan đăng ký cư trú" },
    ]);
    const toInsurance = toPolice.handOver("2026-03-19T09:00:00+07:00", 4, { actor: PARTNER });
    expect(toInsurance.replay(context).status).toBe("interAgency");
    const back = toInsurance.handOver("2026-03-24T15:00:00+07:00", 5, { actor: PARTNER });
    expect(back.replay(context).status).toBe("inProcess");
    const state = back.approve("2026-03-25T10:00:00+07:00").returnResult("2026-03-26T09:00:00+07:00").replay(context);
    return { state, context };
  }

  it("each agency's budget and overrun is visible", () => {
    const d = run();
    const progress = interAgencyProgress(d.state, "2026-03-26T09:00:00+07:00", d.context);
    expect(progress.map((p) => [p.agency, p.dueAt, p.overrun, p.open])).toEqual([
      ["Cơ quan đăng ký cư trú", "2026-03-17T17:00:00+07:00", true, false],
      ["Cơ quan Bảo hiểm xã hội", "2026-03-26T17:00:00+07:00", false, false],
    ]);
  });

  it("WF-13: the process-control slip marks each hand-over against its quota", () => {
    const d = run();
    const slip = buildProcessControlSlip(d.state, d.context);
    expect(slip.number).toBe("06"); // VN-2025: control slip is Mẫu 06 (WF-32)
    // 1: 1 day from 2/3 → 3/3, handed 3/3 (on time); 2: 3 days from 3/3 → 6/3, handed 5/3 (early);
    // 3: due 17/3, handed 19/3 (late); 4: due 26/3, handed 24/3 (early); 5: 2 days from 24/3 → 26/3, handed 25/3
    // (early); 6: 1 day from 25/3 → 26/3, handed 26/3 (on time).
    expect(slip.data.rows.map((r) => [r.order, r.outcome])).toEqual([
      [1, "onTime"],
      [2, "early"],
      [3, "late"],
      [4, "early"],
      [5, "early"],
      [6, "onTime"],
    ]);
    expect(slip.data.rows[2]?.unit).toBe("Cơ quan đăng ký cư trú");
    expect(classifyTimeliness(d.state, d.context)).toBe("early"); // result ready 25/3, appointment 30/3 (REP-5)
    expect(d.state.status).toBe("returned");
    expect(nationalStatusOf(d.state)).toEqual({ code: 10, label: { vi: "Đã trả kết quả", en: "result returned" } });
    const text = renderFormText(slip, "vi");
    expect(text).toContain("Đăng ký thường trú — Cơ quan đăng ký cư trú: 10 giờ 00 phút, ngày 05/03/2026");
    expect(text).toContain("(Quá hạn)");
  });

  it("WF-13: a hand-over must name the next step; an applicant may not hand over", () => {
    const dossier = receivedOnMarch2(INTER_AGENCY);
    const context = dossier.context();
    const transferred = dossier.eventLog().transfer("2026-03-03T09:00:00+07:00");
    const at = "2026-03-04T09:00:00+07:00";
    expect(codeOf(() => transferred.handOver(at, 4, { actor: PROCESSOR }).replay(context))).toBe("INVALID_EVENT");
    expect(codeOf(() => transferred.handOver(at, 3, { actor: APPLICANT }).replay(context))).toBe("FORBIDDEN_ROLE");
    // Approval waits until the partner agencies are done (inter-agency state).
    const handedOver = transferred.handOver(at, 3, { actor: PROCESSOR });
    expect(codeOf(() => handedOver.approve("2026-03-04T10:00:00+07:00").replay(context))).toBe(
      "TRANSITION_NOT_ALLOWED",
    );
  });
});

describe("LAW-8 / WF-25 / WF-32: received 30/6/2025 (VN-2018) vs 1/7/2025 (VN-2025)", () => {
  it("30/6/2025: VN-2018 forms; stop is not allowed", () => {
    const dossier = aDossierOf().submittedAt("2025-06-30T09:50:00+07:00").receivedAt("2025-06-30T10:00:00+07:00");
    const context = dossier.context();
    const received = dossier.buildState();
    expect(received.ruleSet).toBe("VN-2018");
    expect(received.appointments[0]?.dueAt).toBe("2025-06-30T17:00:00+07:00"); // same day, before 15:00
    const log = dossier.eventLog().transfer("2025-06-30T10:30:00+07:00");
    const { state, effects } = lastTransition(log, context);
    expect(forms(effects)).toEqual([{ form: "processControlSlip", number: "05", ruleSet: "VN-2018" }]);
    expect(nextEvents(state, context)).not.toContain("stop");
    expect(codeOf(() => log.stop("2025-06-30T11:00:00+07:00", { reason: "Theo đề nghị" }).replay(context))).toBe(
      "TRANSITION_NOT_ALLOWED",
    );
    expect(buildDossierRegisterRow(state, context).number).toBe("06");
  });

  it("30/6/2025 after 15:00 keeps VN-2018 though due on 1/7 (bound at the receipt instant)", () => {
    const state = aDossierOf()
      .submittedAt("2025-06-30T16:00:00+07:00")
      .receivedAt("2025-06-30T16:10:00+07:00")
      .buildState();
    expect([state.ruleSet, state.appointments[0]?.dueAt]).toEqual(["VN-2018", "2025-07-01T17:00:00+07:00"]);
  });

  it("1/7/2025: VN-2025 forms; stop gives the stop-processing notice (Mẫu 05) and national status 8", () => {
    const dossier = aDossierOf().submittedAt("2025-07-01T09:50:00+07:00").receivedAt("2025-07-01T10:00:00+07:00");
    const context = dossier.context();
    expect(dossier.buildState().ruleSet).toBe("VN-2025");
    const log = dossier.eventLog().transfer("2025-07-01T10:30:00+07:00");
    expect(forms(lastTransition(log, context).effects)).toEqual([
      { form: "processControlSlip", number: "06", ruleSet: "VN-2025" },
    ]);
    const { state, effects } = lastTransition(
      log.stop("2025-07-01T11:00:00+07:00", { reason: "Theo đề nghị của người nộp" }),
      context,
    );
    expect(state.status).toBe("stopped");
    expect(forms(effects)).toEqual([{ form: "stopProcessingNotice", number: "05", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(state)?.code).toBe(8);
    expect(buildDossierRegisterRow(state, context).number).toBe("07");
  });
});

describe("WF-24: withdrawal", () => {
  it("mid-processing the applicant withdraws: status 7, the clock stops mattering", () => {
    const dossier = receivedOnMarch2();
    const context = dossier.context();
    const state = dossier
      .eventLog()
      .transfer("2026-03-02T10:00:00+07:00")
      .withdraw("2026-03-10T10:00:00+07:00", { reason: "Không còn nhu cầu" })
      .replay(context);
    expect(state.status).toBe("withdrawn");
    expect(nationalStatusOf(state)?.code).toBe(7);
    expect(isOverdue(state, "2026-05-01T10:00:00+07:00", context)).toBe(false);
    expect(nextEvents(state, context)).toEqual([]);
  });

  it("not once the result is ready", () => {
    const dossier = receivedOnMarch2();
    const context = dossier.context();
    const log = dossier.eventLog().transfer("2026-03-02T10:00:00+07:00").approve("2026-03-05T10:00:00+07:00");
    expect(codeOf(() => log.withdraw("2026-03-06T10:00:00+07:00").replay(context))).toBe("TRANSITION_NOT_ALLOWED");
    expect(nationalStatusOf(log.replay(context))?.code).toBe(9); // resolved, not collected (WF-23)
  });
});

describe("WF-6 / WF-7 / WF-9: intake outcomes", () => {
  /** Submitted online by the applicant on Wed 2/7/2025 08:00. */
  const submitted = aDossierOf().viaChannel("online").submittedAt("2025-07-02T08:00:00+07:00");
  const context = submitted.context();

  it("a supplement request at intake, once, listing items of the procedure (Mẫu 02), then receipt", () => {
    const requested = submitted.eventLog().requestSupplementAtIntake("2025-07-02T09:00:00+07:00", {
      items: [{ name: "Giấy chứng sinh", reason: "Chưa nộp", componentId: "birth-certificate" }],
    });
    const { state, effects } = lastTransition(requested, context);
    expect(forms(effects)).toEqual([{ form: "supplementRequest", number: "02", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(state)?.code).toBe(5);
    const supplemented = requested.supplement("2025-07-02T10:00:00+07:00");
    expect(supplemented.replay(context).status).toBe("submitted");
    const twice = () =>
      supplemented
        .requestSupplementAtIntake("2025-07-02T11:00:00+07:00", {
          items: [{ name: "Tờ khai", reason: "Thiếu", componentId: "birth-registration-form" }],
        })
        .replay(context);
    expect(codeOf(twice)).toBe("LIMIT_REACHED");
    // The kit's default code is 000.00.12.H26-250702-0001: the receipt date, sequence 1.
    expect(supplemented.receive("2025-07-02T11:00:00+07:00").replay(context).status).toBe("received");
  });

  it("WF-4: an item outside the procedure's components and without a legal basis is refused", () => {
    const bad = () =>
      submitted
        .eventLog()
        .requestSupplementAtIntake("2025-07-02T09:00:00+07:00", { items: [{ name: "Sổ hộ khẩu", reason: "Bổ sung" }] })
        .replay(context);
    expect(codeOf(bad)).toBe("INVALID_EVENT");
  });

  it("a refusal at intake needs a reason (Mẫu 03)", () => {
    const log = submitted.eventLog();
    expect(codeOf(() => log.rejectAtIntake("2025-07-02T09:00:00+07:00", { reason: "" }).replay(context))).toBe(
      "INVALID_EVENT",
    );
    const { state, effects } = lastTransition(
      log.rejectAtIntake("2025-07-02T09:00:00+07:00", { reason: "Không thuộc thẩm quyền" }),
      context,
    );
    expect(forms(effects)).toEqual([{ form: "intakeRefusalNotice", number: "03", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(state)?.code).toBe(3);
  });

  it("MOD-14: the dossier code must carry the receipt date", () => {
    const log = submitted.eventLog();
    expect(
      codeOf(() => log.receive("2025-07-02T09:00:00+07:00", { code: "000.00.12.H26-250701-0001" }).replay(context)),
    ).toBe("INVALID_EVENT");
  });
});

describe("DL-10 / WF-17: payment", () => {
  it("a payment request does not pause the clock by default; approval needs it paid", () => {
    const dossier = receivedOnMarch2();
    const context = dossier.context();
    const requested = dossier
      .eventLog()
      .transfer("2026-03-02T10:00:00+07:00")
      .requestPayment("2026-03-03T10:00:00+07:00", { amountVnd: 50000 });
    const state = requested.replay(context);
    expect(nationalStatusOf(state)?.code).toBe(6);
    expect(state.pauses).toEqual([]);
    expect(codeOf(() => requested.approve("2026-03-04T10:00:00+07:00").replay(context))).toBe("TRANSITION_NOT_ALLOWED");
    const approved = requested.pay("2026-03-04T10:00:00+07:00").approve("2026-03-04T11:00:00+07:00").replay(context);
    expect(approved.status).toBe("resolved");
  });

  it("with pauseOnPaymentRequest the unpaid time does not count (Tue 3/3 10:00 → Wed 4/3 10:00 = 8 h: due moves one day)", () => {
    const dossier = receivedOnMarch2(BIRTH_INTER_AGENCY_GROUP, { pauseOnPaymentRequest: true });
    const state = dossier
      .eventLog()
      .transfer("2026-03-02T10:00:00+07:00")
      .requestPayment("2026-03-03T10:00:00+07:00", { amountVnd: 50000 })
      .pay("2026-03-04T10:00:00+07:00")
      .replay(dossier.context());
    expect(state.appointments.at(-1)?.dueAt).toBe("2026-03-31T17:00:00+07:00");
  });
});

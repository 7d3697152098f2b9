/**
 * Official scenarios walked end to end. Expected dates are worked out by hand from the calendar
 * facts in the comments (bundled official schedule), never pasted from the code's output.
 */
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import {
  buildDossierRegisterRow,
  buildProcessControlSlip,
  classifyTimeliness,
  computeRemaining,
  createDossierState,
  interAgencyProgress,
  isOverdue,
  nationalStatusOf,
  nextEvents,
  renderFormText,
  type WorkflowEffect,
} from "../../src/workflow/index.js";
import {
  APPLICANT,
  APPROVER,
  BIRTH_INTER_AGENCY_GROUP,
  BIRTH_REGISTRATION,
  CITIZEN,
  codeFor,
  contextFor,
  DESK,
  Driver,
  INTER_AGENCY,
  PARTNER,
  PROCESSOR,
  receivedAt,
} from "./_helpers.js";

function driverFor(procedure = BIRTH_REGISTRATION, options?: Parameters<typeof contextFor>[1]): Driver {
  const context = contextFor(procedure, options);
  return new Driver(context, createDossierState(context));
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
    const d = driverFor();
    receivedAt(d, "2026-02-13T15:50:00+07:00", "2026-02-13T16:00:00+07:00");
    expect(d.state.appointments[0]?.dueAt).toBe("2026-02-23T17:00:00+07:00");
    expect(d.state.ruleSet).toBe("VN-2025");
    expect(forms(d.effects)).toEqual([{ form: "appointmentSlip", number: "01", ruleSet: "VN-2025" }]);
    expect(d.effects).toContainEqual({
      type: "deadlineChanged",
      dueAt: "2026-02-23T17:00:00+07:00",
      dueDate: "2026-02-23",
      kind: "initial",
    });
  });

  it("a 20-working-day liên thông dossier received Fri 13/2 is due Fri 20/3 (23–27/2, 2–6/3, 9–13/3, 16–20/3)", () => {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP);
    receivedAt(d, "2026-02-13T08:00:00+07:00", "2026-02-13T08:30:00+07:00");
    expect(d.state.appointments[0]?.dueDate).toBe("2026-03-20");
    // DL-15: overdue derived at an instant. During Tết nothing is used: at Mon 23/2 07:00, 20 full days are left.
    expect(computeRemaining(d.state, "2026-02-23T07:00:00+07:00", d.context)?.days).toBe(20);
    expect(isOverdue(d.state, "2026-03-20T17:00:00+07:00", d.context)).toBe(false);
    expect(isOverdue(d.state, "2026-03-23T08:00:00+07:00", d.context)).toBe(true);
  });
});

describe("DL-8 / DL-9 / WF-15: a supplement request pauses the clock over a weekend", () => {
  // Received Mon 2/3/2026 09:00, 20 working days: 3–6/3 (4), 9–13/3 (9), 16–20/3 (14), 23–27/3 (19), Mon 30/3 (20).
  // Paused Fri 6/3 15:00 → Mon 9/3 10:00: Fri 15:00–17:00 (2 h) + Mon 07:00–10:00 (3 h) = 5 working hours; the
  // weekend counts nothing. Due 30/3 17:00 + 5 h → Tue 31/3 07:00–11:30 (4.5 h) + 13:30–14:00 = 14:00.
  function paused(options?: Parameters<typeof contextFor>[1]) {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP, options);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    d.send("requestSupplement", "2026-03-06T15:00:00+07:00", PROCESSOR, {
      items: [{ name: "Giấy chứng sinh", reason: "Bản chụp không rõ", componentId: "birth-certificate" }],
    });
    return d;
  }

  it("keeps used time and moves the due date by the paused working time", () => {
    const d = paused();
    expect(d.state.appointments[0]?.dueAt).toBe("2026-03-30T17:00:00+07:00");
    expect(d.state.status).toBe("supplementRequested");
    expect(forms(d.effects)).toEqual([{ form: "supplementRequest", number: "02", ruleSet: "VN-2025" }]);
    expect(d.effects).toContainEqual({ type: "clockPaused", at: "2026-03-06T15:00:00+07:00", reason: "supplement" });
    // While paused, the clock does not run: overdue is judged against the due date extended up to now.
    expect(isOverdue(d.state, "2026-04-15T09:00:00+07:00", d.context)).toBe(false);
    d.send("supplement", "2026-03-09T10:00:00+07:00", APPLICANT, {});
    expect(d.state.status).toBe("inProcess");
    expect(d.state.appointments.map((a) => [a.kind, a.dueAt])).toEqual([
      ["initial", "2026-03-30T17:00:00+07:00"],
      ["resumed", "2026-03-31T14:00:00+07:00"],
    ]);
    expect(d.effects).toContainEqual({
      type: "deadlineChanged",
      dueAt: "2026-03-31T14:00:00+07:00",
      dueDate: "2026-03-31",
      kind: "resumed",
    });
  });

  it("DL-9: a second request during processing is LIMIT_REACHED by default, allowed with maxSupplementRequests 2", () => {
    const d = paused();
    d.send("supplement", "2026-03-09T10:00:00+07:00", APPLICANT, {});
    const again = () =>
      d.send("requestSupplement", "2026-03-10T10:00:00+07:00", PROCESSOR, {
        items: [{ name: "Tờ khai", reason: "Thiếu chữ ký", componentId: "birth-registration-form" }],
      });
    expect(codeOf(again)).toBe("LIMIT_REACHED");
    const e = paused({ maxSupplementRequests: 2 });
    e.send("supplement", "2026-03-09T10:00:00+07:00", APPLICANT, {});
    e.send("requestSupplement", "2026-03-10T10:00:00+07:00", PROCESSOR, {
      items: [{ name: "Tờ khai", reason: "Thiếu chữ ký", componentId: "birth-registration-form" }],
    });
    expect(e.state.processingSupplementRequests).toBe(2);
  });
});

describe("DL-11 to DL-14 / WF-18: apology and re-appointment", () => {
  // Received Mon 2/3/2026, due Mon 30/3 (see above). One working day before = Fri 27/3.
  function late() {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    return d;
  }

  it("DL-13: an apology on Fri 27/3 is in time", () => {
    const d = late();
    d.send("apologise", "2026-03-27T10:00:00+07:00", APPROVER, {
      reason: "Chờ xác minh",
      newDueDate: "2026-04-03",
      letterRef: "12/XL-UBND",
    });
    expect(d.state.lateApology).toBe(false);
    expect(d.effects.some((e) => e.type === "warning")).toBe(false);
  });

  it("DL-13: an apology on the due date itself is accepted and flagged lateApology, never silently", () => {
    const d = late();
    d.send("apologise", "2026-03-30T10:00:00+07:00", APPROVER, {
      reason: "Chờ xác minh",
      newDueDate: "2026-04-03",
      letterRef: "12/XL-UBND",
    });
    expect(d.state.lateApology).toBe(true);
    expect(d.effects.find((e) => e.type === "warning")).toMatchObject({ type: "warning", code: "lateApology" });
    const letter = d.effects.find((e) => e.type === "issueForm");
    // VN-2025 Mẫu 04 is the apology with an extension request (WF-20); the appointment kind follows.
    expect(letter).toMatchObject({
      form: "apologyLetter",
      number: "04",
      title: { vi: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" },
      data: { lateApology: true, previousDueAt: "2026-03-30T17:00:00+07:00", newDueAt: "2026-04-03T17:00:00+07:00" },
    });
    // DL-14: both due dates kept; alerts use the new one, reports classify against the original.
    expect(d.state.appointments.map((a) => [a.kind, a.dueDate])).toEqual([
      ["initial", "2026-03-30"],
      ["extension", "2026-04-03"],
    ]);
    expect(isOverdue(d.state, "2026-03-31T09:00:00+07:00", d.context)).toBe(false);
    // DL-12: one re-appointment only.
    const again = () =>
      d.send("apologise", "2026-04-01T10:00:00+07:00", APPROVER, {
        reason: "Chờ xác minh",
        newDueDate: "2026-04-07",
        letterRef: "13/XL-UBND",
      });
    expect(codeOf(again)).toBe("LIMIT_REACHED");
    d.send("approve", "2026-04-02T10:00:00+07:00", APPROVER, {});
    expect(classifyTimeliness(d.state, d.context)).toBe("late");
    expect(classifyTimeliness(d.state, d.context, { classifyAgainst: "reappointed" })).toBe("early");
  });

  it("WF-18: the new date must be a working day after the current one", () => {
    const d = late();
    const sunday = () =>
      d.send("apologise", "2026-03-27T10:00:00+07:00", APPROVER, {
        reason: "Chờ xác minh",
        newDueDate: "2026-04-05",
        letterRef: "12/XL-UBND",
      });
    expect(codeOf(sunday)).toBe("INVALID_EVENT");
  });
});

describe("WF-12 / WF-13 / DL-16: liên thông birth registration with three agencies", () => {
  // Received Mon 2/3/2026 09:00 at the commune; due Mon 30/3. Step budgets (whole days, counted from the next
  // working day): police 8 days from Thu 5/3 → 6,9,10,11,12,13,16,17 → Tue 17/3; social insurance 5 days from
  // Thu 19/3 → 20,23,24,25,26 → Thu 26/3.
  function run() {
    const d = driverFor(INTER_AGENCY);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    expect(d.state.currentStep).toBe(1);
    d.send("transfer", "2026-03-03T09:00:00+07:00", DESK, {});
    d.send("handOver", "2026-03-05T10:00:00+07:00", PROCESSOR, { step: 3 });
    expect(d.state.status).toBe("interAgency");
    expect(d.effects).toEqual([
      { type: "notify", to: "partnerAgency", template: "handedOver", agency: "Cơ quan đăng ký cư trú" },
    ]);
    d.send("handOver", "2026-03-19T09:00:00+07:00", PARTNER, { step: 4 });
    expect(d.state.status).toBe("interAgency");
    d.send("handOver", "2026-03-24T15:00:00+07:00", PARTNER, { step: 5 });
    expect(d.state.status).toBe("inProcess");
    d.send("approve", "2026-03-25T10:00:00+07:00", APPROVER, {});
    d.send("return", "2026-03-26T09:00:00+07:00", DESK, { channel: "direct" });
    return d;
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
    const d = driverFor(INTER_AGENCY);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-03T09:00:00+07:00", DESK, {});
    expect(codeOf(() => d.send("handOver", "2026-03-04T09:00:00+07:00", PROCESSOR, { step: 4 }))).toBe("INVALID_EVENT");
    expect(codeOf(() => d.send("handOver", "2026-03-04T09:00:00+07:00", APPLICANT, { step: 3 }))).toBe(
      "FORBIDDEN_ROLE",
    );
    // Approval waits until the partner agencies are done (inter-agency state).
    d.send("handOver", "2026-03-04T09:00:00+07:00", PROCESSOR, { step: 3 });
    expect(codeOf(() => d.send("approve", "2026-03-04T10:00:00+07:00", APPROVER, {}))).toBe("TRANSITION_NOT_ALLOWED");
  });
});

describe("LAW-8 / WF-25 / WF-32: received 30/6/2025 (VN-2018) vs 1/7/2025 (VN-2025)", () => {
  it("30/6/2025: VN-2018 forms; stop is not allowed", () => {
    const d = driverFor();
    receivedAt(d, "2025-06-30T09:50:00+07:00", "2025-06-30T10:00:00+07:00");
    expect(d.state.ruleSet).toBe("VN-2018");
    expect(d.state.appointments[0]?.dueAt).toBe("2025-06-30T17:00:00+07:00"); // same day, before 15:00
    d.send("transfer", "2025-06-30T10:30:00+07:00", DESK, {});
    expect(forms(d.effects)).toEqual([{ form: "processControlSlip", number: "05", ruleSet: "VN-2018" }]);
    expect(nextEvents(d.state, d.context)).not.toContain("stop");
    expect(codeOf(() => d.send("stop", "2025-06-30T11:00:00+07:00", APPROVER, { reason: "Theo đề nghị" }))).toBe(
      "TRANSITION_NOT_ALLOWED",
    );
    expect(buildDossierRegisterRow(d.state, d.context).number).toBe("06");
  });

  it("30/6/2025 after 15:00 keeps VN-2018 though due on 1/7 (bound at the receipt instant)", () => {
    const d = driverFor();
    receivedAt(d, "2025-06-30T16:00:00+07:00", "2025-06-30T16:10:00+07:00");
    expect([d.state.ruleSet, d.state.appointments[0]?.dueAt]).toEqual(["VN-2018", "2025-07-01T17:00:00+07:00"]);
  });

  it("1/7/2025: VN-2025 forms; stop gives the stop-processing notice (Mẫu 05) and national status 8", () => {
    const d = driverFor();
    receivedAt(d, "2025-07-01T09:50:00+07:00", "2025-07-01T10:00:00+07:00");
    expect(d.state.ruleSet).toBe("VN-2025");
    d.send("transfer", "2025-07-01T10:30:00+07:00", DESK, {});
    expect(forms(d.effects)).toEqual([{ form: "processControlSlip", number: "06", ruleSet: "VN-2025" }]);
    d.send("stop", "2025-07-01T11:00:00+07:00", APPROVER, { reason: "Theo đề nghị của người nộp" });
    expect(d.state.status).toBe("stopped");
    expect(forms(d.effects)).toEqual([{ form: "stopProcessingNotice", number: "05", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(d.state)?.code).toBe(8);
    expect(buildDossierRegisterRow(d.state, d.context).number).toBe("07");
  });
});

describe("WF-24: withdrawal", () => {
  it("mid-processing the applicant withdraws: status 7, the clock stops mattering", () => {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    d.send("withdraw", "2026-03-10T10:00:00+07:00", APPLICANT, { reason: "Không còn nhu cầu" });
    expect(d.state.status).toBe("withdrawn");
    expect(nationalStatusOf(d.state)?.code).toBe(7);
    expect(isOverdue(d.state, "2026-05-01T10:00:00+07:00", d.context)).toBe(false);
    expect(nextEvents(d.state, d.context)).toEqual([]);
  });

  it("not once the result is ready", () => {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    d.send("approve", "2026-03-05T10:00:00+07:00", APPROVER, {});
    expect(codeOf(() => d.send("withdraw", "2026-03-06T10:00:00+07:00", APPLICANT, {}))).toBe("TRANSITION_NOT_ALLOWED");
    expect(nationalStatusOf(d.state)?.code).toBe(9); // resolved, not collected (WF-23)
  });
});

describe("WF-6 / WF-7 / WF-9: intake outcomes", () => {
  it("a supplement request at intake, once, listing items of the procedure (Mẫu 02), then receipt", () => {
    const d = driverFor();
    d.send("submit", "2025-07-02T08:00:00+07:00", APPLICANT, { channel: "online", applicant: CITIZEN });
    d.send("requestSupplementAtIntake", "2025-07-02T09:00:00+07:00", DESK, {
      items: [{ name: "Giấy chứng sinh", reason: "Chưa nộp", componentId: "birth-certificate" }],
    });
    expect(forms(d.effects)).toEqual([{ form: "supplementRequest", number: "02", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(d.state)?.code).toBe(5);
    d.send("supplement", "2025-07-02T10:00:00+07:00", APPLICANT, {});
    expect(d.state.status).toBe("submitted");
    const twice = () =>
      d.send("requestSupplementAtIntake", "2025-07-02T11:00:00+07:00", DESK, {
        items: [{ name: "Tờ khai", reason: "Thiếu", componentId: "birth-registration-form" }],
      });
    expect(codeOf(twice)).toBe("LIMIT_REACHED");
    d.send("receive", "2025-07-02T11:00:00+07:00", DESK, { code: codeFor("2025-07-02T11:00:00+07:00") });
    expect(d.state.status).toBe("received");
  });

  it("WF-4: an item outside the procedure's components and without a legal basis is refused", () => {
    const d = driverFor();
    d.send("submit", "2025-07-02T08:00:00+07:00", APPLICANT, { channel: "online", applicant: CITIZEN });
    const bad = () =>
      d.send("requestSupplementAtIntake", "2025-07-02T09:00:00+07:00", DESK, {
        items: [{ name: "Sổ hộ khẩu", reason: "Bổ sung" }],
      });
    expect(codeOf(bad)).toBe("INVALID_EVENT");
  });

  it("a refusal at intake needs a reason (Mẫu 03)", () => {
    const d = driverFor();
    d.send("submit", "2025-07-02T08:00:00+07:00", APPLICANT, { channel: "online", applicant: CITIZEN });
    expect(codeOf(() => d.send("rejectAtIntake", "2025-07-02T09:00:00+07:00", DESK, { reason: "" }))).toBe(
      "INVALID_EVENT",
    );
    d.send("rejectAtIntake", "2025-07-02T09:00:00+07:00", DESK, { reason: "Không thuộc thẩm quyền" });
    expect(forms(d.effects)).toEqual([{ form: "intakeRefusalNotice", number: "03", ruleSet: "VN-2025" }]);
    expect(nationalStatusOf(d.state)?.code).toBe(3);
  });

  it("MOD-14: the dossier code must carry the receipt date", () => {
    const d = driverFor();
    d.send("submit", "2025-07-02T08:00:00+07:00", APPLICANT, { channel: "online", applicant: CITIZEN });
    expect(
      codeOf(() => d.send("receive", "2025-07-02T09:00:00+07:00", DESK, { code: "000.00.12.H26-250701-0001" })),
    ).toBe("INVALID_EVENT");
  });
});

describe("DL-10 / WF-17: payment", () => {
  it("a payment request does not pause the clock by default; approval needs it paid", () => {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP);
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    d.send("requestPayment", "2026-03-03T10:00:00+07:00", PROCESSOR, { amountVnd: 50000 });
    expect(nationalStatusOf(d.state)?.code).toBe(6);
    expect(d.state.pauses).toEqual([]);
    expect(codeOf(() => d.send("approve", "2026-03-04T10:00:00+07:00", APPROVER, {}))).toBe("TRANSITION_NOT_ALLOWED");
    d.send("pay", "2026-03-04T10:00:00+07:00", APPLICANT, {});
    d.send("approve", "2026-03-04T11:00:00+07:00", APPROVER, {});
    expect(d.state.status).toBe("resolved");
  });

  it("with pauseOnPaymentRequest the unpaid time does not count (Tue 3/3 10:00 → Wed 4/3 10:00 = 8 h: due moves one day)", () => {
    const d = driverFor(BIRTH_INTER_AGENCY_GROUP, { pauseOnPaymentRequest: true });
    receivedAt(d, "2026-03-02T08:50:00+07:00", "2026-03-02T09:00:00+07:00");
    d.send("transfer", "2026-03-02T10:00:00+07:00", DESK, {});
    d.send("requestPayment", "2026-03-03T10:00:00+07:00", PROCESSOR, { amountVnd: 50000 });
    d.send("pay", "2026-03-04T10:00:00+07:00", APPLICANT, {});
    expect(d.state.appointments.at(-1)?.dueAt).toBe("2026-03-31T17:00:00+07:00");
  });
});

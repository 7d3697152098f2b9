/** Each matcher under vitest's expect.extend: the pass case, the fail case, and both languages of the message. */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { isTthcError } from "../../src/errors.js";
import { BIRTH_REGISTRATION, PRIVATE_ENTERPRISE_REGISTRATION } from "../../src/models/fixtures/index.js";
import { aDossier, anEventLog, createTthcMatchers, type TthcMatchers, tthcMatchers } from "../../src/testing/index.js";
import { transition } from "../../src/workflow/index.js";

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest declares
  interface Matchers<T = any> extends TthcMatchers<T> {}
}

expect.extend(tthcMatchers);

const calendar = createWorkingCalendar();
const enterprise = { procedure: PRIVATE_ENTERPRISE_REGISTRATION, calendar };
const threeDays = { receivedAt: "2026-02-13T09:00:00+07:00", duration: { value: 3, unit: "workingDays" } } as const;

/** The message of a failing assertion. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the assertion passed");
}

describe("toBeWorkingDay", () => {
  it("passes on a working day and a makeup Saturday, fails on Tết with the reason in both languages", () => {
    expect("2026-02-13").toBeWorkingDay();
    expect("2026-01-10").toBeWorkingDay(); // làm bù, swap Fri 2/1 ↔ Sat 10/1/2026
    expect("2026-02-17").not.toBeWorkingDay();
    const message = failure(() => expect("2026-02-17").toBeWorkingDay());
    expect(message).toContain("expected 2026-02-17 to be a working day, but it is not");
    expect(message).toContain("kỳ vọng 2026-02-17 là ngày làm việc, nhưng đó là ngày nghỉ");
    expect(message).toContain("Tết Nguyên đán Bính Ngọ");
    expect(failure(() => expect("2026-02-13").not.toBeWorkingDay())).toContain(
      "kỳ vọng 2026-02-13 không phải ngày làm việc",
    );
  });

  it("reads the calendar given", () => {
    const province = createWorkingCalendar({ extraDaysOff: ["2026-02-23"] });
    expect("2026-02-23").not.toBeWorkingDay({ calendar: province });
    const { toBeWorkingDay } = createTthcMatchers({ calendar: province });
    expect(toBeWorkingDay("2026-02-23").pass).toBe(false);
  });
});

describe("toBeDueOn", () => {
  it("computes a computeDueDate input and explains the days skipped", () => {
    expect(threeDays).toBeDueOn("2026-02-25");
    expect(threeDays).toBeDueOn("2026-02-25T17:00");
    const message = failure(() => expect(threeDays).toBeDueOn("2026-02-24"));
    expect(message).toContain("to be due on 2026-02-24, but it is due on 2026-02-25 (2026-02-25T17:00:00+07:00)");
    expect(message).toContain("hẹn trả vào 2026-02-24, nhưng ngày hẹn trả là 2026-02-25");
    expect(message).toContain("[CAL-22] The receipt day 2026-02-13 is not counted");
    expect(message).toContain("[CAL-22] Không tính ngày tiếp nhận 2026-02-13");
    expect(message).toContain("Days not counted / Ngày không tính (9):");
    // One line a skipped day, both languages on it (Tết Bính Ngọ, 16/2/2026).
    expect(message).toContain(
      "2026-02-16 (Mon / T2, holiday: Lunar New Year (Tết Bính Ngọ) / Tết Nguyên đán Bính Ngọ)",
    );
    expect(message.split("\n").filter((line) => line.includes("2026-02-16")).length).toBe(1);
    // The last line points each rule cited to its entry of the rules reference.
    expect(message.split("\n").at(-1)).toMatch(
      /^Rules reference \/ Tài liệu quy tắc \(documents\/Rules_reference_\(quy_tắc\)\.html\): .*CAL-22 #cal-22/,
    );
  });

  it("reads a dossier's current appointment, and shows the recomputation", () => {
    const dossier = aDossier().receivedAt("2026-02-13T15:30").build();
    expect(dossier).toBeDueOn("2026-02-23");
    expect(dossier).toBeDueOn("2026-02-23", { procedure: BIRTH_REGISTRATION });
    const message = failure(() => expect(dossier).toBeDueOn("2026-02-13"));
    expect(message).toContain("Appointments / Lịch hẹn:");
    expect(message).toContain("pass { procedure } or { cutoff }");
    expect(message).toContain("truyền { procedure } hoặc { cutoff }");
  });

  it("reads a workflow state and a transition result", () => {
    const log = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05");
    const state = log.replay(enterprise);
    expect(state).toBeDueOn("2026-02-25");
    expect(transition(state, log.transfer("2026-02-13T10:00").build()[2]!, enterprise)).toBeDueOn("2026-02-25");
  });

  it("fails, in both languages, on what it cannot read", () => {
    const message = failure(() => expect(42).toBeDueOn("2026-02-25"));
    expect(message).toContain("toBeDueOn expects a dossier");
    expect(message).toContain("toBeDueOn cần một hồ sơ");
    expect(failure(() => expect(aDossier().build()).toBeDueOn("2026-02-25"))).toContain("has no appointment");
  });
});

describe("toBeOverdueAt", () => {
  it("judges a due instant, an input and a dossier with remaining()", () => {
    expect("2026-02-25T17:00:00+07:00").toBeOverdueAt("2026-02-26T07:30");
    expect(threeDays).not.toBeOverdueAt("2026-02-25T16:59");
    const dossier = aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T09:00").build();
    expect(dossier).toBeOverdueAt("2026-02-26T07:30");
    const message = failure(() => expect(threeDays).toBeOverdueAt("2026-02-23T14:00"));
    expect(message).toContain("to be overdue at 2026-02-23T14:00:00+07:00, but it is not: 2 days 3 hours left");
    expect(message).toContain("quá hạn lúc 2026-02-23T14:00:00+07:00, nhưng chưa: Còn 2 ngày 3 giờ");
    expect(failure(() => expect(threeDays).not.toBeOverdueAt("2026-02-26T09:00"))).toContain("Quá 2 giờ");
  });

  it("judges a workflow state with isOverdue, given a context", () => {
    const state = aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T09:00").buildState();
    expect(state).toBeOverdueAt("2026-02-26T07:30", enterprise);
    const message = failure(() => expect(state).toBeOverdueAt("2026-02-25T16:00", enterprise));
    expect(message).toContain("to be overdue at 2026-02-25T16:00:00+07:00, but it is not");
    expect(message).toContain("quá hạn lúc 2026-02-25T16:00:00+07:00, nhưng chưa quá hạn");
    expect(message).toContain("Còn 1 giờ");
    expect(() => expect(state).toBeOverdueAt("2026-02-26T07:30")).toThrow(/needs a WorkflowContext/);
    const withContext = createTthcMatchers({ context: enterprise });
    expect(withContext.toBeOverdueAt(state, "2026-02-26T07:30").pass).toBe(true);
  });
});

describe("toBeDueSoonAt", () => {
  // PRIVATE_ENTERPRISE_REGISTRATION: 3 working days; received Fri 13/2/2026 09:00, Tết 16–20/2 skipped:
  // due Wed 25/2/2026 17:00 (23, 24, 25/2).
  const state = aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T09:00").buildState();

  it("is due soon the working day before and on the due day, not before, not after (classifyUrgency)", () => {
    expect(state).not.toBeDueSoonAt("2026-02-23T09:00", { context: enterprise }); // two working days before
    expect(state).toBeDueSoonAt("2026-02-24T09:00", { context: enterprise }); // due the next working day
    expect(state).toBeDueSoonAt("2026-02-25T09:00", { context: enterprise }); // due today
    expect(state).not.toBeDueSoonAt("2026-02-26T09:00", { context: enterprise }); // overdue
    expect(state).toBeDueSoonAt("2026-02-23T09:00", { context: enterprise, within: { value: 2, unit: "workingDays" } });
  });

  it("explains itself in both languages", () => {
    const message = failure(() => expect(state).toBeDueSoonAt("2026-02-26T09:00", { context: enterprise }));
    expect(message).toContain("to be due soon at 2026-02-26T09:00:00+07:00, but it is overdue");
    expect(message).toContain("Quá hạn: Quá 2 giờ");
    const withContext = createTthcMatchers({ context: enterprise });
    expect(withContext.toBeDueSoonAt(state, "2026-02-25T09:00").pass).toBe(true);
    expect(() => expect(state).toBeDueSoonAt("2026-02-25T09:00")).toThrow(/needs a WorkflowContext/);
  });
});

describe("toBeInState and toHaveNationalStatus", () => {
  const state = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05").replay(enterprise);

  it("pass on the state and its code, fail with labels in both languages", () => {
    expect(state).toBeInState("received");
    expect(state).toHaveNationalStatus(2);
    expect(aDossier().receivedAt("2026-02-13T09:00").build()).toHaveNationalStatus(2);
    const inState = failure(() => expect(state).toBeInState("inProcess"));
    expect(inState).toContain(
      "expected the dossier to be in 'inProcess' (In process), but it is in 'received' (Received)",
    );
    expect(inState).toContain(
      "kỳ vọng hồ sơ ở trạng thái 'inProcess' (Đang xử lý), nhưng đang ở 'received' (Đã tiếp nhận)",
    );
    const code = failure(() => expect(state).toHaveNationalStatus(4));
    expect(code).toContain("expected national status 4 (being processed), but it is 2 (accepted)");
    expect(code).toContain("kỳ vọng mã trạng thái 4 (Đang xử lý), nhưng là 2 (Được tiếp nhận)");
  });
});

describe("toAllowEvent", () => {
  const state = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05").replay(enterprise);

  it("asks can() and lists nextEvents() on failure", () => {
    expect(state).toAllowEvent("transfer", enterprise);
    expect(state).not.toAllowEvent("approve", enterprise);
    const message = failure(() => expect(state).toAllowEvent("approve", enterprise));
    expect(message).toContain("expected 'approve' (Approve) to be allowed in 'received' (Received)");
    expect(message).toContain("kỳ vọng được 'approve'");
    expect(message).toContain("Allowed now / Được phép lúc này: transfer (Chuyển hồ sơ)");
    const asApplicant = { ...enterprise, actor: { id: "c", role: "applicant" } } as const;
    expect(failure(() => expect(state).toAllowEvent("transfer", asApplicant))).toContain("for role 'applicant'");
  });
});

describe("toHaveIssuedForm", () => {
  const submitted = anEventLog().submit("2026-02-13T09:00").replay(enterprise);
  const receipt = transition(submitted, receiveEvent(), enterprise);

  it("finds an issued form in effects or a transition result", () => {
    expect(receipt).toHaveIssuedForm("appointmentSlip");
    expect(receipt.effects).toHaveIssuedForm("appointmentSlip", { number: "01" });
    expect(receipt).not.toHaveIssuedForm("apologyLetter");
    const message = failure(() => expect(receipt).toHaveIssuedForm("supplementRequest"));
    expect(message).toContain("expected form supplementRequest to be issued, but it was not");
    expect(message).toContain("kỳ vọng phát hành biểu mẫu supplementRequest, nhưng không có");
    expect(message).toContain("appointmentSlip (Mẫu 01 VN-2025: Giấy tiếp nhận hồ sơ và hẹn trả kết quả)");
  });
});

function receiveEvent() {
  return anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05").build()[1]!;
}

describe("createTthcMatchers refuses bad options (issue 13)", () => {
  const refusal = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      if (isTthcError(error)) return { code: error.code, path: error.path };
      throw error;
    }
    return undefined;
  };
  it.each([
    [{ calender: calendar }, ["calender"]],
    [{ calendar, contxt: enterprise }, ["contxt"]],
    [{ calendar: {} }, ["calendar"]],
    [{ calendar: "2026" }, ["calendar"]],
    [{ context: null }, ["context"]],
    [null, []],
    [[calendar], []],
  ] as const)("%# → INVALID_OPTION at its path", (options, path) => {
    expect(refusal(() => createTthcMatchers(options as never))).toEqual({ code: "INVALID_OPTION", path });
  });
  it("10,000-deep options are refused, not a stack overflow", () => {
    let nested: unknown = {};
    for (let i = 0; i < 10_000; i++) nested = { calendar: nested };
    expect(refusal(() => createTthcMatchers(nested as never))).toEqual({ code: "INVALID_OPTION", path: ["calendar"] });
  });
});

describe("hostile input found by the fuzz", () => {
  const submitted = anEventLog().submit("2026-02-13T09:00").replay(enterprise);

  it('toHaveNationalStatus refuses an expected code that is not 1–10 ("2" or null failed the match instead)', () => {
    for (const code of ["2", null, 11]) {
      expect(() => tthcMatchers.toHaveNationalStatus.call({}, submitted, code as never)).toThrow(
        expect.objectContaining({ code: "INVALID_OPTION", path: ["code"] }),
      );
    }
  });

  it("toHaveIssuedForm shows a received effect's odd fields in code notation (a deep array overflowed)", () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const effect = {
      type: "issueForm",
      form: "appointmentSlip",
      number: "01",
      ruleSet: deep,
      title: { vi: "x", en: "x" },
    };
    expect(tthcMatchers.toHaveIssuedForm.call({}, [effect], "apologyLetter", undefined).pass).toBe(false);
  });
});

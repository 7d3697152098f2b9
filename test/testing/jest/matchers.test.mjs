// The tthc/testing matchers under jest's expect.extend, run against the built package (dist/):
// each matcher's pass and fail case, and the failure message in both languages; then the
// province's 32-row scenario table from CSV.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { createWorkingCalendar } from "tthc/calendar";
import { PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
import { aDossier, anEventLog, assertScenarios, parseScenarioCsv, tthcMatchers } from "tthc/testing";
import { transition } from "tthc/workflow";

expect.extend(tthcMatchers);

const enterprise = { procedure: PRIVATE_ENTERPRISE_REGISTRATION, calendar: createWorkingCalendar() };
const threeDays = { receivedAt: "2026-02-13T09:00:00+07:00", duration: { value: 3, unit: "workingDays" } };
const log = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05");
const received = log.replay(enterprise);

function failure(assertion) {
  try {
    assertion();
  } catch (error) {
    return error.message;
  }
  throw new Error("the assertion passed");
}

describe("tthc matchers under jest", () => {
  it("toBeWorkingDay", () => {
    expect("2026-02-13").toBeWorkingDay();
    expect("2026-02-17").not.toBeWorkingDay();
    const message = failure(() => expect("2026-02-17").toBeWorkingDay());
    expect(message).toContain("expected 2026-02-17 to be a working day, but it is not");
    expect(message).toContain("kỳ vọng 2026-02-17 là ngày làm việc, nhưng đó là ngày nghỉ");
  });

  it("toBeDueOn", () => {
    expect(threeDays).toBeDueOn("2026-02-25");
    expect(
      aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T16:30+07:00").build(),
    ).toBeDueOn("2026-02-25");
    const message = failure(() => expect(threeDays).toBeDueOn("2026-02-24"));
    expect(message).toContain("but it is due on 2026-02-25 (2026-02-25T17:00:00+07:00)");
    expect(message).toContain("nhưng ngày hẹn trả là 2026-02-25");
    expect(message).toContain("Ngày không tính (9)");
  });

  it("toBeOverdueAt", () => {
    expect(threeDays).toBeOverdueAt("2026-02-26T07:30");
    expect(received).not.toBeOverdueAt("2026-02-25T16:59", enterprise);
    const message = failure(() => expect(threeDays).toBeOverdueAt("2026-02-23T14:00"));
    expect(message).toContain("but it is not: 2 days 3 hours left");
    expect(message).toContain("nhưng chưa: Còn 2 ngày 3 giờ");
  });

  it("toBeInState and toHaveNationalStatus", () => {
    expect(received).toBeInState("received");
    expect(received).toHaveNationalStatus(2);
    expect(failure(() => expect(received).toBeInState("inProcess"))).toContain(
      "nhưng đang ở 'received' (Đã tiếp nhận)",
    );
    const code = failure(() => expect(received).toHaveNationalStatus(4));
    expect(code).toContain("expected national status 4 (being processed), but it is 2 (accepted)");
    expect(code).toContain("kỳ vọng mã trạng thái 4 (Đang xử lý), nhưng là 2 (Được tiếp nhận)");
  });

  it("toAllowEvent", () => {
    expect(received).toAllowEvent("transfer", enterprise);
    const message = failure(() => expect(received).toAllowEvent("approve", enterprise));
    expect(message).toContain("to be allowed in 'received' (Received), but it is not");
    expect(message).toContain("Được phép lúc này: transfer");
  });

  it("toHaveIssuedForm", () => {
    const submitted = anEventLog().submit("2026-02-13T09:00").replay(enterprise);
    const result = transition(submitted, log.build()[1], enterprise);
    expect(result).toHaveIssuedForm("appointmentSlip", { number: "01" });
    const message = failure(() => expect(result.effects).toHaveIssuedForm("apologyLetter"));
    expect(message).toContain("expected form apologyLetter to be issued, but it was not");
    expect(message).toContain("kỳ vọng phát hành biểu mẫu apologyLetter, nhưng không có");
  });

  it("the province's scenario table runs green from CSV", () => {
    const csv = readFileSync(new URL("../../../examples/business-rules-test/scenarios.csv", import.meta.url), "utf8");
    const report = assertScenarios(parseScenarioCsv(csv));
    expect(report.passed).toHaveLength(32);
  });
});

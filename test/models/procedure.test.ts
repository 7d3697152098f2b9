import { describe, expect, it } from "vitest";
import * as z from "zod";
import { formatTthcError } from "../../src/errors.js";
import { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import {
  Procedure,
  type ProcedureInput,
  parseProcedure,
  safeParseProcedure,
  timeLimitOf,
} from "../../src/models/index.js";
import { clone, deepFreeze, expectTthcError } from "./_helpers.js";

type Input = ProcedureInput & Record<string, unknown>;
const birth = (): Input => clone(BIRTH_REGISTRATION) as Input;
const group = (): Input => clone(BIRTH_INTER_AGENCY_GROUP) as Input;

const step = (order: number, value: number, unit: "workingDays" | "workingHours" | "calendarDays" = "workingDays") => ({
  order,
  name: `Bước ${order}`,
  unit: "Bộ phận Một cửa",
  role: "Công chức",
  quota: { value, unit },
});

function withWorkflow(
  base: Input,
  workflow: { readonly steps: readonly unknown[]; readonly [key: string]: unknown },
): Input {
  return { ...base, internalWorkflows: [workflow as never] };
}

describe("MOD-1 to MOD-4 parseProcedure", () => {
  it("MOD-1 a full record parses and comes back equal, as a new object", () => {
    const input = birth();
    const parsed = parseProcedure(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(Procedure.safeParse(input).success).toBe(true);
  });

  it("does not mutate a deep-frozen input", () => {
    const input = deepFreeze(birth());
    const before = JSON.stringify(input);
    expect(() => parseProcedure(input)).not.toThrow();
    expect(safeParseProcedure(input).success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("strict: an unknown key is refused and named (INVALID_PROCEDURE)", () => {
    expectTthcError(() => parseProcedure({ ...birth(), colour: "red" }), "INVALID_PROCEDURE", ["colour"]);
    const input = birth();
    Object.assign(input.channels[0] as object, { feez: [] });
    expectTthcError(() => parseProcedure(input), "INVALID_PROCEDURE", ["channels", 0, "feez"]);
  });

  it.each([null, undefined, 42, "1.001193", []])("refuses %j at the root", (value) => {
    expectTthcError(() => parseProcedure(value), "INVALID_PROCEDURE", []);
  });

  it("MOD-10 a bad procedure code is reported at code", () => {
    expectTthcError(() => parseProcedure({ ...birth(), code: "1.00119" }), "INVALID_PROCEDURE", ["code"]);
  });

  it("MOD-4 version, effectiveFrom and a real publication date are required", () => {
    const { version: _v, ...noVersion } = birth();
    expectTthcError(() => parseProcedure(noVersion), "INVALID_PROCEDURE", ["version"]);
    expectTthcError(() => parseProcedure({ ...birth(), effectiveFrom: "2016-02-30" }), "INVALID_PROCEDURE", [
      "effectiveFrom",
    ]);
    expectTthcError(
      () => parseProcedure({ ...birth(), publication: { number: "1/QĐ-BTP", issuedOn: "2025-13-01" } }),
      "INVALID_PROCEDURE",
      ["publication", "issuedOn"],
    );
    expectTthcError(() => parseProcedure({ ...birth(), effectiveTo: "2016-01-01" }), "INVALID_PROCEDURE", [
      "effectiveTo",
    ]);
  });

  it("DL-1 a time limit is { value, unit }, never a bare number", () => {
    const input = birth();
    Object.assign(input.channels[0] as object, { timeLimit: 1 });
    expectTthcError(() => parseProcedure(input), "INVALID_PROCEDURE", ["channels", 0, "timeLimit"]);
    const unknownUnit = birth();
    Object.assign(unknownUnit.channels[0] as object, { timeLimit: { value: 1, unit: "days" } });
    expectTthcError(() => parseProcedure(unknownUnit), "INVALID_PROCEDURE", ["channels", 0, "timeLimit", "unit"]);
  });

  it("D-2 'trong ngày' is sameDay with value 1; day units are whole; hours whole minutes", () => {
    const bad = (timeLimit: unknown) => {
      const input = birth();
      Object.assign(input.channels[0] as object, { timeLimit: timeLimit });
      return input;
    };
    expectTthcError(() => parseProcedure(bad({ value: 2, unit: "sameDay" })), "INVALID_PROCEDURE", [
      "channels",
      0,
      "timeLimit",
      "value",
    ]);
    expectTthcError(() => parseProcedure(bad({ value: 1.5, unit: "workingDays" })), "INVALID_PROCEDURE", [
      "channels",
      0,
      "timeLimit",
      "value",
    ]);
    expectTthcError(() => parseProcedure(bad({ value: -1, unit: "calendarDays" })), "INVALID_PROCEDURE", [
      "channels",
      0,
      "timeLimit",
      "value",
    ]);
    expectTthcError(() => parseProcedure(bad({ value: Number.NaN, unit: "workingDays" })), "INVALID_PROCEDURE", [
      "channels",
      0,
      "timeLimit",
      "value",
    ]);
    expectTthcError(() => parseProcedure(bad({ value: 0.01, unit: "workingHours" })), "INVALID_PROCEDURE", [
      "channels",
      0,
      "timeLimit",
      "value",
    ]);
    expect(parseProcedure(bad({ value: 2, unit: "workingHours" })).channels[0]?.timeLimit.value).toBe(2);
    expect(parseProcedure(bad({ value: 0.25, unit: "workingHours" })).channels[0]?.timeLimit.value).toBe(0.25);
  });

  it("CAL-20 / D-5 sameDayCutoff is HH:mm", () => {
    expectTthcError(() => parseProcedure({ ...birth(), sameDayCutoff: "15h" }), "INVALID_PROCEDURE", ["sameDayCutoff"]);
    expectTthcError(() => parseProcedure({ ...birth(), sameDayCutoff: "24:00" }), "INVALID_PROCEDURE", [
      "sameDayCutoff",
    ]);
    const { sameDayCutoff: _c, ...noCutoff } = birth();
    expect(parseProcedure(noCutoff).sameDayCutoff).toBeUndefined();
  });

  it("MOD-2 one row per channel", () => {
    const input = birth();
    input.channels.push(clone(input.channels[0]) as never);
    expectTthcError(() => parseProcedure(input), "INVALID_PROCEDURE", ["channels", 2]);
  });

  it("MOD-3 component ids are unique kebab-case and counts whole", () => {
    const dup = birth();
    Object.assign(dup.components[1] as object, { id: "birth-registration-form" });
    expectTthcError(() => parseProcedure(dup), "INVALID_PROCEDURE", ["components", 1]);
    const camel = birth();
    Object.assign(camel.components[0] as object, { id: "birthForm" });
    expectTthcError(() => parseProcedure(camel), "INVALID_PROCEDURE", ["components", 0, "id"]);
    const count = birth();
    Object.assign(count.components[0] as object, { copies: -1 });
    expectTthcError(() => parseProcedure(count), "INVALID_PROCEDURE", ["components", 0, "copies"]);
  });

  it("MOD-8 / LAW-9 no district level on a version effective from 2025-07-01", () => {
    expectTthcError(
      () => parseProcedure({ ...birth(), levels: ["district"], effectiveFrom: "2025-07-01", version: "x" }),
      "INVALID_PROCEDURE",
      ["levels", 0],
    );
    expect(parseProcedure({ ...birth(), levels: ["district", "commune"] }).levels).toEqual(["district", "commune"]);
  });

  it("MOD-24 online level is full, partial or none", () => {
    expectTthcError(() => parseProcedure({ ...birth(), onlineLevel: 4 }), "INVALID_PROCEDURE", ["onlineLevel"]);
  });

  it("names and texts must be NFC (diacritics exact)", () => {
    expectTthcError(
      () => parseProcedure({ ...birth(), name: "Thủ tục đăng ký khai sinh".normalize("NFD") }),
      "INVALID_PROCEDURE",
      ["name"],
    );
  });

  it("errors carry English and Vietnamese messages and the ZodError as cause", () => {
    const result = safeParseProcedure({ ...birth(), code: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_PROCEDURE");
    expect(result.error.path).toEqual(["code"]);
    expect(result.error.cause).toBeInstanceOf(z.ZodError);
    expect(result.error.message).toMatch(/^invalid procedure at code: /);
    expect(result.error.messageVi).toMatch(/^Thủ tục hành chính không hợp lệ tại code: /);
    expect(formatTthcError(result.error, "en")).toMatch(/^Invalid procedure record \(code\): /);
    expect(formatTthcError(result.error)).toMatch(/^Thông tin thủ tục hành chính không hợp lệ \(code\): /);
  });

  it("safeParseProcedure never throws and returns the data on success", () => {
    const ok = safeParseProcedure(birth());
    expect(ok.success && ok.data.code).toBe("1.001193");
    for (const value of [null, undefined, Symbol("x"), () => 1, new Date(0)]) {
      expect(safeParseProcedure(value).success).toBe(false);
    }
  });
});

describe("DL-16 / MOD-6 internal workflow (quy trình nội bộ)", () => {
  it("DL-16 steps whose quotas sum to the legal limit are accepted, with liên thông steps owned by partners", () => {
    const workflow = {
      channel: "direct" as const,
      approvedBy: { number: "575/QĐ-UBND", issuedOn: "2020-08-05", issuer: "UBND tỉnh Kon Tum" },
      steps: [
        step(1, 0.5),
        { ...step(2, 5), agency: { name: "Ủy ban nhân dân cấp xã", role: "lead" as const } },
        { ...step(3, 7), agency: { name: "Cơ quan đăng ký cư trú", role: "cooperating" as const } },
        { ...step(4, 7), agency: { name: "Cơ quan Bảo hiểm xã hội", role: "cooperating" as const } },
        step(5, 0.5),
        // MOD-6: "Bước 4 | Trả kết quả | Trung tâm PVHCC | 0 ngày"
        { ...step(6, 0), name: "Trả kết quả", unit: "Trung tâm PVHCC" },
      ],
    };
    const parsed = parseProcedure(withWorkflow(group(), workflow));
    expect(parsed.internalWorkflows?.[0]?.steps).toHaveLength(6);
    expect(parsed.internalWorkflows?.[0]?.steps[2]?.agency?.role).toBe("cooperating");
  });

  it("DL-16 quotas that do not sum to the limit give INVALID_WORKFLOW at the steps", () => {
    const error = expectTthcError(
      () => parseProcedure(withWorkflow(group(), { steps: [step(1, 1), step(2, 18)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "steps"],
    );
    expect(error.message).toContain("sum to 19 workingDays, the legal limit is 20 workingDays");
    expect(error.cause).toBeInstanceOf(z.ZodError);
    const safe = safeParseProcedure(withWorkflow(group(), { steps: [step(1, 21)] }));
    expect(safe.success ? null : safe.error.code).toBe("INVALID_WORKFLOW");
  });

  it("DL-16 steps must be numbered 1, 2, 3… in order", () => {
    expectTthcError(
      () => parseProcedure(withWorkflow(group(), { steps: [step(1, 10), step(3, 10)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "steps", 1, "order"],
    );
  });

  it("DL-5 no implicit unit conversion: quotas are in the limit's unit", () => {
    expectTthcError(
      () => parseProcedure(withWorkflow(group(), { steps: [step(1, 4, "workingHours"), step(2, 19.5)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "steps", 0, "quota", "unit"],
    );
  });

  it("a case's own limit is the one shared out (15 working days for birth + BHYT)", () => {
    expect(() =>
      parseProcedure(withWorkflow(group(), { caseId: "birth-insurance", steps: [step(1, 7.5), step(2, 7.5)] })),
    ).not.toThrow();
    expectTthcError(
      () => parseProcedure(withWorkflow(group(), { caseId: "birth-insurance", steps: [step(1, 20)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "steps"],
    );
    expectTthcError(
      () => parseProcedure(withWorkflow(group(), { caseId: "no-such-case", steps: [step(1, 20)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "caseId"],
    );
  });

  it("the workflow's channel must exist; differing channel limits need a channel", () => {
    expectTthcError(
      () => parseProcedure(withWorkflow(group(), { channel: "postal", steps: [step(1, 20)] })),
      "INVALID_WORKFLOW",
      ["internalWorkflows", 0, "channel"],
    );
    const differing = group();
    Object.assign(differing.channels[1] as object, { timeLimit: { value: 3, unit: "workingDays" } });
    expectTthcError(() => parseProcedure(withWorkflow(differing, { steps: [step(1, 20)] })), "INVALID_WORKFLOW", [
      "internalWorkflows",
      0,
      "channel",
    ]);
    expect(() => parseProcedure(withWorkflow(differing, { channel: "online", steps: [step(1, 3)] }))).not.toThrow();
  });

  it("DL-4 a same-day limit is shared out in working hours, with no total to match", () => {
    expect(() =>
      parseProcedure(withWorkflow(birth(), { steps: [step(1, 0.5, "workingHours"), step(2, 2, "workingHours")] })),
    ).not.toThrow();
    expectTthcError(() => parseProcedure(withWorkflow(birth(), { steps: [step(1, 1)] })), "INVALID_WORKFLOW", [
      "internalWorkflows",
      0,
      "steps",
      0,
      "quota",
      "unit",
    ]);
  });

  it("a workflow without steps, or with a negative quota, is a shape error", () => {
    expectTthcError(() => parseProcedure(withWorkflow(group(), { steps: [] })), "INVALID_PROCEDURE", [
      "internalWorkflows",
      0,
      "steps",
    ]);
    expectTthcError(() => parseProcedure(withWorkflow(group(), { steps: [step(1, -1)] })), "INVALID_PROCEDURE", [
      "internalWorkflows",
      0,
      "steps",
      0,
      "quota",
      "value",
    ]);
  });
});

describe("timeLimitOf on a hostile procedure (found by the fuzz)", () => {
  it("a null channel row is INVALID_PROCEDURE at its path, not a TypeError", () => {
    const procedure = { ...BIRTH_REGISTRATION, channels: [null] };
    expectTthcError(() => timeLimitOf(procedure as never, { channel: "direct" }), "INVALID_PROCEDURE", [
      "procedure",
      "channels",
      0,
    ]);
    expect(timeLimitOf(BIRTH_REGISTRATION, { channel: "direct" })).toEqual(BIRTH_REGISTRATION.channels[0]?.timeLimit);
  });
});

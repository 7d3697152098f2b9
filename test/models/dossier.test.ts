import { describe, expect, it } from "vitest";
import * as z from "zod";
import { SAMPLE_DOSSIER } from "../../src/models/fixtures/index.js";
import { Dossier, type DossierInput, parseDossier, safeParseDossier } from "../../src/models/index.js";
import { clone, deepFreeze, expectTthcError } from "./_helpers.js";

type Input = DossierInput & Record<string, unknown>;
const sample = (): Input => clone(SAMPLE_DOSSIER) as Input;

/** A dossier received on 2 July 2025, under VN-2025. */
const received2025 = (): Input => ({
  ...sample(),
  code: "000.00.12.H26-250702-0003",
  ruleSet: "VN-2025",
  receivedAt: "2025-07-02T08:15:00+07:00",
  dueDate: "2025-07-02",
  appointments: [{ kind: "initial", dueDate: "2025-07-02", setAt: "2025-07-02T08:15:00+07:00" }],
});

describe("MOD-20 parseDossier", () => {
  it("MOD-14 the sample dossier (source example code) parses and comes back equal", () => {
    const parsed = parseDossier(sample());
    expect(parsed).toEqual(sample());
    expect(parsed.code).toBe("000.00.12.H26-230915-0001");
    expect(Dossier.safeParse(sample()).success).toBe(true);
  });

  it("does not mutate a deep-frozen input", () => {
    const input = deepFreeze(sample());
    const before = JSON.stringify(input);
    expect(() => parseDossier(input)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });

  it("strict: the misspelt recievedAt is caught, not dropped", () => {
    expectTthcError(() => parseDossier({ ...sample(), recievedAt: "2023-09-15T09:00:00+07:00" }), "INVALID_DOSSIER", [
      "recievedAt",
    ]);
    const nested = sample();
    Object.assign(nested.applicant as object, { birthday: "2000-01-01" });
    expectTthcError(() => parseDossier(nested), "INVALID_DOSSIER", ["applicant", "birthday"]);
  });

  it.each([null, undefined, "000.00.12.H26-230915-0001", 1, []])("refuses %j at the root", (value) => {
    expectTthcError(() => parseDossier(value), "INVALID_DOSSIER", []);
  });

  it("instants are ISO date-times with an offset and real dates", () => {
    for (const receivedAt of ["2023-09-15 09:00", "2023-09-15T09:00:00", "2023-02-29T09:00:00+07:00", 1694743200000]) {
      expectTthcError(() => parseDossier({ ...sample(), receivedAt }), "INVALID_DOSSIER", ["receivedAt"]);
    }
  });

  it("MOD-22 channels are direct, postal or online; the result channel is separate", () => {
    expectTthcError(() => parseDossier({ ...sample(), channel: "email" }), "INVALID_DOSSIER", ["channel"]);
    expect(parseDossier({ ...sample(), channel: "online", resultChannel: "postal" }).resultChannel).toBe("postal");
  });

  it("MOD-28 the applicant's citizen number is 12 digits; an organisation has its own shape", () => {
    const input = sample();
    Object.assign(input.applicant as object, { citizenId: "00109000000" });
    expectTthcError(() => parseDossier(input), "INVALID_DOSSIER", ["applicant", "citizenId"]);
    const organisation = {
      ...sample(),
      applicant: { kind: "organisation", name: "Công ty TNHH A", enterpriseCode: "0101234567" },
    };
    expect(parseDossier(organisation).applicant.kind).toBe("organisation");
    expectTthcError(
      () => parseDossier({ ...sample(), applicant: { kind: "organisation", name: "A", citizenId: "001090000001" } }),
      "INVALID_DOSSIER",
      ["applicant", "citizenId"],
    );
  });

  it("MOD-14 the code's agency is the receiving agency and its date the receipt date in Vietnam", () => {
    expectTthcError(() => parseDossier({ ...sample(), receivingAgency: "000.00.13.H26" }), "INVALID_DOSSIER", ["code"]);
    // 2023-09-15T17:30Z is 00:30 on 16 September in Asia/Ho_Chi_Minh.
    expectTthcError(
      () =>
        parseDossier({
          ...sample(),
          receivedAt: "2023-09-15T17:30:00Z",
          dueDate: "2023-09-16",
          appointments: [{ kind: "initial", dueDate: "2023-09-16", setAt: "2023-09-15T17:30:00Z" }],
        }),
      "INVALID_DOSSIER",
      ["code"],
    );
    expect(() => parseDossier({ ...sample(), receivedAt: "2023-09-14T17:30:00Z" })).not.toThrow();
  });

  it("MOD-16 no code before acceptance; a received dossier has one", () => {
    const { code: _c, receivedAt: _r, dueDate: _d, ...draft } = sample();
    expect(
      parseDossier({ ...draft, appointments: [], status: "submitted", submittedAt: "2023-09-14T22:00:00+07:00" }),
    ).toMatchObject({ status: "submitted" });
    expectTthcError(() => parseDossier({ ...draft, appointments: [], status: "inProcess" }), "INVALID_DOSSIER", [
      "receivedAt",
    ]);
    const { code: _code, ...noCode } = sample();
    expectTthcError(() => parseDossier(noCode), "INVALID_DOSSIER", ["code"]);
    const { receivedAt: _at, ...noReceipt } = sample();
    expectTthcError(() => parseDossier(noReceipt), "INVALID_DOSSIER", ["receivedAt"]);
    expectTthcError(() => parseDossier({ ...sample(), status: "submitted" }), "INVALID_DOSSIER", ["status"]);
  });

  it("CAL-18 submittedAt is not after receivedAt", () => {
    expectTthcError(() => parseDossier({ ...sample(), submittedAt: "2023-09-15T10:00:00+07:00" }), "INVALID_DOSSIER", [
      "submittedAt",
    ]);
  });

  it("LAW-8 the dossier keeps the rule set in force at receipt", () => {
    expectTthcError(() => parseDossier({ ...sample(), ruleSet: "VN-2025" }), "INVALID_DOSSIER", ["ruleSet"]);
    expect(parseDossier(received2025()).ruleSet).toBe("VN-2025");
    expectTthcError(() => parseDossier({ ...received2025(), ruleSet: "VN-2018" }), "INVALID_DOSSIER", ["ruleSet"]);
    // ruleSetBy 'submittedAt': submitted online on 30 June, received on 2 July, may keep VN-2018.
    expect(
      parseDossier({ ...received2025(), ruleSet: "VN-2018", submittedAt: "2025-06-30T21:00:00+07:00" }).ruleSet,
    ).toBe("VN-2018");
    expectTthcError(() => parseDossier({ ...sample(), ruleSet: "VN-2030" }), "INVALID_DOSSIER", ["ruleSet"]);
  });

  it("LAW-1 no rule set before 21/6/2018", () => {
    expectTthcError(
      () =>
        parseDossier({
          ...sample(),
          code: "000.00.12.H26-180101-0001",
          receivedAt: "2018-01-01T09:00:00+07:00",
          dueDate: "2018-01-01",
          appointments: [{ kind: "initial", dueDate: "2018-01-01", setAt: "2018-01-01T09:00:00+07:00" }],
        }),
      "INVALID_DOSSIER",
      ["receivedAt"],
    );
  });

  it("WF-25 'stopped' exists only under VN-2025", () => {
    expect(parseDossier({ ...received2025(), status: "stopped" }).status).toBe("stopped");
    expectTthcError(() => parseDossier({ ...sample(), status: "stopped" }), "INVALID_DOSSIER", ["status"]);
    expectTthcError(() => parseDossier({ ...sample(), status: "processing" }), "INVALID_DOSSIER", ["status"]);
  });

  it("DL-12 / DL-14 appointments: first 'initial', dueDate is the last one, both kept", () => {
    const reappointed = {
      ...sample(),
      status: "inProcess",
      dueDate: "2023-09-18",
      appointments: [
        { kind: "initial", dueDate: "2023-09-15", setAt: "2023-09-15T09:00:00+07:00" },
        {
          kind: "reappointment",
          dueDate: "2023-09-18",
          setAt: "2023-09-15T14:00:00+07:00",
          reason: "Chờ xác minh",
          letterRef: "01/PXL",
        },
      ],
    };
    expect(parseDossier(reappointed).appointments.map((a) => a.dueDate)).toEqual(["2023-09-15", "2023-09-18"]);
    expectTthcError(() => parseDossier({ ...reappointed, dueDate: "2023-09-15" }), "INVALID_DOSSIER", ["dueDate"]);
    const twoInitial = clone(reappointed);
    twoInitial.appointments[1]!.kind = "initial";
    expectTthcError(() => parseDossier(twoInitial), "INVALID_DOSSIER", ["appointments", 1, "kind"]);
  });

  it("WF-14 a liên thông copy points to its origin, never to itself", () => {
    expect(parseDossier({ ...sample(), originDossierCode: "000.00.11.H26-230914-0042" }).originDossierCode).toBe(
      "000.00.11.H26-230914-0042",
    );
    expectTthcError(
      () => parseDossier({ ...sample(), originDossierCode: "000.00.12.H26-230915-0001" }),
      "INVALID_DOSSIER",
      ["originDossierCode"],
    );
    expectTthcError(() => parseDossier({ ...sample(), originDossierCode: "42" }), "INVALID_DOSSIER", [
      "originDossierCode",
    ]);
  });

  it("fees are whole đồng with a payment status", () => {
    const input = sample();
    Object.assign(input.fees[0] as object, { amountVnd: 12.5 });
    expectTthcError(() => parseDossier(input), "INVALID_DOSSIER", ["fees", 0, "amountVnd"]);
  });

  it("safeParseDossier returns the error with the ZodError as cause, and never throws", () => {
    const result = safeParseDossier({ ...sample(), procedureCode: "x" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_DOSSIER");
    expect(result.error.path).toEqual(["procedureCode"]);
    expect(result.error.cause).toBeInstanceOf(z.ZodError);
    expect(result.error.messageVi).toMatch(/^Hồ sơ không hợp lệ tại procedureCode: /);
    expect(safeParseDossier(sample()).success).toBe(true);
    expect(safeParseDossier(Symbol("x")).success).toBe(false);
  });
});

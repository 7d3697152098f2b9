import { describe, expect, it } from "vitest";
import {
  AgencyCode,
  CitizenId,
  DEFAULT_CITIZEN_ID_VALIDATOR,
  DossierCode,
  decodeAgencyCode,
  decodeCitizenId,
  decodeProcedureCode,
  formatAgencyCode,
  formatCitizenId,
  formatDossierCode,
  formatProcedureCode,
  isAgencyCode,
  isCitizenId,
  isDossierCode,
  isProcedureCode,
  ProcedureCode,
  parseAgencyCode,
  parseCitizenId,
  parseDossierCode,
  parseProcedureCode,
  redactCitizenId,
} from "../../src/models/index.js";
import { deepFreeze, expectTthcError } from "./_helpers.js";

/** RULES MOD-14, source-stated example: agency 000.00.12.H26, received 2023-09-15, first dossier that day. */
const MOD14_EXAMPLE = "000.00.12.H26-230915-0001";

const BAD_VALUES: readonly unknown[] = [null, undefined, 42, {}, [], "", " 000.00.12.H26"];

describe("MOD-11/MOD-12 agency code (mã định danh cơ quan)", () => {
  it("MOD-11 accepts V1V2V3.Z1Z2.Y1Y2.MX1X2", () => {
    expect(parseAgencyCode("000.00.12.H26")).toBe("000.00.12.H26");
    expect(parseAgencyCode("000.00.00.G01")).toBe("000.00.00.G01");
    expect(isAgencyCode("123.45.67.H99")).toBe(true);
    expect(AgencyCode.safeParse("000.00.12.H26").success).toBe(true);
  });

  it.each([
    "000.00.12.h26",
    "00.00.12.H26",
    "000.00.12.H2",
    "000.00.12.HH6",
    "000-00-12-H26",
    "000.00.12.H26 ",
    ...BAD_VALUES,
  ])("MOD-11 refuses %j with INVALID_AGENCY_CODE at []", (value) => {
    expectTthcError(() => parseAgencyCode(value), "INVALID_AGENCY_CODE", []);
    expect(isAgencyCode(value)).toBe(false);
  });

  it("MOD-12 decodes levels; the example agency is the level-2 unit 12 of H26", () => {
    expect(decodeAgencyCode("000.00.12.H26")).toEqual({
      code: "000.00.12.H26",
      level1: "H26",
      level2: "12",
      level3: "00",
      level4: "000",
      depth: 2,
      level1Kind: "province",
      parent: "000.00.00.H26",
    });
  });

  it("MOD-12 unused levels are zero-filled: 000.00.00.H26 is the level-1 unit itself", () => {
    const decoded = decodeAgencyCode("000.00.00.H26");
    expect(decoded.depth).toBe(1);
    expect(decoded.parent).toBeUndefined();
    expect("parent" in decoded).toBe(false);
  });

  it("MOD-12 depth 3 and 4 and the G (ministry) letter", () => {
    expect(decodeAgencyCode("000.05.12.G09")).toMatchObject({
      depth: 3,
      level1Kind: "ministry",
      parent: "000.00.12.G09",
    });
    expect(decodeAgencyCode("007.05.12.H26")).toMatchObject({ depth: 4, parent: "000.05.12.H26" });
    expect(decodeAgencyCode("000.00.01.K01").level1Kind).toBe("other");
  });

  it("MOD-12 formats levels and round-trips decode", () => {
    expect(formatAgencyCode({ level1: "H26", level2: 12 })).toBe("000.00.12.H26");
    expect(formatAgencyCode({ level1: "H26", level2: "12", level3: "05", level4: 7 })).toBe("007.05.12.H26");
    const { level1, level2, level3, level4 } = decodeAgencyCode("007.05.12.H26");
    expect(formatAgencyCode({ level1, level2, level3, level4 })).toBe("007.05.12.H26");
  });

  it("bad input: decode and format name the field", () => {
    expectTthcError(() => decodeAgencyCode("H26"), "INVALID_AGENCY_CODE", []);
    expectTthcError(() => formatAgencyCode({ level1: "h26" }), "INVALID_AGENCY_CODE", ["level1"]);
    expectTthcError(() => formatAgencyCode({ level1: "H26", level2: 100 }), "INVALID_AGENCY_CODE", ["level2"]);
    expectTthcError(() => formatAgencyCode({ level1: "H26", level3: "5" }), "INVALID_AGENCY_CODE", ["level3"]);
    expectTthcError(() => formatAgencyCode({ level1: "H26", level4: -1 }), "INVALID_AGENCY_CODE", ["level4"]);
    expectTthcError(() => formatAgencyCode({ level1: "H26", level2: Number.NaN }), "INVALID_AGENCY_CODE", ["level2"]);
    expectTthcError(() => formatAgencyCode(null as never), "INVALID_AGENCY_CODE", []);
  });

  it("bad input found by the fuzz: a null level is INVALID_AGENCY_CODE, not a TypeError", () => {
    expectTthcError(() => formatAgencyCode({ level1: "H26", level2: null as never }), "INVALID_AGENCY_CODE", [
      "level2",
    ]);
    expectTthcError(() => formatAgencyCode({ level1: "H26", level4: [] as never }), "INVALID_AGENCY_CODE", ["level4"]);
  });

  it("does not mutate a frozen parts object", () => {
    const parts = deepFreeze({ level1: "H26", level2: 12 });
    expect(formatAgencyCode(parts)).toBe("000.00.12.H26");
  });
});

describe("MOD-10 procedure code (mã thủ tục hành chính)", () => {
  it.each(["1.001193", "2.000635", "1.000948.H38", "2.001218.000.00.00.H38"])("MOD-10 accepts %s", (code) => {
    expect(parseProcedureCode(code)).toBe(code);
    expect(isProcedureCode(code)).toBe(true);
    expect(ProcedureCode.safeParse(code).success).toBe(true);
  });

  it.each(["1.00119", "1001193", "12.001193", "1.001193.", "1.001193.h38", "1.001193-H38", ...BAD_VALUES])(
    "MOD-10 refuses %j with INVALID_PROCEDURE_CODE at []",
    (value) => {
      expectTthcError(() => parseProcedureCode(value), "INVALID_PROCEDURE_CODE", []);
      expect(isProcedureCode(value)).toBe(false);
    },
  );

  it("MOD-10 splits and rebuilds the provincial suffix (1.000948.H38)", () => {
    expect(decodeProcedureCode("1.000948.H38")).toEqual({ base: "1.000948", localSuffix: "H38" });
    expect(decodeProcedureCode("1.001193")).toEqual({ base: "1.001193" });
    expect(formatProcedureCode({ base: "1.000948", localSuffix: "H38" })).toBe("1.000948.H38");
    expect(formatProcedureCode({ base: "1.001193" })).toBe("1.001193");
  });

  it("bad input: format and decode name the field", () => {
    expectTthcError(() => formatProcedureCode({ base: "1.000948.H38" }), "INVALID_PROCEDURE_CODE", ["base"]);
    expectTthcError(() => formatProcedureCode({ base: "1.000948", localSuffix: "h38" }), "INVALID_PROCEDURE_CODE", [
      "localSuffix",
    ]);
    expectTthcError(() => formatProcedureCode({ base: "1.000948", localSuffix: "" }), "INVALID_PROCEDURE_CODE", [
      "localSuffix",
    ]);
    expectTthcError(() => formatProcedureCode(undefined as never), "INVALID_PROCEDURE_CODE", []);
    // Found by the fuzz: the suffix was put in a template literal before its type was checked.
    let deep: unknown[] = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expectTthcError(
      () => formatProcedureCode({ base: "1.000948", localSuffix: deep as never }),
      "INVALID_PROCEDURE_CODE",
      ["localSuffix"],
    );
    expectTthcError(() => decodeProcedureCode("x"), "INVALID_PROCEDURE_CODE", []);
  });
});

describe("MOD-14 dossier code (mã hồ sơ)", () => {
  it("MOD-14 reads the source example 000.00.12.H26-230915-0001", () => {
    expect(parseDossierCode(MOD14_EXAMPLE)).toEqual({ agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 });
    expect(isDossierCode(MOD14_EXAMPLE)).toBe(true);
    expect(DossierCode.safeParse(MOD14_EXAMPLE).success).toBe(true);
  });

  it("MOD-14 formats the source example from its parts", () => {
    expect(formatDossierCode({ agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 })).toBe(MOD14_EXAMPLE);
    expect(formatDossierCode({ agency: "000.00.12.H26", date: "2024-02-29", sequence: 9999 })).toBe(
      "000.00.12.H26-240229-9999",
    );
  });

  it.each([
    "000.00.12.H26-230231-0001", // 31 Feb
    "000.00.12.H26-250229-0001", // 2025 is not a leap year
    "000.00.12.H26-231301-0001", // month 13
    "000.00.12.H26-230900-0001", // day 0
    "000.00.12.H26-230915-0000", // sequence starts at 1
    "000.00.12.H26-230915-001",
    "000.00.12.H26-20230915-0001",
    "000.00.12.h26-230915-0001",
    "000.00.12.H26_230915_0001",
    ...BAD_VALUES,
  ])("MOD-14 refuses %j with INVALID_DOSSIER_CODE at []", (value) => {
    expectTthcError(() => parseDossierCode(value), "INVALID_DOSSIER_CODE", []);
    expect(isDossierCode(value)).toBe(false);
    expect(DossierCode.safeParse(value).success).toBe(false);
  });

  it("bad input: format names the field (MOD-15 overflow above 9999)", () => {
    const ok = { agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 };
    expectTthcError(() => formatDossierCode({ ...ok, agency: "H26" }), "INVALID_AGENCY_CODE", ["agency"]);
    expectTthcError(() => formatDossierCode({ ...ok, date: "2025-02-29" }), "INVALID_DATE", ["date"]);
    expectTthcError(() => formatDossierCode({ ...ok, date: "2025-13-01" }), "INVALID_DATE", ["date"]);
    expectTthcError(() => formatDossierCode({ ...ok, date: "1999-12-31" }), "OUT_OF_RANGE", ["date"]);
    expectTthcError(() => formatDossierCode({ ...ok, date: "2100-01-01" }), "OUT_OF_RANGE", ["date"]);
    expectTthcError(() => formatDossierCode({ ...ok, sequence: 0 }), "INVALID_DOSSIER_CODE", ["sequence"]);
    expectTthcError(() => formatDossierCode({ ...ok, sequence: 1.5 }), "INVALID_DOSSIER_CODE", ["sequence"]);
    expectTthcError(() => formatDossierCode({ ...ok, sequence: Number.NaN }), "INVALID_DOSSIER_CODE", ["sequence"]);
    expectTthcError(() => formatDossierCode({ ...ok, sequence: 10000 }), "DOSSIER_SEQUENCE_OVERFLOW", ["sequence"]);
    expectTthcError(() => formatDossierCode(null as never), "INVALID_DOSSIER_CODE", []);
  });
});

describe("D-7 / MOD-28 citizen identity number (số định danh cá nhân)", () => {
  it("MOD-28 default validator: twelve digits", () => {
    expect(parseCitizenId("001203012345")).toBe("001203012345");
    expect(isCitizenId("001203012345")).toBe(true);
    expect(CitizenId.safeParse("001203012345").success).toBe(true);
  });

  it.each([
    "00120301234",
    "0012030123456",
    "00120301234a",
    "001 203 012 345",
    "００１２０３０１２３４５",
    ...BAD_VALUES,
  ])("MOD-28 refuses %j with INVALID_CITIZEN_ID at []", (value) => {
    expectTthcError(() => parseCitizenId(value), "INVALID_CITIZEN_ID", []);
    expect(isCitizenId(value)).toBe(false);
  });

  it("MOD-28 the default validator answers false for a non-string (found by the fuzz)", () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    for (const value of [deep, Object.create(null), 1_203_012_345, ["001203012345"]]) {
      expect(DEFAULT_CITIZEN_ID_VALIDATOR(value as never)).toBe(false);
    }
  });

  it("D-7 the validator is replaceable", () => {
    const onlyProvince001 = (text: string) => /^001\d{9}$/.test(text);
    expect(parseCitizenId("001203012345", { validate: onlyProvince001 })).toBe("001203012345");
    expectTthcError(() => parseCitizenId("079203012345", { validate: onlyProvince001 }), "INVALID_CITIZEN_ID", []);
    expect(isCitizenId("079203012345", { validate: onlyProvince001 })).toBe(false);
    expect(isCitizenId("A1234567", { validate: (text) => /^[A-Z]\d{7}$/.test(text) })).toBe(true);
  });

  it("bad option: a validator that is not a function is INVALID_OPTION at validate", () => {
    expectTthcError(() => parseCitizenId("001203012345", { validate: 1 as never }), "INVALID_OPTION", ["validate"]);
    expectTthcError(() => isCitizenId("001203012345", { validate: "x" as never }), "INVALID_OPTION", ["validate"]);
    expect(parseCitizenId("001203012345", null as never)).toBe("001203012345");
  });

  it("D-7 digits 1-3 province, digit 4 century and sex, digits 5-6 year, 7-12 random", () => {
    // 20th century: male 0, female 1; 21st: 2, 3; 22nd: 4, 5 (DECISIONS D-7).
    expect(decodeCitizenId("001090123456")).toEqual({
      provinceCode: "001",
      sex: "male",
      birthYear: 1990,
      serial: "123456",
    });
    expect(decodeCitizenId("079185000001")).toMatchObject({ provinceCode: "079", sex: "female", birthYear: 1985 });
    expect(decodeCitizenId("001203012345")).toMatchObject({ sex: "male", birthYear: 2003 });
    expect(decodeCitizenId("001310012345")).toMatchObject({ sex: "female", birthYear: 2010 });
    expect(decodeCitizenId("001400012345")).toMatchObject({ sex: "male", birthYear: 2100 });
    expect(decodeCitizenId("001599012345")).toMatchObject({ sex: "female", birthYear: 2199 });
  });

  it("D-7 format is the inverse of decode", () => {
    for (const id of ["001090123456", "079185000001", "001203012345", "001310012345", "096599999999"]) {
      expect(formatCitizenId(decodeCitizenId(id))).toBe(id);
    }
  });

  it("format functions do not mutate deep-frozen parts", () => {
    const citizen = deepFreeze({ provinceCode: "001", sex: "male", birthYear: 1990, serial: "123456" } as const);
    expect(formatCitizenId(citizen)).toBe("001090123456");
    const dossier = deepFreeze({ agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 });
    expect(formatDossierCode(dossier)).toBe(MOD14_EXAMPLE);
    const procedure = deepFreeze({ base: "1.000948", localSuffix: "H38" });
    expect(formatProcedureCode(procedure)).toBe("1.000948.H38");
  });

  it("redactCitizenId keeps the province code and the last three digits", () => {
    expect(redactCitizenId("001203012345")).toBe("001******345");
  });

  it("error messages never show a full valid-looking number", () => {
    const error = expectTthcError(
      () => parseCitizenId("079203012345", { validate: () => false }),
      "INVALID_CITIZEN_ID",
      [],
    );
    expect(error.message).not.toContain("079203012345");
    expect(error.message).toContain("079******345");
  });

  it("bad input: decode, format and redact name the field", () => {
    expectTthcError(() => decodeCitizenId("1234"), "INVALID_CITIZEN_ID", []);
    expectTthcError(() => redactCitizenId("1234"), "INVALID_CITIZEN_ID", []);
    expectTthcError(() => redactCitizenId(null as never), "INVALID_CITIZEN_ID", []);
    const ok = { provinceCode: "001", sex: "male", birthYear: 1990, serial: "123456" } as const;
    expectTthcError(() => formatCitizenId({ ...ok, provinceCode: "1" }), "INVALID_CITIZEN_ID", ["provinceCode"]);
    expectTthcError(() => formatCitizenId({ ...ok, sex: "x" as never }), "INVALID_CITIZEN_ID", ["sex"]);
    expectTthcError(() => formatCitizenId({ ...ok, birthYear: 1899 }), "INVALID_CITIZEN_ID", ["birthYear"]);
    expectTthcError(() => formatCitizenId({ ...ok, birthYear: 2400 }), "INVALID_CITIZEN_ID", ["birthYear"]);
    expectTthcError(() => formatCitizenId({ ...ok, birthYear: 1990.5 }), "INVALID_CITIZEN_ID", ["birthYear"]);
    expectTthcError(() => formatCitizenId({ ...ok, serial: "12345" }), "INVALID_CITIZEN_ID", ["serial"]);
    expectTthcError(() => formatCitizenId(null as never), "INVALID_CITIZEN_ID", []);
  });
});

describe("silent acceptance found by the fuzz's refusal oracle", () => {
  it("the formatters refuse an unknown key (a misspelt part) with INVALID_OPTION and its path", () => {
    expectTthcError(() => formatAgencyCode({ level1: "H26", levl2: 12 } as never), "INVALID_OPTION", ["levl2"]);
    expectTthcError(
      () => formatCitizenId({ provinceCode: "001", sex: "female", birthYear: 2003, serial: "012345", zz: 1 } as never),
      "INVALID_OPTION",
      ["zz"],
    );
    expectTthcError(() => formatProcedureCode({ base: "1.000948", locaSuffix: "H38" } as never), "INVALID_OPTION", [
      "locaSuffix",
    ]);
  });

  it("citizen-number options must be an object with `validate` only (a misspelt key fell back to the default)", () => {
    expectTthcError(() => isCitizenId("001203012345", [] as never), "INVALID_OPTION", []);
    expectTthcError(() => parseCitizenId("001203012345", { validator: () => true } as never), "INVALID_OPTION", [
      "validator",
    ]);
    expect(isCitizenId("001203012345", {})).toBe(true);
  });
});

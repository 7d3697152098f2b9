import { describe, expectTypeOf, it } from "vitest";
import type { Duration } from "../../src/deadline/duration.js";
import type { SafeResult, TthcErrorCode } from "../../src/errors.js";
import { BIRTH_REGISTRATION, PROCEDURE_FIXTURES, SAMPLE_DOSSIER } from "../../src/models/fixtures/index.js";
import {
  type AgencyCode,
  type Channel,
  type CitizenId,
  createDossierCodeGenerator,
  type Dossier,
  type DossierCode,
  type DossierCodeParts,
  type DossierInput,
  type DossierStatus,
  decodeAgencyCode,
  decodeCitizenId,
  type IsoDate,
  isDossierCode,
  mapLegacyOnlineLevel,
  type NationalStatusCode,
  nationalStatusCodeOf,
  type OnlineLevel,
  type Procedure,
  type ProcedureCode,
  type ProcedureInput,
  parseAgencyCode,
  parseCitizenId,
  parseDossier,
  parseDossierCode,
  parseProcedure,
  parseProcedureCode,
  RULE_SETS,
  type RuleSetId,
  ruleSetFor,
  safeParseDossier,
  safeParseProcedure,
  type TimeLimit,
  toJsonSchemas,
} from "../../src/models/index.js";

declare function useDossierCode(code: DossierCode): void;
declare function useAgencyCode(code: AgencyCode): void;
declare function useProcedureCode(code: ProcedureCode): void;

describe("branded identifiers", () => {
  it("a bare string is not a DossierCode, AgencyCode or ProcedureCode", () => {
    // @ts-expect-error a bare string must be parsed first
    useDossierCode("000.00.12.H26-230915-0001");
    // @ts-expect-error a bare string must be parsed first
    useAgencyCode("000.00.12.H26");
    // @ts-expect-error a bare string must be parsed first
    useProcedureCode("1.001193");
    const agency = parseAgencyCode("000.00.12.H26");
    // @ts-expect-error one code cannot stand in for another
    useDossierCode(agency);
    useAgencyCode(agency);
  });

  it("parse functions return brands, and brands are still strings", () => {
    expectTypeOf(parseAgencyCode("000.00.12.H26")).toEqualTypeOf<AgencyCode>();
    expectTypeOf(parseProcedureCode("1.001193")).toEqualTypeOf<ProcedureCode>();
    expectTypeOf(parseCitizenId("001203012345")).toEqualTypeOf<CitizenId>();
    expectTypeOf<DossierCode>().toExtend<string>();
    expectTypeOf(parseDossierCode("x")).toEqualTypeOf<DossierCodeParts>();
    expectTypeOf(parseDossierCode("x").date).toEqualTypeOf<IsoDate>();
    expectTypeOf(parseDossierCode("x").agency).toEqualTypeOf<AgencyCode>();
    expectTypeOf(decodeAgencyCode("000.00.12.H26").depth).toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf(decodeCitizenId("001203012345").sex).toEqualTypeOf<"male" | "female">();
  });

  it("is… functions narrow unknown to the brand", () => {
    const value: unknown = "000.00.12.H26-230915-0001";
    if (isDossierCode(value)) expectTypeOf(value).toEqualTypeOf<DossierCode>();
  });
});

describe("records", () => {
  it("the schema is the type: parse returns Procedure and Dossier", () => {
    expectTypeOf(parseProcedure({})).toEqualTypeOf<Procedure>();
    expectTypeOf(parseDossier({})).toEqualTypeOf<Dossier>();
    expectTypeOf(safeParseProcedure({})).toEqualTypeOf<SafeResult<Procedure>>();
    expectTypeOf(safeParseDossier({})).toEqualTypeOf<SafeResult<Dossier>>();
    expectTypeOf(BIRTH_REGISTRATION).toEqualTypeOf<Procedure>();
    expectTypeOf(SAMPLE_DOSSIER).toEqualTypeOf<Dossier>();
    expectTypeOf(PROCEDURE_FIXTURES).toEqualTypeOf<readonly Procedure[]>();
  });

  it("fields carry brands, units and unions", () => {
    expectTypeOf<Procedure["code"]>().toEqualTypeOf<ProcedureCode>();
    expectTypeOf<Procedure["effectiveFrom"]>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Procedure["onlineLevel"]>().toEqualTypeOf<OnlineLevel>();
    expectTypeOf<Procedure["sameDayCutoff"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Dossier["code"]>().toEqualTypeOf<DossierCode | undefined>();
    expectTypeOf<Dossier["ruleSet"]>().toEqualTypeOf<RuleSetId>();
    expectTypeOf<Dossier["status"]>().toEqualTypeOf<DossierStatus>();
    expectTypeOf<Dossier["channel"]>().toEqualTypeOf<Channel>();
    expectTypeOf<Dossier["originDossierCode"]>().toEqualTypeOf<DossierCode | undefined>();
    expectTypeOf<RuleSetId>().toEqualTypeOf<"VN-2018" | "VN-2025">();
    expectTypeOf<Channel>().toEqualTypeOf<"direct" | "postal" | "online">();
  });

  it("a TimeLimit is a deadline Duration (same units)", () => {
    expectTypeOf<TimeLimit>().toExtend<Duration>();
    expectTypeOf<TimeLimit["unit"]>().toEqualTypeOf<Duration["unit"]>();
  });

  it("input types take plain strings where the output has brands", () => {
    expectTypeOf<ProcedureInput["code"]>().toEqualTypeOf<string>();
    expectTypeOf<DossierInput["code"]>().toEqualTypeOf<string | undefined>();
    const input: DossierInput["appointments"] = [
      { kind: "initial", dueDate: "2023-09-15", setAt: "2023-09-15T09:00:00+07:00" },
    ];
    expectTypeOf(input).toExtend<DossierInput["appointments"]>();
  });

  it("the discriminated applicant narrows on kind", () => {
    const applicant = SAMPLE_DOSSIER.applicant;
    if (applicant.kind === "citizen") expectTypeOf(applicant.citizenId).toEqualTypeOf<CitizenId | undefined>();
    else expectTypeOf(applicant.enterpriseCode).toEqualTypeOf<string | undefined>();
  });
});

describe("functions", () => {
  it("signatures", () => {
    expectTypeOf(ruleSetFor).parameter(0).toEqualTypeOf<string | Date>();
    expectTypeOf(ruleSetFor).returns.toEqualTypeOf<RuleSetId>();
    expectTypeOf(mapLegacyOnlineLevel).parameter(0).toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf(nationalStatusCodeOf).returns.toEqualTypeOf<NationalStatusCode | undefined>();
    expectTypeOf(RULE_SETS["VN-2025"].maxReappointments).toEqualTypeOf<number>();
    const generator = createDossierCodeGenerator({ agency: "000.00.12.H26", counter: async () => 1 });
    expectTypeOf(generator.generate).returns.toEqualTypeOf<Promise<DossierCode>>();
    expectTypeOf(toJsonSchemas().Procedure.type).not.toBeAny();
    // @ts-expect-error an unknown status is not a DossierStatus
    nationalStatusCodeOf("processing");
    // @ts-expect-error legacy levels are 1–4
    mapLegacyOnlineLevel(5);
  });

  it("error codes added for the models are part of TthcErrorCode", () => {
    expectTypeOf<
      | "INVALID_PROCEDURE"
      | "INVALID_DOSSIER"
      | "INVALID_WORKFLOW"
      | "INVALID_AGENCY_CODE"
      | "INVALID_PROCEDURE_CODE"
      | "INVALID_DOSSIER_CODE"
      | "INVALID_CITIZEN_ID"
      | "INVALID_ONLINE_LEVEL"
      | "DOSSIER_SEQUENCE_OVERFLOW"
      | "DOSSIER_CODE_CONFLICT"
    >().toExtend<TthcErrorCode>();
  });
});

import { describe, expect, it } from "vitest";
import {
  BIRTH_INTER_AGENCY_GROUP,
  BIRTH_REGISTRATION,
  CONSTRUCTION_PERMIT,
  FIRST_LAND_REGISTRATION,
  PRIVATE_ENTERPRISE_REGISTRATION,
  PROCEDURE_FIXTURES,
  SAMPLE_DOSSIER,
} from "../../src/models/fixtures/index.js";
import { parseDossier, parseProcedure, safeParseProcedure, toJsonSchemas } from "../../src/models/index.js";
import { checkJsonSchema } from "./_jsonSchema.js";

const schemas = toJsonSchemas();

describe("fixtures", () => {
  it("at least five real procedures, each with legal bases and sources", () => {
    expect(PROCEDURE_FIXTURES.length).toBeGreaterThanOrEqual(5);
    expect(new Set(PROCEDURE_FIXTURES.map((p) => p.code)).size).toBe(PROCEDURE_FIXTURES.length);
    for (const procedure of PROCEDURE_FIXTURES) {
      expect(procedure.legalBases.length, procedure.code).toBeGreaterThan(0);
      expect(procedure.sources?.length ?? 0, procedure.code).toBeGreaterThan(0);
      expect(procedure.notes?.length ?? 0, `${procedure.code} lists what was not verified`).toBeGreaterThan(0);
    }
  });

  it.each(PROCEDURE_FIXTURES.map((p) => [p.code, p] as const))("%s passes parseProcedure", (_code, procedure) => {
    expect(parseProcedure(procedure)).toEqual(procedure);
  });

  it.each(PROCEDURE_FIXTURES.map((p) => [p.code, p] as const))(
    "%s round-trips through JSON and still parses",
    (_code, procedure) => {
      const json = JSON.parse(JSON.stringify(procedure)) as unknown;
      expect(json).toEqual(procedure);
      const result = safeParseProcedure(json);
      expect(result.success && result.data).toEqual(procedure);
    },
  );

  it.each(PROCEDURE_FIXTURES.map((p) => [p.code, p] as const))(
    "%s validates against the exported JSON Schema",
    (_code, procedure) => {
      expect(checkJsonSchema(schemas.Procedure, JSON.parse(JSON.stringify(procedure)))).toEqual([]);
    },
  );

  it("the sample dossier round-trips through JSON and validates against the JSON Schema", () => {
    const json = JSON.parse(JSON.stringify(SAMPLE_DOSSIER)) as unknown;
    expect(parseDossier(json)).toEqual(SAMPLE_DOSSIER);
    expect(checkJsonSchema(schemas.Dossier, json)).toEqual([]);
  });

  it("fixtures are deep-frozen", () => {
    for (const value of [...PROCEDURE_FIXTURES, SAMPLE_DOSSIER]) {
      expect(Object.isFrozen(value)).toBe(true);
      expect(Object.isFrozen(value.components)).toBe(true);
    }
    expect(Object.isFrozen(PROCEDURE_FIXTURES)).toBe(true);
    expect(Object.isFrozen(BIRTH_REGISTRATION.channels[0]?.timeLimit)).toBe(true);
  });

  it("DL-4 / CAL-20 birth registration: same day, 15:00 cut-off (Luật Hộ tịch 2014)", () => {
    expect(BIRTH_REGISTRATION.code).toBe("1.001193");
    expect(BIRTH_REGISTRATION.channels.every((row) => row.timeLimit.unit === "sameDay")).toBe(true);
    expect(BIRTH_REGISTRATION.sameDayCutoff).toBe("15:00");
    expect(BIRTH_REGISTRATION.legalBases[0]?.document).toBe("60/2014/QH13");
  });

  it("D-8 / §3.2 the liên thông group carries the national limits, not a district's 5 days", () => {
    const limits = BIRTH_INTER_AGENCY_GROUP.channels.map((row) => row.timeLimit);
    expect(limits.every((limit) => limit.value === 20 && limit.unit === "workingDays")).toBe(true);
    expect(BIRTH_INTER_AGENCY_GROUP.cases?.map((c) => c.timeLimit?.value)).toEqual([20, 15]);
    expect(BIRTH_INTER_AGENCY_GROUP.channels[0]?.extraTime?.map((e) => e.time)).toEqual([
      { value: 2, unit: "workingDays" },
      { value: 5, unit: "workingDays" },
    ]);
    expect(BIRTH_INTER_AGENCY_GROUP.interAgency?.leadAgency).toBe("Ủy ban nhân dân cấp xã");
    expect(BIRTH_INTER_AGENCY_GROUP.legalBases[0]?.document).toBe("05/2015/TTLT-BTP-BCA-BYT");
  });

  it("land, enterprise and construction fixtures carry their legal bases", () => {
    expect(FIRST_LAND_REGISTRATION.legalBases.map((b) => b.document)).toContain("31/2024/QH15");
    expect(FIRST_LAND_REGISTRATION.levels).toEqual(["commune"]);
    expect(PRIVATE_ENTERPRISE_REGISTRATION.legalBases[0]).toMatchObject({
      document: "59/2020/QH14",
      articles: ["Điều 19", "Điều 26", "Điều 188"],
    });
    expect(PRIVATE_ENTERPRISE_REGISTRATION.channels.every((row) => row.timeLimit.value === 3)).toBe(true);
    expect(CONSTRUCTION_PERMIT.legalBases[0]).toMatchObject({ document: "50/2014/QH13" });
    expect(CONSTRUCTION_PERMIT.cases?.find((c) => c.id === "individual-house")?.timeLimit).toEqual({
      value: 15,
      unit: "calendarDays",
    });
  });
});

describe("toJsonSchemas", () => {
  it("exports strict draft 2020-12 schemas of Procedure and Dossier", () => {
    expect(schemas.Procedure.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schemas.Procedure.title).toBe("Procedure");
    expect(schemas.Dossier.title).toBe("Dossier");
    expect(schemas.Procedure.additionalProperties).toBe(false);
    expect(schemas.Procedure.required).toEqual(
      expect.arrayContaining(["code", "name", "channels", "legalBases", "version", "effectiveFrom"]),
    );
    expect(schemas.Dossier.required).toEqual(expect.arrayContaining(["procedureCode", "ruleSet", "status"]));
  });

  it("is plain JSON and a fresh object each call", () => {
    expect(JSON.parse(JSON.stringify(schemas))).toEqual(schemas);
    expect(toJsonSchemas().Procedure).not.toBe(schemas.Procedure);
  });

  it("the JSON Schema refuses what the parse API refuses on shape (unknown key, bad pattern)", () => {
    const json = JSON.parse(JSON.stringify(BIRTH_REGISTRATION)) as Record<string, unknown>;
    expect(checkJsonSchema(schemas.Procedure, { ...json, colour: "red" })).toContain(
      "$: must NOT have additional properties",
    );
    expect(checkJsonSchema(schemas.Procedure, { ...json, code: "1.00119" }).length).toBeGreaterThan(0);
    expect(checkJsonSchema(schemas.Procedure, { ...json, effectiveFrom: "2025-02-29" }).length).toBeGreaterThan(0);
    const dossier = JSON.parse(JSON.stringify(SAMPLE_DOSSIER)) as Record<string, unknown>;
    expect(checkJsonSchema(schemas.Dossier, { ...dossier, code: "000.00.12.H26-230915" }).length).toBeGreaterThan(0);
    expect(
      checkJsonSchema(schemas.Dossier, { ...dossier, applicant: { kind: "robot", name: "R" } }).length,
    ).toBeGreaterThan(0);
  });
});

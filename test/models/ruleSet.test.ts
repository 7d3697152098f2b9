import { describe, expect, it } from "vitest";
import {
  Agency,
  DEFAULT_LEGACY_LEVEL_MAP,
  DossierStatus,
  mapLegacyOnlineLevel,
  NATIONAL_STATUS_CODES,
  nationalStatusCodeOf,
  RULE_SETS,
  RuleSet,
  ruleSetFor,
} from "../../src/models/index.js";
import { expectTthcError } from "./_helpers.js";

describe("LAW-1 / LAW-2 / LAW-8 ruleSetFor", () => {
  it.each([
    ["2018-06-21T00:00:00+07:00", "VN-2018"],
    ["2023-09-15T09:00:00+07:00", "VN-2018"],
    ["2025-06-30T23:59:59+07:00", "VN-2018"],
    ["2025-06-30T16:59:59.999Z", "VN-2018"],
    ["2025-07-01T00:00:00+07:00", "VN-2025"],
    ["2025-06-30T17:00:00Z", "VN-2025"],
    ["2025-06-30T12:00:00-05:00", "VN-2025"], // 00:00 on 1 July in Vietnam
    ["2026-02-23T08:00:00+07:00", "VN-2025"],
  ] as const)("LAW-8 %s is received under %s (Asia/Ho_Chi_Minh)", (at, expected) => {
    expect(ruleSetFor(at)).toBe(expected);
  });

  it("accepts a Date, read in Asia/Ho_Chi_Minh whatever the host zone", () => {
    expect(ruleSetFor(new Date(Date.UTC(2025, 5, 30, 16, 59, 59)))).toBe("VN-2018");
    expect(ruleSetFor(new Date(Date.UTC(2025, 5, 30, 17, 0, 0)))).toBe("VN-2025");
  });

  it("LAW-1 nothing before NĐ 61/2018 took effect (21/6/2018): OUT_OF_RANGE", () => {
    expectTthcError(() => ruleSetFor("2018-06-20T23:59:59+07:00"), "OUT_OF_RANGE", ["receivedAt"]);
  });

  it.each(["2025-07-01", "2025-07-01T08:00:00", "2025-02-29T08:00:00+07:00", "", null, 20250701, new Date(Number.NaN)])(
    "bad input %j: INVALID_INSTANT at receivedAt",
    (value) => {
      expectTthcError(() => ruleSetFor(value as never), "INVALID_INSTANT", ["receivedAt"]);
    },
  );
});

describe("LAW-1..LAW-7 RULE_SETS data", () => {
  it("each rule set validates against the RuleSet schema and is deep-frozen", () => {
    for (const set of Object.values(RULE_SETS)) {
      expect(RuleSet.safeParse(set).success).toBe(true);
      expect(Object.isFrozen(set)).toBe(true);
      expect(Object.isFrozen(set.forms[0])).toBe(true);
    }
  });

  it("LAW-1 / LAW-2 the periods meet on 2025-07-01 with no gap", () => {
    expect(RULE_SETS["VN-2018"].effectiveFrom).toBe("2018-06-21");
    expect(RULE_SETS["VN-2018"].effectiveTo).toBe(RULE_SETS["VN-2025"].effectiveFrom);
    expect(RULE_SETS["VN-2025"].effectiveFrom).toBe("2025-07-01");
    expect(RULE_SETS["VN-2025"].effectiveTo).toBeUndefined();
  });

  it("DL-12 maxReappointments 1; DL-9 maxSupplementRequests 1; DL-13 apology 1 working day (LAW-7 same in 2025)", () => {
    for (const set of Object.values(RULE_SETS)) {
      expect(set.maxReappointments).toBe(1);
      expect(set.maxSupplementRequests).toBe(1);
      expect(set.apologyLeadTime).toEqual({ value: 1, unit: "workingDays" });
      expect(set.unconfirmed.length).toBeGreaterThan(0);
      expect(set.sources.length).toBeGreaterThan(0);
    }
  });

  it("WF-25 stop processing only in VN-2025, with TT 03/2025 Mẫu 05", () => {
    expect(RULE_SETS["VN-2018"].stopProcessingAllowed).toBe(false);
    expect(RULE_SETS["VN-2025"].stopProcessingAllowed).toBe(true);
    expect(RULE_SETS["VN-2018"].forms.some((f) => f.kind === "stopProcessingNotice")).toBe(false);
    expect(RULE_SETS["VN-2025"].forms.find((f) => f.kind === "stopProcessingNotice")?.number).toBe("05");
  });

  it("WF-32 forms keyed by type: control slip 05 → 06, register 06 → 07 (§5.8, §5.9)", () => {
    const number = (id: "VN-2018" | "VN-2025", kind: string) =>
      RULE_SETS[id].forms.find((f) => f.kind === kind)?.number;
    expect(number("VN-2018", "appointmentSlip")).toBe("01");
    expect(number("VN-2018", "processControlSlip")).toBe("05");
    expect(number("VN-2025", "processControlSlip")).toBe("06");
    expect(number("VN-2018", "dossierRegister")).toBe("06");
    expect(number("VN-2025", "dossierRegister")).toBe("07");
    expect(RULE_SETS["VN-2018"].forms).toHaveLength(6);
    expect(RULE_SETS["VN-2025"].forms).toHaveLength(7);
  });

  it("LAW-1 / LAW-2 legal bases name the decrees", () => {
    expect(RULE_SETS["VN-2018"].legalBases.map((b) => b.document)).toEqual([
      "61/2018/NĐ-CP",
      "107/2021/NĐ-CP",
      "01/2018/TT-VPCP",
    ]);
    expect(RULE_SETS["VN-2025"].legalBases[0]?.document).toBe("118/2025/NĐ-CP");
  });
});

describe("MOD-24 to MOD-26 mapLegacyOnlineLevel", () => {
  it("MOD-26 default: 4 → full, 3 → partial, 1–2 → none", () => {
    expect([1, 2, 3, 4].map((level) => mapLegacyOnlineLevel(level as 1 | 2 | 3 | 4))).toEqual([
      "none",
      "none",
      "partial",
      "full",
    ]);
    expect(Object.isFrozen(DEFAULT_LEGACY_LEVEL_MAP)).toBe(true);
  });

  it("MOD-26 the mapping is an option", () => {
    const legacyLevelMap = { 1: "none", 2: "none", 3: "partial", 4: "partial" } as const;
    expect(mapLegacyOnlineLevel(4, { legacyLevelMap })).toBe("partial");
    expect(mapLegacyOnlineLevel(4, null as never)).toBe("full");
  });

  it.each([0, 5, 3.5, "4", null, Number.NaN])("bad level %j: INVALID_ONLINE_LEVEL at level", (level) => {
    expectTthcError(() => mapLegacyOnlineLevel(level as never), "INVALID_ONLINE_LEVEL", ["level"]);
  });

  it("bad map: INVALID_OPTION at the level's entry", () => {
    expectTthcError(
      () => mapLegacyOnlineLevel(3, { legacyLevelMap: { 1: "none", 2: "none", 3: "half", 4: "full" } as never }),
      "INVALID_OPTION",
      ["legacyLevelMap", 3],
    );
    expectTthcError(() => mapLegacyOnlineLevel(3, { legacyLevelMap: null as never }), "INVALID_OPTION", [
      "legacyLevelMap",
      3,
    ]);
  });

  it("an unknown option or map key, or a wrong entry for another level, is refused (found by the fuzz)", () => {
    expectTthcError(() => mapLegacyOnlineLevel(4, { legacyLevelMaps: {} } as never), "INVALID_OPTION", [
      "legacyLevelMaps",
    ]);
    expectTthcError(
      () => mapLegacyOnlineLevel(4, { legacyLevelMap: { 1: null, 2: "none", 3: "partial", 4: "full" } as never }),
      "INVALID_OPTION",
      ["legacyLevelMap", 1],
    );
    expectTthcError(
      () =>
        mapLegacyOnlineLevel(4, {
          legacyLevelMap: { 1: "none", 2: "none", 3: "partial", 4: "full", 5: "full" } as never,
        }),
      "INVALID_OPTION",
      ["legacyLevelMap", "5"],
    );
  });
});

describe("§5.7 national status codes", () => {
  it("WF-30 ten codes, in order, with the Vietnamese names", () => {
    expect(NATIONAL_STATUS_CODES.map((row) => row.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(NATIONAL_STATUS_CODES[0]?.nameVi).toBe("Mới đăng ký");
    expect(NATIONAL_STATUS_CODES[9]?.nameVi).toBe("Đã trả kết quả");
    expect(Object.isFrozen(NATIONAL_STATUS_CODES[3]?.states)).toBe(true);
  });

  it("WF-31 default mapping: every state but draft has exactly one code", () => {
    for (const status of DossierStatus.options) {
      const rows = NATIONAL_STATUS_CODES.filter((row) => row.states.includes(status));
      expect(rows.length, status).toBe(status === "draft" ? 0 : 1);
      expect(nationalStatusCodeOf(status)).toBe(rows[0]?.code);
    }
    expect(nationalStatusCodeOf("interAgency")).toBe(4);
    expect(nationalStatusCodeOf("refusedAfterAcceptance")).toBe(9);
  });

  it("bad status: INVALID_DOSSIER at status", () => {
    expectTthcError(() => nationalStatusCodeOf("processing" as never), "INVALID_DOSSIER", ["status"]);
  });
});

describe("LAW-9 / MOD-8 / MOD-9 agencies in the two-tier government", () => {
  const province = { code: "000.00.00.H26", name: "Ủy ban nhân dân tỉnh", level: "province" } as const;

  it("MOD-9 a commune-level unit is a commune, ward or special zone under its province", () => {
    const ward = {
      code: "000.12.34.H26",
      name: "Ủy ban nhân dân phường",
      level: "commune",
      communeKind: "ward",
      parentCode: "000.00.00.H26",
      effectiveFrom: "2025-07-01",
    };
    expect(Agency.parse(ward).communeKind).toBe("ward");
    expect(Agency.safeParse(province).success).toBe(true);
    expect(Agency.safeParse({ ...province, communeKind: "ward" }).success).toBe(false);
  });

  it("LAW-9 a district agency is historic: it must end on or before 2025-07-01", () => {
    const district = { code: "000.01.12.H26", name: "Ủy ban nhân dân huyện", level: "district" };
    expect(Agency.safeParse({ ...district, effectiveTo: "2025-07-01" }).success).toBe(true);
    const open = Agency.safeParse(district);
    expect(open.success ? [] : open.error.issues[0]?.path).toEqual(["effectiveTo"]);
    expect(Agency.safeParse({ ...district, effectiveTo: "2025-07-02" }).success).toBe(false);
  });

  it("an agency is not its own parent, periods run forwards, and keys are strict", () => {
    expect(Agency.safeParse({ ...province, parentCode: province.code }).success).toBe(false);
    expect(Agency.safeParse({ ...province, effectiveFrom: "2025-07-01", effectiveTo: "2025-07-01" }).success).toBe(
      false,
    );
    expect(Agency.safeParse({ ...province, tier: 1 }).success).toBe(false);
    expect(Agency.safeParse({ ...province, code: "H26" }).success).toBe(false);
  });
});

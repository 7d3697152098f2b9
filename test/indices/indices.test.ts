import { describe, expect, it } from "vitest";
import {
  computeAnnualComplianceCost,
  computeComplianceCost,
  computeDigitisationRate,
  computeIndicatorScore,
  computeLowerMiddleValue,
  computeOnlineDossierRate,
  computeOnlinePaymentRate,
  computeOnTimeProcessingRate,
  computePercent,
  computeRanking,
  computeSatisfactionRate,
  computeServiceBand,
  computeServiceIndex,
  computeSimplificationRate,
  computeSimplificationSavings,
  PAR_INDEX_RESULTS,
  QD766_DECISION,
  QD766_PORTAL,
  roundPercent,
  SIPAS_NATIONAL_RESULTS,
} from "../../src/indices/index.js";
import { expectTthcError } from "../models/_helpers.js";

describe("percentages (IDX-1, IDX-2, D-10)", () => {
  it("reproduces the seed figure: Hà Nội Q1/2021, 87 of 382 TTHC proposed for simplification, published '22,7 %'", () => {
    // BC 83/BC-UBND: 87 ÷ 382 = 22.7749…%; the press truncated to one decimal (D-10).
    expect(computeSimplificationRate({ simplified: 87, reviewed: 382 }, { decimals: 1, rounding: "truncate" })).toBe(
      22.7,
    );
    expect(computeSimplificationRate({ simplified: 87, reviewed: 382 }, { decimals: 1 })).toBe(22.8);
    expect(computeSimplificationRate({ simplified: 87, reviewed: 382 })).toBe(22.77);
  });
  it("rounds exactly on halves and ignores binary noise", () => {
    expect(computePercent(1, 160)).toBe(0.63); // 0.625 half-up
    expect(computePercent(1, 160, { rounding: "truncate" })).toBe(0.62);
    expect(computePercent(1, 8, { decimals: 0 })).toBe(13); // 12.5
    expect(roundPercent(1.005)).toBe(1.01);
    expect(roundPercent(-2.345)).toBe(-2.35);
    expect(roundPercent(83.94 - 82.66)).toBe(1.28); // IDX-3: "tăng 1,28 %" is points
    expect(computePercent(2, 3, { decimals: 10 })).toBe(66.6666666667);
  });
  it("zero denominator: null by default, or the value asked for", () => {
    expect(computePercent(0, 0)).toBeNull();
    expect(computePercent(0, 0, { zeroDenominator: 0 })).toBe(0);
  });
  it.each([
    [() => computePercent(-1, 3), "INVALID_COUNT", ["numerator"]],
    [() => computePercent(1, Number.NaN), "INVALID_COUNT", ["denominator"]],
    [() => computePercent(1, 3, { decimals: 11 }), "INVALID_OPTION", ["decimals"]],
    [() => computePercent(1, 3, { rounding: "up" as "halfUp" }), "INVALID_OPTION", ["rounding"]],
    [() => computePercent(1, 3, { zeroDenominator: "n/a" as unknown as null }), "INVALID_OPTION", ["zeroDenominator"]],
    [() => roundPercent(Number.POSITIVE_INFINITY), "INVALID_COUNT", ["value"]],
  ] as const)("bad input %#", (fn, code, path) => {
    expectTthcError(fn, code, path);
  });
});

describe("QĐ 766 indicators", () => {
  it("are pure functions of their counts", () => {
    expect(computeOnTimeProcessingRate({ resolvedOnTime: 180, pendingWithinTime: 12, total: 200 })).toBe(96);
    expect(computeOnlineDossierRate({ online: 45, received: 60, syncRatio: 0.9 })).toBe(67.5);
    expect(computeOnlinePaymentRate({ paidOnline: 30, feeBearing: 50, allFeesZero: 10 })).toBe(75);
    expect(computeDigitisationRate({ digitised: 0, total: 0 })).toBeNull();
    // 5.4 portal: 100 − (6/200 + 4/200) × 100 = 95; decision: (200 − 7)/200 = 96.5 (SVC-6)
    expect(computeSatisfactionRate({ total: 200, overdue: 6, complained: 4 })).toBe(95);
    expect(
      computeSatisfactionRate({ total: 200, overdue: 6, complained: 4, dissatisfied: 7 }, { formula: "decision" }),
    ).toBe(96.5);
    // clamped at 0 when overdue + complaints exceed the dossiers (one dossier counted twice)
    expect(computeSatisfactionRate({ total: 10, overdue: 8, complained: 7 })).toBe(0);
  });
  it.each([
    [() => computeDigitisationRate({ digitised: 5, total: 4 }), "INVALID_COUNT", ["digitised"]],
    [
      () => computeOnTimeProcessingRate({ resolvedOnTime: 1.5, pendingWithinTime: 0, total: 4 }),
      "INVALID_COUNT",
      ["resolvedOnTime"],
    ],
    [() => computeOnlineDossierRate({ online: 1, received: 4, syncRatio: 2 }), "INVALID_COUNT", ["syncRatio"]],
    [
      () => computeOnlinePaymentRate({ paidOnline: 1, feeBearing: 4, allFeesZero: 5 }),
      "INVALID_COUNT",
      ["allFeesZero"],
    ],
    [
      () => computeSatisfactionRate({ total: 4, overdue: 0, complained: 0 }, { formula: "decision" }),
      "INVALID_COUNT",
      ["dissatisfied"],
    ],
    [
      () => computeSatisfactionRate({ total: 4, overdue: 0, complained: 0 }, { formula: "B" as "portal" }),
      "INVALID_OPTION",
      ["formula"],
    ],
    [() => computeDigitisationRate({ digitised: 1, total: 4, extra: 1 } as never), "INVALID_COUNT", ["extra"]],
    [() => computeDigitisationRate(null as never), "INVALID_COUNT", []],
  ] as const)("bad counts %#", (fn, code, path) => {
    expectTthcError(fn, code, path);
  });

  it("target rule (SVC-4, SVC-5)", () => {
    expect(computeIndicatorScore(40, { max: 4, target: 50 })).toBe(3.2);
    expect(computeIndicatorScore(50, { max: 4, target: 50 })).toBe(4);
    expect(computeIndicatorScore(95, { max: 20 })).toBe(19);
    expect(computeIndicatorScore(null, { max: 20 })).toBeNull();
    expectTthcError(() => computeIndicatorScore(101, { max: 4 }), "INVALID_COUNT", ["value"]);
    expectTthcError(() => computeIndicatorScore(50, { max: 4, target: 0 }), "INVALID_OPTION", ["target"]);
  });

  it("both presets total 100 and every indicator belongs to one group", () => {
    for (const scheme of [QD766_PORTAL, QD766_DECISION]) {
      expect(scheme.groups.reduce((s, g) => s + g.max, 0)).toBe(100);
      const ids = scheme.groups.flatMap((g) => g.indicators).sort();
      expect(ids).toEqual(scheme.indicators.map((i) => i.id).sort());
      for (const group of scheme.groups) {
        const sum = group.indicators.reduce((s, id) => s + scheme.indicators.find((i) => i.id === id)!.max, 0);
        expect(sum, group.code).toBe(group.max);
      }
    }
  });

  it("full marks = 100, Xuất sắc; the group table is configurable", () => {
    const all = Object.fromEntries(QD766_PORTAL.indicators.map((i) => [i.id, 100]));
    const r = computeServiceIndex(all);
    expect([r.total, r.maxAvailable, r.band?.nameVi]).toEqual([100, 100, "Xuất sắc"]);
    expect(computeServiceIndex(all, { scheme: QD766_DECISION }).groups.map((g) => g.score)).toEqual([
      18, 20, 22, 22, 18,
    ]);
    // Override: give CLGQ 15 and TTTT 7 (same total); half marks everywhere → 50.
    const half = Object.fromEntries(QD766_PORTAL.indicators.map((i) => [i.id, i.target === null ? 50 : i.target / 2]));
    const o = computeServiceIndex(half, { groupMax: { CLGQ: 15, TTTT: 7 } });
    expect(o.groups.find((g) => g.code === "CLGQ")).toEqual({ code: "CLGQ", score: 7.5, max: 15 });
    expect([o.total, o.band?.nameVi]).toEqual([50, "Trung bình"]);
    // a target override: 3.3 at 40 % reaches a 40 % target
    expect(
      computeServiceIndex({ "3.3": 40 }, { targets: { "3.3": 40 } }).groups.find((g) => g.code === "CLGQ")?.score,
    ).toBe(12);
    expectTthcError(() => computeServiceIndex({ "9.9": 1 }), "INVALID_OPTION", ["values", "9.9"]);
    expectTthcError(() => computeServiceIndex({}, { groupMax: { XX: 1 } }), "INVALID_OPTION", ["groupMax", "XX"]);
  });

  it("bands and ranking (SVC-8, SVC-9)", () => {
    expect(computeServiceBand(90)?.nameVi).toBe("Xuất sắc");
    expect(computeServiceBand(49.99)?.nameVi).toBe("Yếu");
    expect(computeServiceBand(85, [{ min: 85, nameVi: "Đạt", nameEn: "Pass" }])?.nameEn).toBe("Pass");
    expect(computeServiceBand(10, [{ min: 85, nameVi: "Đạt", nameEn: "Pass" }])).toBeUndefined();
    expectTthcError(
      () =>
        computeServiceBand(1, [
          { min: 1, nameVi: "a", nameEn: "a" },
          { min: 2, nameVi: "b", nameEn: "b" },
        ]),
      "INVALID_OPTION",
      ["bands", 1],
    );
    expect(computeRanking({ A: 90, B: 89.9995, C: 89.5, D: 89.5, E: 70 }).map((r) => [r.unit, r.rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 3],
      ["D", 3],
      ["E", 5],
    ]);
  });
});

describe("compliance cost (TT 02/2017/TT-VPCP Art. 27)", () => {
  it("cost of one execution and a year (CC-1, CC-2)", () => {
    expect(
      computeComplianceCost({ workHours: 6.5, hourlyWageVnd: 40_000, feesVnd: 100_000, otherCostsVnd: 20_000 }),
    ).toEqual({
      workVnd: 260_000,
      feesVnd: 100_000,
      otherCostsVnd: 20_000,
      totalVnd: 380_000,
    });
    expect(computeAnnualComplianceCost({ costPerExecutionVnd: 380_000, timesPerYear: 2, subjectsPerYear: 1000 })).toBe(
      760_000_000,
    );
  });
  it("savings reproduce CC-8: 1,024,000 → 231,000 VND = 77.44 %", () => {
    expect(computeSimplificationSavings({ currentVnd: 1_024_000, simplifiedVnd: 231_000 })).toEqual({
      savingVnd: 793_000,
      savingPercent: 77.44,
    });
    // annual: 3,228 subjects a year
    const before = computeAnnualComplianceCost({
      costPerExecutionVnd: 1_024_000,
      timesPerYear: 1,
      subjectsPerYear: 3228,
    });
    const after = computeAnnualComplianceCost({ costPerExecutionVnd: 231_000, timesPerYear: 1, subjectsPerYear: 3228 });
    expect(computeSimplificationSavings({ currentVnd: before, simplifiedVnd: after })).toEqual({
      savingVnd: 2_559_804_000,
      savingPercent: 77.44,
    });
    expect(computeSimplificationSavings({ currentVnd: 100, simplifiedVnd: 150 })).toEqual({
      savingVnd: -50,
      savingPercent: -50,
    });
    expect(computeSimplificationSavings({ currentVnd: 0, simplifiedVnd: 0 })).toEqual({
      savingVnd: 0,
      savingPercent: null,
    });
  });
  it("lower-middle value (CC-3, CC-4)", () => {
    expect(computeLowerMiddleValue([3])).toBe(3);
    expect(computeLowerMiddleValue([40, 10, 30])).toBe(30);
    expect(computeLowerMiddleValue([40, 10, 30, 20])).toBe(20);
    expectTthcError(() => computeLowerMiddleValue([]), "INVALID_COUNT", ["values"]);
  });
  it.each([
    [() => computeComplianceCost({ workHours: -1, hourlyWageVnd: 1 }), ["workHours"]],
    [() => computeComplianceCost({ workHours: 1, hourlyWageVnd: 1, tip: 5 } as never), ["tip"]],
    [
      () => computeAnnualComplianceCost({ costPerExecutionVnd: 1, timesPerYear: Number.NaN, subjectsPerYear: 1 }),
      ["timesPerYear"],
    ],
  ] as const)("bad amounts %#", (fn, path) => {
    expectTthcError(fn, path[0] === "tip" ? "INVALID_OPTION" : "INVALID_COUNT", path);
  });
});

describe("published figures (INDICES.md, D-9)", () => {
  it("national SIPAS: 2019, 2020, 2022, 2023, 2024 — 2021 absent, not zero", () => {
    expect(SIPAS_NATIONAL_RESULTS.map((r) => [r.year, r.national])).toEqual([
      [2019, 84.45],
      [2020, 85.48],
      [2022, 80.08],
      [2023, 82.66],
      [2024, 83.94],
    ]);
    expect(SIPAS_NATIONAL_RESULTS.find((r) => r.year === 2021)).toBeUndefined();
    for (const r of SIPAS_NATIONAL_RESULTS) expect(r.sources.length).toBeGreaterThan(0);
    // IDX-3: year-on-year changes are points: 82.66 − 80.08 = 2.58; 83.94 − 82.66 = 1.28
    expect(roundPercent(82.66 - 80.08)).toBe(2.58);
    expect(Object.isFrozen(SIPAS_NATIONAL_RESULTS[3]!.elements)).toBe(true);
  });
  it("PAR INDEX 2023", () => {
    expect(PAR_INDEX_RESULTS[0]!.provinces.map((p) => p.score)).toEqual([92.18, 91.87, 91.43, 91.16, 91.03, 81.32]);
    expect(PAR_INDEX_RESULTS[0]!.ministriesMean).toBe(84.38);
  });
});

/** A value nested `depth` levels deep (arrays or objects), to prove no check recurses on it. */
function deep(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

describe("hostile input (issue 13)", () => {
  it("null options are refused with INVALID_OPTION, never a TypeError", () => {
    expectTthcError(() => computePercent(1, 2, null as never), "INVALID_OPTION", []);
    expectTthcError(() => roundPercent(1, null as never), "INVALID_OPTION", []);
    expectTthcError(
      () => computeSatisfactionRate({ total: 1, overdue: 0, complained: 0 }, null as never),
      "INVALID_OPTION",
      [],
    );
    expectTthcError(
      () => computeSimplificationRate({ simplified: 1, reviewed: 2 }, null as never),
      "INVALID_OPTION",
      [],
    );
    expectTthcError(() => computeOnlineDossierRate({ online: 1, received: 2 }, null as never), "INVALID_OPTION", []);
    expectTthcError(() => computeServiceIndex({}, null as never), "INVALID_OPTION", []);
  });

  it("finite inputs never give Infinity: computed safely or refused with OUT_OF_RANGE", () => {
    expect(computePercent(1e308, 1e308)).toBe(100); // 1e308 × 100 overflows; the ratio does not
    expect(computePercent(5e307, 1e308, { decimals: 10 })).toBe(50);
    expectTthcError(() => computePercent(1e308, 1e-10), "OUT_OF_RANGE", []);
    expect(roundPercent(1e308, { decimals: 10 })).toBe(1e308);
    expect(computeIndicatorScore(50, { max: 1e308 })).toBe(5e307);
    expectTthcError(() => computeComplianceCost({ workHours: 1e308, hourlyWageVnd: 10 }), "OUT_OF_RANGE", [
      "workHours",
    ]);
    expectTthcError(
      () => computeComplianceCost({ workHours: 1, hourlyWageVnd: 1e308, feesVnd: 1e308 }),
      "OUT_OF_RANGE",
      [],
    );
    expectTthcError(
      () => computeAnnualComplianceCost({ costPerExecutionVnd: 1e308, timesPerYear: 10, subjectsPerYear: 1 }),
      "OUT_OF_RANGE",
      [],
    );
    // Counts are whole numbers a double holds exactly: 1e308 dossiers is refused, not turned into Infinity.
    expectTthcError(() => computeSatisfactionRate({ total: 1e308, overdue: 0, complained: 0 }), "INVALID_COUNT", [
      "total",
    ]);
    expectTthcError(() => computeDigitisationRate({ digitised: 1, total: 2 ** 53 }), "INVALID_COUNT", ["total"]);
    const index = computeServiceIndex({ "2.1": 50 }, { groupMax: { TDGQ: 1e308 } });
    expect(Number.isFinite(index.total)).toBe(true);
  });

  it("computeRanking refuses foreign input with INVALID_COUNT", () => {
    expectTthcError(() => computeRanking(null as never), "INVALID_COUNT", ["scores"]);
    expectTthcError(() => computeRanking([1, "x", null] as never), "INVALID_COUNT", ["scores"]);
    expectTthcError(() => computeRanking({ A: "90" } as never), "INVALID_COUNT", ["scores", "A"]);
    expectTthcError(() => computeRanking({ A: 1 }, null as never), "INVALID_OPTION", ["tolerance"]);
    // Extreme but finite scores rank without NaN.
    expect(computeRanking({ A: -1e308, B: 1e308 }).map((r) => [r.unit, r.rank])).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
  });

  it("Object.prototype names are plain keys, never inherited values", () => {
    const scores = JSON.parse(
      '{"__proto__": 90, "constructor": 80, "toString": 70, "valueOf": 60, "hasOwnProperty": 50}',
    );
    expect(computeRanking(scores).map((r) => r.unit)).toEqual([
      "__proto__",
      "constructor",
      "toString",
      "valueOf",
      "hasOwnProperty",
    ]);
    // A scheme whose ids and codes are those names: nothing given reads as nothing, not as Object.prototype's.
    const names = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
    const scheme = {
      id: "proto-names",
      indicators: names.map((id) => ({ id, nameVi: id, nameEn: id, max: 10, target: null })),
      groups: names.map((code) => ({ code, nameVi: code, max: 20, indicators: [code] })),
      bands: QD766_PORTAL.bands,
    };
    const r = computeServiceIndex({}, { scheme });
    expect(r.groups.map((g) => g.score)).toEqual([null, null, null, null, null]);
    const given = computeServiceIndex(JSON.parse('{"toString": 50}'), { scheme });
    expect(given.groups.find((g) => g.code === "toString")?.score).toBe(10);
    expect(given.total).toBe(10);
  });

  it("a malformed scheme or band list is refused with its path", () => {
    expectTthcError(() => computeServiceIndex({}, { scheme: null as never }), "INVALID_OPTION", ["scheme"]);
    expectTthcError(
      () => computeServiceIndex({}, { scheme: { ...QD766_PORTAL, groups: [null] } as never }),
      "INVALID_OPTION",
      ["scheme", "groups", 0],
    );
    expectTthcError(
      () => computeServiceIndex({}, { scheme: { ...QD766_PORTAL, indicators: "x" } as never }),
      "INVALID_OPTION",
      ["scheme", "indicators"],
    );
    expectTthcError(() => computeServiceBand(50, [null] as never), "INVALID_OPTION", ["bands", 0]);
    expectTthcError(() => computeServiceBand(50, "abc" as never), "INVALID_OPTION", ["bands"]);
    expectTthcError(() => computeServiceIndex({}, { targets: null as never }), "INVALID_OPTION", ["targets"]);
  });

  it("10,000-deep input is refused with a TthcError, not a stack overflow", () => {
    for (const kind of ["array", "object"] as const) {
      const value = deep(10_000, kind);
      expect(() => computePercent(1, 2, value as never)).toThrow(/./);
      expectTthcError(() => computeRanking(value as never), kind === "array" ? "INVALID_COUNT" : "INVALID_COUNT", [
        "scores",
        ...(kind === "array" ? [] : ["a"]),
      ]);
      expectTthcError(() => computeServiceIndex({}, { scheme: value as never }), "INVALID_OPTION", [
        "scheme",
        ...(kind === "array" ? [] : ["id"]),
      ]);
      expectTthcError(
        () => computeSimplificationRate(value as never),
        "INVALID_COUNT",
        kind === "array" ? [] : ["simplified"],
      );
    }
  });
});

describe("silent acceptance found by the fuzz's refusal oracle", () => {
  it("null is not an absent amount or ratio", () => {
    const cost = { workHours: 6.5, hourlyWageVnd: 40_000 };
    expectTthcError(() => computeComplianceCost({ ...cost, feesVnd: null } as never), "INVALID_COUNT", ["feesVnd"]);
    expectTthcError(() => computeComplianceCost({ ...cost, otherCostsVnd: null } as never), "INVALID_COUNT", [
      "otherCostsVnd",
    ]);
    expect(computeComplianceCost(cost).totalVnd).toBe(260_000);
    expectTthcError(
      () => computeOnlineDossierRate({ online: 1, received: 2, syncRatio: null } as never),
      "INVALID_COUNT",
      ["syncRatio"],
    );
  });

  it("custom bands: finite min, string names, no other key", () => {
    const band = { min: 50, nameVi: "Đạt", nameEn: "Pass" };
    expectTthcError(() => computeServiceBand(60, [{ ...band, nameVi: 7 } as never]), "INVALID_OPTION", [
      "bands",
      0,
      "nameVi",
    ]);
    expectTthcError(() => computeServiceBand(60, [{ ...band, min: Number.POSITIVE_INFINITY }]), "INVALID_OPTION", [
      "bands",
      0,
      "min",
    ]);
    expectTthcError(() => computeServiceBand(60, [{ ...band, nameFr: "Admis" } as never]), "INVALID_OPTION", [
      "bands",
      0,
      "nameFr",
    ]);
  });
});

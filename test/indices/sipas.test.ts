/**
 * SIPAS with hand-computed examples (DECISIONS D-9): small response sets whose indices are worked
 * out in the comments from SIP-4 (criterion), SIP-5 (element) and SIP-6 (unit), and SIP-7 options.
 */
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import {
  computeSipas,
  createSipasAccumulator,
  SIPAS_NATIONAL_RESULTS,
  SIPAS_QD_1001,
  SIPAS_QD_2640,
  type SipasResponse,
  safeComputeSipas,
} from "../../src/indices/index.js";

// Two provinces, questions from two elements only (the others unanswered).
const responses: SipasResponse[] = [
  // Province P: three citizens.
  {
    id: "p1",
    province: "P",
    answers: { "access.1": 5, "access.2": 4, "access.3": 3, "procedure.1": 4, "procedure.2": 2 },
  },
  {
    id: "p2",
    province: "P",
    answers: { "access.1": 4, "access.2": 2, "access.3": null, "procedure.1": 5, "procedure.2": 4 },
  },
  { id: "p3", province: "P", answers: { "access.1": 1, "access.2": 5, "procedure.1": 3 } },
  // Province Q: one citizen.
  { id: "q1", province: "Q", answers: { "access.1": 5, "access.2": 5, "access.3": 5, "procedure.1": 1 } },
];
// P, SIP-4: access.1 = 2 of 3 satisfied (5, 4; not 1) = 66.666…; access.2 = 2/3 (4, 5) = 66.666…;
//   access.3 = 0/1 (3; null leaves the denominator) = 0; procedure.1 = 2/3 (4, 5) = 66.666…;
//   procedure.2 = 1/2 (4) = 50.
// P, SIP-5: access = (66.666… + 66.666… + 0) / 3 = 44.444… → 44.44; procedure = (66.666… + 50) / 2 = 58.333… → 58.33
// P, SIP-6: (44.444… + 58.333…) / 2 = 51.3888… → 51.39
// Q: access = (100 + 100 + 100) / 3 = 100; procedure = 0/1 = 0; SIPAS = 50.
// SIP-7 meanOfUnits: (51.3888… + 50) / 2 = 50.6944… → 50.69;
//   elements: access (44.444… + 100) / 2 = 72.222… → 72.22; procedure (58.333… + 0) / 2 = 29.1666… → 29.17
// SIP-7 pooled: access.1 3/4 = 75, access.2 3/4 = 75, access.3 1/2 = 50 → access 66.666… → 66.67;
//   procedure.1 2/4 = 50, procedure.2 1/2 = 50 → 50; SIPAS (66.666… + 50) / 2 = 58.333… → 58.33

describe("hand-computed (D-9)", () => {
  const result = computeSipas(responses, { by: "province" });
  it("criterion indices (SIP-4)", () => {
    const p = result.units[0]!;
    expect(p.unit).toBe("P");
    expect(p.criteria.slice(0, 5).map((c) => [c.id, c.satisfied, c.answered, c.index])).toEqual([
      ["access.1", 2, 3, 66.67],
      ["access.2", 2, 3, 66.67],
      ["access.3", 0, 1, 0],
      ["procedure.1", 2, 3, 66.67],
      ["procedure.2", 1, 2, 50],
    ]);
    expect(p.criteria.find((c) => c.id === "result.1")).toMatchObject({ answered: 0, index: null });
  });
  it("element and unit indices (SIP-5, SIP-6)", () => {
    expect(
      result.units.map((u) => [
        u.unit,
        u.responses,
        u.elements["access"],
        u.elements["procedure"],
        u.elements["result"],
        u.index,
      ]),
    ).toEqual([
      ["P", 3, 44.44, 58.33, null, 51.39],
      ["Q", 1, 100, 0, null, 50],
    ]);
  });
  it("overall as the mean of provinces (SIP-7 default)", () => {
    expect(result.overall).toEqual({
      elements: { access: 72.22, procedure: 29.17, civilServant: null, result: null, feedback: null },
      index: 50.69,
    });
  });
  it("pooled overall (SIP-7 option) differs, as the published figures do", () => {
    expect(computeSipas(responses, { by: "province", aggregate: "pooled" }).overall).toEqual({
      elements: { access: 66.67, procedure: 50, civilServant: null, result: null, feedback: null },
      index: 58.33,
    });
    // Published 2023: mean of the element indices is 82.888 → 82.89, the national SIPAS 82.66 (SIP-7).
    const y2023 = SIPAS_NATIONAL_RESULTS.find((r) => r.year === 2023)!;
    const meanOfElements = y2023.elements!.reduce((a, b) => a + b, 0) / 5;
    expect(Math.round(meanOfElements * 100) / 100).toBe(82.89);
    expect(y2023.national).toBe(82.66);
  });
  it("element weights (SIP-6 option): access 3, procedure 1 → P = (3 × 44.444… + 58.333…) / 4 = 47.916… → 47.92", () => {
    const r = computeSipas(responses, { by: "province", elementWeights: { access: 3, procedure: 1 } });
    expect(r.units[0]!.index).toBe(47.92);
  });
  it("satisfied answers and 'không biết' codes configurable (SIP-3)", () => {
    // satisfied = {5} only: P access.1 1/3, access.2 1/3, access.3 0/1 → access 22.222… → 22.22
    expect(computeSipas(responses, { by: "province", satisfiedAnswers: [5] }).units[0]!.elements["access"]).toBe(22.22);
    // answer 0 = "không biết": leaves the denominator
    const r = computeSipas([{ answers: { "access.1": 0, "access.2": 4 } }], { dontKnowAnswers: [0] });
    expect(r.units[0]!.criteria.slice(0, 2).map((c) => c.answered)).toEqual([0, 1]);
    expect(r.responses.invalid).toBe(0);
  });
  it("truncation (D-10)", () => {
    expect(computeSipas(responses, { by: "province", rounding: "truncate", decimals: 1 }).units[0]!.index).toBe(51.3);
  });
});

describe("invalid responses: counted and listed, never silently dropped", () => {
  it("records why", () => {
    const r = computeSipas(
      [
        { answers: { "access.1": 6 } },
        { answers: { "access.9": 4 } },
        { answers: { "access.1": 4.5 } },
        { agency: "X", answers: { "access.1": 5 } },
        null as unknown as SipasResponse,
        { id: "k", answers: "5" } as unknown as SipasResponse,
        { answers: { "access.1": 4 }, colour: 1 } as unknown as SipasResponse,
      ],
      { by: "agency" },
    );
    expect(r.responses).toEqual({ total: 7, valid: 1, invalid: 6 });
    expect(r.invalid.map((i) => [i.at, i.issues.map((x) => x.path.join("."))])).toEqual([
      [0, ["agency", "answers.access.1"]],
      [1, ["agency", "answers.access.9"]],
      [2, ["agency", "answers.access.1"]],
      [4, [""]],
      [5, ["agency", "answers"]],
      [6, ["colour", "agency"]],
    ]);
    expect(r.invalid[4]).toMatchObject({ id: "k" });
  });
  it("onInvalid 'throw' and the safe twin", () => {
    try {
      computeSipas([{ answers: {} }, { answers: { "access.1": 0 } }], { onInvalid: "throw" });
      throw new Error("no throw");
    } catch (error) {
      expect(isTthcError(error) && [error.code, error.path]).toEqual([
        "INVALID_SURVEY_RESPONSE",
        [1, "answers", "access.1"],
      ]);
    }
    const bad = safeComputeSipas([], { elementWeights: { access: 0 } });
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual(["INVALID_OPTION", ["elementWeights"]]);
    const unknown = safeComputeSipas([], { elementWeights: { speed: 1 } });
    expect(unknown.success ? null : unknown.error.code).toBe("INVALID_OPTION");
  });
  it("maxInvalidDetails caps the list, not the count", () => {
    const r = computeSipas(
      Array.from({ length: 5 }, () => ({ answers: { x: 1 } })),
      { maxInvalidDetails: 2 },
    );
    expect([r.responses.invalid, r.invalid.length]).toEqual([5, 2]);
  });
});

describe("accumulator", () => {
  it("merge of shards = one pass; other options refused", () => {
    const a = createSipasAccumulator({ by: "province" });
    const b = createSipasAccumulator({ by: "province" });
    responses.forEach((r, k) => {
      (k % 2 === 0 ? a : b).add(r, k);
    });
    const merged = a.merge(b).result();
    expect({ ...merged, invalid: [] }).toEqual({ ...computeSipas(responses, { by: "province" }), invalid: [] });
    expect(() => a.merge(createSipasAccumulator({ by: "agency" }))).toThrow(/different options/);
  });
  it("the methods", () => {
    expect(SIPAS_QD_2640.elements.map((e) => e.code)).toEqual([
      "access",
      "procedure",
      "civilServant",
      "result",
      "feedback",
    ]);
    expect(SIPAS_QD_1001.elements.flatMap((e) => e.criteria).length).toBe(18);
    expect(Object.isFrozen(SIPAS_QD_2640.elements[0]!.criteria)).toBe(true);
    expect(computeSipas(responses, { method: SIPAS_QD_1001 }).method).toBe("qd1001-2023");
  });
  it("inputs are not mutated", () => {
    const frozen = responses.map((r) => Object.freeze({ ...r, answers: Object.freeze({ ...r.answers }) }));
    expect(() => computeSipas(frozen, { by: "province" })).not.toThrow();
  });
});

describe("hostile input (issue 13)", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (isTthcError(error)) return { code: error.code, path: error.path };
      throw error;
    }
    return undefined;
  };

  it("safeComputeSipas on null or a string returns the failure, never throws", () => {
    for (const bad of [null, undefined, 5, "abc", {}]) {
      const r = safeComputeSipas(bad as never);
      expect(r.success ? null : { code: r.error.code, path: r.error.path }).toEqual({
        code: "INVALID_SURVEY_RESPONSE",
        path: [],
      });
    }
    const r = safeComputeSipas([], null as never);
    expect(r.success ? null : { code: r.error.code, path: r.error.path }).toEqual({ code: "INVALID_OPTION", path: [] });
  });

  it("a malformed method is refused with its path, before any response is read", () => {
    const method = (patch: object) => ({ ...SIPAS_QD_2640, ...patch }) as never;
    expect(code(() => createSipasAccumulator({ method: null as never }))).toEqual({
      code: "INVALID_OPTION",
      path: ["method"],
    });
    expect(code(() => createSipasAccumulator({ method: method({ elements: [null] }) }))).toEqual({
      code: "INVALID_OPTION",
      path: ["method", "elements", 0],
    });
    expect(
      code(() => createSipasAccumulator({ method: method({ elements: [{ code: "a", criteria: [{ id: 7 }] }] }) })),
    ).toEqual({ code: "INVALID_OPTION", path: ["method", "elements", 0, "criteria", 0, "id"] });
    expect(code(() => createSipasAccumulator({ method: method({ scale: { min: 5, max: 1 } }) }))).toEqual({
      code: "INVALID_OPTION",
      path: ["method", "scale", "max"],
    });
    const twice = [SIPAS_QD_2640.elements[0]!, { ...SIPAS_QD_2640.elements[0]!, criteria: [] }];
    expect(code(() => createSipasAccumulator({ method: method({ elements: twice }) }))).toEqual({
      code: "INVALID_OPTION",
      path: ["method", "elements", 1, "code"],
    });
    // A method holding a cycle or a BigInt in fields the accumulator does not read still works.
    const cyclic: Record<string, unknown> = { ...SIPAS_QD_2640, extra: 1n };
    cyclic["self"] = cyclic;
    expect(computeSipas([{ answers: { "access.1": 5 } }], { method: cyclic as never }).overall.index).toBe(100);
  });

  it("add refuses an 'at' that is neither a string nor an index, and counts nothing", () => {
    const acc = createSipasAccumulator();
    for (const at of [{}, -1, 1.5, Symbol("x")]) {
      expect(code(() => acc.add({ answers: { "access.1": 5 } }, at as never))).toEqual({
        code: "INVALID_OPTION",
        path: ["at"],
      });
    }
    expect(acc.result().responses.total).toBe(0);
  });

  it("element weights and units named after Object.prototype members are plain keys", () => {
    const elements = ["constructor", "__proto__", "toString"].map((name, e) => ({
      ...SIPAS_QD_2640.elements[e]!,
      code: name,
    }));
    const method = { ...SIPAS_QD_2640, elements };
    // Only "toString" weighs; "constructor" given no weight must weigh 0, not Object.
    const weights = JSON.parse('{"toString": 1}');
    const result = computeSipas(
      [{ province: "__proto__", answers: { "access.1": 5, "procedure.1": 1, "civilServant.1": 2 } }],
      { method, by: "province", elementWeights: weights },
    );
    expect(result.units.map((u) => u.unit)).toEqual(["__proto__"]);
    expect(Object.hasOwn(result.units[0]!.elements, "__proto__")).toBe(true);
    expect(result.units[0]!.elements["constructor"]).toBe(100);
    expect(result.units[0]!.index).toBe(0); // civilServant.1 = 2: the one weighted element, not satisfied
  });

  it("10,000-deep responses and options are refused with a TthcError", () => {
    let nested: unknown = { answers: {} };
    for (let i = 0; i < 10_000; i++) nested = { answers: nested };
    const acc = createSipasAccumulator();
    expect(acc.add(nested)?.issues[0]?.path).toEqual(["answers", "answers"]);
    let array: unknown = [];
    for (let i = 0; i < 10_000; i++) array = [array];
    expect(code(() => computeSipas(array as never, { onInvalid: "throw" }))).toEqual({
      code: "INVALID_SURVEY_RESPONSE",
      path: [0],
    });
    expect(code(() => createSipasAccumulator({ method: array as never }))).toEqual({
      code: "INVALID_OPTION",
      path: ["method"],
    });
  });
});

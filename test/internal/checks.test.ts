/** The one shape of argument errors: field, expectation and value, in both languages. */
import { expect, it, describe as suite } from "vitest";
import {
  checkChoice,
  checkCount,
  checkFinite,
  checkIterable,
  checkObject,
  checkOptions,
  checkResult,
  describe,
  mustBe,
} from "../../src/_internal/checks.js";
import { TthcError } from "../../src/errors.js";

function caught(f: () => unknown): TthcError {
  try {
    f();
  } catch (error) {
    if (error instanceof TthcError) return error;
    throw error;
  }
  throw new Error("expected a TthcError");
}

suite("mustBe", () => {
  it("names the field by its path, says what was expected and shows the value, in English and Vietnamese", () => {
    const error = mustBe("INVALID_DURATION", ["duration", "value"], "a whole number", "số nguyên", 1.5);
    expect(error.code).toBe("INVALID_DURATION");
    expect(error.path).toEqual(["duration", "value"]);
    expect(error.message).toBe("duration.value must be a whole number, got 1.5");
    expect(error.messageVi).toBe("duration.value phải là số nguyên, nhận được 1.5");
    expect(error.details).toEqual({ value: 1.5 });
  });

  it("calls the root 'input' / 'đầu vào' and leaves out the value when none is given", () => {
    const error = mustBe("INVALID_OPTION", [], "an object", "một đối tượng");
    expect(error.message).toBe("input must be an object");
    expect(error.messageVi).toBe("đầu vào phải là một đối tượng");
    expect(error.details).toBeUndefined();
  });
});

suite("checkObject and checkChoice", () => {
  it("refuse a non-object and an unknown key, with the key's path", () => {
    expect(caught(() => checkObject([], ["options"], "INVALID_OPTION")).message).toBe(
      "options must be an object, got []",
    );
    const unknown = caught(() => checkObject({ recievedAt: 1 }, [], "INVALID_OPTION", ["receivedAt"]));
    expect(unknown.path).toEqual(["recievedAt"]);
    expect(unknown.messageVi).toBe("khóa không được hỗ trợ 'recievedAt'");
  });

  it("checkChoice lists the allowed values", () => {
    const error = caught(() =>
      checkChoice("weeks", ["workingDays", "sameDay"], ["duration", "unit"], "INVALID_DURATION"),
    );
    expect(error.code).toBe("INVALID_DURATION");
    expect(error.message).toBe('duration.unit must be one of workingDays, sameDay, got "weeks"');
  });
});

suite("describe", () => {
  it("shows values in code notation, the same in both languages", () => {
    expect(describe("2025-02-29")).toBe('"2025-02-29"');
    expect(describe("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
    expect(describe([7, "sat", { a: 1 }])).toBe('[7, "sat", {…}]');
    expect(describe([1, 2, 3, 4, 5, 6, 7])).toBe("[…]");
    expect(describe({ a: 1 })).toBe("{…}");
    expect(describe(new Date(Number.NaN))).toBe("Invalid Date");
    expect(describe(new Date(Date.UTC(2025, 0, 23)))).toBe("Date(2025-01-23T00:00:00.000Z)");
    expect(describe(null)).toBe("null");
    expect(describe(undefined)).toBe("undefined");
    expect(describe(() => 1)).toBe("function");
  });
});

suite("hostile input helpers (issue 13)", () => {
  it("checkOptions: undefined is no options; null, arrays and unknown keys are refused", () => {
    expect(checkOptions(undefined, ["a"])).toEqual({});
    expect(checkOptions({ a: 1 }, ["a"])).toEqual({ a: 1 });
    expect(caught(() => checkOptions(null, ["a"])).code).toBe("INVALID_OPTION");
    expect(caught(() => checkOptions([], ["a"])).path).toEqual([]);
    expect(caught(() => checkOptions({ constructor: 1 }, ["a"])).path).toEqual(["constructor"]);
  });

  it("checkCount: whole numbers 0 … 2^53 − 1 only (no booleans, null, fractions, 1e308)", () => {
    expect(checkCount(Number.MAX_SAFE_INTEGER, ["n"])).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [true, null, 1.5, -1, Number.NaN, 1e308, Number.POSITIVE_INFINITY, "1"]) {
      const error = caught(() => checkCount(bad, ["n"]));
      expect({ code: error.code, path: error.path }).toEqual({ code: "INVALID_COUNT", path: ["n"] });
    }
  });

  it("checkResult refuses an overflow with OUT_OF_RANGE; checkFinite a non-finite value", () => {
    expect(checkResult(1, [], "x", "x")).toBe(1);
    const error = caught(() => checkResult(1e308 * 10, ["a"], "the sum", "tổng"));
    expect({ code: error.code, path: error.path }).toEqual({ code: "OUT_OF_RANGE", path: ["a"] });
    expect(caught(() => checkFinite(Number.NaN, ["v"])).code).toBe("INVALID_COUNT");
    expect(checkFinite(-2, ["v"])).toBe(-2);
  });

  it("checkIterable: arrays and other iterables pass; null, strings and plain objects do not", () => {
    expect(checkIterable([1], "INVALID_COUNT", "a list", "danh sách")).toEqual([1]);
    expect(checkIterable(new Set([1]), "INVALID_COUNT", "a list", "danh sách")).toBeInstanceOf(Set);
    for (const bad of [null, "abc", {}, 5]) {
      const error = caught(() => checkIterable(bad, "INVALID_REPORT_RECORD", "a list", "danh sách"));
      expect({ code: error.code, path: error.path }).toEqual({ code: "INVALID_REPORT_RECORD", path: [] });
    }
  });

  it("describe does not recurse into a 10,000-deep value", () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(describe(deep)).toBe("[{…}]");
  });
});

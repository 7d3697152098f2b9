import { describe, expect, test } from "vitest";
import {
  canChi,
  fromLunar,
  hungKingsDate,
  type LunarDate,
  tetDate,
  toLunar,
} from "../../../src/calendar/lunar/index.js";
import { isTthcError, type TthcErrorCode } from "../../../src/errors.js";

/** Runs `run`, expecting a TthcError with that code and path; returns it. */
function expectError(run: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isTthcError(caught), "throws a TthcError").toBe(true);
  if (!isTthcError(caught)) throw new Error("unreachable");
  expect({ code: caught.code, path: caught.path }).toEqual({ code, path });
  expect(caught.message.length).toBeGreaterThan(0);
  expect(caught.messageVi.length).toBeGreaterThan(0);
  return caught;
}

/** Calls a function with an argument of the wrong type, as JavaScript callers can. */
function loosely<A, R>(fn: (arg: A) => R, arg: unknown): () => R {
  return () => fn(arg as A);
}

describe("toLunar rejects bad input", () => {
  test.each(["2025-02-29", "2025-13-01", "2025-1-01", "", "2025-01-01T00:00:00Z"])("%j → INVALID_DATE", (input) => {
    expectError(() => toLunar(input), "INVALID_DATE", ["date"]);
  });

  test.each([null, 42, {}, undefined, [], new Date(Number.NaN)])("%j → INVALID_DATE", (input) => {
    expectError(loosely(toLunar, input), "INVALID_DATE", ["date"]);
  });

  test.each(["1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31"])("%s → OUT_OF_RANGE", (input) => {
    const error = expectError(() => toLunar(input), "OUT_OF_RANGE", ["date"]);
    expect(error.message).toContain(input);
  });

  test("a Date outside the range → OUT_OF_RANGE (read in Asia/Ho_Chi_Minh)", () => {
    expectError(() => toLunar(new Date("1899-12-31T16:59:59Z")), "OUT_OF_RANGE", ["date"]);
    expect(toLunar(new Date("1899-12-31T17:00:00Z"))).toEqual(toLunar("1900-01-01"));
    expect(toLunar(new Date("2199-12-31T16:59:59Z"))).toEqual(toLunar("2199-12-31"));
    expectError(() => toLunar(new Date("2199-12-31T17:00:00Z")), "OUT_OF_RANGE", ["date"]);
    expectError(() => toLunar(new Date(8.64e15)), "OUT_OF_RANGE", ["date"]);
  });

  test("the edges of the range are accepted", () => {
    expect(toLunar("1900-01-01")).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(toLunar("2199-12-31").year).toBe(2199);
  });
});

describe("fromLunar rejects bad input", () => {
  const good: LunarDate = { year: 2025, month: 6, day: 1, leap: true };

  test("CAL-16 a leap month the year does not have → INVALID_LUNAR_DATE at leap", () => {
    expectError(() => fromLunar({ year: 2024, month: 4, day: 1, leap: true }), "INVALID_LUNAR_DATE", ["leap"]);
    expectError(() => fromLunar({ year: 2025, month: 5, day: 1, leap: true }), "INVALID_LUNAR_DATE", ["leap"]);
    expect(fromLunar(good)).toBe("2025-07-25");
  });

  test("day 30 of a 29-day month → INVALID_LUNAR_DATE at day", () => {
    // Month 12 of 2025 has 29 days (no "30 Tết" in 2026); month 12 of 2023 has 30.
    expect(fromLunar({ year: 2025, month: 12, day: 29, leap: false })).toBe("2026-02-16");
    const error = expectError(() => fromLunar({ year: 2025, month: 12, day: 30, leap: false }), "INVALID_LUNAR_DATE", [
      "day",
    ]);
    expect(error.details).toMatchObject({ value: 30, monthLength: 29 });
    expect(fromLunar({ year: 2023, month: 12, day: 30, leap: false })).toBe("2024-02-09");
  });

  test.each([
    [{ year: 2025, month: 6, day: 1, leap: true, extra: 1 }, ["extra"]],
    [{ year: 2025, month: 6, day: 1, isLeap: false }, ["isLeap"]],
    [{ year: 2025, month: 6, day: 1 }, ["leap"]],
    [{ month: 6, day: 1, leap: false }, ["year"]],
    [{ year: 2025, day: 1, leap: false }, ["month"]],
    [{ year: 2025, month: 6, leap: false }, ["day"]],
    [{ year: 2025.5, month: 6, day: 1, leap: false }, ["year"]],
    [{ year: "2025", month: 6, day: 1, leap: false }, ["year"]],
    [{ year: 2025, month: 13, day: 1, leap: false }, ["month"]],
    [{ year: 2025, month: 0, day: 1, leap: false }, ["month"]],
    [{ year: 2025, month: 6, day: 0, leap: false }, ["day"]],
    [{ year: 2025, month: 6, day: 31, leap: false }, ["day"]],
    [{ year: 2025, month: 6, day: Number.NaN, leap: false }, ["day"]],
    [{ year: 2025, month: 6, day: 1, leap: 1 }, ["leap"]],
    [{ year: 2025, month: 6, day: 1, leap: "false" }, ["leap"]],
  ])("%j → INVALID_LUNAR_DATE at %j", (input, path) => {
    expectError(loosely(fromLunar, input), "INVALID_LUNAR_DATE", path);
  });

  test.each([null, 42, "2025-06-01", [2025, 6, 1, false], undefined])("%j → INVALID_LUNAR_DATE at []", (input) => {
    expectError(loosely(fromLunar, input), "INVALID_LUNAR_DATE", []);
  });

  test("a year outside 1899–2199 → OUT_OF_RANGE at year", () => {
    expectError(() => fromLunar({ year: 1898, month: 1, day: 1, leap: false }), "OUT_OF_RANGE", ["year"]);
    expectError(() => fromLunar({ year: 2200, month: 1, day: 1, leap: false }), "OUT_OF_RANGE", ["year"]);
    expectError(() => fromLunar({ year: 1e20, month: 1, day: 1, leap: false }), "OUT_OF_RANGE", ["year"]);
  });

  test("a lunar date whose Gregorian date is outside 1900-01-01 … 2199-12-31 → OUT_OF_RANGE at []", () => {
    expectError(() => fromLunar({ year: 1899, month: 11, day: 29, leap: false }), "OUT_OF_RANGE", []);
    expect(fromLunar({ year: 1899, month: 12, day: 1, leap: false })).toBe("1900-01-01");
    expect(toLunar("2199-12-31")).toEqual({ year: 2199, month: 11, day: 14, leap: false });
    expect(fromLunar({ year: 2199, month: 11, day: 14, leap: false })).toBe("2199-12-31");
    expectError(() => fromLunar({ year: 2199, month: 11, day: 15, leap: false }), "OUT_OF_RANGE", []);
    expectError(() => fromLunar({ year: 2199, month: 12, day: 30, leap: false }), "OUT_OF_RANGE", []);
  });

  test("a frozen input is accepted and left alone; a fresh string comes back", () => {
    const input = Object.freeze({ year: 2033, month: 11, day: 2, leap: true });
    expect(fromLunar(input)).toBe("2033-12-23");
    expect(input).toEqual({ year: 2033, month: 11, day: 2, leap: true });
    const bad = Object.freeze({ year: 2024, month: 4, day: 1, leap: true });
    expectError(() => fromLunar(bad), "INVALID_LUNAR_DATE", ["leap"]);
    expect(bad).toEqual({ year: 2024, month: 4, day: 1, leap: true });
  });

  test("toLunar returns a fresh object each call", () => {
    const a = toLunar("2026-02-17");
    const b = toLunar("2026-02-17");
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
  });
});

describe("year arguments of tetDate, hungKingsDate and canChi", () => {
  const yearFunctions: [string, (year: number) => unknown][] = [
    ["tetDate", tetDate],
    ["hungKingsDate", hungKingsDate],
    ["canChi", canChi],
  ];
  test.each(yearFunctions)("%s: 1899, 2200 → OUT_OF_RANGE; 2026.5, NaN, '2026' → INVALID_DATE (path year)", (_, fn) => {
    expectError(loosely(fn, 1899), "OUT_OF_RANGE", ["year"]);
    expectError(loosely(fn, 2200), "OUT_OF_RANGE", ["year"]);
    expectError(loosely(fn, -1), "OUT_OF_RANGE", ["year"]);
    expectError(loosely(fn, 2026.5), "INVALID_DATE", ["year"]);
    expectError(loosely(fn, Number.NaN), "INVALID_DATE", ["year"]);
    expectError(loosely(fn, Number.POSITIVE_INFINITY), "INVALID_DATE", ["year"]);
    expectError(loosely(fn, "2026"), "INVALID_DATE", ["year"]);
    expectError(loosely(fn, null), "INVALID_DATE", ["year"]);
    expect(() => fn(1900)).not.toThrow();
    expect(() => fn(2199)).not.toThrow();
  });

  test("tetDate(1900) and tetDate(2199) are the range's first and last Tết", () => {
    expect(tetDate(1900)).toBe("1900-01-31");
    expect(tetDate(2199) >= "2199-01-21").toBe(true);
  });
});

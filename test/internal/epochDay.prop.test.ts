import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDateFast } from "../../src/_internal/epochDay.js";

const DAY = 86_400_000;

describe("parseIsoDateFast (table path 1900–2199, arithmetic elsewhere) agrees with Date.UTC", () => {
  test.prop([fc.integer({ min: Date.UTC(1000, 0, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY })], {
    seed: 20251123,
    numRuns: 5000,
  })("every real date, round trip through formatIsoDate", (day) => {
    const iso = new Date(day * DAY).toISOString().slice(0, 10);
    expect(parseIsoDateFast(iso)).toBe(day);
    expect(formatIsoDate(day)).toBe(iso);
  });

  it("every day of 1899–2200 (both sides of the table)", () => {
    for (let day = Date.UTC(1899, 0, 1) / DAY; day <= Date.UTC(2200, 11, 31) / DAY; day++) {
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      if (parseIsoDateFast(iso) !== day) throw new Error(iso);
    }
  });

  it("refuses dates that do not exist and other shapes", () => {
    for (const bad of [
      "2025-02-29",
      "1900-02-29",
      "2100-02-29",
      "2025-04-31",
      "2025-13-01",
      "2025-00-10",
      "2025-01-00",
      "2025-1-01",
      "20a5-01-01",
      "2025/01/01",
      "",
    ]) {
      expect(parseIsoDateFast(bad), bad).toBeNaN();
    }
    expect(parseIsoDateFast("2000-02-29")).toBe(Date.UTC(2000, 1, 29) / DAY);
  });
});

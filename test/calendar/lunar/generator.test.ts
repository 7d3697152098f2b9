import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { computeLunarYears, OUTPUT_URL, renderLunarTables } from "../../../scripts/generateLunarTables.js";
import { daysFromCivil } from "../../../src/_internal/epochDay.js";
import {
  FIRST_LUNAR_YEAR,
  LAST_LUNAR_YEAR,
  leapMonthOf,
  monthLength,
  newYearDay,
} from "../../../src/calendar/lunar/_lunarYears.js";

describe("CAL-16 generated lunar tables", () => {
  test("the checked-in _tables.generated.ts is exactly what the generator writes (run `npm run generate:lunar`)", () => {
    expect(readFileSync(OUTPUT_URL, "utf8")).toBe(renderLunarTables());
  });

  test("decoded tables equal the astronomical layout of every lunar year 1899–2200", () => {
    expect(FIRST_LUNAR_YEAR).toBe(1899);
    expect(LAST_LUNAR_YEAR).toBe(2200);
    for (const layout of computeLunarYears()) {
      expect(newYearDay(layout.year)).toBe(layout.newYearDay);
      expect(leapMonthOf(layout.year)).toBe(layout.leapMonth);
      const lengths: number[] = [];
      for (let month = 1; month <= 12; month++) {
        lengths.push(monthLength(layout.year, month, false));
        if (month === layout.leapMonth) lengths.push(monthLength(layout.year, month, true));
      }
      expect(lengths).toEqual(layout.monthLengths);
    }
  });

  test("the tables cover 1900-01-01 … 2199-12-31", () => {
    expect(newYearDay(1899)).toBeLessThanOrEqual(daysFromCivil(1900, 1, 1));
    expect(newYearDay(2200)).toBeGreaterThan(daysFromCivil(2199, 12, 31));
  });
});

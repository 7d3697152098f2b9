import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { daysFromCivil, formatIsoDate } from "../../../src/_internal/epochDay.js";
import { fromLunar, toLunar } from "../../../src/calendar/lunar/index.js";

const FIRST_DAY = daysFromCivil(1900, 1, 1);
const LAST_DAY = daysFromCivil(2199, 12, 31);

describe("CAL-16 toLunar and fromLunar are inverse", () => {
  test.prop([fc.integer({ min: FIRST_DAY, max: LAST_DAY })], { seed: 20_260_217, numRuns: 5000 })(
    "fromLunar(toLunar(d)) === d across 1900–2199",
    (day) => {
      const iso = formatIsoDate(day);
      const lunar = toLunar(iso);
      expect(fromLunar(lunar)).toBe(iso);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
    },
  );

  test.prop([fc.integer({ min: 1900, max: 2198 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 })], {
    seed: 19_850_121,
    numRuns: 3000,
  })("toLunar(fromLunar(l)) === l for regular months (days 1–29 always exist)", (year, month, day) => {
    const lunar = { year, month, day, leap: false };
    expect(toLunar(fromLunar(lunar))).toEqual(lunar);
  });

  test("every day 1900-01-01 … 2199-12-31: round trip, and lunar dates advance one day at a time", () => {
    let previous = toLunar("1900-01-01");
    expect(previous).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(fromLunar(previous)).toBe("1900-01-01");
    let months = 0;
    const problems: string[] = [];
    for (let day = FIRST_DAY + 1; day <= LAST_DAY; day++) {
      const iso = formatIsoDate(day);
      const lunar = toLunar(iso);
      if (fromLunar(lunar) !== iso) problems.push(`${iso} → ${JSON.stringify(lunar)} → ${fromLunar(lunar)}`);
      let follows: boolean;
      if (lunar.day === 1) {
        months++;
        const monthEnded = previous.day === 29 || previous.day === 30;
        const leapAfterRegular = lunar.leap && !previous.leap && lunar.month === previous.month;
        const nextMonth = !lunar.leap && lunar.month === (previous.month % 12) + 1;
        const year = lunar.month === 1 && !lunar.leap ? previous.year + 1 : previous.year;
        follows = monthEnded && (leapAfterRegular || nextMonth) && lunar.year === year;
      } else {
        follows =
          lunar.year === previous.year &&
          lunar.month === previous.month &&
          lunar.leap === previous.leap &&
          lunar.day === previous.day + 1;
      }
      if (!follows) problems.push(`${iso}: ${JSON.stringify(previous)} then ${JSON.stringify(lunar)}`);
      previous = lunar;
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(months).toBeGreaterThan(3700);
  });
});

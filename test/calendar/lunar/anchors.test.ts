/**
 * CAL-16 / CAL-17: published dates of the Vietnamese lunar calendar (UTC+7). Expected values come
 * from public calendars and the government's holiday announcements, not from running this code.
 */
import { describe, expect, test } from "vitest";
import { canChi, fromLunar, hungKingsDate, tetDate, toLunar } from "../../../src/calendar/lunar/index.js";

/** Leap months (year: month) of the lunar years 1985–2060, e.g. 2033: the famous leap month 11. */
const LEAP_MONTHS_1985_2060: readonly (readonly [number, number])[] = [
  // 1985 and 1987 are 13-month years: Tết 1985-01-21 → Tết 1986-02-09 and Tết 1987-01-29 →
  // Tết 1988-02-17 are both 384 days apart (checked below).
  [1985, 2],
  [1987, 7],
  [1990, 5],
  [1993, 3],
  [1995, 8],
  [1998, 5],
  [2001, 4],
  [2004, 2],
  [2006, 7],
  [2009, 5],
  [2012, 4],
  [2014, 9],
  [2017, 6],
  [2020, 4],
  [2023, 2],
  [2025, 6],
  [2028, 5],
  [2031, 3],
  [2033, 11],
  [2036, 6],
  [2039, 5],
  [2042, 2],
  [2044, 7],
  [2047, 5],
  [2050, 3],
  [2052, 8],
  [2055, 6],
  [2058, 4],
];

/** The leap month of a lunar year found through the public API only, 0 if none. */
function leapMonthOf(year: number): number {
  for (let month = 1; month <= 12; month++) {
    try {
      fromLunar({ year, month, day: 1, leap: true });
      return month;
    } catch {
      // not this month
    }
  }
  return 0;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

describe("CAL-16 Tết (lunar New Year)", () => {
  test.each([
    [1985, "1985-01-21"], // a month before China's (1985-02-20): the UTC+7 calendar
    [1986, "1986-02-09"],
    [1987, "1987-01-29"],
    [1988, "1988-02-17"],
    [2007, "2007-02-17"], // a day before China's (2007-02-18)
    [2015, "2015-02-19"],
    [2016, "2016-02-08"],
    [2017, "2017-01-28"],
    [2018, "2018-02-16"],
    [2019, "2019-02-05"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2030, "2030-02-02"], // a day before China's (2030-02-03)
    [2053, "2053-02-18"], // a day before China's (2053-02-19)
  ])("tetDate(%i) is %s", (year, expected) => {
    expect(tetDate(year)).toBe(expected);
    expect(toLunar(expected)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(fromLunar({ year, month: 1, day: 1, leap: false })).toBe(expected);
  });

  test("Tết falls between 21 January and 20 February every year 1900–2199", () => {
    for (let year = 1900; year <= 2199; year++) {
      const tet = tetDate(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`).toBe(true);
    }
  });

  test("the day before Tết is the last day of month 12 of the previous lunar year", () => {
    expect(toLunar("2026-02-16")).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(toLunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(toLunar("2024-02-09")).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });
});

describe("CAL-17 Hùng Kings' Commemoration Day (10/3 âm lịch)", () => {
  test.each([
    [2009, "2009-04-04"], // 2009 has a leap month 5: no effect on month 3
    [2023, "2023-04-29"], // 2023 has a leap month 2: month 3 is the month after it
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2031, "2031-04-01"], // 2031 has a leap month 3: the regular month 3 counts, not the leap one
    [2037, "2037-04-24"],
  ])("hungKingsDate(%i) is %s", (year, expected) => {
    expect(hungKingsDate(year)).toBe(expected);
    expect(toLunar(expected)).toEqual({ year, month: 3, day: 10, leap: false });
  });

  test("in a year with a leap month 3 it is day 10 of the first (regular) month 3", () => {
    const leap = fromLunar({ year: 2031, month: 3, day: 10, leap: true });
    expect(hungKingsDate(2031)).toBe(fromLunar({ year: 2031, month: 3, day: 10, leap: false }));
    expect(hungKingsDate(2031) < leap).toBe(true);
    expect(daysBetween(hungKingsDate(2031), leap)).toBeGreaterThanOrEqual(29);
  });
});

describe("CAL-16 leap months (tháng nhuận)", () => {
  test("the leap years of 1985–2060 and their leap months are exactly the published list", () => {
    const found: [number, number][] = [];
    for (let year = 1985; year <= 2060; year++) {
      const month = leapMonthOf(year);
      if (month !== 0) found.push([year, month]);
    }
    expect(found).toEqual(LEAP_MONTHS_1985_2060);
  });

  test("1985 and 1987 have 13 months: 384 days from their Tết to the next", () => {
    expect(daysBetween("1985-01-21", "1986-02-09")).toBe(384);
    expect(daysBetween("1987-01-29", "1988-02-17")).toBe(384);
  });

  test("2033 has a leap month 11 (the '2033 problem'): 2033-12-22 starts it", () => {
    expect(toLunar("2033-11-22")).toEqual({ year: 2033, month: 11, day: 1, leap: false });
    expect(toLunar("2033-12-22")).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(toLunar("2033-12-23")).toEqual({ year: 2033, month: 11, day: 2, leap: true });
    expect(fromLunar({ year: 2033, month: 11, day: 2, leap: true })).toBe("2033-12-23");
    expect(toLunar("2034-01-20")).toEqual({ year: 2033, month: 12, day: 1, leap: false });
    expect(tetDate(2034)).toBe("2034-02-19");
  });

  test("a leap month follows the regular month of the same number", () => {
    for (const [year, month] of LEAP_MONTHS_1985_2060) {
      const regular = fromLunar({ year, month, day: 1, leap: false });
      const leap = fromLunar({ year, month, day: 1, leap: true });
      const gap = daysBetween(regular, leap);
      expect(gap === 29 || gap === 30, `${year}/${month}`).toBe(true);
    }
  });
});

describe("CAL-16 examples of the documentation", () => {
  test("toLunar / fromLunar", () => {
    expect(toLunar("2026-02-17")).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(toLunar("2033-12-23")).toEqual({ year: 2033, month: 11, day: 2, leap: true });
    expect(toLunar(new Date("2026-02-16T20:00:00Z"))).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(toLunar(new Date("2026-02-16T16:59:59Z"))).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(fromLunar({ year: 2026, month: 1, day: 1, leap: false })).toBe("2026-02-17");
    expect(fromLunar({ year: 2033, month: 11, day: 2, leap: false })).toBe("2033-11-23");
    expect(tetDate(2030)).toBe("2030-02-02");
    expect(hungKingsDate(2031)).toBe("2031-04-01");
  });

  test("Mid-Autumn (15/8) and the Kitchen Gods' day (23/12)", () => {
    expect(fromLunar({ year: 2025, month: 8, day: 15, leap: false })).toBe("2025-10-06");
    expect(fromLunar({ year: 2025, month: 12, day: 23, leap: false })).toBe("2026-02-10");
  });
});

describe("canChi (year names)", () => {
  test.each([
    [2026, "Bính Ngọ", "Fire Horse", "Bính", "Ngọ"],
    [2025, "Ất Tỵ", "Wood Snake", "Ất", "Tỵ"],
    [2024, "Giáp Thìn", "Wood Dragon", "Giáp", "Thìn"],
    [2023, "Quý Mão", "Water Cat", "Quý", "Mão"],
    [2020, "Canh Tý", "Metal Rat", "Canh", "Tý"],
    [2021, "Tân Sửu", "Metal Ox", "Tân", "Sửu"],
    [2022, "Nhâm Dần", "Water Tiger", "Nhâm", "Dần"],
    [2027, "Đinh Mùi", "Fire Goat", "Đinh", "Mùi"],
    [2028, "Mậu Thân", "Earth Monkey", "Mậu", "Thân"],
    [2029, "Kỷ Dậu", "Earth Rooster", "Kỷ", "Dậu"],
    [2030, "Canh Tuất", "Metal Dog", "Canh", "Tuất"],
    [2031, "Tân Hợi", "Metal Pig", "Tân", "Hợi"],
    [1984, "Giáp Tý", "Wood Rat", "Giáp", "Tý"],
    [1945, "Ất Dậu", "Wood Rooster", "Ất", "Dậu"],
    [1968, "Mậu Thân", "Earth Monkey", "Mậu", "Thân"],
    [1900, "Canh Tý", "Metal Rat", "Canh", "Tý"],
    [2019, "Kỷ Hợi", "Earth Pig", "Kỷ", "Hợi"],
    [2199, "Kỷ Hợi", "Earth Pig", "Kỷ", "Hợi"],
  ])("canChi(%i) is %s (%s)", (year, vi, en, stem, branch) => {
    expect(canChi(year)).toEqual({ vi, en, stem, branch });
  });

  test("names are NFC and the 60-year cycle repeats", () => {
    for (let year = 1900; year <= 2199; year++) {
      const name = canChi(year);
      expect(name.vi).toBe(name.vi.normalize("NFC"));
      expect(name.vi).toBe(`${name.stem} ${name.branch}`);
      if (year + 60 <= 2199) expect(canChi(year + 60)).toEqual(name);
      if (year + 1 <= 2199) expect(canChi(year + 1).vi).not.toBe(name.vi);
    }
    const names = new Set(Array.from({ length: 60 }, (_, i) => canChi(2000 + i).vi));
    expect(names.size).toBe(60);
  });

  test("returns a fresh object each call", () => {
    const a = canChi(2026);
    expect(canChi(2026)).not.toBe(a);
  });
});

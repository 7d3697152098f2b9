/**
 * A second, independent oracle for the lunar holidays: the date-holidays package (its own
 * Vietnamese rules), next to amlich (Hồ Ngọc Đức's astronomical algorithm at UTC+7).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { hungKingsDate, tetDate } from "../../src/calendar/index.js";

const require = createRequire(import.meta.url);
const Holidays = require("date-holidays") as new (
  country: string,
) => { getHolidays(year: number): { date: string; name: string }[] };
const amlich = require("amlich") as {
  convertLunar2Solar(dd: number, mm: number, yy: number, leap: number, timeZone: number): [number, number, number];
};
const vn = new Holidays("VN");
const iso = ([d, m, y]: [number, number, number]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

describe("CAL-16 Tết and Giỗ Tổ against date-holidays (1995–2100)", () => {
  it("CAL-16 Tết (mùng 1) agrees every year", () => {
    for (let year = 1995; year <= 2100; year++) {
      const tet = vn.getHolidays(year).find((h) => h.name === "Tết Nguyên Đán");
      expect(tet?.date.slice(0, 10), String(year)).toBe(tetDate(year));
    }
  });

  it("CAL-17 Giỗ Tổ (10/3 of the regular month) agrees except 2050 and 2083, where amlich (UTC+7) sides with us", () => {
    const disagree: number[] = [];
    for (let year = 1995; year <= 2100; year++) {
      const hk = vn.getHolidays(year).find((h) => /Hùng/.test(h.name));
      if (hk === undefined) continue;
      if (hk.date.slice(0, 10) !== hungKingsDate(year)) disagree.push(year);
    }
    // date-holidays puts 10/3 one day earlier in these two years; the astronomical algorithm at
    // UTC+7 (amlich) gives our dates: 2050-04-01 and 2083-04-26.
    expect(disagree).toEqual([2050, 2083]);
    expect(iso(amlich.convertLunar2Solar(10, 3, 2050, 0, 7))).toBe(hungKingsDate(2050));
    expect(iso(amlich.convertLunar2Solar(10, 3, 2083, 0, 7))).toBe(hungKingsDate(2083));
  });
});

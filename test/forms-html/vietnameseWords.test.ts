/**
 * Dates and amounts as Vietnamese documents write them. Expected values are written from the rule
 * (NĐ 30/2020/NĐ-CP, Phụ lục I: day below 10 and months 1 and 2 with a leading zero; DOC-7) and
 * from the Vietnamese notation of amounts in legal texts (DOC-12), not from running the code.
 */
import { describe, expect, it } from "vitest";
import { TthcError } from "../../src/errors.js";
import { formatDateInWords, formatNumberVi, formatPlaceAndDate, formatVnd } from "../../src/forms-html/index.js";

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof TthcError) return `${error.code} ${error.path?.join(".")}`;
    throw error;
  }
  throw new Error("expected a TthcError");
}

describe("formatDateInWords (DOC-7)", () => {
  it.each([
    ["2026-03-05", "ngày 05 tháng 3 năm 2026"],
    ["2026-01-15", "ngày 15 tháng 01 năm 2026"],
    ["2026-02-28", "ngày 28 tháng 02 năm 2026"],
    ["2026-12-10", "ngày 10 tháng 12 năm 2026"],
    ["2025-07-01", "ngày 01 tháng 7 năm 2025"],
    ["2026-11-09", "ngày 09 tháng 11 năm 2026"],
  ])("%s → %s", (date, words) => {
    expect(formatDateInWords(date)).toBe(words);
  });

  it("reads a date-time in Vietnam time, whatever its offset or the machine's zone", () => {
    // 2026-02-28T17:30Z is 00:30 on 1 March in Hà Nội (UTC+7).
    expect(formatDateInWords("2026-02-28T17:30:00Z")).toBe("ngày 01 tháng 3 năm 2026");
    expect(formatDateInWords(new Date("2026-02-28T16:59:00Z"))).toBe("ngày 28 tháng 02 năm 2026");
  });

  it("writes English without the leading zeros", () => {
    expect(formatDateInWords("2026-03-05", "en")).toBe("5 March 2026");
  });

  it("refuses what is not a date, with its path", () => {
    expect(codeOf(() => formatDateInWords("2026-02-30"))).toBe("INVALID_DATE date");
    expect(codeOf(() => formatDateInWords("2026-02-03T25:00:00+07:00"))).toBe("INVALID_INSTANT date");
    expect(codeOf(() => formatDateInWords("2026-03-05", "fr" as "en"))).toBe("INVALID_OPTION lang");
  });
});

describe("formatPlaceAndDate (DOC-7)", () => {
  it("puts a comma after the place", () => {
    expect(formatPlaceAndDate("Hà Nội", "2026-03-05")).toBe("Hà Nội, ngày 05 tháng 3 năm 2026");
    expect(formatPlaceAndDate("Thành phố Hồ Chí Minh", "2025-02-01")).toBe(
      "Thành phố Hồ Chí Minh, ngày 01 tháng 02 năm 2025",
    );
  });

  it("refuses an empty place", () => {
    expect(codeOf(() => formatPlaceAndDate(" ", "2026-03-05"))).toBe("INVALID_OPTION place");
  });
});

describe("formatNumberVi and formatVnd (DOC-12)", () => {
  it("groups thousands with dots and writes decimals after a comma", () => {
    expect(formatNumberVi(1500000)).toBe("1.500.000");
    expect(formatNumberVi(999)).toBe("999");
    expect(formatNumberVi(1000)).toBe("1.000");
    expect(formatNumberVi(0)).toBe("0");
    expect(formatNumberVi(-1234.5)).toBe("-1.234,5");
    expect(formatNumberVi(0.000001)).toBe("0,000001");
    expect(formatNumberVi(1e-7)).toBe("0,0000001");
    expect(formatNumberVi(2 / 3, 2)).toBe("0,67");
    expect(formatNumberVi(-0.001, 2)).toBe("0,00");
  });

  it("writes an amount in đồng", () => {
    expect(formatVnd(1500000)).toBe("1.500.000 đồng");
    expect(formatVnd(50000)).toBe("50.000 đồng");
    expect(formatVnd(0)).toBe("0 đồng");
    expect(formatVnd(1500000, "en")).toBe("1,500,000 VND");
  });

  it("refuses a number it cannot write", () => {
    expect(codeOf(() => formatNumberVi(Number.NaN))).toBe("INVALID_COUNT value");
    expect(codeOf(() => formatNumberVi(1e21))).toBe("INVALID_COUNT value");
    expect(codeOf(() => formatNumberVi(1, 21))).toBe("INVALID_OPTION fractionDigits");
    expect(codeOf(() => formatVnd(-1))).toBe("INVALID_COUNT amount");
    expect(codeOf(() => formatVnd(10.5))).toBe("INVALID_COUNT amount");
  });
});

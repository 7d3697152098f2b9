/**
 * Ngày tháng và số tiền — how a Vietnamese administrative document writes a date and an amount.
 */

import { checkChoice, checkCount, checkInteger, mustBe, type Path } from "../_internal/checks.js";
import { civilFromDays, toDayNumber } from "../_internal/epochDay.js";
import { toInstantMs, vietnamDayOfMs } from "../_internal/instant.js";

/** English month names, for the reading aid. */
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const LANGS = ["vi", "en"] as const;

/** Day number of a `YYYY-MM-DD` date, an ISO date-time with offset (its Vietnam date) or a `Date`. */
export function dayOf(value: unknown, path: Path): number {
  if (typeof value === "string" && value.length > 10) return vietnamDayOfMs(toInstantMs(value, path));
  return toDayNumber(value, path);
}

/**
 * Ngày tháng năm bằng chữ — the date as a Vietnamese administrative document writes it: "ngày 05
 * tháng 3 năm 2026". Days below 10 and the months 1 and 2 take a leading zero ("ngày 09 tháng 02
 * năm 2026"); other numbers are written as they are (NĐ 30/2020/NĐ-CP, Phụ lục I, "Địa danh và
 * thời gian ban hành văn bản"). In English: "5 March 2026".
 *
 * @param date - `YYYY-MM-DD`, an ISO date-time with an offset (read in Vietnam time, UTC+7) or a `Date` (read in Vietnam time).
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The date in words, without place.
 * @throws {@link tthc!TthcError} `INVALID_DATE` / `INVALID_INSTANT` for a date that is not one; `INVALID_OPTION` for another language.
 * @see Rules reference: [DOC-7](../../docs/guides/rules.md#doc-7)
 * @example
 * ```ts
 * import { formatDateInWords } from "tthc/forms-html";
 * formatDateInWords("2026-03-05"); // => "ngày 05 tháng 3 năm 2026"
 * formatDateInWords("2026-02-09T23:30:00+07:00"); // => "ngày 09 tháng 02 năm 2026"
 * formatDateInWords("2026-12-25", "en"); // => "25 December 2026"
 * ```
 * @category Forms
 */
export function formatDateInWords(date: string | Date, lang: "vi" | "en" = "vi"): string {
  checkChoice(lang, LANGS, ["lang"]);
  const [year, month, day] = civilFromDays(dayOf(date, ["date"]));
  if (lang === "en") return `${day} ${MONTHS_EN[month - 1]} ${year}`;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * Địa danh và thời gian — the place-and-date line of a document: "Hà Nội, ngày 05 tháng 3 năm
 * 2026" (a comma after the place; the date as {@link formatDateInWords} writes it). In English:
 * "Hà Nội, 5 March 2026".
 *
 * @param place - Địa danh — the place name (written as given; capitalised as the decree asks by the caller).
 * @param date - `YYYY-MM-DD`, an ISO date-time with an offset or a `Date`, read in Vietnam time.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The line.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an empty place; date errors as {@link formatDateInWords}.
 * @see Rules reference: [DOC-7](../../docs/guides/rules.md#doc-7)
 * @example
 * ```ts
 * import { formatPlaceAndDate } from "tthc/forms-html";
 * formatPlaceAndDate("Hà Nội", "2026-03-05"); // => "Hà Nội, ngày 05 tháng 3 năm 2026"
 * ```
 * @category Forms
 */
export function formatPlaceAndDate(place: string, date: string | Date, lang: "vi" | "en" = "vi"): string {
  if (typeof place !== "string" || place.trim() === "") {
    throw mustBe("INVALID_OPTION", ["place"], "a place name", "tên địa danh", place);
  }
  return `${place}, ${formatDateInWords(date, lang)}`;
}

/**
 * Số theo cách viết Việt Nam — a number with `.` between groups of thousands and `,` before the
 * decimals: `1500000` → "1.500.000", `2.5` → "2,5" (the Vietnamese notation of legal texts,
 * [DOC-12](../../docs/guides/rules.md#doc-12)). With `fractionDigits`, rounded to that many decimals.
 *
 * @param value - A finite number.
 * @param fractionDigits - Decimals to round to (0–20); by default as many as the number has.
 * @returns The number as text.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` for `NaN`, ±Infinity or a number too large to write without an exponent.
 * @example
 * ```ts
 * import { formatNumberVi } from "tthc/forms-html";
 * formatNumberVi(1_500_000); // => "1.500.000"
 * formatNumberVi(-1234.5); // => "-1.234,5"
 * formatNumberVi(2 / 3, 2); // => "0,67"
 * ```
 * @category Forms
 */
export function formatNumberVi(value: number, fractionDigits?: number): string {
  const path = ["value"];
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) >= 1e21) {
    throw mustBe("INVALID_COUNT", path, "a finite number below 10^21", "số hữu hạn nhỏ hơn 10^21", value);
  }
  let text: string;
  if (fractionDigits === undefined) {
    text = String(Math.abs(value));
    if (text.includes("e")) text = Math.abs(value).toFixed(20).replace(/0+$/, "");
  } else {
    text = Math.abs(value).toFixed(checkInteger(fractionDigits, ["fractionDigits"], "INVALID_OPTION", 0, 20));
  }
  const [whole = "0", fraction = ""] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const negative = value < 0 && /[1-9]/.test(text);
  return `${negative ? "-" : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/**
 * Số tiền — an amount in đồng as the forms write it: "1.500.000 đồng" (`"1,500,000 VND"` in English).
 *
 * @param amount - Whole đồng, ≥ 0.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The amount with its unit.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` for a negative, fractional or non-finite amount.
 * @example
 * ```ts
 * import { formatVnd } from "tthc/forms-html";
 * formatVnd(1_500_000); // => "1.500.000 đồng"
 * formatVnd(50_000, "en"); // => "50,000 VND"
 * ```
 * @category Forms
 */
export function formatVnd(amount: number, lang: "vi" | "en" = "vi"): string {
  checkChoice(lang, LANGS, ["lang"]);
  const n = checkCount(amount, ["amount"]);
  const vi = formatNumberVi(n);
  return lang === "vi" ? `${vi} đồng` : `${vi.replace(/\./g, ",")} VND`;
}

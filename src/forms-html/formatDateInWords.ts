/**
 * Ngày tháng năm bằng chữ — the date as administrative documents write it.
 */

import { checkChoice, type Path } from "../_internal/checks.js";
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

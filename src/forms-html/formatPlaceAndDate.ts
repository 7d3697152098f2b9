/**
 * Địa danh và thời gian — the place-and-date line of a document.
 */

import { mustBe } from "../_internal/checks.js";
import { formatDateInWords } from "./formatDateInWords.js";

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

/**
 * `tthc/forms-html` — the one-stop forms as printable HTML documents (being built; see the forms guide).
 *
 * @module tthc/forms-html
 * @packageDocumentation
 */
export { formatDateInWords, formatNumberVi, formatPlaceAndDate, formatVnd } from "./vietnameseWords.js";

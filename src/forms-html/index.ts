/**
 * `tthc/forms-html` — the one-stop forms of `tthc/workflow` as complete, self-contained HTML
 * documents to print: A4 with the margins, agency block, national title and motto, number,
 * place-and-date line, signature block and recipients list of an administrative document
 * (NĐ 30/2020/NĐ-CP), in Vietnamese or as an English reading aid; the receipt with QR codes of
 * the dossier code and lookup address; and the helpers that write dates and amounts the Vietnamese
 * way ("ngày 05 tháng 3 năm 2026", "1.500.000 đồng").
 *
 * **When to use**: a one-stop desk or portal that prints the receipt and appointment slip, the
 * supplement request, the refusal, the apology letter, the stop notice, the process-control slip
 * or the register, and would otherwise lay them out by hand. The QR codes need the optional
 * package `lean-qr` (or `qr: false`).
 *
 * Guide: [printing the forms](../../docs/guides/printing-forms.md).
 *
 * @module tthc/forms-html
 * @packageDocumentation
 */
export { formatDateInWords } from "./formatDateInWords.js";
export { formatNumberVi } from "./formatNumberVi.js";
export { formatPlaceAndDate } from "./formatPlaceAndDate.js";
export { formatVnd } from "./formatVnd.js";
export type { FormHtmlOptions } from "./renderFormHtml.js";
export { renderFormHtml } from "./renderFormHtml.js";
export { renderRegisterHtml } from "./renderRegisterHtml.js";

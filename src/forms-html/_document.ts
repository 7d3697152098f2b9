/**
 * The parts every printed form shares: the header with the agency block, national title and
 * motto, number and date line; signatures and recipients; tables; the document around them
 * (rules reference DOC-1 to DOC-11).
 */

import { escapeHtml as esc, htmlDocument } from "../_internal/html.js";
import { formatVietnamInstant, toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import { RULE_SETS } from "../models/ruleSet.js";
import type { OneStopFormDocument } from "../workflow/forms.js";
import { FIELDS, WORDS } from "../workflow/renderFormText.js";
import type { CheckedOptions } from "./_check.js";
import { formStyle } from "./_style.js";
import { formatDateInWords } from "./formatDateInWords.js";
import { formatPlaceAndDate } from "./formatPlaceAndDate.js";

export type Lang = "vi" | "en";

/** One phrase in both languages. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en);

/** Vietnam-local `[YYYY, MM, DD, hh:mm]` of an ISO date-time, or `[YYYY, MM, DD]` of a date (already checked). */
function parts(iso: string): string[] {
  if (iso.length === 10) return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const local = formatVietnamInstant(toVietnamLocal(toInstantMs(iso, [])));
  return [local.slice(0, 4), local.slice(5, 7), local.slice(8, 10), local.slice(11, 16)];
}

/** "08 giờ 05 phút, ngày 30 tháng 6 năm 2025" — a time in words, as the receipt writes it. */
export function when(iso: string, lang: Lang): string {
  const time = parts(iso)[3];
  const date = formatDateInWords(iso, lang);
  if (time === undefined) return date;
  return lang === "vi" ? `${time.slice(0, 2)} giờ ${time.slice(3)} phút, ${date}` : `${time} on ${date}`;
}

/** "08:05 30/06/2025" — a time in a table cell (it may wrap between time and date). */
export function short(iso: string | undefined): string {
  if (iso === undefined) return "";
  const [y, mo, d, time] = parts(iso);
  return `${time === undefined ? "" : `${time} `}${d}/${mo}/${y}`;
}

export const word = (key: string, lang: Lang): string => WORDS[key]?.[lang] ?? key;
export const label = (key: string, lang: Lang): string => FIELDS[key]?.[lang] ?? key;

/** Capitals, as the decree writes agency names, the national title and document titles. */
const upper = (text: string): string => text.toLocaleUpperCase("vi");

/** A "label: value" line; both already plain text (escaped here). */
export const field = (name: string, value: string): string => `<p class="field">${esc(name)}: <b>${esc(value)}</b></p>`;

export interface Page {
  readonly landscape: boolean;
  readonly number: string | undefined;
  readonly date: string | undefined;
  readonly body: string;
}

/** The circular whose appendix holds the rule set's forms ("01/2018/TT-VPCP"). */
function circularOf(form: OneStopFormDocument): string {
  return RULE_SETS[form.ruleSet].legalBases.find((b) => b.document.endsWith("TT-VPCP"))?.document ?? form.ruleSet;
}

/** The agency block, the national title and motto, the number and the place-and-date line (DOC-4 to DOC-7). */
function header(o: CheckedOptions, number: string | undefined, date: string | undefined): string {
  const lang = o.lang;
  const parent = o.parentAgencyName === undefined ? "" : `<p class="parent">${esc(upper(o.parentAgencyName))}</p>`;
  const row2 =
    number === undefined && date === undefined
      ? ""
      : `<tr><td class="left number">${number === undefined ? "" : `${t(lang, "Số", "No.")}: ${esc(number)}`}</td>` +
        `<td class="dateline">${date === undefined ? "" : esc(formatPlaceAndDate(o.placeName, date, lang))}</td></tr>`;
  return (
    `<table class="head"><tr><td class="left">${parent}<p class="agency">${esc(upper(o.agencyName))}</p>` +
    `<span class="rule"></span></td><td><p class="nation">${t(lang, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")}</p>` +
    `<span class="motto">${t(lang, "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")}</span></td></tr>${row2}</table>`
  );
}

/** One signature: title, hint, space to sign, name (DOC-9). */
export function signature(title: string, hint: string, name: string | undefined, pair: boolean): string {
  return (
    `<div class="sign${pair ? " pair" : ""}"><p class="title">${esc(upper(title))}</p><p class="hint">${esc(hint)}</p>` +
    `<div class="space"></div><p class="name">${name === undefined ? "" : esc(name)}</p></div>`
  );
}

/** Nơi nhận and the signer, side by side, never split across pages (DOC-9, DOC-10). */
export function closing(o: CheckedOptions, applicant: string, head: boolean, defaultName?: string): string {
  const lang = o.lang;
  const list = o.recipients ?? [applicant, t(lang, "Lưu: VT", "File: records office")];
  const lines = list
    .map((r, i) => `<p>- ${esc(r.replace(/[;.]\s*$/, ""))}${i === list.length - 1 ? "." : ";"}</p>`)
    .join("");
  const title =
    o.signerTitle ??
    (head
      ? t(lang, "Thủ trưởng cơ quan", "Head of the agency")
      : t(lang, "Người tiếp nhận hồ sơ", "Receiving officer"));
  const hint = head
    ? t(lang, "(Ký, ghi rõ họ tên và đóng dấu)", "(signature, full name and seal)")
    : t(lang, "(Ký và ghi rõ họ tên)", "(signature and full name)");
  return (
    `<div class="closing"><div class="recipients"><p class="label">${t(lang, "Nơi nhận:", "Recipients:")}</p>${lines}</div>` +
    `${signature(title, hint, o.signerName ?? defaultName, false)}</div>`
  );
}

export const addressee = (o: CheckedOptions, name: string): string =>
  `<p class="addressee">${t(o.lang, "Kính gửi", "To")}: ${esc(name)}</p>`;

/** A table whose header row repeats on each printed page (DOC-1). */
export function grid(
  heads: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly string[])[],
  fontPt: number,
): string {
  const cols = widths.map((w) => `<col style="width:${w}mm">`).join("");
  const th = heads.map((h) => `<th>${esc(h)}</th>`).join("");
  const trs = rows
    .map((cells) => {
      const blank = cells.every((c) => c === "");
      return `<tr${blank ? ' class="blank"' : ""}>${cells.map((c, i) => `<td${i === 0 ? ' class="n"' : ""}>${esc(c)}</td>`).join("")}</tr>`;
    })
    .join("");
  return `<table class="grid" style="font-size:${fontPt}pt"><colgroup>${cols}</colgroup><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table>`;
}

/** The whole document of a page: header, title, body, address line; English marked as a translation. */
export function documentOf(form: OneStopFormDocument, page: Page, o: CheckedOptions, suffix: string): string {
  const lang = o.lang;
  const title = lang === "vi" ? form.title.vi : form.title.en;
  const banner =
    lang === "en"
      ? `<p class="translation">Translation for reading only: the legal document is the Vietnamese text (Bản dịch để tham khảo; văn bản có giá trị pháp lý là bản tiếng Việt).</p>`
      : "";
  const reference = `<p class="formref">${t(lang, "Mẫu số", "Form")} ${esc(form.number)} — ${esc(circularOf(form))}</p>`;
  const address = o.agencyAddress === undefined ? "" : `<div class="address">${esc(o.agencyAddress)}</div>`;
  const body =
    `<main class="sheet${page.landscape ? " landscape" : ""}">${banner}${reference}${header(o, page.number, page.date)}` +
    `<h1>${esc(upper(title))}</h1>${page.body}${address}</main>`;
  return htmlDocument({
    lang,
    title: `${t(lang, "Mẫu số", "Form")} ${form.number} — ${title}${suffix}`,
    css: formStyle(page.landscape),
    body,
  });
}

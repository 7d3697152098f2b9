/**
 * In biểu mẫu — the one-stop forms as complete, self-contained, printable HTML documents laid out as
 * NĐ 30/2020/NĐ-CP sets an administrative document (rules reference DOC-1 to DOC-11).
 */

import { escapeHtml as esc, htmlDocument } from "../_internal/html.js";
import { formatVietnamInstant, toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import { TthcError } from "../errors.js";
import { RULE_SETS } from "../models/ruleSet.js";
import type {
  ApologyLetterData,
  AppointmentSlipData,
  DossierRegisterData,
  IntakeRefusalNoticeData,
  OneStopFormDocument,
  ProcessControlSlipData,
  StopProcessingNoticeData,
  SupplementRequestData,
} from "../workflow/forms.js";
import { FIELDS, WORDS } from "../workflow/renderFormText.js";
import { type CheckedOptions, checkForm, checkRenderOptions } from "./_check.js";
import { loadQr, type QrSvgMaker } from "./_qr.js";
import { formStyle } from "./_style.js";
import { formatDateInWords, formatNumberVi, formatPlaceAndDate, formatVnd } from "./vietnameseWords.js";

/**
 * Tùy chọn in biểu mẫu — what the form data does not say: who issues the form, where, who signs,
 * and in which language.
 *
 * @example
 * ```ts
 * import type { FormHtmlOptions } from "tthc/forms-html";
 * const options: FormHtmlOptions = { agencyName: "UBND phường Ba Đình", placeName: "Hà Nội" };
 * ```
 * @category Forms
 */
export interface FormHtmlOptions {
  /** `"vi"` (default): the legal text; `"en"`: an English reading aid, marked as a translation. */
  readonly lang?: "vi" | "en";
  /** Tên cơ quan — the agency that issues the form (printed in capitals, top left). Required. */
  readonly agencyName: string;
  /** Tên cơ quan chủ quản — the parent agency, printed above the agency's name when given. */
  readonly parentAgencyName?: string;
  /** Địa chỉ, điện thoại, thư điện tử — printed in small type under a rule at the end (DOC-11). */
  readonly agencyAddress?: string;
  /** Địa danh — the place of the date line ("Hà Nội"). Required. */
  readonly placeName: string;
  /** Chức vụ người ký — the signer's title; each form has its default ("NGƯỜI TIẾP NHẬN HỒ SƠ", "THỦ TRƯỞNG CƠ QUAN"). */
  readonly signerTitle?: string;
  /** Họ tên người ký — printed under the signature space (default: the stop notice's `signer`, else blank). */
  readonly signerName?: string;
  /** Số, ký hiệu — "12/TB-UBND"; default: the form's `letterRef`, else a blank to fill by hand. */
  readonly documentNumber?: string;
  /** Ngày của văn bản — `YYYY-MM-DD` or an ISO date-time; default: the form's own date (receipt, request, refusal, apology, stop). */
  readonly date?: string;
  /**
   * Địa chỉ tra cứu — an http(s) address where the applicant can look the dossier up, printed on
   * the receipt with its QR code. `{dossierCode}` in it is replaced by the URL-encoded dossier code.
   */
  readonly lookupUrl?: string;
  /** Whether the receipt carries QR codes (default `true`, which needs the optional package `lean-qr`). */
  readonly qr?: boolean;
  /** Nơi nhận — the recipients list of letters and notices; default: the applicant, then "Lưu: VT". */
  readonly recipients?: readonly string[];
  /** Phí, lệ phí — whole đồng, printed on the receipt as "1.500.000 đồng" when given. */
  readonly fee?: number;
}

type Lang = "vi" | "en";

/** One phrase in both languages. */
const t = (lang: Lang, vi: string, en: string): string => (lang === "vi" ? vi : en);

/** Vietnam-local `[YYYY, MM, DD, hh:mm]` of an ISO date-time, or `[YYYY, MM, DD]` of a date (already checked). */
function parts(iso: string): string[] {
  if (iso.length === 10) return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const local = formatVietnamInstant(toVietnamLocal(toInstantMs(iso, [])));
  return [local.slice(0, 4), local.slice(5, 7), local.slice(8, 10), local.slice(11, 16)];
}

/** "08 giờ 05 phút, ngày 30 tháng 6 năm 2025" — a time in words, as the receipt writes it. */
function when(iso: string, lang: Lang): string {
  const time = parts(iso)[3];
  const date = formatDateInWords(iso, lang);
  if (time === undefined) return date;
  return lang === "vi" ? `${time.slice(0, 2)} giờ ${time.slice(3)} phút, ${date}` : `${time} on ${date}`;
}

/** "08:05 30/06/2025" — a time in a table cell (it may wrap between time and date). */
function short(iso: string | undefined): string {
  if (iso === undefined) return "";
  const [y, mo, d, time] = parts(iso);
  return `${time === undefined ? "" : `${time} `}${d}/${mo}/${y}`;
}

const word = (key: string, lang: Lang): string => WORDS[key]?.[lang] ?? key;
const label = (key: string, lang: Lang): string => FIELDS[key]?.[lang] ?? key;

function timeLimitText(limit: AppointmentSlipData["timeLimit"], lang: Lang): string {
  if (limit.unit === "sameDay") return word("sameDay", lang);
  const n = lang === "vi" ? formatNumberVi(limit.value) : String(limit.value);
  return `${n} ${word(limit.unit, lang)}`;
}

/** Capitals, as the decree writes agency names, the national title and document titles. */
const upper = (text: string): string => text.toLocaleUpperCase("vi");

/** A "label: value" line; both already plain text (escaped here). */
const field = (name: string, value: string): string => `<p class="field">${esc(name)}: <b>${esc(value)}</b></p>`;

interface Page {
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
function signature(title: string, hint: string, name: string | undefined, pair: boolean): string {
  return (
    `<div class="sign${pair ? " pair" : ""}"><p class="title">${esc(upper(title))}</p><p class="hint">${esc(hint)}</p>` +
    `<div class="space"></div><p class="name">${name === undefined ? "" : esc(name)}</p></div>`
  );
}

/** Nơi nhận and the signer, side by side, never split across pages (DOC-9, DOC-10). */
function closing(o: CheckedOptions, applicant: string, head: boolean, defaultName?: string): string {
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

const addressee = (o: CheckedOptions, name: string): string =>
  `<p class="addressee">${t(o.lang, "Kính gửi", "To")}: ${esc(name)}</p>`;

function appointmentSlip(d: AppointmentSlipData, o: CheckedOptions, qr: QrSvgMaker | undefined): Page {
  const lang = o.lang;
  const url = o.lookupUrl?.replace(/\{dossierCode\}/g, encodeURIComponent(d.dossierCode));
  const fields = [
    `<p class="field">${t(lang, `${esc(o.agencyName)} tiếp nhận hồ sơ của`, `${esc(o.agencyName)} received the dossier of`)}: <b>${esc(d.applicantName)}</b></p>`,
    field(label("procedureName", lang), d.procedureName),
    field(
      t(lang, "Thời gian giải quyết hồ sơ theo quy định", "Time limit set by law"),
      timeLimitText(d.timeLimit, lang),
    ),
    field(t(lang, "Thời gian nhận hồ sơ", "Received at"), when(d.receivedAt, lang)),
    field(t(lang, "Thời gian trả kết quả giải quyết hồ sơ", "Result due at"), when(d.dueAt, lang)),
    field(t(lang, "Đăng ký nhận kết quả tại", "Result to be collected"), word(d.resultChannel, lang)),
    o.fee === undefined ? "" : field(t(lang, "Phí, lệ phí", "Fees and charges"), formatVnd(o.fee, lang)),
    url === undefined ? "" : field(t(lang, "Tra cứu tình trạng hồ sơ tại", "Look the dossier up at"), url),
  ].join("");
  const figure = (text: string, caption: string): string =>
    `<figure class="qr">${(qr as QrSvgMaker)(text, `${caption}: ${text}`)}<figcaption>${esc(caption)}</figcaption></figure>`;
  const qrs =
    qr === undefined
      ? ""
      : `<div class="qrs">${figure(d.dossierCode, label("dossierCode", lang))}${
          url === undefined ? "" : figure(url, t(lang, "Tra cứu hồ sơ", "Look up"))
        }</div>`;
  const body =
    `<p class="code">${esc(label("dossierCode", lang))}: ${esc(d.dossierCode)}</p>` +
    `<div class="body with-qr"><div class="fields">${fields}</div>${qrs}</div>` +
    `<div class="closing">${signature(t(lang, "Người nộp hồ sơ", "Applicant"), t(lang, "(Ký và ghi rõ họ tên)", "(signature and full name)"), d.applicantName, true)}` +
    `${signature(o.signerTitle ?? t(lang, "Người tiếp nhận hồ sơ", "Receiving officer"), t(lang, "(Ký và ghi rõ họ tên)", "(signature and full name)"), o.signerName, true)}</div>`;
  return { landscape: false, number: o.documentNumber ?? "……", date: o.date ?? d.receivedAt, body };
}

function supplementRequest(d: SupplementRequestData, o: CheckedOptions): Page {
  const lang = o.lang;
  const items = d.items
    .map((item) => {
      const basis =
        item.legalBasis === undefined ? "" : ` (${t(lang, "căn cứ", "legal basis")}: ${esc(item.legalBasis)})`;
      return `<li><b>${esc(item.name)}</b> — ${t(lang, "lý do", "reason")}: ${esc(item.reason)}${basis}</li>`;
    })
    .join("");
  const intro =
    d.stage === "intake"
      ? t(
          lang,
          `Qua kiểm tra hồ sơ khi tiếp nhận, ${esc(o.agencyName)} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`,
          `Having checked the dossier at intake, ${esc(o.agencyName)} asks you to supplement and complete it with the following:`,
        )
      : t(
          lang,
          `Trong quá trình giải quyết hồ sơ, ${esc(o.agencyName)} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`,
          `While processing the dossier, ${esc(o.agencyName)} asks you to supplement and complete it with the following:`,
        );
  const body =
    (d.dossierCode === undefined
      ? ""
      : `<p class="code">${esc(label("dossierCode", lang))}: ${esc(d.dossierCode)}</p>`) +
    addressee(o, d.applicantName) +
    `<div class="body">${field(label("procedureName", lang), d.procedureName)}` +
    `<p class="indent">${intro}</p><ol class="items">${items}</ol>` +
    `<p class="indent">${t(lang, "Mọi vướng mắc, xin liên hệ cơ quan tiếp nhận hồ sơ để được hướng dẫn.", "For any question, please contact the receiving office for guidance.")}</p></div>` +
    closing(o, d.applicantName, false);
  return { landscape: false, number: o.documentNumber ?? d.letterRef ?? "……", date: o.date ?? d.requestedAt, body };
}

function intakeRefusalNotice(d: IntakeRefusalNoticeData, o: CheckedOptions): Page {
  const lang = o.lang;
  const body =
    addressee(o, d.applicantName) +
    `<div class="body">${field(label("applicantName", lang), d.applicantName)}${field(label("procedureName", lang), d.procedureName)}` +
    `<p class="indent">${t(lang, `Qua xem xét, ${esc(o.agencyName)} từ chối tiếp nhận, giải quyết hồ sơ với lý do:`, `Having examined it, ${esc(o.agencyName)} refuses to accept the dossier for the following reason:`)} <b>${esc(d.reason)}</b></p>` +
    `<p class="indent">${t(lang, "Xin thông báo để Ông/Bà được biết.", "This notice is given for your information.")}</p></div>` +
    closing(o, d.applicantName, false);
  return { landscape: false, number: o.documentNumber ?? "……", date: o.date ?? d.refusedAt, body };
}

function apologyLetter(d: ApologyLetterData, o: CheckedOptions, extension: boolean): Page {
  const lang = o.lang;
  const a = esc(o.agencyName);
  const last = extension
    ? t(
        lang,
        `${a} xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết; thời gian trả kết quả mới là`,
        `${a} apologises and asks to extend the time limit; the result is now due at`,
      )
    : t(
        lang,
        `${a} xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào`,
        `${a} apologises and sets a new appointment to return the result at`,
      );
  const body =
    `<p class="code">${esc(label("dossierCode", lang))}: ${esc(d.dossierCode)}</p>` +
    addressee(o, d.applicantName) +
    `<div class="body"><p class="indent">${t(lang, `Ngày ${esc(formatDateInWords(d.receivedAt, lang).replace(/^ngày /, ""))}, ${a} tiếp nhận hồ sơ của Ông/Bà về thủ tục`, `On ${esc(formatDateInWords(d.receivedAt, lang))}, ${a} received your dossier for`)} <b>${esc(d.procedureName)}</b>, ` +
    `${t(lang, "hẹn trả kết quả vào", "with the result due at")} <b>${esc(when(d.previousDueAt, lang))}</b>.</p>` +
    `<p class="indent">${t(lang, "Đến nay, hồ sơ chưa giải quyết xong. Lý do:", "The dossier has not been resolved yet. Reason:")} <b>${esc(d.reason)}</b></p>` +
    `<p class="indent">${last} <b>${esc(when(d.newDueAt, lang))}</b>.</p>` +
    `<p class="indent">${t(lang, "Mong Ông/Bà thông cảm.", "We ask for your understanding.")}</p></div>` +
    closing(o, d.applicantName, true);
  return { landscape: false, number: o.documentNumber ?? d.letterRef, date: o.date ?? d.issuedAt, body };
}

function stopProcessingNotice(d: StopProcessingNoticeData, o: CheckedOptions): Page {
  const lang = o.lang;
  const body =
    `<p class="code">${esc(label("dossierCode", lang))}: ${esc(d.dossierCode)}</p>` +
    addressee(o, d.applicantName) +
    `<div class="body"><p class="indent">${t(lang, `${esc(o.agencyName)} thông báo dừng giải quyết hồ sơ của Ông/Bà về thủ tục`, `${esc(o.agencyName)} gives notice that it stops processing your dossier for`)} <b>${esc(d.procedureName)}</b> ` +
    `${t(lang, "kể từ", "from")} <b>${esc(when(d.stoppedAt, lang))}</b>.</p>` +
    `<p class="indent">${t(lang, "Lý do:", "Reason:")} <b>${esc(d.reason)}</b></p></div>` +
    closing(o, d.applicantName, true, d.signer);
  return { landscape: false, number: o.documentNumber ?? "……", date: o.date ?? d.stoppedAt, body };
}

/** A table whose header row repeats on each printed page (DOC-1). */
function grid(
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

function processControlSlip(d: ProcessControlSlipData, o: CheckedOptions): Page {
  const lang = o.lang;
  const heads = [
    t(lang, "TT", "No."),
    t(lang, "Nội dung công việc", "Task"),
    t(lang, "Đơn vị xử lý", "Unit"),
    t(lang, "Thời gian nhận", "Received"),
    t(lang, "Thời gian giao", "Handed over"),
    t(lang, "Hạn của bước", "Step due"),
    t(lang, "Kết quả (trước hạn / đúng hạn / quá hạn)", "Outcome (early / on time / late)"),
    t(lang, "Người giao", "Handed over by"),
    t(lang, "Ký giao, nhận", "Signatures"),
  ];
  const rows: string[][] = d.rows.map((r) => [
    String(r.order),
    r.name,
    r.unit,
    short(r.startedAt),
    short(r.handedOverAt),
    short(r.stepDueAt),
    word(r.outcome, lang),
    r.by,
    "",
  ]);
  // A slip starts empty at receipt and travels with the paper dossier: leave rows to fill by hand.
  for (let i = rows.length; i < 4; i++) rows.push(Array.from({ length: heads.length }, () => ""));
  const body =
    `<div class="body">${field(label("dossierCode", lang), d.dossierCode)}${field(label("applicantName", lang), d.applicantName)}` +
    `${field(t(lang, "Thời gian hẹn trả kết quả", "Result due at"), when(d.dueAt, lang))}</div>` +
    grid(heads, [8, 50, 40, 24, 24, 24, 30, 30, 22], rows, 11);
  return { landscape: true, number: o.documentNumber, date: o.date, body };
}

function registerGrid(rows: readonly DossierRegisterData[], lang: Lang): string {
  const heads = [
    t(lang, "STT", "No."),
    label("dossierCode", lang),
    label("procedureNameRegister", lang),
    t(lang, label("quantity", "vi"), "Sets"),
    label("applicantName", lang),
    label("contact", lang),
    t(lang, "Nhận hồ sơ", "Received"),
    t(lang, "Hẹn trả kết quả", "Due"),
    t(lang, label("transferredAt", "vi"), "Sent to the agency"),
    t(lang, label("resultReadyAt", "vi"), "Result back"),
    label("returnedAt", lang),
    t(lang, "Ký nhận", "Sign"),
    label("note", lang),
  ];
  const cells = rows.map((r, i) => [
    String(i + 1),
    r.dossierCode,
    r.procedureName,
    String(r.quantity),
    r.applicantName,
    r.contact ?? "",
    short(r.receivedAt),
    r.reappointedDueAt === undefined
      ? short(r.dueAt)
      : `${short(r.dueAt)}; ${t(lang, "hẹn lại", "re-appointed")} ${short(r.reappointedDueAt)}`,
    short(r.transferredAt),
    short(r.resultReadyAt),
    short(r.returnedAt),
    "",
    r.note ?? "",
  ]);
  return grid(heads, [10, 26, 34, 13, 22, 24, 20, 20, 20, 20, 20, 11, 12], cells, 10);
}

/** The whole document of a page: header, title, body, address line; English marked as a translation. */
function documentOf(form: OneStopFormDocument, page: Page, o: CheckedOptions, suffix: string): string {
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

/**
 * In biểu mẫu (HTML) — a filled one-stop form as a complete, self-contained HTML document to print
 * or show: A4 with the margins, agency block, national title and motto, number, place-and-date
 * line, title, body, signature block and recipients list that NĐ 30/2020/NĐ-CP sets for an
 * administrative document; the control slip in landscape with its header row repeated on each
 * page; print CSS that never splits the signature block, and a screen view. Every piece of data
 * is HTML-escaped, and the page loads nothing from the network (fonts fall back to installed
 * Times New Roman-compatible faces; the QR codes are inline SVG).
 *
 * The receipt (Mẫu 01) carries a QR code of the dossier code, and one of `lookupUrl` when given,
 * made by the optional package `lean-qr` (loaded here, on first use). Without it the promise
 * rejects with `MISSING_DEPENDENCY`; pass `qr: false` to print without QR codes.
 *
 * The English document is a reading aid and says so at its top; the Vietnamese one is the form.
 * `componentId` of a supplement item and `lateApology` of an apology letter are bookkeeping, not
 * printed.
 *
 * @param form - A filled form of either rule set (from `createFormDocument` or an `issueForm` effect of `tthc/workflow`).
 * @param options - Who issues it and where (`agencyName`, `placeName` required), signer, language…
 * @returns The HTML document.
 * @throws {@link tthc!TthcError} (as a rejected promise, before anything is written) `INVALID_OPTION` for an unknown form kind, a wrong number, missing or empty data, an unknown option; `TRANSITION_NOT_ALLOWED` for a form its rule set does not have; `INVALID_INSTANT` for a bad date-time; `MISSING_DEPENDENCY` when QR codes are asked for and `lean-qr` is not installed.
 * @see Rules reference: [DOC-1 … DOC-11](../../docs/guides/rules.md#document-layout-doc); guide: [printing the forms](../../docs/guides/printing-forms.md)
 * @example
 * ```ts
 * import { createFormDocument } from "tthc/workflow";
 * import { renderFormHtml } from "tthc/forms-html";
 * const slip = createFormDocument("VN-2025", "appointmentSlip", {
 *   dossierCode: "000.00.12.H26-260305-0001",
 *   applicantName: "Nguyễn Văn A",
 *   procedureName: "Đăng ký khai sinh",
 *   timeLimit: { value: 3, unit: "workingDays" },
 *   receivedAt: "2026-03-05T08:05:00+07:00",
 *   dueAt: "2026-03-10T17:00:00+07:00",
 *   resultChannel: "direct",
 * });
 * const html = await renderFormHtml(slip, { agencyName: "UBND phường Ba Đình", placeName: "Hà Nội", qr: false });
 * html.includes("Hà Nội, ngày 05 tháng 3 năm 2026"); // => true
 * ```
 * @category Forms
 */
export async function renderFormHtml(form: OneStopFormDocument, options: FormHtmlOptions): Promise<string> {
  const o = checkRenderOptions(options);
  const f = checkForm(form, []);
  if (f.form === "dossierRegister") return registerDocument([f], o);
  const qr = f.form === "appointmentSlip" && o.qr ? await loadQr() : undefined;
  let page: Page;
  switch (f.form) {
    case "appointmentSlip":
      page = appointmentSlip(f.data, o, qr);
      break;
    case "supplementRequest":
      page = supplementRequest(f.data, o);
      break;
    case "intakeRefusalNotice":
      page = intakeRefusalNotice(f.data, o);
      break;
    case "apologyLetter":
      page = apologyLetter(f.data, o, f.ruleSet === "VN-2025");
      break;
    case "stopProcessingNotice":
      page = stopProcessingNotice(f.data, o);
      break;
    default:
      page = processControlSlip(f.data, o);
  }
  const code = "dossierCode" in f.data && f.data.dossierCode !== undefined ? ` — ${f.data.dossierCode}` : "";
  return documentOf(f, page, o, code);
}

type RegisterForm = Extract<OneStopFormDocument, { form: "dossierRegister" }>;

function registerDocument(rows: readonly RegisterForm[], o: CheckedOptions): string {
  const first = rows[0] as RegisterForm;
  const page: Page = {
    landscape: true,
    number: o.documentNumber,
    date: o.date,
    body: registerGrid(
      rows.map((r) => r.data),
      o.lang,
    ),
  };
  return documentOf(first, page, o, "");
}

/**
 * In sổ theo dõi hồ sơ — many rows of the dossier register (Sổ theo dõi hồ sơ: Mẫu 06 of
 * `VN-2018`, Mẫu 07 of `VN-2025`) as one landscape HTML document whose header row repeats on each
 * printed page. Rows are numbered in the order given. Same options and guarantees as
 * {@link renderFormHtml} (no QR code: the register has none, so `lean-qr` is never loaded).
 *
 * @param rows - Register forms (`buildDossierRegisterRow` of `tthc/workflow`), all of one rule set; at least one.
 * @param options - As for {@link renderFormHtml}.
 * @returns The HTML document.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an empty list, a row that is not a register row or rows of two rule sets (path `rows.<i>`); the errors of {@link renderFormHtml}.
 * @see Rules reference: [DOC-1](../../docs/guides/rules.md#doc-1), WF-10
 * @example
 * ```ts
 * import { createFormDocument } from "tthc/workflow";
 * import { renderRegisterHtml } from "tthc/forms-html";
 * const row = createFormDocument("VN-2025", "dossierRegister", {
 *   dossierCode: "000.00.12.H26-260305-0001",
 *   procedureName: "Đăng ký khai sinh",
 *   quantity: 1,
 *   applicantName: "Nguyễn Văn A",
 *   receivedAt: "2026-03-05T08:05:00+07:00",
 *   dueAt: "2026-03-10T17:00:00+07:00",
 * });
 * const html = renderRegisterHtml([row, row], { agencyName: "UBND phường Ba Đình", placeName: "Hà Nội" });
 * html.includes("SỔ THEO DÕI HỒ SƠ"); // => true
 * ```
 * @category Forms
 */
export function renderRegisterHtml(rows: readonly OneStopFormDocument[], options: FormHtmlOptions): string {
  const o = checkRenderOptions(options);
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new TthcError("INVALID_OPTION", "rows must be a non-empty list of register rows", {
      path: ["rows"],
      messageVi: "rows phải là danh sách dòng sổ theo dõi không rỗng",
    });
  }
  const checked = rows.map((row, i) => {
    const f = checkForm(row, ["rows", i]);
    if (f.form !== "dossierRegister" || f.ruleSet !== (rows[0] as OneStopFormDocument).ruleSet) {
      throw new TthcError("INVALID_OPTION", `rows.${i} is not a dossier register row of the first row's rule set`, {
        path: ["rows", i],
        messageVi: `rows.${i} không phải dòng sổ theo dõi hồ sơ cùng bộ quy tắc với dòng đầu`,
      });
    }
    return f;
  });
  return registerDocument(checked, o);
}

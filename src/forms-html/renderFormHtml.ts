/**
 * In biểu mẫu — the one-stop forms as complete, self-contained, printable HTML documents laid out as
 * NĐ 30/2020/NĐ-CP sets an administrative document (rules reference DOC-1 to DOC-11).
 */

import { escapeHtml as esc } from "../_internal/html.js";
import type {
  ApologyLetterData,
  AppointmentSlipData,
  IntakeRefusalNoticeData,
  OneStopFormDocument,
  ProcessControlSlipData,
  StopProcessingNoticeData,
  SupplementRequestData,
} from "../workflow/forms.js";
import { type CheckedOptions, checkForm, checkRenderOptions } from "./_check.js";
import {
  addressee,
  closing,
  documentOf,
  field,
  grid,
  type Lang,
  label,
  type Page,
  short,
  signature,
  t,
  when,
  word,
} from "./_document.js";
import { loadQr, type QrSvgMaker } from "./_qr.js";
import { formatDateInWords } from "./formatDateInWords.js";
import { formatNumberVi } from "./formatNumberVi.js";
import { formatVnd } from "./formatVnd.js";
import { registerDocument } from "./renderRegisterHtml.js";

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

function timeLimitText(limit: AppointmentSlipData["timeLimit"], lang: Lang): string {
  if (limit.unit === "sameDay") return word("sameDay", lang);
  const n = lang === "vi" ? formatNumberVi(limit.value) : String(limit.value);
  return `${n} ${word(limit.unit, lang)}`;
}

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

/**
 * In sổ theo dõi hồ sơ — the dossier register as one landscape document.
 */

import { TthcError } from "../errors.js";
import type { DossierRegisterData, OneStopFormDocument } from "../workflow/forms.js";
import { type CheckedOptions, checkForm, checkRenderOptions } from "./_check.js";
import { documentOf, grid, type Lang, label, type Page, short, t } from "./_document.js";
import type { FormHtmlOptions, renderFormHtml } from "./renderFormHtml.js";

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

type RegisterForm = Extract<OneStopFormDocument, { form: "dossierRegister" }>;

export function registerDocument(rows: readonly RegisterForm[], o: CheckedOptions): string {
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

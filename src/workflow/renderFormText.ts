/**
 * In biểu mẫu — a plain-text rendering of a filled form, in Vietnamese or English.
 */

import { checkChoice, checkObject, mustBe } from "../_internal/checks.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { formatVietnamInstant, toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import type { Label } from "../calendar/index.js";
import type { OneStopFormDocument } from "./forms.js";

/** Field labels of the forms (vi/en), shared with `tthc/forms-html`. */
export const FIELDS: Readonly<Record<string, Label>> = deepFreeze({
  dossierCode: { vi: "Mã hồ sơ", en: "Dossier code" },
  applicantName: { vi: "Tên tổ chức, cá nhân", en: "Applicant" },
  procedureName: { vi: "Nội dung yêu cầu giải quyết", en: "Request" },
  timeLimit: { vi: "Thời hạn giải quyết", en: "Time limit" },
  receivedAt: { vi: "Thời gian nhận hồ sơ", en: "Received at" },
  dueAt: { vi: "Thời gian trả kết quả", en: "Result due at" },
  resultChannel: { vi: "Nhận kết quả tại", en: "Result delivered by" },
  stage: { vi: "Giai đoạn", en: "Stage" },
  letterRef: { vi: "Số", en: "Reference" },
  requestedAt: { vi: "Ngày yêu cầu", en: "Requested at" },
  items: { vi: "Nội dung yêu cầu bổ sung, hoàn thiện", en: "Items to supplement or complete" },
  refusedAt: { vi: "Ngày từ chối", en: "Refused at" },
  reason: { vi: "Lý do", en: "Reason" },
  previousDueAt: { vi: "Hẹn trả kết quả", en: "Appointment" },
  newDueAt: { vi: "Hẹn lại ngày trả kết quả", en: "New appointment" },
  issuedAt: { vi: "Ngày ban hành", en: "Issued at" },
  lateApology: { vi: "Xin lỗi muộn", en: "Late apology" },
  stoppedAt: { vi: "Ngày dừng giải quyết", en: "Stopped at" },
  signer: { vi: "Người ký", en: "Signed by" },
  rows: { vi: "Quá trình giải quyết", en: "Hand-overs" },
  procedureNameRegister: { vi: "Tên thủ tục hành chính", en: "Procedure" },
  quantity: { vi: "Số lượng hồ sơ", en: "Number of dossiers" },
  contact: { vi: "Địa chỉ, số điện thoại", en: "Address, phone" },
  reappointedDueAt: { vi: "Hẹn trả lại", en: "Re-appointed" },
  transferredAt: { vi: "Chuyển đến cơ quan giải quyết", en: "Transferred at" },
  resultReadyAt: { vi: "Nhận kết quả từ cơ quan giải quyết", en: "Result ready at" },
  returnedAt: { vi: "Trả kết quả", en: "Returned at" },
  note: { vi: "Ghi chú", en: "Note" },
});

/** Words for coded values (units, channels, stages, outcomes), shared with `tthc/forms-html`. */
export const WORDS: Readonly<Record<string, Label>> = deepFreeze({
  workingDays: { vi: "ngày làm việc", en: "working days" },
  workingHours: { vi: "giờ làm việc", en: "working hours" },
  calendarDays: { vi: "ngày", en: "calendar days" },
  sameDay: { vi: "trong ngày", en: "same day" },
  direct: { vi: "Bộ phận Một cửa (trực tiếp)", en: "at the desk" },
  postal: { vi: "dịch vụ bưu chính công ích", en: "public postal service" },
  online: { vi: "trực tuyến", en: "online" },
  intake: { vi: "Khi tiếp nhận", en: "At intake" },
  processing: { vi: "Trong quá trình giải quyết", en: "During processing" },
  early: { vi: "Trước hạn", en: "Early" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Quá hạn", en: "Late" },
  true: { vi: "Có", en: "Yes" },
  false: { vi: "Không", en: "No" },
});

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function word(key: string, lang: "vi" | "en"): string {
  return WORDS[key]?.[lang] ?? key;
}

function instant(text: string, lang: "vi" | "en"): string {
  const local = formatVietnamInstant(toVietnamLocal(toInstantMs(text, ["data"])));
  const [y, mo, d, h, mi] = [
    local.slice(0, 4),
    local.slice(5, 7),
    local.slice(8, 10),
    local.slice(11, 13),
    local.slice(14, 16),
  ];
  return lang === "vi" ? `${h} giờ ${mi} phút, ngày ${d}/${mo}/${y}` : `${h}:${mi}, ${d}/${mo}/${y}`;
}

/** Fields whose values are codes to translate, not free text. */
const CODED: ReadonlySet<string> = new Set(["resultChannel", "stage", "outcome"]);

function value(v: unknown, lang: "vi" | "en", key = ""): string {
  if (typeof v === "string") return INSTANT.test(v) ? instant(v, lang) : CODED.has(key) ? word(v, lang) : v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return word(String(v), lang);
  if (typeof v === "object" && v !== null && "unit" in v && "value" in v) {
    const limit = v as { value: number; unit: string };
    return limit.unit === "sameDay" ? word("sameDay", lang) : `${limit.value} ${word(limit.unit, lang)}`;
  }
  return JSON.stringify(v);
}

function row(item: Record<string, unknown>, lang: "vi" | "en"): string {
  if ("handedOverAt" in item) {
    const r = item as Record<string, string>;
    return `${r["name"]} — ${r["unit"]}: ${value(r["startedAt"], lang)} → ${value(r["handedOverAt"], lang)} (${value(r["outcome"], lang, "outcome")})`;
  }
  const s = item as Record<string, string | undefined>;
  return `${s["name"]} — ${s["reason"]}${s["legalBasis"] === undefined ? "" : ` (${s["legalBasis"]})`}`;
}

/**
 * In biểu mẫu — a plain-text rendering of a filled form a host can print or send: the form number
 * and title, then one "label: value" line per field (instants as "08 giờ 05 phút, ngày 30/06/2025"
 * in Vietnam time) and numbered lines for items and hand-overs.
 *
 * @param form - A filled form (from an `issueForm` effect or a `build…` function).
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The text, lines joined by `\n`.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if a date-time field is malformed.
 * @see TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set))
 * @example
 * ```ts
 * import { createFormDocument, renderFormText } from "tthc/workflow";
 * const form = createFormDocument("VN-2025", "intakeRefusalNotice", {
 *   applicantName: "Nguyễn Văn A",
 *   procedureName: "Thủ tục đăng ký khai sinh",
 *   refusedAt: "2025-07-01T09:00:00+07:00",
 *   reason: "Không thuộc thẩm quyền",
 * });
 * renderFormText(form).split("\n")[0]; // => "Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ"
 * renderFormText(form, "en").split("\n")[4]; // => "Refused at: 09:00, 01/07/2025"
 * ```
 * @category Workflow
 */
export function renderFormText(form: OneStopFormDocument, lang: "vi" | "en" = "vi"): string {
  checkChoice(lang, ["vi", "en"] as const, ["lang"]);
  const doc = checkObject(
    form,
    [],
    "INVALID_OPTION",
    undefined,
    "a form from createFormDocument",
    "biểu mẫu từ createFormDocument",
  );
  const title = checkObject(doc["title"], ["title"], "INVALID_OPTION");
  for (const [value, path] of [
    [doc["number"], ["number"]],
    [title["vi"], ["title", "vi"]],
    [title["en"], ["title", "en"]],
  ] as const) {
    if (typeof value !== "string") throw mustBe("INVALID_OPTION", path, "a string", "chuỗi", value);
  }
  checkObject(doc["data"], ["data"], "INVALID_OPTION");
  const head = lang === "vi" ? `Mẫu số ${form.number} — ${form.title.vi}` : `Form ${form.number} — ${form.title.en}`;
  const lines = [head, ""];
  for (const [key, v] of Object.entries(form.data as unknown as Record<string, unknown>)) {
    if (v === undefined) continue;
    const label = (FIELDS[
      form.form === "dossierRegister" && key === "procedureName" ? "procedureNameRegister" : key
    ] ?? {
      vi: key,
      en: key,
    })[lang];
    if (Array.isArray(v)) {
      lines.push(`${label}:`);
      v.forEach((item, i) => {
        lines.push(`  ${i + 1}. ${row(item as Record<string, unknown>, lang)}`);
      });
    } else {
      lines.push(`${label}: ${value(v, lang, key)}`);
    }
  }
  return lines.join("\n");
}

/**
 * Biểu mẫu một cửa — typed data of the one-stop forms of TT 01/2018/TT-VPCP (`VN-2018`, six forms)
 * and TT 03/2025/TT-VPCP (`VN-2025`, seven forms), keyed by type, not number (RULES WF-32).
 */

import { checkChoice, checkObject } from "../_internal/checks.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Label } from "../calendar/index.js";
import { TthcError } from "../errors.js";
import type { Channel, TimeLimit } from "../models/common.js";
import { FormKind, RULE_SETS, RuleSetId } from "../models/ruleSet.js";
import type { SupplementItem } from "./events.js";

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (`appointmentSlip`).
 *
 * @example
 * ```ts
 * import type { AppointmentSlipData } from "tthc/workflow";
 * type Due = AppointmentSlipData["dueAt"]; // string
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 01 (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set), WF-8, CAL-23)
 * @category Workflow
 */
export interface AppointmentSlipData {
  /** Mã hồ sơ. */
  readonly dossierCode: string;
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Nội dung yêu cầu giải quyết — the procedure's name. */
  readonly procedureName: string;
  /** Thời hạn giải quyết. */
  readonly timeLimit: TimeLimit;
  /** Thời gian nhận hồ sơ. */
  readonly receivedAt: string;
  /** Thời gian trả kết quả (hẹn). */
  readonly dueAt: string;
  /** Nơi / kênh trả kết quả. */
  readonly resultChannel: Channel;
}

/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (`supplementRequest`).
 *
 * @example
 * ```ts
 * import type { SupplementRequestData } from "tthc/workflow";
 * type Stage = SupplementRequestData["stage"]; // "intake" | "processing"
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 02 (RULES WF-7, WF-9, WF-15)
 * @category Workflow
 */
export interface SupplementRequestData {
  /** Mã hồ sơ, once received. */
  readonly dossierCode?: string;
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Tên thủ tục. */
  readonly procedureName: string;
  /** At intake or during processing. */
  readonly stage: "intake" | "processing";
  /** Số phiếu. */
  readonly letterRef?: string;
  /** Ngày yêu cầu. */
  readonly requestedAt: string;
  /** Nội dung cần bổ sung, each with a reason. */
  readonly items: readonly SupplementItem[];
}

/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (`intakeRefusalNotice`).
 *
 * @example
 * ```ts
 * import type { IntakeRefusalNoticeData } from "tthc/workflow";
 * type Why = IntakeRefusalNoticeData["reason"]; // string
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 03 (RULES WF-6)
 * @category Workflow
 */
export interface IntakeRefusalNoticeData {
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Tên thủ tục. */
  readonly procedureName: string;
  /** Ngày từ chối. */
  readonly refusedAt: string;
  /** Lý do. */
  readonly reason: string;
}

/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (`VN-2018`) / Văn bản xin lỗi và đề nghị gia
 * hạn thời gian giải quyết (`VN-2025`) (`apologyLetter`).
 *
 * @example
 * ```ts
 * import type { ApologyLetterData } from "tthc/workflow";
 * type Late = ApologyLetterData["lateApology"]; // boolean
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 04; TT 03/2025/TT-VPCP Mẫu 04 (RULES DL-11 to DL-14, WF-18, WF-20)
 * @category Workflow
 */
export interface ApologyLetterData {
  /** Mã hồ sơ. */
  readonly dossierCode: string;
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Tên thủ tục. */
  readonly procedureName: string;
  /** Số văn bản. */
  readonly letterRef: string;
  /** Ngày tiếp nhận. */
  readonly receivedAt: string;
  /** Ngày hẹn trả (before re-appointment). */
  readonly previousDueAt: string;
  /** Lý do chậm. */
  readonly reason: string;
  /** Ngày hẹn lại. */
  readonly newDueAt: string;
  /** Ngày xin lỗi. */
  readonly issuedAt: string;
  /** Issued later than the lead time before the due date (DL-13). */
  readonly lateApology: boolean;
}

/**
 * Mẫu 05 (`VN-2025`) — Thông báo dừng giải quyết hồ sơ (`stopProcessingNotice`). Minimum fields of
 * RULES WF-33: dossier code, applicant, reason, date, agency and signer.
 *
 * @example
 * ```ts
 * import type { StopProcessingNoticeData } from "tthc/workflow";
 * type Why = StopProcessingNoticeData["reason"]; // string
 * ```
 * @see TT 03/2025/TT-VPCP Mẫu 05 (RULES WF-25, WF-33; UNCONFIRMED)
 * @category Workflow
 */
export interface StopProcessingNoticeData {
  /** Mã hồ sơ. */
  readonly dossierCode: string;
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Tên thủ tục. */
  readonly procedureName: string;
  /** Lý do. */
  readonly reason: string;
  /** Ngày dừng. */
  readonly stoppedAt: string;
  /** Người ký (actor id). */
  readonly signer: string;
}

/**
 * Một dòng của phiếu kiểm soát — a hand-over with its step quota and outcome (RULES WF-13).
 *
 * @example
 * ```ts
 * import type { ProcessControlRow } from "tthc/workflow";
 * type Outcome = ProcessControlRow["outcome"]; // "early" | "onTime" | "late"
 * ```
 * @category Workflow
 */
export interface ProcessControlRow {
  /** Thứ tự bước. */
  readonly order: number;
  /** Nội dung công việc. */
  readonly name: string;
  /** Đơn vị / cơ quan. */
  readonly unit: string;
  /** Thời gian nhận. */
  readonly startedAt: string;
  /** Thời gian giao. */
  readonly handedOverAt: string;
  /** Hạn của bước (start + quota). */
  readonly stepDueAt: string;
  /** Trước hạn / Đúng hạn / Quá hạn. */
  readonly outcome: Timeliness;
  /** Người giao (actor id). */
  readonly by: string;
}

/**
 * Mẫu 05 (`VN-2018`) / Mẫu 06 (`VN-2025`) — Phiếu kiểm soát quá trình giải quyết hồ sơ (`processControlSlip`).
 *
 * @example
 * ```ts
 * import type { ProcessControlSlipData } from "tthc/workflow";
 * type Rows = ProcessControlSlipData["rows"]; // readonly ProcessControlRow[]
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 05; TT 03/2025/TT-VPCP Mẫu 06 (RULES WF-13, WF-32)
 * @category Workflow
 */
export interface ProcessControlSlipData {
  /** Mã hồ sơ. */
  readonly dossierCode: string;
  /** Người nộp hồ sơ. */
  readonly applicantName: string;
  /** Ngày hẹn trả kết quả. */
  readonly dueAt: string;
  /** The hand-overs. */
  readonly rows: readonly ProcessControlRow[];
}

/**
 * Mẫu 06 (`VN-2018`) / Mẫu 07 (`VN-2025`) — one row of the Sổ theo dõi hồ sơ (`dossierRegister`).
 *
 * @example
 * ```ts
 * import type { DossierRegisterData } from "tthc/workflow";
 * type Code = DossierRegisterData["dossierCode"]; // string
 * ```
 * @see TT 01/2018/TT-VPCP Mẫu 06 (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set); columns UNCONFIRMED)
 * @category Workflow
 */
export interface DossierRegisterData {
  /** Mã hồ sơ. */
  readonly dossierCode: string;
  /** Tên TTHC. */
  readonly procedureName: string;
  /** Số lượng hồ sơ. */
  readonly quantity: number;
  /** Tên tổ chức, cá nhân. */
  readonly applicantName: string;
  /** Địa chỉ, số điện thoại. */
  readonly contact?: string;
  /** Nhận hồ sơ. */
  readonly receivedAt: string;
  /** Hẹn trả (the first appointment). */
  readonly dueAt: string;
  /** Hẹn lại, if re-appointed. */
  readonly reappointedDueAt?: string;
  /** Chuyển đến cơ quan giải quyết. */
  readonly transferredAt?: string;
  /** Nhận kết quả từ cơ quan. */
  readonly resultReadyAt?: string;
  /** Trả kết quả. */
  readonly returnedAt?: string;
  /** Ghi chú (state label). */
  readonly note?: string;
}

/**
 * Kết quả đúng hạn — trước hạn (`early`), đúng hạn (`onTime`) or quá hạn (`late`).
 *
 * @example
 * ```ts
 * import type { Timeliness } from "tthc/workflow";
 * const outcome: Timeliness = "onTime";
 * ```
 * @see RULES REP-5, WF-13
 * @category Workflow
 */
export type Timeliness = "early" | "onTime" | "late";

/**
 * Dữ liệu biểu mẫu — the data each form kind carries, keyed by form kind (WF-32).
 *
 * @example
 * ```ts
 * import type { FormDataByKind } from "tthc/workflow";
 * type SlipData = FormDataByKind["appointmentSlip"];
 * ```
 * @category Workflow
 */
export interface FormDataByKind {
  readonly appointmentSlip: AppointmentSlipData;
  readonly supplementRequest: SupplementRequestData;
  readonly intakeRefusalNotice: IntakeRefusalNoticeData;
  readonly apologyLetter: ApologyLetterData;
  readonly stopProcessingNotice: StopProcessingNoticeData;
  readonly processControlSlip: ProcessControlSlipData;
  readonly dossierRegister: DossierRegisterData;
}

/**
 * Biểu mẫu — a filled form: its type, the rule set that chose it, its number under that rule set,
 * vi/en titles and typed data. The host renders or prints it ({@link renderFormText}).
 *
 * @example
 * ```ts
 * import type { OneStopFormDocument } from "tthc/workflow";
 * type Kind = OneStopFormDocument["form"]; // FormKind
 * ```
 * @see TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set), WF-32)
 * @category Workflow
 */
export type OneStopFormDocument = {
  [K in FormKind]: {
    /** Loại biểu mẫu. */
    readonly form: K;
    /** Bộ quy tắc the form belongs to. */
    readonly ruleSet: RuleSetId;
    /** Số mẫu under that rule set ("01"…). */
    readonly number: string;
    /** Tên mẫu. */
    readonly title: Label;
    /** Nội dung. */
    readonly data: FormDataByKind[K];
  };
}[FormKind];

const TITLES_EN: Readonly<Record<FormKind, string>> = deepFreeze({
  appointmentSlip: "Receipt and appointment slip",
  supplementRequest: "Request to supplement and complete the dossier",
  intakeRefusalNotice: "Notice of refusal to accept the dossier",
  apologyLetter: "Apology and re-appointment letter",
  stopProcessingNotice: "Notice of stopping the processing of the dossier",
  processControlSlip: "Process-control slip",
  dossierRegister: "Dossier register",
});

const TITLES_EN_2025: Readonly<Partial<Record<FormKind, string>>> = deepFreeze({
  apologyLetter: "Apology and request to extend the time limit",
});

/** The choices, read once (a zod enum builds its `options` array on each read). */
const RULE_SET_IDS = RuleSetId.options;
const FORM_KINDS = FormKind.options;

/**
 * Điền biểu mẫu — wraps form data with the number and titles the rule set gives its type.
 *
 * @param ruleSet - The dossier's rule set.
 * @param form - Form type.
 * @param data - Typed data of that form.
 * @returns The {@link OneStopFormDocument}.
 * @throws {@link tthc!TthcError} `TRANSITION_NOT_ALLOWED` if the rule set has no such form (a stop notice under `VN-2018`).
 * @see RULES WF-32 (forms keyed by type)
 * @example
 * ```ts
 * import { createFormDocument } from "tthc/workflow";
 * const data = { dossierCode: "000.00.12.H26-250701-0001", applicantName: "Nguyễn Văn A", procedureName: "Thủ tục đăng ký khai sinh", dueAt: "2025-07-01T17:00:00+07:00", rows: [] };
 * createFormDocument("VN-2018", "processControlSlip", data).number; // => "05"
 * createFormDocument("VN-2025", "processControlSlip", data).number; // => "06"
 * ```
 * @category Workflow
 */
export function createFormDocument<K extends FormKind>(
  ruleSet: RuleSetId,
  form: K,
  data: FormDataByKind[K],
): Extract<OneStopFormDocument, { form: K }> {
  checkChoice(ruleSet, RULE_SET_IDS, ["ruleSet"]);
  checkChoice(form, FORM_KINDS, ["form"]);
  checkObject(data, ["data"], "INVALID_OPTION");
  const entry = RULE_SETS[ruleSet].forms.find((f) => f.kind === form);
  if (entry === undefined) {
    throw new TthcError("TRANSITION_NOT_ALLOWED", `rule set ${ruleSet} has no form '${form}'`, {
      path: ["form"],
      messageVi: `bộ quy tắc ${ruleSet} không có biểu mẫu '${form}'`,
    });
  }
  const en = (ruleSet === "VN-2025" ? TITLES_EN_2025[form] : undefined) ?? TITLES_EN[form];
  return { form, ruleSet, number: entry.number, title: { vi: entry.name, en }, data } as unknown as Extract<
    OneStopFormDocument,
    { form: K }
  >;
}

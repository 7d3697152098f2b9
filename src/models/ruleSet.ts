/**
 * Rule sets by effective date: the one-stop rules of NĐ 61/2018 (`VN-2018`) and NĐ 118/2025
 * (`VN-2025`), as data with their sources.
 */
import * as z from "zod";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { IsoDate, LegalBasis, Source, TimeLimit } from "./common.js";

/**
 * Bộ quy tắc — the id of a rule set: `VN-2018` (received before 1/7/2025) or `VN-2025`.
 *
 * @example
 * ```ts
 * import { RuleSetId } from "tthc/models";
 * RuleSetId.options; // => ["VN-2018", "VN-2025"]
 * ```
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP (RULES LAW-1, LAW-2)
 * @category Models
 */
export const RuleSetId = z.enum(["VN-2018", "VN-2025"]);
/**
 * Bộ quy tắc — `'VN-2018' | 'VN-2025'`; see {@link RuleSetId}.
 * @category Models
 */
export type RuleSetId = z.infer<typeof RuleSetId>;

/**
 * Loại biểu mẫu — the one-stop forms by type (numbers change between rule sets, RULES WF-32).
 *
 * @example
 * ```ts
 * import { FormKind } from "tthc/models";
 * FormKind.options.includes("apologyLetter"); // => true
 * ```
 * @see TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set))
 * @category Models
 */
export const FormKind = z.enum([
  "appointmentSlip",
  "supplementRequest",
  "intakeRefusalNotice",
  "apologyLetter",
  "stopProcessingNotice",
  "processControlSlip",
  "dossierRegister",
]);
/**
 * Loại biểu mẫu — see {@link FormKind}.
 * @category Models
 */
export type FormKind = z.infer<typeof FormKind>;

/**
 * Biểu mẫu — one form of a rule set: its type, number (Mẫu 01…) and Vietnamese name.
 *
 * @example
 * ```ts
 * import { OneStopForm } from "tthc/models";
 * OneStopForm.parse({ kind: "appointmentSlip", number: "01", name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" }).number; // => "01"
 * ```
 * @see TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (rules reference: [forms by rule set](../../docs/guides/rules.md#forms-by-rule-set))
 * @category Models
 */
export const OneStopForm = z.strictObject({
  /** Loại — form type. */
  kind: FormKind,
  /** Mẫu số — form number, `"01"`…`"07"`. */
  number: z.string().regex(/^\d{2}$/),
  /** Tên — Vietnamese name as issued. */
  name: z.string().min(1),
});
/**
 * Biểu mẫu — see {@link OneStopForm}.
 * @category Models
 */
export type OneStopForm = z.infer<typeof OneStopForm>;

/**
 * Bộ quy tắc một cửa — the parameters that differ between `VN-2018` and `VN-2025`, each rule set
 * with its period, legal bases and sources. `effectiveTo` is exclusive: the first day it no longer
 * applies.
 *
 * @example
 * ```ts
 * import { RULE_SETS, RuleSet } from "tthc/models";
 * RuleSet.safeParse(RULE_SETS["VN-2025"]).success; // => true
 * ```
 * @see RULES LAW-1 to LAW-8, DL-9, DL-12, DL-13, WF-25
 * @category Models
 */
export const RuleSet = z.strictObject({
  /** Id, see {@link RuleSetId}. */
  id: RuleSetId,
  /** What it is, in Vietnamese. */
  name: z.string().min(1),
  /** Có hiệu lực từ — first day (Asia/Ho_Chi_Minh) it governs receipts. */
  effectiveFrom: IsoDate,
  /** First day it no longer governs receipts (exclusive); absent while in force. */
  effectiveTo: IsoDate.optional(),
  /** Căn cứ pháp lý — decrees and circulars. */
  legalBases: z.array(LegalBasis).min(1),
  /** Biểu mẫu — the forms by type. */
  forms: z.array(OneStopForm).min(1),
  /** Whether processing may be stopped (dừng giải quyết) with a notice (RULES WF-25). */
  stopProcessingAllowed: z.boolean(),
  /** Số lần hẹn lại tối đa — re-appointments allowed (RULES DL-12). */
  maxReappointments: z.number().int().nonnegative(),
  /** Số lần yêu cầu bổ sung tối đa — default per stage, procedures may override (RULES DL-9). */
  maxSupplementRequests: z.number().int().nonnegative(),
  /** How long before the due date the apology must go out (RULES DL-11, DL-13). */
  apologyLeadTime: TimeLimit,
  /** Where the values come from. */
  sources: z.array(Source).min(1),
  /** Values that are defaults, not verified law (status unconfirmed in the rules reference). */
  unconfirmed: z.array(z.string().min(1)),
});
/**
 * Bộ quy tắc một cửa — see {@link RuleSet}.
 * @category Models
 */
export type RuleSet = z.infer<typeof RuleSet>;

const date = (text: string): IsoDate => text as IsoDate;

/**
 * Các bộ quy tắc — the rule sets, keyed by id; deep-frozen data. A dossier binds to the set in force
 * on its receipt date and keeps it (RULES LAW-8).
 *
 * @remarks Whether NĐ 118/2025 keeps the 2018 numbers (one supplement request, one re-appointment,
 * apology one day before) is UNCONFIRMED (LAW-7): `VN-2025` carries the same numbers by default. The
 * TT 03/2025 form list is UNCONFIRMED (LAW-6); the effective date of NĐ 367/2025 is not verified (LAW-5).
 * @see NĐ 61/2018/NĐ-CP; NĐ 107/2021/NĐ-CP; TT 01/2018/TT-VPCP; NĐ 118/2025/NĐ-CP; TT 03/2025/TT-VPCP (RULES LAW-1 to LAW-7)
 * @example
 * ```ts
 * import { RULE_SETS } from "tthc/models";
 * RULE_SETS["VN-2018"].effectiveTo; // => "2025-07-01"
 * RULE_SETS["VN-2025"].stopProcessingAllowed; // => true
 * RULE_SETS["VN-2018"].maxReappointments; // => 1
 * ```
 * @category Models
 */
export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = deepFreeze({
  "VN-2018": {
    id: "VN-2018",
    name: "Cơ chế một cửa, một cửa liên thông theo Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)",
    effectiveFrom: date("2018-06-21"),
    effectiveTo: date("2025-07-01"),
    legalBases: [
      {
        document: "61/2018/NĐ-CP",
        title: "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        issuedOn: date("2018-04-23"),
        note: "In force 21/6/2018 (RULES LAW-1).",
      },
      {
        document: "107/2021/NĐ-CP",
        title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định 61/2018/NĐ-CP",
        issuedOn: date("2021-12-06"),
      },
      {
        document: "01/2018/TT-VPCP",
        title: "Thông tư hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP",
        issuedOn: date("2018-11-23"),
        articles: ["Điều 19"],
      },
    ],
    forms: [
      { kind: "appointmentSlip", number: "01", name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" },
      { kind: "supplementRequest", number: "02", name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" },
      { kind: "intakeRefusalNotice", number: "03", name: "Phiếu từ chối tiếp nhận giải quyết hồ sơ" },
      { kind: "apologyLetter", number: "04", name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" },
      { kind: "processControlSlip", number: "05", name: "Phiếu kiểm soát quá trình giải quyết hồ sơ" },
      { kind: "dossierRegister", number: "06", name: "Sổ theo dõi hồ sơ" },
    ],
    stopProcessingAllowed: false,
    maxReappointments: 1,
    maxSupplementRequests: 1,
    apologyLeadTime: { value: 1, unit: "workingDays" },
    sources: [
      {
        title:
          "tthc rules reference, LAW-1 and forms by rule set (NĐ 61/2018/NĐ-CP; NĐ 107/2021/NĐ-CP; TT 01/2018/TT-VPCP)",
      },
      {
        title: "Báo Vĩnh Long: chậm giải quyết thủ tục hành chính phải xin lỗi dân (NĐ 61/2018)",
        url: "http://baovinhlong.com.vn/chu-truong-chinh-sach-moi/201806/cham-giai-quyet-thu-tuc-hanh-chinh-phai-xin-loi-dan-2897032/",
      },
    ],
    unconfirmed: [
      "maxSupplementRequests: once at intake is sourced; once during appraisal is not verified (RULES DL-9)",
      "apologyLeadTime: 'one day before' read as one working day (RULES DL-13)",
      "articles of NĐ 61/2018 for the apology and re-appointment rules not verified (RULES DL-11, DL-12)",
    ],
  },
  "VN-2025": {
    id: "VN-2025",
    name: "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông theo Nghị định 118/2025/NĐ-CP",
    effectiveFrom: date("2025-07-01"),
    legalBases: [
      {
        document: "118/2025/NĐ-CP",
        title:
          "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
        issuedOn: date("2025-06-09"),
      },
      {
        document: "03/2025/TT-VPCP",
        title: "Thông tư của Văn phòng Chính phủ (biểu mẫu, mã hồ sơ, mã lĩnh vực)",
        note: "Form list UNCONFIRMED (RULES LAW-6; tthc rules reference, forms by rule set); issue date not verified.",
      },
      {
        document: "367/2025/NĐ-CP",
        title: "Nghị định sửa đổi Nghị định 118/2025/NĐ-CP",
        note: "Effective date not verified (RULES LAW-5).",
      },
    ],
    forms: [
      { kind: "appointmentSlip", number: "01", name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" },
      { kind: "supplementRequest", number: "02", name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" },
      { kind: "intakeRefusalNotice", number: "03", name: "Phiếu từ chối tiếp nhận giải quyết hồ sơ" },
      {
        kind: "apologyLetter",
        number: "04",
        name: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
      },
      { kind: "stopProcessingNotice", number: "05", name: "Thông báo dừng giải quyết hồ sơ" },
      { kind: "processControlSlip", number: "06", name: "Phiếu kiểm soát quá trình giải quyết hồ sơ" },
      { kind: "dossierRegister", number: "07", name: "Sổ theo dõi hồ sơ" },
    ],
    stopProcessingAllowed: true,
    maxReappointments: 1,
    maxSupplementRequests: 1,
    apologyLeadTime: { value: 1, unit: "workingDays" },
    sources: [
      {
        title:
          "tthc rules reference, LAW-2, LAW-6, LAW-7, WF-25 and forms by rule set (NĐ 118/2025/NĐ-CP; TT 03/2025/TT-VPCP)",
      },
      {
        title: "Hệ thống pháp luật: Nghị định 118/2025/NĐ-CP",
        url: "https://www.hethongphapluat.vn/nghi-dinh-118-2025-nd-cp-thuc-hien-thu-tuc-hanh-chinh-theo-co-che-mot-cua-mot-cua-lien-thong-tai-bo-phan-mot-cua-va-cong-dich-vu-cong-quoc-gia.html",
      },
    ],
    unconfirmed: [
      "maxReappointments, maxSupplementRequests and apologyLeadTime kept from VN-2018 (RULES LAW-7)",
      "TT 03/2025/TT-VPCP form list and numbers (RULES LAW-6, WF-32)",
      "triggers of stop processing (RULES WF-25)",
    ],
  },
} satisfies Record<RuleSetId, RuleSet>);

/**
 * Phương pháp đo lường SIPAS — the questionnaires as data (elements and criteria per method version).
 */
import { deepFreeze } from "../_internal/deepFreeze.js";

/**
 * Tiêu chí — one SIPAS criterion: a satisfaction item answered on the 5-point scale.
 *
 * @example
 * ```ts
 * import type { SipasCriterion } from "tthc/indices";
 * const c: SipasCriterion = { id: "access.1", textVi: "Biển hiệu rõ ràng", textEn: "Clear signage", status: "SOURCED" };
 * ```
 * @category Indices
 */
export interface SipasCriterion {
  /** Stable id `<element>.<n>`, also the column name of a response CSV. */
  readonly id: string;
  /** Wording in Vietnamese (as summarised by the sources). */
  readonly textVi: string;
  /** English gloss. */
  readonly textEn: string;
  /** Whether a source states the criterion (`SOURCED`) or it is the expected wording (`UNCONFIRMED`). */
  readonly status: "SOURCED" | "UNCONFIRMED";
}

/**
 * Yếu tố — one SIPAS element with its criteria.
 *
 * @example
 * ```ts
 * import { SIPAS_QD_2640 } from "tthc/indices";
 * SIPAS_QD_2640.elements[0]?.nameVi; // => "Tiếp cận dịch vụ hành chính công"
 * ```
 * @category Indices
 */
export interface SipasElement {
  /** `access`, `procedure`, `civilServant`, `result`, `feedback` in the shipped methods. */
  readonly code: string;
  /** Tên yếu tố. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** Tiêu chí. */
  readonly criteria: readonly SipasCriterion[];
}

/**
 * Phương pháp SIPAS — a method version: its legal basis, elements and criteria, answer scale and
 * the answers that count as satisfied.
 *
 * @example
 * ```ts
 * import { SIPAS_QD_2640 } from "tthc/indices";
 * SIPAS_QD_2640.satisfiedAnswers; // => [4, 5]
 * ```
 * @category Indices
 */
export interface SipasMethod {
  /** Method id, e.g. `"qd2640-2017"`. */
  readonly id: string;
  /** Legal instrument that sets the method. */
  readonly legalBasis: string;
  /** Years the method covers, as the instrument says (`"2017–2020"`). */
  readonly period: string;
  /** The five elements (yếu tố). */
  readonly elements: readonly SipasElement[];
  /** Lowest and highest answer on the satisfaction scale. */
  readonly scale: { readonly min: number; readonly max: number };
  /** Answers counted as satisfied (hài lòng). */
  readonly satisfiedAnswers: readonly number[];
}

const c = (id: string, textVi: string, textEn: string, status: SipasCriterion["status"]): SipasCriterion => ({
  id,
  textVi,
  textEn,
  status,
});

const ELEMENTS: readonly SipasElement[] = [
  {
    code: "access",
    nameVi: "Tiếp cận dịch vụ hành chính công",
    nameEn: "Access to public administrative services",
    criteria: [
      c(
        "access.1",
        "Nơi tiếp nhận, trả kết quả có biển hiệu, chỉ dẫn rõ ràng",
        "Clear signage at the one-stop desk",
        "SOURCED",
      ),
      c("access.2", "Có đủ chỗ ngồi, bàn ghi chép", "Enough seats, desks and writing tables", "SOURCED"),
      c("access.3", "Trang thiết bị đầy đủ, hiện đại, dễ sử dụng", "Adequate equipment in good condition", "SOURCED"),
    ],
  },
  {
    code: "procedure",
    nameVi: "Thủ tục hành chính",
    nameEn: "Administrative procedure",
    criteria: [
      c("procedure.1", "Thủ tục hành chính được niêm yết công khai", "The procedure is posted publicly", "UNCONFIRMED"),
      c("procedure.2", "Thành phần hồ sơ đúng quy định", "Dossier components as regulated", "UNCONFIRMED"),
      c("procedure.3", "Phí, lệ phí đúng quy định", "Fees and charges as regulated", "UNCONFIRMED"),
      c("procedure.4", "Thời hạn giải quyết đúng quy định", "Time limit as regulated", "UNCONFIRMED"),
    ],
  },
  {
    code: "civilServant",
    nameVi: "Công chức trực tiếp giải quyết công việc",
    nameEn: "Civil servants handling the case",
    criteria: [
      c("civilServant.1", "Có thái độ giao tiếp lịch sự", "Polite", "UNCONFIRMED"),
      c("civilServant.2", "Chú ý lắng nghe ý kiến", "Listens", "UNCONFIRMED"),
      c("civilServant.3", "Trả lời, giải thích đầy đủ, rõ ràng", "Full, clear answers", "UNCONFIRMED"),
      c("civilServant.4", "Hướng dẫn tận tình, chu đáo", "Helpful guidance", "UNCONFIRMED"),
      c("civilServant.5", "Tuân thủ đúng quy định", "Follows the rules", "UNCONFIRMED"),
    ],
  },
  {
    code: "result",
    nameVi: "Kết quả cung ứng dịch vụ hành chính công",
    nameEn: "Result of the service",
    criteria: [
      c("result.1", "Kết quả đúng quy định", "Lawful result", "UNCONFIRMED"),
      c("result.2", "Kết quả có thông tin đầy đủ, chính xác", "Accurate, complete information", "UNCONFIRMED"),
      c("result.3", "Nhận kết quả đúng hạn", "Result on time", "UNCONFIRMED"),
    ],
  },
  {
    code: "feedback",
    nameVi: "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị",
    nameEn: "Handling of comments, complaints and petitions",
    criteria: [
      c("feedback.1", "Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị", "Channels provided", "UNCONFIRMED"),
      c("feedback.2", "Dễ dàng thực hiện góp ý, phản ánh, kiến nghị", "Easy to use", "UNCONFIRMED"),
      c("feedback.3", "Được tiếp nhận, xử lý, phản hồi kịp thời", "Handled and answered promptly", "UNCONFIRMED"),
    ],
  },
];

/**
 * SIPAS theo QĐ 2640/QĐ-BNV (10/10/2017) — five elements, 18 satisfaction criteria on a 5-point
 * scale, satisfied = {4, 5}.
 *
 * @remarks Only the three access criteria and the count of four procedure criteria are sourced
 * (SIP-2); the other wordings are the expected ones (UNCONFIRMED), and so is the scale (SIP-3).
 * Pass your own {@link SipasMethod} where your questionnaire differs. Deep-frozen.
 * @see QĐ 2640/QĐ-BNV (2017); RULES SIP-1 to SIP-3
 * @example
 * ```ts
 * import { SIPAS_QD_2640 } from "tthc/indices";
 * SIPAS_QD_2640.elements.map((e) => e.criteria.length); // => [3, 4, 5, 3, 3]
 * ```
 * @category Indices
 */
export const SIPAS_QD_2640: SipasMethod = deepFreeze({
  id: "qd2640-2017",
  legalBasis: "QĐ 2640/QĐ-BNV (10/10/2017)",
  period: "2017–2020",
  elements: ELEMENTS,
  scale: { min: 1, max: 5 },
  satisfiedAnswers: [4, 5],
});

/**
 * SIPAS theo QĐ 1001/QĐ-BNV (2023) — the method "giai đoạn 2023–2026", shipped as a variant with
 * the same five elements and criteria as {@link SIPAS_QD_2640}.
 *
 * @remarks The sources name the 2023 method and its five elements but not a changed criteria list,
 * so the criteria are those of QĐ 2640 (UNCONFIRMED). Copy and edit it (`{ ...SIPAS_QD_1001,
 * elements: [...] }`) to follow your survey form. Deep-frozen.
 * @see QĐ 1001/QĐ-BNV (2023); RULES SIP-1, SIP-2
 * @example
 * ```ts
 * import { SIPAS_QD_1001 } from "tthc/indices";
 * SIPAS_QD_1001.id; // => "qd1001-2023"
 * ```
 * @category Indices
 */
export const SIPAS_QD_1001: SipasMethod = deepFreeze({
  id: "qd1001-2023",
  legalBasis: "QĐ 1001/QĐ-BNV (2023)",
  period: "2023–2026",
  elements: ELEMENTS,
  scale: { min: 1, max: 5 },
  satisfiedAnswers: [4, 5],
});

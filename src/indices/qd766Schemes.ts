/**
 * Bộ chỉ số QĐ 766/QĐ-TTg — indicators, group weights and bands as data (RULES SVC-1 to SVC-9).
 */
import { deepFreeze } from "../_internal/deepFreeze.js";

/**
 * Chỉ số thành phần — one QĐ 766 indicator: its maximum score and target.
 *
 * @example
 * ```ts
 * import type { ServiceIndicator } from "tthc/indices";
 * const i: ServiceIndicator = { id: "2.1", nameVi: "Giải quyết trước hạn, đúng hạn", nameEn: "Processed early or on time", max: 20, target: null };
 * ```
 * @category Indices
 */
export interface ServiceIndicator {
  /** Number on the portal's formula sheet (`"2.1"`, `"4.5a"`…). */
  readonly id: string;
  /** Tên chỉ số. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** Điểm tối đa. */
  readonly max: number;
  /** Chỉ tiêu in percent; `null` = none (score = ratio × max, SVC-5). */
  readonly target: number | null;
}

/**
 * Nhóm chỉ số — a group of indicators with its maximum (weight).
 *
 * @example
 * ```ts
 * import { QD766_PORTAL } from "tthc/indices";
 * QD766_PORTAL.groups.map((g) => g.max); // => [18, 20, 12, 10, 22, 18]
 * ```
 * @category Indices
 */
export interface ServiceIndexGroup {
  /** Group code (`CKMB`, `TDGQ`…). */
  readonly code: string;
  /** Tên nhóm. */
  readonly nameVi: string;
  /** Group maximum; the indicator scores of the group are scaled to it. */
  readonly max: number;
  /** Indicator ids of the group. */
  readonly indicators: readonly string[];
}

/**
 * Xếp loại — a band: the lowest total (inclusive) that earns it.
 *
 * @example
 * ```ts
 * import { SERVICE_INDEX_BANDS } from "tthc/indices";
 * SERVICE_INDEX_BANDS[0]; // => { min: 90, nameVi: "Xuất sắc", nameEn: "Excellent" }
 * ```
 * @category Indices
 */
export interface ServiceBand {
  /** Lowest total for the band (inclusive). */
  readonly min: number;
  /** Tên xếp loại. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
}

/**
 * Bộ chỉ số — a scheme: indicators, groups and bands.
 *
 * @example
 * ```ts
 * import { QD766_DECISION } from "tthc/indices";
 * QD766_DECISION.groups.length; // => 5
 * ```
 * @category Indices
 */
export interface ServiceIndexScheme {
  /** Scheme id (`"qd766-portal"`, `"qd766-decision"`). */
  readonly id: string;
  /** Indicators (score sources). */
  readonly indicators: readonly ServiceIndicator[];
  /** Groups with their maxima. */
  readonly groups: readonly ServiceIndexGroup[];
  /** Bands, highest first. */
  readonly bands: readonly ServiceBand[];
}

/**
 * Xếp loại mặc định — Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu below.
 *
 * @remarks The names come from a dashboard, which also draws a "Ngưỡng Tốt (80 điểm)" line; the
 * other thresholds are not verified (SVC-9, UNCONFIRMED). Deep-frozen.
 * @see RULES SVC-9
 * @example
 * ```ts
 * import { SERVICE_INDEX_BANDS } from "tthc/indices";
 * SERVICE_INDEX_BANDS.map((b) => b.min); // => [90, 80, 70, 50, 0]
 * ```
 * @category Indices
 */
export const SERVICE_INDEX_BANDS: readonly ServiceBand[] = deepFreeze([
  { min: 90, nameVi: "Xuất sắc", nameEn: "Excellent" },
  { min: 80, nameVi: "Tốt", nameEn: "Good" },
  { min: 70, nameVi: "Khá", nameEn: "Fair" },
  { min: 50, nameVi: "Trung bình", nameEn: "Average" },
  { min: 0, nameVi: "Yếu", nameEn: "Weak" },
]);

const i = (id: string, nameVi: string, nameEn: string, max: number, target: number | null): ServiceIndicator => ({
  id,
  nameVi,
  nameEn,
  max,
  target,
});

const INDICATORS: readonly ServiceIndicator[] = [
  i("1.1", "TTHC được công bố đúng hạn", "Procedures published on time", 6, null),
  i("1.2", "TTHC được cập nhật, công khai đúng hạn trên CSDL", "Procedures disclosed on time in the database", 4, null),
  i("1.3", "TTHC có đầy đủ các bộ phận cấu thành", "Procedures with all parts", 2, null),
  i("1.4", "Hồ sơ được đồng bộ lên Cổng DVCQG", "Dossiers synced to the national portal", 6, null),
  i("2.1", "Hồ sơ giải quyết trước hạn, đúng hạn", "Dossiers processed early or on time", 20, null),
  i("3.1", "TTHC cung cấp dịch vụ trực tuyến", "Procedures offered online", 4, 80),
  i("3.2", "Dịch vụ trực tuyến có phát sinh hồ sơ", "Online services with dossiers", 4, null),
  i("3.3", "Hồ sơ trực tuyến", "Online dossiers", 4, 50),
  i("3.5", "TTHC có phí, lệ phí cung cấp thanh toán trực tuyến", "Fee-bearing procedures payable online", 2, 80),
  i("3.5b", "TTHC có giao dịch thanh toán trực tuyến", "Procedures with online payments", 2, null),
  i("3.6", "Hồ sơ thanh toán trực tuyến", "Dossiers paid online", 6, null),
  i("4.1", "Hồ sơ cấp kết quả điện tử", "Electronic results", 6, null),
  i("4.2", "Hồ sơ được số hóa", "Digitised dossiers", 4, 80),
  i("4.2b", "Cấp bản sao điện tử từ bản chính", "Electronic certified copies from originals", 2, null),
  i("4.3", "Tái sử dụng dữ liệu số hóa", "Reuse of digitised data", 2, 80),
  i("4.4", "Hồ sơ số hóa liên kết kho dữ liệu công dân", "Digitised dossiers linked to the citizen's store", 4, null),
  i("4.5a", "TTHC khai thác dữ liệu dân cư", "Procedures using population data", 2, null),
  i("4.5b", "Hồ sơ khai thác dữ liệu dân cư", "Dossiers using population data", 2, null),
  i("5.2", "Phản ánh, kiến nghị xử lý đúng hạn", "Complaints handled on time", 6, null),
  i("5.3", "Hài lòng về xử lý phản ánh, kiến nghị", "Satisfaction with complaint handling", 6, null),
  i("5.4", "Hài lòng về tiếp nhận, giải quyết TTHC", "Satisfaction with receipt and resolution", 6, 90),
];

const g = (code: string, nameVi: string, max: number, indicators: readonly string[]): ServiceIndexGroup => ({
  code,
  nameVi,
  max,
  indicators,
});

const PUBLICITY = g("CKMB", "Công khai, minh bạch", 18, ["1.1", "1.2", "1.3", "1.4"]);
const PROGRESS = g("TDGQ", "Tiến độ, kết quả giải quyết", 20, ["2.1"]);
const DIGITISATION = g("MDSH", "Mức độ số hóa hồ sơ", 22, ["4.1", "4.2", "4.2b", "4.3", "4.4", "4.5a", "4.5b"]);
const SATISFACTION = g("MDHL", "Mức độ hài lòng", 18, ["5.2", "5.3", "5.4"]);

/**
 * QĐ 766 — portal preset (`qd766-portal`, default): six groups as the DVCQG scoring API returns them,
 * CKMB 18, TDGQ 20, CLGQ 12, TTTT 10, MDSH 22, MDHL 18.
 *
 * @remarks Group maxima and indicator maxima follow the portal formula sheet (PRACTICE). The split
 * of CLGQ's 12 points between 3.1, 3.2 and 3.3 is unresolved (SVC-2): this preset gives 4 to each,
 * an assumption. Sources conflict on the groups (see {@link QD766_DECISION}); pass your own scheme
 * or group maxima to follow a different reading. Deep-frozen.
 * @see QĐ 766/QĐ-TTg (23/6/2022); RULES SVC-2, TGT-6
 * @example
 * ```ts
 * import { QD766_PORTAL } from "tthc/indices";
 * QD766_PORTAL.groups.reduce((sum, group) => sum + group.max, 0); // => 100
 * ```
 * @category Indices
 */
export const QD766_PORTAL: ServiceIndexScheme = deepFreeze({
  id: "qd766-portal",
  indicators: INDICATORS,
  groups: [
    PUBLICITY,
    PROGRESS,
    g("CLGQ", "Cung cấp dịch vụ công trực tuyến", 12, ["3.1", "3.2", "3.3"]),
    g("TTTT", "Thanh toán trực tuyến", 10, ["3.5", "3.5b", "3.6"]),
    DIGITISATION,
    SATISFACTION,
  ],
  bands: SERVICE_INDEX_BANDS,
});

/**
 * QĐ 766 — decision preset (`qd766-decision`): five groups as summaries of the decision list them,
 * with online services and online payment together (22 points).
 *
 * @remarks Same indicators and maxima as {@link QD766_PORTAL}; only the grouping differs (SVC-2,
 * UNCONFIRMED). Deep-frozen.
 * @see QĐ 766/QĐ-TTg (23/6/2022), summary by Sở Nội vụ Nam Định; RULES SVC-2
 * @example
 * ```ts
 * import { QD766_DECISION } from "tthc/indices";
 * QD766_DECISION.groups.map((g) => g.max); // => [18, 20, 22, 22, 18]
 * ```
 * @category Indices
 */
export const QD766_DECISION: ServiceIndexScheme = deepFreeze({
  id: "qd766-decision",
  indicators: INDICATORS,
  groups: [
    PUBLICITY,
    PROGRESS,
    g("DVTT", "Cung cấp dịch vụ trực tuyến", 22, ["3.1", "3.2", "3.3", "3.5", "3.5b", "3.6"]),
    DIGITISATION,
    SATISFACTION,
  ],
  bands: SERVICE_INDEX_BANDS,
});

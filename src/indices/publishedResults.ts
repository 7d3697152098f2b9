/**
 * Kết quả công bố — published national SIPAS and PAR INDEX figures, with their sources.
 */
import { deepFreeze } from "../_internal/deepFreeze.js";

/**
 * Một điểm số công bố — a unit's published score (percent), with its rank where published.
 *
 * @example
 * ```ts
 * import type { PublishedScore } from "tthc/indices";
 * const s: PublishedScore = { unit: "Quảng Ninh", score: 90.61 };
 * ```
 * @category Indices
 */
export interface PublishedScore {
  /** Province or ministry. */
  readonly unit: string;
  /** Score in percent; absent where only the standing was published. */
  readonly score?: number;
  /** Rank as published (e.g. 43 of 63). */
  readonly rank?: number;
}

/**
 * Kết quả SIPAS cả nước một năm — the national figure of one survey year and what was published with it.
 *
 * @example
 * ```ts
 * import type { SipasNationalResult } from "tthc/indices";
 * type Year = SipasNationalResult["year"];
 * ```
 * @category Indices
 */
export interface SipasNationalResult {
  /** Survey year. */
  readonly year: number;
  /** "Chỉ số SIPAS trung bình cả nước", percent. */
  readonly national: number;
  /** Date of the announcement, `YYYY-MM-DD`, when known. */
  readonly announced?: string;
  /** Published element indices E1–E5 (access, procedure, civilServant, result, feedback). */
  readonly elements?: readonly number[];
  /** Best provinces as published (one with score, or a top group in order). */
  readonly best?: readonly PublishedScore[];
  /** Worst provinces as published. */
  readonly worst?: readonly PublishedScore[];
  /** Other published figures. */
  readonly others?: readonly PublishedScore[];
  /** Where the figures come from. */
  readonly sources: readonly string[];
}

/**
 * Kết quả SIPAS cả nước đã công bố — national SIPAS for 2019, 2020, 2022, 2023 and 2024.
 *
 * @remarks No figure was found for 2017, 2018 and 2021: those years are absent, never zero (D-9).
 * The national figure is not the mean of the published element indices (2023: 82.89 vs 82.66,
 * SIP-7). Deep-frozen.
 * @see RULES SIP-7, D-9 (published national figures)
 * @example
 * ```ts
 * import { SIPAS_NATIONAL_RESULTS } from "tthc/indices";
 * SIPAS_NATIONAL_RESULTS.map((r) => r.year); // => [2019, 2020, 2022, 2023, 2024]
 * SIPAS_NATIONAL_RESULTS.find((r) => r.year === 2023)?.national; // => 82.66
 * ```
 * @category Indices
 */
export const SIPAS_NATIONAL_RESULTS: readonly SipasNationalResult[] = deepFreeze([
  {
    year: 2019,
    national: 84.45,
    others: [{ unit: "Lào Cai", score: 83.05, rank: 43 }],
    sources: ["TTXVN infographic", "Lào Cai Sở Nông nghiệp và Phát triển nông thôn"],
  },
  {
    year: 2020,
    national: 85.48,
    best: [
      { unit: "Quảng Ninh" },
      { unit: "Hải Phòng" },
      { unit: "Bắc Giang" },
      { unit: "Hải Dương" },
      { unit: "Hưng Yên" },
      { unit: "Vĩnh Phúc" },
    ],
    others: [{ unit: "Lào Cai", score: 80.01, rank: 56 }],
    sources: ["TTXVN infographic", "Lào Cai Sở Nông nghiệp và Phát triển nông thôn"],
  },
  {
    year: 2022,
    national: 80.08,
    sources: ["https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm", "VietnamPlus"],
  },
  {
    year: 2023,
    national: 82.66,
    announced: "2024-04-17",
    elements: [83.0, 83.02, 83.12, 83.03, 82.27],
    best: [{ unit: "Quảng Ninh", score: 90.61 }],
    worst: [{ unit: "Bắc Kạn", score: 75.03 }],
    sources: [
      "https://en.vietnamplus.vn/satisfaction-of-administrative-services-improves/284704.vnp",
      "https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm",
      "Việt Nam News",
    ],
  },
  {
    year: 2024,
    national: 83.94,
    announced: "2025-04-06",
    best: [
      { unit: "Hải Phòng" },
      { unit: "Thái Nguyên" },
      { unit: "Hải Dương" },
      { unit: "Quảng Ninh" },
      { unit: "Bà Rịa – Vũng Tàu" },
    ],
    worst: [
      { unit: "Bắc Kạn" },
      { unit: "Lạng Sơn" },
      { unit: "Quảng Nam" },
      { unit: "An Giang" },
      { unit: "Quảng Ngãi", rank: 59 },
    ],
    sources: [
      "https://news.laodong.vn/thoi-su/5-tinh-thap-nhat-ve-chi-so-hai-long-cua-nguoi-dan-voi-co-quan-hanh-chinh-1487593.ldo",
      "vietnam.vn",
    ],
  },
] satisfies SipasNationalResult[]);

/**
 * Kết quả Chỉ số cải cách hành chính (PAR INDEX) một năm — published figures only; `tthc` does not
 * compute PAR (PAR-3).
 *
 * @example
 * ```ts
 * import type { ParIndexResult } from "tthc/indices";
 * type Provinces = ParIndexResult["provinces"];
 * ```
 * @category Indices
 */
export interface ParIndexResult {
  /** Assessment year. */
  readonly year: number;
  /** Method in force (QĐ 876/QĐ-BNV for 2022–2030). */
  readonly method: string;
  /** Provinces as published (top five and last). */
  readonly provinces: readonly PublishedScore[];
  /** Mean of the ministries. */
  readonly ministriesMean?: number;
  /** Ministries as published (first and last). */
  readonly ministries: readonly PublishedScore[];
  /** Survey forms: citizens and officials. */
  readonly forms?: { readonly citizens: number; readonly officials: number };
  /** Where the figures come from. */
  readonly sources: readonly string[];
}

/**
 * Kết quả PAR INDEX đã công bố — 2023 (top five provinces, the last, the ministries' mean, first
 * and last ministry).
 *
 * @remarks Context data (PAR-1 to PAR-3): the domain maxima and the SIPAS-to-points conversion are
 * not verified, so no PAR computation is offered. Deep-frozen.
 * @see QĐ 876/QĐ-BNV (2022); RULES PAR-1 to PAR-3
 * @example
 * ```ts
 * import { PAR_INDEX_RESULTS } from "tthc/indices";
 * PAR_INDEX_RESULTS[0]?.provinces[0]; // => { unit: "Quảng Ninh", score: 92.18, rank: 1 }
 * ```
 * @category Indices
 */
export const PAR_INDEX_RESULTS: readonly ParIndexResult[] = deepFreeze([
  {
    year: 2023,
    method: "QĐ 876/QĐ-BNV (2022)",
    provinces: [
      { unit: "Quảng Ninh", score: 92.18, rank: 1 },
      { unit: "Hải Phòng", score: 91.87, rank: 2 },
      { unit: "Hà Nội", score: 91.43, rank: 3 },
      { unit: "Bắc Giang", score: 91.16, rank: 4 },
      { unit: "Bà Rịa – Vũng Tàu", score: 91.03, rank: 5 },
      { unit: "An Giang", score: 81.32, rank: 63 },
    ],
    ministriesMean: 84.38,
    ministries: [
      { unit: "Bộ Tư pháp", score: 89.95, rank: 1 },
      { unit: "Bộ Công Thương", score: 78.03 },
    ],
    forms: { citizens: 39_765, officials: 49_458 },
    sources: [
      "https://dantoctongiao.vietnamnet.vn/bo-tu-phap-va-tinh-quang-ninh-dung-dau-ve-chi-so-cai-cach-hanh-chinh-2271541.html",
      "infographics.vn",
    ],
  },
] satisfies ParIndexResult[]);

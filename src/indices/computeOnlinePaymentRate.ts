import { checkPart } from "../_internal/checks.js";
import { partRate, readCounts } from "./_rate.js";
import type { PercentOptions } from "./computePercent.js";

/**
 * Đếm cho chỉ số 3.6 — dossiers paid online, fee-bearing dossiers, and those whose fees are all 0.
 *
 * @example
 * ```ts
 * import type { OnlinePaymentCounts } from "tthc/indices";
 * const counts: OnlinePaymentCounts = { paidOnline: 30, feeBearing: 50, allFeesZero: 10 };
 * ```
 * @category Indices
 */
export interface OnlinePaymentCounts {
  /** Hồ sơ thanh toán trực tuyến. */
  readonly paidOnline: number;
  /** Hồ sơ thuộc TTHC có phí, lệ phí. */
  readonly feeBearing: number;
  /** Of those, dossiers whose fees are all 0 (miễn, 0 đồng). @defaultValue `0` */
  readonly allFeesZero?: number;
}

/**
 * Computes QĐ 766 indicator 3.6 — tỷ lệ hồ sơ thanh toán trực tuyến: paid online ÷ (fee-bearing
 * dossiers − dossiers with all fees 0) × 100.
 *
 * @param counts - See {@link OnlinePaymentCounts}.
 * @param options - Rounding and zero-denominator policy.
 * @returns The percentage, or `zeroDenominator` (default `null`) with no payable dossier.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, a field is unknown, `allFeesZero` exceeds `feeBearing` or `paidOnline` exceeds the payable dossiers.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad rounding option.
 * @see QĐ 766/QĐ-TTg, portal formula sheet indicator 3.6 (the service index, SVC, in the rules reference)
 * @example
 * ```ts
 * import { computeOnlinePaymentRate } from "tthc/indices";
 * computeOnlinePaymentRate({ paidOnline: 30, feeBearing: 50, allFeesZero: 10 }); // => 75
 * ```
 * @category Indices
 */
export function computeOnlinePaymentRate(counts: OnlinePaymentCounts, options: PercentOptions = {}): number | null {
  const c = readCounts(counts, ["paidOnline", "feeBearing", "allFeesZero"], ["allFeesZero"]);
  checkPart(c.allFeesZero, c.feeBearing, ["allFeesZero"], "feeBearing");
  return partRate(c.paidOnline, "paidOnline", c.feeBearing - c.allFeesZero, "feeBearing − allFeesZero", options);
}

import { partRate, readCounts } from "./_rate.js";
import type { PercentOptions } from "./computePercent.js";

/**
 * Đếm cho chỉ số 2.1 — dossiers resolved early or on time, dossiers in progress within time, and
 * all dossiers received or processed in the period.
 *
 * @example
 * ```ts
 * import type { OnTimeProcessingCounts } from "tthc/indices";
 * const counts: OnTimeProcessingCounts = { resolvedOnTime: 90, pendingWithinTime: 5, total: 100 };
 * ```
 * @category Indices
 */
export interface OnTimeProcessingCounts {
  /** Đã giải quyết trước hạn và đúng hạn. */
  readonly resolvedOnTime: number;
  /** Đang giải quyết trong hạn. */
  readonly pendingWithinTime: number;
  /** Hồ sơ tiếp nhận hoặc xử lý trong kỳ. */
  readonly total: number;
}

/**
 * Computes QĐ 766 indicator 2.1 — tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: (resolved early or on
 * time + in progress within time) ÷ dossiers received or processed in the period × 100.
 *
 * @param counts - See {@link OnTimeProcessingCounts}.
 * @param options - Rounding and zero-denominator policy.
 * @returns The percentage, or `zeroDenominator` (default `null`) with no dossier.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, a field is unknown, or the parts exceed `total`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad rounding option.
 * @remarks The portal also subtracts supplement waiting and scores more than one supplement request
 * as late; do that when counting (a processing report from `tthc/report` gives the counts).
 * @see QĐ 766/QĐ-TTg, portal formula sheet indicator 2.1 (RULES REP-9; the service index, SVC)
 * @example
 * ```ts
 * import { computeOnTimeProcessingRate } from "tthc/indices";
 * computeOnTimeProcessingRate({ resolvedOnTime: 180, pendingWithinTime: 12, total: 200 }); // => 96
 * ```
 * @category Indices
 */
export function computeOnTimeProcessingRate(
  counts: OnTimeProcessingCounts,
  options: PercentOptions = {},
): number | null {
  const c = readCounts(counts, ["resolvedOnTime", "pendingWithinTime", "total"]);
  return partRate(c.resolvedOnTime + c.pendingWithinTime, "resolvedOnTime", c.total, "total", options);
}

import { partRate, readCounts } from "./_rate.js";
import type { PercentOptions } from "./computePercent.js";

/**
 * Computes the simplification rate of a review: procedures proposed for simplification ÷
 * procedures reviewed × 100 (CC-9).
 *
 * Tỷ lệ TTHC được đề xuất đơn giản hóa.
 *
 * @param counts - `simplified` (đề xuất đơn giản hóa) and `reviewed` (rà soát, đánh giá).
 * @param options - Rounding and zero-denominator policy; see {@link PercentOptions}.
 * @returns The percentage, or `zeroDenominator` (default `null`) when nothing was reviewed.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, a field is unknown, or `simplified` exceeds `reviewed`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad rounding option.
 * @see BC 83/BC-UBND (Hà Nội, Q1/2021); RULES CC-9, D-10
 * @example
 * ```ts
 * import { computeSimplificationRate } from "tthc/indices";
 * computeSimplificationRate({ simplified: 87, reviewed: 382 }); // => 22.77
 * // Published as "22,7 %": one decimal, truncated (D-10).
 * computeSimplificationRate({ simplified: 87, reviewed: 382 }, { decimals: 1, rounding: "truncate" }); // => 22.7
 * ```
 * @category Indices
 */
export function computeSimplificationRate(
  counts: { readonly simplified: number; readonly reviewed: number },
  options: PercentOptions = {},
): number | null {
  const c = readCounts(counts, ["simplified", "reviewed"]);
  return partRate(c.simplified, "simplified", c.reviewed, "reviewed", options);
}

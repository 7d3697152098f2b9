import { partRate, readCounts } from "./_rate.js";
import type { PercentOptions } from "./computePercent.js";

/**
 * Đếm cho chỉ số 4.2 — digitised dossiers and dossiers in competence.
 *
 * @example
 * ```ts
 * import type { DigitisationCounts } from "tthc/indices";
 * const counts: DigitisationCounts = { digitised: 80, total: 100 };
 * ```
 * @category Indices
 */
export interface DigitisationCounts {
  /** Hồ sơ được số hóa (components digitised and, where required, an electronic result). */
  readonly digitised: number;
  /** Hồ sơ thuộc thẩm quyền. */
  readonly total: number;
}

/**
 * Computes QĐ 766 indicator 4.2 — tỷ lệ số hóa hồ sơ: digitised dossiers ÷ dossiers in competence ×
 * 100 (target 80 %).
 *
 * @param counts - See {@link DigitisationCounts}.
 * @param options - Rounding and zero-denominator policy.
 * @returns The percentage, or `zeroDenominator` (default `null`) with no dossier.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, a field is unknown, or `digitised` exceeds `total`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad rounding option.
 * @see QĐ 766/QĐ-TTg, portal formula sheet indicator 4.2 (RULES TGT-6; the service index, SVC)
 * @example
 * ```ts
 * import { computeDigitisationRate } from "tthc/indices";
 * computeDigitisationRate({ digitised: 2, total: 3 }); // => 66.67
 * ```
 * @category Indices
 */
export function computeDigitisationRate(counts: DigitisationCounts, options: PercentOptions = {}): number | null {
  const c = readCounts(counts, ["digitised", "total"]);
  return partRate(c.digitised, "digitised", c.total, "total", options);
}

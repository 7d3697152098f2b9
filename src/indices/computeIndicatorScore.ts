import { checkAmount, checkKnownKeys, checkObject, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";

/**
 * Điểm tối đa và chỉ tiêu của một chỉ số.
 *
 * @example
 * ```ts
 * import type { IndicatorScoring } from "tthc/indices";
 * const scoring: IndicatorScoring = { max: 4, target: 50 };
 * ```
 * @category Indices
 */
export interface IndicatorScoring {
  /** Điểm tối đa. */
  readonly max: number;
  /** Chỉ tiêu in percent (0–100]; `null` or absent: 100 %. */
  readonly target?: number | null;
}

/**
 * Computes an indicator's score from its percentage: the full maximum when the value reaches the
 * target, else value × max ÷ target (SVC-4); without a target, value × max ÷ 100 (SVC-5).
 *
 * Điểm chỉ số: not rounded (sums are rounded once, at the end).
 *
 * @param value - The indicator in percent (0–100), or `null` (not applicable).
 * @param scoring - Maximum and target; see {@link IndicatorScoring}.
 * @returns The score in 0…max, or `null` when `value` is `null`.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `value` is outside 0–100 or not a number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `max` is negative or `target` is not in (0, 100].
 * @remarks SVC-4 is the portal's practice; SVC-5 (no target = 100 %) is UNCONFIRMED.
 * @see QĐ 766/QĐ-TTg; portal formula sheet (RULES SVC-4, SVC-5)
 * @example
 * ```ts
 * import { computeIndicatorScore } from "tthc/indices";
 * computeIndicatorScore(40, { max: 4, target: 50 }); // => 3.2
 * computeIndicatorScore(65, { max: 4, target: 50 }); // => 4
 * computeIndicatorScore(95, { max: 20 }); // => 19
 * ```
 * @category Indices
 */
export function computeIndicatorScore(value: number | null, scoring: IndicatorScoring): number | null {
  const s = checkObject(scoring, [], "INVALID_OPTION");
  checkKnownKeys(s, ["max", "target"]);
  const max = s["max"];
  if (typeof max !== "number" || !Number.isFinite(max) || max < 0) {
    throw new TthcError("INVALID_OPTION", `max must be a finite number ≥ 0, got ${describe(max)}`, {
      path: ["max"],
      messageVi: `max phải là số hữu hạn không âm, nhận được ${describe(max)}`,
    });
  }
  const target = s["target"] ?? 100;
  if (typeof target !== "number" || !(target > 0 && target <= 100)) {
    throw new TthcError("INVALID_OPTION", `target must be a percentage in (0, 100], got ${describe(target)}`, {
      path: ["target"],
      messageVi: `target phải là tỷ lệ trong (0, 100], nhận được ${describe(target)}`,
    });
  }
  if (value === null) return null;
  checkAmount(value, ["value"]);
  if (value > 100) {
    throw new TthcError("INVALID_COUNT", `value must be a percentage 0–100, got ${value}`, {
      path: ["value"],
      messageVi: `value phải là tỷ lệ 0–100, nhận được ${value}`,
    });
  }
  if (value >= target) return max;
  const product = value * max;
  // value ÷ target < 1 here: dividing first keeps the score below max where the product overflows.
  return Number.isFinite(product) ? product / target : (value / target) * max;
}

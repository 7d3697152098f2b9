import { checkAmount, checkKnownKeys, checkObject } from "../_internal/checks.js";
import { computePercent, type PercentOptions } from "./computePercent.js";

/**
 * Lợi ích đơn giản hóa — the saving in VND and in percent of the current cost.
 *
 * @example
 * ```ts
 * import type { SimplificationSavings } from "tthc/indices";
 * type Rate = SimplificationSavings["savingPercent"];
 * ```
 * @category Indices
 */
export interface SimplificationSavings {
  /** Chi phí tiết kiệm — current − simplified (VND; negative when the plan costs more). */
  readonly savingVnd: number;
  /** Tỷ lệ cắt giảm — saving ÷ current × 100, rounded; `zeroDenominator` when current is 0. */
  readonly savingPercent: number | null;
}

/**
 * Computes the benefit of a simplification plan: current cost − cost after simplification, and the
 * saving rate = benefit ÷ current × 100 (CC-5). Both costs per execution or both annual.
 *
 * Chi phí tiết kiệm khi đơn giản hóa TTHC.
 *
 * @param costs - `currentVnd` and `simplifiedVnd`, ≥ 0.
 * @param options - Rounding of the rate; see {@link PercentOptions}.
 * @returns See {@link SimplificationSavings}.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `costs` is not an object, or a cost is negative, `NaN` or infinite.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown field, options that are not an object or a bad rounding option.
 * @see TT 02/2017/TT-VPCP Art. 27 (RULES CC-5, CC-8)
 * @example
 * ```ts
 * import { computeSimplificationSavings } from "tthc/indices";
 * // Hà Nội QĐ 1811, TTHC 2.000635: 1,024,000 → 231,000 VND per dossier (CC-8).
 * computeSimplificationSavings({ currentVnd: 1_024_000, simplifiedVnd: 231_000 }); // => { savingVnd: 793000, savingPercent: 77.44 }
 * ```
 * @category Indices
 */
export function computeSimplificationSavings(
  costs: { readonly currentVnd: number; readonly simplifiedVnd: number },
  options: PercentOptions = {},
): SimplificationSavings {
  const record = checkObject(costs, [], "INVALID_COUNT");
  checkKnownKeys(record, ["currentVnd", "simplifiedVnd"]);
  const current = checkAmount(record["currentVnd"], ["currentVnd"]);
  const simplified = checkAmount(record["simplifiedVnd"], ["simplifiedVnd"]);
  const savingVnd = current - simplified;
  const magnitude = computePercent(Math.abs(savingVnd), current, options);
  return { savingVnd, savingPercent: magnitude === null || savingVnd >= 0 || current === 0 ? magnitude : -magnitude };
}

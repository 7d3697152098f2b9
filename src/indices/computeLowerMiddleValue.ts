import { checkAmount, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";

/**
 * Picks the lower-middle value (mức trung bình thấp) among conflicting figures for one cost element:
 * the lower median of the values (CC-3, CC-4).
 *
 * @param values - Candidate values (VND, hours…), at least one, each finite and ≥ 0.
 * @returns The lower median: the middle value of an odd count, the lower of the two middle values of an even one.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if the list is empty or a value is negative, `NaN` or infinite.
 * @remarks TT 02/2017 names the rule but not the method; the lower median is an assumption (CC-4,
 * UNCONFIRMED). Pass your own value where a method is set.
 * @see TT 02/2017/TT-VPCP Art. 27 (RULES CC-3, CC-4)
 * @example
 * ```ts
 * import { computeLowerMiddleValue } from "tthc/indices";
 * computeLowerMiddleValue([30_000, 25_000, 40_000, 35_000]); // => 30000
 * ```
 * @category Indices
 */
export function computeLowerMiddleValue(values: readonly number[]): number {
  if (!Array.isArray(values) || values.length === 0) {
    throw new TthcError("INVALID_COUNT", `values must be a non-empty list, got ${describe(values)}`, {
      path: ["values"],
      messageVi: `values phải là danh sách không rỗng, nhận được ${describe(values)}`,
    });
  }
  const sorted = values.map((v, k) => checkAmount(v, ["values", k])).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

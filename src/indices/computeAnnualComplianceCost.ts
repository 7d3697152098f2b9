import { checkAmount, checkKnownKeys, checkObject, checkResult } from "../_internal/checks.js";

/**
 * Đầu vào chi phí tuân thủ hằng năm.
 *
 * @example
 * ```ts
 * import type { AnnualComplianceCostInput } from "tthc/indices";
 * const input: AnnualComplianceCostInput = { costPerExecutionVnd: 231_000, timesPerYear: 1, subjectsPerYear: 3228 };
 * ```
 * @category Indices
 */
export interface AnnualComplianceCostInput {
  /** Chi phí một lần thực hiện (VND), e.g. {@link computeComplianceCost}'s `totalVnd`. */
  readonly costPerExecutionVnd: number;
  /** Số lần thực hiện một năm per subject. */
  readonly timesPerYear: number;
  /** Số đối tượng tuân thủ một năm. */
  readonly subjectsPerYear: number;
}

/**
 * Computes the annual compliance cost of a procedure: cost of one execution × times a year × subjects
 * a year (CC-2).
 *
 * Chi phí tuân thủ TTHC hằng năm (VND per year), not rounded.
 *
 * @param input - See {@link AnnualComplianceCostInput}.
 * @returns VND per year.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `input` is not an object, or a value is negative, `NaN` or infinite.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown field (path: the field).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if the product overflows a finite number (path `[]`).
 * @see TT 02/2017/TT-VPCP Art. 27 (RULES CC-2)
 * @example
 * ```ts
 * import { computeAnnualComplianceCost } from "tthc/indices";
 * computeAnnualComplianceCost({ costPerExecutionVnd: 1_024_000, timesPerYear: 1, subjectsPerYear: 3228 }); // => 3305472000
 * ```
 * @category Indices
 */
export function computeAnnualComplianceCost(input: AnnualComplianceCostInput): number {
  const record = checkObject(input, [], "INVALID_COUNT");
  checkKnownKeys(record, ["costPerExecutionVnd", "timesPerYear", "subjectsPerYear"]);
  const cost =
    checkAmount(record["costPerExecutionVnd"], ["costPerExecutionVnd"]) *
    checkAmount(record["timesPerYear"], ["timesPerYear"]) *
    checkAmount(record["subjectsPerYear"], ["subjectsPerYear"]);
  return checkResult(cost, [], "the annual cost", "chi phí hằng năm");
}

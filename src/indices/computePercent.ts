import { checkAmount, checkOptions, checkResult, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { type Rounding, roundRatio, roundSettings } from "./_round.js";

export type { Rounding };

/**
 * Tùy chọn làm tròn tỷ lệ — how a percentage is rounded and what a zero denominator gives.
 *
 * @example
 * ```ts
 * import type { PercentOptions } from "tthc/indices";
 * const press: PercentOptions = { decimals: 1, rounding: "truncate" };
 * ```
 * @category Indices
 */
export interface PercentOptions {
  /** Decimal places kept (0–10). @defaultValue `2` (RULES IDX-1) */
  readonly decimals?: number;
  /**
   * `halfUp` rounds half away from zero; `truncate` cuts (as the press did for "22,7 %", D-10).
   * @defaultValue `"halfUp"`
   */
  readonly rounding?: Rounding;
  /**
   * Value when the denominator is 0: `null` (N/A) or a number such as `0` (or `100`, as OpenCPS).
   * @defaultValue `null` (RULES IDX-2, REP-8)
   */
  readonly zeroDenominator?: number | null;
}

/**
 * Default {@link PercentOptions}: two decimals, half-up, `null` for a zero denominator.
 *
 * @example
 * ```ts
 * import { DEFAULT_PERCENT_OPTIONS } from "tthc/indices";
 * DEFAULT_PERCENT_OPTIONS.decimals; // => 2
 * DEFAULT_PERCENT_OPTIONS.zeroDenominator; // => null
 * ```
 * @category Indices
 */
export const DEFAULT_PERCENT_OPTIONS: Readonly<Required<PercentOptions>> = Object.freeze({
  decimals: 2,
  rounding: "halfUp",
  zeroDenominator: null,
});

const KEYS = ["decimals", "rounding", "zeroDenominator"];

/**
 * Computes a percentage `100 × numerator ÷ denominator`, rounded once at the end.
 *
 * Tỷ lệ phần trăm: with whole-number counts the rounding is exact (no binary noise), so
 * 87 ÷ 382 gives 22.77 half-up and 22.7 truncated to one decimal.
 *
 * @param numerator - Count (or amount) in the numerator, ≥ 0.
 * @param denominator - Count (or amount) in the denominator, ≥ 0.
 * @param options - Rounding and zero-denominator policy; see {@link PercentOptions}.
 * @returns The percentage, or `options.zeroDenominator` (default `null`) when `denominator` is 0.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is negative, `NaN` or infinite.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object (`null`), an unknown option, `decimals` outside 0–10 or an unknown `rounding`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if the percentage overflows a finite number (`computePercent(1e308, 1e-10)`).
 * @see RULES IDX-1, IDX-2, REP-8; DECISIONS D-10
 * @example
 * ```ts
 * import { computePercent } from "tthc/indices";
 * computePercent(87, 382); // => 22.77
 * computePercent(87, 382, { decimals: 1, rounding: "truncate" }); // => 22.7
 * computePercent(0, 0); // => null
 * ```
 * @category Indices
 */
export function computePercent(numerator: number, denominator: number, options: PercentOptions = {}): number | null {
  const o = { ...DEFAULT_PERCENT_OPTIONS, ...checkOptions(options, KEYS) };
  const settings = roundSettings(o.decimals, o.rounding);
  if (o.zeroDenominator !== null && (typeof o.zeroDenominator !== "number" || !Number.isFinite(o.zeroDenominator))) {
    throw new TthcError(
      "INVALID_OPTION",
      `zeroDenominator must be null or a number, got ${describe(o.zeroDenominator)}`,
      {
        path: ["zeroDenominator"],
        messageVi: `zeroDenominator phải là null hoặc một số, nhận được ${describe(o.zeroDenominator)}`,
      },
    );
  }
  checkAmount(numerator, ["numerator"]);
  checkAmount(denominator, ["denominator"]);
  if (denominator === 0) return o.zeroDenominator;
  return checkResult(roundRatio(numerator, denominator, 100, settings), [], "the percentage", "tỷ lệ phần trăm");
}

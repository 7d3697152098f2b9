import { checkOptions, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { roundSettings, roundValue } from "./_round.js";
import { DEFAULT_PERCENT_OPTIONS, type PercentOptions } from "./computePercent.js";

/**
 * Rounds a value already in percent (an index, a mean, a difference in points) once, at the end.
 *
 * Làm tròn chỉ số: half away from zero by default, or truncated; the scaled value is read to 15
 * significant digits first, so `82.66 − 80.08` rounds to `2.58`, not `2.5799999`.
 *
 * @param value - A finite number.
 * @param options - `decimals` and `rounding` of {@link PercentOptions} (`zeroDenominator` is ignored).
 * @returns The rounded value.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `value` is not a finite number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object (`null`), an unknown option, `decimals` outside 0–10 or an unknown `rounding`.
 * @see RULES IDX-1, IDX-3; DECISIONS D-10
 * @example
 * ```ts
 * import { roundPercent } from "tthc/indices";
 * roundPercent(82.66 - 80.08); // => 2.58
 * roundPercent(22.7749, { decimals: 1 }); // => 22.8
 * roundPercent(22.7749, { decimals: 1, rounding: "truncate" }); // => 22.7
 * ```
 * @category Indices
 */
export function roundPercent(value: number, options: Omit<PercentOptions, "zeroDenominator"> = {}): number {
  const o = { ...DEFAULT_PERCENT_OPTIONS, ...checkOptions(options, ["decimals", "rounding"]) };
  const settings = roundSettings(o.decimals, o.rounding);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TthcError("INVALID_COUNT", `value must be a finite number, got ${describe(value)}`, {
      path: ["value"],
      messageVi: `value phải là số hữu hạn, nhận được ${describe(value)}`,
    });
  }
  return roundValue(value, settings);
}

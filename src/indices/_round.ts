/**
 * Private rounding core (IDX-1, D-10): exact for whole-number ratios (BigInt), decimal-corrected
 * for other values. Never re-exported.
 */
import { describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";

/**
 * Cách làm tròn — how a percentage is rounded to `decimals`: `halfUp` (half away from zero, the
 * default) or `truncate` (as the press does: "87/382 = 22.7 %", DECISIONS D-10).
 *
 * @example
 * ```ts
 * import type { Rounding } from "tthc/indices";
 * const rounding: Rounding = "truncate";
 * ```
 * @category Indices
 */
export type Rounding = "halfUp" | "truncate";

/** Resolved rounding settings. */
export interface RoundSettings {
  readonly decimals: number;
  readonly rounding: Rounding;
}

/** Validates `decimals` (0–10) and `rounding`. */
export function roundSettings(decimals: unknown, rounding: unknown, path: readonly string[] = []): RoundSettings {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new TthcError("INVALID_OPTION", `decimals must be a whole number 0–10, got ${describe(decimals)}`, {
      path: [...path, "decimals"],
      messageVi: `decimals phải là số nguyên từ 0 đến 10, nhận được ${describe(decimals)}`,
    });
  }
  if (rounding !== "halfUp" && rounding !== "truncate") {
    throw new TthcError("INVALID_OPTION", `rounding must be 'halfUp' or 'truncate', got ${describe(rounding)}`, {
      path: [...path, "rounding"],
      messageVi: `rounding phải là 'halfUp' hoặc 'truncate', nhận được ${describe(rounding)}`,
    });
  }
  return { decimals, rounding };
}

/**
 * `scale × numerator ÷ denominator` rounded to `decimals`, exactly when both are whole numbers
 * (BigInt long division), else through {@link roundValue}. `denominator` > 0.
 */
export function roundRatio(numerator: number, denominator: number, scale: number, s: RoundSettings): number {
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && Number.isSafeInteger(scale)) {
    const factor = 10n ** BigInt(s.decimals);
    const n = BigInt(numerator) * BigInt(scale) * factor;
    const d = BigInt(denominator);
    const negative = n < 0n !== d < 0n;
    const an = n < 0n ? -n : n;
    const ad = d < 0n ? -d : d;
    let q = an / ad;
    if (s.rounding === "halfUp" && 2n * (an % ad) >= ad) q += 1n;
    const value = Number(q) / Number(factor);
    return negative && value !== 0 ? -value : value;
  }
  const scaled = (scale * numerator) / denominator;
  // 1e308 × 100 overflows where 1e308 ÷ 1e308 × 100 does not: divide first when it must.
  return roundValue(Number.isFinite(scaled) ? scaled : (numerator / denominator) * scale, s);
}

/**
 * Rounds a value to `decimals`: half away from zero (`halfUp`) or toward zero (`truncate`). The
 * scaled value is first read to 15 significant digits, so binary noise (`1.005 × 100 =
 * 100.49999…`) does not decide the rounding. A value too large to carry `decimals` digits after
 * the point (|value| × 10^decimals ≥ 2⁵³) is already as rounded as a double can be: it is returned
 * as it is, never as `Infinity`.
 */
export function roundValue(value: number, s: RoundSettings): number {
  const factor = 10 ** s.decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  if (!(scaled < 2 ** 53)) return value;
  const whole = s.rounding === "halfUp" ? Math.floor(scaled + 0.5) : Math.floor(scaled);
  if (whole === 0) return 0;
  return (value < 0 ? -whole : whole) / factor;
}

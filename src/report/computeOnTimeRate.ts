import { computePercent, type PercentOptions } from "../indices/computePercent.js";

/**
 * Computes the on-time rate (tỷ lệ giải quyết đúng hạn) of a report row: (early + on time) ÷
 * resolved × 100 (REP-7), rounded once, `null` (not 100) when nothing was resolved (REP-8).
 *
 * @param row - `resolved`, `resolvedEarly` and `resolvedOnTime` counts, e.g. a {@link ProcessingRow}.
 * @param options - Rounding and zero-denominator policy; see {@link PercentOptions}.
 * @returns The rate, or `zeroDenominator` (default `null`).
 * @throws {@link TthcError} `INVALID_COUNT` if a count is negative, `NaN` or infinite.
 * @throws {@link TthcError} `INVALID_OPTION` for a bad rounding option.
 * @remarks OpenCPS truncates to an integer and shows 100 when none was resolved; pass
 * `{ decimals: 0, rounding: "truncate", zeroDenominator: 100 }` to match it (REP-8, UNCONFIRMED).
 * @see RULES REP-7, REP-8; DECISIONS D-10
 * @example
 * ```ts
 * import { computeOnTimeRate } from "tthc/report";
 * computeOnTimeRate({ resolved: 3, resolvedEarly: 1, resolvedOnTime: 1 }); // => 66.67
 * computeOnTimeRate({ resolved: 3, resolvedEarly: 1, resolvedOnTime: 1 }, { decimals: 0, rounding: "truncate" }); // => 66
 * computeOnTimeRate({ resolved: 0, resolvedEarly: 0, resolvedOnTime: 0 }); // => null
 * ```
 * @category Report
 */
export function computeOnTimeRate(
  row: { readonly resolved: number; readonly resolvedEarly: number; readonly resolvedOnTime: number },
  options: PercentOptions = {},
): number | null {
  return computePercent(row.resolvedEarly + row.resolvedOnTime, row.resolved, options);
}

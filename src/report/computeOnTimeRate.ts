import { checkCount, checkObject, checkPart } from "../_internal/checks.js";
import { computePercent, type PercentOptions } from "../indices/computePercent.js";

/**
 * Computes the on-time rate (tỷ lệ giải quyết đúng hạn) of a report row: (early + on time) ÷
 * resolved × 100 (REP-7), rounded once, `null` (not 100) when nothing was resolved (REP-8).
 *
 * @param row - `resolved`, `resolvedEarly` and `resolvedOnTime` counts, e.g. a {@link ProcessingRow}.
 * @param options - Rounding and zero-denominator policy; see {@link PercentOptions}.
 * @returns The rate, or `zeroDenominator` (default `null`).
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `row` is not an object (path `[]`), a count is not a whole
 * number ≥ 0 (a boolean, `null`, a fraction, `NaN`…; path: the field), or early + on time exceeds
 * `resolved` (path `["resolvedOnTime"]`): a rate above 100 % is refused, never returned.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad rounding option.
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
  const r = checkObject(
    row,
    [],
    "INVALID_COUNT",
    undefined,
    "a row with resolved counts",
    "một dòng có số đã giải quyết",
  );
  const resolved = checkCount(r["resolved"], ["resolved"]);
  const early = checkPart(r["resolvedEarly"], resolved, ["resolvedEarly"], "resolved");
  const onTime = checkPart(r["resolvedOnTime"], resolved - early, ["resolvedOnTime"], "resolved − resolvedEarly");
  return computePercent(early + onTime, resolved, options);
}

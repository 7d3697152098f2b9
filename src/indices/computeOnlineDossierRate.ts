import { checkCount, checkObject, checkPart, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { roundSettings, roundValue } from "./_round.js";
import { computePercent, DEFAULT_PERCENT_OPTIONS, type PercentOptions } from "./computePercent.js";

/**
 * Đếm cho chỉ số 3.3 — online dossiers, dossiers received, and the sync ratio.
 *
 * @example
 * ```ts
 * import type { OnlineDossierCounts } from "tthc/indices";
 * const counts: OnlineDossierCounts = { online: 60, received: 100 };
 * ```
 * @category Indices
 */
export interface OnlineDossierCounts {
  /** Hồ sơ trực tuyến (with an electronic result where the procedure returns paper). */
  readonly online: number;
  /** Hồ sơ tiếp nhận. */
  readonly received: number;
  /** Tỷ lệ đồng bộ as a fraction 0–1 (indicator 1.4). @defaultValue `1` */
  readonly syncRatio?: number;
}

/**
 * Computes QĐ 766 indicator 3.3 — tỷ lệ hồ sơ trực tuyến: online dossiers ÷ dossiers received × sync
 * ratio × 100 (target 50 %).
 *
 * @param counts - See {@link OnlineDossierCounts}.
 * @param options - Rounding and zero-denominator policy.
 * @returns The percentage, or `zeroDenominator` (default `null`) with no dossier.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, `online` exceeds `received`, or `syncRatio` is not a number from 0 to 1 (`null` included).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object, an unknown option or a bad rounding option.
 * @see QĐ 766/QĐ-TTg, portal formula sheet indicator 3.3 (RULES TGT-6; the service index, SVC)
 * @example
 * ```ts
 * import { computeOnlineDossierRate } from "tthc/indices";
 * computeOnlineDossierRate({ online: 45, received: 60 }); // => 75
 * computeOnlineDossierRate({ online: 45, received: 60, syncRatio: 0.9 }); // => 67.5
 * ```
 * @category Indices
 */
export function computeOnlineDossierRate(counts: OnlineDossierCounts, options: PercentOptions = {}): number | null {
  const record = checkObject(counts, [], "INVALID_COUNT");
  for (const key of Object.keys(record)) {
    if (!["online", "received", "syncRatio"].includes(key)) checkCount(Number.NaN, [key]);
  }
  const received = checkCount(record["received"], ["received"]);
  const online = checkPart(record["online"], received, ["online"], "received");
  const sync = record["syncRatio"] === undefined ? 1 : record["syncRatio"]; // `null` is refused below
  if (typeof sync !== "number" || !Number.isFinite(sync) || sync < 0 || sync > 1) {
    throw new TthcError("INVALID_COUNT", `syncRatio must be a number from 0 to 1, got ${describe(sync)}`, {
      path: ["syncRatio"],
      messageVi: `syncRatio phải là số từ 0 đến 1, nhận được ${describe(sync)}`,
    });
  }
  const exact = computePercent(online, received, options); // also checks the options
  if (sync === 1 || received === 0) return exact;
  const o = { ...DEFAULT_PERCENT_OPTIONS, ...options };
  return roundValue(((100 * online) / received) * sync, roundSettings(o.decimals, o.rounding));
}

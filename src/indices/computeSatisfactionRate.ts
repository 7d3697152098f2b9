import { checkChoice, checkObject, checkPart, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { readCounts } from "./_rate.js";
import { computePercent, type PercentOptions } from "./computePercent.js";

/**
 * Đếm cho chỉ số 5.4 — dossiers in competence, overdue dossiers, dossiers with a complaint (PAKN) or a
 * "dislike", and (for the decision's formula) dossiers counted not satisfied once each.
 *
 * @example
 * ```ts
 * import type { SatisfactionCounts } from "tthc/indices";
 * const counts: SatisfactionCounts = { total: 200, overdue: 6, complained: 4 };
 * ```
 * @category Indices
 */
export interface SatisfactionCounts {
  /** Hồ sơ thuộc thẩm quyền trong kỳ. */
  readonly total: number;
  /** Hồ sơ quá hạn. */
  readonly overdue: number;
  /** Hồ sơ có phản ánh, kiến nghị hoặc đánh giá "không hài lòng". */
  readonly complained: number;
  /**
   * Formula `decision` only: dossiers rated not satisfied or with a complaint about receipt,
   * resolution or lateness, each counted once.
   */
  readonly dissatisfied?: number;
}

/**
 * Options of {@link computeSatisfactionRate}.
 *
 * @example
 * ```ts
 * import type { SatisfactionRateOptions } from "tthc/indices";
 * const options: SatisfactionRateOptions = { formula: "decision" };
 * ```
 * @category Indices
 */
export interface SatisfactionRateOptions extends PercentOptions {
  /**
   * `portal`: 100 − (overdue rate + complaint rate), clamped to 0–100 (formula B); `decision`:
   * (total − dissatisfied) ÷ total × 100 (formula A). @defaultValue `"portal"` (SVC-6)
   */
  readonly formula?: "portal" | "decision";
}

/**
 * Computes QĐ 766 indicator 5.4 — mức độ hài lòng về tiếp nhận, giải quyết TTHC: by default the
 * portal's 100 % − (overdue rate + complaint rate), clamped to [0, 100] (target 90 %).
 *
 * @param counts - See {@link SatisfactionCounts}.
 * @param options - `formula` and rounding; see {@link SatisfactionRateOptions}.
 * @returns The percentage, or `zeroDenominator` (default `null`) with no dossier.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a count is not a whole number ≥ 0, a part exceeds `total`, or `dissatisfied` is missing with `formula: 'decision'`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object, an unknown option or `formula`, or a bad rounding option.
 * @remarks The two formulas disagree (SVC-6, UNCONFIRMED): the portal's subtracts overdue dossiers
 * without a complaint and may count one dossier twice; the decision's counts each once.
 * @see QĐ 766/QĐ-TTg indicator 5.4; portal formula sheet (RULES SVC-6, SVC-7, TGT-6)
 * @example
 * ```ts
 * import { computeSatisfactionRate } from "tthc/indices";
 * computeSatisfactionRate({ total: 200, overdue: 6, complained: 4 }); // => 95
 * computeSatisfactionRate({ total: 200, overdue: 6, complained: 4, dissatisfied: 7 }, { formula: "decision" }); // => 96.5
 * ```
 * @category Indices
 */
export function computeSatisfactionRate(
  counts: SatisfactionCounts,
  options: SatisfactionRateOptions = {},
): number | null {
  const { formula = "portal", ...percent } = checkObject(options, [], "INVALID_OPTION") as SatisfactionRateOptions;
  checkChoice(formula, ["portal", "decision"], ["formula"]);
  const c = readCounts(counts, ["total", "overdue", "complained", "dissatisfied"], ["dissatisfied"]);
  checkPart(c.overdue, c.total, ["overdue"], "total");
  checkPart(c.complained, c.total, ["complained"], "total");
  if (formula === "decision") {
    if ((counts as { dissatisfied?: unknown }).dissatisfied === undefined) {
      throw new TthcError("INVALID_COUNT", `formula 'decision' needs dissatisfied, got ${describe(undefined)}`, {
        path: ["dissatisfied"],
        messageVi: "công thức 'decision' cần dissatisfied",
      });
    }
    checkPart(c.dissatisfied, c.total, ["dissatisfied"], "total");
    return computePercent(c.total - c.dissatisfied, c.total, percent);
  }
  // 100 − (100·o/t + 100·c/t) = 100·(t − o − c)/t, clamped at 0: exact in whole numbers.
  return computePercent(Math.max(0, c.total - c.overdue - c.complained), c.total, percent);
}

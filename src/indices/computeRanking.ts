import { checkObject, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";

/**
 * Xếp hạng — one ranked unit.
 *
 * @example
 * ```ts
 * import type { RankedUnit } from "tthc/indices";
 * const r: RankedUnit = { unit: "Quảng Ninh", score: 90.61, rank: 1 };
 * ```
 * @category Indices
 */
export interface RankedUnit {
  /** Unit name. */
  readonly unit: string;
  /** Its score. */
  readonly score: number;
  /** Standard competition rank (1, 2, 2, 4). */
  readonly rank: number;
}

/**
 * Ranks units by score, highest first, with standard competition ranking (1, 2, 2, 4): scores
 * within `tolerance` of the first score of a tie share its rank.
 *
 * Xếp hạng đơn vị theo điểm. Equal ranks keep the input order.
 *
 * @param scores - Unit name → score.
 * @param tolerance - Largest difference counted as a tie. @defaultValue `0.001` (SVC-8)
 * @returns The units, best first, with their ranks.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `scores` is not an object (path `["scores"]`) or a score is not a finite number (path `["scores", unit]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `tolerance` is negative or not a number.
 * @remarks The 0.001 tolerance is one data collector's practice (SVC-8, PRACTICE).
 * @see RULES SVC-8
 * @example
 * ```ts
 * import { computeRanking } from "tthc/indices";
 * computeRanking({ A: 90.5, B: 88, C: 90.5, D: 70 }).map((r) => r.rank); // => [1, 1, 3, 4]
 * ```
 * @category Indices
 */
export function computeRanking(scores: Readonly<Record<string, number>>, tolerance = 0.001): RankedUnit[] {
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new TthcError("INVALID_OPTION", `tolerance must be a finite number ≥ 0, got ${describe(tolerance)}`, {
      path: ["tolerance"],
      messageVi: `tolerance phải là số hữu hạn không âm, nhận được ${describe(tolerance)}`,
    });
  }
  const given = checkObject(
    scores,
    ["scores"],
    "INVALID_COUNT",
    undefined,
    "an object of unit → score",
    "một đối tượng đơn vị → điểm",
  );
  const entries = Object.entries(given).map(([unit, score]) => {
    if (typeof score !== "number" || !Number.isFinite(score)) {
      throw new TthcError("INVALID_COUNT", `score of '${unit}' must be a finite number, got ${describe(score)}`, {
        path: ["scores", unit],
        messageVi: `điểm của '${unit}' phải là số hữu hạn, nhận được ${describe(score)}`,
      });
    }
    return { unit, score };
  });
  entries.sort((a, b) => b.score - a.score);
  const ranked: RankedUnit[] = [];
  let leader = Number.POSITIVE_INFINITY;
  let rank = 0;
  entries.forEach((entry, k) => {
    if (leader - entry.score > tolerance + 1e-12) {
      leader = entry.score;
      rank = k + 1;
    }
    ranked.push({ ...entry, rank });
  });
  return ranked;
}

/**
 * Chọn bộ quy tắc: the rule set in force at a receipt instant.
 */
import { parseIsoDateFast } from "../_internal/epochDay.js";
import { TthcError } from "../errors.js";
import { instantToMs, vietnamDayOf } from "./_instant.js";
import { RULE_SETS, type RuleSetId } from "./ruleSet.js";

/** Rule sets as day-number ranges, newest first; built once from {@link RULE_SETS}. */
const RANGES: readonly { readonly id: RuleSetId; readonly from: number; readonly to: number }[] = Object.values(
  RULE_SETS,
)
  .map((set) => ({
    id: set.id,
    from: parseIsoDateFast(set.effectiveFrom),
    to: set.effectiveTo === undefined ? Number.POSITIVE_INFINITY : parseIsoDateFast(set.effectiveTo),
  }))
  .sort((a, b) => b.from - a.from);

/**
 * Chọn bộ quy tắc — the rule set governing a dossier received at `receivedAt`: `VN-2018` before
 * 1/7/2025 (Asia/Ho_Chi_Minh), `VN-2025` from then. A dossier keeps the set it was received under.
 *
 * @param receivedAt - Receipt instant (tiếp nhận): ISO date-time with offset, or a `Date`. To bind by
 * submission instead (LAW-8 option `ruleSetBy: 'submittedAt'`), pass `submittedAt`.
 * @returns `'VN-2018'` or `'VN-2025'`.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `receivedAt` is not an ISO date-time with offset or a valid `Date` (path `["receivedAt"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if it is before 21/6/2018, when NĐ 61/2018 took effect, or after 2199 (path `["receivedAt"]`).
 * @remarks Binding at the receipt instant is UNCONFIRMED (RULES LAW-8, transitional article not seen).
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP (RULES LAW-1, LAW-2, LAW-8)
 * @example
 * ```ts
 * import { ruleSetFor } from "tthc/models";
 * ruleSetFor("2025-06-30T23:59:59+07:00"); // => "VN-2018"
 * ruleSetFor("2025-06-30T17:00:00Z"); // => "VN-2025"
 * ruleSetFor(new Date("2025-07-01T01:00:00+07:00")); // => "VN-2025"
 * ```
 * @category Models
 */
export function ruleSetFor(receivedAt: string | Date): RuleSetId {
  const day = vietnamDayOf(instantToMs(receivedAt, ["receivedAt"]));
  for (const range of RANGES) if (day >= range.from && day < range.to) return range.id;
  throw new TthcError("OUT_OF_RANGE", "no rule set covers receipts before 2018-06-21 (NĐ 61/2018/NĐ-CP)", {
    path: ["receivedAt"],
    messageVi: "không có bộ quy tắc cho hồ sơ tiếp nhận trước ngày 21/6/2018 (Nghị định 61/2018/NĐ-CP)",
    details: { value: receivedAt },
  });
}

/**
 * Số tiền — an amount in đồng.
 */

import { checkChoice, checkCount } from "../_internal/checks.js";
import { formatNumberVi } from "./formatNumberVi.js";

/**
 * Số tiền — an amount in đồng as the forms write it: "1.500.000 đồng" (`"1,500,000 VND"` in English).
 *
 * @param amount - Whole đồng, ≥ 0.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The amount with its unit.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` for a negative, fractional or non-finite amount.
 * @example
 * ```ts
 * import { formatVnd } from "tthc/forms-html";
 * formatVnd(1_500_000); // => "1.500.000 đồng"
 * formatVnd(50_000, "en"); // => "50,000 VND"
 * ```
 * @category Forms
 */
export function formatVnd(amount: number, lang: "vi" | "en" = "vi"): string {
  checkChoice(lang, ["vi", "en"] as const, ["lang"]);
  const n = checkCount(amount, ["amount"]);
  const vi = formatNumberVi(n);
  return lang === "vi" ? `${vi} đồng` : `${vi.replace(/\./g, ",")} VND`;
}

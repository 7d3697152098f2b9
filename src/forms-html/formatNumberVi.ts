/**
 * Số theo cách viết Việt Nam — numbers with dots between thousands and a decimal comma.
 */

import { checkInteger, mustBe } from "../_internal/checks.js";

/**
 * Số theo cách viết Việt Nam — a number with `.` between groups of thousands and `,` before the
 * decimals: `1500000` → "1.500.000", `2.5` → "2,5" (the Vietnamese notation of legal texts,
 * [DOC-12](../../docs/guides/rules.md#doc-12)). With `fractionDigits`, rounded to that many decimals.
 *
 * @param value - A finite number.
 * @param fractionDigits - Decimals to round to (0–20); by default as many as the number has.
 * @returns The number as text.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` for `NaN`, ±Infinity or a number too large to write without an exponent.
 * @example
 * ```ts
 * import { formatNumberVi } from "tthc/forms-html";
 * formatNumberVi(1_500_000); // => "1.500.000"
 * formatNumberVi(-1234.5); // => "-1.234,5"
 * formatNumberVi(2 / 3, 2); // => "0,67"
 * ```
 * @category Forms
 */
export function formatNumberVi(value: number, fractionDigits?: number): string {
  const path = ["value"];
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) >= 1e21) {
    throw mustBe("INVALID_COUNT", path, "a finite number below 10^21", "số hữu hạn nhỏ hơn 10^21", value);
  }
  let text: string;
  if (fractionDigits === undefined) {
    text = String(Math.abs(value));
    if (text.includes("e")) text = Math.abs(value).toFixed(20).replace(/0+$/, "");
  } else {
    text = Math.abs(value).toFixed(checkInteger(fractionDigits, ["fractionDigits"], "INVALID_OPTION", 0, 20));
  }
  const [whole = "0", fraction = ""] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const negative = value < 0 && /[1-9]/.test(text);
  return `${negative ? "-" : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

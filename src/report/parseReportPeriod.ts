import { describe } from "../_internal/checks.js";
import { daysInMonth, formatIsoDate, parseIsoDateFast } from "../_internal/epochDay.js";
import { isTthcError, type SafeResult, TthcError } from "../errors.js";

/**
 * Kỳ báo cáo — a reporting period: first and last day (inclusive) in Vietnam time.
 *
 * @example
 * ```ts
 * import type { ReportPeriod } from "tthc/report";
 * const q4: ReportPeriod = { kind: "quarter", from: "2026-10-01", to: "2026-12-31", label: "2026-Q4", labelVi: "quý IV/2026" };
 * ```
 * @category Report
 */
export interface ReportPeriod {
  /** `month`, `quarter`, `year` or `custom`. */
  readonly kind: "month" | "quarter" | "year" | "custom";
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
  /** Canonical text: `2026-10`, `2026-Q4`, `2026`, `2026-10-01..2026-10-15`. */
  readonly label: string;
  /** Vietnamese label: `tháng 10/2026`, `quý IV/2026`, `năm 2026`, `từ 01/10/2026 đến 15/10/2026`. */
  readonly labelVi: string;
}

const ROMAN = ["I", "II", "III", "IV"];
/** Keys of `{ from, to }`, or of a whole {@link ReportPeriod} given back. */
const PERIOD_KEYS: readonly string[] = ["from", "to", "kind", "label", "labelVi"];
const pad = (n: number): string => String(n).padStart(2, "0");
const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function invalid(input: unknown, why: string, whyVi: string): TthcError {
  return new TthcError("INVALID_PERIOD", `${describe(input)} ${why}`, {
    path: ["period"],
    messageVi: `${describe(input)} ${whyVi}`,
    details: { value: input },
  });
}

function checkYear(year: number, input: unknown): number {
  if (year < 1976 || year > 2199) throw invalid(input, "is outside the years 1976–2199", "nằm ngoài các năm 1976–2199");
  return year;
}

/**
 * Reads a reporting period: a month `2026-10`, a quarter `2026-Q4`, a year `2026`, a custom range
 * `2026-10-01..2026-10-15`, or `{ from, to }`. Periods are whole days in Vietnam time (REP-11).
 *
 * Đọc kỳ báo cáo (tháng, quý, năm, tùy chọn).
 *
 * @param input - The period text, or `{ from, to }` dates.
 * @returns The period with its first and last day.
 * @throws {@link tthc!TthcError} `INVALID_PERIOD` if the text is none of the forms, names a day that does not exist, runs backwards, or falls outside 1976–2199 (path `["period"]`), or the object has a key other than those of a {@link ReportPeriod} (path `["period", key]`).
 * @remarks The cut-off days of TT 01/2020/TT-VPCP reporting periods are not verified (REP-11): a
 * month is the calendar month; pass a custom range to follow another cut-off.
 * @see TT 01/2020/TT-VPCP (RULES REP-1, REP-11)
 * @example
 * ```ts
 * import { parseReportPeriod } from "tthc/report";
 * parseReportPeriod("2026-Q4").to; // => "2026-12-31"
 * parseReportPeriod("2024-02").to; // => "2024-02-29"
 * parseReportPeriod("2026-10").labelVi; // => "tháng 10/2026"
 * ```
 * @category Report
 */
export function parseReportPeriod(input: string | { readonly from: string; readonly to: string }): ReportPeriod {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    for (const key of Object.keys(input)) {
      if (!PERIOD_KEYS.includes(key)) {
        throw new TthcError("INVALID_PERIOD", `unknown key '${key}' in the period`, {
          path: ["period", key],
          messageVi: `khóa không được hỗ trợ '${key}' trong kỳ báo cáo`,
        });
      }
    }
    const { from, to } = input as { from?: unknown; to?: unknown };
    if (typeof from !== "string" || typeof to !== "string")
      throw invalid(input, "needs from and to dates", "cần from và to");
    return parseReportPeriod(`${from}..${to}`);
  }
  if (typeof input !== "string") throw invalid(input, "is not a period", "không phải kỳ báo cáo");
  const text = input.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m !== null) {
    const year = checkYear(Number(m[1]), input);
    return { kind: "year", from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}`, labelVi: `năm ${year}` };
  }
  m = /^(\d{4})-[Qq]([1-4])$/.exec(text);
  if (m !== null) {
    const year = checkYear(Number(m[1]), input);
    const q = Number(m[2]);
    const last = 3 * q;
    return {
      kind: "quarter",
      from: `${year}-${pad(last - 2)}-01`,
      to: `${year}-${pad(last)}-${daysInMonth(year, last)}`,
      label: `${year}-Q${q}`,
      labelVi: `quý ${ROMAN[q - 1]}/${year}`,
    };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m !== null) {
    const year = checkYear(Number(m[1]), input);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw invalid(input, "names no month", "không phải tháng hợp lệ");
    return {
      kind: "month",
      from: `${year}-${pad(month)}-01`,
      to: `${year}-${pad(month)}-${daysInMonth(year, month)}`,
      label: `${year}-${pad(month)}`,
      labelVi: `tháng ${month}/${year}`,
    };
  }
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m !== null) {
    const from = parseIsoDateFast(m[1]!);
    const to = parseIsoDateFast(m[2]!);
    if (Number.isNaN(from) || Number.isNaN(to))
      throw invalid(input, "names a day that does not exist", "có ngày không tồn tại");
    if (from > to) throw invalid(input, "ends before it starts", "kết thúc trước khi bắt đầu");
    checkYear(Number(m[1]!.slice(0, 4)), input);
    checkYear(Number(m[2]!.slice(0, 4)), input);
    const a = formatIsoDate(from);
    const b = formatIsoDate(to);
    return { kind: "custom", from: a, to: b, label: `${a}..${b}`, labelVi: `từ ${vnDate(a)} đến ${vnDate(b)}` };
  }
  throw invalid(
    input,
    "is not a period like 2026-10, 2026-Q4, 2026 or 2026-10-01..2026-10-15",
    "không phải kỳ báo cáo dạng 2026-10, 2026-Q4, 2026 hoặc 2026-10-01..2026-10-15",
  );
}

/**
 * {@link parseReportPeriod} that never throws.
 *
 * @param input - The period text, or `{ from, to }`.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParseReportPeriod } from "tthc/report";
 * const r = safeParseReportPeriod("2026-13");
 * r.success ? null : r.error.code; // => "INVALID_PERIOD"
 * ```
 * @category Report
 */
export function safeParseReportPeriod(
  input: string | { readonly from: string; readonly to: string },
): SafeResult<ReportPeriod> {
  try {
    return { success: true, data: parseReportPeriod(input) };
  } catch (error) {
    if (isTthcError(error)) return { success: false, error };
    throw error;
  }
}

import { checkIterable } from "../_internal/checks.js";
import { isTthcError, type SafeResult, TthcError } from "../errors.js";
import { createReportAccumulator, type ProcessingReport, type ReportOptions } from "./createReportAccumulator.js";
import type { ReportRecord } from "./reportRecord.js";

/**
 * Summarises dossier processing for a period in one pass: received (carried over + new by channel),
 * resolved early / on time / late, pending within time / overdue, withdrawn, refused and stopped
 * counted apart, and the on-time rate, by group.
 *
 * Tổng hợp tình hình, kết quả giải quyết hồ sơ TTHC — the report of {@link createReportAccumulator}
 * over a list (or any iterable) of records.
 *
 * @param records - Plain {@link ReportRecord}s (map `Dossier`s with `toReportRecord`).
 * @param options - See {@link ReportOptions}.
 * @returns The report.
 * @throws {@link tthc!TthcError} `INVALID_REPORT_RECORD` if `records` is not an iterable (path `[]`), or for a bad record (`path` starts with its index).
 * @throws {@link tthc!TthcError} `INVALID_PERIOD`, `INVALID_INSTANT` or `INVALID_OPTION` for bad options.
 * @remarks Defaults for early / on time / late and for the zero-denominator rate are UNCONFIRMED
 * (REP-5, REP-8); see {@link createReportAccumulator}.
 * @see TT 01/2020/TT-VPCP (RULES REP-1 to REP-11)
 * @example
 * ```ts
 * import { summarizeProcessing } from "tthc/report";
 * const base = { procedureCode: "1.001193", receivingAgency: "H26", channel: "direct", status: "returned" } as const;
 * const report = summarizeProcessing(
 *   [
 *     { ...base, code: "a", receivedAt: "2026-10-01T08:00:00+07:00", dueDate: "2026-10-06", resultReadyAt: "2026-10-06T10:00:00+07:00", returnedAt: "2026-10-06T10:00:00+07:00" },
 *     { ...base, code: "b", receivedAt: "2026-10-02T08:00:00+07:00", dueDate: "2026-10-07", resultReadyAt: "2026-10-09T10:00:00+07:00", returnedAt: "2026-10-09T10:00:00+07:00" },
 *     { ...base, code: "c", receivedAt: "2026-10-02T09:00:00+07:00", dueDate: "2026-10-07", resultReadyAt: "2026-10-05T10:00:00+07:00", returnedAt: "2026-10-05T10:00:00+07:00" },
 *   ],
 *   { period: "2026-10" },
 * );
 * [report.total.resolvedEarly, report.total.resolvedOnTime, report.total.resolvedLate]; // => [1, 1, 1]
 * report.total.onTimeRate; // => 66.67
 * ```
 * @category Report
 */
export function summarizeProcessing(records: Iterable<ReportRecord>, options: ReportOptions): ProcessingReport {
  const accumulator = createReportAccumulator(options);
  const list = checkIterable<ReportRecord>(
    records,
    "INVALID_REPORT_RECORD",
    "an iterable of report records (an array)",
    "danh sách bản ghi báo cáo (mảng)",
  );
  let index = 0;
  for (const record of list) {
    try {
      accumulator.add(record);
    } catch (error) {
      if (!isTthcError(error)) throw error;
      throw new TthcError(error.code, `record ${index}: ${error.message}`, {
        path: [index, ...error.path],
        messageVi: `bản ghi ${index}: ${error.messageVi}`,
        ...(error.details === undefined ? {} : { details: error.details }),
        cause: error,
      });
    }
    index++;
  }
  return accumulator.result();
}

/**
 * {@link summarizeProcessing} that never throws a {@link tthc!TthcError} (an error thrown by the
 * caller's own iterator or getters passes through).
 *
 * @param records - The records.
 * @param options - See {@link ReportOptions}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeSummarizeProcessing } from "tthc/report";
 * const r = safeSummarizeProcessing([], { period: "2026-13" });
 * r.success ? null : r.error.code; // => "INVALID_PERIOD"
 * ```
 * @category Report
 */
export function safeSummarizeProcessing(
  records: Iterable<ReportRecord>,
  options: ReportOptions,
): SafeResult<ProcessingReport> {
  try {
    return { success: true, data: summarizeProcessing(records, options) };
  } catch (error) {
    if (isTthcError(error)) return { success: false, error };
    throw error;
  }
}

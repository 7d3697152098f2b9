/**
 * `tthc report`: streams a CSV or JSON Lines file (or stdin) of dossier records (constant memory)
 * into a processing report. Bad rows are reported with their line numbers and counted; they never
 * stop the run unless `--strict` (exit 1). A file that cannot be read, or a CSV header without a
 * required column, stops the run before any row (exit 1); a bad option exits 2.
 * Node-only, and needs zod (through the report's records): src/cli/main.ts loads it only for `report`.
 */

import { PROCESSING_COLUMN_LABELS } from "../report/_columnLabels.js";
import {
  createReportAccumulator,
  PROCESSING_COLUMNS,
  type ProcessingRow,
  REPORT_RECORD_FIELDS,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";
import { exitCodeOf, RunError, UsageError, type Writer } from "./_errors.js";
import { readJobs, readReportCsv } from "./_fastReport.js";
import { helpOf, REPORT_REQUIRED } from "./_help.js";
import { type CliContext, readDecimals, readDelimiter, readInputArgs } from "./_input.js";
import { csvWriter, formatTable } from "./_output.js";
import { type ReadSettings, readRows, takeRows } from "./_readers.js";

const REPORT_RECORD_KEYS: ReadonlySet<string> = new Set(REPORT_RECORD_FIELDS);

/** The column a `--by` grouping reads, when it is not already required. */
const REPORT_BY_COLUMN: Readonly<Record<string, string>> = { sector: "sector" };

/** The table's column names, Vietnamese then English (shared with the HTML page). */
const HEADERS = PROCESSING_COLUMN_LABELS;

/** The `--csv` key of the total line (the API's `total.key` is `""`, a real group under `--by sector`). */
const CSV_TOTAL_KEY = "TOTAL";

/** Options of the report, by the flag that sets them. */
const OPTION_OF_FLAG: readonly (readonly [string, string])[] = [
  ["by", "by"],
  ["as-of", "asOf"],
  ["reference", "reference"],
  ["granularity", "granularity"],
  ["classify-against", "classifyAgainst"],
  ["copies", "interAgencyCopies"],
  ["rounding", "rounding"],
];

/**
 * `tthc report <file> --period …`: the processing report of a CSV or JSON Lines file of
 * `ReportRecord`s (`-`: standard input), streamed in constant memory. A CSV is checked for the
 * required columns (see the help) before any row is read.
 *
 * @returns Exit code: 0; 1 for a file that cannot be read, missing columns, or a bad row under
 * `--strict`; 2 for a usage error (bad option or argument, such as an invalid `--period`).
 */
export async function runReport(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: CliContext = {},
): Promise<number> {
  try {
    const args = readInputArgs(argv, "report", out);
    if (args === undefined) return 0;
    const [path, flags] = args;
    const delimiter = readDelimiter(flags);
    const period = flags.get("period");
    if (period === undefined) throw new UsageError("report needs --period (2026-10, 2026-Q4, 2026 or from..to)");
    const options: Record<string, unknown> = { period };
    for (const [flag, key] of OPTION_OF_FLAG) if (flags.has(flag)) options[key] = flags.get(flag);
    readDecimals(flags, options);
    const jobs = readJobs(flags);
    let accumulator = createReportAccumulator(options as unknown as ReportOptions);
    // --html: the page module (and ECharts) loaded before the input is read, months fed in the same read.
    const html = flags.get("html");
    const page = html === undefined ? undefined : await import("./_page.js");
    const language = page?.readPageLanguage(flags) ?? "vi";
    await page?.preparePage();
    const months = page?.monthlyAccumulators(options as unknown as ReportOptions) ?? [];
    const byColumn = REPORT_BY_COLUMN[flags.get("by") ?? ""];
    const needed = byColumn === undefined ? REPORT_REQUIRED : [...REPORT_REQUIRED, byColumn];
    const { onRow, tally } = takeRows(
      (fields) => {
        accumulator.add(fields as unknown as ReportRecord);
        if (months.length > 0) page!.addToMonths(months, fields as unknown as ReportRecord);
      },
      err,
      flags.has("strict"),
    );
    const settings: ReadSettings = {
      known: (name) => REPORT_RECORD_KEYS.has(name),
      missing: (header) => needed.filter((name) => !header.includes(name)),
      delimiter,
      err,
      tty: context.errIsTTY === true,
      stdin: context.stdin ?? process.stdin,
    };
    if (path !== "-" && /\.csv$/i.test(path)) {
      // A CSV file is read as bytes, on `--jobs` threads (src/cli/_fastReport.ts; one with --html's months).
      const run = { options, strict: flags.has("strict"), jobs, smallestRange: context.smallestRange };
      const theirs = await readReportCsv(path, settings, run, [accumulator, ...months], onRow, tally);
      if (theirs !== undefined) accumulator = accumulator.merge(theirs);
    } else await readRows(path, settings, onRow);
    if (tally.stopped) throw new RunError("--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad row");
    const bad = tally.bad;
    const report = accumulator.result();
    if (bad > 0) err(`${bad} dòng lỗi bị bỏ qua / ${bad} bad rows skipped (not counted in the report)\n`);
    if (page !== undefined && html !== undefined) {
      await page.writeReportPage(html, report, options as unknown as ReportOptions, months, language, err);
    }
    if (flags.has("json")) {
      out(`${JSON.stringify({ ...report, records: { ...report.records, invalid: bad } }, null, 2)}\n`);
    } else if (flags.has("csv")) {
      const csv = csvWriter(out, flags.has("bom"));
      csv.header(PROCESSING_COLUMNS);
      for (const r of report.rows) csv.row(PROCESSING_COLUMNS.map((c) => r[c]));
      csv.row(PROCESSING_COLUMNS.map((c) => (c === "key" ? CSV_TOTAL_KEY : report.total[c])));
    } else {
      const show = (r: ProcessingRow, label?: string) =>
        PROCESSING_COLUMNS.map((c) =>
          c === "key" ? (label ?? (r.key === "" ? "(trống)" : r.key)) : String(r[c] ?? "N/A"),
        );
      out(
        `Báo cáo ${report.period.labelVi} / report ${report.period.label}, tại / as of ${report.evaluatedAt}, nhóm / by ${report.by}\n`,
      );
      const body = report.by === "none" ? [] : report.rows.map((r) => show(r));
      const headers = [0, 1].map((k) => PROCESSING_COLUMNS.map((c) => HEADERS[c][k]!));
      out(`${formatTable([...headers, ...body, show(report.total, "Tổng/total")], "numbers")}\n`);
      const skipped = report.records;
      out(
        `Bản ghi / records: ${skipped.total}; liên thông (bản sao) / inter-agency copies: ${skipped.interAgencyCopies}; chưa tiếp nhận / not received: ${skipped.notReceived}; ngoài kỳ / outside the period: ${skipped.outsidePeriod}; lỗi / bad rows: ${bad}\n`,
      );
    }
    return 0;
  } catch (error) {
    return exitCodeOf(error, err, helpOf("report"));
  }
}

/**
 * Private to the CLI: `--html <file>` of `report` and `sipas` — the page of `tthc/report-html`
 * written to a file. Loaded only with the flag; ECharts (an optional peer) is loaded before the
 * input is read, so that a missing package stops the run at once, in both languages (exit 1).
 */

import { writeFile } from "node:fs/promises";
import { formatTthcError, isTthcError } from "../errors.js";
import type { SipasResult } from "../indices/index.js";
import {
  createReportAccumulator,
  type ProcessingReport,
  parseReportPeriod,
  type ReportAccumulator,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";
import { loadEcharts } from "../report-html/_charts.js";
import { renderReportHtml, renderSipasHtml } from "../report-html/index.js";
import { RunError, UsageError, type Writer } from "./_errors.js";

/** The page's language from `--lang` (readInputArgs refuses it without `--html`). */
export function readPageLanguage(flags: Map<string, string>): "vi" | "en" {
  const lang = flags.get("lang");
  if (lang === undefined || lang === "vi" || lang === "en") return lang ?? "vi";
  throw new UsageError(`--lang must be vi or en, got '${lang}'`);
}

/** A missing `echarts` as a failure of the run, in both languages; anything else as it is. */
function asRunError(error: unknown): unknown {
  if (isTthcError(error) && error.code === "MISSING_DEPENDENCY") {
    return new RunError(`${formatTthcError(error, "vi")}\n${formatTthcError(error, "en")}`);
  }
  return error;
}

/** Loads ECharts now, before any row is read. */
export async function preparePage(): Promise<void> {
  try {
    await loadEcharts();
  } catch (error) {
    throw asRunError(error);
  }
}

/**
 * One accumulator per whole month of the period (none for a single month): the same records, the
 * same rules, each month its own report, for the page's chart by month. Fed in the one read of
 * the input, beside the report's own accumulator.
 */
export function monthlyAccumulators(options: ReportOptions): ReportAccumulator[] {
  const period = parseReportPeriod(options.period);
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  for (;;) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    const m = parseReportPeriod(label);
    if (m.from > period.to) break;
    if (m.from >= period.from && m.to <= period.to) months.push(label);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  if (months.length < 2) return [];
  return months.map((label) => createReportAccumulator({ ...options, period: label, by: "none" }));
}

/** Adds a record to each monthly accumulator. */
export function addToMonths(months: readonly ReportAccumulator[], record: ReportRecord): void {
  for (const month of months) month.add(record);
}

/** Writes the report page to `path` and says so on `err`. */
export async function writeReportPage(
  path: string,
  report: ProcessingReport,
  reportOptions: ReportOptions,
  months: readonly ReportAccumulator[],
  language: "vi" | "en",
  err: Writer,
): Promise<void> {
  let html: string;
  try {
    html = await renderReportHtml(report, { reportOptions, months: months.map((m) => m.result()), language });
  } catch (error) {
    throw asRunError(error);
  }
  await write(path, html, err);
}

/** Writes the SIPAS page to `path` and says so on `err`. */
export async function writeSipasPage(
  path: string,
  result: SipasResult,
  language: "vi" | "en",
  err: Writer,
): Promise<void> {
  let html: string;
  try {
    html = await renderSipasHtml(result, { language });
  } catch (error) {
    throw asRunError(error);
  }
  await write(path, html, err);
}

async function write(path: string, html: string, err: Writer): Promise<void> {
  try {
    await writeFile(path, html, "utf8");
  } catch (error) {
    const why = (error as { code?: unknown }).code ?? String(error);
    throw new RunError(`Không ghi được tệp ${path} / cannot write ${path}: ${why}`);
  }
  err(`Đã ghi trang / page written: ${path}\n`);
}

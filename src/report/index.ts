/**
 * `tthc/report` — processing reports over plain dossier records: periods in Vietnam time, received /
 * resolved / pending columns, on-time rate with explicit rounding, and mergeable accumulators for
 * streams and shards.
 *
 * **When to use**: the periodic report of how dossiers were handled (báo cáo tình hình giải quyết hồ
 * sơ), from a database export or from workflow states, in one pass and in constant memory.
 *
 * Guide: [report](../../docs/guides/report.md).
 *
 * @module tthc/report
 * @primaryExport
 * @packageDocumentation
 */
export { checkProcessingInvariants } from "./checkProcessingInvariants.js";
export { computeOnTimeRate } from "./computeOnTimeRate.js";
export type {
  ProcessingReport,
  ProcessingRow,
  ReportAccumulator,
  ReportAccumulatorSnapshot,
  ReportGroupBy,
  ReportOptions,
} from "./createReportAccumulator.js";
export { createReportAccumulator, DEFAULT_REPORT_OPTIONS, PROCESSING_COLUMNS } from "./createReportAccumulator.js";
export type { ReportPeriod } from "./parseReportPeriod.js";
export { parseReportPeriod, safeParseReportPeriod } from "./parseReportPeriod.js";
export type { ReportRecord, StateReportOptions } from "./reportRecord.js";
export { stateToReportRecord, toReportRecord } from "./reportRecord.js";
export { REPORT_RECORD_FIELDS } from "./reportRecordFields.js";
export { safeSummarizeProcessing, summarizeProcessing } from "./summarizeProcessing.js";

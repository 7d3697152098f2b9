/**
 * Trường của bản ghi báo cáo — the field names of a {@link ReportRecord}, in one list: the record
 * reader refuses any other key, and a CSV or database export for `tthc report` uses them as columns.
 */
import type { ReportRecord } from "./reportRecord.js";

/**
 * Trường của bản ghi báo cáo — every field a {@link ReportRecord} may have, in the order of the model;
 * a report refuses any other key (`INVALID_REPORT_RECORD`). Use them as the column names of a CSV
 * export for `tthc report`.
 *
 * @example
 * ```ts
 * import { REPORT_RECORD_FIELDS } from "tthc/report";
 * REPORT_RECORD_FIELDS.includes("originalDueDate"); // => true
 * REPORT_RECORD_FIELDS.length; // => 16
 * ```
 * @category Report
 */
export const REPORT_RECORD_FIELDS: readonly (keyof ReportRecord)[] = Object.freeze([
  "code",
  "procedureCode",
  "sector",
  "receivingAgency",
  "competentAgency",
  "channel",
  "receivedAt",
  "dueDate",
  "dueAt",
  "originalDueDate",
  "originalDueAt",
  "status",
  "resultReadyAt",
  "returnedAt",
  "closedAt",
  "originDossierCode",
] as const satisfies readonly (keyof ReportRecord)[]);

/**
 * `tthc/report-html` — the processing report and the SIPAS indices as one self-contained HTML page:
 * the table officials publish monthly with its invariants checked, and SVG charts (on-time rate by
 * agency against a target, received / resolved / overdue by month, dossiers by channel,
 * satisfaction by element and criterion), drawn on the server by Apache ECharts.
 *
 * **When to use**: to publish or print the monthly report (báo cáo tình hình giải quyết hồ sơ) as a
 * page that opens anywhere offline and prints on A4 landscape — from the library, or with
 * `tthc report … --html report.html` and `tthc sipas … --html sipas.html`. Needs the optional
 * peer `echarts` (`npm install echarts`), loaded only when a page is rendered.
 *
 * Guide: [report](../../docs/guides/report.md#the-report-as-a-page).
 *
 * @module tthc/report-html
 * @primaryExport
 * @packageDocumentation
 */
export type { ReportHtmlOptions } from "./renderReportHtml.js";
export { renderReportHtml } from "./renderReportHtml.js";
export type { SipasHtmlOptions } from "./renderSipasHtml.js";
export { renderSipasHtml } from "./renderSipasHtml.js";

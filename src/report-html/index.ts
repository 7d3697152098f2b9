/**
 * `tthc/report-html` — the processing report as a self-contained HTML page with charts (being built).
 *
 * @module tthc/report-html
 * @packageDocumentation
 */
export {};

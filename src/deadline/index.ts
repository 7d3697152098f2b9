/**
 * `tthc/deadline` — the deadline calculator: from a receipt instant and a time limit (thời hạn giải
 * quyết) to the due date and instant printed on the appointment slip (ngày hẹn trả kết quả), with the
 * days skipped and the rules applied; working time between two instants and the time remaining.
 * Loads nothing at run time (no zod).
 *
 * **When to use**: a portal or a back office that prints appointment slips, checks a due date or
 * shows "còn 1 ngày 6 giờ". To follow a dossier through its whole life (pauses, supplements,
 * extensions), use `tthc/workflow`, which computes its dates with this module.
 *
 * Guide: [deadline](../../docs/guides/deadline.md).
 *
 * @module tthc/deadline
 * @primaryExport
 * @packageDocumentation
 */
export type { DueDate, DueDateInput, Pause, TraceStep } from "./computeDueDate.js";
export { computeDueDate, safeComputeDueDate } from "./computeDueDate.js";
export type { Duration, DurationUnit } from "./duration.js";
export { DURATION_UNITS } from "./duration.js";
export { parseDuration } from "./parseDuration.js";
export type { Remaining } from "./remaining.js";
export { remaining } from "./remaining.js";
export type { TimeRange, WorkingHours } from "./workingHours.js";
export { WORKING_HOURS_PRESETS } from "./workingHours.js";
export type { WorkingTime, WorkingTimeOptions } from "./workingTimeBetween.js";
export { workingTimeBetween } from "./workingTimeBetween.js";

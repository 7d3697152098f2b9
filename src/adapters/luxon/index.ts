/**
 * `tthc/luxon` — the Vietnamese working calendar and deadline calculator on luxon `DateTime`s:
 * a `DateTime` in any zone is read in Asia/Ho_Chi_Minh, and the `DateTime`s returned are in
 * Asia/Ho_Chi_Minh. luxon is an optional peer dependency; this module never imports it at run
 * time (it works through the methods of the `DateTime`s it is given).
 *
 * **When to use**: code built on luxon (or replacing luxon-business-days) that wants Vietnamese
 * working days and due dates without converting to strings.
 *
 * Guide: [adapters](../../../docs/guides/adapters.md).
 *
 * @module tthc/luxon
 * @primaryExport
 * @packageDocumentation
 */
export type { WorkingDayOptions } from "../_shared.js";
export { addWorkingDays } from "./addWorkingDays.js";
export type { DueDateTime, DueDateTimeInput, PauseDateTime } from "./computeDueDateTime.js";
export { computeDueDateTime } from "./computeDueDateTime.js";
export { isWorkingDay } from "./isWorkingDay.js";
export { workingDaysBetween } from "./workingDaysBetween.js";

/**
 * `tthc/calendar` — the Vietnamese working calendar (lịch làm việc) of state agencies: weekends,
 * statutory holidays by the law in force each year, the Government's announced schedules with their
 * sources, compensatory days off (nghỉ bù), swapped days and makeup Saturdays (làm bù), and the
 * Vietnamese lunar calendar at UTC+7. Loads nothing at run time (no zod).
 *
 * **When to use**: to ask whether a day is a working day, to add or count working days, to list the
 * days off of a year or to convert between solar and lunar dates. For the due date of a dossier, use
 * `tthc/deadline`, which builds on it.
 *
 * Guide: [calendar](../../docs/guides/calendar.md).
 *
 * @module tthc/calendar
 * @primaryExport
 * @packageDocumentation
 */
export type { DateInput } from "../_internal/epochDay.js";
export type { DayInfo, DayKind, HolidayBlock, Label, ScheduleEntry, ScheduleRowKind } from "./_types.js";
export type {
  LocalDay,
  NationalDaySecondDay,
  StatutoryHolidayRule,
  WorkingCalendar,
  WorkingCalendarOptions,
} from "./createWorkingCalendar.js";
export {
  createWorkingCalendar,
  DEFAULT_CALENDAR_OPTIONS,
} from "./createWorkingCalendar.js";
export type { CanChi, LunarDate } from "./lunar/index.js";
export { canChi, fromLunar, hungKingsDate, tetDate, toLunar } from "./lunar/index.js";
export { OFFICIAL_SCHEDULE } from "./officialSchedule.js";

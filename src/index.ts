/**
 * tthc — Vietnamese administrative procedures (thủ tục hành chính) under the one-stop mechanism.
 * The root entry re-exports every module; subpaths (`tthc/calendar`, `tthc/deadline`) load less.
 */

export type {
  CanChi,
  DayInfo,
  DayKind,
  HolidayBlock,
  Label,
  LocalDay,
  LunarDate,
  NationalDaySecondDay,
  ScheduleEntry,
  ScheduleRowKind,
  StatutoryHolidayRule,
  WorkingCalendar,
  WorkingCalendarOptions,
} from "./calendar/index.js";
export {
  canChi,
  createWorkingCalendar,
  DEFAULT_CALENDAR_OPTIONS,
  fromLunar,
  hungKingsDate,
  OFFICIAL_SCHEDULE,
  tetDate,
  toLunar,
} from "./calendar/index.js";
export type {
  DueDate,
  DueDateInput,
  Duration,
  DurationUnit,
  Pause,
  Remaining,
  TimeRange,
  TraceStep,
  WorkingHours,
  WorkingTime,
  WorkingTimeOptions,
} from "./deadline/index.js";
export {
  computeDueDate,
  DURATION_UNITS,
  remaining,
  safeComputeDueDate,
  WORKING_HOURS_PRESETS,
  workingTimeBetween,
} from "./deadline/index.js";
export type { SafeResult, TthcErrorCode, TthcErrorOptions } from "./errors.js";
export { formatTthcError, isTthcError, TthcError } from "./errors.js";

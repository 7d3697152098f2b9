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

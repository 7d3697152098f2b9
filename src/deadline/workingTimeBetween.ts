import { checkObject } from "../_internal/checks.js";
import { toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import type { WorkingCalendar } from "../calendar/createWorkingCalendar.js";
import { WorkingClock } from "./_workingClock.js";
import { checkHoursPerDay, compileWorkingHours, resolveCalendar, type WorkingHours } from "./workingHours.js";

/**
 * Options of {@link workingTimeBetween} and {@link remaining}.
 *
 * @example
 * ```ts
 * import type { WorkingTimeOptions } from "tthc/deadline";
 * const options: WorkingTimeOptions = { hoursPerWorkingDay: 8 };
 * ```
 * @category Deadline
 */
export interface WorkingTimeOptions {
  /** Working calendar. @defaultValue `createWorkingCalendar()` */
  readonly calendar?: WorkingCalendar;
  /** Working hours. @defaultValue `WORKING_HOURS_PRESETS.commune` */
  readonly workingHours?: WorkingHours;
  /** Hours that make one working day in the breakdown (RULES DL-5, DL-15). @defaultValue `8` */
  readonly hoursPerWorkingDay?: number;
}

/**
 * Thời gian làm việc — an amount of working time, signed in `totalMinutes`, broken down (as a
 * magnitude) into days of `hoursPerWorkingDay` hours, hours and minutes.
 *
 * @example
 * ```ts
 * import type { WorkingTime } from "tthc/deadline";
 * const t: WorkingTime = { totalMinutes: 1020, days: 2, hours: 1, minutes: 0 };
 * ```
 * @category Deadline
 */
export interface WorkingTime {
  /** Working minutes from the first instant to the second; negative if the second is earlier. */
  readonly totalMinutes: number;
  /** Whole working days in `|totalMinutes|`. */
  readonly days: number;
  /** Remaining whole hours. */
  readonly hours: number;
  /** Remaining minutes. */
  readonly minutes: number;
}

/** @internal Checks options and builds the clock. */
export function clockFor(options: unknown): { clock: WorkingClock; hoursPerDay: number } {
  const record = checkObject(options === undefined ? {} : options, ["options"], "INVALID_OPTION", [
    "calendar",
    "workingHours",
    "hoursPerWorkingDay",
  ]);
  const hoursPerDay = checkHoursPerDay(record["hoursPerWorkingDay"], ["options", "hoursPerWorkingDay"]);
  const engine = resolveCalendar(record["calendar"], ["options", "calendar"]);
  const hours = compileWorkingHours(record["workingHours"], ["options", "workingHours"]);
  return { clock: new WorkingClock(engine, hours, []), hoursPerDay };
}

/** @internal Breaks signed working milliseconds into a {@link WorkingTime}. */
export function breakDown(ms: number, hoursPerDay: number): WorkingTime {
  const totalMinutes = Math.trunc(ms / 60_000);
  const abs = Math.abs(totalMinutes);
  const perDay = Math.round(hoursPerDay * 60);
  const days = Math.floor(abs / perDay);
  const rest = abs - days * perDay;
  return Object.freeze({
    totalMinutes: totalMinutes === 0 ? 0 : totalMinutes,
    days,
    hours: Math.floor(rest / 60),
    minutes: rest % 60,
  });
}

/**
 * Thời gian làm việc giữa hai thời điểm — the working time between two instants: only time
 * inside working hours of working days counts (the inverse of adding working hours).
 *
 * @param from - ISO date-time with offset, or a `Date`.
 * @param to - ISO date-time with offset, or a `Date`.
 * @param options - Calendar, working hours, hours per day.
 * @returns The {@link WorkingTime}; negative `totalMinutes` if `to` is before `from`.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if an instant is malformed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object, an unknown or ill-typed option, or a foreign calendar.
 * @throws {@link tthc!TthcError} `INVALID_TIME` if `workingHours` is malformed.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` outside 1975-06-13 … or the calendar's range.
 * @see RULES DL-2, DL-15
 * @example
 * ```ts
 * import { workingTimeBetween } from "tthc/deadline";
 * const t = workingTimeBetween("2026-02-13T16:00:00+07:00", "2026-02-23T09:00:00+07:00");
 * t.totalMinutes; // => 180
 * t.hours; // => 3
 * ```
 * @category Deadline
 */
export function workingTimeBetween(from: string | Date, to: string | Date, options?: WorkingTimeOptions): WorkingTime {
  const a = toVietnamLocal(toInstantMs(from, ["from"]));
  const b = toVietnamLocal(toInstantMs(to, ["to"]));
  const { clock, hoursPerDay } = clockFor(options);
  clock.checkInRange(a, ["from"]);
  clock.checkInRange(b, ["to"]);
  const ms = a <= b ? clock.between(a, b) : -clock.between(b, a);
  return breakDown(ms, hoursPerDay);
}

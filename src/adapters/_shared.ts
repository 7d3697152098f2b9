/**
 * What the date-fns and luxon adapters share: their options, reading their arguments as Vietnamese
 * days, and naming their own parameters in errors. Private: never re-exported except the options type.
 */

import type { CalendarEngineView as CalendarEngine } from "../_internal/calendarEngine.js";
import { describe } from "../_internal/checks.js";
import { MS_PER_DAY, VN_OFFSET_MS } from "../_internal/epochDay.js";
import type { WorkingCalendar } from "../calendar/createWorkingCalendar.js";
import { resolveCalendar } from "../deadline/workingHours.js";
import { isTthcError, TthcError } from "../errors.js";

/**
 * Tùy chọn — options of the adapter functions: which working calendar (lịch làm việc) to count on.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import type { WorkingDayOptions } from "tthc/date-fns";
 * const options: WorkingDayOptions = { calendar: createWorkingCalendar({ extraDaysOff: ["2026-03-20"] }) };
 * ```
 * @category Adapters
 */
export interface WorkingDayOptions {
  /**
   * The working calendar to count on, made by `createWorkingCalendar`.
   * @defaultValue `createWorkingCalendar()` (one shared default, as in `computeDueDate`)
   */
  readonly calendar?: WorkingCalendar;
}

/**
 * The engine behind `options.calendar` (the shared default when absent); strict about the options
 * object: keys other than `known` are refused.
 */
export function engineFor(options: unknown, known: readonly string[] = ["calendar"]): CalendarEngine {
  if (options === undefined) return resolveCalendar(undefined, ["options", "calendar"]);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TthcError("INVALID_OPTION", `options must be an object, got ${describe(options)}`, {
      path: ["options"],
      messageVi: `tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
    });
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TthcError("INVALID_OPTION", `unknown option '${key}'`, {
        path: ["options", key],
        messageVi: `tùy chọn không được hỗ trợ '${key}'`,
      });
    }
  }
  return resolveCalendar((options as Record<string, unknown>)["calendar"], ["options", "calendar"]);
}

/** Epoch milliseconds of 00:00 in Vietnam (UTC+7) on a day number: 17:00 UTC the day before. */
export function vietnamMidnightMs(day: number): number {
  return day * MS_PER_DAY - VN_OFFSET_MS;
}

/** Throws `INVALID_DURATION` at `path` unless `value` is a whole number (of working days). */
export function checkWholeNumber(value: unknown, name: string): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw new TthcError("INVALID_DURATION", `${name} must be a whole number of working days, got ${describe(value)}`, {
    path: [name],
    messageVi: `${name} phải là số nguyên ngày làm việc, nhận được ${describe(value)}`,
    details: { value },
  });
}

/**
 * Runs `run`; a {@link tthc!TthcError} whose path starts with one of the core's parameter names is
 * thrown again under the adapter's name for it (`start` → `date`), the original as its `cause`.
 */
export function renamingPaths<T>(names: Readonly<Record<string, string>>, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isTthcError(error)) throw error;
    const head = error.path[0];
    const renamed = typeof head === "string" ? names[head] : undefined;
    if (renamed === undefined) throw error;
    throw new TthcError(error.code, error.message, {
      path: [renamed, ...error.path.slice(1)],
      messageVi: error.messageVi,
      ...(error.details === undefined ? {} : { details: error.details }),
      cause: error,
    });
  }
}

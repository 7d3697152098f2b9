/**
 * Reading a date-fns style date argument as a calendar day, and making the `Date` of a day, the way
 * date-fns v4 does: a `Date` names the day its own getters show (the host's day for a plain `Date`,
 * the zone's day for a `TZDate`), and the `in` context option, when given, decides the zone first.
 */

import type { CalendarEngineView as CalendarEngine } from "../../_internal/calendarEngine.js";
import { describe } from "../../_internal/checks.js";
import { civilFromDays, daysFromCivil, formatIsoDate, parseIsoDateFast } from "../../_internal/epochDay.js";
import { TthcError } from "../../errors.js";
import { type WorkingDayOptions as CalendarOption, engineFor } from "../_shared.js";

/**
 * date-fns' context function (`ContextFn`): makes the date in a context, e.g. `tz("Asia/Ho_Chi_Minh")`
 * from `@date-fns/tz`. Structural, so that date-fns is not loaded.
 *
 * @example
 * ```ts
 * import type { DateContext } from "tthc/date-fns";
 * const hostDay: DateContext<Date> = (value) => new Date(value);
 * ```
 * @category Adapters
 */
export type DateContext<DateType extends Date = Date> = (value: Date | number) => DateType;

/**
 * Tùy chọn — options of the `tthc/date-fns` functions: the working calendar (lịch làm việc) to count
 * on, and date-fns v4's `in` context.
 *
 * @example
 * ```ts
 * import { tz } from "@date-fns/tz";
 * import { createWorkingCalendar } from "tthc/calendar";
 * import type { WorkingDayOptions } from "tthc/date-fns";
 * const options: WorkingDayOptions = {
 *   calendar: createWorkingCalendar({ extraDaysOff: ["2026-03-20"] }),
 *   in: tz("Asia/Ho_Chi_Minh"),
 * };
 * ```
 * @category Adapters
 */
export interface WorkingDayOptions<DateType extends Date = Date> extends CalendarOption {
  /**
   * date-fns v4's context: the zone the date is read in and the result made in, e.g.
   * `tz("Asia/Ho_Chi_Minh")` from `@date-fns/tz`. Without it, the date's own (host's) calendar day.
   * @defaultValue the date's own kind (`Date`: the host's time zone; `TZDate`: its zone)
   */
  readonly in?: DateContext<DateType>;
}

/** date-fns' mark for a date class that builds its own copies (`TZDate` has it). */
const CONSTRUCT_FROM = Symbol.for("constructDateFrom");

/** A `Date` (or subclass) argument, read once: the day its getters show and how to make its kind. */
interface DateArg {
  /** `YYYY-MM-DD` of the calendar day the date names. */
  readonly iso: string;
  /** Makes a date of the same kind (and zone) as the argument, or of the `in` context. */
  readonly make: (value: Date | number) => Date;
}

/** What an `in` option or a date's own constructor gave: must be a valid `Date`. */
function checkMade(value: unknown, path: readonly (string | number)[]): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  throw new TthcError("INVALID_OPTION", `the date context must make a valid Date, got ${describe(value)}`, {
    path,
    messageVi: `ngữ cảnh ngày phải tạo ra một Date hợp lệ, nhận được ${describe(value)}`,
  });
}

/** How date-fns' `constructFrom` makes a date of `like`'s kind. */
function makerOf(like: Date): (value: Date | number) => Date {
  const own = (like as unknown as Record<symbol, unknown>)[CONSTRUCT_FROM];
  if (typeof own === "function") return (value) => own.call(like, value) as Date;
  const Kind = like.constructor as new (value: Date | number) => Date;
  return (value) => new Kind(value);
}

/**
 * Reads a `Date` or an epoch-millisecond timestamp as the calendar day it names: the `in` context's
 * day when given, else the date's own getters (the host's day for a plain `Date`).
 *
 * @throws TthcError `INVALID_DATE` at `path` for an invalid `Date`, `NaN` or anything else;
 *   `INVALID_OPTION` at `options.in` when the context does not make a valid `Date`.
 */
export function readDateArg(value: unknown, path: string, context: DateContext | undefined): DateArg {
  const isDate = value instanceof Date;
  if ((!isDate && typeof value !== "number") || Number.isNaN(isDate ? value.getTime() : value)) {
    throw new TthcError(
      "INVALID_DATE",
      `expected a valid Date or a timestamp in milliseconds, got ${describe(value)}`,
      {
        path: [path],
        messageVi: `cần một Date hợp lệ hoặc mốc thời gian tính bằng mili giây, nhận được ${describe(value)}`,
        details: { value },
      },
    );
  }
  const date = value as Date | number;
  let make: (value: Date | number) => Date;
  let seen: Date;
  if (context === undefined) {
    seen = isDate ? (date as Date) : new Date(date);
    make = isDate ? makerOf(date as Date) : (v) => new Date(v);
  } else {
    make = (v) => checkMade(context(v), ["options", "in"]);
    seen = make(date);
  }
  return { iso: formatIsoDate(daysFromCivil(seen.getFullYear(), seen.getMonth() + 1, seen.getDate())), make };
}

/**
 * The start (00:00) of a `YYYY-MM-DD` day, as a date of the argument's kind and zone: what
 * date-fns' `startOfDay` gives for that day. A new object; the argument is not touched.
 */
export function startOfDayLike<DateType extends Date>(arg: DateArg, isoDay: string): DateType {
  const [year, month, day] = civilFromDays(parseIsoDateFast(isoDay));
  const result = arg.make(0);
  result.setFullYear(year, month - 1, day);
  result.setHours(0, 0, 0, 0);
  return result as DateType;
}

/** The calendar engine and the `in` context of date-fns style options, with unknown keys refused. */
export function readDateFnsOptions(options: unknown): { engine: CalendarEngine; context: DateContext | undefined } {
  const engine = engineFor(options, ["calendar", "in"]);
  const context = options === undefined ? undefined : (options as Record<string, unknown>)["in"];
  if (context !== undefined && typeof context !== "function") {
    throw new TthcError("INVALID_OPTION", `options.in must be a date-fns context function, got ${describe(context)}`, {
      path: ["options", "in"],
      messageVi: `options.in phải là một hàm ngữ cảnh của date-fns, nhận được ${describe(context)}`,
    });
  }
  return { engine, context: context as DateContext | undefined };
}

import type { CalendarEngineView as CalendarEngine } from "../_internal/calendarEngine.js";
import { engineOf } from "../_internal/calendarEngine.js";
import { checkObject, mustBe, type Path } from "../_internal/checks.js";
import { parseTimeOfDay } from "../_internal/instant.js";
import { createWorkingCalendar } from "../calendar/createWorkingCalendar.js";

/**
 * Khoảng giờ làm việc — one working interval of a day, `["07:00", "11:30"]`, in Vietnam time.
 *
 * @example
 * ```ts
 * import type { TimeRange } from "tthc/deadline";
 * const morning: TimeRange = ["07:00", "11:30"];
 * ```
 * @category Deadline
 */
export type TimeRange = readonly [start: string, end: string];

/**
 * Giờ làm việc — an agency's working hours: the intervals of a working day, optionally per weekday
 * (0 = Sunday … 6 = Saturday). Makeup Saturdays (làm bù) use `byWeekday[6]` if given, else `intervals`.
 *
 * @example
 * ```ts
 * import type { WorkingHours } from "tthc/deadline";
 * const hours: WorkingHours = {
 *   intervals: [["07:30", "11:30"], ["13:30", "17:00"]],
 *   byWeekday: { 5: [["07:30", "11:30"], ["13:30", "16:30"]] },
 * };
 * ```
 * @see RULES CAL-14 (hours are local, per agency and weekday)
 * @category Deadline
 */
export interface WorkingHours {
  /** Intervals of a working day, in order, not overlapping. */
  readonly intervals: readonly TimeRange[];
  /** Intervals for particular weekdays, replacing `intervals` on those days. */
  readonly byWeekday?: Readonly<Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, readonly TimeRange[]>>>;
}

/**
 * Preset working hours (RULES CAL-14, practice): `commune` 07:00–11:30 / 13:30–17:00 (8 h, the
 * default) and `opencps` 07:30–11:30 / 13:00–17:00 (8 h, OpenCPS's default).
 *
 * @example
 * ```ts
 * import { WORKING_HOURS_PRESETS } from "tthc/deadline";
 * WORKING_HOURS_PRESETS.commune.intervals[0]; // => ["07:00", "11:30"]
 * ```
 * @category Deadline
 */
export const WORKING_HOURS_PRESETS = /* @__PURE__ */ Object.freeze({
  commune: Object.freeze({
    intervals: Object.freeze([Object.freeze(["07:00", "11:30"]), Object.freeze(["13:30", "17:00"])]),
  }) as WorkingHours,
  opencps: Object.freeze({
    intervals: Object.freeze([Object.freeze(["07:30", "11:30"]), Object.freeze(["13:00", "17:00"])]),
  }) as WorkingHours,
});

/** Working hours as millisecond-of-day pairs, per weekday (index 0–6). @internal */
export type CompiledHours = readonly (readonly number[])[];

const INTERVALS = [
  '[["HH:mm", "HH:mm"], …], in order, not overlapping',
  '[["HH:mm", "HH:mm"], …], tăng dần, không chồng nhau',
] as const;

/** Hours in a working day when days become hours (RULES DL-5): a number in (0, 24], 8 when absent. */
export function checkHoursPerDay(value: unknown, path: Path): number {
  const hours = value === undefined ? 8 : value; // `null` is refused, not read as "not given"
  if (typeof hours !== "number" || !(hours > 0 && hours <= 24))
    throw mustBe("INVALID_OPTION", path, "a number in (0, 24]", "số trong khoảng (0, 24]", hours);
  return hours;
}

function compileIntervals(value: unknown, path: Path): number[] {
  if (!Array.isArray(value) || value.length === 0) throw mustBe("INVALID_TIME", path, ...INTERVALS, value);
  const out: number[] = [];
  let last = -1;
  value.forEach((range: unknown, i) => {
    if (!Array.isArray(range) || range.length !== 2) throw mustBe("INVALID_TIME", [...path, i], ...INTERVALS, range);
    const [start, end] = range.map((bound: unknown, j) => {
      const ms = parseTimeOfDay(bound);
      if (Number.isNaN(ms)) throw mustBe("INVALID_TIME", [...path, i, j], "a time HH:mm", "giờ dạng HH:mm", bound);
      return ms;
    }) as [number, number];
    if (start >= end || start < last) throw mustBe("INVALID_TIME", [...path, i], ...INTERVALS, range);
    last = end;
    out.push(start, end);
  });
  return out;
}

const compiled = new WeakMap<object, CompiledHours>();

/**
 * Validates working hours and compiles them per weekday. A frozen object (the presets, or a
 * caller's frozen configuration) is compiled once and remembered. @internal
 */
export function compileWorkingHours(value: unknown, path: readonly (string | number)[]): CompiledHours {
  const hours = value === undefined ? WORKING_HOURS_PRESETS.commune : value;
  if (
    typeof hours === "object" &&
    hours !== null &&
    Object.isFrozen(hours) &&
    Object.isFrozen((hours as { intervals?: unknown }).intervals)
  ) {
    const known = compiled.get(hours);
    if (known !== undefined) return known;
    const result = compileFresh(hours, path);
    compiled.set(hours, result);
    return result;
  }
  return compileFresh(hours, path);
}

function compileFresh(hours: unknown, path: Path): CompiledHours {
  const record = checkObject(
    hours,
    path,
    "INVALID_TIME",
    ["intervals", "byWeekday"],
    "{ intervals, byWeekday? }",
    "{ intervals, byWeekday? }",
  );
  const base = compileIntervals(record["intervals"], [...path, "intervals"]);
  const perDay: number[][] = [base, base, base, base, base, base, base];
  if (record["byWeekday"] !== undefined) {
    const byWeekday = checkObject(
      record["byWeekday"],
      [...path, "byWeekday"],
      "INVALID_TIME",
      ["0", "1", "2", "3", "4", "5", "6"],
      "{ [weekday 0–6]: intervals }",
      "{ [thứ 0–6]: các khoảng giờ }",
    );
    for (const [key, intervals] of Object.entries(byWeekday)) {
      perDay[Number(key)] = compileIntervals(intervals, [...path, "byWeekday", key]);
    }
  }
  return perDay;
}

export function resolveCalendar(value: unknown, path: readonly (string | number)[]): CalendarEngine {
  if (value === undefined) return defaultEngine();
  const engine = engineOf(value);
  if (engine === undefined) {
    throw mustBe(
      "INVALID_OPTION",
      path,
      "made by createWorkingCalendar()",
      "được tạo bằng createWorkingCalendar()",
      value,
    );
  }
  return engine;
}

let sharedDefault: CalendarEngine | undefined;
function defaultEngine(): CalendarEngine {
  // One default calendar, created on first use: a value cache, not configurable global state.
  sharedDefault ??= engineOf(createWorkingCalendar()) as CalendarEngine;
  return sharedDefault;
}

import { describe } from "../_internal/epochDay.js";
import { parseTimeOfDay } from "../_internal/instant.js";
import type { CalendarEngine } from "../calendar/_engine.js";
import { createWorkingCalendar, engineOf } from "../calendar/createWorkingCalendar.js";
import { TthcError } from "../errors.js";

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

function badHours(path: readonly (string | number)[], en: string, vi: string): TthcError {
  return new TthcError("INVALID_TIME", en, { path, messageVi: vi });
}

function compileIntervals(value: unknown, path: readonly (string | number)[]): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badHours(
      path,
      "working hours need at least one [start, end] interval",
      "giờ làm việc cần ít nhất một khoảng [bắt đầu, kết thúc]",
    );
  }
  const out: number[] = [];
  let last = -1;
  value.forEach((range: unknown, i) => {
    if (!Array.isArray(range) || range.length !== 2) {
      throw badHours(
        [...path, i],
        `expected ["HH:mm", "HH:mm"], got ${describe(range)}`,
        `cần ["HH:mm", "HH:mm"], nhận được ${describe(range)}`,
      );
    }
    const start = parseTimeOfDay(range[0]);
    const end = parseTimeOfDay(range[1]);
    if (Number.isNaN(start))
      throw badHours(
        [...path, i, 0],
        `${describe(range[0])} is not HH:mm`,
        `${describe(range[0])} không đúng dạng HH:mm`,
      );
    if (Number.isNaN(end))
      throw badHours(
        [...path, i, 1],
        `${describe(range[1])} is not HH:mm`,
        `${describe(range[1])} không đúng dạng HH:mm`,
      );
    if (start >= end || start < last) {
      throw badHours(
        [...path, i],
        "intervals must run forwards, in order, without overlapping",
        "các khoảng giờ phải theo thứ tự tăng dần và không chồng nhau",
      );
    }
    last = end;
    out.push(start, end);
  });
  return out;
}

/** Compiled working hours by the (frozen or caller-held) object they came from. */
const compiled = new WeakMap<object, CompiledHours>();

/**
 * Validates working hours and compiles them per weekday. A frozen object (the presets, or a
 * caller's frozen configuration) is compiled once and remembered. @internal
 */
export function compileWorkingHours(value: unknown, path: readonly (string | number)[]): CompiledHours {
  const hours = value ?? WORKING_HOURS_PRESETS.commune;
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

function compileFresh(hours: unknown, path: readonly (string | number)[]): CompiledHours {
  if (typeof hours !== "object" || hours === null || Array.isArray(hours)) {
    throw badHours(
      path,
      "workingHours must be { intervals, byWeekday? }",
      "workingHours phải có dạng { intervals, byWeekday? }",
    );
  }
  const record = hours as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== "intervals" && key !== "byWeekday")
      throw badHours([...path, key], `unknown key '${key}'`, `khóa không được hỗ trợ '${key}'`);
  }
  const base = compileIntervals(record["intervals"], [...path, "intervals"]);
  const perDay: number[][] = [base, base, base, base, base, base, base];
  const byWeekday = record["byWeekday"];
  if (byWeekday !== undefined) {
    if (typeof byWeekday !== "object" || byWeekday === null || Array.isArray(byWeekday)) {
      throw badHours(
        [...path, "byWeekday"],
        "byWeekday maps weekday numbers 0–6 to intervals",
        "byWeekday ánh xạ thứ 0–6 sang các khoảng giờ",
      );
    }
    for (const [key, intervals] of Object.entries(byWeekday)) {
      const weekday = Number(key);
      if (!/^[0-6]$/.test(key))
        throw badHours(
          [...path, "byWeekday", key],
          "weekdays are 0 (Sunday) … 6 (Saturday)",
          "thứ trong tuần từ 0 (Chủ nhật) đến 6 (Thứ Bảy)",
        );
      perDay[weekday] = compileIntervals(intervals, [...path, "byWeekday", key]);
    }
  }
  return perDay;
}

/** Calendar of a call: the given one (must come from createWorkingCalendar) or the default. @internal */
export function resolveCalendar(value: unknown, path: readonly (string | number)[]): CalendarEngine {
  if (value === undefined) return defaultEngine();
  const engine = engineOf(value);
  if (engine === undefined) {
    throw new TthcError("INVALID_OPTION", "calendar must be made by createWorkingCalendar()", {
      path,
      messageVi: "calendar phải được tạo bằng createWorkingCalendar()",
    });
  }
  return engine;
}

let sharedDefault: CalendarEngine | undefined;
function defaultEngine(): CalendarEngine {
  // One default calendar, created on first use: a value cache, not configurable global state.
  sharedDefault ??= engineOf(createWorkingCalendar()) as CalendarEngine;
  return sharedDefault;
}

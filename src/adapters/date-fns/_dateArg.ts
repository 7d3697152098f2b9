/** Reading a date-fns style date argument (a `Date` or a timestamp) as a day in Vietnam. */

import { describe } from "../../_internal/checks.js";
import { formatIsoDate, parseIsoDateFast, toDayNumber } from "../../_internal/epochDay.js";
import { TthcError } from "../../errors.js";
import { vietnamMidnightMs } from "../_shared.js";

/**
 * `YYYY-MM-DD` of the day a `Date` or epoch-millisecond timestamp falls on in Asia/Ho_Chi_Minh.
 *
 * @throws TthcError `INVALID_DATE` at `path` for an invalid `Date`, `NaN` or anything else.
 */
export function isoDayOfDateArg(value: unknown, path: string): string {
  if (value instanceof Date) return formatIsoDate(toDayNumber(value, [path]));
  if (typeof value === "number") return formatIsoDate(toDayNumber(new Date(value), [path]));
  throw new TthcError("INVALID_DATE", `expected a Date or a timestamp in milliseconds, got ${describe(value)}`, {
    path: [path],
    messageVi: `cần một Date hoặc mốc thời gian tính bằng mili giây, nhận được ${describe(value)}`,
    details: { value },
  });
}

/** The `Date` at 00:00 in Vietnam (17:00 UTC the day before) of a `YYYY-MM-DD` the calendar returned. */
export function vietnamMidnight(isoDay: string): Date {
  return new Date(vietnamMidnightMs(parseIsoDateFast(isoDay)));
}

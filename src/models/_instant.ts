/**
 * Reading an instant argument (ISO date-time with offset, or a `Date`) as epoch milliseconds and
 * as a Vietnamese civil day number. Function arguments accept exactly what `tthc/deadline` accepts.
 */
import { MS_PER_DAY, VN_OFFSET_MS } from "../_internal/epochDay.js";
import { toInstantMs } from "../_internal/instant.js";

/**
 * Epoch milliseconds of an instant given as an ISO date-time with offset or a valid `Date`.
 *
 * @throws TthcError `INVALID_INSTANT` with `path`; `OUT_OF_RANGE` outside 1975-06-13 … 2199-12-31.
 */
export const instantToMs: (value: unknown, path: readonly (string | number)[]) => number = toInstantMs;

/** Day number (days since 1970-01-01) of an instant read in Asia/Ho_Chi_Minh (UTC+7). */
export function vietnamDayOf(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

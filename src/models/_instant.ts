/**
 * Reading an instant argument (ISO date-time with offset, or a `Date`) as epoch milliseconds and
 * as a Vietnamese civil day number. Function arguments accept exactly what `tthc/deadline` accepts.
 */
import { toInstantMs, vietnamDayOfMs } from "../_internal/instant.js";

/**
 * Epoch milliseconds of an instant given as an ISO date-time with offset or a valid `Date`.
 *
 * @throws TthcError `INVALID_INSTANT` with `path`; `OUT_OF_RANGE` outside 1975-06-13 … 2199-12-31.
 */
export const instantToMs: (value: unknown, path: readonly (string | number)[]) => number = toInstantMs;

/** Day number (days since 1970-01-01) of an instant read in Asia/Ho_Chi_Minh (UTC+7). */
export const vietnamDayOf: (ms: number) => number = vietnamDayOfMs;

/**
 * The one early / on time / late verdict (RULES REP-5, REP-6), on numbers, shared by the workflow's
 * `classifyTimeliness`, the control slip's step outcomes and the report accumulator's tally.
 */
import { MS_PER_DAY, VN_OFFSET_MS } from "./epochDay.js";
import { vietnamDayOfMs } from "./instant.js";

export { vietnamDayOfMs };

/** Trước hạn. */
const EARLY = 0;
/** Đúng hạn. */
const ON_TIME = 1;
/** Quá hạn. */
const LATE = 2;
/** One of {@link EARLY}, {@link ON_TIME}, {@link LATE}. */
export type Verdict = typeof EARLY | typeof ON_TIME | typeof LATE;

/** The due instant, else the last millisecond of the due day in Vietnam. */
export const dueInstantMs = (dueMs: number, dueDay: number): number =>
  Number.isNaN(dueMs) ? (dueDay + 1) * MS_PER_DAY - VN_OFFSET_MS - 1 : dueMs;

/**
 * Early / on time / late of a finish at `endMs` against a due day and instant (`dueMs` may be `NaN`:
 * the end of the due day).
 *
 * - `day` granularity: the Vietnam date of the finish before the due date is early, the same date on
 *   time, a later date late.
 * - `minute` granularity: late only after the due instant; before it, early on an earlier date and on
 *   time on the due date itself (a result ready at 10:00 on the due day is on time, not early).
 */
export function verdictOf(endMs: number, dueDay: number, dueMs: number, minute: boolean): Verdict {
  const endDay = vietnamDayOfMs(endMs);
  if (minute) return endMs > dueInstantMs(dueMs, dueDay) ? LATE : endDay < dueDay ? EARLY : ON_TIME;
  return endDay < dueDay ? EARLY : endDay === dueDay ? ON_TIME : LATE;
}

/** The names of the verdicts, as the workflow and forms spell them. */
export const VERDICT_NAMES = Object.freeze(["early", "onTime", "late"] as const);

import { BUNDLED_SCHEDULE } from "./_engine.js";
import type { ScheduleEntry } from "./_types.js";

/**
 * Lịch nghỉ lễ, tết được công bố — the announced holiday schedules for civil servants bundled with
 * the library (2015–2026), one row per date with its source. Blocks not found in a source are
 * absent (unknown, not "no holiday"); the calendar fills them by the statutory rule, flagged
 * `provisional`.
 *
 * @see RULES CAL-9 … CAL-11; the yearly notices cited in each row
 * @example
 * ```ts
 * import { OFFICIAL_SCHEDULE } from "tthc/calendar";
 * OFFICIAL_SCHEDULE.find((row) => row.date === "2025-05-02")?.kind; // => "swapDayOff"
 * ```
 * @category Calendar
 */
export const OFFICIAL_SCHEDULE: readonly ScheduleEntry[] = BUNDLED_SCHEDULE;

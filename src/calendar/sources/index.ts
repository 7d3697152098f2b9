/**
 * `tthc/schedule-sources` — the sources of the announced holiday schedules in full: the notice
 * numbers and the addresses of the pages each schedule was read from. To stay small,
 * `tthc/calendar` cites each source shortly, with its addresses cut to their host name, in
 * `DayInfo.source` and `OFFICIAL_SCHEDULE`; look a citation up here for the whole text.
 *
 * **When to use**: to show or check where an announced day off comes from (a page that links to
 * the notice, an audit). Counting working days never needs it.
 *
 * @module tthc/schedule-sources
 * @packageDocumentation
 */
import { OFFICIAL_CITATIONS } from "../data/officialSchedules.generated.js";
import { OFFICIAL_SOURCE_TEXTS } from "../data/officialSources.generated.js";

/**
 * Nguồn lịch nghỉ được công bố — each source of the bundled announced schedules, from its citation
 * (as `DayInfo.source` and `OFFICIAL_SCHEDULE` give it) to its full text (notice and addresses).
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { OFFICIAL_SCHEDULE_SOURCES } from "tthc/schedule-sources";
 * const cited = createWorkingCalendar().dayInfo("2026-01-02").source ?? "";
 * cited; // => "Công văn 12729/VPCP-KGVX (25/12/2025); 24h.com.vn"
 * OFFICIAL_SCHEDULE_SOURCES[cited]; // => "Công văn 12729/VPCP-KGVX (25/12/2025); https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html"
 * ```
 * @see RULES CAL-9 … CAL-11
 * @category Calendar
 */
export const OFFICIAL_SCHEDULE_SOURCES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(OFFICIAL_CITATIONS.map((citation, i) => [citation, OFFICIAL_SOURCE_TEXTS[i]!])),
);

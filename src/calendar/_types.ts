/**
 * Types shared by the calendar module. Public ones are re-exported from the barrel.
 */

/**
 * Nhãn song ngữ — a label in Vietnamese (default) and English.
 *
 * @example
 * ```ts
 * import type { Label } from "tthc/calendar";
 * const label: Label = { vi: "Tết Dương lịch", en: "New Year's Day" };
 * ```
 * @category Calendar
 */
export interface Label {
  /** Vietnamese text (NFC). */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * Loại ngày — what kind of day a date is on a working calendar.
 *
 * - `workday` — ngày làm việc
 * - `weekend` — ngày nghỉ hằng tuần (weekly rest)
 * - `holiday` — ngày nghỉ lễ, tết (statutory, or a local day off)
 * - `compensatory` — nghỉ bù (a holiday fell on a weekly rest day)
 * - `swap` — nghỉ hoán đổi (a weekday made a day off in exchange for a makeup Saturday)
 * - `makeupWorkday` — làm bù (a weekly rest day worked in exchange)
 *
 * @example
 * ```ts
 * import type { DayKind } from "tthc/calendar";
 * const kind: DayKind = "makeupWorkday";
 * ```
 * @see DECISIONS D-3 (how bundled days off are told apart)
 * @category Calendar
 */
export type DayKind = "workday" | "weekend" | "holiday" | "compensatory" | "swap" | "makeupWorkday";

/**
 * Đợt nghỉ — the holiday block a special day belongs to. Announced schedules replace the
 * generated rule block by block (RULES CAL-7).
 *
 * @example
 * ```ts
 * import type { HolidayBlock } from "tthc/calendar";
 * const block: HolidayBlock = "lunarNewYear";
 * ```
 * @category Calendar
 */
export type HolidayBlock =
  | "newYear"
  | "lunarNewYear"
  | "hungKings"
  | "victoryAndLabour"
  | "nationalDay"
  /** A holiday added through `statutoryHolidays` or `extraDaysOff`. */
  | "other";

/**
 * Thông tin ngày — everything the calendar knows about one date.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * const info = createWorkingCalendar().dayInfo("2026-02-17");
 * info.kind; // => "holiday"
 * info.label.vi; // => "Tết Nguyên đán Bính Ngọ"
 * ```
 * @category Calendar
 */
export interface DayInfo {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Day of the week, 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Whether the day counts as a working day (ngày làm việc). */
  readonly working: boolean;
  /** What kind of day it is. */
  readonly kind: DayKind;
  /** Why, in both languages. */
  readonly label: Label;
  /** The holiday block, for holidays, compensatory, swapped and makeup days. */
  readonly block?: HolidayBlock;
  /** Where the fact comes from: an announcement (notice and address) or the law the rule applies. */
  readonly source?: string;
  /**
   * `true` when the day comes from the generated statutory rule for a block with no bundled
   * announced schedule: the Prime Minister's choice may still differ (RULES CAL-5).
   */
  readonly provisional?: boolean;
  /**
   * `true` for days generated under the Labour Code 1994 (to 30/4/2013, so Tết 2013 and before):
   * its holiday article was not checked against the text (RULES CAL-3, unconfirmed).
   */
  readonly unverified?: boolean;
}

/**
 * Kind of an announced schedule row (`official_schedules.csv`, camel-cased): a weekday off in the
 * block (`holiday`), a swapped day off (`swapDayOff`, nghỉ hoán đổi) or a makeup Saturday
 * (`makeupWorkday`, làm bù).
 *
 * @example
 * ```ts
 * import type { ScheduleRowKind } from "tthc/calendar";
 * const kind: ScheduleRowKind = "swapDayOff";
 * ```
 * @category Calendar
 */
export type ScheduleRowKind = "holiday" | "swapDayOff" | "makeupWorkday";

/**
 * Lịch nghỉ được công bố — one row of an announced holiday schedule, as users add them through
 * `createWorkingCalendar({ schedules })`.
 *
 * @example
 * ```ts
 * import type { ScheduleEntry } from "tthc/calendar";
 * const entry: ScheduleEntry = {
 *   date: "2027-02-05", kind: "holiday", block: "lunarNewYear", year: 2027,
 *   source: "Thông báo …/TB-BNV (example)",
 * };
 * ```
 * @category Calendar
 */
export interface ScheduleEntry {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `holiday` (a weekday off in the block, statutory or compensatory), `swapDayOff` or `makeupWorkday`. */
  readonly kind: ScheduleRowKind;
  /** The block the announcement covers; all of the block's generated days give way to it. */
  readonly block: Exclude<HolidayBlock, "other">;
  /** The year the block belongs to (a makeup Saturday in late December may belong to next year's New Year block). */
  readonly year: number;
  /** The announcement: document number and address. */
  readonly source: string;
}

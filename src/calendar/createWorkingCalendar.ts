import { registerEngine } from "../_internal/calendarEngine.js";
import { checkChoice, checkInteger, checkObject, mustBe, type Path } from "../_internal/checks.js";
import { type DateInput, daysFromCivil, daysInMonth, formatIsoDate, parseIsoDateFast } from "../_internal/epochDay.js";
import type { TthcError } from "../errors.js";
import { BUNDLED_SCHEDULE, CalendarEngine, type LocalDay } from "./_engine.js";
import type { NationalDaySecondDay, StatutoryHolidayRule } from "./_holidayRules.js";
import type { DayInfo, Label, ScheduleEntry } from "./_types.js";

export type { LocalDay, NationalDaySecondDay, StatutoryHolidayRule };

/**
 * Lịch làm việc — a Vietnamese working calendar: which days count as working days (ngày làm việc)
 * for an agency, and counting over them.
 *
 * Every method takes dates as `YYYY-MM-DD` strings (or a `Date`, read in Asia/Ho_Chi_Minh,
 * whatever the host's time zone) and returns strings. Built by {@link createWorkingCalendar};
 * its tables fill lazily, a year at a time, and are then only read.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * const calendar = createWorkingCalendar();
 * calendar.isWorkingDay("2026-02-17"); // => false
 * calendar.addWorkingDays("2026-02-13", 1); // => "2026-02-23"
 * ```
 * @category Calendar
 */
export interface WorkingCalendar {
  /**
   * Whether a date is a working day (ngày làm việc).
   *
   * @param date - `YYYY-MM-DD` or a `Date`.
   * @returns `true` on a working day, including a makeup Saturday (làm bù).
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real date.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is outside the calendar's range.
   */
  isWorkingDay(date: DateInput): boolean;
  /**
   * What the calendar knows about a date: working or not, kind, bilingual label and source.
   *
   * @param date - `YYYY-MM-DD` or a `Date`.
   * @returns The day's {@link DayInfo}.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real date.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` is outside the calendar's range.
   */
  dayInfo(date: DateInput): DayInfo;
  /**
   * The first working day strictly after `date`.
   *
   * @param date - `YYYY-MM-DD` or a `Date`.
   * @returns `YYYY-MM-DD`.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real date.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
   */
  nextWorkingDay(date: DateInput): string;
  /**
   * The last working day strictly before `date`.
   *
   * @param date - `YYYY-MM-DD` or a `Date`.
   * @returns `YYYY-MM-DD`.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real date.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `date` or the result is outside the calendar's range.
   */
  previousWorkingDay(date: DateInput): string;
  /**
   * Cộng ngày làm việc — adds working days. `days > 0` gives the `days`-th working day after
   * `start`; `days < 0` counts back; `0` gives `start` if it is a working day, else the next one.
   *
   * @param start - `YYYY-MM-DD` or a `Date`.
   * @param days - Whole number of working days, may be negative.
   * @returns `YYYY-MM-DD`.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `start` is not a real date.
   * @throws {@link tthc!TthcError} `INVALID_DURATION` if `days` is not a whole number.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `start` or the result is outside the calendar's range.
   */
  addWorkingDays(start: DateInput, days: number): string;
  /**
   * Số ngày làm việc — the number of working days in `(from, to]`, negative if `to < from`.
   *
   * @param from - `YYYY-MM-DD` or a `Date` (not counted).
   * @param to - `YYYY-MM-DD` or a `Date` (counted).
   * @returns A whole number; `workingDaysBetween(d, addWorkingDays(d, n)) === n` for a working day `d`.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if either is not a real date.
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if either is outside the calendar's range.
   */
  workingDaysBetween(from: DateInput, to: DateInput): number;
  /**
   * Ngày nghỉ — the days off of a calendar year (statutory holidays, nghỉ bù, swapped days and
   * local days off), in date order, each with its label and source. Weekly rest days are left out
   * unless a holiday falls on them.
   *
   * @param year - Calendar year.
   * @param options - `includeMakeupWorkdays` (`true` or `false`, default `false`) also lists the makeup Saturdays (làm bù).
   * @returns The days, in date order.
   * @throws {@link tthc!TthcError} `INVALID_DATE` if `year` is not an integer.
   * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options` is not an object, has an unknown key or a non-boolean `includeMakeupWorkdays` (path `["options", …]`).
   * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if the year is outside the calendar's range.
   */
  holidays(year: number, options?: { readonly includeMakeupWorkdays?: boolean }): DayInfo[];
  /** First and last dates the calendar covers, `YYYY-MM-DD`. */
  readonly range: { readonly from: string; readonly to: string };
}

/**
 * Options of {@link createWorkingCalendar}. Every field is optional.
 *
 * @example
 * ```ts
 * import type { WorkingCalendarOptions } from "tthc/calendar";
 * const options: WorkingCalendarOptions = {
 *   extraDaysOff: [{ date: "2026-03-20", label: "Ngày nghỉ theo quyết định của tỉnh", source: "QĐ …/QĐ-UBND" }],
 * };
 * ```
 * @category Calendar
 */
export interface WorkingCalendarOptions {
  /**
   * Weekly rest days, 0 = Sunday … 6 = Saturday. For agencies whose legal working week differs;
   * a desk that merely opens on Saturday mornings keeps the default (RULES CAL-13, DECISIONS D-4).
   * The announced schedules are written for the Saturday + Sunday rest: with another weekend their
   * holidays still apply, but not their swaps and makeup Saturdays (CAL-10) nor their nghỉ bù;
   * instead a holiday on one of this weekend's rest days gives its next working day off and a
   * holiday on one of its working days gives none (CAL-6), as in years without a schedule.
   * @defaultValue `[0, 6]` (Saturday and Sunday, RULES CAL-12)
   */
  readonly weekend?: readonly number[];
  /** Local days off (a province's decision), `YYYY-MM-DD` or with a label and source. They win over everything. */
  readonly extraDaysOff?: readonly (string | LocalDay)[];
  /** Local working days (a day the agency works although it is off nationally). They win over everything. */
  readonly extraWorkingDays?: readonly (string | LocalDay)[];
  /**
   * Announced schedules: `extend` (default) adds rows to the bundled 2015–2026 schedules (a row's
   * block then replaces the bundled rows of that block and year); `replace` uses only the given rows.
   */
  readonly schedules?: { readonly mode?: "extend" | "replace"; readonly entries: readonly ScheduleEntry[] };
  /**
   * Whether an announced schedule replaces the generated rule for its block (RULES CAL-7,
   * unconfirmed). `false` ignores announcements and uses the statutory rule everywhere.
   * @defaultValue `true`
   */
  readonly officialScheduleWins?: boolean;
  /**
   * From 2021, how the generated rule picks the second National Day holiday in a year without an
   * announced schedule (RULES CAL-5, unconfirmed): `byWeekday` (python-holidays' heuristic: 2/9 on
   * Mon, Thu or Sun → 3/9, else 1/9), `before` (1/9) or `after` (3/9).
   * @defaultValue `"byWeekday"`
   */
  readonly nationalDaySecondDay?: NationalDaySecondDay;
  /** Statutory holidays added by a later law from an effective date (RULES CAL-8), with compensation. */
  readonly statutoryHolidays?: readonly StatutoryHolidayRule[];
  /**
   * Dates covered. Earliest 1995-01-01 (Labour Code 1994 in force), latest 2199-12-31 (end of the
   * lunar tables). The Monday–Friday week for agencies dates from 1999 (QĐ 188/1999/QĐ-TTg):
   * before that, set `weekend: [0]`.
   * @defaultValue `{ from: "2000-01-01", to: "2199-12-31" }`
   */
  readonly range?: { readonly from?: string; readonly to?: string };
}

const MIN_RANGE = /* @__PURE__ */ daysFromCivil(1995, 1, 1);
const MAX_RANGE = /* @__PURE__ */ daysFromCivil(2199, 12, 31);

/**
 * Default options of {@link createWorkingCalendar}.
 *
 * @example
 * ```ts
 * import { DEFAULT_CALENDAR_OPTIONS } from "tthc/calendar";
 * DEFAULT_CALENDAR_OPTIONS.weekend; // => [0, 6]
 * ```
 * @category Calendar
 */
export const DEFAULT_CALENDAR_OPTIONS = /* @__PURE__ */ Object.freeze({
  weekend: Object.freeze([0, 6]) as readonly number[],
  officialScheduleWins: true,
  nationalDaySecondDay: "byWeekday" as NationalDaySecondDay,
  range: Object.freeze({ from: "2000-01-01", to: "2199-12-31" }),
});

const OPTION_KEYS = [
  "weekend",
  "extraDaysOff",
  "extraWorkingDays",
  "schedules",
  "officialScheduleWins",
  "nationalDaySecondDay",
  "statutoryHolidays",
  "range",
];

const option = (path: Path, en: string, vi: string, value: unknown): TthcError =>
  mustBe("INVALID_OPTION", path, en, vi, value);

/** An option's value, or its default when not given (`undefined` only: `null` is checked as a value). */
const or = <T>(value: unknown, fallback: T): unknown => (value === undefined ? fallback : value);

function checkBoolean(value: unknown, path: Path): boolean {
  if (typeof value !== "boolean") throw option(path, "true or false", "true hoặc false", value);
  return value;
}

/** Every index holds a weekday 0–6 (a sparse array's holes are not weekdays). */
function isWeekdayList(list: unknown[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (!(Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6)) return false;
  }
  return true;
}

const HOLIDAYS_KEYS = ["includeMakeupWorkdays"];

function checkDate(value: unknown, path: Path): number {
  const day = typeof value === "string" ? parseIsoDateFast(value) : Number.NaN;
  if (Number.isNaN(day))
    throw mustBe("INVALID_DATE", path, "a real date YYYY-MM-DD", "ngày có thật dạng YYYY-MM-DD", value);
  return day;
}

function checkString(value: unknown, path: Path): string {
  if (typeof value !== "string" || value === "") throw option(path, "a non-empty string", "chuỗi khác rỗng", value);
  return value;
}

function checkArray(value: unknown, path: Path, en: string, vi: string): unknown[] {
  if (!Array.isArray(value)) throw option(path, `an array of ${en}`, `mảng các ${vi}`, value);
  return value;
}

function checkLabel(value: unknown, path: Path): Label {
  if (typeof value === "string") return { vi: value.normalize("NFC"), en: value.normalize("NFC") };
  const record = checkObject(
    value,
    path,
    "INVALID_OPTION",
    ["vi", "en"],
    "a string or { vi, en }",
    "chuỗi hoặc { vi, en }",
  );
  return {
    vi: checkString(record["vi"], [...path, "vi"]).normalize("NFC"),
    en: checkString(record["en"], [...path, "en"]).normalize("NFC"),
  };
}

const LOCAL_DAY = ["dates or { date, label?, source? }", "ngày hoặc { date, label?, source? }"] as const;

function localDays(
  value: unknown,
  name: string,
  fallback: Label,
): Map<number, { kind: number; label: Label; source?: string }> {
  const out = new Map<number, { kind: number; label: Label; source?: string }>();
  if (value === undefined) return out;
  checkArray(value, [name], ...LOCAL_DAY).forEach((item: unknown, i) => {
    const path = [name, i];
    if (typeof item === "string") {
      out.set(checkDate(item, path), { kind: 2, label: fallback });
      return;
    }
    const record = checkObject(item, path, "INVALID_OPTION", ["date", "label", "source"], ...LOCAL_DAY);
    const day = checkDate(record["date"], [...path, "date"]);
    const label = record["label"] === undefined ? fallback : checkLabel(record["label"], [...path, "label"]);
    const source = record["source"];
    out.set(
      day,
      source === undefined ? { kind: 2, label } : { kind: 2, label, source: checkString(source, [...path, "source"]) },
    );
  });
  return out;
}

const BLOCKS = ["newYear", "lunarNewYear", "hungKings", "victoryAndLabour", "nationalDay"] as const;
const ROW_KINDS = ["holiday", "swapDayOff", "makeupWorkday"] as const;
const SCHEDULE_ROW = [
  "schedule rows { date, kind, block, year, source }",
  "dòng lịch nghỉ { date, kind, block, year, source }",
] as const;

function scheduleEntries(value: unknown): ScheduleEntry[] {
  if (value === undefined) return [...BUNDLED_SCHEDULE];
  const record = checkObject(
    value,
    ["schedules"],
    "INVALID_OPTION",
    ["mode", "entries"],
    "{ mode?, entries }",
    "{ mode?, entries }",
  );
  const mode = checkChoice(or(record["mode"], "extend"), ["extend", "replace"], ["schedules", "mode"]);
  const entries = checkArray(record["entries"], ["schedules", "entries"], ...SCHEDULE_ROW).map(
    (item: unknown, i): ScheduleEntry => {
      const path = ["schedules", "entries", i];
      const row = checkObject(
        item,
        path,
        "INVALID_OPTION",
        ["date", "kind", "block", "year", "source"],
        ...SCHEDULE_ROW,
      );
      checkDate(row["date"], [...path, "date"]);
      checkChoice(row["kind"], ROW_KINDS, [...path, "kind"]);
      checkChoice(row["block"], BLOCKS, [...path, "block"]);
      checkInteger(row["year"], [...path, "year"], "INVALID_OPTION", 1995, 2199);
      checkString(row["source"], [...path, "source"]);
      return Object.freeze({ ...(row as unknown as ScheduleEntry) });
    },
  );
  if (mode === "replace") return entries;
  // A given (year, block) replaces the bundled rows of that block.
  const given = new Set(entries.map((e) => `${e.year}:${e.block}`));
  return [...BUNDLED_SCHEDULE.filter((e) => !given.has(`${e.year}:${e.block}`)), ...entries];
}

const HOLIDAY_RULE = [
  "holiday rules { id, label, month, day, calendar?, effectiveFrom, effectiveTo?, source }",
  "quy tắc ngày lễ { id, label, month, day, calendar?, effectiveFrom, effectiveTo?, source }",
] as const;

function statutoryRules(value: unknown): StatutoryHolidayRule[] {
  if (value === undefined) return [];
  return checkArray(value, ["statutoryHolidays"], ...HOLIDAY_RULE).map((item: unknown, i) => {
    const path = ["statutoryHolidays", i];
    const rule = checkObject(
      item,
      path,
      "INVALID_OPTION",
      ["id", "label", "month", "day", "calendar", "effectiveFrom", "effectiveTo", "source"],
      ...HOLIDAY_RULE,
    );
    checkString(rule["id"], [...path, "id"]);
    const label = checkLabel(rule["label"], [...path, "label"]);
    const calendar = checkChoice(or(rule["calendar"], "solar"), ["solar", "lunar"], [...path, "calendar"]);
    const month = checkInteger(rule["month"], [...path, "month"], "INVALID_OPTION", 1, 12);
    // A solar day must exist every year (no 30 February, no 29 February: it would roll into March).
    checkInteger(
      rule["day"],
      [...path, "day"],
      "INVALID_OPTION",
      1,
      calendar === "lunar" ? 29 : daysInMonth(2001, month),
    );
    checkDate(rule["effectiveFrom"], [...path, "effectiveFrom"]);
    if (rule["effectiveTo"] !== undefined) checkDate(rule["effectiveTo"], [...path, "effectiveTo"]);
    checkString(rule["source"], [...path, "source"]);
    return Object.freeze({ ...(rule as unknown as StatutoryHolidayRule), label });
  });
}

/**
 * Tạo lịch làm việc — creates the working calendar of a state agency: Monday–Friday, minus
 * statutory holidays (ngày lễ, tết) by the law in force each year, compensatory days off
 * (nghỉ bù), and the Government's announced schedules with their swapped days off and makeup
 * Saturdays (làm bù), 2015–2026 bundled with their sources.
 *
 * @remarks
 * Years and blocks with no bundled announcement use the statutory rule and are flagged
 * `provisional` (RULES CAL-5, unconfirmed): Tết = lunar New Year's Eve + days 1–4 (1–3 while the
 * Labour Code 1994 was in force, i.e. to Tết 2013, DECISIONS D-1), the second National Day by
 * `nationalDaySecondDay`. Announced schedules win for their block (`officialScheduleWins`, CAL-7,
 * unconfirmed). The lunar calendar is the Vietnamese one at UTC+7 (CAL-16).
 *
 * @param options - See {@link WorkingCalendarOptions}; unknown keys are refused, and an option set to
 *   `null` is refused like any other ill-typed value (leave it out, or `undefined`, for its default).
 * @returns A {@link WorkingCalendar}; cheap to create, tables fill on first use.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown or ill-typed option (with its path), or a solar `statutoryHolidays` day that not every year has (30/2, 29/2, 31/4 …).
 * @throws {@link tthc!TthcError} `INVALID_DATE` for a date in the options that is not a real date.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` for a range outside 1995-01-01..2199-12-31.
 * @see Bộ luật Lao động 2019, Điều 111(3) and 112 (holidays, nghỉ bù); the yearly notices of the labour ministry (CAL-9)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * const calendar = createWorkingCalendar();
 * calendar.dayInfo("2025-05-02").kind; // => "swap"
 * calendar.isWorkingDay("2025-04-26"); // => true
 * calendar.addWorkingDays("2025-03-07", 3); // => "2025-03-12"
 * calendar.workingDaysBetween("2026-02-13", "2026-02-23"); // => 1
 * ```
 * @category Calendar
 */
export function createWorkingCalendar(options?: WorkingCalendarOptions): WorkingCalendar {
  // `undefined` means "not given"; `null` is a value of the wrong type, refused like any other.
  const raw = checkObject(options === undefined ? {} : options, [], "INVALID_OPTION", OPTION_KEYS);
  const weekendRaw = or(raw["weekend"], DEFAULT_CALENDAR_OPTIONS.weekend);
  if (!Array.isArray(weekendRaw) || weekendRaw.length > 6 || !isWeekdayList(weekendRaw))
    throw option(["weekend"], "an array of at most six weekdays 0–6", "mảng tối đa sáu thứ trong tuần 0–6", weekendRaw);
  const officialScheduleWins = checkBoolean(
    or(raw["officialScheduleWins"], DEFAULT_CALENDAR_OPTIONS.officialScheduleWins),
    ["officialScheduleWins"],
  );
  const nationalDaySecondDay = checkChoice(
    or(raw["nationalDaySecondDay"], DEFAULT_CALENDAR_OPTIONS.nationalDaySecondDay),
    ["byWeekday", "before", "after"],
    ["nationalDaySecondDay"],
  );
  const rangeRaw = checkObject(
    or(raw["range"], {}),
    ["range"],
    "INVALID_OPTION",
    ["from", "to"],
    "{ from?, to? }",
    "{ from?, to? }",
  );
  const fromDay = checkDate(or(rangeRaw["from"], DEFAULT_CALENDAR_OPTIONS.range.from), ["range", "from"]);
  const toDay = checkDate(or(rangeRaw["to"], DEFAULT_CALENDAR_OPTIONS.range.to), ["range", "to"]);
  if (fromDay < MIN_RANGE || toDay > MAX_RANGE || fromDay > toDay)
    throw mustBe(
      "OUT_OF_RANGE",
      ["range"],
      "within 1995-01-01..2199-12-31, from ≤ to",
      "trong khoảng 1995-01-01..2199-12-31, from ≤ to",
    );
  const engine = new CalendarEngine({
    weekend: [...new Set(weekendRaw as number[])],
    extraDaysOff: localDays(raw["extraDaysOff"], "extraDaysOff", {
      vi: "Ngày nghỉ theo quyết định địa phương",
      en: "Local day off",
    }),
    extraWorkingDays: localDays(raw["extraWorkingDays"], "extraWorkingDays", {
      vi: "Ngày làm việc theo quyết định địa phương",
      en: "Local working day",
    }),
    schedule: scheduleEntries(raw["schedules"]),
    officialScheduleWins,
    nationalDaySecondDay,
    statutoryHolidays: statutoryRules(raw["statutoryHolidays"]),
    fromDay,
    toDay,
  });
  const calendar = Object.freeze(new WorkingCalendarView(engine));
  registerEngine(calendar, engine);
  return calendar;
}

/** The public face of a {@link CalendarEngine}. */
class WorkingCalendarView implements WorkingCalendar {
  readonly range: { readonly from: string; readonly to: string };
  /** @internal */
  readonly engine: CalendarEngine;
  constructor(engine: CalendarEngine) {
    this.engine = engine;
    this.range = Object.freeze({ from: formatIsoDate(engine.fromDay), to: formatIsoDate(engine.toDay) });
  }
  isWorkingDay(date: DateInput): boolean {
    return this.engine.isWorkingDay(date);
  }
  dayInfo(date: DateInput): DayInfo {
    return this.engine.dayInfo(date);
  }
  nextWorkingDay(date: DateInput): string {
    return this.engine.nextWorkingDay(date);
  }
  previousWorkingDay(date: DateInput): string {
    return this.engine.previousWorkingDay(date);
  }
  addWorkingDays(start: DateInput, days: number): string {
    return this.engine.addWorkingDays(start, days);
  }
  workingDaysBetween(from: DateInput, to: DateInput): number {
    return this.engine.workingDaysBetween(from, to);
  }
  holidays(year: number, options?: { readonly includeMakeupWorkdays?: boolean }): DayInfo[] {
    if (options === undefined) return this.engine.holidays(year, false);
    const record = checkObject(options, ["options"], "INVALID_OPTION", HOLIDAYS_KEYS);
    return this.engine.holidays(
      year,
      checkBoolean(or(record["includeMakeupWorkdays"], false), ["options", "includeMakeupWorkdays"]),
    );
  }
}

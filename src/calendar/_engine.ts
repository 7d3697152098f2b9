/**
 * The working-calendar engine: flat tables over the calendar's whole range, filled a year at a
 * time as they are first needed, then only read.
 *
 * Every day of the range has an index (days since 1 January of the range's first year). Four flat
 * arrays answer everything: month → index of its first day (reads a `YYYY-MM-DD` without a day
 * number), index → kind, index → rank (working days up to and including that day, counted from an
 * offset), rank → index of that working day, plus index → `YYYY-MM-DD` for the answers. The filled
 * years are always one contiguous block, so ranks are comparable across years:
 * `addWorkingDays` and `workingDaysBetween` are a few array reads over any span, with no `Date`
 * and no per-year look-up in the hot path.
 */

import { describe, mustBe, type Path } from "../_internal/checks.js";
import {
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  toDayNumber,
  weekdayOf,
  yearOfDay,
} from "../_internal/epochDay.js";
import { TthcError } from "../errors.js";
import {
  compensationSource,
  compensatoryLabel,
  makeupLabel,
  type NationalDaySecondDay,
  type StatutoryDay,
  type StatutoryHolidayRule,
  statutoryDays,
  swapLabel,
  WEEKDAY_LABELS,
  WORKDAY_LABEL,
} from "./_holidayRules.js";
import type { DayInfo, DayKind, HolidayBlock, Label, ScheduleEntry, ScheduleRowKind } from "./_types.js";
import { OFFICIAL_CITATIONS, OFFICIAL_ROWS } from "./data/officialSchedules.generated.js";

const K_WORKDAY = 0;
const K_WEEKEND = 1;
const K_HOLIDAY = 2;
const K_COMPENSATORY = 3;
const K_SWAP = 4;
const K_MAKEUP = 5;
const K_OUTSIDE = 6;
const KIND_NAMES: readonly DayKind[] = ["workday", "weekend", "holiday", "compensatory", "swap", "makeupWorkday"];

/** A labelled special day inside a year table. */
interface SpecialDay {
  readonly kind: number;
  readonly label: Label;
  readonly block?: HolidayBlock;
  readonly source?: string;
  readonly provisional?: boolean;
  readonly unverified?: boolean;
}

/**
 * Quyết định địa phương — a day off or a working day for this agency only (a province's decision),
 * used in `extraDaysOff` and `extraWorkingDays`.
 *
 * @example
 * ```ts
 * import { createWorkingCalendar, type LocalDay } from "tthc/calendar";
 * const dayOff: LocalDay = { date: "2026-03-20", label: "Nghỉ theo quyết định của tỉnh", source: "QĐ …/QĐ-UBND" };
 * createWorkingCalendar({ extraDaysOff: [dayOff] }).dayInfo("2026-03-20").label.vi; // => "Nghỉ theo quyết định của tỉnh"
 * ```
 * @category Calendar
 */
export interface LocalDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Why, in both languages (a plain string is used for both). */
  readonly label?: Label | string;
  /** The decision (number, date, issuer). */
  readonly source?: string;
}

/** Validated, normalised options. */
export interface EngineOptions {
  readonly weekend: readonly number[];
  readonly extraDaysOff: ReadonlyMap<number, SpecialDay>;
  readonly extraWorkingDays: ReadonlyMap<number, SpecialDay>;
  readonly schedule: readonly ScheduleEntry[];
  readonly officialScheduleWins: boolean;
  readonly nationalDaySecondDay: NationalDaySecondDay;
  readonly statutoryHolidays: readonly StatutoryHolidayRule[];
  readonly fromDay: number;
  readonly toDay: number;
}

const ROW_KINDS: Readonly<Record<string, ScheduleRowKind>> = { h: "holiday", s: "swapDayOff", m: "makeupWorkday" };
const ROW_BLOCKS = ["newYear", "lunarNewYear", "hungKings", "victoryAndLabour", "nationalDay"] as const;

/**
 * The announced schedules bundled with the library, as {@link ScheduleEntry} rows, unpacked from
 * the generated string (five characters a row, see scripts/generateSchedules.ts).
 */
export const BUNDLED_SCHEDULE: readonly ScheduleEntry[] = /* @__PURE__ */ (() => {
  const out: ScheduleEntry[] = [];
  let day = daysFromCivil(2014, 1, 1);
  for (let i = 0; i < OFFICIAL_ROWS.length; i += 5) {
    day += Number.parseInt(OFFICIAL_ROWS.slice(i, i + 2), 36);
    const block = Number(OFFICIAL_ROWS[i + 3]);
    out.push(
      Object.freeze({
        date: formatIsoDate(day),
        kind: ROW_KINDS[OFFICIAL_ROWS[i + 2]!]!,
        block: ROW_BLOCKS[block % 5]!,
        year: yearOfDay(day) + (block >= 5 ? 1 : 0),
        source: OFFICIAL_CITATIONS[Number.parseInt(OFFICIAL_ROWS[i + 4]!, 36)]!,
      }),
    );
  }
  return Object.freeze(out);
})();

function outOfRange(what: string, path: readonly (string | number)[], from: number, to: number): TthcError {
  const range = `${formatIsoDate(from)}..${formatIsoDate(to)}`;
  return new TthcError("OUT_OF_RANGE", `${what} is outside the calendar's range ${range}`, {
    path,
    messageVi: `${what} nằm ngoài phạm vi của lịch ${range}`,
    details: { from: formatIsoDate(from), to: formatIsoDate(to) },
  });
}

const START: Path = ["start"];
const DAYS: Path = ["days"];
const DATE: Path = ["date"];
const FROM: Path = ["from"];
const TO: Path = ["to"];

export class CalendarEngine {
  readonly options: EngineOptions;
  private readonly weekendMask: number;
  private readonly standardWeekend: boolean;
  private readonly fromYear: number;
  private readonly years: number;
  /** Day number of day index 0 (1 January of the first year of the range). */
  private readonly base: number;
  /** `monthStart[(year - fromYear) * 12 + month - 1]` = index of the month's first day (one more entry at the end). */
  private readonly monthStart: Int32Array;
  /** Index → kind (`K_…`); days outside the range are `K_OUTSIDE`. Valid in filled years. */
  private kinds = new Uint8Array(0);
  /** Index → rank: working days up to and including the day, plus an offset that keeps ranks ≥ 0. */
  private rank = new Int32Array(0);
  /** Rank → index of the working day with that rank (ranks `rankLo … rankHi`). */
  private inverse = new Int32Array(0);
  /** Index → `YYYY-MM-DD`; `""` until its year is filled, and for days outside the range (so no text matches them). */
  private strings: string[] = [];
  /** Index → labelled special day (holidays, nghỉ bù, swaps, makeup days, local decisions). */
  private readonly special = new Map<number, SpecialDay>();
  /** Index → frozen {@link DayInfo}, built on first request and then shared. */
  private readonly infos = new Map<number, DayInfo>();
  /** Filled years, as year indexes `lo … hi` (none while `lo > hi`), and their day indexes `loIndex … hiIndex`. */
  private lo = 1;
  private hi = 0;
  private loIndex = 1;
  private hiIndex = 0;
  /** Ranks of the working days of the filled years. */
  private rankLo = 1;
  private rankHi = 0;
  private readonly blockYears = new Map<number, Map<number, SpecialDay>>();
  /** Official rows by block year. */
  private readonly scheduleByYear = new Map<number, ScheduleEntry[]>();

  constructor(options: EngineOptions) {
    this.options = options;
    this.weekendMask = options.weekend.reduce((m, d) => m | (1 << d), 0);
    this.standardWeekend = this.weekendMask === 0b1000001;
    this.fromYear = yearOfDay(options.fromDay);
    this.years = yearOfDay(options.toDay) - this.fromYear + 1;
    this.base = daysFromCivil(this.fromYear, 1, 1);
    const monthStart = new Int32Array(this.years * 12 + 1);
    for (let k = 0; k < this.years * 12; k++) {
      monthStart[k + 1] = monthStart[k]! + daysInMonth(this.fromYear + Math.floor(k / 12), (k % 12) + 1);
    }
    this.monthStart = monthStart;
    if (options.officialScheduleWins) {
      for (const entry of options.schedule) {
        const list = this.scheduleByYear.get(entry.year);
        if (list === undefined) this.scheduleByYear.set(entry.year, [entry]);
        else list.push(entry);
      }
    }
  }

  // ---------------------------------------------------------------- building

  /** Special days of one block year (holidays, compensation, swaps), keyed by day number. */
  private blockYear(year: number): Map<number, SpecialDay> {
    const cached = this.blockYears.get(year);
    if (cached !== undefined) return cached;
    const result = new Map<number, SpecialDay>();
    this.blockYears.set(year, result);
    if (year < MIN_YEAR || year > MAX_YEAR) return result;

    const statutory = statutoryDays(year, this.options.nationalDaySecondDay, this.options.statutoryHolidays);
    const statutoryByDay = new Map(statutory.map((s) => [s.day, s]));
    const official = this.scheduleByYear.get(year) ?? [];
    const officialBlocks = new Set<HolidayBlock>(official.map((e) => e.block));

    // 1. Announced blocks replace the rule (CAL-4, CAL-7); kinds per DECISIONS D-3. The notices
    // are written for a Saturday + Sunday rest: their nghỉ bù (a day off the rule does not make a
    // holiday) and their swaps are kept for that week only (CAL-10); any other week gets its own
    // nghỉ bù from CAL-6 below, as the blocks without an announcement do.
    const std = this.standardWeekend;
    for (const entry of official) {
      const day = toDayNumber(entry.date, ["schedules", "date"]);
      const s = statutoryByDay.get(day);
      if (entry.kind === "holiday" && s !== undefined && s.block === entry.block) {
        result.set(day, { kind: K_HOLIDAY, label: s.label, block: entry.block, source: entry.source });
      } else if (std) {
        const kind = entry.kind === "holiday" ? K_COMPENSATORY : entry.kind === "swapDayOff" ? K_SWAP : K_MAKEUP;
        const label = (kind === K_COMPENSATORY ? compensatoryLabel : kind === K_SWAP ? swapLabel : makeupLabel)(
          entry.block,
        );
        result.set(day, { kind, label, block: entry.block, source: entry.source });
      }
    }
    // Statutory days whose nghỉ bù CAL-6 gives on this agency's own week: every one of a block
    // without an announcement, and for another week than Saturday + Sunday, those of announced blocks.
    const byRule: StatutoryDay[] = [];
    for (const s of statutory) {
      if (!officialBlocks.has(s.block)) {
        byRule.push(s);
        continue;
      }
      // The statutory days an announcement does not list fell on a Saturday or Sunday. They keep
      // their name (for the Saturday + Sunday week only the fixed-date ones: the Tết days and the
      // second National Day are the Prime Minister's pick), and for another week they are holidays.
      if (!result.has(s.day) && (std ? s.fixed && this.isWeekend(s.day) : weekdayOf(s.day) % 6 === 0)) {
        result.set(s.day, { kind: K_HOLIDAY, label: s.label, block: s.block, source: s.source });
      }
      if (!std && result.get(s.day)?.block === s.block) byRule.push(s);
    }

    // 2. Blocks without an announcement: the statutory rule, flagged provisional (CAL-5) …
    for (const s of byRule) {
      if (!result.has(s.day)) {
        result.set(s.day, {
          kind: K_HOLIDAY,
          label: s.label,
          block: s.block,
          source: s.source,
          provisional: true,
          ...(s.unverified ? { unverified: true } : {}),
        });
      }
    }
    // … plus nghỉ bù: a holiday on a weekly rest day gives the next working day off (CAL-6).
    for (const s of byRule) {
      if (!this.isWeekend(s.day)) continue;
      let d = s.day + 1;
      while (this.isWeekend(d) || result.has(d)) d++;
      result.set(d, {
        kind: K_COMPENSATORY,
        label: compensatoryLabel(s.block),
        block: s.block,
        source: compensationSource(d),
        ...(officialBlocks.has(s.block) ? {} : { provisional: true }),
        ...(s.unverified ? { unverified: true } : {}),
      });
    }
    return result;
  }

  private isWeekend(day: number): boolean {
    return ((this.weekendMask >> weekdayOf(day)) & 1) === 1;
  }

  /** Fills the kinds and special days of year index `y`; returns its working days. */
  private buildYear(y: number): number {
    const year = this.fromYear + y;
    const first = this.monthStart[y * 12]!;
    const end = this.monthStart[y * 12 + 12]!;
    const { fromDay, toDay, extraDaysOff, extraWorkingDays } = this.options;
    const { kinds, special, base } = this;
    const fromIndex = fromDay - base;
    const toIndex = toDay - base;
    for (let i = first; i < end; i++) {
      kinds[i] = i < fromIndex || i > toIndex ? K_OUTSIDE : this.isWeekend(base + i) ? K_WEEKEND : K_WORKDAY;
    }
    // A block year's days may spill into the next or previous calendar year (a makeup Saturday in
    // late December, say); the nearest block year wins.
    const claimed = new Set<number>();
    for (const by of [year - 1, year, year + 1]) {
      for (const [day, info] of this.blockYear(by)) {
        const i = day - base;
        if (i < first || i >= end || claimed.has(i) || kinds[i] === K_OUTSIDE) continue;
        claimed.add(i);
        special.set(i, info);
        kinds[i] = info.kind;
      }
    }
    // Local decisions come last and win (extraDaysOff, extraWorkingDays).
    for (const [day, info] of extraDaysOff) {
      const i = day - base;
      if (i >= first && i < end && kinds[i] !== K_OUTSIDE) {
        special.set(i, info);
        kinds[i] = K_HOLIDAY;
      }
    }
    for (const [day, info] of extraWorkingDays) {
      const i = day - base;
      if (i >= first && i < end && kinds[i] !== K_OUTSIDE) {
        const kind = this.isWeekend(day) ? K_MAKEUP : K_WORKDAY;
        special.set(i, { ...info, kind });
        kinds[i] = kind;
      }
    }
    let total = 0;
    for (let i = first; i < end; i++) if (isWorking(kinds[i]!)) total++;
    return total;
  }

  /**
   * Writes the ranks and the `YYYY-MM-DD` texts of year index `y` (kinds filled), the day before
   * its 1 January having rank `before`.
   */
  private rankYear(y: number, before: number): void {
    const { kinds, rank, inverse, strings, monthStart } = this;
    let r = before;
    for (let m = 0; m < 12; m++) {
      const prefix = `${this.fromYear + y}-${m < 9 ? "0" : ""}${m + 1}-`;
      const k = y * 12 + m;
      for (let i = monthStart[k]!, end = monthStart[k + 1]!, d = 1; i < end; i++, d++) {
        if (isWorking(kinds[i]!)) inverse[++r] = i;
        rank[i] = r;
        strings[i] = kinds[i] === K_OUTSIDE ? "" : d < 10 ? `${prefix}0${d}` : prefix + d;
      }
    }
  }

  /**
   * Makes the arrays long enough for the days up to the end of year index `y`. They start at the
   * range's first day and grow (doubling, copied) as later years fill: a calendar used for this
   * year only does not pay for two centuries of tables.
   */
  private grow(y: number): void {
    const needed = this.monthStart[y * 12 + 12]!;
    if (needed <= this.kinds.length) return;
    const length = Math.min(Math.max(needed, 2 * this.kinds.length), this.monthStart[this.years * 12]!);
    const kinds = new Uint8Array(length);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const rank = new Int32Array(length);
    rank.set(this.rank);
    this.rank = rank;
    const inverse = new Int32Array(length + 1);
    inverse.set(this.inverse);
    this.inverse = inverse;
    const strings = new Array<string>(length).fill("");
    for (let i = this.loIndex; i <= this.hiIndex; i++) strings[i] = this.strings[i]!;
    this.strings = strings;
  }

  /** Fills the tables up to year index `y`, keeping the filled years one contiguous block. */
  private fill(y: number): void {
    this.grow(Math.max(y, this.hi));
    if (this.lo > this.hi) {
      // Ranks start at the year's first index: never more working days than days before it, so
      // the years filled later below it keep ranks ≥ 0.
      const start = this.monthStart[y * 12]!;
      this.buildYear(y);
      this.rankYear(y, start - 1);
      this.lo = this.hi = y;
      this.rankLo = start;
      this.rankHi = this.rank[this.monthStart[y * 12 + 12]! - 1]!;
    }
    while (this.hi < y) {
      const next = this.hi + 1;
      this.buildYear(next);
      this.rankYear(next, this.rankHi);
      this.hi = next;
      this.rankHi = this.rank[this.monthStart[next * 12 + 12]! - 1]!;
    }
    while (this.lo > y) {
      const previous = this.lo - 1;
      const total = this.buildYear(previous);
      this.rankYear(previous, this.rankLo - 1 - total);
      this.lo = previous;
      this.rankLo -= total;
    }
    this.loIndex = this.monthStart[this.lo * 12]!;
    this.hiIndex = this.monthStart[this.hi * 12 + 12]! - 1;
  }

  /** `YYYY-MM-DD` of day index `i` (of a filled year). */
  private iso(i: number): string {
    return this.strings[i]!;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The index of a date argument (its year then filled, which may replace the arrays: read them
   * only after this returns). A well-formed `YYYY-MM-DD` in a filled
   * year is read against the month table, by hand, with no allocation; anything else (a `Date`,
   * read in Asia/Ho_Chi_Minh, a year not yet filled, a mistake) goes the slow way.
   */
  private index(value: unknown, path: Path): number {
    if (typeof value === "string" && value.length === 10) {
      // Where the digits point, unchecked; the text there must then be exactly the input, which
      // checks them all at once (a wrong shape, 30 February or a day outside the range never is).
      const y =
        value.charCodeAt(0) * 1000 +
        value.charCodeAt(1) * 100 +
        value.charCodeAt(2) * 10 +
        value.charCodeAt(3) -
        53_328;
      const k = (y - this.fromYear) * 12 + value.charCodeAt(5) * 10 + value.charCodeAt(6) - 529;
      const i = this.monthStart[k]! + value.charCodeAt(8) * 10 + value.charCodeAt(9) - 529;
      if (i >= this.loIndex && i <= this.hiIndex && this.strings[i] === value) return i;
    }
    return this.indexSlow(value, path);
  }

  private indexSlow(value: unknown, path: Path): number {
    const day = toDayNumber(value, path); // throws INVALID_DATE for bad strings and non-dates
    if (day < this.options.fromDay || day > this.options.toDay) throw this.rangeError(value, path);
    return this.indexOfDay(day);
  }

  /** The index of an in-range day number, its year filled. */
  private indexOfDay(day: number): number {
    const i = day - this.base;
    if (i < this.loIndex || i > this.hiIndex) this.fill(yearOfDay(day) - this.fromYear);
    return i;
  }

  private rangeError(value: unknown, path: Path): TthcError {
    return outOfRange(
      describe(value instanceof Date ? formatIsoDate(toDayNumber(value, path)) : value),
      path,
      this.options.fromDay,
      this.options.toDay,
    );
  }

  /** Fills years towards rank `r`; whether the range has a working day of that rank. */
  private reach(r: number): boolean {
    while (r > this.rankHi && this.hi < this.years - 1) this.fill(this.hi + 1);
    while (r < this.rankLo && this.lo > 0) this.fill(this.lo - 1);
    return r >= this.rankLo && r <= this.rankHi;
  }

  /** The index of the working day with rank `r`; OUT_OF_RANGE if the range has none. */
  private indexOfRank(r: number, path: Path): number {
    if (!this.reach(r)) {
      throw new TthcError("OUT_OF_RANGE", "the count leaves the calendar's range", {
        path,
        messageVi: "số ngày vượt ra ngoài phạm vi của lịch",
        details: { from: formatIsoDate(this.options.fromDay), to: formatIsoDate(this.options.toDay) },
      });
    }
    return this.inverse[r]!;
  }

  isWorkingDay(date: unknown): boolean {
    const i = this.index(date, DATE); // first: finding the day may grow the arrays
    return isWorking(this.kinds[i]!);
  }

  addWorkingDays(start: unknown, days: unknown): string {
    const i = this.index(start, START);
    if (typeof days !== "number" || !Number.isInteger(days)) throw badCount(days, "days");
    // A day off has the rank of the working day before it: counting back starts one nearer.
    const target = days > 0 || isWorking(this.kinds[i]!) ? this.rank[i]! + days : this.rank[i]! + days + 1;
    if (target >= this.rankLo && target <= this.rankHi) {
      return this.strings[this.inverse[target]!]!;
    }
    return this.iso(this.indexOfRank(target, DAYS));
  }

  workingDaysBetween(from: unknown, to: unknown): number {
    const a = this.index(from, FROM);
    const b = this.index(to, TO);
    // Both reads after both look-ups: the second may fill years, never changing ranks already written.
    return this.rank[b]! - this.rank[a]!;
  }

  nextWorkingDay(date: unknown): string {
    const i = this.index(date, DATE);
    return this.iso(this.indexOfRank(this.rank[i]! + 1, DATE));
  }

  previousWorkingDay(date: unknown): string {
    const i = this.index(date, DATE);
    return this.iso(this.indexOfRank(isWorking(this.kinds[i]!) ? this.rank[i]! - 1 : this.rank[i]!, DATE));
  }

  dayInfo(date: unknown): DayInfo {
    return this.infoAt(this.index(date, DATE));
  }

  private infoAt(i: number): DayInfo {
    // DayInfo objects are frozen, so one per day is built on first request and then shared.
    const cached = this.infos.get(i);
    if (cached !== undefined) return cached;
    const kind = this.kinds[i]!;
    const weekday = weekdayOf(this.base + i);
    const special = this.special.get(i);
    const working = isWorking(kind);
    const info: DayInfo =
      special === undefined
        ? {
            date: this.iso(i),
            weekday,
            working,
            kind: KIND_NAMES[kind]!,
            label: kind === K_WEEKEND ? WEEKDAY_LABELS[weekday]! : WORKDAY_LABEL,
          }
        : {
            date: this.iso(i),
            weekday,
            working,
            kind: KIND_NAMES[kind]!,
            label: special.label,
            ...(special.block === undefined ? {} : { block: special.block }),
            ...(special.source === undefined ? {} : { source: special.source }),
            ...(special.provisional === true ? { provisional: true } : {}),
            ...(special.unverified === true ? { unverified: true } : {}),
          };
    Object.freeze(info.label);
    Object.freeze(info);
    this.infos.set(i, info);
    return info;
  }

  holidays(year: unknown, includeMakeupWorkdays: boolean): DayInfo[] {
    if (typeof year !== "number" || !Number.isInteger(year))
      throw mustBe("INVALID_DATE", ["year"], "an integer year", "năm là số nguyên", year);
    const y = year - this.fromYear;
    if (y < 0 || y >= this.years) {
      throw outOfRange(`year ${year}`, ["year"], this.options.fromDay, this.options.toDay);
    }
    const first = this.monthStart[y * 12]!;
    const end = this.monthStart[y * 12 + 12]!;
    this.indexOfDay(this.base + first);
    const out: DayInfo[] = [];
    for (let i = first; i < end; i++) {
      const kind = this.kinds[i]!;
      if (
        this.special.has(i) &&
        (kind === K_HOLIDAY ||
          kind === K_COMPENSATORY ||
          kind === K_SWAP ||
          (includeMakeupWorkdays && kind === K_MAKEUP))
      ) {
        out.push(this.infoAt(i));
      }
    }
    return out;
  }

  // ------------------------------------------------- day-number access for tthc/deadline

  /** Index of an in-range day number; OUT_OF_RANGE at `path` (naming the day) outside the range. */
  private indexAt(day: number, path: Path): number {
    const i = day - this.base;
    if (i >= this.loIndex && i <= this.hiIndex && this.kinds[i] !== K_OUTSIDE) return i;
    if (day < this.options.fromDay || day > this.options.toDay) throw this.rangeError(formatIsoDate(day), path);
    return this.indexOfDay(day);
  }

  /** Whether a day number is a working day; OUT_OF_RANGE outside the range. */
  isWorkingDayNumber(day: number, path: Path): boolean {
    const i = this.indexAt(day, path);
    return isWorking(this.kinds[i]!);
  }

  /** Working days up to and including a day number, from a fixed origin; OUT_OF_RANGE outside the range. */
  rankOfDayNumber(day: number, path: Path): number {
    const i = this.indexAt(day, path);
    return this.rank[i]!;
  }

  /**
   * The day number of the working day with rank `r` (see {@link rankOfDayNumber}). Where the range
   * has none, OUT_OF_RANGE naming the first day past the range's end (or before its start), as a
   * day-by-day walk would meet it.
   */
  dayOfRankNumber(r: number, path: Path): number {
    if (this.reach(r)) return this.base + this.inverse[r]!;
    const { fromDay, toDay } = this.options;
    throw this.rangeError(formatIsoDate(r > this.rankHi ? toDay + 1 : fromDay - 1), path);
  }

  /** Day info by day number. */
  dayInfoNumber(day: number, path: Path): DayInfo {
    return this.infoAt(this.indexAt(day, path));
  }

  /** Whether a day number is inside the range. */
  hasDayNumber(day: number): boolean {
    return day >= this.options.fromDay && day <= this.options.toDay;
  }

  /** The days off strictly between two day numbers, in order: one read of the kinds a day. */
  daysOffBetween(from: number, to: number, path: Path): DayInfo[] {
    const out: DayInfo[] = [];
    if (to - from < 2) return out;
    const first = this.indexAt(from + 1, path);
    const last = this.indexAt(to - 1, path);
    for (let i = first; i <= last; i++) if (!isWorking(this.kinds[i]!)) out.push(this.infoAt(i));
    return out;
  }

  get fromDay(): number {
    return this.options.fromDay;
  }

  get toDay(): number {
    return this.options.toDay;
  }
}

/** Whether a day kind counts as a working day. */
function isWorking(kind: number): boolean {
  return kind === K_WORKDAY || kind === K_MAKEUP;
}

function badCount(value: unknown, name: string): TthcError {
  return mustBe("INVALID_DURATION", [name], "a whole number", "số nguyên", value);
}

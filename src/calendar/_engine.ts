/**
 * The working-calendar engine: per-year tables built lazily, then only read.
 *
 * For each calendar year: a day-kind `Uint8Array`, a prefix count of working days and its inverse
 * (working-day rank → day), plus the labelled special days. Across years, a running count of
 * working days before each year (relative to the first year touched) makes `rank(day)` and
 * `dayOfRank(rank)` two or three array reads: `addWorkingDays` and `workingDaysBetween` are O(1)
 * over any span, with no `Date` in the hot path.
 */

import { describe, mustBe } from "../_internal/checks.js";
import {
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  MAX_YEAR,
  MIN_YEAR,
  readIsoDigits,
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
import type { DayInfo, DayKind, HolidayBlock, Label, ScheduleEntry } from "./_types.js";
import { OFFICIAL_ROWS, OFFICIAL_SOURCES } from "./data/officialSchedules.generated.js";

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

/** One calendar year of the calendar: built once, then only read (the string cache fills once). */
class YearTable {
  constructor(
    readonly year: number,
    readonly firstDay: number,
    /** `monthStart[m]` = offset of the first day of month m + 1 (index 12 = days in the year). */
    readonly monthStart: Uint16Array,
    readonly kinds: Uint8Array,
    /** `prefix[i]` = working days in [1 Jan, 1 Jan + i). */
    readonly prefix: Uint16Array,
    /** `inverse[k]` = offset of the (k+1)-th working day of the year. */
    readonly inverse: Uint16Array,
    readonly total: number,
    readonly special: Map<number, SpecialDay>,
  ) {}
  /** `YYYY-MM-DD` of each day, filled on first use (always an array: one hidden class). */
  strings: string[] = [];
  /** Frozen {@link DayInfo} of each day, filled on request. */
  readonly infos: DayInfo[] = [];
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

/** The announced schedules bundled with the library, as {@link ScheduleEntry} rows. */
export const BUNDLED_SCHEDULE: readonly ScheduleEntry[] = /* @__PURE__ */ Object.freeze(
  OFFICIAL_ROWS.map(([date, kind, block, year, source]) =>
    Object.freeze({ date, kind, block, year, source: OFFICIAL_SOURCES[source] ?? "" }),
  ),
);

function outOfRange(what: string, path: readonly (string | number)[], from: number, to: number): TthcError {
  const range = `${formatIsoDate(from)}..${formatIsoDate(to)}`;
  return new TthcError("OUT_OF_RANGE", `${what} is outside the calendar's range ${range}`, {
    path,
    messageVi: `${what} nằm ngoài phạm vi của lịch ${range}`,
    details: { from: formatIsoDate(from), to: formatIsoDate(to) },
  });
}

export class CalendarEngine {
  readonly options: EngineOptions;
  private readonly weekendMask: number;
  private readonly standardWeekend: boolean;
  private readonly fromYear: number;
  private readonly toYear: number;
  private readonly tables: (YearTable | undefined)[] = new Array<YearTable | undefined>(MAX_YEAR - MIN_YEAR + 2).fill(
    undefined,
  );
  /** Working days before 1 January of each year, relative to the first year touched. */
  private readonly cum = new Int32Array(MAX_YEAR - MIN_YEAR + 2);
  private cumLo = -1;
  private cumHi = -2;
  private readonly blockYears = new Map<number, Map<number, SpecialDay>>();
  /** Official rows by block year. */
  private readonly scheduleByYear = new Map<number, ScheduleEntry[]>();

  constructor(options: EngineOptions) {
    this.options = options;
    this.weekendMask = options.weekend.reduce((m, d) => m | (1 << d), 0);
    this.standardWeekend = this.weekendMask === 0b1000001;
    this.fromYear = yearOfDay(options.fromDay);
    this.toYear = yearOfDay(options.toDay);
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

  private buildYear(year: number): YearTable {
    const firstDay = daysFromCivil(year, 1, 1);
    const length = isLeapYear(year) ? 366 : 365;
    const kinds = new Uint8Array(length);
    const special = new Map<number, SpecialDay>();
    const { fromDay, toDay, extraDaysOff, extraWorkingDays } = this.options;
    for (let i = 0; i < length; i++) {
      const day = firstDay + i;
      kinds[i] = day < fromDay || day > toDay ? K_OUTSIDE : this.isWeekend(day) ? K_WEEKEND : K_WORKDAY;
    }
    for (const by of [year - 1, year, year + 1]) {
      for (const [day, info] of this.blockYear(by)) {
        const i = day - firstDay;
        if (i < 0 || i >= length || special.has(i) || kinds[i] === K_OUTSIDE) continue;
        special.set(i, info);
        kinds[i] = info.kind;
      }
    }
    // Local decisions come last and win (extraDaysOff, extraWorkingDays).
    for (const [day, info] of extraDaysOff) {
      const i = day - firstDay;
      if (i >= 0 && i < length && kinds[i] !== K_OUTSIDE) {
        special.set(i, info);
        kinds[i] = K_HOLIDAY;
      }
    }
    for (const [day, info] of extraWorkingDays) {
      const i = day - firstDay;
      if (i >= 0 && i < length && kinds[i] !== K_OUTSIDE) {
        const kind = this.isWeekend(day) ? K_MAKEUP : K_WORKDAY;
        special.set(i, { ...info, kind });
        kinds[i] = kind;
      }
    }
    const prefix = new Uint16Array(length + 1);
    let total = 0;
    for (let i = 0; i < length; i++) {
      const k = kinds[i];
      if (k === K_WORKDAY || k === K_MAKEUP) total++;
      prefix[i + 1] = total;
    }
    const inverse = new Uint16Array(total);
    for (let i = 0, k = 0; i < length; i++) if (prefix[i + 1] !== prefix[i]) inverse[k++] = i;
    const monthStart = new Uint16Array(13);
    for (let m = 0; m < 12; m++) monthStart[m + 1] = monthStart[m]! + daysInMonth(year, m + 1);
    return new YearTable(year, firstDay, monthStart, kinds, prefix, inverse, total, special);
  }

  private table(year: number): YearTable {
    const index = year - MIN_YEAR;
    const found = this.tables[index];
    if (found !== undefined) return found;
    const built = this.buildYear(year);
    this.tables[index] = built;
    return built;
  }

  /** Makes `cum[year - MIN_YEAR]` valid. */
  private ensureCum(index: number): void {
    if (index >= this.cumLo && index <= this.cumHi) return;
    if (this.cumHi < this.cumLo) {
      this.cum[index] = 0;
      this.cumLo = this.cumHi = index;
      return;
    }
    const cum = this.cum;
    while (this.cumHi < index) {
      const hi = this.cumHi;
      cum[hi + 1] = cum[hi]! + this.table(hi + MIN_YEAR).total;
      this.cumHi = hi + 1;
    }
    while (this.cumLo > index) {
      const lo = this.cumLo;
      cum[lo - 1] = cum[lo]! - this.table(lo - 1 + MIN_YEAR).total;
      this.cumLo = lo - 1;
    }
  }

  private isoOf(t: YearTable, offset: number): string {
    if (t.strings.length === 0) {
      const strings: string[] = [];
      for (let i = 0; i < t.kinds.length; i++) strings.push(formatIsoDate(t.firstDay + i));
      t.strings = strings;
    }
    return t.strings[offset]!;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Locates a date argument: returns its position `(year - MIN_YEAR) * 512 + offset in year`
   * (its table is then built). Strings are read
   * by hand (no allocation); a `Date` is read in Asia/Ho_Chi_Minh.
   */
  private locate(value: unknown, path: readonly (string | number)[]): number {
    // Fast path: a well-formed 'YYYY-MM-DD' in range, read against the year's month table.
    if (typeof value === "string") {
      const digits = readIsoDigits(value);
      const year = digits >> 9;
      if (year >= this.fromYear && year <= this.toYear) {
        const month = (digits >> 5) & 15;
        const day = digits & 31;
        if (month >= 1 && month <= 12 && day >= 1) {
          const t = this.tables[year - MIN_YEAR] ?? this.table(year);
          const offset = t.monthStart[month - 1]! + day - 1;
          if (offset < t.monthStart[month]! && t.kinds[offset] !== K_OUTSIDE) return (year - MIN_YEAR) * 512 + offset;
        }
      }
    }
    return this.locateSlow(value, path);
  }

  private locateSlow(value: unknown, path: readonly (string | number)[]): number {
    const day = toDayNumber(value, path); // throws INVALID_DATE for bad strings and non-dates
    const year = yearOfDay(day);
    if (year < this.fromYear || year > this.toYear) throw this.rangeError(value, path);
    const t = this.table(year);
    const offset = day - t.firstDay;
    if (t.kinds[offset] === K_OUTSIDE) throw this.rangeError(value, path);
    return (year - MIN_YEAR) * 512 + offset;
  }

  private rangeError(value: unknown, path: readonly (string | number)[]): TthcError {
    return outOfRange(
      describe(value instanceof Date ? formatIsoDate(toDayNumber(value, path)) : value),
      path,
      this.options.fromDay,
      this.options.toDay,
    );
  }

  private rankAt(t: YearTable, offset: number): number {
    const index = t.year - MIN_YEAR;
    if (index < this.cumLo || index > this.cumHi) this.ensureCum(index);
    return this.cum[index]! + t.prefix[offset + 1]!;
  }

  /** The date of the working day with the given rank, searching from `guessYear`. */
  private findRank(rank: number, guessYear: number, path: readonly (string | number)[]): string {
    let year = guessYear;
    for (;;) {
      if (year < this.fromYear || year > this.toYear) {
        throw new TthcError("OUT_OF_RANGE", "the count leaves the calendar's range", {
          path,
          messageVi: "số ngày vượt ra ngoài phạm vi của lịch",
          details: { from: formatIsoDate(this.options.fromDay), to: formatIsoDate(this.options.toDay) },
        });
      }
      const index = year - MIN_YEAR;
      if (index < this.cumLo || index > this.cumHi) this.ensureCum(index);
      const before = this.cum[index]!;
      const t = this.tables[index] ?? this.table(year);
      if (rank <= before) year--;
      else if (rank > before + t.total) year++;
      else {
        const offset = t.inverse[rank - before - 1]!;
        const strings = t.strings;
        return strings.length === 0 ? this.isoOf(t, offset) : strings[offset]!;
      }
    }
  }

  isWorkingDay(date: unknown): boolean {
    const pos = this.locate(date, ["date"]);
    const k = this.tables[pos >> 9]!.kinds[pos & 511];
    return k === K_WORKDAY || k === K_MAKEUP;
  }

  addWorkingDays(start: unknown, days: unknown): string {
    const pos = this.locate(start, ["start"]);
    if (typeof days !== "number" || !Number.isInteger(days)) throw badCount(days, "days");
    const t = this.tables[pos >> 9]!;
    const offset = pos & 511;
    const k = t.kinds[offset];
    const working = k === K_WORKDAY || k === K_MAKEUP;
    const rank = this.rankAt(t, offset);
    const target = days > 0 ? rank + days : working ? rank + days : rank + days + 1;
    // Most counts land in the same year: one more read of the inverse table (cum is valid here).
    const inYear = target - this.cum[t.year - MIN_YEAR]!;
    if (inYear >= 1 && inYear <= t.total) {
      const o = t.inverse[inYear - 1]!;
      return t.strings.length === 0 ? this.isoOf(t, o) : t.strings[o]!;
    }
    // Otherwise estimate the year (≈ 250 working days a year), then step.
    const guess = t.year + ((days / 250) | 0);
    return this.findRank(target, guess < this.fromYear ? this.fromYear : Math.min(guess, this.toYear), ["days"]);
  }

  workingDaysBetween(from: unknown, to: unknown): number {
    const a = this.locate(from, ["from"]);
    const ra = this.rankAt(this.tables[a >> 9]!, a & 511);
    const b = this.locate(to, ["to"]);
    return this.rankAt(this.tables[b >> 9]!, b & 511) - ra;
  }

  nextWorkingDay(date: unknown): string {
    const pos = this.locate(date, ["date"]);
    const t = this.tables[pos >> 9]!;
    return this.findRank(this.rankAt(t, pos & 511) + 1, t.year, ["date"]);
  }

  previousWorkingDay(date: unknown): string {
    const pos = this.locate(date, ["date"]);
    const t = this.tables[pos >> 9]!;
    const k = t.kinds[pos & 511];
    const rank = this.rankAt(t, pos & 511);
    return this.findRank(k === K_WORKDAY || k === K_MAKEUP ? rank - 1 : rank, t.year, ["date"]);
  }

  dayInfo(date: unknown): DayInfo {
    const pos = this.locate(date, ["date"]);
    return this.infoAt(this.tables[pos >> 9]!, pos & 511);
  }

  private infoAt(t: YearTable, offset: number): DayInfo {
    // DayInfo objects are frozen, so one per day is built on first request and then shared.
    const cached = t.infos[offset];
    if (cached !== undefined) return cached;
    const kind = t.kinds[offset]!;
    const weekday = weekdayOf(t.firstDay + offset);
    const special = t.special.get(offset);
    const info: DayInfo =
      special === undefined
        ? {
            date: this.isoOf(t, offset),
            weekday,
            working: kind === K_WORKDAY || kind === K_MAKEUP,
            kind: KIND_NAMES[kind]!,
            label: kind === K_WEEKEND ? WEEKDAY_LABELS[weekday]! : WORKDAY_LABEL,
          }
        : {
            date: this.isoOf(t, offset),
            weekday,
            working: kind === K_WORKDAY || kind === K_MAKEUP,
            kind: KIND_NAMES[kind]!,
            label: special.label,
            ...(special.block === undefined ? {} : { block: special.block }),
            ...(special.source === undefined ? {} : { source: special.source }),
            ...(special.provisional === true ? { provisional: true } : {}),
            ...(special.unverified === true ? { unverified: true } : {}),
          };
    Object.freeze(info.label);
    t.infos[offset] = Object.freeze(info);
    return info;
  }

  holidays(year: unknown, includeMakeupWorkdays: boolean): DayInfo[] {
    if (typeof year !== "number" || !Number.isInteger(year))
      throw mustBe("INVALID_DATE", ["year"], "an integer year", "năm là số nguyên", year);
    if (year < this.fromYear || year > this.toYear) {
      throw outOfRange(`year ${year}`, ["year"], this.options.fromDay, this.options.toDay);
    }
    const t = this.table(year);
    const out: DayInfo[] = [];
    const offsets = [...t.special.keys()].sort((a, b) => a - b);
    for (const offset of offsets) {
      const kind = t.kinds[offset];
      if (
        kind === K_HOLIDAY ||
        kind === K_COMPENSATORY ||
        kind === K_SWAP ||
        (includeMakeupWorkdays && kind === K_MAKEUP)
      ) {
        out.push(this.infoAt(t, offset));
      }
    }
    return out;
  }

  // ------------------------------------------------- day-number access for tthc/deadline

  /** @internal Whether a day number is a working day; OUT_OF_RANGE outside the range. */
  isWorkingDayNumber(day: number, path: readonly (string | number)[]): boolean {
    const year = yearOfDay(day);
    if (year < this.fromYear || year > this.toYear) throw this.rangeError(formatIsoDate(day), path);
    const t = this.table(year);
    const k = t.kinds[day - t.firstDay];
    if (k === K_OUTSIDE) throw this.rangeError(formatIsoDate(day), path);
    return k === K_WORKDAY || k === K_MAKEUP;
  }

  /** @internal Day info by day number. */
  dayInfoNumber(day: number, path: readonly (string | number)[]): DayInfo {
    this.isWorkingDayNumber(day, path);
    const t = this.table(yearOfDay(day));
    return this.infoAt(t, day - t.firstDay);
  }

  get fromDay(): number {
    return this.options.fromDay;
  }

  get toDay(): number {
    return this.options.toDay;
  }
}

function badCount(value: unknown, name: string): TthcError {
  return mustBe("INVALID_DURATION", [name], "a whole number", "số nguyên", value);
}

/**
 * Working-time arithmetic on Vietnam local milliseconds (epoch ms + 7 h): only time inside the
 * working intervals of working days counts (RULES DL-2). One pure `add` and one `between`,
 * never two variants of either (OpenCPS has several: see CAL-24 and DL-5 in the rules reference).
 *
 * When every working day has the same hours (the presets, or `intervals` without `byWeekday`),
 * the whole working days in between are counted with the calendar's ranks, not walked: the cost
 * does not grow with the span. Per-weekday hours walk the days in between.
 */

import type { CalendarEngineView as CalendarEngine } from "../_internal/calendarEngine.js";
import { MS_PER_DAY, weekdayOf } from "../_internal/epochDay.js";
import type { CompiledHours } from "./workingHours.js";

const NONE: readonly number[] = [];

/** Working ms of a working day when every weekday has the same intervals; 0 otherwise. */
function uniformDay(hours: CompiledHours): number {
  const first = hours[0]!;
  for (const h of hours) {
    if (h.length !== first.length || h.some((ms, i) => ms !== first[i])) return 0;
  }
  let total = 0;
  for (let i = 0; i < first.length; i += 2) total += first[i + 1]! - first[i]!;
  return total;
}

export class WorkingClock {
  /** Working ms of every working day, or 0 when the hours differ by weekday. */
  private readonly perDay: number;
  constructor(
    readonly engine: CalendarEngine,
    readonly hours: CompiledHours,
    readonly path: readonly (string | number)[],
  ) {
    this.perDay = uniformDay(hours);
  }

  /** Throws OUT_OF_RANGE (at `path`) if the day of local ms `t` is outside the calendar. */
  checkInRange(t: number, path: readonly (string | number)[]): void {
    this.engine.isWorkingDayNumber(Math.floor(t / MS_PER_DAY), path);
  }

  /** Working intervals of a day (ms of day, flat pairs); empty on a day off. */
  intervals(day: number): readonly number[] {
    if (!this.engine.isWorkingDayNumber(day, this.path)) return NONE;
    return this.hours[weekdayOf(day)] ?? NONE;
  }

  /** Local ms at which the working intervals of `day` end (the last interval's end). */
  endOfDay(day: number): number {
    const iv = this.intervals(day);
    const fallback = this.hours[weekdayOf(day)] ?? this.hours[1]!;
    const list = iv.length > 0 ? iv : fallback;
    return day * MS_PER_DAY + list[list.length - 1]!;
  }

  /** Local ms at which the working intervals of `day` start. */
  startOfDay(day: number): number {
    const iv = this.intervals(day);
    const list = iv.length > 0 ? iv : (this.hours[weekdayOf(day)] ?? this.hours[1]!);
    return day * MS_PER_DAY + list[0]!;
  }

  /** Whether local ms `t` lies inside a working interval, ends excluded. */
  isWorkingTime(t: number): boolean {
    const day = Math.floor(t / MS_PER_DAY);
    const inDay = t - day * MS_PER_DAY;
    const iv = this.intervals(day);
    for (let i = 0; i < iv.length; i += 2) if (inDay >= iv[i]! && inDay < iv[i + 1]!) return true;
    return false;
  }

  /** The first working instant at or after `t`. */
  snapForward(t: number): number {
    let day = Math.floor(t / MS_PER_DAY);
    let inDay = t - day * MS_PER_DAY;
    for (;;) {
      const iv = this.intervals(day);
      for (let i = 0; i < iv.length; i += 2) {
        if (inDay < iv[i + 1]!) return day * MS_PER_DAY + Math.max(inDay, iv[i]!);
      }
      day++;
      inDay = 0;
    }
  }

  /** The instant when `amount` ms of working time, counted from `t`, are used up. */
  add(t: number, amount: number): number {
    if (amount <= 0) return t; // nothing to use up: stay put, even at the end of an interval
    let remaining = amount;
    let day = Math.floor(t / MS_PER_DAY);
    let inDay = t - day * MS_PER_DAY;
    for (;;) {
      const iv = this.intervals(day);
      for (let i = 0; i < iv.length; i += 2) {
        const end = iv[i + 1]!;
        if (inDay >= end) continue;
        const start = Math.max(inDay, iv[i]!);
        if (remaining <= end - start) return day * MS_PER_DAY + start + remaining;
        remaining -= end - start;
      }
      inDay = 0;
      const w = this.perDay;
      if (w > 0 && Number.isInteger(remaining)) {
        // Every working day after this one uses up `w`: skip the whole ones by rank, to the day
        // where the rest (0 < rest ≤ w) runs out.
        const whole = Math.ceil(remaining / w) - 1;
        remaining -= whole * w;
        day = this.engine.dayOfRankNumber(this.engine.rankOfDayNumber(day, this.path) + whole + 1, this.path);
      } else day++;
    }
  }

  /** Working time in [a, b), a ≤ b. */
  between(a: number, b: number): number {
    const firstDay = Math.floor(a / MS_PER_DAY);
    const lastDay = Math.floor(b / MS_PER_DAY);
    if (this.perDay > 0 && lastDay - firstDay > 1 && this.engine.hasDayNumber(lastDay)) {
      // The first and last days in part, the whole working days in between by rank.
      const first = this.within(firstDay, a, b); // checks the first day's range, as the walk does
      const whole =
        this.engine.rankOfDayNumber(lastDay - 1, this.path) - this.engine.rankOfDayNumber(firstDay, this.path);
      return first + whole * this.perDay + this.within(lastDay, a, b);
    }
    let total = 0;
    for (let day = firstDay; day <= lastDay; day++) total += this.within(day, a, b);
    return total;
  }

  /** Working time of day `day` inside [a, b). */
  private within(day: number, a: number, b: number): number {
    let total = 0;
    const base = day * MS_PER_DAY;
    const iv = this.intervals(day);
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(base + iv[i]!, a);
      const e = Math.min(base + iv[i + 1]!, b);
      if (e > s) total += e - s;
    }
    return total;
  }
}

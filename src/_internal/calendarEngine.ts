/**
 * The hook between a working calendar and the modules that compute on it (deadline, adapters,
 * workflow, testing kit): what they read from the calendar's engine, and how they find it. The
 * calendar registers the engine of each calendar it makes; nothing else can pose as one.
 */
import type { DayInfo } from "../calendar/index.js";
import type { Path } from "./checks.js";

/** What the other modules read from a calendar's engine: day numbers in, answers out. */
export interface CalendarEngineView {
  /** Whether day number `day` is a working day (`OUT_OF_RANGE` at `path` outside the calendar). */
  isWorkingDayNumber(day: number, path: Path): boolean;
  /** The day's kind and label. */
  dayInfoNumber(day: number, path: Path): DayInfo;
  /** Whether day number `day` is inside the calendar's range. */
  hasDayNumber(day: number): boolean;
  /**
   * Working days up to and including day number `day`, counted from a fixed origin: the
   * difference of two ranks is the number of working days between them (`OUT_OF_RANGE` at `path`
   * outside the calendar).
   */
  rankOfDayNumber(day: number, path: Path): number;
  /**
   * The day number of the working day of rank `rank`; where the calendar has none, `OUT_OF_RANGE`
   * at `path` naming the first day past its end (or before its start), as a day-by-day walk meets it.
   */
  dayOfRankNumber(rank: number, path: Path): number;
  /** The days off strictly between day numbers `from` and `to`, in order (`OUT_OF_RANGE` outside the calendar). */
  daysOffBetween(from: number, to: number, path: Path): DayInfo[];
  /** As `WorkingCalendar.isWorkingDay`. */
  isWorkingDay(date: unknown): boolean;
  /** As `WorkingCalendar.addWorkingDays`. */
  addWorkingDays(start: unknown, days: unknown): string;
  /** As `WorkingCalendar.workingDaysBetween`. */
  workingDaysBetween(from: unknown, to: unknown): number;
}

const ENGINES = new WeakMap<object, CalendarEngineView>();

/** Registers the engine of a calendar made by `createWorkingCalendar`. */
export function registerEngine(calendar: object, engine: CalendarEngineView): void {
  ENGINES.set(calendar, engine);
}

/** The engine behind a calendar made by `createWorkingCalendar`; `undefined` for anything else. */
export function engineOf(calendar: unknown): CalendarEngineView | undefined {
  return typeof calendar === "object" && calendar !== null ? ENGINES.get(calendar) : undefined;
}

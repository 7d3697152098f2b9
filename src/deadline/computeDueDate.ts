import type { CalendarEngineView as CalendarEngine } from "../_internal/calendarEngine.js";
import { checkChoice, checkObject, mustBe, type Path } from "../_internal/checks.js";
import { formatIsoDate, MS_PER_DAY } from "../_internal/epochDay.js";
import {
  formatTimeOfDay,
  formatVietnamInstant,
  parseTimeOfDay,
  toInstantMs,
  toVietnamLocal,
} from "../_internal/instant.js";
import type { WorkingCalendar } from "../calendar/createWorkingCalendar.js";
import type { DayInfo, Label } from "../calendar/index.js";
import { isTthcError, type SafeResult, TthcError } from "../errors.js";
import { WorkingClock } from "./_workingClock.js";
import { DURATION_UNITS, type Duration } from "./duration.js";
import { checkHoursPerDay, compileWorkingHours, resolveCalendar, type WorkingHours } from "./workingHours.js";

/**
 * Tạm dừng tính thời hạn — a period when the clock stops, such as waiting for the applicant to
 * supplement the dossier (yêu cầu bổ sung). Instants are ISO date-times with offset or `Date`s.
 *
 * @example
 * ```ts
 * import type { Pause } from "tthc/deadline";
 * const pause: Pause = { from: "2025-03-07T10:00:00+07:00", to: "2025-03-11T10:00:00+07:00", reason: "supplement" };
 * ```
 * @see RULES DL-8
 * @category Deadline
 */
export interface Pause {
  /** When the clock stopped. */
  readonly from: string | Date;
  /** When it resumed (the complete supplement was received). */
  readonly to: string | Date;
  /** Why (free text), carried into the trace. */
  readonly reason?: string;
}

/**
 * Input of {@link computeDueDate}. Options not given take the documented defaults; every
 * unconfirmed rule (RULES status UNCONFIRMED) is one of these options.
 *
 * @example
 * ```ts
 * import type { DueDateInput } from "tthc/deadline";
 * const input: DueDateInput = { receivedAt: "2025-01-23T06:45:00+07:00", duration: { value: 3, unit: "workingDays" } };
 * ```
 * @category Deadline
 */
export interface DueDateInput {
  /** Thời điểm tiếp nhận — the recorded receipt instant (ISO with offset, or a `Date`). */
  readonly receivedAt: string | Date;
  /** Thời hạn giải quyết — the time limit. */
  readonly duration: Duration;
  /** Working calendar. @defaultValue `createWorkingCalendar()` */
  readonly calendar?: WorkingCalendar;
  /** Working hours. @defaultValue `WORKING_HOURS_PRESETS.commune` (07:00–11:30, 13:30–17:00; RULES CAL-14) */
  readonly workingHours?: WorkingHours;
  /**
   * Same-day cut-off `HH:mm` (the procedure's `sameDayCutoff`): with a `sameDay` limit (trong ngày),
   * a receipt on a working day after it counts as received on the next working day, where the
   * result is then due (RULES CAL-20, DL-4, DECISIONS D-5). It applies to `sameDay` limits only:
   * `workingDays`, `calendarDays` and `workingHours` limits count from the receipt as CAL-22, DL-3
   * and DL-2 say, whatever the hour, so a workflow may pass the procedure's cut-off with every limit.
   * @defaultValue none
   */
  readonly cutoff?: string | undefined;
  /** Periods when the clock stops (supplement requests). @defaultValue none */
  readonly pauses?: readonly Pause[];
  /**
   * Receipt outside working hours or on a rest day (RULES CAL-18, unconfirmed): `asRecorded`
   * keeps the recorded date; `nextWorkingStart` rolls to the next working start (customs, KBNN:
   * CAL-19), and that date becomes the receipt date the count starts from (`receiptDate`). The
   * days off rolled over stay in `skipped`, which starts from the recorded day.
   * @defaultValue `"asRecorded"`
   */
  readonly outOfHoursReceipt?: "asRecorded" | "nextWorkingStart";
  /**
   * How day-based limits count (RULES CAL-22, unconfirmed): `nextWorkingDay` — the receipt day is
   * not counted, due on the N-th working day after it; `workingHoursFromReceipt` — N × 8 working
   * hours from the receipt instant (OpenCPS, CAL-24).
   * @defaultValue `"nextWorkingDay"`
   */
  readonly dayCounting?: "nextWorkingDay" | "workingHoursFromReceipt";
  /**
   * Time of day of the appointment (RULES CAL-23, unconfirmed): the end of working hours on the
   * due date, or the receipt's clock time (kept within that day's working hours).
   * @defaultValue `"endOfWorkingDay"`
   */
  readonly appointmentTime?: "endOfWorkingDay" | "sameClockTime";
  /**
   * Calendar-day limits ending on a day off (RULES DL-3, unconfirmed): move to the next working day, or keep.
   * @defaultValue `"nextWorkingDay"`
   */
  readonly calendarDayEnd?: "nextWorkingDay" | "asIs";
  /**
   * How the clock resumes after a pause (RULES DL-8, unconfirmed): extend the due instant by the
   * working time paused; restart the full limit at the resumption (OpenCPS); or shift the due date
   * by the calendar days paused.
   * @defaultValue `"extendByPausedWorkingTime"`
   */
  readonly resumeMode?: "extendByPausedWorkingTime" | "restart" | "shiftByCalendarDays";
  /** Hours in a working day when days become hours (RULES DL-5). @defaultValue `8` */
  readonly hoursPerWorkingDay?: number;
  /**
   * Giải trình — whether the result explains itself: the days off in `skipped` and the step-by-step
   * `trace`. `false` leaves both empty (the dates are the same) for callers that only need the dates,
   * such as a replay of trusted logs or a batch of thousands of dossiers: the call then costs the
   * same whatever the span, while the list of days skipped grows with it.
   * @defaultValue `true`
   */
  readonly explain?: boolean;
}

/**
 * One step of the reasoning behind a due date, with the rule it applies.
 *
 * @example
 * ```ts
 * import type { TraceStep } from "tthc/deadline";
 * const step: TraceStep = { rule: "CAL-22", vi: "Không tính ngày tiếp nhận", en: "The receipt day is not counted" };
 * ```
 * @category Deadline
 */
export interface TraceStep extends Label {
  /** Rule ID in the project's rules (CAL-…, DL-…). */
  readonly rule: string;
}

/**
 * Result of {@link computeDueDate}.
 *
 * @example
 * ```ts
 * import { computeDueDate } from "tthc/deadline";
 * const due = computeDueDate({ receivedAt: "2025-01-23T06:45:00+07:00", duration: { value: 3, unit: "workingDays" } });
 * due.dueDate; // => "2025-02-04"
 * ```
 * @category Deadline
 */
export interface DueDate {
  /** Ngày hẹn trả kết quả — the due date, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The due instant in Vietnam time, `YYYY-MM-DDTHH:mm:ss+07:00`. */
  readonly dueAt: string;
  /** The receipt date the count starts from (after roll-over and cut-off), `YYYY-MM-DD`. */
  readonly receiptDate: string;
  /**
   * Days off after the day of `receivedAt` (in Vietnam) and before the due date, with their labels:
   * from the actual day of receipt, so a receipt rolled over by the cut-off (CAL-20) or out of
   * hours (CAL-18) still shows the days off it waited through (a Tết block, say).
   */
  readonly skipped: readonly DayInfo[];
  /** Working minutes the pauses added (0 without pauses). */
  readonly pausedWorkingMinutes: number;
  /** The reasoning, step by step, in both languages. */
  readonly trace: readonly TraceStep[];
}

const INPUT_KEYS = [
  "receivedAt",
  "duration",
  "calendar",
  "workingHours",
  "cutoff",
  "pauses",
  "outOfHoursReceipt",
  "dayCounting",
  "appointmentTime",
  "calendarDayEnd",
  "resumeMode",
  "hoursPerWorkingDay",
  "explain",
];

// Paths of the input fields, made once: most of them are passed on every call, not only on error.
const ROOT: Path = [];
const RECEIVED_AT: Path = ["receivedAt"];
const DURATION_PATH: Path = ["duration"];
const DURATION_UNIT_PATH: Path = ["duration", "unit"];
const CALENDAR_PATH: Path = ["calendar"];
const WORKING_HOURS_PATH: Path = ["workingHours"];
const HOURS_PER_DAY_PATH: Path = ["hoursPerWorkingDay"];
const PAUSES_PATH: Path = ["pauses"];
const EXPLAIN_PATH: Path = ["explain"];
/** What an unexplained result carries in `skipped` and `trace`. */
const NOTHING: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function option<T extends string>(record: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = record[key];
  if (value === undefined) return allowed[0] as T; // not given; `null` is a wrong value like any other
  return allowed.includes(value as T) ? (value as T) : checkChoice(value, allowed, [key]);
}

/** A count that leaves the calendar's range is a fault of the limit (or of a pause), named at `path`. */
function outOfRangeAt(error: unknown, path: Path): unknown {
  if (!isTthcError(error) || error.code !== "OUT_OF_RANGE") return error;
  return new TthcError("OUT_OF_RANGE", error.message, {
    path,
    messageVi: error.messageVi,
    ...(error.details === undefined ? {} : { details: error.details }),
    cause: error,
  });
}

function checkDuration(value: unknown): Duration {
  const record = checkObject(
    value,
    DURATION_PATH,
    "INVALID_DURATION",
    ["value", "unit"],
    "{ value, unit }",
    "{ value, unit }",
  );
  const unit = checkChoice(record["unit"], DURATION_UNITS, DURATION_UNIT_PATH, "INVALID_DURATION");
  const amount = record["value"];
  const ok =
    typeof amount === "number" &&
    Number.isFinite(amount) &&
    amount >= 0 &&
    (unit === "workingHours"
      ? Number.isInteger(Math.round(amount * 60 * 1e6) / 1e6)
      : unit === "sameDay"
        ? amount === 1
        : Number.isInteger(amount));
  if (!ok) {
    const [en, vi] =
      unit === "workingHours"
        ? ["a number of hours ≥ 0 in whole minutes", "số giờ không âm, tính theo phút nguyên"]
        : unit === "sameDay"
          ? ["1 (trong ngày)", "1 (trong ngày)"]
          : ["a whole number ≥ 0", "số nguyên không âm"];
    throw mustBe("INVALID_DURATION", ["duration", "value"], en, vi, amount);
  }
  return { value: amount as number, unit };
}

/**
 * Tính ngày hẹn trả kết quả — computes the due date and instant of a dossier from its receipt
 * instant and time limit, on a Vietnamese working calendar, in Asia/Ho_Chi_Minh whatever the host.
 *
 * Default rules (each unconfirmed one is an option, see {@link DueDateInput}):
 * the instant is read in Vietnam time (CAL-15); the recorded receipt date counts as is, even on a
 * rest day (CAL-18); day limits count from the first working day after the receipt day and fall
 * due on the N-th working day (CAL-22), at the end of its working hours (CAL-23); hour limits count
 * only inside working hours (DL-2); calendar-day limits ending on a day off move to the next
 * working day (DL-3); "trong ngày" is due at the end of the receipt day, or of the next working day
 * after the cut-off, which applies to same-day limits only (DL-4, CAL-20, D-2, D-5); pauses extend the due instant by the working time paused (DL-8).
 *
 * @param input - See {@link DueDateInput}; unknown keys are refused.
 * @returns The {@link DueDate}, with the days skipped and a bilingual trace (both empty with
 *   `explain: false`: the dates are the same, and the call costs the same whatever the span).
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `receivedAt` or a pause bound is not an ISO date-time with offset.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `duration` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_TIME` if `cutoff` or `workingHours` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown key or option value, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if an instant is before 1975-06-13 or the result leaves the calendar.
 * @see RULES CAL-15, CAL-18, CAL-20, CAL-22, CAL-23, DL-1 … DL-8; Mẫu 01, TT 01/2018/TT-VPCP (appointment date and time)
 * @example
 * ```ts
 * import { computeDueDate } from "tthc/deadline";
 * const due = computeDueDate({
 *   receivedAt: "2025-01-23T06:45:00+07:00",
 *   duration: { value: 3, unit: "workingDays" },
 * });
 * due.dueDate; // => "2025-02-04"
 * due.dueAt; // => "2025-02-04T17:00:00+07:00"
 * due.skipped.length; // => 9
 * // Trong ngày, received after the 15:00 cut-off on the last working day before Tết Bính Ngọ:
 * const sameDay = { receivedAt: "2026-02-13T16:00:00+07:00", cutoff: "15:00" };
 * computeDueDate({ ...sameDay, duration: { value: 1, unit: "sameDay" } }).dueDate; // => "2026-02-23"
 * computeDueDate({ ...sameDay, duration: { value: 1, unit: "sameDay" } }).skipped.length; // => 9
 * computeDueDate({ ...sameDay, duration: { value: 1, unit: "workingDays" } }).dueDate; // => "2026-02-23"
 * // Only the dates, without the days skipped and the trace:
 * const bare = computeDueDate({ receivedAt: "2025-01-23T06:45:00+07:00", duration: { value: 3, unit: "workingDays" }, explain: false });
 * bare.dueAt; // => "2025-02-04T17:00:00+07:00"
 * bare.skipped.length; // => 0
 * ```
 * @category Deadline
 */
export function computeDueDate(input: DueDateInput): DueDate {
  const record = checkObject(input, ROOT, "INVALID_OPTION", INPUT_KEYS);
  const receivedMs = toInstantMs(record["receivedAt"], RECEIVED_AT);
  const duration = checkDuration(record["duration"]);
  const engine = resolveCalendar(record["calendar"], CALENDAR_PATH);
  const clock = new WorkingClock(engine, compileWorkingHours(record["workingHours"], WORKING_HOURS_PATH), RECEIVED_AT);
  const outOfHours = option(record, "outOfHoursReceipt", ["asRecorded", "nextWorkingStart"] as const);
  const dayCounting = option(record, "dayCounting", ["nextWorkingDay", "workingHoursFromReceipt"] as const);
  const appointmentTime = option(record, "appointmentTime", ["endOfWorkingDay", "sameClockTime"] as const);
  const calendarDayEnd = option(record, "calendarDayEnd", ["nextWorkingDay", "asIs"] as const);
  const resumeMode = option(record, "resumeMode", [
    "extendByPausedWorkingTime",
    "restart",
    "shiftByCalendarDays",
  ] as const);
  const hoursPerDay = checkHoursPerDay(record["hoursPerWorkingDay"], HOURS_PER_DAY_PATH);
  let cutoffMs: number | undefined;
  if (record["cutoff"] !== undefined) {
    cutoffMs = parseTimeOfDay(record["cutoff"]);
    if (Number.isNaN(cutoffMs))
      throw mustBe("INVALID_TIME", ["cutoff"], "a time HH:mm", "giờ dạng HH:mm", record["cutoff"]);
  }
  const pauses = checkPauses(record["pauses"], receivedMs);
  const explain = record["explain"] === undefined ? true : record["explain"]; // `null` is refused
  if (typeof explain !== "boolean")
    throw mustBe("INVALID_OPTION", EXPLAIN_PATH, "true or false", "true hoặc false", explain);

  // Without `explain`, the steps are not written at all.
  const trace: TraceStep[] = [];
  const local = toVietnamLocal(receivedMs);
  if (explain) {
    const receivedText = formatVietnamInstant(local);
    trace.push({
      rule: "CAL-15",
      vi: `Tiếp nhận lúc ${receivedText} (giờ Việt Nam)`,
      en: `Received at ${receivedText} (Vietnam time)`,
    });
  }

  // The receipt: date and instant the count starts from. `skipped` counts from the day of receipt
  // itself, so that the days off a rolled-over receipt waited through are still shown.
  const receivedDay = Math.floor(local / MS_PER_DAY);
  let start = local;
  if (outOfHours === "nextWorkingStart" && !clock.isWorkingTime(local)) {
    start = clock.snapForward(local);
    if (start !== local && explain) {
      const startText = formatVietnamInstant(start);
      const off = daysOffClause(engine, receivedDay, Math.floor(start / MS_PER_DAY));
      trace.push({
        rule: "CAL-18",
        vi: `Ngoài giờ làm việc: tính từ ${startText}${off.vi}`,
        en: `Outside working hours: counted from ${startText}${off.en}`,
      });
    }
  }
  let receiptDay = Math.floor(start / MS_PER_DAY);
  engine.isWorkingDayNumber(receiptDay, RECEIVED_AT); // OUT_OF_RANGE outside the calendar, whatever the unit
  // The cut-off is a same-day (trong ngày) rule (CAL-20, DL-4, D-5): day and hour limits count as CAL-22 and DL-2 say.
  if (
    cutoffMs !== undefined &&
    duration.unit === "sameDay" &&
    engine.isWorkingDayNumber(receiptDay, RECEIVED_AT) &&
    start - receiptDay * MS_PER_DAY > cutoffMs
  ) {
    const next = nextWorkingDayNumber(clock, receiptDay);
    if (explain) {
      const off = daysOffClause(engine, receivedDay, next);
      trace.push({
        rule: "CAL-20",
        vi: `Tiếp nhận sau ${formatTimeOfDay(cutoffMs)}: coi như tiếp nhận ngày ${formatIsoDate(next)}${off.vi}`,
        en: `Received after the ${formatTimeOfDay(cutoffMs)} cut-off: counts as received on ${formatIsoDate(next)}${off.en}`,
      });
    }
    receiptDay = next;
    start = clock.startOfDay(next);
  }

  const computeFrom = (fromMs: number, fromDay: number): number => {
    switch (duration.unit) {
      case "workingDays": {
        if (dayCounting === "workingHoursFromReceipt") {
          return clock.add(clock.snapForward(fromMs), duration.value * hoursPerDay * 3_600_000);
        }
        const dueDay =
          duration.value === 0
            ? engine.isWorkingDayNumber(fromDay, RECEIVED_AT)
              ? fromDay
              : nextWorkingDayNumber(clock, fromDay)
            : addWorkingDaysNumber(clock, fromDay, duration.value);
        return appointmentOn(clock, dueDay, fromMs, appointmentTime);
      }
      case "workingHours":
        return clock.add(fromMs, Math.round(duration.value * 60) * 60_000);
      case "calendarDays": {
        let dueDay = fromDay + duration.value;
        if (calendarDayEnd === "nextWorkingDay" && !engine.isWorkingDayNumber(dueDay, DURATION_PATH)) {
          dueDay = nextWorkingDayNumber(clock, dueDay);
        }
        return appointmentOn(clock, dueDay, fromMs, appointmentTime);
      }
      case "sameDay": {
        const dueDay = engine.isWorkingDayNumber(fromDay, RECEIVED_AT) ? fromDay : nextWorkingDayNumber(clock, fromDay);
        return appointmentOn(clock, dueDay, fromMs, appointmentTime);
      }
    }
  };

  let due: number;
  try {
    due = computeFrom(start, receiptDay);
  } catch (error) {
    throw outOfRangeAt(error, DURATION_PATH); // the receipt is in range (checked above): the count left it
  }
  if (due < start && (duration.unit === "sameDay" || duration.unit === "workingDays")) {
    // Received after the day's working hours (same-day or zero-day limit, no cut-off): the result
    // cannot be due before it was received, so it falls due at the end of the next working day.
    // (Calendar-day limits are date arithmetic by definition and are left as computed.)
    due = appointmentOn(clock, nextWorkingDayNumber(clock, Math.floor(start / MS_PER_DAY)), start, "endOfWorkingDay");
  }
  if (explain) trace.push(describeCount(duration, dayCounting, formatIsoDate(receiptDay), formatVietnamInstant(due)));

  let pausedMs = 0;
  try {
    for (const pause of pauses) {
      // Both in Vietnam local milliseconds (`due` is): a pause from the due instant on stops nothing.
      const from = toVietnamLocal(pause.from);
      const to = toVietnamLocal(pause.to);
      if (from >= due) break;
      if (to <= from) continue; // empty, or wholly before receipt
      const paused = clock.between(from, to);
      pausedMs += paused;
      if (resumeMode === "restart") {
        const resumeDay = Math.floor(to / MS_PER_DAY);
        due = computeFrom(to, resumeDay);
      } else if (resumeMode === "shiftByCalendarDays") {
        const days = Math.floor(to / MS_PER_DAY) - Math.floor(from / MS_PER_DAY);
        let dueDay = Math.floor(due / MS_PER_DAY) + days;
        if (!engine.isWorkingDayNumber(dueDay, PAUSES_PATH)) dueDay = nextWorkingDayNumber(clock, dueDay);
        due = appointmentOn(clock, dueDay, due, "sameClockTime");
      } else {
        due = clock.add(due, paused);
      }
      if (explain) {
        const minutes = Math.round(paused / 60_000);
        const span = `${formatVietnamInstant(from)} → ${formatVietnamInstant(to)}${pause.reason ? ` (${pause.reason})` : ""}`;
        const newDue = formatVietnamInstant(due);
        trace.push({
          rule: "DL-8",
          vi: `Tạm dừng ${span}: ${minutes} phút làm việc; hạn mới ${newDue}`,
          en: `Paused ${span}: ${minutes} working minutes; new due ${newDue}`,
        });
      }
    }
  } catch (error) {
    throw outOfRangeAt(error, PAUSES_PATH); // a pause (or the time it adds) past the calendar's range
  }

  const dueDay = Math.floor(due / MS_PER_DAY);
  return Object.freeze({
    dueDate: formatIsoDate(dueDay),
    dueAt: formatVietnamInstant(due),
    receiptDate: formatIsoDate(receiptDay),
    skipped: explain ? Object.freeze(engine.daysOffBetween(receivedDay, dueDay, DURATION_PATH)) : NOTHING,
    pausedWorkingMinutes: Math.round(pausedMs / 60_000),
    trace: explain ? Object.freeze(trace) : NOTHING,
  });
}

/**
 * Like {@link computeDueDate}, but returns `{ success: false, error }` instead of throwing.
 *
 * @param input - See {@link DueDateInput}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link tthc!TthcError}.
 * @example
 * ```ts
 * import { safeComputeDueDate } from "tthc/deadline";
 * const result = safeComputeDueDate({ receivedAt: "2025-02-29T09:00:00+07:00", duration: { value: 1, unit: "workingDays" } });
 * result.success; // => false
 * ```
 * @category Deadline
 */
export function safeComputeDueDate(input: DueDateInput): SafeResult<DueDate> {
  try {
    return { success: true, data: computeDueDate(input) };
  } catch (error) {
    if (isTthcError(error)) return { success: false, error };
    throw error;
  }
}

interface CheckedPause {
  readonly from: number;
  readonly to: number;
  readonly reason: string | undefined;
}

const PAUSES = ["an array of { from, to, reason? }", "mảng các { from, to, reason? }"] as const;

function checkPauses(value: unknown, receivedMs: number): CheckedPause[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw mustBe("INVALID_OPTION", ["pauses"], ...PAUSES, value);
  const out = value.map((p: unknown, i): CheckedPause => {
    const path = ["pauses", i];
    const r = checkObject(
      p,
      path,
      "INVALID_OPTION",
      ["from", "to", "reason"],
      "{ from, to, reason? }",
      "{ from, to, reason? }",
    );
    const from = toInstantMs(r["from"], [...path, "from"]);
    const to = toInstantMs(r["to"], [...path, "to"]);
    if (to < from)
      throw mustBe(
        "INVALID_INSTANT",
        [...path, "to"],
        "an instant not before from",
        "thời điểm không sớm hơn from",
        r["to"],
      );
    const reason = r["reason"];
    if (reason !== undefined && typeof reason !== "string")
      throw mustBe("INVALID_OPTION", [...path, "reason"], "a string", "chuỗi", reason);
    return { from: Math.max(from, receivedMs), to: Math.max(to, receivedMs), reason };
  });
  out.sort((a, b) => a.from - b.from);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.from < out[i - 1]!.to)
      throw mustBe("INVALID_INSTANT", ["pauses"], "pauses that do not overlap", "các lần tạm dừng không chồng nhau");
  }
  return out;
}

/** The days off strictly between two days, as a clause for the trace (`""` when none). */
function daysOffClause(engine: CalendarEngine, from: number, to: number): { vi: string; en: string } {
  const n =
    to - from < 2
      ? 0
      : to - from - 1 - (engine.rankOfDayNumber(to - 1, DURATION_PATH) - engine.rankOfDayNumber(from, DURATION_PATH));
  return n === 0
    ? { vi: "", en: "" }
    : { vi: ` (sau ${n} ngày nghỉ)`, en: ` (after ${n} ${n === 1 ? "day" : "days"} off)` };
}

/** The first working day after `day` (in the calendar: every caller has checked it). */
function nextWorkingDayNumber(clock: WorkingClock, day: number): number {
  return addWorkingDaysNumber(clock, day, 1);
}

/** The `n`-th working day after `day`, by rank: the same whatever `n`. */
function addWorkingDaysNumber(clock: WorkingClock, day: number, n: number): number {
  const engine = clock.engine;
  return engine.dayOfRankNumber(engine.rankOfDayNumber(day, DURATION_PATH) + n, DURATION_PATH);
}

function appointmentOn(
  clock: WorkingClock,
  dueDay: number,
  receiptMs: number,
  mode: "endOfWorkingDay" | "sameClockTime",
): number {
  const end = clock.endOfDay(dueDay);
  if (mode === "endOfWorkingDay") return end;
  const start = clock.startOfDay(dueDay);
  const at = dueDay * MS_PER_DAY + (receiptMs - Math.floor(receiptMs / MS_PER_DAY) * MS_PER_DAY);
  // Within the day's working hours: a clock time in the lunch break moves to the afternoon start.
  return at >= end ? end : clock.snapForward(Math.max(at, start));
}

function describeCount(duration: Duration, dayCounting: string, receiptDate: string, dueAt: string): TraceStep {
  switch (duration.unit) {
    case "workingDays":
      return dayCounting === "workingHoursFromReceipt"
        ? {
            rule: "CAL-24",
            vi: `${duration.value} ngày làm việc = ${duration.value * 8} giờ làm việc tính từ lúc tiếp nhận: hạn ${dueAt}`,
            en: `${duration.value} working days = ${duration.value * 8} working hours from receipt: due ${dueAt}`,
          }
        : {
            rule: "CAL-22",
            vi: `Không tính ngày tiếp nhận ${receiptDate}; hạn là ngày làm việc thứ ${duration.value} sau đó: ${dueAt}`,
            en: `The receipt day ${receiptDate} is not counted; due on working day no. ${duration.value} after it: ${dueAt}`,
          };
    case "workingHours":
      return {
        rule: "DL-2",
        vi: `${duration.value} giờ làm việc, chỉ tính trong giờ làm việc của ngày làm việc: hạn ${dueAt}`,
        en: `${duration.value} working hours, counted only inside working hours of working days: due ${dueAt}`,
      };
    case "calendarDays":
      return {
        rule: "DL-3",
        vi: `${duration.value} ngày (tính cả ngày nghỉ) kể từ ${receiptDate}: hạn ${dueAt}`,
        en: `${duration.value} calendar days from ${receiptDate}: due ${dueAt}`,
      };
    case "sameDay":
      return {
        rule: "DL-4",
        vi: `Trả kết quả trong ngày làm việc: hạn ${dueAt}`,
        en: `Same working day: due ${dueAt}`,
      };
  }
}

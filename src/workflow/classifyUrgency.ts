/**
 * Cảnh báo sắp đến hạn / quá hạn — how urgent a dossier and its step in progress are at an instant,
 * read from the one account of the dossier's time.
 */
import { checkChoice, checkInteger, checkObject, mustBe } from "../_internal/checks.js";
import { toInstantMs, vietnamDateOf } from "../_internal/instant.js";
import type { Label } from "../calendar/index.js";
import { type Remaining, remaining } from "../deadline/remaining.js";
import { STATUS_TRAITS } from "../models/status.js";
import { checkContext, checkInstantArgument, checkState } from "./_boundary.js";
import { type ResolvedOptions, resolveOptions } from "./_options.js";
import { type DossierTime, dossierTimeOf, type StepTime } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState } from "./states.js";

/**
 * Mức khẩn — how urgent a dossier or a step is at an instant: `finished` (no clock any more),
 * `paused` (the applicant holds it, DL-8), `overdue` (past its due instant), `dueToday` (due later
 * the same Vietnam day), `dueSoon` (within the threshold of working time), `onTrack`.
 *
 * @example
 * ```ts
 * import type { UrgencyLevel } from "tthc/workflow";
 * const level: UrgencyLevel = "dueSoon";
 * ```
 * @category Workflow
 */
export type UrgencyLevel = "finished" | "paused" | "onTrack" | "dueSoon" | "dueToday" | "overdue";

/**
 * Thứ tự chú ý — the urgency levels, most urgent first (for a host's own sorting or legend).
 *
 * @example
 * ```ts
 * import { URGENCY_ORDER } from "tthc/workflow";
 * URGENCY_ORDER[0]; // => "overdue"
 * ```
 * @category Workflow
 */
export const URGENCY_ORDER: readonly UrgencyLevel[] = Object.freeze([
  "overdue",
  "dueToday",
  "dueSoon",
  "paused",
  "onTrack",
  "finished",
]);

/**
 * Đánh giá mức khẩn — the urgency of one thing (the dossier, or its step in progress).
 *
 * @example
 * ```ts
 * import type { UrgencyOf } from "tthc/workflow";
 * type Left = UrgencyOf["remaining"]; // Remaining | undefined
 * ```
 * @category Workflow
 */
export interface UrgencyOf {
  /** The level. */
  readonly level: UrgencyLevel;
  /** Hạn — the due instant it is judged against (the appointment in force, or the step's due). */
  readonly dueAt?: string;
  /** Working time left, or by how much it is overdue, with "Còn … / Quá …" (absent when finished). */
  readonly remaining?: Remaining;
  /** "Sắp đến hạn: còn 3 giờ" / "Due soon: 3 hours left", and the other levels alike. */
  readonly label: Label;
}

/**
 * Mức khẩn của hồ sơ — what {@link classifyUrgency} returns: the dossier and, when it follows an
 * internal workflow, its step in progress.
 *
 * @example
 * ```ts
 * import type { Urgency } from "tthc/workflow";
 * type StepLevel = NonNullable<Urgency["step"]>["level"]; // UrgencyLevel
 * ```
 * @category Workflow
 */
export interface Urgency extends UrgencyOf {
  /** The internal-workflow step in progress, judged against its own quota (WF-13). */
  readonly step?: UrgencyOf & Pick<StepTime, "order" | "name" | "unit" | "startedAt" | "quota">;
}

/**
 * Options of {@link classifyUrgency} and {@link listUrgent}.
 *
 * @example
 * ```ts
 * import type { UrgencyOptions } from "tthc/workflow";
 * const options: UrgencyOptions = { within: { value: 2, unit: "workingDays" } };
 * ```
 * @remarks No rule sets the warning threshold. The default, one working day, is the last moment a
 * dossier that will be late can still be handled by the book: the apology and new appointment must
 * be sent at the latest one working day before the due date (RULES DL-11, DL-13).
 * @category Workflow
 */
export interface UrgencyOptions {
  /**
   * Sắp đến hạn — from when a dossier or step is `dueSoon`: in `workingDays`, when its due date is
   * at most that many working days after the day of `at`; in `workingHours`, when at most that much
   * working time is left.
   * @defaultValue `{ value: 1, unit: "workingDays" }`
   */
  readonly within?: { readonly value: number; readonly unit: "workingHours" | "workingDays" };
}

/** The threshold: working days between the day of `at` and the due date, or working minutes left. */
export interface Within {
  readonly days?: number;
  readonly minutes?: number;
}
const DEFAULT_WITHIN: Within = Object.freeze({ days: 1 });
const WITHIN_PATH = ["options", "within"] as const;

/** Reads `options.within` (checked). */
export function withinOf(options: unknown): Within {
  if (options === undefined) return DEFAULT_WITHIN;
  const o = checkObject(options, ["options"], "INVALID_OPTION", ["within"]);
  if (o["within"] === undefined) return DEFAULT_WITHIN;
  const w = checkObject(o["within"], WITHIN_PATH, "INVALID_OPTION", ["value", "unit"]);
  const unit = checkChoice(w["unit"], ["workingHours", "workingDays"] as const, [...WITHIN_PATH, "unit"]);
  const value = w["value"];
  if (unit === "workingDays") {
    return { days: checkInteger(value, [...WITHIN_PATH, "value"], "INVALID_OPTION", 0, 1000) };
  }
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 10_000) {
    throw mustBe(
      "INVALID_OPTION",
      [...WITHIN_PATH, "value"],
      "working hours from 0 to 10000",
      "số giờ làm việc từ 0 đến 10000",
      value,
    );
  }
  return { minutes: Math.round(value * 60) };
}

const LEVEL_TEXT: { readonly [L in UrgencyLevel]: Label } = {
  finished: { vi: "Đã kết thúc", en: "Finished" },
  paused: { vi: "Tạm dừng (chờ bổ sung)", en: "Paused (waiting for the applicant)" },
  onTrack: { vi: "Trong hạn", en: "On track" },
  dueSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  dueToday: { vi: "Đến hạn hôm nay", en: "Due today" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
};

/** The level of something due at `dueAt`, read at `at` (both validated). */
function judge(
  dueAt: string,
  dueDate: string,
  at: string,
  paused: boolean,
  within: Within,
  context: WorkflowContext,
  resolved: ResolvedOptions,
): UrgencyOf {
  const { workingHours, hoursPerWorkingDay } = resolved.deadline;
  const left = remaining(dueAt, at, {
    calendar: context.calendar,
    ...(workingHours === undefined ? {} : { workingHours }),
    ...(hoursPerWorkingDay === undefined ? {} : { hoursPerWorkingDay }),
  });
  const today = vietnamDateOf(at, ["at"]);
  const soon =
    within.days !== undefined
      ? context.calendar.workingDaysBetween(today, dueDate) <= within.days
      : left.totalMinutes <= (within.minutes ?? 0);
  const level: UrgencyLevel = paused
    ? "paused"
    : left.overdue
      ? "overdue"
      : today === dueDate
        ? "dueToday"
        : soon
          ? "dueSoon"
          : "onTrack";
  const text = LEVEL_TEXT[level];
  return {
    level,
    dueAt,
    remaining: left,
    label: { vi: `${text.vi}: ${left.label.vi}`, en: `${text.en}: ${left.label.en}` },
  };
}

/** {@link classifyUrgency} on checked arguments (also {@link listUrgent}'s per-dossier step). */
export function urgencyOf(
  state: DossierState,
  at: string,
  context: WorkflowContext,
  within: Within,
): Urgency | undefined {
  if (!STATUS_TRAITS[state.status].open) {
    return state.receivedAt === undefined ? undefined : { level: "finished", label: LEVEL_TEXT.finished };
  }
  const time: DossierTime | undefined = dossierTimeOf(state, context, at, {}, "open");
  if (time === undefined) return undefined;
  const resolved = resolveOptions(state.ruleSet, context);
  const dossier = judge(time.current.dueAt, time.current.dueDate, at, time.paused, within, context, resolved);
  const open = time.steps[time.steps.length - 1];
  if (open === undefined || open.handedOverAt !== undefined) return dossier;
  return {
    ...dossier,
    step: {
      order: open.order,
      name: open.name,
      unit: open.unit,
      startedAt: open.startedAt,
      quota: open.quota,
      // A step started after `at` (reading the past) is not yet running.
      ...(toInstantMs(open.startedAt, ["at"]) > toInstantMs(at, ["at"])
        ? { level: "onTrack" as const, label: LEVEL_TEXT.onTrack }
        : judge(open.dueAt, open.dueDate, at, time.paused, within, context, resolved)),
    },
  };
}

/**
 * Cảnh báo sắp đến hạn / quá hạn — how urgent a dossier and its step in progress are at `at`:
 * `paused` while the applicant holds it (DL-8: the clock does not run), `overdue` past the
 * appointment in force (DL-14, moved by every pause), `dueToday` due later the same Vietnam day,
 * `dueSoon` within `options.within` (by default: due on the next working day), else `onTrack`; `finished` once the result is
 * ready or the dossier is closed. The step in progress is judged the same way against its own quota
 * from when it started, moved by the pauses inside it (WF-13). Remaining and overrun time are in
 * working time, "Còn 1 ngày 3 giờ" / "Quá 2 giờ", with a day of 8 working hours (DL-15). Every
 * date comes from {@link computeDossierTime}.
 *
 * @param state - A dossier state.
 * @param at - The instant to judge at (ISO with offset; never read from a clock).
 * @param context - Procedure, calendar and options.
 * @param options - See {@link UrgencyOptions}.
 * @returns The urgency, or `undefined` before the dossier is received (no clock yet).
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `at` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad option or context; `INVALID_DOSSIER` for a state no event log produces.
 * @see RULES DL-5, DL-8, DL-14, DL-15, WF-13
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { classifyUrgency, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-03-02T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-03-02T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260302-0001" },
 * ], context);
 * // Due Mon 30/3/2026 17:00 (20 working days); on Fri 27/3 it is due the next working day.
 * classifyUrgency(state, "2026-03-27T09:00:00+07:00", context)?.level; // => "dueSoon"
 * classifyUrgency(state, "2026-03-27T09:00:00+07:00", context, { within: { value: 2, unit: "workingHours" } })?.level; // => "onTrack"
 * classifyUrgency(state, "2026-03-30T09:00:00+07:00", context)?.label.vi; // => "Đến hạn hôm nay: Còn 6 giờ"
 * classifyUrgency(state, "2026-03-31T09:00:00+07:00", context)?.level; // => "overdue"
 * ```
 * @category Workflow
 */
export function classifyUrgency(
  state: DossierState,
  at: string,
  context: WorkflowContext,
  options?: UrgencyOptions,
): Urgency | undefined {
  checkState(state);
  checkContext(context, state);
  checkInstantArgument(at);
  return urgencyOf(state, at, context, withinOf(options));
}

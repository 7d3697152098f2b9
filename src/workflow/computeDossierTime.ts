/**
 * Thời gian của hồ sơ — the one account of a dossier's time: its limit with extra time, its pauses,
 * the due date by the rules and the appointment in force, each step's window and the verdict. Every
 * other module (transitions, overdue and remaining time, forms, report records, the testing kit)
 * reads a dossier's dates from here.
 */

import { parseIsoDateFast } from "../_internal/epochDay.js";
import { toInstantMs } from "../_internal/instant.js";
import { VERDICT_NAMES, verdictOf } from "../_internal/timeliness.js";
import { computeDueDate, type DueDate, type Pause } from "../deadline/computeDueDate.js";
import { workingTimeBetween } from "../deadline/workingTimeBetween.js";
import type { TimeLimit } from "../models/common.js";
import type { Appointment } from "../models/dossier.js";
import type { ExtraTime, WorkflowStep } from "../models/procedure.js";
import { checkContext, checkState, checkTimelinessOptions } from "./_boundary.js";
import { type ResolvedOptions, resolveOptions } from "./_options.js";
import { workflowOf } from "./_procedure.js";
import type { WorkflowContext } from "./context.js";
import type { Timeliness } from "./forms.js";
import type { ClockPause, DossierState } from "./states.js";

/**
 * Hạn — a due moment: the date and the instant (Asia/Ho_Chi_Minh, `+07:00`).
 *
 * @example
 * ```ts
 * import type { DueMoment } from "tthc/workflow";
 * const due: DueMoment = { dueDate: "2026-03-20", dueAt: "2026-03-20T17:00:00+07:00" };
 * ```
 * @category Workflow
 */
export interface DueMoment {
  /** Ngày hẹn, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** Giờ hẹn, ISO with `+07:00`. */
  readonly dueAt: string;
}

/**
 * Thời gian một bước — one internal-workflow step's window (WF-13): when it started and ended, its
 * quota, its due instant moved by the pauses inside the window (DL-8), and its outcome once handed on.
 *
 * @example
 * ```ts
 * import type { StepTime } from "tthc/workflow";
 * type Outcome = StepTime["outcome"]; // "early" | "onTime" | "late" | undefined
 * ```
 * @category Workflow
 */
export interface StepTime extends DueMoment {
  /** Thứ tự bước. */
  readonly order: number;
  /** Nội dung công việc. */
  readonly name: string;
  /** Đơn vị thực hiện (the partner agency in liên thông). */
  readonly unit: string;
  /** Thời gian quy định. */
  readonly quota: WorkflowStep["quota"];
  /** Thời điểm nhận. */
  readonly startedAt: string;
  /** Thời điểm giao; absent for the step in progress. */
  readonly handedOverAt?: string;
  /** Working minutes of clock pauses inside the window, which extend the step's due instant. */
  readonly pausedWorkingMinutes: number;
  /** Trước hạn / Đúng hạn / Quá hạn of the hand-over against the step's due instant; absent while in progress. */
  readonly outcome?: Timeliness;
}

/**
 * Thời gian của hồ sơ — what {@link computeDossierTime} returns.
 *
 * @example
 * ```ts
 * import type { DossierTime } from "tthc/workflow";
 * type Current = DossierTime["current"]; // DueMoment
 * ```
 * @category Workflow
 */
export interface DossierTime {
  /** The instant the account is read at: open pauses are counted up to it. */
  readonly at: string;
  /** Thời điểm tiếp nhận — the clock starts (DL-7). */
  readonly receivedAt: string;
  /** Thời hạn giải quyết — the legal limit of the dossier's case or channel, plus extra time. */
  readonly timeLimit: TimeLimit;
  /** Thời gian kéo dài applied to the dossier (DL-6). */
  readonly extraTime: readonly ExtraTime[];
  /** Clock pauses, in order; an open one has no `to`. */
  readonly pauses: readonly ClockPause[];
  /** Whether the clock is paused at `at` (the applicant holds the dossier, DL-8). */
  readonly paused: boolean;
  /**
   * Hạn theo quy định — the due date the rules give: the limit (with extra time) from the receipt,
   * moved by every pause that began before it had passed (an open one counted up to `at`; a pause
   * after the due instant stops nothing: no working time was left). DL-14's "original" due date,
   * which reports classify against: an apology never moves it.
   */
  readonly original: DueMoment;
  /**
   * Hạn hiện hành — the appointment in force: the last re-appointment after an apology, moved by the
   * pauses that came after it (DL-8 has no exception); else {@link DossierTime.original}. Alerts use it.
   */
  readonly current: DueMoment;
  /** Whether the dossier was re-appointed after an apology (DL-11, DL-12). */
  readonly reappointed: boolean;
  /** Early / on time / late, once finished (REP-5, DL-14); absent before. */
  readonly timeliness?: Timeliness;
  /** Each internal-workflow step: those handed on, then the one in progress. */
  readonly steps: readonly StepTime[];
}

/**
 * Options of {@link computeDossierTime} and {@link classifyTimeliness}: how to read the verdict (REP-5).
 *
 * @example
 * ```ts
 * import type { TimelinessOptions } from "tthc/workflow";
 * const options: TimelinessOptions = { granularity: "minute", classifyAgainst: "reappointed" };
 * ```
 * @remarks Early / on time / late has no legal definition (RULES REP-5, unconfirmed): these options
 * say which reading to use, with the common practice as default. They are the report's options too.
 * @category Workflow
 */
export interface TimelinessOptions {
  /**
   * `day`: the Vietnam date of the finish before the due date is early, the same date on time, later
   * late. `minute`: late only after the due instant; on time on the due date before it.
   * @defaultValue `"day"`
   */
  readonly granularity?: "day" | "minute";
  /**
   * The instant judged: result ready (approval or refusal) or returned; a dossier resolved but not yet
   * returned is judged by its result under `"returned"` too, as the report counts it.
   * @defaultValue `"resultReady"`
   */
  readonly reference?: "resultReady" | "returned";
  /**
   * Against the due date by the rules (an apology does not move it: a re-appointed dossier is late)
   * or the appointment in force (RULES DL-14).
   * @defaultValue `"original"`
   */
  readonly classifyAgainst?: "original" | "reappointed";
}

/**
 * Options of {@link computeDossierTime}.
 *
 * @example
 * ```ts
 * import type { DossierTimeOptions } from "tthc/workflow";
 * const options: DossierTimeOptions = { at: "2026-03-02T09:00:00+07:00" };
 * ```
 * @category Workflow
 */
export interface DossierTimeOptions extends TimelinessOptions {
  /**
   * The instant to read the account at (ISO with offset): an open pause counts up to it.
   * @defaultValue the dossier's last event (`updatedAt`)
   */
  readonly at?: string;
}

const isApology = (a: Appointment): boolean => a.kind === "reappointment" || a.kind === "extension";

/** The limit with extra time added (same unit: no implicit conversion, DL-5; checked when applied). */
export function limitWithExtra(limit: TimeLimit, extra: readonly ExtraTime[] | undefined): TimeLimit {
  if (extra === undefined || extra.length === 0) return limit;
  let value = limit.value;
  for (const e of extra) value += e.time.value;
  return { value, unit: limit.unit };
}

/** Pauses as computeDueDate wants them: closed ones, and an open one closed at `until` (not before it began). */
export function pausesUpTo(pauses: readonly ClockPause[], until: string | undefined): Pause[] {
  const out: Pause[] = [];
  for (const p of pauses) {
    let to = p.to;
    if (to === undefined && until !== undefined)
      to = toInstantMs(until, ["at"]) > toInstantMs(p.from, ["at"]) ? until : p.from;
    if (to !== undefined) out.push({ from: p.from, to, reason: p.reason });
  }
  return out;
}

/**
 * The due date by the rules (DL-6, DL-8, CAL-20, CAL-22): `limit` from `receivedAt` with the
 * context's calendar and deadline options, the procedure's same-day cut-off and the pauses.
 */
export function ruleDue(
  receivedAt: string,
  limit: TimeLimit,
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): DueDate {
  const cutoff = context.procedure.sameDayCutoff;
  return computeDueDate({
    ...options.deadline,
    receivedAt,
    duration: limit,
    calendar: context.calendar,
    ...(cutoff === undefined ? {} : { cutoff }),
    ...(pauses.length === 0 ? {} : { pauses }),
  });
}

/** The end of working hours on `date` (CAL-23): where an apology's new date falls due (DL-11). */
export function endOfWorkingDay(date: string, context: WorkflowContext, options: ResolvedOptions): DueDate {
  const { workingHours } = options.deadline;
  return computeDueDate({
    receivedAt: `${date}T00:00:00+07:00`,
    duration: { value: 1, unit: "sameDay" },
    calendar: context.calendar,
    appointmentTime: "endOfWorkingDay",
    ...(workingHours === undefined ? {} : { workingHours }),
  });
}

/** A re-appointed due moment moved by the pauses that began after the apology (DL-8 after DL-11). */
function movedAppointment(
  apology: Appointment,
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): DueMoment {
  const dueAt = apology.dueAt ?? endOfWorkingDay(apology.dueDate, context, options).dueAt;
  const { workingHours, resumeMode } = options.deadline;
  const hours = { calendar: context.calendar, ...(workingHours === undefined ? {} : { workingHours }) };
  // The working time the apology left, counted again from the apology with the later pauses in it.
  const left = workingTimeBetween(apology.setAt, dueAt, hours).totalMinutes;
  if (left <= 0) return { dueDate: apology.dueDate, dueAt };
  const moved = computeDueDate({
    ...hours,
    ...(resumeMode === undefined ? {} : { resumeMode }),
    receivedAt: apology.setAt,
    duration: { value: left / 60, unit: "workingHours" },
    pauses,
  });
  return { dueDate: moved.dueDate, dueAt: moved.dueAt };
}

/**
 * Due instant of a step quota from its start (WF-13), moved by the pauses inside its window (DL-8):
 * whole days as days, fractions of a day as working hours (DL-5).
 */
function stepDue(
  startedAt: string,
  quota: WorkflowStep["quota"],
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): DueDate {
  const { workingHours, resumeMode, hoursPerWorkingDay = 8 } = options.deadline;
  const duration: TimeLimit =
    quota.unit === "workingDays" && !Number.isInteger(quota.value)
      ? { value: Math.round(quota.value * hoursPerWorkingDay * 60) / 60, unit: "workingHours" }
      : quota;
  return computeDueDate({
    receivedAt: startedAt,
    duration,
    calendar: context.calendar,
    ...(workingHours === undefined ? {} : { workingHours }),
    ...(resumeMode === undefined ? {} : { resumeMode }),
    ...(pauses.length === 0 ? {} : { pauses }),
  });
}

/**
 * The due instant of a window of work (a step, a partner agency's hand-off) that started at
 * `startedAt` with `quota`, moved by the pauses that began inside it (before `endedAt`, or at all
 * while it is still open): DL-8 holds for each step's quota too.
 */
export function windowDue(
  startedAt: string,
  endedAt: string | undefined,
  quota: WorkflowStep["quota"],
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): DueDate {
  const startMs = toInstantMs(startedAt, ["at"]);
  const endMs = endedAt === undefined ? Number.POSITIVE_INFINITY : toInstantMs(endedAt, ["at"]);
  const inside = pauses.filter((p) => {
    const from = toInstantMs(p.from, ["at"]);
    return from >= startMs && from < endMs;
  });
  return stepDue(startedAt, quota, inside, context, options);
}

/** The verdict of a finish against a due moment, with the report's reading (one function: REP-5). */
function timelinessOf(doneAt: string, due: DueMoment, minute: boolean): Timeliness {
  return VERDICT_NAMES[
    verdictOf(toInstantMs(doneAt, ["at"]), parseIsoDateFast(due.dueDate), toInstantMs(due.dueAt, ["at"]), minute)
  ];
}

/** {@link computeDossierTime} on trusted arguments (the workflow's own calls). */
export function dossierTimeOf(
  state: DossierState,
  context: WorkflowContext,
  at: string | undefined,
  verdict: TimelinessOptions = {},
  withSteps: boolean | "open" = true,
): DossierTime | undefined {
  const { receivedAt, timeLimit } = state;
  if (receivedAt === undefined || timeLimit === undefined) return undefined;
  const options = resolveOptions(state.ruleSet, context);
  const until = at ?? state.updatedAt ?? receivedAt;
  const pauses = pausesUpTo(state.pauses, until);
  const { original, current, reappointed } =
    storedDates(state) ??
    computedDates(state, receivedAt, limitWithExtra(timeLimit, state.extraTime), pauses, context, options);
  const minute = verdict.granularity === "minute";
  // As the report reads a record: the reference instant, else the other one (REP-3: a resolved
  // dossier not yet returned is still resolved, and classified by its result).
  const done =
    verdict.reference === "returned"
      ? (state.returnedAt ?? state.resultReadyAt)
      : (state.resultReadyAt ?? state.returnedAt);
  const last = state.pauses[state.pauses.length - 1];
  const paused =
    last !== undefined && last.to === undefined && toInstantMs(last.from, ["at"]) <= toInstantMs(until, ["at"]);
  // Callers that only need the dates (resume, apology, alerts) skip the per-step due dates; the
  // early warning reads only the step in progress ("open").
  const steps: StepTime[] =
    withSteps !== true
      ? []
      : state.steps.map((step) => {
          const due = windowDue(step.startedAt, step.handedOverAt, step.quota, pauses, context, options);
          return {
            order: step.order,
            name: step.name,
            unit: step.agency ?? step.unit,
            quota: step.quota,
            startedAt: step.startedAt,
            handedOverAt: step.handedOverAt,
            dueDate: due.dueDate,
            dueAt: due.dueAt,
            pausedWorkingMinutes: due.pausedWorkingMinutes,
            outcome: timelinessOf(step.handedOverAt, due, minute),
          };
        });
  const open = withSteps === false ? undefined : openStep(state, context);
  if (open !== undefined && state.stepStartedAt !== undefined) {
    const due = windowDue(state.stepStartedAt, undefined, open.quota, pauses, context, options);
    steps.push({
      order: open.order,
      name: open.name,
      unit: open.agency?.name ?? open.unit,
      quota: open.quota,
      startedAt: state.stepStartedAt,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      pausedWorkingMinutes: due.pausedWorkingMinutes,
    });
  }
  return {
    at: until,
    receivedAt,
    timeLimit: limitWithExtra(timeLimit, state.extraTime),
    extraTime: state.extraTime ?? [],
    pauses: state.pauses,
    paused,
    original,
    current,
    reappointed,
    ...(done === undefined
      ? {}
      : { timeliness: timelinessOf(done, verdict.classifyAgainst === "reappointed" ? current : original, minute) }),
    steps,
  };
}

interface Dates {
  readonly original: DueMoment;
  readonly current: DueMoment;
  readonly reappointed: boolean;
}

/**
 * The dates as the workflow recorded them, when the record is complete: no pause open, none closed
 * without its `resumed` appointment (a withdrawal or stop closes one without), none after an apology.
 * Then the last appointment set by the rules is the due date by the rules, and the last appointment
 * the one in force: the same values {@link computedDates} gives, without computing them again.
 */
function storedDates(state: DossierState): Dates | undefined {
  const { appointments, pauses } = state;
  const lastPause = pauses[pauses.length - 1];
  if (lastPause !== undefined && lastPause.to === undefined) return undefined;
  let byRules: Appointment | undefined;
  let apology: Appointment | undefined;
  for (const a of appointments) {
    if (isApology(a)) {
      apology ??= a;
    } else if (apology === undefined) byRules = a;
  }
  const last = appointments[appointments.length - 1];
  if (byRules?.dueAt === undefined || last?.dueAt === undefined) return undefined;
  if (lastPause !== undefined) {
    if (apology !== undefined && toInstantMs(lastPause.from, ["at"]) >= toInstantMs(apology.setAt, ["at"]))
      return undefined;
    if (byRules.setAt !== lastPause.to) return undefined;
  }
  const original = { dueDate: byRules.dueDate, dueAt: byRules.dueAt };
  return {
    original,
    current: apology === undefined ? original : { dueDate: last.dueDate, dueAt: last.dueAt },
    reappointed: apology !== undefined,
  };
}

/** The dates computed from the limit, the pauses (an open one up to the reading instant) and the last apology. */
function computedDates(
  state: DossierState,
  receivedAt: string,
  limit: TimeLimit,
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): Dates {
  const original = pick(ruleDue(receivedAt, limit, pauses, context, options));
  let apology: Appointment | undefined;
  for (const a of state.appointments) if (isApology(a)) apology = a;
  if (apology === undefined) return { original, current: original, reappointed: false };
  const setMs = toInstantMs(apology.setAt, ["at"]);
  const later = pauses.filter((p) => toInstantMs(p.from, ["at"]) >= setMs);
  const current =
    later.length === 0
      ? { dueDate: apology.dueDate, dueAt: apology.dueAt ?? endOfWorkingDay(apology.dueDate, context, options).dueAt }
      : movedAppointment(apology, later, context, options);
  return { original, current, reappointed: true };
}

const pick = (due: DueDate): DueMoment => ({ dueDate: due.dueDate, dueAt: due.dueAt });

/** The internal-workflow step in progress, from the procedure's workflow for the dossier. */
function openStep(state: DossierState, context: WorkflowContext): WorkflowStep | undefined {
  if (state.currentStep === undefined) return undefined;
  return workflowOf(context.procedure, state)?.steps[state.currentStep - 1];
}

/**
 * Thời gian của hồ sơ — the one account of a dossier's time, read at an instant: its limit with
 * extra time (DL-6), its pauses (DL-8), the due date by the rules (DL-14's "original", which an apology
 * never moves), the appointment in force (the last re-appointment, moved by any later pause), whether
 * the clock is paused, each internal-workflow step's window and due instant (WF-13), and, once
 * finished, early / on time / late (REP-5). {@link transition}, {@link isOverdue},
 * {@link computeRemaining}, {@link classifyTimeliness}, the forms, the report's records and the
 * testing kit all read a dossier's dates from it.
 *
 * @param state - A dossier state from the workflow.
 * @param context - Procedure, calendar and options.
 * @param options - The instant to read at (default: the last event) and how to read the verdict.
 * @returns The account, or `undefined` before the dossier is received (no clock yet).
 * @throws {@link tthc!TthcError} `INVALID_STATE` if `state` is not a dossier state; `INVALID_OPTION` for a bad context or option.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `options.at` is not an ISO date-time with offset.
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP (RULES DL-6, DL-8, DL-11 to DL-14, WF-13, REP-5)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { computeDossierTime, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const processor = { id: "cv-01", role: "processor" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-03-02T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-03-02T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260302-0001" },
 *   { type: "transfer", at: "2026-03-02T10:00:00+07:00", actor: desk, version: 2 },
 *   { type: "requestSupplement", at: "2026-03-04T09:00:00+07:00", actor: processor, version: 3, items: [{ name: "Giấy chứng sinh", componentId: "birth-certificate", reason: "Bản sao không rõ" }] },
 *   { type: "supplement", at: "2026-03-09T09:00:00+07:00", actor: desk, version: 4 },
 * ], context);
 * const time = computeDossierTime(state, context);
 * // Due Mon 30/3 without the pause; paused from Wed 4/3 09:00 to Mon 9/3 09:00: 24 working hours, three days more.
 * time?.original.dueDate; // => "2026-04-02"
 * time?.paused; // => false
 * ```
 * @category Workflow
 */
export function computeDossierTime(
  state: DossierState,
  context: WorkflowContext,
  options: DossierTimeOptions = {},
): DossierTime | undefined {
  checkState(state);
  checkContext(context, state);
  const o = checkTimelinessOptions(options, true);
  return dossierTimeOf(state, context, o.at, o);
}

/**
 * Thời gian của hồ sơ — the one account of a dossier's time: its limit with extra time, its pauses,
 * the due date by the rules and the appointment in force, each step's window and the verdict. Every
 * other module (transitions, overdue and remaining time, forms, report records, the testing kit)
 * reads a dossier's dates from here.
 */

import { parseIsoDateFast } from "../_internal/epochDay.js";
import { toInstantMs, vietnamDayOfMs } from "../_internal/instant.js";
import { VERDICT_NAMES, verdictOf } from "../_internal/timeliness.js";
import type { WorkingCalendar } from "../calendar/createWorkingCalendar.js";
import { computeDueDate, type DueDate, type DueDateInput, type Pause } from "../deadline/computeDueDate.js";
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

/** A count of computeDueDate without its pauses: where the clock starts, the limit and the options. */
type Count = Omit<DueDateInput, "pauses"> & { readonly calendar: WorkingCalendar };

/** The count by the rules: `limit` from `receivedAt`, the context's deadline options and same-day cut-off. */
function ruleCount(receivedAt: string, limit: TimeLimit, context: WorkflowContext, options: ResolvedOptions): Count {
  const cutoff = context.procedure.sameDayCutoff;
  return {
    ...options.deadline,
    receivedAt,
    duration: limit,
    calendar: context.calendar,
    ...(cutoff === undefined ? {} : { cutoff }),
    explain: false,
  };
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
  const count = ruleCount(receivedAt, limit, context, options);
  return computeDueDate(pauses.length === 0 ? count : { ...count, pauses });
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
    explain: false,
  });
}

/**
 * What an apology re-appointed (DL-11): its due moment, and the count that later pauses move (DL-8):
 * the working time it left, counted again from the apology; none when it left no working time.
 */
function apologyCount(
  apology: Appointment,
  context: WorkflowContext,
  options: ResolvedOptions,
): { readonly due: DueMoment; readonly count: Count | undefined } {
  const dueAt = apology.dueAt ?? endOfWorkingDay(apology.dueDate, context, options).dueAt;
  const { workingHours, resumeMode } = options.deadline;
  const hours = { calendar: context.calendar, ...(workingHours === undefined ? {} : { workingHours }) };
  const left = workingTimeBetween(apology.setAt, dueAt, hours).totalMinutes;
  const due = { dueDate: apology.dueDate, dueAt };
  if (left <= 0) return { due, count: undefined };
  return {
    due,
    count: {
      ...hours,
      ...(resumeMode === undefined ? {} : { resumeMode }),
      receivedAt: apology.setAt,
      duration: { value: left / 60, unit: "workingHours" },
      explain: false,
    },
  };
}

/** A re-appointed due moment moved by the pauses that began after the apology (DL-8 after DL-11). */
function movedAppointment(
  apology: Appointment,
  pauses: readonly Pause[],
  context: WorkflowContext,
  options: ResolvedOptions,
): DueMoment {
  const { due, count } = apologyCount(apology, context, options);
  return count === undefined ? due : pick(computeDueDate({ ...count, pauses }));
}

/**
 * One more pause on a due instant, as computeDueDate folds its pauses in order (DL-8): a pause that
 * begins at or after the due instant, or lasts nothing, stops nothing; otherwise the due instant is
 * extended by the pause's working time, shifted by its calendar days, or the whole count restarts
 * at its end (`resumeMode`). Each case is asked of computeDueDate itself, with inputs that make it
 * apply exactly that step: the time added from the due instant, the calendar days from it, or the
 * count with one pause from its own start (`restartable`: the count's first due instant is after
 * its start, so that pause applies). `undefined` where those inputs cannot say it exactly (a pause
 * bound with seconds in extend mode, a count that is not restartable): the caller then folds every
 * pause.
 */
function afterPause(prev: DueMoment, pause: Pause, count: Count, restartable: boolean): DueMoment | undefined {
  const from = toInstantMs(pause.from, ["at"]);
  const to = toInstantMs(pause.to, ["at"]);
  // As computeDueDate's fold: a pause from the due instant on stops nothing (DL-8).
  if (from >= toInstantMs(prev.dueAt, ["at"]) || to <= from) return prev;
  const { calendar, workingHours, resumeMode } = count;
  const hours = { calendar, ...(workingHours === undefined ? {} : { workingHours }) };
  try {
    if (resumeMode === "restart") {
      return restartable
        ? pick(computeDueDate({ ...count, pauses: [{ from: count.receivedAt, to: pause.to }] }))
        : undefined;
    }
    if (resumeMode === "shiftByCalendarDays") {
      const days = vietnamDayOfMs(to) - vietnamDayOfMs(from);
      return pick(
        computeDueDate({
          ...hours,
          receivedAt: prev.dueAt,
          duration: { value: days, unit: "calendarDays" },
          calendarDayEnd: "nextWorkingDay",
          appointmentTime: "sameClockTime",
          explain: false,
        }),
      );
    }
    // Working hours are whole minutes: a pause with whole-minute bounds pauses whole minutes.
    if (from % 60_000 !== 0 || to % 60_000 !== 0) return undefined;
    const minutes = workingTimeBetween(pause.from, pause.to, hours).totalMinutes;
    return pick(
      computeDueDate({
        ...hours,
        receivedAt: prev.dueAt,
        duration: { value: minutes / 60, unit: "workingHours" },
        explain: false,
      }),
    );
  } catch {
    return undefined; // out of the calendar's range: the full fold says so with its own error
  }
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
    explain: false,
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
  const limit = limitWithExtra(timeLimit, state.extraTime);
  let pauses: Pause[] | undefined;
  const upTo = (): Pause[] => (pauses ??= pausesUpTo(state.pauses, until));
  let dates = storedDates(state);
  if (dates === undefined) {
    const stepped = steppedCurrent(state, receivedAt, limit, until, context, options);
    if (stepped?.byRules) dates = { original: stepped.current, current: stepped.current, reappointed: false };
  }
  const { original, current, reappointed } = dates ?? computedDates(state, receivedAt, limit, upTo(), context, options);
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
          const due = windowDue(step.startedAt, step.handedOverAt, step.quota, upTo(), context, options);
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
    const due = windowDue(state.stepStartedAt, undefined, open.quota, upTo(), context, options);
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
    timeLimit: limit,
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

const pick = (due: DueMoment): DueMoment => ({ dueDate: due.dueDate, dueAt: due.dueAt });

/**
 * The appointment in force with the last pause (an open one closed at `until`), as one step from the
 * record, when the record holds the fold of every pause before it: its last appointment is the
 * initial one and this is the first pause, or the `resumed` one set when the pause before ended.
 * Then the last pause moves that appointment by its own length only (DL-8) — the value folding every
 * pause from the receipt (or from the apology) gives, at a cost that does not grow with the log (a
 * property test holds the two equal). `byRules`: no apology, so it is also the due date by the
 * rules. `undefined` when the record does not allow the step.
 */
function steppedCurrent(
  state: DossierState,
  receivedAt: string,
  limit: TimeLimit,
  until: string,
  context: WorkflowContext,
  options: ResolvedOptions,
): { readonly current: DueMoment; readonly byRules: boolean } | undefined {
  const { pauses, appointments } = state;
  const last = pauses[pauses.length - 1];
  const before = pauses[pauses.length - 2];
  const prev = appointments[appointments.length - 1];
  if (last === undefined || prev?.dueAt === undefined) return undefined;
  const inRecord =
    prev.kind === "initial"
      ? before === undefined
      : prev.kind === "resumed" && before !== undefined && prev.setAt === before.to;
  if (!inRecord) return undefined;
  const to = last.to ?? (toInstantMs(until, ["at"]) > toInstantMs(last.from, ["at"]) ? until : last.from);
  const pause: Pause = { from: last.from, to };
  const moment = { dueDate: prev.dueDate, dueAt: prev.dueAt };
  // The fold the record continues: the rules' from the receipt, or the last apology's after it.
  let i = appointments.length - 1;
  while (i > 0 && appointments[i]?.kind === "resumed") i--;
  const head = appointments[i] as Appointment;
  if (head.kind === "initial") {
    if (head.dueAt === undefined) return undefined;
    const restartable = toInstantMs(head.dueAt, ["at"]) > toInstantMs(receivedAt, ["at"]);
    const current = afterPause(moment, pause, ruleCount(receivedAt, limit, context, options), restartable);
    return current === undefined ? undefined : { current, byRules: true };
  }
  // After an apology: the pause before was one of those after it (the apology's own appointment,
  // followed by one pause, is folded in full: one pause).
  if (before === undefined || toInstantMs(before.from, ["at"]) < toInstantMs(head.setAt, ["at"])) return undefined;
  const { due, count } = apologyCount(head, context, options);
  const current = count === undefined ? due : afterPause(moment, pause, count, true);
  return current === undefined ? undefined : { current, byRules: false };
}

/**
 * Hạn hiện hành — the appointment in force read at `at` ({@link DossierTime.current}), for the
 * workflow's own calls that need nothing else (a resume, an apology): one step from the record when
 * it allows, else the recorded or computed dates as {@link dossierTimeOf} reads them.
 */
export function currentDueOf(state: DossierState, context: WorkflowContext, at: string): DueMoment | undefined {
  const { receivedAt, timeLimit } = state;
  if (receivedAt === undefined || timeLimit === undefined) return undefined;
  const options = resolveOptions(state.ruleSet, context);
  const limit = limitWithExtra(timeLimit, state.extraTime);
  return (
    steppedCurrent(state, receivedAt, limit, at, context, options)?.current ??
    (storedDates(state) ?? computedDates(state, receivedAt, limit, pausesUpTo(state.pauses, at), context, options))
      .current
  );
}

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

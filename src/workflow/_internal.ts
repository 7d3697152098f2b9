/**
 * Private helpers of the workflow: options, procedure look-ups, deadline calls, guards and errors.
 */
import { formatIsoDate, MS_PER_DAY } from "../_internal/epochDay.js";
import { toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import { computeDueDate, type DueDate, type Pause } from "../deadline/computeDueDate.js";
import { TthcError, type TthcErrorCode } from "../errors.js";
import type { TimeLimit } from "../models/common.js";
import type { InternalWorkflow, Procedure, WorkflowStep } from "../models/procedure.js";
import { RULE_SETS, type RuleSetId } from "../models/ruleSet.js";
import { DEFAULT_WORKFLOW_OPTIONS, type WorkflowContext, type WorkflowOptions } from "./context.js";
import type { DossierEventType } from "./events.js";
import type { DossierState } from "./states.js";

/** Throws a TthcError with both messages. */
export function fail(code: TthcErrorCode, en: string, vi: string, path: readonly (string | number)[] = []): never {
  throw new TthcError(code, en, { path, messageVi: vi });
}

/** Options with rule-set parameters and defaults filled in. */
export interface ResolvedOptions {
  readonly maxSupplementRequests: number;
  readonly maxReappointments: number;
  readonly apologyLeadTime: number;
  readonly pauseOnPaymentRequest: boolean;
  readonly transferLimit: number;
  readonly deadline: NonNullable<WorkflowOptions["deadline"]>;
}

export function resolveOptions(ruleSet: RuleSetId | undefined, context: WorkflowContext): ResolvedOptions {
  const set = RULE_SETS[ruleSet ?? "VN-2025"];
  const o = context.options ?? {};
  return {
    maxSupplementRequests: o.maxSupplementRequests ?? set.maxSupplementRequests,
    maxReappointments: o.maxReappointments ?? set.maxReappointments,
    apologyLeadTime: o.apologyLeadTime ?? set.apologyLeadTime.value,
    pauseOnPaymentRequest: o.pauseOnPaymentRequest ?? DEFAULT_WORKFLOW_OPTIONS.pauseOnPaymentRequest,
    transferLimit: o.transferLimit ?? DEFAULT_WORKFLOW_OPTIONS.transferLimit,
    deadline: o.deadline ?? {},
  };
}

/** The time limit of the dossier's case, else of its channel row; `undefined` if the procedure has neither. */
export function limitOf(procedure: Procedure, channel: string | undefined, caseId: string | undefined) {
  const found = caseId === undefined ? undefined : procedure.cases?.find((c) => c.id === caseId);
  if (found?.timeLimit !== undefined) return found.timeLimit;
  return procedure.channels.find((row) => row.channel === channel)?.timeLimit;
}

/** The approved internal workflow for the dossier's channel and case, the most specific first. */
export function workflowOf(procedure: Procedure, state: DossierState): InternalWorkflow | undefined {
  let best: InternalWorkflow | undefined;
  let bestScore = -1;
  for (const w of procedure.internalWorkflows ?? []) {
    if (w.caseId !== undefined && w.caseId !== state.caseId) continue;
    if (w.channel !== undefined && w.channel !== state.channel) continue;
    const score = (w.caseId === undefined ? 0 : 2) + (w.channel === undefined ? 0 : 1);
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/** `YYYY-MM-DD` of an instant in Asia/Ho_Chi_Minh. */
export function vietnamDate(instant: string): string {
  return formatIsoDate(Math.floor(toVietnamLocal(toInstantMs(instant, ["at"])) / MS_PER_DAY));
}

/** Epoch ms of a stored (already validated) instant. */
export const msOf = (instant: string): number => toInstantMs(instant, ["at"]);

/** computeDueDate with the context's calendar, cut-off and deadline options. */
export function dueFrom(
  receivedAt: string,
  duration: TimeLimit,
  context: WorkflowContext,
  options: ResolvedOptions,
  pauses: readonly Pause[] = [],
  useCutoff = true,
): DueDate {
  const cutoff = useCutoff ? context.procedure.sameDayCutoff : undefined;
  return computeDueDate({
    ...options.deadline,
    receivedAt,
    duration,
    calendar: context.calendar,
    ...(cutoff === undefined ? {} : { cutoff }),
    ...(pauses.length === 0 ? {} : { pauses }),
  });
}

/** Due instant of a step quota from its start (WF-13): whole days as days, fractions as hours (DL-5). */
export function stepDueAt(
  startedAt: string,
  quota: WorkflowStep["quota"],
  context: WorkflowContext,
  options: ResolvedOptions,
): string {
  const hoursPerDay = options.deadline.hoursPerWorkingDay ?? 8;
  const duration: TimeLimit =
    quota.unit === "workingDays" && !Number.isInteger(quota.value)
      ? { value: Math.round(quota.value * hoursPerDay * 60) / 60, unit: "workingHours" }
      : quota;
  return computeDueDate({
    receivedAt: startedAt,
    duration,
    calendar: context.calendar,
    ...(options.deadline.workingHours === undefined ? {} : { workingHours: options.deadline.workingHours }),
  }).dueAt;
}

/** Early / on time / late: the Vietnam date of `doneAt` against the date of `dueAt` (RULES REP-5, day granularity). */
export function timelinessOf(doneAt: string, dueAt: string): "early" | "onTime" | "late" {
  const done = vietnamDate(doneAt);
  const due = vietnamDate(dueAt);
  return done < due ? "early" : done === due ? "onTime" : "late";
}

/** Closed pauses as computeDueDate wants them (an open one closed at `until`, if given). */
export function pausesOf(state: DossierState, until?: string): Pause[] {
  const out: Pause[] = [];
  for (const p of state.pauses) {
    const to = p.to ?? until;
    if (to !== undefined) out.push({ from: p.from, to, reason: p.reason });
  }
  return out;
}

/** A typed guard: `undefined` when it holds, else why not. */
export type Guard = (
  state: DossierState,
  context: WorkflowContext,
  options: ResolvedOptions,
) => { readonly code: TthcErrorCode; readonly en: string; readonly vi: string } | undefined;

/** Supplement requests at intake stay below the maximum (DL-9, WF-9). */
const belowIntakeSupplementLimit: Guard = (state, _context, options) =>
  state.intakeSupplementRequests < options.maxSupplementRequests
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxSupplementRequests} supplement request(s) at intake (DL-9, WF-9)`,
        vi: `chỉ được yêu cầu bổ sung tối đa ${options.maxSupplementRequests} lần khi tiếp nhận (DL-9, WF-9)`,
      };

/** Supplement requests during processing stay below the maximum (DL-9, WF-15). */
const belowProcessingSupplementLimit: Guard = (state, _context, options) =>
  state.processingSupplementRequests < options.maxSupplementRequests
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxSupplementRequests} supplement request(s) during processing (DL-9, WF-15)`,
        vi: `chỉ được yêu cầu bổ sung tối đa ${options.maxSupplementRequests} lần trong quá trình giải quyết (DL-9, WF-15)`,
      };

/** Re-appointments stay below the maximum (DL-12). */
const belowReappointmentLimit: Guard = (state, _context, options) =>
  state.appointments.filter((a) => a.kind === "reappointment" || a.kind === "extension").length <
  options.maxReappointments
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxReappointments} re-appointment(s) (DL-12)`,
        vi: `chỉ được hẹn lại tối đa ${options.maxReappointments} lần (DL-12)`,
      };

/** The dossier follows an internal workflow with a step after the current one (WF-13). */
const hasNextStep: Guard = (state, context) => {
  const steps = workflowOf(context.procedure, state)?.steps.length ?? 0;
  return state.currentStep !== undefined && state.currentStep < steps
    ? undefined
    : {
        code: "TRANSITION_NOT_ALLOWED",
        en: "no internal-workflow step to hand over to",
        vi: "không còn bước tiếp theo trong quy trình nội bộ",
      };
};

/** A requested payment was made (WF-17). */
const paymentSettled: Guard = (state) =>
  state.payment === undefined || state.payment.paidAt !== undefined
    ? undefined
    : { code: "TRANSITION_NOT_ALLOWED", en: "the payment is outstanding", vi: "chưa hoàn thành nghĩa vụ tài chính" };

/** Guards per event, beyond the state, role and rule set of the transition table. */
export const GUARDS: Readonly<Partial<Record<DossierEventType, readonly Guard[]>>> = Object.freeze({
  requestSupplementAtIntake: [belowIntakeSupplementLimit],
  requestSupplement: [belowProcessingSupplementLimit],
  apologise: [belowReappointmentLimit],
  handOver: [hasNextStep],
  approve: [paymentSettled],
});

/** States in which the clock runs (or is paused) and overdue can be judged. */
export const OPEN_STATES: ReadonlySet<string> = new Set([
  "received",
  "inProcess",
  "interAgency",
  "supplementRequested",
  "paymentRequested",
]);

/**
 * The due instant that alerts use at `at` (DL-14: the current appointment); while the clock is paused
 * and no re-appointment was made, the paused time up to `at` extends it (DL-8).
 */
export function effectiveDueAt(state: DossierState, at: string, context: WorkflowContext): string | undefined {
  const last = state.appointments[state.appointments.length - 1];
  if (last === undefined || state.receivedAt === undefined || state.timeLimit === undefined) return undefined;
  const open = state.pauses[state.pauses.length - 1];
  const reappointed = last.kind === "reappointment" || last.kind === "extension";
  if (open === undefined || open.to !== undefined || reappointed) return last.dueAt;
  const until = msOf(at) > msOf(open.from) ? at : open.from;
  return dueFrom(
    state.receivedAt,
    state.timeLimit,
    context,
    resolveOptions(state.ruleSet, context),
    pausesOf(state, until),
  ).dueAt;
}

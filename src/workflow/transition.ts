/**
 * Chuyển trạng thái — the pure one-stop state machine: `transition(state, event, context) →
 * { state, effects }`. The handlers, one per event, are in `_handlers.ts`; steps and pauses in their
 * own files; every date comes from `computeDossierTime`.
 */
import { toInstantMs } from "../_internal/instant.js";
import { fromZodError } from "../_internal/zodError.js";
import { TthcError } from "../errors.js";
import { checkContext, checkState, fail, trusted } from "./_boundary.js";
import { checkAllowed } from "./_check.js";
import { HANDLERS } from "./_handlers.js";
import { resolveOptions } from "./_options.js";
import type { Step } from "./_pauses.js";
import type { WorkflowContext } from "./context.js";
import type { WorkflowEffect } from "./effects.js";
import { DossierEvent, type DossierEventInput } from "./events.js";
import type { DossierState } from "./states.js";

/**
 * Kết quả chuyển trạng thái — the next state and the effects the host should carry out.
 *
 * @example
 * ```ts
 * import type { TransitionResult } from "tthc/workflow";
 * type Effects = TransitionResult["effects"]; // readonly WorkflowEffect[]
 * ```
 * @category Workflow
 */
export interface TransitionResult {
  /** The new state (a new object; the input is untouched). */
  readonly state: DossierState;
  /** What the host should do: forms, notifications, new due dates, warnings. */
  readonly effects: readonly WorkflowEffect[];
}

/**
 * Chuyển trạng thái hồ sơ — applies one event to a dossier state. Pure: no clock, no I/O; the
 * input state and event are never changed. The event is validated (strict zod), its `version` must
 * be the state's (else `CONFLICT`: two officers cannot overwrite each other), its `at` not earlier
 * than the last event, its type allowed in the state (table {@link TRANSITIONS}), for the actor's
 * role, under the dossier's rule set, and its guards must hold.
 *
 * On `receive` the rule set is bound (LAW-8), the clock starts (DL-7) and the appointment is computed
 * by `computeDueDate` from the case or channel limit and the procedure's `sameDayCutoff`; a supplement
 * request pauses the clock and the supplement resumes it without losing used time (DL-8); `apologise`
 * re-appoints once, flagging `lateApology` when issued later than the lead time (DL-13), and both due
 * dates are kept (DL-14); `handOver` walks the internal workflow, opening a liên thông hand-off with
 * its own budget whenever a step belongs to a partner agency (DL-16, WF-12, WF-13).
 *
 * @param state - The current state (from {@link createDossierState}, {@link replay} or {@link restoreSnapshot}).
 * @param event - The event; see {@link DossierEvent}.
 * @param context - Procedure, calendar and options; see {@link WorkflowContext}.
 * @returns The new state (version + 1) and the effects to carry out.
 * @throws {@link tthc!TthcError} `INVALID_EVENT` if the event fails its schema, goes back in time, names a
 * wrong step, a dossier code of another date, a supplement item outside the rules (WF-4) or a bad new due date.
 * @throws {@link tthc!TthcError} `CONFLICT` if `event.version` is not `state.version`.
 * @throws {@link tthc!TthcError} `TRANSITION_NOT_ALLOWED` if the state, rule set or a guard forbids it (stop under `VN-2018`).
 * @throws {@link tthc!TthcError} `FORBIDDEN_ROLE` if the actor's role may not send it.
 * @throws {@link tthc!TthcError} `LIMIT_REACHED` past `maxSupplementRequests` or `maxReappointments`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if the context's procedure is not the dossier's, or for an unknown or ill-typed option.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` if `state` is not a state the event log can produce; `INVALID_PROCEDURE` if the context's procedure is not a valid record.
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP; TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), DL-7 to DL-17, WF-6 to WF-25)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { createDossierState, transition } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * let state = createDossierState(context);
 * state = transition(state, { type: "submit", at: "2026-02-13T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } }, context).state;
 * const { state: received, effects } = transition(state, { type: "receive", at: "2026-02-13T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260213-0001" }, context);
 * received.status; // => "received"
 * received.ruleSet; // => "VN-2025"
 * received.appointments[0]?.dueDate; // => "2026-03-20"
 * effects.map((effect) => effect.type); // => ["issueForm", "deadlineChanged", "notify"]
 * ```
 * @category Workflow
 */
export function transition(state: DossierState, event: DossierEventInput, context: WorkflowContext): TransitionResult {
  checkState(state);
  checkContext(context, state);
  const result = applyEvent(state, event, context);
  return { state: trusted(result.state), effects: result.effects };
}

/**
 * One event on a state known to be the workflow's own, with a checked context: the event is still
 * validated in full, and its effects built. {@link transition} uses it; {@link replay} folds the
 * same {@link parseEvent} and {@link runEvent} over a draft and builds no effects.
 */
function applyEvent(state: DossierState, event: DossierEventInput, context: WorkflowContext): TransitionResult {
  const e = parseEvent(event);
  const { changes, effects } = runEvent(state, e, context);
  const merged: Record<string, unknown> = { ...state, ...changes, version: state.version + 1, updatedAt: e.at };
  // Copy without the cleared (undefined) fields rather than `delete` them: deleting would turn the
  // state into a slow dictionary-mode object for every later read.
  const next: Record<string, unknown> = {};
  for (const key in merged) {
    const value = merged[key];
    if (value !== undefined) next[key] = value;
  }
  return { state: next as DossierState, effects: effects() };
}

/** An event validated against its schema (strict zod); `INVALID_EVENT` with the failing path if not. */
export function parseEvent(event: unknown): DossierEvent {
  const parsed = DossierEvent.safeParse(event);
  if (!parsed.success) throw fromZodError(parsed.error, event, "INVALID_EVENT", "event", "sự kiện");
  return parsed.data;
}

/**
 * The checks every event passes against the state — its version (`CONFLICT`), its instant not before
 * the last event, its type allowed in the state for the actor's role, rule set and guards — then its
 * handler: the fields it changes and its effects, not yet built.
 */
export function runEvent(state: DossierState, e: DossierEvent, context: WorkflowContext): Step {
  if (e.version !== state.version) {
    fail(
      "CONFLICT",
      `event written against version ${e.version}, the dossier is at version ${state.version}`,
      `thao tác dựa trên phiên bản ${e.version}, hồ sơ đang ở phiên bản ${state.version}`,
      ["version"],
    );
  }
  const at = toInstantMs(e.at, ["at"]); // read even first: a trusted log is not parsed by its schema
  if (state.updatedAt !== undefined && at < toInstantMs(state.updatedAt, ["at"])) {
    fail(
      "INVALID_EVENT",
      `event at ${e.at} is before the last event (${state.updatedAt})`,
      `thời điểm ${e.at} trước thao tác gần nhất (${state.updatedAt})`,
      ["at"],
    );
  }
  const options = resolveOptions(state.ruleSet, context);
  const refusal = checkAllowed(state, e.type, e.actor.role, context, options);
  if (refusal !== undefined)
    throw new TthcError(refusal.code, refusal.en, { path: refusal.path, messageVi: refusal.vi });
  const handler = HANDLERS[e.type] as (
    s: DossierState,
    ev: DossierEvent,
    c: WorkflowContext,
    o: typeof options,
  ) => Step;
  return handler(state, e, context, options);
}

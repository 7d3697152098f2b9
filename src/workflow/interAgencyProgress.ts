/**
 * Tiến độ liên thông — each partner agency's hand-off against its budget, derived.
 */
import { toInstantMs } from "../_internal/instant.js";
import { checkContext, checkInstantArgument, checkState } from "./_boundary.js";
import { resolveOptions } from "./_options.js";
import { pausesUpTo, windowDue } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState, InterAgencyHandoff } from "./states.js";

/**
 * Tiến độ của một cơ quan phối hợp — a liên thông hand-off with its sub-deadline and whether the
 * agency overran it.
 *
 * @example
 * ```ts
 * import type { InterAgencyProgress } from "tthc/workflow";
 * type Over = InterAgencyProgress["overrun"]; // boolean
 * ```
 * @category Workflow
 */
export interface InterAgencyProgress extends InterAgencyHandoff {
  /** Hạn của cơ quan — sentAt + budget, moved by the clock pauses while the agency held the dossier (DL-8). */
  readonly dueAt: string;
  /** Quá hạn: returned after `dueAt`, or still out at `at` past it. */
  readonly overrun: boolean;
  /** Still with the agency at `at`. */
  readonly open: boolean;
}

/**
 * Tiến độ liên thông — every hand-off to a partner agency with its own sub-deadline (the sum of the
 * quotas of the internal-workflow steps the agency owns, from when it was sent) and whether the
 * agency overran it, judged at `at` for a hand-off still open.
 *
 * @param state - The dossier state.
 * @param at - The instant to judge open hand-offs at.
 * @param context - Procedure, calendar and options.
 * @returns One entry per hand-off, in order.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `at` is malformed.
 * @see RULES DL-16, WF-12, WF-13
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { createDossierState, interAgencyProgress } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * interAgencyProgress(createDossierState(context), "2026-03-02T08:00:00+07:00", context); // => []
 * ```
 * @category Workflow
 */
export function interAgencyProgress(state: DossierState, at: string, context: WorkflowContext): InterAgencyProgress[] {
  checkState(state);
  checkContext(context, state);
  checkInstantArgument(at);
  const options = resolveOptions(state.ruleSet, context);
  const now = toInstantMs(at, ["at"]);
  const pauses = pausesUpTo(state.pauses, at);
  return state.handoffs.map((handoff) => {
    const { dueAt } = windowDue(handoff.sentAt, handoff.returnedAt, handoff.budget, pauses, context, options);
    const open = handoff.returnedAt === undefined;
    const end = handoff.returnedAt === undefined ? now : toInstantMs(handoff.returnedAt, ["at"]);
    return { ...handoff, dueAt, open, overrun: end > toInstantMs(dueAt, ["at"]) };
  });
}

/**
 * Quá hạn? — whether a dossier in process is past its due instant at an instant.
 */
import { toInstantMs } from "../_internal/instant.js";
import { STATUS_TRAITS } from "../models/status.js";
import { checkContext, checkInstantArgument, checkState } from "./_boundary.js";
import { dossierTimeOf } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState } from "./states.js";

/**
 * Quá hạn — whether the dossier, still being processed, is past its due instant at `at` (derived at
 * an instant, never stored: DL-15). Uses the appointment in force (DL-14), moved by every pause
 * up to `at`, also after a re-appointment (DL-8): a dossier the applicant holds does not fall due.
 * Dates come from {@link computeDossierTime}. Resolved, returned and closed dossiers are never "overdue" here; use
 * {@link classifyTimeliness} for them.
 *
 * @param state - The dossier state.
 * @param at - The instant to judge at.
 * @param context - Procedure, calendar and options.
 * @returns `true` if overdue at `at`.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `at` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` for a state no event log produces; `INVALID_OPTION` / `INVALID_PROCEDURE` for a bad context.
 * @see RULES DL-8, DL-14, DL-15
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { isOverdue, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-02-13T08:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-02-13T08:10:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260213-0001" },
 * ], context);
 * isOverdue(state, "2026-03-20T16:59:00+07:00", context); // => false
 * isOverdue(state, "2026-03-23T07:30:00+07:00", context); // => true
 * ```
 * @category Workflow
 */
export function isOverdue(state: DossierState, at: string, context: WorkflowContext): boolean {
  checkState(state);
  checkContext(context, state);
  checkInstantArgument(at);
  if (!STATUS_TRAITS[state.status].open) return false;
  const time = dossierTimeOf(state, context, at, {}, false);
  return time !== undefined && toInstantMs(at, ["at"]) > toInstantMs(time.current.dueAt, ["at"]);
}

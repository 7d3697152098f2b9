/**
 * Còn / quá hạn — remaining working time of a dossier at an instant, derived, never stored.
 */
import { type Remaining, remaining } from "../deadline/remaining.js";
import { STATUS_TRAITS } from "../models/status.js";
import { checkContext, checkInstantArgument, checkState } from "./_boundary.js";
import { resolveOptions } from "./_options.js";
import { dossierTimeOf } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState } from "./states.js";

/**
 * Thời gian còn lại — the working time left until the dossier's due instant at `at`, or by how much
 * it is overdue ("Còn 2 ngày 3 giờ" / "Quá 1 ngày"), with `remaining()` of `tthc/deadline`. Alerts use
 * the appointment in force (after a re-appointment, the new one: DL-14); while the clock is paused
 * for a supplement, the pause up to `at` does not count (DL-8), also after a re-appointment. Dates
 * come from {@link computeDossierTime}.
 *
 * @param state - The dossier state.
 * @param at - The instant to judge at (never read from a clock).
 * @param context - Procedure, calendar and options.
 * @returns The {@link Remaining} time, or `undefined` when the dossier is not being processed (not received, resolved, closed).
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `at` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` for a state no event log produces; `INVALID_OPTION` / `INVALID_PROCEDURE` for a bad context.
 * @see RULES DL-8, DL-14, DL-15
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { computeRemaining, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-03-02T08:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-03-02T08:10:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260302-0001" },
 * ], context);
 * computeRemaining(state, "2026-03-27T09:00:00+07:00", context)?.label.vi; // => "Còn 1 ngày 6 giờ"
 * ```
 * @category Workflow
 */
export function computeRemaining(state: DossierState, at: string, context: WorkflowContext): Remaining | undefined {
  checkState(state);
  checkContext(context, state);
  checkInstantArgument(at);
  if (!STATUS_TRAITS[state.status].open) return undefined;
  const dueAt = dossierTimeOf(state, context, at, {}, false)?.current.dueAt;
  if (dueAt === undefined) return undefined;
  const { workingHours, hoursPerWorkingDay } = resolveOptions(state.ruleSet, context).deadline;
  return remaining(dueAt, at, {
    calendar: context.calendar,
    ...(workingHours === undefined ? {} : { workingHours }),
    ...(hoursPerWorkingDay === undefined ? {} : { hoursPerWorkingDay }),
  });
}

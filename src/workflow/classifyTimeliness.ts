/**
 * Trước hạn / đúng hạn / quá hạn — the outcome of a finished dossier, derived.
 */
import { checkContext, checkState, checkTimelinessOptions } from "./_boundary.js";
import { dossierTimeOf, type TimelinessOptions } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { Timeliness } from "./forms.js";
import type { DossierState } from "./states.js";

/**
 * Kết quả đúng hạn — early (trước hạn), on time (đúng hạn) or late (quá hạn) for a dossier whose
 * result is ready. By default the Vietnam date the result was ready against the due date by the
 * rules (REP-5, DL-14): the limit from receipt, plus extra time (DL-6), moved by every pause the
 * applicant held the dossier (DL-8), so a supplement never makes a dossier late; an apology never
 * moves it, so a re-appointment never makes a late dossier on time. The report classifies the
 * dossier's record the same way (one function: {@link computeDossierTime}).
 *
 * @param state - The dossier state.
 * @param context - Procedure, calendar and options (the due date by the rules needs the calendar).
 * @param options - See {@link TimelinessOptions}.
 * @returns The outcome, or `undefined` when there is no result yet.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` for a state no event log produces; `INVALID_OPTION` for a bad context or option.
 * @see RULES REP-5, REP-6, DL-6, DL-8, DL-14
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { classifyTimeliness, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const head = { id: "ld-01", role: "approver" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-03-02T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-03-02T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260302-0001" },
 *   { type: "transfer", at: "2026-03-02T10:00:00+07:00", actor: desk, version: 2 },
 *   { type: "apologise", at: "2026-03-25T09:00:00+07:00", actor: head, version: 3, reason: "Chờ xác minh", newDueDate: "2026-04-10", letterRef: "12/XL" },
 *   { type: "approve", at: "2026-04-02T10:00:00+07:00", actor: head, version: 4 },
 * ], context);
 * classifyTimeliness(state, context); // => "late"
 * classifyTimeliness(state, context, { classifyAgainst: "reappointed" }); // => "early"
 * ```
 * @category Workflow
 */
export function classifyTimeliness(
  state: DossierState,
  context: WorkflowContext,
  options?: TimelinessOptions,
): Timeliness | undefined {
  checkState(state);
  checkContext(context, state);
  const o = checkTimelinessOptions(options, false);
  return dossierTimeOf(state, context, undefined, o, false)?.timeliness;
}

/**
 * Dựng lại trạng thái — rebuilds a dossier state from its append-only event log.
 */
import { mustBe } from "../_internal/checks.js";
import { isTthcError, TthcError } from "../errors.js";
import { checkContext, trusted } from "./_boundary.js";
import type { WorkflowContext } from "./context.js";
import { createDossierState } from "./createDossierState.js";
import type { DossierEventInput } from "./events.js";
import type { DossierState } from "./states.js";
import { applyEvent } from "./transition.js";

/**
 * Dựng lại từ nhật ký — folds the event log through {@link transition} from
 * {@link createDossierState}: the log is the source of truth and any state can be rebuilt from it
 * (effects are dropped; they were carried out when the events first happened).
 *
 * @param events - The log, oldest first (versions 0, 1, 2…).
 * @param context - Procedure, calendar, options — the ones the events were applied with.
 * @returns The state after the last event.
 * @throws {@link tthc!TthcError} Whatever {@link transition} throws for the first bad event (its `path` is prefixed by the event's index).
 * @see RULES MOD-21 (append-only log)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * const state = replay([
 *   { type: "submit", at: "2025-07-01T08:00:00+07:00", actor: { id: "a", role: "applicant" }, version: 0, channel: "online", applicant: { kind: "citizen", name: "Lê Thị C" } },
 *   { type: "withdraw", at: "2025-07-01T08:30:00+07:00", actor: { id: "a", role: "applicant" }, version: 1 },
 * ], context);
 * state.status; // => "withdrawn"
 * state.version; // => 2
 * ```
 * @category Workflow
 */
export function replay(events: readonly DossierEventInput[], context: WorkflowContext): DossierState {
  if (!Array.isArray(events))
    throw mustBe("INVALID_EVENT", ["events"], "an array of events", "một mảng sự kiện", events);
  checkContext(context);
  let state = createDossierState(context);
  for (let i = 0; i < events.length; i++) {
    try {
      state = applyEvent(state, events[i] as DossierEventInput, context).state;
    } catch (error) {
      if (!isTthcError(error)) throw error;
      throw new TthcError(error.code, `event ${i}: ${error.message}`, {
        path: [i, ...error.path],
        messageVi: `sự kiện ${i}: ${error.messageVi}`,
        ...(error.details === undefined ? {} : { details: error.details }),
        cause: error,
      });
    }
  }
  return trusted(state);
}

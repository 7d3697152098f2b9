/**
 * Thao tác tiếp theo — the events the UI should offer now.
 */

import { checkActor, checkContext, checkState } from "./_boundary.js";
import { checkAllowed } from "./_check.js";
import { resolveOptions } from "./_options.js";
import type { WorkflowContext } from "./context.js";
import { type DossierEventType, EVENT_TYPES } from "./events.js";
import type { DossierState } from "./states.js";

/**
 * Thao tác tiếp theo — every event type {@link can} allows in `state` for `context.actor` (any role
 * without one), in the order of {@link EVENT_TYPES}.
 *
 * @param state - The current state.
 * @param context - Procedure, calendar, actor and options.
 * @returns The allowed event types.
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { createDossierState, nextEvents } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * nextEvents(createDossierState(context), context); // => ["submit"]
 * ```
 * @category Workflow
 */
export function nextEvents(state: DossierState, context: WorkflowContext): DossierEventType[] {
  checkState(state);
  checkContext(context, state);
  const options = resolveOptions(state.ruleSet, context);
  const role = checkActor(context.actor)?.role;
  return EVENT_TYPES.filter((type) => checkAllowed(state, type, role, context, options) === undefined);
}

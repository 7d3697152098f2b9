/**
 * Có thể thao tác? — whether an event type is allowed now, for the UI.
 */

import { mustBe } from "../_internal/checks.js";
import { checkActor, checkContext, checkState } from "./_boundary.js";
import { checkAllowed } from "./_check.js";
import { resolveOptions } from "./_options.js";
import type { WorkflowContext } from "./context.js";
import { type DossierEventType, EVENT_TYPES } from "./events.js";
import type { DossierState } from "./states.js";

/**
 * Có thể thao tác — whether `eventType` is allowed in `state` for `context.actor` (any role when the
 * context has no actor): the transition table, the role, the rule set and the guards (counts,
 * payment, next step). Checks on an event's own data (dates, items, step number) are left to
 * {@link transition}.
 *
 * @param state - The current state.
 * @param eventType - The event type asked about.
 * @param context - Procedure, calendar, actor and options.
 * @returns `true` if {@link transition} would accept a well-formed event of this type.
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { can, createDossierState } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar(), actor: { id: "u1", role: "applicant" } } as const;
 * const draft = createDossierState(context);
 * can(draft, "submit", context); // => true
 * can(draft, "receive", context); // => false
 * ```
 * @category Workflow
 */
export function can(state: DossierState, eventType: DossierEventType, context: WorkflowContext): boolean {
  checkState(state);
  checkContext(context, state);
  if (!(EVENT_TYPES as readonly unknown[]).includes(eventType)) {
    throw mustBe(
      "INVALID_EVENT",
      ["eventType"],
      `one of ${EVENT_TYPES.join(", ")}`,
      `một trong ${EVENT_TYPES.join(", ")}`,
      eventType,
    );
  }
  const role = checkActor(context.actor)?.role;
  return checkAllowed(state, eventType, role, context, resolveOptions(state.ruleSet, context)) === undefined;
}

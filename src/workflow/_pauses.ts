/**
 * Clock pauses (DL-8, DL-10): a supplement request during processing (and, as an option, a payment
 * request) stops the clock; the supplement (or payment) starts it again and the appointment moves.
 */
import type { IsoDate } from "../models/common.js";
import type { Appointment } from "../models/dossier.js";
import type { Changes } from "./_steps.js";
import { currentDueOf } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { WorkflowEffect } from "./effects.js";
import type { ClockPause, DossierState } from "./states.js";

/**
 * What a handler returns: the changed fields, and the effects, built only when asked for
 * ({@link transition} asks, against the state the handler read; {@link replay} drops them unbuilt).
 */
export interface Step {
  readonly changes: Changes;
  readonly effects: () => WorkflowEffect[];
}

/** A step that changes nothing and asks for nothing. */
export const NO_STEP: Step = Object.freeze({ changes: Object.freeze({}), effects: () => [] });

/** Opens a pause at `at`. */
export function pause(state: DossierState, at: string, reason: ClockPause["reason"]): Step {
  return {
    changes: { pauses: [...state.pauses, { from: at, reason }] },
    effects: () => [{ type: "clockPaused", at, reason }],
  };
}

/** The pauses with the open one (if any) closed at `at`; `undefined` when none is open. */
export function closeOpenPause(state: DossierState, at: string): ClockPause[] | undefined {
  const last = state.pauses[state.pauses.length - 1];
  return last !== undefined && last.to === undefined ? [...state.pauses.slice(0, -1), { ...last, to: at }] : undefined;
}

/**
 * Closes the open pause of `reason` and moves the appointment in force on by the paused time (DL-8):
 * the due date by the rules, or, after an apology, the re-appointed date (DL-8 has no exception).
 * The new appointment is recorded as `resumed` and announced with a `deadlineChanged` effect. The
 * appointment before the pause is moved by this pause's length only, not recomputed over every
 * earlier pause, so a dossier paused many times costs the same per event as one paused once.
 */
export function resume(state: DossierState, at: string, reason: ClockPause["reason"], context: WorkflowContext): Step {
  const last = state.pauses[state.pauses.length - 1];
  if (last === undefined || last.to !== undefined || last.reason !== reason) return NO_STEP;
  const pauses = closeOpenPause(state, at) as ClockPause[];
  const current = currentDueOf({ ...state, pauses }, context, at);
  if (current === undefined) return { changes: { pauses }, effects: NO_STEP.effects };
  const { dueDate, dueAt } = current;
  const appointment: Appointment = { kind: "resumed", dueDate: dueDate as IsoDate, dueAt, setAt: at };
  return {
    changes: { pauses, appointments: [...state.appointments, appointment] },
    effects: () => [{ type: "deadlineChanged", dueAt, dueDate, kind: "resumed" }],
  };
}

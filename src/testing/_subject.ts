/** What a matcher received: a workflow state (or a transition result), a dossier record, a computeDueDate input… */
import type { DueDateInput } from "../deadline/index.js";
import { type Dossier, safeParseDossier } from "../models/index.js";
import { DossierState, type WorkflowEffect } from "../workflow/index.js";
import { show } from "./_format.js";

export type Subject =
  | { readonly kind: "state"; readonly state: DossierState; readonly effects?: readonly WorkflowEffect[] }
  | { readonly kind: "dossier"; readonly dossier: Dossier }
  | { readonly kind: "input"; readonly input: DueDateInput }
  | { readonly kind: "dueAt"; readonly dueAt: string | Date }
  | { readonly kind: "effects"; readonly effects: readonly WorkflowEffect[] }
  | { readonly kind: "other"; readonly problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Sorts out what was received; records are checked by the library's own schemas. */
export function subjectOf(received: unknown): Subject {
  if (Array.isArray(received)) return { kind: "effects", effects: received as readonly WorkflowEffect[] };
  if (typeof received === "string" || received instanceof Date) return { kind: "dueAt", dueAt: received };
  if (!isRecord(received)) return { kind: "other", problem: `got ${show(received)}` };
  if (isRecord(received["state"]) && Array.isArray(received["effects"])) {
    const state = DossierState.safeParse(received["state"]);
    // The object itself, not the parsed copy: the workflow trusts the states it made.
    if (state.success) {
      return {
        kind: "state",
        state: received["state"] as DossierState,
        effects: received["effects"] as readonly WorkflowEffect[],
      };
    }
  }
  if ("duration" in received) return { kind: "input", input: received as unknown as DueDateInput };
  if ("handoffs" in received) {
    const state = DossierState.safeParse(received);
    if (state.success) return { kind: "state", state: received as DossierState };
    return { kind: "other", problem: `not a valid DossierState: ${state.error.issues[0]?.message ?? ""}` };
  }
  if ("procedureCode" in received) {
    const dossier = safeParseDossier(received);
    if (dossier.success) return { kind: "dossier", dossier: dossier.data };
    return { kind: "other", problem: `not a valid Dossier: ${dossier.error.message}` };
  }
  if (typeof received["dueAt"] === "string") return { kind: "dueAt", dueAt: received["dueAt"] };
  return { kind: "other", problem: `an object with keys ${Object.keys(received).join(", ")}` };
}

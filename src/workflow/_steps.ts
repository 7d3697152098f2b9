/**
 * Internal-workflow steps (WF-13) and liên thông hand-offs (DL-16, WF-12): closing the current step
 * and opening the next.
 */
import type { InternalWorkflow } from "../models/procedure.js";
import type { Actor } from "./events.js";
import type { DossierState, InterAgencyHandoff, StepRecord } from "./states.js";

/** Fields of the next state a handler changes (`undefined` clears one). */
export type Changes = { -readonly [K in keyof DossierState]?: DossierState[K] | undefined };

/**
 * Closes the current step (a row of the control slip) and opens the next; a step owned by a partner
 * agency opens a hand-off whose budget is the sum of that agency's consecutive step quotas.
 */
export function advance(
  state: DossierState,
  workflow: InternalWorkflow | undefined,
  at: string,
  actor: Actor,
): Changes {
  if (workflow === undefined || state.currentStep === undefined || state.stepStartedAt === undefined) return {};
  const current = workflow.steps[state.currentStep - 1];
  if (current === undefined) return {};
  const row: StepRecord = {
    order: current.order,
    name: current.name,
    unit: current.unit,
    ...(current.agency === undefined ? {} : { agency: current.agency.name }),
    quota: current.quota,
    startedAt: state.stepStartedAt,
    handedOverAt: at,
    by: actor.id,
    role: actor.role,
  };
  const next = workflow.steps[state.currentStep];
  const from = current.agency?.name;
  const to = next?.agency?.name;
  let handoffs = state.handoffs;
  if (from !== to) {
    if (from !== undefined) {
      handoffs = handoffs.map((h, i): InterAgencyHandoff => (i === handoffs.length - 1 ? { ...h, returnedAt: at } : h));
    }
    if (to !== undefined && next !== undefined) {
      let budget = 0;
      for (let i = next.order - 1; i < workflow.steps.length && workflow.steps[i]?.agency?.name === to; i++) {
        budget += workflow.steps[i]?.quota.value ?? 0;
      }
      handoffs = [
        ...handoffs,
        { agency: to, fromStep: next.order, sentAt: at, budget: { value: budget, unit: next.quota.unit } },
      ];
    }
  }
  return {
    steps: [...state.steps, row],
    currentStep: next === undefined ? undefined : next.order,
    stepStartedAt: next === undefined ? undefined : at,
    handoffs,
    status: to === undefined ? "inProcess" : "interAgency",
  };
}

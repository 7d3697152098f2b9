/**
 * What the workflow reads from the procedure record: the dossier's time limit, its extra time and
 * its internal workflow.
 */
import type { TimeLimit } from "../models/common.js";
import type { ExtraTime, InternalWorkflow, Procedure } from "../models/procedure.js";
import { limitOf, sameTimeLimit } from "../models/timeLimitOf.js";

/** Where a dossier stands in the procedure: its channel and case. */
interface Selector {
  readonly channel?: Procedure["channels"][number]["channel"] | undefined;
  readonly caseId?: string | undefined;
}

/**
 * The approved internal workflow that serves the dossier (DL-16): among the workflows for its
 * channel and case, only those that share out the dossier's own legal limit (a case with a shorter
 * limit never runs the channel's longer workflow), the most specific first.
 */
export function workflowOf(procedure: Procedure, dossier: Selector): InternalWorkflow | undefined {
  const limit = limitOf(procedure, dossier);
  if (limit === undefined) return undefined;
  let best: InternalWorkflow | undefined;
  let bestScore = -1;
  for (const w of procedure.internalWorkflows ?? []) {
    if (w.caseId !== undefined && w.caseId !== dossier.caseId) continue;
    if (w.channel !== undefined && w.channel !== dossier.channel) continue;
    const shares = limitOf(procedure, w);
    if (shares === undefined || !sameTimeLimit(shares, limit)) continue;
    const score = (w.caseId === undefined ? 0 : 2) + (w.channel === undefined ? 0 : 1);
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/** The extra time of the dossier's channel row named by `conditions` (DL-6); the missing ones apart. */
export function extraTimeOf(
  procedure: Procedure,
  channel: Selector["channel"],
  conditions: readonly string[],
): { readonly found: ExtraTime[]; readonly missing: string[] } {
  const offered = procedure.channels.find((row) => row.channel === channel)?.extraTime ?? [];
  const found: ExtraTime[] = [];
  const missing: string[] = [];
  for (const condition of conditions) {
    const e = offered.find((x) => x.condition === condition);
    if (e === undefined) missing.push(condition);
    else found.push(e);
  }
  return { found, missing };
}

/** Whether extra time can be added to a limit without converting units (DL-5). */
export const addsTo = (limit: TimeLimit, extra: ExtraTime): boolean => extra.time.unit === limit.unit;

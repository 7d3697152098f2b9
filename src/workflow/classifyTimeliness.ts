/**
 * Trước hạn / đúng hạn / quá hạn — the outcome of a finished dossier, derived.
 */
import { msOf, vietnamDate } from "./_internal.js";
import type { Timeliness } from "./forms.js";
import type { DossierState } from "./states.js";

/**
 * Options of {@link classifyTimeliness}.
 *
 * @example
 * ```ts
 * import type { TimelinessOptions } from "tthc/workflow";
 * const options: TimelinessOptions = { classifyAgainst: "reappointed" };
 * ```
 * @remarks All three are UNCONFIRMED rules made options (RULES REP-5, DL-14).
 * @category Workflow
 */
export interface TimelinessOptions {
  /** Compare Vietnam dates (`day`) or instants (`minute`). @defaultValue `"day"` */
  readonly granularity?: "day" | "minute";
  /** The instant judged: result ready (approval or refusal) or returned. @defaultValue `"resultReady"` */
  readonly reference?: "resultReady" | "returned";
  /** Against the due date before any re-appointment (the dossier is late) or the re-appointed one. @defaultValue `"original"` */
  readonly classifyAgainst?: "original" | "reappointed";
}

/**
 * Kết quả đúng hạn — early (trước hạn), on time (đúng hạn) or late (quá hạn) for a dossier whose
 * result is ready: by default the Vietnam date the result was ready against the appointment date
 * before any re-appointment (REP-5, DL-14), so an apology does not make a late dossier on time.
 * A due date moved on by a supplement pause (`resumed`) is not a re-appointment and counts as original.
 *
 * @param state - The dossier state.
 * @param options - See {@link TimelinessOptions}.
 * @returns The outcome, or `undefined` when there is no result yet (or no appointment).
 * @see RULES REP-5, REP-6, DL-14
 * @example
 * ```ts
 * import { classifyTimeliness } from "tthc/workflow";
 * import type { DossierState } from "tthc/workflow";
 * const state = {
 *   appointments: [
 *     { kind: "initial", dueDate: "2025-07-10", dueAt: "2025-07-10T17:00:00+07:00", setAt: "2025-07-01T09:00:00+07:00" },
 *     { kind: "extension", dueDate: "2025-07-15", dueAt: "2025-07-15T17:00:00+07:00", setAt: "2025-07-08T09:00:00+07:00" },
 *   ],
 *   resultReadyAt: "2025-07-14T10:00:00+07:00",
 * } as unknown as DossierState;
 * classifyTimeliness(state); // => "late"
 * classifyTimeliness(state, { classifyAgainst: "reappointed" }); // => "early"
 * ```
 * @category Workflow
 */
export function classifyTimeliness(state: DossierState, options: TimelinessOptions = {}): Timeliness | undefined {
  const done = options.reference === "returned" ? state.returnedAt : state.resultReadyAt;
  if (done === undefined) return undefined;
  let against = state.appointments[state.appointments.length - 1];
  if (options.classifyAgainst !== "reappointed") {
    // The last due date set by the rules (initial or moved by a pause), not by an apology (DL-14).
    against = undefined;
    for (const a of state.appointments) if (a.kind === "initial" || a.kind === "resumed") against = a;
  }
  if (against === undefined) return undefined;
  if (options.granularity === "minute" && against.dueAt !== undefined) {
    const diff = msOf(done) - msOf(against.dueAt);
    return diff < 0 ? "early" : diff === 0 ? "onTime" : "late";
  }
  const day = vietnamDate(done);
  return day < against.dueDate ? "early" : day === against.dueDate ? "onTime" : "late";
}

/**
 * Hồ sơ mới — the draft state a dossier's event log starts from.
 */
import { checkContext, trusted } from "./_boundary.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState } from "./states.js";

/**
 * Tạo hồ sơ nháp — the initial state of a dossier of `context.procedure`: `draft`, version 0. An
 * online applicant submits it; at the desk the receptionist submits it on the applicant's behalf.
 *
 * @param context - Needs only `procedure`.
 * @returns A new `draft` state.
 * @example
 * ```ts
 * import { createDossierState } from "tthc/workflow";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { createWorkingCalendar } from "tthc/calendar";
 * createDossierState({ procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() }).procedureCode; // => "1.001193"
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline) (draft → submitted)
 * @category Workflow
 */
export function createDossierState(context: WorkflowContext): DossierState {
  const { procedure } = checkContext(context);
  return trusted({
    version: 0,
    status: "draft",
    procedureCode: procedure.code,
    procedureVersion: procedure.version,
    appointments: [],
    pauses: [],
    intakeSupplementRequests: 0,
    processingSupplementRequests: 0,
    lateApology: false,
    steps: [],
    handoffs: [],
  });
}

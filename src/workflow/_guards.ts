/**
 * Guards per event, beyond the state, role and rule set of the transition table (RULES DL-9, DL-12,
 * WF-9, WF-13, WF-15, WF-17).
 */
import type { TthcErrorCode } from "../errors.js";
import type { ResolvedOptions } from "./_options.js";
import { workflowOf } from "./_procedure.js";
import type { WorkflowContext } from "./context.js";
import type { DossierEventType } from "./events.js";
import type { DossierState } from "./states.js";

/** A typed guard: `undefined` when it holds, else why not. */
export type Guard = (
  state: DossierState,
  context: WorkflowContext,
  options: ResolvedOptions,
) => { readonly code: TthcErrorCode; readonly en: string; readonly vi: string } | undefined;

/** Supplement requests at intake stay below the maximum (DL-9, WF-9). */
const belowIntakeSupplementLimit: Guard = (state, _context, options) =>
  state.intakeSupplementRequests < options.maxSupplementRequests
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxSupplementRequests} supplement request(s) at intake (DL-9, WF-9)`,
        vi: `chỉ được yêu cầu bổ sung tối đa ${options.maxSupplementRequests} lần khi tiếp nhận (DL-9, WF-9)`,
      };

/** Supplement requests during processing stay below the maximum (DL-9, WF-15). */
const belowProcessingSupplementLimit: Guard = (state, _context, options) =>
  state.processingSupplementRequests < options.maxSupplementRequests
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxSupplementRequests} supplement request(s) during processing (DL-9, WF-15)`,
        vi: `chỉ được yêu cầu bổ sung tối đa ${options.maxSupplementRequests} lần trong quá trình giải quyết (DL-9, WF-15)`,
      };

/** Re-appointments stay below the maximum (DL-12). */
const belowReappointmentLimit: Guard = (state, _context, options) =>
  state.appointments.filter((a) => a.kind === "reappointment" || a.kind === "extension").length <
  options.maxReappointments
    ? undefined
    : {
        code: "LIMIT_REACHED",
        en: `at most ${options.maxReappointments} re-appointment(s) (DL-12)`,
        vi: `chỉ được hẹn lại tối đa ${options.maxReappointments} lần (DL-12)`,
      };

/** The dossier follows an internal workflow with a step after the current one (WF-13). */
const hasNextStep: Guard = (state, context) => {
  const steps = workflowOf(context.procedure, state)?.steps.length ?? 0;
  return state.currentStep !== undefined && state.currentStep < steps
    ? undefined
    : {
        code: "TRANSITION_NOT_ALLOWED",
        en: "no internal-workflow step to hand over to",
        vi: "không còn bước tiếp theo trong quy trình nội bộ",
      };
};

/** A requested payment was made (WF-17). */
const paymentSettled: Guard = (state) =>
  state.payment === undefined || state.payment.paidAt !== undefined
    ? undefined
    : { code: "TRANSITION_NOT_ALLOWED", en: "the payment is outstanding", vi: "chưa hoàn thành nghĩa vụ tài chính" };

/** Guards per event, beyond the state, role and rule set of the transition table. */
export const GUARDS: Readonly<Partial<Record<DossierEventType, readonly Guard[]>>> = Object.freeze({
  requestSupplementAtIntake: [belowIntakeSupplementLimit],
  requestSupplement: [belowProcessingSupplementLimit],
  apologise: [belowReappointmentLimit],
  handOver: [hasNextStep],
  approve: [paymentSettled],
});

/**
 * Hiệu ứng — what a transition asks the host to do, as data: issue a form, notify someone, show a
 * new due date, warn. The host renders and sends them; the machine never does I/O.
 */
import type { Label } from "../calendar/index.js";
import type { Appointment } from "../models/dossier.js";
import type { WorkflowRole } from "./events.js";
import type { OneStopFormDocument } from "./forms.js";

/**
 * Mẫu thông báo — the notification templates a host maps to its own texts.
 *
 * @example
 * ```ts
 * import type { NotifyTemplate } from "tthc/workflow";
 * const template: NotifyTemplate = "resultReady";
 * ```
 * @category Workflow
 */
export type NotifyTemplate =
  | "submitted"
  | "supplementRequested"
  | "supplemented"
  | "rejectedAtIntake"
  | "received"
  | "transferred"
  | "handedOver"
  | "paymentRequested"
  | "paid"
  | "apology"
  | "resultReady"
  | "refused"
  | "returned"
  | "withdrawn"
  | "stopped";

/**
 * Hiệu ứng — one effect of a transition:
 * `issueForm` (a filled {@link OneStopFormDocument}), `notify` (a role or a partner agency),
 * `deadlineChanged` (a new appointment), `clockPaused`, or `warning` (`lateApology`, `lateTransfer`).
 *
 * @example
 * ```ts
 * import type { WorkflowEffect } from "tthc/workflow";
 * const effect: WorkflowEffect = { type: "notify", to: "applicant", template: "received" };
 * ```
 * @see RULES DL-13, DL-17 (the warnings); effects are data, never run
 * @category Workflow
 */
export type WorkflowEffect =
  | ({ readonly type: "issueForm" } & OneStopFormDocument)
  | {
      readonly type: "notify";
      /** A role, or `partnerAgency` with `agency`. */
      readonly to: WorkflowRole | "partnerAgency";
      /** What to say. */
      readonly template: NotifyTemplate;
      /** The partner agency, for `partnerAgency`. */
      readonly agency?: string;
    }
  | {
      readonly type: "deadlineChanged";
      /** New due instant. */
      readonly dueAt: string;
      /** New due date. */
      readonly dueDate: string;
      /** Why it changed. */
      readonly kind: Appointment["kind"];
    }
  | { readonly type: "clockPaused"; readonly at: string; readonly reason: "supplement" | "payment" }
  | {
      readonly type: "warning";
      /** `lateApology` (DL-13) or `lateTransfer` (DL-17). */
      readonly code: "lateApology" | "lateTransfer";
      /** Bilingual text. */
      readonly message: Label;
    };

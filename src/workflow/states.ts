/**
 * Trạng thái — the dossier state the machine works on (JSON-safe data), and the transition table
 * of the rules reference (workflow outline) that {@link transition}, {@link can}, {@link nextEvents} and {@link toMermaid} share.
 */

import * as z from "zod";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { Channel, Instant, TimeLimit } from "../models/common.js";
import { Applicant, Appointment } from "../models/dossier.js";
import { DossierCode, ProcedureCode } from "../models/ids.js";
import { ExtraTime, WorkflowStep } from "../models/procedure.js";
import { RULE_SETS, RuleSetId } from "../models/ruleSet.js";
import { DossierStatus, statusesWhere } from "../models/status.js";
import { type DossierEventType, SupplementItem, WorkflowRole } from "./events.js";

/**
 * Dòng phiếu kiểm soát — one hand-over of the process-control slip: the step, when it started and
 * when it was handed on, and by whom (RULES WF-13).
 *
 * @example
 * ```ts
 * import { StepRecord } from "tthc/workflow";
 * StepRecord.shape.handedOverAt.safeParse("2026-02-23T09:00:00+07:00").success; // => true
 * ```
 * @see RULES WF-13; TT 01/2018/TT-VPCP Mẫu 05
 * @category Workflow
 */
export const StepRecord = z.strictObject({
  /** Thứ tự bước. */
  order: z.number().int().positive(),
  /** Nội dung công việc. */
  name: z.string().min(1),
  /** Đơn vị thực hiện. */
  unit: z.string().min(1),
  /** Cơ quan phối hợp owning the step, in liên thông. */
  agency: z.string().min(1).optional(),
  /** Thời gian quy định for the step. */
  quota: WorkflowStep.shape.quota,
  /** Thời điểm nhận — when the step started. */
  startedAt: Instant,
  /** Thời điểm giao — when it was handed on. */
  handedOverAt: Instant,
  /** Id of the actor who handed it on. */
  by: z.string().min(1),
  /** Role of that actor. */
  role: WorkflowRole,
});
/**
 * Dòng phiếu kiểm soát — see {@link StepRecord}.
 * @category Workflow
 */
export type StepRecord = z.infer<typeof StepRecord>;

/**
 * Chuyển liên thông — one hand-off to a partner agency with its own sub-deadline: the budget is the
 * sum of the quotas of the consecutive internal-workflow steps the agency owns (RULES DL-16, WF-12).
 *
 * @example
 * ```ts
 * import { InterAgencyHandoff } from "tthc/workflow";
 * InterAgencyHandoff.shape.agency.parse("Cơ quan Bảo hiểm xã hội"); // => "Cơ quan Bảo hiểm xã hội"
 * ```
 * @see RULES DL-16, WF-12, WF-14
 * @category Workflow
 */
export const InterAgencyHandoff = z.strictObject({
  /** Tên cơ quan phối hợp. */
  agency: z.string().min(1),
  /** First step order the agency owns. */
  fromStep: z.number().int().positive(),
  /** Thời điểm chuyển. */
  sentAt: Instant,
  /** Thời gian được phân bổ — the agency's budget. */
  budget: WorkflowStep.shape.quota,
  /** Thời điểm nhận lại kết quả. */
  returnedAt: Instant.optional(),
});
/**
 * Chuyển liên thông — see {@link InterAgencyHandoff}.
 * @category Workflow
 */
export type InterAgencyHandoff = z.infer<typeof InterAgencyHandoff>;

/**
 * Tạm dừng — a clock pause (supplement during processing; payment if `pauseOnPaymentRequest`).
 *
 * @example
 * ```ts
 * import { ClockPause } from "tthc/workflow";
 * ClockPause.parse({ from: "2025-03-07T10:00:00+07:00", reason: "supplement" }).reason; // => "supplement"
 * ```
 * @see RULES DL-8, DL-10
 * @category Workflow
 */
export const ClockPause = z.strictObject({
  /** When the clock stopped. */
  from: Instant,
  /** When it resumed; absent while paused. */
  to: Instant.optional(),
  /** Why. */
  reason: z.enum(["supplement", "payment"]),
});
/**
 * Tạm dừng — see {@link ClockPause}.
 * @category Workflow
 */
export type ClockPause = z.infer<typeof ClockPause>;

/**
 * Trạng thái hồ sơ trong quy trình — everything the machine knows about a dossier, rebuilt from the
 * event log by {@link replay}: status, version, procedure and rule set, applicant, code and instants,
 * appointments (every due date, first to last — DL-14), pauses, counts, the control-slip rows, the
 * liên thông hand-offs and the result. Derived facts (overdue, remaining time, timeliness, national
 * code) are computed, never stored. Strict and JSON-safe.
 *
 * @example
 * ```ts
 * import { createDossierState } from "tthc/workflow";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { createWorkingCalendar } from "tthc/calendar";
 * const state = createDossierState({ procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() });
 * state.status; // => "draft"
 * state.version; // => 0
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), MOD-20, MOD-21
 * @category Workflow
 */
export const DossierState = z.strictObject({
  /** Number of events applied; the next event must carry it (optimistic concurrency). */
  version: z.number().int().nonnegative(),
  /** Trạng thái hồ sơ. */
  status: DossierStatus,
  /** Mã thủ tục hành chính. */
  procedureCode: ProcedureCode,
  /** Procedure version the dossier follows (LAW-8). */
  procedureVersion: z.string().min(1),
  /** Instant of the last event. */
  updatedAt: Instant.optional(),
  /** Kênh nộp. */
  channel: Channel.optional(),
  /** Trường hợp. */
  caseId: z.string().min(1).optional(),
  /** Người nộp hồ sơ. */
  applicant: Applicant.optional(),
  /** Kênh nhận kết quả chosen at submission. */
  resultChannel: Channel.optional(),
  /** Bộ quy tắc, bound at receipt (LAW-8). */
  ruleSet: RuleSetId.optional(),
  /** Mã hồ sơ, given at receipt. */
  code: DossierCode.optional(),
  /** Thời điểm nộp. */
  submittedAt: Instant.optional(),
  /** Thời điểm tiếp nhận — the clock starts (DL-7). */
  receivedAt: Instant.optional(),
  /** Thời hạn giải quyết as accepted: the legal limit of the dossier's case or channel (DL-1). */
  timeLimit: TimeLimit.optional(),
  /** Thời gian kéo dài applied at receipt (DL-6); the limit in force is `timeLimit` plus these. */
  extraTime: z.array(ExtraTime).optional(),
  /** Lịch sử hẹn — first to last; the last is current (DL-14). */
  appointments: z.array(Appointment),
  /** Clock pauses, in order. */
  pauses: z.array(ClockPause),
  /** Supplement requests made at intake. */
  intakeSupplementRequests: z.number().int().nonnegative(),
  /** Supplement requests made during processing. */
  processingSupplementRequests: z.number().int().nonnegative(),
  /** Items of the open supplement request. */
  pendingItems: z.array(SupplementItem).optional(),
  /** Xin lỗi muộn — an apology issued less than the lead time before the due date (DL-13). */
  lateApology: z.boolean(),
  /** Rows of the process-control slip, in order. */
  steps: z.array(StepRecord),
  /** Order of the internal-workflow step in progress. */
  currentStep: z.number().int().positive().optional(),
  /** When that step started. */
  stepStartedAt: Instant.optional(),
  /** Liên thông hand-offs, in order. */
  handoffs: z.array(InterAgencyHandoff),
  /** Nghĩa vụ tài chính. */
  payment: z
    .strictObject({
      /** When it was requested. */
      requestedAt: Instant,
      /** Amount, VND. */
      amountVnd: z.number().int().nonnegative(),
      /** When it was paid. */
      paidAt: Instant.optional(),
    })
    .optional(),
  /** Thời điểm có kết quả (approval or refusal). */
  resultReadyAt: Instant.optional(),
  /** Thời điểm trả kết quả. */
  returnedAt: Instant.optional(),
  /** Kênh trả kết quả used. */
  returnChannel: Channel.optional(),
  /** Reason of a rejection, refusal, withdrawal or stop. */
  reason: z.string().min(1).optional(),
});
/**
 * Trạng thái hồ sơ trong quy trình — see {@link DossierState}.
 * @category Workflow
 */
export type DossierState = { [K in keyof z.infer<typeof DossierState>]: z.infer<typeof DossierState>[K] }; // the inferred type, mapped so that it shows by name

/**
 * Một dòng bảng chuyển trạng thái — an event allowed in a state, the states it may lead to, the
 * roles that may send it, and whether it needs the `VN-2025` rule set.
 *
 * @example
 * ```ts
 * import type { TransitionRule } from "tthc/workflow";
 * const rule: TransitionRule = { from: "draft", event: "submit", to: ["submitted"], roles: ["applicant"] };
 * ```
 * @category Workflow
 */
export interface TransitionRule {
  /** State it is allowed in. */
  readonly from: DossierStatus;
  /** Event type. */
  readonly event: DossierEventType;
  /** States it may lead to. */
  readonly to: readonly DossierStatus[];
  /** Roles that may send it. */
  readonly roles: readonly WorkflowRole[];
  /** Only under these rule sets (stop: VN-2025). */
  readonly ruleSets?: readonly RuleSetId[];
}

const DESK: readonly WorkflowRole[] = ["receptionist"];
const APPLICANT_OR_DESK: readonly WorkflowRole[] = ["applicant", "receptionist"];
const OFFICERS: readonly WorkflowRole[] = ["processor", "approver"];
const HANDLERS: readonly WorkflowRole[] = ["receptionist", "processor", "approver", "partnerOfficer"];
/** States the applicant may withdraw from (WF-24), from the status traits. */
const WITHDRAWABLE: readonly DossierStatus[] = statusesWhere((t) => t.withdrawable);
/** Rule sets that allow stopping processing (WF-25), from the rule-set data. */
const STOP_RULE_SETS: readonly RuleSetId[] = RuleSetId.options.filter((id) => RULE_SETS[id].stopProcessingAllowed);

/**
 * Bảng chuyển trạng thái — the transition table (rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline)): one row per allowed (state, event)
 * pair. {@link transition} implements exactly these rows; {@link toMermaid} draws them.
 *
 * @remarks Withdrawal is allowed before the result is ready (WF-24, UNCONFIRMED); stop only under
 * `VN-2025` (WF-25); apology while processing or in liên thông (DL-11).
 * @example
 * ```ts
 * import { TRANSITIONS } from "tthc/workflow";
 * TRANSITIONS.filter((rule) => rule.event === "stop").every((rule) => rule.ruleSets?.[0] === "VN-2025"); // => true
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), WF-6, WF-15, WF-18, WF-21, WF-24, WF-25
 * @category Workflow
 */
export const TRANSITIONS: readonly TransitionRule[] = Object.freeze(
  (
    [
      { from: "draft", event: "submit", to: ["submitted"], roles: APPLICANT_OR_DESK },
      { from: "submitted", event: "requestSupplementAtIntake", to: ["supplementRequested"], roles: DESK },
      { from: "submitted", event: "rejectAtIntake", to: ["rejectedAtIntake"], roles: DESK },
      { from: "submitted", event: "receive", to: ["received"], roles: DESK },
      { from: "supplementRequested", event: "supplement", to: ["submitted", "inProcess"], roles: APPLICANT_OR_DESK },
      { from: "received", event: "transfer", to: ["inProcess", "interAgency"], roles: DESK },
      { from: "inProcess", event: "handOver", to: ["inProcess", "interAgency"], roles: HANDLERS },
      { from: "interAgency", event: "handOver", to: ["inProcess", "interAgency"], roles: HANDLERS },
      {
        from: "inProcess",
        event: "requestSupplement",
        to: ["supplementRequested"],
        roles: ["processor", "receptionist"],
      },
      { from: "inProcess", event: "requestPayment", to: ["paymentRequested"], roles: ["processor"] },
      { from: "paymentRequested", event: "pay", to: ["inProcess"], roles: APPLICANT_OR_DESK },
      { from: "inProcess", event: "apologise", to: ["inProcess"], roles: OFFICERS },
      { from: "interAgency", event: "apologise", to: ["interAgency"], roles: OFFICERS },
      { from: "inProcess", event: "approve", to: ["resolved"], roles: ["approver"] },
      { from: "inProcess", event: "refuse", to: ["refusedAfterAcceptance"], roles: ["approver"] },
      { from: "resolved", event: "return", to: ["returned"], roles: DESK },
      { from: "refusedAfterAcceptance", event: "return", to: ["returned"], roles: DESK },
      ...WITHDRAWABLE.map((from) => ({
        from,
        event: "withdraw" as const,
        to: ["withdrawn" as const],
        roles: APPLICANT_OR_DESK,
      })),
      // Stopping needs a received dossier: a submitted one is refused at intake instead.
      ...WITHDRAWABLE.filter((from) => from !== "submitted").map((from) => ({
        from,
        event: "stop" as const,
        to: ["stopped" as const],
        roles: ["approver" as const],
        ruleSets: STOP_RULE_SETS,
      })),
    ] satisfies TransitionRule[]
  ).map((rule) => deepFreeze({ ...rule, to: [...rule.to], roles: [...rule.roles] })),
);

/** Rows by state and event, for O(1) lookups. */
export const RULE_INDEX: ReadonlyMap<string, TransitionRule> = new Map(
  TRANSITIONS.map((rule) => [`${rule.from}:${rule.event}`, rule]),
);

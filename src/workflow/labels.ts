/**
 * Nhãn — Vietnamese and English labels of every state, event and role of the workflow (NFC).
 */

import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Label } from "../calendar/index.js";
import type { DossierStatus } from "../models/status.js";
import type { DossierEventType, WorkflowRole } from "./events.js";

/**
 * Nhãn trạng thái — the vi/en label of each dossier state.
 *
 * @example
 * ```ts
 * import { STATE_LABELS } from "tthc/workflow";
 * STATE_LABELS.supplementRequested.vi; // => "Yêu cầu bổ sung, hoàn thiện hồ sơ"
 * STATE_LABELS.resolved.en; // => "Resolved, not collected"
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), [national status codes](../../docs/guides/rules.md#national-status-codes), WF-23
 * @category Workflow
 */
export const STATE_LABELS: Readonly<Record<DossierStatus, Label>> = deepFreeze({
  draft: { vi: "Hồ sơ nháp", en: "Draft" },
  submitted: { vi: "Mới đăng ký", en: "Submitted" },
  supplementRequested: { vi: "Yêu cầu bổ sung, hoàn thiện hồ sơ", en: "Supplement requested" },
  rejectedAtIntake: { vi: "Từ chối tiếp nhận", en: "Rejected at intake" },
  received: { vi: "Đã tiếp nhận", en: "Received" },
  inProcess: { vi: "Đang xử lý", en: "In process" },
  interAgency: { vi: "Đang xử lý liên thông", en: "With a partner agency (inter-agency)" },
  paymentRequested: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Payment requested" },
  refusedAfterAcceptance: { vi: "Không đủ điều kiện giải quyết", en: "Refused after acceptance" },
  resolved: { vi: "Đã xử lý xong, chưa trả kết quả", en: "Resolved, not collected" },
  returned: { vi: "Đã trả kết quả", en: "Result returned" },
  withdrawn: { vi: "Rút hồ sơ", en: "Withdrawn" },
  stopped: { vi: "Dừng giải quyết", en: "Processing stopped" },
});

/**
 * Nhãn sự kiện — the vi/en label of each event type (what a button shows).
 *
 * @example
 * ```ts
 * import { EVENT_LABELS } from "tthc/workflow";
 * EVENT_LABELS.apologise.vi; // => "Xin lỗi và hẹn lại ngày trả kết quả"
 * EVENT_LABELS.return.en; // => "Return the result"
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline)
 * @category Workflow
 */
export const EVENT_LABELS: Readonly<Record<DossierEventType, Label>> = deepFreeze({
  submit: { vi: "Nộp hồ sơ", en: "Submit" },
  requestSupplementAtIntake: { vi: "Yêu cầu bổ sung khi tiếp nhận", en: "Request a supplement at intake" },
  supplement: { vi: "Bổ sung hồ sơ", en: "Supplement" },
  rejectAtIntake: { vi: "Từ chối tiếp nhận", en: "Reject at intake" },
  receive: { vi: "Tiếp nhận hồ sơ", en: "Receive" },
  transfer: { vi: "Chuyển hồ sơ", en: "Transfer" },
  handOver: { vi: "Bàn giao bước xử lý", en: "Hand over" },
  requestSupplement: { vi: "Yêu cầu bổ sung, hoàn thiện hồ sơ", en: "Request a supplement" },
  requestPayment: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Request payment" },
  pay: { vi: "Hoàn thành nghĩa vụ tài chính", en: "Pay" },
  apologise: { vi: "Xin lỗi và hẹn lại ngày trả kết quả", en: "Apologise and re-appoint" },
  approve: { vi: "Phê duyệt kết quả", en: "Approve" },
  refuse: { vi: "Từ chối giải quyết", en: "Refuse" },
  return: { vi: "Trả kết quả", en: "Return the result" },
  withdraw: { vi: "Rút hồ sơ", en: "Withdraw" },
  stop: { vi: "Dừng giải quyết hồ sơ", en: "Stop processing" },
});

/**
 * Nhãn vai trò — the vi/en label of each role.
 *
 * @example
 * ```ts
 * import { ROLE_LABELS } from "tthc/workflow";
 * ROLE_LABELS.receptionist.vi; // => "Công chức tiếp nhận và trả kết quả"
 * ```
 * @category Workflow
 */
export const ROLE_LABELS: Readonly<Record<WorkflowRole, Label>> = deepFreeze({
  applicant: { vi: "Người nộp hồ sơ", en: "Applicant" },
  receptionist: { vi: "Công chức tiếp nhận và trả kết quả", en: "Desk officer" },
  processor: { vi: "Chuyên viên xử lý", en: "Processing officer" },
  approver: { vi: "Lãnh đạo phê duyệt", en: "Approving leader" },
  partnerOfficer: { vi: "Cán bộ cơ quan phối hợp", en: "Partner-agency officer" },
});

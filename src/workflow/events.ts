/**
 * Sự kiện xử lý hồ sơ — the workflow events of the one-stop state machine, as zod schemas that are
 * also their types. Every event carries `at`, `actor` and `version`; the log of events is the audit
 * trail and {@link replay} rebuilds any state from it.
 */
import * as z from "zod";
import { Channel, Instant, IsoDate } from "../models/common.js";
import { Applicant } from "../models/dossier.js";
import { DossierCode } from "../models/ids.js";

/**
 * The same type as `T`, mapped member by member (over each member of a union) so that an alias of it
 * is a type of its own: editors and the API reference then show `DossierEvent`, not the expansion.
 */
type Named<T> = { [K in keyof T]: T[K] };

/**
 * Vai trò — who acts on a dossier: người nộp hồ sơ (`applicant`), công chức tiếp nhận và trả kết quả
 * at the one-stop desk (`receptionist`), chuyên viên xử lý (`processor`), lãnh đạo phê duyệt
 * (`approver`) and the officer of a partner agency in liên thông (`partnerOfficer`).
 *
 * @example
 * ```ts
 * import { WorkflowRole } from "tthc/workflow";
 * WorkflowRole.options; // => ["applicant", "receptionist", "processor", "approver", "partnerOfficer"]
 * ```
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP (RULES WF-1, WF-2, WF-12)
 * @category Workflow
 */
export const WorkflowRole = z.enum(["applicant", "receptionist", "processor", "approver", "partnerOfficer"]);
/**
 * Vai trò — see {@link WorkflowRole}.
 * @category Workflow
 */
export type WorkflowRole = z.infer<typeof WorkflowRole>;

/**
 * Người thực hiện — the acting user of an event: an id the host assigns and a {@link WorkflowRole}.
 *
 * @example
 * ```ts
 * import { Actor } from "tthc/workflow";
 * Actor.parse({ id: "desk-01", role: "receptionist" }).role; // => "receptionist"
 * ```
 * @category Workflow
 */
export const Actor = z.strictObject({
  /** Host-assigned user id. */
  id: z.string().min(1),
  /** Role the user acts in. */
  role: WorkflowRole,
});
/**
 * Người thực hiện — see {@link Actor}.
 * @category Workflow
 */
export type Actor = z.infer<typeof Actor>;

/**
 * Nội dung yêu cầu bổ sung — one item of a supplement request (Mẫu 02): what to add and why. It must
 * point to a required component of the procedure or cite a legal basis (RULES WF-4: no document
 * outside the rules).
 *
 * @example
 * ```ts
 * import { SupplementItem } from "tthc/workflow";
 * SupplementItem.parse({ name: "Giấy chứng sinh", reason: "Bản chụp không rõ", componentId: "birth-certificate" }).name; // => "Giấy chứng sinh"
 * ```
 * @see NĐ 61/2018/NĐ-CP Art. 5; TT 01/2018/TT-VPCP Mẫu 02 (RULES WF-4, WF-9)
 * @category Workflow
 */
export const SupplementItem = z.strictObject({
  /** Tên giấy tờ cần bổ sung. */
  name: z.string().min(1),
  /** Lý do. */
  reason: z.string().min(1),
  /** Id of the procedure's component it concerns. */
  componentId: z.string().min(1).optional(),
  /** Căn cứ pháp lý, when the item is not a listed component. */
  legalBasis: z.string().min(1).optional(),
});
/**
 * Nội dung yêu cầu bổ sung — see {@link SupplementItem}.
 * @category Workflow
 */
export type SupplementItem = z.infer<typeof SupplementItem>;

const base = {
  /** Thời điểm — when it happened, ISO date-time with offset. */
  at: Instant,
  /** Người thực hiện. */
  actor: Actor,
  /** The state version the event was written against (optimistic concurrency). */
  version: z.number().int().nonnegative(),
};

const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

const reason = z.string().min(1);

/**
 * Sự kiện — one workflow event, discriminated by `type` (verbs of the rules reference's [workflow outline](../../docs/guides/rules.md#workflow-outline)):
 * `submit`, `requestSupplementAtIntake`, `supplement`, `rejectAtIntake`, `receive`, `transfer`,
 * `handOver`, `requestSupplement`, `requestPayment`, `pay`, `apologise`, `approve`, `refuse`,
 * `return`, `withdraw`, `stop`. Strict: unknown keys are refused.
 *
 * @example
 * ```ts
 * import { DossierEvent } from "tthc/workflow";
 * const ok = DossierEvent.safeParse({
 *   type: "rejectAtIntake",
 *   at: "2025-07-01T09:00:00+07:00",
 *   actor: { id: "desk-01", role: "receptionist" },
 *   version: 1,
 *   reason: "Không thuộc thẩm quyền",
 * });
 * ok.success; // => true
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline); NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP
 * @category Workflow
 */
export const DossierEvent = z.discriminatedUnion("type", [
  event("submit", {
    /** Kênh nộp. */
    channel: Channel,
    /** Người nộp hồ sơ. */
    applicant: Applicant,
    /** Trường hợp of the procedure, if any. */
    caseId: z.string().min(1).optional(),
    /** Kênh nhận kết quả, when chosen at submission. */
    resultChannel: Channel.optional(),
  }),
  event("requestSupplementAtIntake", {
    /** Everything missing, in one go (RULES WF-7, WF-9). */
    items: z.array(SupplementItem).min(1),
    /** Số phiếu (Mẫu 02). */
    letterRef: z.string().min(1).optional(),
  }),
  event("supplement", {
    /** Remarks on what was supplied. */
    note: z.string().min(1).optional(),
  }),
  event("rejectAtIntake", {
    /** Lý do từ chối (Mẫu 03). */
    reason,
  }),
  event("receive", {
    /** Mã hồ sơ — generated by the host at acceptance (MOD-14, MOD-16). */
    code: DossierCode,
    /**
     * Thời gian kéo dài — conditions of the channel row's extra time that hold for this dossier
     * (DL-6), as the procedure record words them; their time is added to the limit.
     */
    extraTime: z.array(z.string().min(1)).max(20).optional(),
  }),
  event("transfer", {
    /** The resolving unit it goes to. */
    to: z.string().min(1).optional(),
  }),
  event("handOver", {
    /** Order of the internal-workflow step handed to (the next one). */
    step: z.number().int().positive(),
    /** Remarks for the control slip. */
    note: z.string().min(1).optional(),
  }),
  event("requestSupplement", {
    /** Everything missing, in one go (RULES WF-15). */
    items: z.array(SupplementItem).min(1),
    /** Số phiếu (Mẫu 02). */
    letterRef: z.string().min(1).optional(),
  }),
  event("requestPayment", {
    /** Amount due, VND. */
    amountVnd: z.number().int().nonnegative(),
    /** What it is for. */
    note: z.string().min(1).optional(),
  }),
  event("pay", {
    /** Receipt reference (biên lai). */
    receiptRef: z.string().min(1).optional(),
  }),
  event("apologise", {
    /** Lý do chậm. */
    reason,
    /** Ngày hẹn lại — must be a working day after the current due date. */
    newDueDate: IsoDate,
    /** Số văn bản xin lỗi (Mẫu 04). */
    letterRef: z.string().min(1),
  }),
  event("approve", {
    /** Remarks. */
    note: z.string().min(1).optional(),
  }),
  event("refuse", {
    /** Lý do không giải quyết. */
    reason,
  }),
  event("return", {
    /** Kênh trả kết quả: desk, post or online (RULES WF-21). */
    channel: Channel,
  }),
  event("withdraw", {
    /** Lý do rút hồ sơ. */
    reason: reason.optional(),
  }),
  event("stop", {
    /** Lý do dừng giải quyết (Mẫu 05, VN-2025). */
    reason,
  }),
]);
/**
 * Sự kiện — see {@link DossierEvent}.
 * @category Workflow
 */
export type DossierEvent = Named<z.infer<typeof DossierEvent>>;
/**
 * Sự kiện — what {@link DossierEvent} accepts (plain strings for branded codes and dates).
 *
 * @example
 * ```ts
 * import type { DossierEventInput } from "tthc/workflow";
 * type Code = Extract<DossierEventInput, { type: "receive" }>["code"]; // string
 * ```
 * @category Workflow
 */
export type DossierEventInput = Named<z.input<typeof DossierEvent>>;

/**
 * Loại sự kiện — the `type` of a {@link DossierEvent}.
 *
 * @example
 * ```ts
 * import type { DossierEventType } from "tthc/workflow";
 * const type: DossierEventType = "apologise";
 * ```
 * @category Workflow
 */
export type DossierEventType = DossierEvent["type"];

/**
 * Các loại sự kiện — every event type, in the order of the rules reference's [workflow outline](../../docs/guides/rules.md#workflow-outline).
 *
 * @example
 * ```ts
 * import { EVENT_TYPES } from "tthc/workflow";
 * EVENT_TYPES.length; // => 16
 * ```
 * @category Workflow
 */
export const EVENT_TYPES: readonly DossierEventType[] = Object.freeze(
  DossierEvent.options.map((option) => option.shape.type.value),
);

/**
 * Trạng thái hồ sơ: internal dossier states and the national status codes 1–10.
 */
import * as z from "zod";
import { describe } from "../_internal/checks.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { TthcError } from "../errors.js";

/**
 * Trạng thái hồ sơ — internal state of a dossier, named as in the one-stop state outline: conditions
 * such as `inProcess` or `supplementRequested`.
 *
 * @example
 * ```ts
 * import { DossierStatus } from "tthc/models";
 * DossierStatus.safeParse("inProcess").success; // => true
 * DossierStatus.safeParse("processing").success; // => false
 * ```
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), [national status codes](../../docs/guides/rules.md#national-status-codes)
 * @category Models
 */
export const DossierStatus = z.enum([
  "draft",
  "submitted",
  "supplementRequested",
  "rejectedAtIntake",
  "received",
  "inProcess",
  "interAgency",
  "paymentRequested",
  "refusedAfterAcceptance",
  "resolved",
  "returned",
  "withdrawn",
  "stopped",
]);
/**
 * Trạng thái hồ sơ — see {@link DossierStatus}.
 * @category Models
 */
export type DossierStatus = z.infer<typeof DossierStatus>;

/**
 * Đặc điểm trạng thái — what each dossier status means for the rest of the library, in one table
 * the compiler checks for completeness: whether the status has a receipt instant (`never`, `optional`
 * or `required`), whether the dossier is still open (the clock runs or is paused, overdue can be
 * judged), whether the applicant may still withdraw it (WF-24), and how a processing report counts it
 * (REP-4: not received; normal; withdrawn, refused after acceptance or stopped, counted apart).
 *
 * The `Dossier` model, the workflow's open and withdrawable states and the report's record reader
 * all derive their groupings from it, so a new status is added here once.
 *
 * @example
 * ```ts
 * import { STATUS_TRAITS } from "tthc/models";
 * STATUS_TRAITS.supplementRequested.open; // => true
 * STATUS_TRAITS.returned.reportKind; // => "normal"
 * ```
 * @see RULES WF-24, REP-4; rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), [national status codes](../../docs/guides/rules.md#national-status-codes)
 * @category Models
 */
export const STATUS_TRAITS = deepFreeze({
  draft: { receipt: "never", open: false, withdrawable: false, reportKind: "notReceived" },
  submitted: { receipt: "never", open: false, withdrawable: true, reportKind: "notReceived" },
  // A supplement asked for at intake comes before any receipt; one asked for during processing after it.
  supplementRequested: { receipt: "optional", open: true, withdrawable: true, reportKind: "normal" },
  rejectedAtIntake: { receipt: "never", open: false, withdrawable: false, reportKind: "notReceived" },
  received: { receipt: "required", open: true, withdrawable: true, reportKind: "normal" },
  inProcess: { receipt: "required", open: true, withdrawable: true, reportKind: "normal" },
  interAgency: { receipt: "required", open: true, withdrawable: true, reportKind: "normal" },
  paymentRequested: { receipt: "required", open: true, withdrawable: true, reportKind: "normal" },
  refusedAfterAcceptance: { receipt: "required", open: false, withdrawable: false, reportKind: "refused" },
  resolved: { receipt: "required", open: false, withdrawable: false, reportKind: "normal" },
  returned: { receipt: "required", open: false, withdrawable: false, reportKind: "normal" },
  // Withdrawal is allowed before receipt too (WF-24).
  withdrawn: { receipt: "optional", open: false, withdrawable: false, reportKind: "withdrawn" },
  stopped: { receipt: "required", open: false, withdrawable: false, reportKind: "stopped" },
} as const satisfies Record<DossierStatus, StatusTraits>);

/**
 * Đặc điểm trạng thái — one row of {@link STATUS_TRAITS}.
 *
 * @example
 * ```ts
 * import type { StatusTraits } from "tthc/models";
 * const traits: StatusTraits = { receipt: "required", open: true, withdrawable: true, reportKind: "normal" };
 * ```
 * @category Models
 */
export interface StatusTraits {
  /** Thời điểm tiếp nhận: never set, optional, or required in this status. */
  readonly receipt: "never" | "optional" | "required";
  /** Đang giải quyết — the clock runs or is paused; overdue can be judged (DL-15). */
  readonly open: boolean;
  /** Rút hồ sơ — the applicant may still withdraw (WF-24). */
  readonly withdrawable: boolean;
  /** How a processing report counts the dossier (REP-4). */
  readonly reportKind: "notReceived" | "normal" | "withdrawn" | "refused" | "stopped";
}

/** Statuses whose traits match `test`, in the order of {@link DossierStatus}. */
export function statusesWhere(test: (traits: StatusTraits) => boolean): DossierStatus[] {
  return DossierStatus.options.filter((status) => test(STATUS_TRAITS[status]));
}

/**
 * Mã trạng thái hồ sơ — national dossier status code, 1 to 10.
 *
 * @example
 * ```ts
 * import { NationalStatusCode } from "tthc/models";
 * NationalStatusCode.safeParse(10).success; // => true
 * ```
 * @see Rules reference: [national status codes](../../docs/guides/rules.md#national-status-codes), WF-30
 * @category Models
 */
export const NationalStatusCode = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
/**
 * Mã trạng thái hồ sơ — `1 | 2 | … | 10`; see {@link NationalStatusCode}.
 * @category Models
 */
export type NationalStatusCode = z.infer<typeof NationalStatusCode>;

/**
 * Trạng thái quốc gia — one row of the national status list.
 *
 * @example
 * ```ts
 * import type { NationalStatus } from "tthc/models";
 * type Name = NationalStatus["nameVi"];
 * ```
 * @category Models
 */
export interface NationalStatus {
  /** Mã trạng thái. */
  readonly code: NationalStatusCode;
  /** Vietnamese name as listed. */
  readonly nameVi: string;
  /** English meaning. */
  readonly meaning: string;
  /** Internal states shown under this code by default. */
  readonly states: readonly DossierStatus[];
}

/**
 * Danh mục mã trạng thái hồ sơ — the national status codes 1–10 with the internal states each covers
 * by default (deep-frozen data).
 *
 * @remarks The defining national text was not identified (RULES WF-30, PRACTICE); mapping
 * `supplementRequested` (also at intake) to 5 and `refusedAfterAcceptance` to 9 are guesses (WF-31,
 * UNCONFIRMED). `draft` has no national code.
 * @see Rules reference: [national status codes](../../docs/guides/rules.md#national-status-codes), WF-30, WF-31
 * @example
 * ```ts
 * import { NATIONAL_STATUS_CODES } from "tthc/models";
 * NATIONAL_STATUS_CODES[3]?.nameVi; // => "Đang xử lý"
 * NATIONAL_STATUS_CODES.length; // => 10
 * ```
 * @category Models
 */
export const NATIONAL_STATUS_CODES: readonly NationalStatus[] = deepFreeze([
  { code: 1, nameVi: "Mới đăng ký", meaning: "submitted, not yet received", states: ["submitted"] },
  { code: 2, nameVi: "Được tiếp nhận", meaning: "accepted", states: ["received"] },
  { code: 3, nameVi: "Không được tiếp nhận", meaning: "refused at intake", states: ["rejectedAtIntake"] },
  { code: 4, nameVi: "Đang xử lý", meaning: "being processed", states: ["inProcess", "interAgency"] },
  { code: 5, nameVi: "Yêu cầu bổ sung giấy tờ", meaning: "supplement requested", states: ["supplementRequested"] },
  {
    code: 6,
    nameVi: "Yêu cầu thực hiện nghĩa vụ tài chính",
    meaning: "payment requested",
    states: ["paymentRequested"],
  },
  { code: 7, nameVi: "Công dân yêu cầu rút hồ sơ", meaning: "withdrawal requested", states: ["withdrawn"] },
  { code: 8, nameVi: "Dừng xử lý", meaning: "stopped", states: ["stopped"] },
  {
    code: 9,
    nameVi: "Đã xử lý xong",
    meaning: "finished, result ready",
    states: ["resolved", "refusedAfterAcceptance"],
  },
  { code: 10, nameVi: "Đã trả kết quả", meaning: "result returned", states: ["returned"] },
] satisfies NationalStatus[]);

const CODE_OF_STATE: ReadonlyMap<DossierStatus, NationalStatusCode> = new Map(
  NATIONAL_STATUS_CODES.flatMap((row) => row.states.map((state) => [state, row.code] as const)),
);

/**
 * Mã trạng thái — the national status code shown for an internal dossier state.
 *
 * @param status - Internal state.
 * @returns Its code 1–10, or `undefined` for `draft` (not yet submitted, not reported).
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` if `status` is not a {@link DossierStatus} (path `["status"]`).
 * @remarks Default mapping of RULES WF-31 (UNCONFIRMED).
 * @see Rules reference: [national status codes](../../docs/guides/rules.md#national-status-codes), WF-30, WF-31
 * @example
 * ```ts
 * import { nationalStatusCodeOf } from "tthc/models";
 * nationalStatusCodeOf("interAgency"); // => 4
 * nationalStatusCodeOf("returned"); // => 10
 * nationalStatusCodeOf("draft"); // => undefined
 * ```
 * @category Models
 */
export function nationalStatusCodeOf(status: DossierStatus): NationalStatusCode | undefined {
  if (!DossierStatus.safeParse(status).success) {
    throw new TthcError("INVALID_DOSSIER", `${describe(status)} is not a dossier status`, {
      path: ["status"],
      messageVi: `${describe(status)} không phải trạng thái hồ sơ`,
      details: { value: status },
    });
  }
  return CODE_OF_STATE.get(status);
}

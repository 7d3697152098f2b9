/**
 * Stable error codes of `tthc`. The code is the API: renaming one is a breaking change.
 *
 * Mã lỗi — one flat list, upper snake case.
 *
 * @example
 * ```ts
 * import type { TthcErrorCode } from "tthc";
 * const code: TthcErrorCode = "INVALID_DATE";
 * ```
 * @category Errors
 */
export type TthcErrorCode =
  /** A calendar date that is not `YYYY-MM-DD`, does not exist (`2025-02-29`) or is not a date at all. */
  | "INVALID_DATE"
  /** An instant that is not an ISO date-time with an offset (or a valid `Date`). */
  | "INVALID_INSTANT"
  /** A time of day that is not `HH:mm`, or working hours that overlap or run backwards. */
  | "INVALID_TIME"
  /** A duration or count that is negative, fractional where whole units are needed, `NaN` or of an unknown unit. */
  | "INVALID_DURATION"
  /** A lunar date that does not exist (day 30 of a 29-day month, a leap month the year does not have). */
  | "INVALID_LUNAR_DATE"
  /** An option that is unknown, of the wrong type or out of its allowed values. */
  | "INVALID_OPTION"
  /** A date, instant or result outside the range the library (or the calendar) covers. */
  | "OUT_OF_RANGE"
  /** A procedure record (thủ tục hành chính) that does not match the `Procedure` schema. */
  | "INVALID_PROCEDURE"
  /** A dossier record (hồ sơ) that does not match the `Dossier` schema. */
  | "INVALID_DOSSIER"
  /** An internal workflow (quy trình nội bộ) whose steps are out of order or do not sum to the legal time limit. */
  | "INVALID_WORKFLOW"
  /** An agency identifier (mã định danh cơ quan) that is not `NNN.NN.NN.XNN` (QCVN 102:2016/BTTTT). */
  | "INVALID_AGENCY_CODE"
  /** A procedure code (mã thủ tục hành chính) that is not `D.NNNNNN`, with an optional local suffix. */
  | "INVALID_PROCEDURE_CODE"
  /** A dossier code (mã hồ sơ) that is not `<agency code>-YYMMDD-NNNN` naming a real date and a sequence 0001–9999. */
  | "INVALID_DOSSIER_CODE"
  /** A citizen identity number (số định danh cá nhân, CCCD) that fails its validator. */
  | "INVALID_CITIZEN_ID"
  /** An online service level that is not one of the legacy levels 1–4 or the current `full` / `partial` / `none`. */
  | "INVALID_ONLINE_LEVEL"
  /** The daily dossier sequence of a receiving agency went past 9999. */
  | "DOSSIER_SEQUENCE_OVERFLOW"
  /** The dossier counter kept returning sequences already issued, so no unique dossier code could be made. */
  | "DOSSIER_CODE_CONFLICT"
  /** A workflow event (chuyển trạng thái) that the dossier's state or rule set does not allow. */
  | "TRANSITION_NOT_ALLOWED"
  /** A workflow event sent by an actor whose role may not send it. */
  | "FORBIDDEN_ROLE"
  /** A workflow event written against an older version of the dossier (optimistic concurrency). */
  | "CONFLICT"
  /** A workflow event past its allowed count (supplement requests, re-appointments). */
  | "LIMIT_REACHED"
  /** A workflow event that does not match its schema or contradicts the dossier (bad step, date). */
  | "INVALID_EVENT"
  /** A workflow snapshot that does not match its schema or schema version. */
  | "INVALID_SNAPSHOT"
  /** A dossier record given to a processing report (`tthc/report`) that is not a valid `ReportRecord`. */
  | "INVALID_REPORT_RECORD"
  /** A reporting period (kỳ báo cáo) that is not a month, quarter, year or custom range of real dates. */
  | "INVALID_PERIOD"
  /** A count that is negative, fractional, `NaN`, or larger than the total it is part of. */
  | "INVALID_COUNT"
  /** A survey response (phiếu khảo sát SIPAS) that does not fit the questionnaire. */
  | "INVALID_SURVEY_RESPONSE"
  /** Two accumulators built with different options (period, grouping, method…) cannot be merged. */
  | "INCOMPATIBLE_ACCUMULATORS"
  /** A scenario row (`tthc/testing`) that is malformed, or a scenario table whose rows fail their expectations. */
  | "INVALID_SCENARIO";

interface ErrorText {
  readonly en: string;
  readonly vi: string;
}

/**
 * Short, end-user-facing descriptions of each code in both languages.
 * `satisfies` keeps this table and {@link TthcErrorCode} in step.
 */
const ERROR_TEXT = {
  INVALID_DATE: { en: "Invalid date", vi: "Ngày không hợp lệ" },
  INVALID_INSTANT: { en: "Invalid date-time", vi: "Thời điểm không hợp lệ" },
  INVALID_TIME: { en: "Invalid time of day", vi: "Giờ không hợp lệ" },
  INVALID_DURATION: { en: "Invalid duration", vi: "Thời hạn không hợp lệ" },
  INVALID_LUNAR_DATE: { en: "Invalid lunar date", vi: "Ngày âm lịch không hợp lệ" },
  INVALID_OPTION: { en: "Invalid option", vi: "Tùy chọn không hợp lệ" },
  OUT_OF_RANGE: { en: "Out of the supported range", vi: "Ngoài phạm vi hỗ trợ" },
  INVALID_PROCEDURE: { en: "Invalid procedure record", vi: "Thông tin thủ tục hành chính không hợp lệ" },
  INVALID_DOSSIER: { en: "Invalid dossier record", vi: "Thông tin hồ sơ không hợp lệ" },
  INVALID_WORKFLOW: { en: "Invalid internal workflow", vi: "Quy trình nội bộ không hợp lệ" },
  INVALID_AGENCY_CODE: { en: "Invalid agency code", vi: "Mã định danh cơ quan không hợp lệ" },
  INVALID_PROCEDURE_CODE: { en: "Invalid procedure code", vi: "Mã thủ tục hành chính không hợp lệ" },
  INVALID_DOSSIER_CODE: { en: "Invalid dossier code", vi: "Mã hồ sơ không hợp lệ" },
  INVALID_CITIZEN_ID: { en: "Invalid citizen identity number", vi: "Số định danh cá nhân không hợp lệ" },
  INVALID_ONLINE_LEVEL: { en: "Invalid online service level", vi: "Mức độ dịch vụ công trực tuyến không hợp lệ" },
  DOSSIER_SEQUENCE_OVERFLOW: {
    en: "Daily dossier sequence exhausted",
    vi: "Số thứ tự hồ sơ trong ngày vượt quá 9999",
  },
  DOSSIER_CODE_CONFLICT: { en: "Dossier code already issued", vi: "Mã hồ sơ đã được cấp" },
  TRANSITION_NOT_ALLOWED: {
    en: "Action not allowed in this state",
    vi: "Không được thực hiện thao tác ở trạng thái này",
  },
  FORBIDDEN_ROLE: { en: "Action not allowed for this role", vi: "Vai trò không được phép thực hiện thao tác" },
  CONFLICT: { en: "The dossier was changed by someone else", vi: "Hồ sơ đã được người khác cập nhật" },
  LIMIT_REACHED: { en: "Limit reached", vi: "Đã vượt quá số lần cho phép" },
  INVALID_EVENT: { en: "Invalid workflow event", vi: "Thao tác xử lý hồ sơ không hợp lệ" },
  INVALID_SNAPSHOT: { en: "Invalid workflow snapshot", vi: "Bản lưu trạng thái hồ sơ không hợp lệ" },
  INVALID_REPORT_RECORD: { en: "Invalid dossier record for the report", vi: "Bản ghi hồ sơ để báo cáo không hợp lệ" },
  INVALID_PERIOD: { en: "Invalid reporting period", vi: "Kỳ báo cáo không hợp lệ" },
  INVALID_COUNT: { en: "Invalid count", vi: "Số lượng không hợp lệ" },
  INVALID_SURVEY_RESPONSE: { en: "Invalid survey response", vi: "Phiếu khảo sát không hợp lệ" },
  INCOMPATIBLE_ACCUMULATORS: {
    en: "Accumulators with different options cannot be merged",
    vi: "Không thể gộp các bộ tích lũy có tùy chọn khác nhau",
  },
  INVALID_SCENARIO: { en: "Invalid or failing test scenario", vi: "Kịch bản kiểm thử không hợp lệ hoặc không đạt" },
} as const satisfies Record<TthcErrorCode, ErrorText>;

const TTHC_ERROR_MARK = Symbol.for("tthc.error");

/**
 * Options of {@link TthcError}.
 *
 * @example
 * ```ts
 * import type { TthcErrorOptions } from "tthc";
 * const options: TthcErrorOptions = { path: ["receivedAt"], messageVi: "Thời điểm không hợp lệ" };
 * ```
 * @category Errors
 */
export interface TthcErrorOptions {
  /** Path of the bad field in the input (`["duration", "value"]`); `[]` for the input itself. */
  readonly path?: readonly (string | number)[];
  /**
   * Vietnamese message (the detail, like `message`). Defaults to `message`: give it whenever the
   * error can reach an end user. {@link formatTthcError} adds the code's Vietnamese heading.
   */
  readonly messageVi?: string;
  /** Extra machine-readable facts (the bad value, the allowed range…). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error (a `ZodError`, for instance). */
  readonly cause?: unknown;
}

/**
 * Lỗi của thư viện — the only error `tthc` throws.
 *
 * Carries a stable {@link TthcErrorCode}, the `path` of the offending input, an English `message`
 * and a Vietnamese `messageVi`. Use {@link isTthcError} rather than `instanceof` when an app may
 * load both the ESM and CJS builds.
 *
 * @example
 * ```ts
 * import { TthcError } from "tthc";
 * const error = new TthcError("INVALID_DATE", "'2025-02-29' is not a real date", { path: ["start"] });
 * error.code; // => "INVALID_DATE"
 * error.path; // => ["start"]
 * ```
 * @category Errors
 */
export class TthcError extends Error {
  /** Stable code: branch on it, never on the message. */
  readonly code: TthcErrorCode;
  /** Path of the offending input field. */
  readonly path: readonly (string | number)[];
  /** Vietnamese message (thông báo lỗi), for end users. */
  readonly messageVi: string;
  /** Extra machine-readable facts. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: TthcErrorCode, message: string, options: TthcErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TthcError";
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.messageVi = options.messageVi ?? message;
    this.details = options.details === undefined ? undefined : Object.freeze({ ...options.details });
    Object.defineProperty(this, TTHC_ERROR_MARK, { value: true });
  }
}

/**
 * Tells whether a value is a {@link TthcError}, also across the ESM and CJS builds.
 *
 * @param value - Anything caught.
 * @returns `true` for an error thrown by `tthc`.
 * @example
 * ```ts
 * import { TthcError, isTthcError } from "tthc";
 * isTthcError(new TthcError("OUT_OF_RANGE", "year 2300")); // => true
 * isTthcError(new Error("x")); // => false
 * ```
 * @category Errors
 */
export function isTthcError(value: unknown): value is TthcError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[TTHC_ERROR_MARK] === true;
}

/**
 * Renders an error for an end user in Vietnamese (default) or English, with the field path.
 *
 * @param error - The error.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns One line: generic text, detail and path.
 * @example
 * ```ts
 * import { TthcError, formatTthcError } from "tthc";
 * const error = new TthcError("INVALID_DATE", "'2025-02-29' is not a real date", { path: ["start"] });
 * formatTthcError(error, "en"); // => "Invalid date (start): '2025-02-29' is not a real date"
 * ```
 * @category Errors
 */
export function formatTthcError(error: TthcError, lang: "vi" | "en" = "vi"): string {
  const where = error.path.length > 0 ? ` (${error.path.join(".")})` : "";
  return `${ERROR_TEXT[error.code][lang]}${where}: ${lang === "en" ? error.message : error.messageVi}`;
}

/**
 * The result of a `safe…` function, shaped like zod's `safeParse`.
 *
 * @example
 * ```ts
 * import type { SafeResult } from "tthc";
 * const ok: SafeResult<number> = { success: true, data: 1 };
 * ```
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: TthcError };

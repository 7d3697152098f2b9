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
  | "INVALID_SCENARIO"
  /** An optional peer package a function needs (echarts for `tthc/report-html`) is not installed: the message says what to install. */
  | "MISSING_DEPENDENCY";

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
  MISSING_DEPENDENCY: { en: "A package that must be installed is missing", vi: "Thiếu gói phần mềm cần cài đặt" },
} as const satisfies Record<TthcErrorCode, ErrorText>;

const TTHC_ERROR_MARK = Symbol.for("tthc.error");

/**
 * The codes alone (not the headings of {@link ERROR_TEXT}, which only {@link formatTthcError} needs):
 * the constructor refuses any other. The type keeps it in step with {@link TthcErrorCode}.
 */
const KNOWN_CODES: Readonly<Record<TthcErrorCode, 1>> = {
  INVALID_DATE: 1,
  INVALID_INSTANT: 1,
  INVALID_TIME: 1,
  INVALID_DURATION: 1,
  INVALID_LUNAR_DATE: 1,
  INVALID_OPTION: 1,
  OUT_OF_RANGE: 1,
  INVALID_PROCEDURE: 1,
  INVALID_DOSSIER: 1,
  INVALID_WORKFLOW: 1,
  INVALID_AGENCY_CODE: 1,
  INVALID_PROCEDURE_CODE: 1,
  INVALID_DOSSIER_CODE: 1,
  INVALID_CITIZEN_ID: 1,
  INVALID_ONLINE_LEVEL: 1,
  DOSSIER_SEQUENCE_OVERFLOW: 1,
  DOSSIER_CODE_CONFLICT: 1,
  TRANSITION_NOT_ALLOWED: 1,
  FORBIDDEN_ROLE: 1,
  CONFLICT: 1,
  LIMIT_REACHED: 1,
  INVALID_EVENT: 1,
  INVALID_SNAPSHOT: 1,
  INVALID_REPORT_RECORD: 1,
  INVALID_PERIOD: 1,
  INVALID_COUNT: 1,
  INVALID_SURVEY_RESPONSE: 1,
  INCOMPATIBLE_ACCUMULATORS: 1,
  INVALID_SCENARIO: 1,
  MISSING_DEPENDENCY: 1,
};
const OPTION_KEYS: readonly string[] = ["path", "messageVi", "details", "cause"];

/** The constructor's refusal of its own arguments (made with arguments known to be good). */
function badArgument(path: string, en: string, vi: string, value: unknown): TthcError {
  const shown =
    typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : Array.isArray(value) ? "[…]" : typeof value;
  return new TthcError("INVALID_OPTION", `${path} must be ${en}, got ${shown}`, {
    path: [path],
    messageVi: `${path} phải là ${vi}, nhận được ${shown}`,
    details: { value },
  });
}

/** Checks the constructor's arguments; returns the path as a frozen copy. */
function checkArguments(code: unknown, message: unknown, options: unknown): readonly (string | number)[] {
  if (typeof code !== "string" || !Object.hasOwn(KNOWN_CODES, code)) {
    throw badArgument("code", "a TthcErrorCode", "một mã lỗi TthcErrorCode", code);
  }
  if (typeof message !== "string") throw badArgument("message", "a string", "chuỗi", message);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw badArgument("options", "an object", "một đối tượng", options);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key))
      throw badArgument(
        key,
        "a known option (path, messageVi, details, cause)",
        "một tùy chọn đã biết (path, messageVi, details, cause)",
        key,
      );
  }
  const o = options as TthcErrorOptions;
  if (o.messageVi !== undefined && typeof o.messageVi !== "string") {
    throw badArgument("messageVi", "a string", "chuỗi", o.messageVi);
  }
  if (o.details !== undefined && (typeof o.details !== "object" || o.details === null || Array.isArray(o.details))) {
    throw badArgument("details", "an object", "một đối tượng", o.details);
  }
  const path: unknown = o.path === undefined ? [] : o.path;
  if (!Array.isArray(path)) throw badArgument("path", "an array of keys and indices", "mảng các khóa và chỉ số", path);
  const copy: (string | number)[] = [];
  for (const key of path as unknown[]) {
    if (typeof key !== "string" && !Number.isInteger(key)) {
      throw badArgument("path", "an array of keys and indices", "mảng các khóa và chỉ số", path);
    }
    copy.push(key as string | number);
  }
  return Object.freeze(copy);
}

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
 * The constructor checks its arguments, so that no error carries a code outside the list: an
 * unknown `code`, a `message` or `messageVi` that is not a string, `details` that is not an object,
 * a `path` that is not an array of keys (strings) and indices (integers), or an unknown option is
 * refused with a `TthcError` of code `INVALID_OPTION` whose `path` names the argument (`["code"]`,
 * `["path"]`…).
 *
 * @throws {@link TthcError} `INVALID_OPTION` for a bad argument, as above.
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
  /**
   * Mã quy tắc — the rule IDs the message cites (`["DL-12"]`), in order, once each: look each up
   * in the rules reference at its anchor, {@link ruleAnchor} (`#dl-12`). Empty when none is cited.
   */
  readonly rules: readonly string[];

  constructor(code: TthcErrorCode, message: string, options: TthcErrorOptions = {}) {
    const path = checkArguments(code, message, options);
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TthcError";
    this.code = code;
    this.path = path;
    this.messageVi = options.messageVi ?? message;
    this.details = options.details === undefined ? undefined : Object.freeze({ ...options.details });
    this.rules = rulesCitedIn(`${message} ${this.messageVi}`);
    Object.defineProperty(this, TTHC_ERROR_MARK, { value: true });
  }
}

/** A rule ID of the rules reference: an area prefix, a hyphen, a number (`CAL-22`, `D-3`, `SIP-7`). */
const RULE_ID = /\b(?:LAW|CAL|DL|MOD|WF|DOC|REP|IDX|SIP|SVC|CC|TGT|PAR|D)-[1-9]\d*\b/g;

/**
 * The rule IDs a text cites, in order, once each.
 *
 * @internal
 */
export function rulesCitedIn(text: string): readonly string[] {
  const found = text.match(RULE_ID);
  return Object.freeze(found === null ? [] : [...new Set(found)]);
}

/**
 * The rules reference's page in the API documentation (`npm run docs`), relative to its root; a
 * rule's entry is this page with {@link ruleAnchor} as the fragment.
 *
 * @example
 * ```ts
 * import { RULES_REFERENCE_PAGE, ruleAnchor } from "tthc";
 * `${RULES_REFERENCE_PAGE}#${ruleAnchor("CAL-22")}`; // => "documents/Rules_reference_(quy_tắc).html#cal-22"
 * ```
 * @category Errors
 */
export const RULES_REFERENCE_PAGE = "documents/Rules_reference_(quy_tắc).html";

/**
 * Quy tắc — the anchor of a rule ID in the rules reference: the ID in lower case, `CAL-22` →
 * `cal-22`. Rule IDs appear in due-date traces (`TraceStep.rule`), in error messages (collected
 * in {@link TthcError.rules}) and in the test matchers' messages; a host that publishes the
 * reference links each one with `${page}#${ruleAnchor(id)}`.
 *
 * @param rule - A rule ID: `CAL-22`, `DL-8`, `WF-4`, `SIP-7`, `D-3`…
 * @returns The anchor, without `#`.
 * @throws {@link TthcError} `INVALID_OPTION` (path `["rule"]`) for a value that is not a rule ID.
 * @example
 * ```ts
 * import { ruleAnchor } from "tthc";
 * ruleAnchor("CAL-22"); // => "cal-22"
 * ruleAnchor("SIP-7"); // => "sip-7"
 * ```
 * @category Errors
 */
export function ruleAnchor(rule: string): string {
  if (typeof rule !== "string" || rulesCitedIn(rule)[0] !== rule) {
    throw badArgument("rule", "a rule ID (area, hyphen, number)", "một mã quy tắc (lĩnh vực, gạch nối, số)", rule);
  }
  return rule.toLowerCase();
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
 * Hiển thị lỗi cho người dùng. A value that is not a {@link TthcError} (a plain `Error`, `null`,
 * anything a `catch` may hold) renders as the generic "Lỗi không xác định" / "Unexpected error"
 * alone: its own message is neither translated nor meant for end users, so it is left out.
 *
 * @param error - The error (anything caught).
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns One line: generic text, detail and path.
 * @throws {@link TthcError} `INVALID_OPTION` if `lang` is neither `"vi"` nor `"en"` (path `["lang"]`).
 * @example
 * ```ts
 * import { TthcError, formatTthcError } from "tthc";
 * const error = new TthcError("INVALID_DATE", "'2025-02-29' is not a real date", { path: ["start"] });
 * formatTthcError(error, "en"); // => "Invalid date (start): '2025-02-29' is not a real date"
 * formatTthcError(new Error("socket hang up")); // => "Lỗi không xác định"
 * ```
 * @category Errors
 */
export function formatTthcError(error: unknown, lang: "vi" | "en" = "vi"): string {
  if (lang !== "vi" && lang !== "en") throw badArgument("lang", "'vi' or 'en'", "'vi' hoặc 'en'", lang);
  // An object from another copy of the library carries the mark too: read it defensively.
  const e = isTthcError(error) ? (error as Partial<Record<keyof TthcError, unknown>>) : undefined;
  const code = e?.code;
  const detail = lang === "en" ? e?.message : e?.messageVi;
  if (typeof code !== "string" || !Object.hasOwn(ERROR_TEXT, code) || typeof detail !== "string") {
    return lang === "en" ? "Unexpected error" : "Lỗi không xác định";
  }
  const path = Array.isArray(e?.path) ? (e.path as unknown[]) : [];
  const where = path.length > 0 ? ` (${path.map(String).join(".")})` : "";
  return `${ERROR_TEXT[code as TthcErrorCode][lang]}${where}: ${detail}`;
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

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
  | "OUT_OF_RANGE";

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
  /** Vietnamese message; defaults to the code's generic Vietnamese text plus the English detail. */
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
    this.messageVi = options.messageVi ?? `${ERROR_TEXT[code].vi}: ${message}`;
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
  if (lang === "en") return `${ERROR_TEXT[error.code].en}${where}: ${error.message}`;
  const detail = error.messageVi.startsWith(`${ERROR_TEXT[error.code].vi}: `)
    ? error.messageVi.slice(ERROR_TEXT[error.code].vi.length + 2)
    : error.messageVi;
  return `${ERROR_TEXT[error.code].vi}${where}: ${detail}`;
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

/**
 * Mã thủ tục hành chính: parse, test, format and split procedure codes.
 */
import { checkKnownKeys, describe } from "../_internal/checks.js";
import { PROCEDURE_CODE_RE } from "../_internal/codes.js";
import { TthcError } from "../errors.js";
import type { ProcedureCode } from "./ids.js";

function invalid(value: unknown, path: readonly (string | number)[] = []): TthcError {
  return new TthcError("INVALID_PROCEDURE_CODE", `${describe(value)} is not a procedure code D.NNNNNN[.SUFFIX]`, {
    path,
    messageVi: `${describe(value)} không phải mã thủ tục hành chính dạng D.NNNNNN[.HẬU TỐ]`,
    details: { value },
  });
}

/**
 * Mã thủ tục hành chính — validates a procedure code and brands it.
 *
 * @param value - Candidate, e.g. `"1.001193"` or `"1.000948.H38"`.
 * @returns The same text as a {@link ProcedureCode}.
 * @throws {@link tthc!TthcError} `INVALID_PROCEDURE_CODE` if `value` is not `D.NNNNNN` with optional `.SUFFIX` parts (path `[]`).
 * @see DVCQG and provincial records (RULES MOD-10)
 * @example
 * ```ts
 * import { parseProcedureCode } from "tthc/models";
 * parseProcedureCode("1.000948.H38"); // => "1.000948.H38"
 * ```
 * @category Models
 */
export function parseProcedureCode(value: unknown): ProcedureCode {
  if (typeof value === "string" && PROCEDURE_CODE_RE.test(value)) return value as ProcedureCode;
  throw invalid(value);
}

/**
 * Mã thủ tục hành chính — tells whether a value is a procedure code; never throws.
 *
 * @param value - Anything.
 * @returns `true` for `D.NNNNNN` with optional `.SUFFIX` parts.
 * @see DVCQG and provincial records (RULES MOD-10)
 * @example
 * ```ts
 * import { isProcedureCode } from "tthc/models";
 * isProcedureCode("1.001193"); // => true
 * isProcedureCode("1001193"); // => false
 * ```
 * @category Models
 */
export function isProcedureCode(value: unknown): value is ProcedureCode {
  return typeof value === "string" && PROCEDURE_CODE_RE.test(value);
}

/**
 * Thành phần mã thủ tục — the national part of a procedure code and the local suffix a province may add.
 *
 * @example
 * ```ts
 * import type { ProcedureCodeParts } from "tthc/models";
 * const parts: ProcedureCodeParts = { base: "1.000948", localSuffix: "H38" };
 * ```
 * @category Models
 */
export interface ProcedureCodeParts {
  /** `D.NNNNNN` — the national catalogue code. */
  readonly base: string;
  /** Local part(s) after the base, without the leading dot (`"H38"`, `"000.00.00.H38"`). */
  readonly localSuffix?: string;
}

/**
 * Mã thủ tục hành chính — builds a procedure code from its national base and optional local suffix.
 *
 * @param parts - See {@link ProcedureCodeParts}.
 * @returns `base` or `base.localSuffix`.
 * @throws {@link tthc!TthcError} `INVALID_PROCEDURE_CODE` if the base or the suffix has the wrong shape (path `["base"]` or `["localSuffix"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a key other than `base` and `localSuffix` (path: the key).
 * @see RULES MOD-10
 * @example
 * ```ts
 * import { formatProcedureCode } from "tthc/models";
 * formatProcedureCode({ base: "1.000948", localSuffix: "H38" }); // => "1.000948.H38"
 * ```
 * @category Models
 */
export function formatProcedureCode(parts: ProcedureCodeParts): ProcedureCode {
  if (typeof parts !== "object" || parts === null) throw invalid(parts);
  checkKnownKeys(parts, ["base", "localSuffix"]);
  const { base, localSuffix } = parts;
  if (typeof base !== "string" || !/^\d\.\d{6}$/.test(base)) throw invalid(base, ["base"]);
  if (localSuffix === undefined) return base as ProcedureCode;
  // The type first: a template literal would convert any value (and overflow on a deep array).
  const code = typeof localSuffix === "string" ? `${base}.${localSuffix}` : "";
  if (!PROCEDURE_CODE_RE.test(code)) throw invalid(localSuffix, ["localSuffix"]);
  return code as ProcedureCode;
}

/**
 * Mã thủ tục hành chính — splits a procedure code into its national base and local suffix.
 *
 * @param code - A procedure code (a plain string is validated first).
 * @returns `{ base }`, plus `localSuffix` when there is one.
 * @throws {@link tthc!TthcError} `INVALID_PROCEDURE_CODE` if `code` is not a procedure code (path `[]`).
 * @see RULES MOD-10
 * @example
 * ```ts
 * import { decodeProcedureCode } from "tthc/models";
 * decodeProcedureCode("1.000948.H38"); // => { base: "1.000948", localSuffix: "H38" }
 * decodeProcedureCode("1.001193"); // => { base: "1.001193" }
 * ```
 * @category Models
 */
export function decodeProcedureCode(code: ProcedureCode | string): ProcedureCodeParts {
  const valid = parseProcedureCode(code);
  return valid.length === 8 ? { base: valid } : { base: valid.slice(0, 8), localSuffix: valid.slice(9) };
}

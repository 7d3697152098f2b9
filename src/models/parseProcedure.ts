/**
 * Đọc thủ tục hành chính: validate a procedure record at the edge.
 */

import { fromZodError } from "../_internal/zodError.js";
import type { SafeResult } from "../errors.js";
import { Procedure } from "./procedure.js";

/**
 * Thủ tục hành chính — validates a procedure record and returns it typed, with branded codes and dates.
 *
 * @param input - Untrusted data (parsed JSON, a form, a catalogue import). Not mutated.
 * @returns A new, validated {@link Procedure}.
 * @throws {@link tthc!TthcError} `INVALID_PROCEDURE` if the record does not match the schema: unknown key, wrong type, bad code or date, duplicate channel… (`path` of the first issue; the `ZodError` is the `cause`).
 * @throws {@link tthc!TthcError} `INVALID_WORKFLOW` if an internal workflow is out of order or its quotas do not sum to the legal limit (path such as `["internalWorkflows", 0, "steps"]`).
 * @see NĐ 63/2010/NĐ-CP Arts. 8, 15, as amended by NĐ 92/2017/NĐ-CP (RULES MOD-1 to MOD-4, DL-16)
 * @example
 * ```ts
 * import { parseProcedure } from "tthc/models";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * parseProcedure(BIRTH_REGISTRATION).code; // => "1.001193"
 * ```
 * @category Models
 */
export function parseProcedure(input: unknown): Procedure {
  const result = Procedure.safeParse(input);
  if (result.success) return result.data;
  throw fromZodError(result.error, input, "INVALID_PROCEDURE", "procedure", "Thủ tục hành chính");
}

/**
 * Thủ tục hành chính — validates a procedure record without throwing: the safe twin of {@link parseProcedure}.
 *
 * @param input - Untrusted data. Not mutated.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link tthc!TthcError} coded
 * `INVALID_PROCEDURE` or `INVALID_WORKFLOW`, as {@link parseProcedure} would throw.
 * @see NĐ 63/2010/NĐ-CP Arts. 8, 15 (RULES MOD-1 to MOD-4, DL-16)
 * @example
 * ```ts
 * import { safeParseProcedure } from "tthc/models";
 * const result = safeParseProcedure({ code: "1.001193" });
 * result.success; // => false
 * result.success ? null : result.error.code; // => "INVALID_PROCEDURE"
 * ```
 * @category Models
 */
export function safeParseProcedure(input: unknown): SafeResult<Procedure> {
  const result = Procedure.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    error: fromZodError(result.error, input, "INVALID_PROCEDURE", "procedure", "Thủ tục hành chính"),
  };
}

/**
 * Đọc hồ sơ: validate a dossier record at the edge.
 */

import { fromZodError } from "../_internal/zodError.js";
import type { SafeResult } from "../errors.js";
import { Dossier } from "./dossier.js";

/**
 * Hồ sơ — validates a dossier record and returns it typed, with branded codes and dates.
 *
 * @param input - Untrusted data (parsed JSON, a database row). Not mutated.
 * @returns A new, validated {@link Dossier}.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` if the record does not match the schema: unknown key, wrong type, bad code, code not matching agency or receipt date, wrong rule set… (`path` of the first issue; the `ZodError` is the `cause`).
 * @see TT 01/2018/TT-VPCP Art. 19; NĐ 61/2018/NĐ-CP Art. 26; NĐ 118/2025/NĐ-CP (RULES MOD-14, MOD-20, LAW-8)
 * @example
 * ```ts
 * import { parseDossier } from "tthc/models";
 * import { SAMPLE_DOSSIER } from "tthc/fixtures";
 * parseDossier(SAMPLE_DOSSIER).code; // => "000.00.12.H26-230915-0001"
 * ```
 * @category Models
 */
export function parseDossier(input: unknown): Dossier {
  const result = Dossier.safeParse(input);
  if (result.success) return result.data;
  throw fromZodError(result.error, input, "INVALID_DOSSIER", "dossier", "Hồ sơ");
}

/**
 * Hồ sơ — validates a dossier record without throwing: the safe twin of {@link parseDossier}.
 *
 * @param input - Untrusted data. Not mutated.
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link tthc!TthcError} coded
 * `INVALID_DOSSIER`, as {@link parseDossier} would throw.
 * @see TT 01/2018/TT-VPCP Art. 19 (RULES MOD-14, MOD-20)
 * @example
 * ```ts
 * import { safeParseDossier } from "tthc/models";
 * import { SAMPLE_DOSSIER } from "tthc/fixtures";
 * const result = safeParseDossier({ ...SAMPLE_DOSSIER, recievedAt: SAMPLE_DOSSIER.receivedAt });
 * result.success ? null : result.error.path; // => ["recievedAt"]
 * ```
 * @category Models
 */
export function safeParseDossier(input: unknown): SafeResult<Dossier> {
  const result = Dossier.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: fromZodError(result.error, input, "INVALID_DOSSIER", "dossier", "Hồ sơ") };
}

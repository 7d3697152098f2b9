/**
 * Mã trạng thái quốc gia — the national status code of a dossier state, derived.
 */
import { mustBe } from "../_internal/checks.js";
import type { Label } from "../calendar/index.js";
import { NATIONAL_STATUS_CODES, type NationalStatusCode, nationalStatusCodeOf } from "../models/status.js";
import type { DossierState } from "./states.js";

/**
 * Trạng thái quốc gia — the national status code 1–10 of a dossier (models'
 * `nationalStatusCodeOf`) with its label: the listed Vietnamese name and the English meaning.
 *
 * @param state - The dossier state.
 * @returns `{ code, label }`, or `undefined` for a draft (not reported).
 * @remarks Default mapping of RULES WF-31 (UNCONFIRMED): a supplement request at intake is 5, a
 * refusal after acceptance 9.
 * @see Rules reference: [national status codes](../../docs/guides/rules.md#national-status-codes), WF-30, WF-31
 * @example
 * ```ts
 * import { nationalStatusOf } from "tthc/workflow";
 * import type { DossierState } from "tthc/workflow";
 * nationalStatusOf({ status: "interAgency" } as DossierState); // => { code: 4, label: { vi: "Đang xử lý", en: "being processed" } }
 * ```
 * @category Workflow
 */
export function nationalStatusOf(state: DossierState): { code: NationalStatusCode; label: Label } | undefined {
  if (typeof state !== "object" || state === null) {
    throw mustBe("INVALID_DOSSIER", [], "a dossier state", "trạng thái hồ sơ", state);
  }
  const code = nationalStatusCodeOf(state.status);
  const row = NATIONAL_STATUS_CODES.find((r) => r.code === code);
  if (code === undefined || row === undefined) return undefined;
  return { code, label: { vi: row.nameVi, en: row.meaning } };
}

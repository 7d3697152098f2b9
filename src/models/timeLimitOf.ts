/**
 * Thời hạn giải quyết của hồ sơ — the one look-up of the legal time limit that applies to a dossier,
 * shared by the procedure's own checks (internal workflows) and the workflow (receipt, step quotas).
 */
import { checkObject, mustBe } from "../_internal/checks.js";
import type { TimeLimit } from "./common.js";
import type { ChannelOption, Procedure, ProcedureCase } from "./procedure.js";

/**
 * Which time limit: the submission channel and, if the procedure has cases, the case.
 *
 * @example
 * ```ts
 * import type { TimeLimitSelector } from "tthc/models";
 * const selector: TimeLimitSelector = { channel: "online", caseId: "dang-ky-lai" };
 * ```
 * @category Models
 */
export interface TimeLimitSelector {
  /** Kênh nộp — its channel row gives the limit unless the case has its own. */
  readonly channel?: ChannelOption["channel"] | undefined;
  /** Trường hợp — a case with its own limit overrides the channel rows. */
  readonly caseId?: string | undefined;
}

/**
 * Thời hạn giải quyết — the legal time limit of a dossier: the case's own limit when the dossier
 * follows a case that has one, else the limit of its channel row. Without a channel, the limit all
 * channel rows share; `undefined` when they differ, when the channel has no row, or when the case
 * does not exist.
 *
 * @param procedure - The procedure record (its `channels` and `cases`).
 * @param selector - The dossier's channel and case.
 * @returns The time limit, or `undefined` when none applies.
 * @throws {@link tthc!TthcError} `INVALID_PROCEDURE` if `procedure` has no channel rows, or a channel or case row is not an object (path `["procedure", "channels", k]`); `INVALID_OPTION` for a bad selector.
 * @see NĐ 63/2010/NĐ-CP Art. 8 (RULES DL-1, MOD-2, MOD-5)
 * @example
 * ```ts
 * import { timeLimitOf } from "tthc/models";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * timeLimitOf(BIRTH_REGISTRATION, { channel: "direct" }); // => { value: 1, unit: "sameDay" }
 * ```
 * @category Models
 */
export function timeLimitOf(procedure: Procedure, selector: TimeLimitSelector): TimeLimit | undefined {
  const p = checkObject(procedure, ["procedure"], "INVALID_PROCEDURE");
  if (!Array.isArray(p["channels"]) || (p["cases"] !== undefined && !Array.isArray(p["cases"]))) {
    throw mustBe(
      "INVALID_PROCEDURE",
      ["procedure"],
      "a procedure record with channel rows",
      "thủ tục có các dòng kênh nộp",
      procedure,
    );
  }
  // Rows are read by field below: a null row would be a TypeError.
  for (const key of ["channels", "cases"] as const) {
    for (const [k, row] of ((p[key] as unknown[] | undefined) ?? []).entries()) {
      checkObject(row, ["procedure", key, k], "INVALID_PROCEDURE");
    }
  }
  const s = checkObject(selector, ["selector"], "INVALID_OPTION", ["channel", "caseId"]);
  for (const key of ["channel", "caseId"] as const) {
    if (s[key] !== undefined && typeof s[key] !== "string") {
      throw mustBe("INVALID_OPTION", ["selector", key], "a string", "chuỗi", s[key]);
    }
  }
  return limitOf(procedure, selector);
}

/** {@link timeLimitOf} on checked arguments (the procedure's own checks and the workflow). */
export function limitOf(
  procedure: { readonly channels: readonly ChannelOption[]; readonly cases?: readonly ProcedureCase[] | undefined },
  selector: TimeLimitSelector,
): TimeLimit | undefined {
  if (selector.caseId !== undefined) {
    const found = procedure.cases?.find((c) => c.id === selector.caseId);
    if (found === undefined) return undefined;
    if (found.timeLimit !== undefined) return found.timeLimit;
  }
  if (selector.channel !== undefined)
    return procedure.channels.find((row) => row.channel === selector.channel)?.timeLimit;
  const [first, ...rest] = procedure.channels;
  if (first === undefined) return undefined;
  return rest.every((row) => sameTimeLimit(row.timeLimit, first.timeLimit)) ? first.timeLimit : undefined;
}

/** Sum check tolerance for fractional quotas (half days, minutes as hours). */
export const TIME_LIMIT_EPSILON = 1e-9;

/** Whether two limits are the same value in the same unit (no conversion, DL-5). */
export const sameTimeLimit = (a: TimeLimit, b: TimeLimit): boolean =>
  a.unit === b.unit && Math.abs(a.value - b.value) < TIME_LIMIT_EPSILON;

/** Whether a procedure record names the dossier's case (no case asked for counts as found). */
export function hasCase(procedure: Pick<Procedure, "cases">, caseId: string | undefined): boolean {
  return caseId === undefined || (procedure.cases ?? []).some((c) => c.id === caseId);
}

/**
 * Turns a `ZodError` into the one error `tthc` throws, keeping the zod error as `cause`.
 */
import type * as z from "zod";
import { TthcError, type TthcErrorCode } from "../errors.js";

/** A custom zod issue may carry its own code in `params.tthcCode` (e.g. `INVALID_WORKFLOW`). */
export interface TthcIssueParams {
  readonly tthcCode: TthcErrorCode;
}

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  // An unknown key is reported on its object; name the key itself, as `recievedAt` is the bad field.
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) path.push(issue.keys[0] as string);
  return path;
}

function codeOf(issue: z.core.$ZodIssue, fallback: TthcErrorCode): TthcErrorCode {
  if (issue.code !== "custom") return fallback;
  const params = issue.params as Partial<TthcIssueParams> | undefined;
  return typeof params?.tthcCode === "string" ? params.tthcCode : fallback;
}

/**
 * The first issue decides the code (`fallback` unless a custom issue names one) and the `path`;
 * an unknown key is reported first, as a misspelt field (`recievedAt`) also explains the missing one.
 *
 * @param error - What zod reported.
 * @param fallback - Code for ordinary schema issues (`INVALID_PROCEDURE`, `INVALID_DOSSIER`…).
 * @param what - English noun for the message ("procedure").
 * @param whatVi - Vietnamese noun for the message ("thủ tục hành chính").
 */
export function fromZodError(error: z.ZodError, fallback: TthcErrorCode, what: string, whatVi: string): TthcError {
  const first = error.issues.find((issue) => issue.code === "unrecognized_keys") ?? error.issues[0];
  if (first === undefined)
    return new TthcError(fallback, `invalid ${what}`, { messageVi: `${whatVi} không hợp lệ`, cause: error });
  const path = pathOf(first);
  const where = path.length > 0 ? path.join(".") : "(root)";
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : "";
  return new TthcError(codeOf(first, fallback), `invalid ${what} at ${where}: ${first.message}${more}`, {
    path,
    messageVi: `${whatVi} không hợp lệ tại ${where}: ${first.message}${more}`,
    details: { issues: error.issues.length },
    cause: error,
  });
}

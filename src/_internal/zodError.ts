/**
 * Turns a `ZodError` into the one error `tthc` throws, keeping the zod error as `cause`.
 */
import * as z from "zod";
import { TthcError, type TthcErrorCode } from "../errors.js";

/**
 * What a custom zod issue may carry in `params`: its own code (`INVALID_WORKFLOW`) and the Vietnamese
 * of its English `message`.
 */
export interface TthcIssueParams {
  readonly tthcCode?: TthcErrorCode;
  /** The issue in Vietnamese (NFC), for `messageVi`. */
  readonly vi?: string;
}

/** Vietnamese of the English messages given to zod's own checks (`.regex(RE, message)`), which take no `params`. */
const VIETNAMESE = new Map<string, string>();

/**
 * The English `message` of a zod check, with its Vietnamese kept for `messageVi`.
 *
 * @example `z.string().regex(RE, bilingual("expected 12 digits", "cần đúng 12 chữ số"))`
 */
export function bilingual(en: string, vi: string): string {
  VIETNAMESE.set(en, vi);
  return en;
}

let localeError: z.core.$ZodErrorMap | undefined;

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  // An unknown key is reported on its object; name the key itself, as `recievedAt` is the bad field.
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) path.push(issue.keys[0] as string);
  return path;
}

function paramsOf(issue: z.core.$ZodIssue): TthcIssueParams | undefined {
  return issue.code === "custom" ? (issue.params as TthcIssueParams | undefined) : undefined;
}

/** The value zod read at `path` (our schemas transform nothing, so it is the input's own). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  try {
    for (const key of path) {
      if (typeof value !== "object" || value === null) return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
  } catch {
    return undefined; // a getter that throws now: zod's own issue says enough
  }
  return value;
}

/** The issue in Vietnamese: its own text, else zod's Vietnamese locale (called here, never set globally). */
function vietnameseOf(issue: z.core.$ZodIssue, root: unknown): string {
  const own = paramsOf(issue)?.vi ?? VIETNAMESE.get(issue.message);
  if (typeof own === "string") return own;
  // zod ships its Vietnamese locale from 4.0; if an older build lacks it, the generic text stays Vietnamese.
  localeError ??= typeof z.locales?.vi === "function" ? z.locales.vi().localeError : () => undefined;
  // The locale names what was received from the issue's input, which zod drops from finished issues.
  const raw = { ...issue, input: valueAt(root, issue.path) } as z.core.$ZodRawIssue;
  const text = localeError(raw);
  return (typeof text === "string" ? text : text?.message) ?? "Đầu vào không hợp lệ";
}

/**
 * The first issue decides the code (`fallback` unless a custom issue names one) and the `path`;
 * an unknown key is reported first, as a misspelt field (`recievedAt`) also explains the missing one.
 *
 * @param error - What zod reported.
 * @param input - The value that was parsed: the Vietnamese locale reads the received value from it.
 * @param fallback - Code for ordinary schema issues (`INVALID_PROCEDURE`, `INVALID_DOSSIER`…).
 * @param what - English noun for the message ("procedure").
 * @param whatVi - Vietnamese noun for the message ("thủ tục hành chính").
 */
export function fromZodError(
  error: z.ZodError,
  input: unknown,
  fallback: TthcErrorCode,
  what: string,
  whatVi: string,
): TthcError {
  const first = error.issues.find((issue) => issue.code === "unrecognized_keys") ?? error.issues[0];
  if (first === undefined)
    return new TthcError(fallback, `invalid ${what}`, { messageVi: `${whatVi} không hợp lệ`, cause: error });
  const path = pathOf(first);
  const where = path.length > 0 ? path.join(".") : "(root)";
  const whereVi = path.length > 0 ? where : "(gốc)";
  const others = error.issues.length - 1;
  const more = others > 0 ? ` (+${others} more)` : "";
  const moreVi = others > 0 ? ` (và ${others} lỗi khác)` : "";
  const tthcCode = paramsOf(first)?.tthcCode;
  return new TthcError(
    typeof tthcCode === "string" ? tthcCode : fallback,
    `invalid ${what} at ${where}: ${first.message}${more}`,
    {
      path,
      messageVi: `${whatVi} không hợp lệ tại ${whereVi}: ${vietnameseOf(first, input)}${moreVi}`,
      details: { issues: error.issues.length },
      cause: error,
    },
  );
}

import { checkIterable } from "../_internal/checks.js";
import { isTthcError, type SafeResult } from "../errors.js";
import {
  createSipasAccumulator,
  type SipasOptions,
  type SipasResponse,
  type SipasResult,
} from "./createSipasAccumulator.js";

/**
 * Computes SIPAS — Chỉ số hài lòng về sự phục vụ hành chính — from survey responses: criterion
 * index = satisfied ÷ valid answers × 100 (SIP-4), element index = mean of its criteria (SIP-5), unit
 * index = (weighted) mean of the five elements (SIP-6), by province or agency, and the overall figure
 * as the mean of units (default) or pooled (SIP-7).
 *
 * @param responses - The responses (any iterable, read once).
 * @param options - See {@link SipasOptions}.
 * @returns Indices rounded once at the end, with every invalid response counted and listed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a bad option.
 * @throws {@link tthc!TthcError} `INVALID_SURVEY_RESPONSE` if `responses` is not an iterable (path `[]`), or for an invalid response with `onInvalid: 'throw'` (path starts with its index).
 * @remarks SIP-3 to SIP-7 are UNCONFIRMED (see {@link createSipasAccumulator}); the national
 * figure published by BNV is not the mean of the published element indices (SIP-7).
 * @see QĐ 2640/QĐ-BNV (2017); QĐ 1001/QĐ-BNV (2023); RULES SIP-1 to SIP-10
 * @example
 * ```ts
 * import { computeSipas } from "tthc/indices";
 * const result = computeSipas([
 *   { answers: { "access.1": 5, "access.2": 4, "access.3": 2 } },
 *   { answers: { "access.1": 3, "access.2": 4, "access.3": 5 } },
 * ]);
 * result.units[0]?.criteria[0]?.index; // => 50
 * result.overall.elements["access"]; // => 66.67
 * result.overall.index; // => 66.67
 * ```
 * @category Indices
 */
export function computeSipas(responses: Iterable<SipasResponse>, options: SipasOptions = {}): SipasResult {
  const accumulator = createSipasAccumulator(options);
  const list = checkIterable<SipasResponse>(
    responses,
    "INVALID_SURVEY_RESPONSE",
    "an iterable of survey responses (an array)",
    "danh sách phiếu khảo sát (mảng)",
  );
  let i = 0;
  for (const response of list) accumulator.add(response, i++);
  return accumulator.result();
}

/**
 * {@link computeSipas} that never throws a {@link tthc!TthcError}: `{ success: true, data }` or `{ success: false, error }`
 * (an error thrown by the caller's own iterator passes through).
 *
 * @param responses - The responses.
 * @param options - See {@link SipasOptions}.
 * @returns The result, or the {@link tthc!TthcError}.
 * @example
 * ```ts
 * import { safeComputeSipas } from "tthc/indices";
 * const r = safeComputeSipas([], { by: "district" as "province" });
 * r.success ? null : r.error.code; // => "INVALID_OPTION"
 * ```
 * @category Indices
 */
export function safeComputeSipas(
  responses: Iterable<SipasResponse>,
  options: SipasOptions = {},
): SafeResult<SipasResult> {
  try {
    return { success: true, data: computeSipas(responses, options) };
  } catch (error) {
    if (isTthcError(error)) return { success: false, error };
    throw error;
  }
}

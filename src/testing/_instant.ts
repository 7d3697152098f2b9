/**
 * Instants written by hand in tests and spreadsheets: `2026-02-13T16:30+07:00`, or
 * `2026-02-13T16:30` read as Vietnam time, made into the library's canonical form.
 */
import { formatVietnamInstant, toInstantMs, toVietnamLocal } from "../_internal/instant.js";

const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * `YYYY-MM-DDTHH:mm:ss+07:00` for an ISO instant (seconds optional); one without an offset is read
 * in Asia/Ho_Chi_Minh (RULES CAL-15). Throws `INVALID_INSTANT` / `OUT_OF_RANGE` with `path`.
 */
export function canonicalInstant(value: string | Date, path: readonly (string | number)[]): string {
  const text =
    typeof value === "string" && NO_ZONE.test(value.trim()) ? `${value.trim().replace(" ", "T")}+07:00` : value;
  return formatVietnamInstant(toVietnamLocal(toInstantMs(typeof text === "string" ? text.trim() : text, path)));
}

/** The Vietnam calendar date `YYYY-MM-DD` of an instant. */
export { vietnamDateOf } from "../_internal/instant.js";

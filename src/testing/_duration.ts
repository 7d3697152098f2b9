/** Durations written in a cell, in the library's one grammar (`parseDuration`): `3 workingDays`, `3 ngày làm việc`, `3d`… */
import { type Duration, parseDuration } from "../deadline/index.js";
import { isTthcError, TthcError } from "../errors.js";

/** A `Duration` from `{ value, unit }` or text; throws `INVALID_SCENARIO` at `path`. */
export function readDuration(value: unknown, path: readonly (string | number)[]): Duration {
  if (typeof value === "object" && value !== null) return value as Duration; // computeDueDate checks it
  try {
    return parseDuration(value as string);
  } catch (error) {
    if (!isTthcError(error)) throw error;
    throw new TthcError("INVALID_SCENARIO", error.message, {
      path,
      messageVi: error.messageVi,
      cause: error,
      ...(error.details === undefined ? {} : { details: error.details }),
    });
  }
}

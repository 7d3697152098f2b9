/** Test helpers: catching a TthcError and deep-freezing inputs. */
import { expect } from "vitest";
import { isTthcError, type TthcError, type TthcErrorCode } from "../../src/errors.js";

/** Runs `fn`, expects it to throw a TthcError (checked by its mark), and returns the error. */
export function catchTthc(fn: () => unknown): TthcError {
  try {
    fn();
  } catch (error) {
    if (isTthcError(error)) return error;
    throw new Error(`expected a TthcError, got ${String(error)}`);
  }
  throw new Error("expected a TthcError, nothing was thrown");
}

/** Expects `fn` to throw a TthcError with this code and path. */
export function expectTthc(fn: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]): TthcError {
  const error = catchTthc(fn);
  expect({ code: error.code, path: [...error.path] }).toEqual({ code, path: [...path] });
  return error;
}

/** Freezes a plain value and everything reachable from it (arrays and plain objects). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

import { expect } from "vitest";
import { isTthcError, type TthcErrorCode } from "../../src/errors.js";

/** Freezes a value and everything it holds, so a test can prove it is not mutated. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A deep, mutable copy of JSON-like data. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Runs `fn`, expects a TthcError with `code` and `path`, and returns it. */
export function expectTthcError(fn: () => unknown, code: TthcErrorCode, path: readonly (string | number)[]) {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isTthcError(caught), `expected a TthcError ${code}, got ${String(caught)}`).toBe(true);
  if (!isTthcError(caught)) throw new Error("unreachable");
  expect({ code: caught.code, path: caught.path }).toEqual({ code, path });
  expect(caught.message.length).toBeGreaterThan(0);
  expect(caught.messageVi.length).toBeGreaterThan(0);
  return caught;
}

/** Awaits `promise`, expects it to reject with a TthcError with `code` and `path`, and returns it. */
export async function expectTthcRejection(
  promise: Promise<unknown>,
  code: TthcErrorCode,
  path: readonly (string | number)[],
) {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(isTthcError(caught), `expected a TthcError ${code}, got ${String(caught)}`).toBe(true);
  if (!isTthcError(caught)) throw new Error("unreachable");
  expect({ code: caught.code, path: caught.path }).toEqual({ code, path });
  return caught;
}

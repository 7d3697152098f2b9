/**
 * Private argument checks shared by the indices and the report: counts, options, choices. Never re-exported.
 */

import { TthcError } from "../errors.js";
import { describe } from "./epochDay.js";

/** A count: a finite, non-negative whole number. */
export function checkCount(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new TthcError("INVALID_COUNT", `${path.join(".")} must be a whole number ≥ 0, got ${describe(value)}`, {
      path,
      messageVi: `${path.join(".")} phải là số nguyên không âm, nhận được ${describe(value)}`,
      details: { value },
    });
  }
  return value;
}

/** A part of a total: a count no larger than `total`. */
export function checkPart(
  value: unknown,
  total: number,
  path: readonly (string | number)[],
  totalName: string,
): number {
  const n = checkCount(value, path);
  if (n > total) {
    throw new TthcError("INVALID_COUNT", `${path.join(".")} (${n}) is larger than ${totalName} (${total})`, {
      path,
      messageVi: `${path.join(".")} (${n}) lớn hơn ${totalName} (${total})`,
      details: { value: n, total },
    });
  }
  return n;
}

/** A finite, non-negative amount (hours, VND, weights). */
export function checkAmount(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TthcError("INVALID_COUNT", `${path.join(".")} must be a finite number ≥ 0, got ${describe(value)}`, {
      path,
      messageVi: `${path.join(".")} phải là số hữu hạn không âm, nhận được ${describe(value)}`,
      details: { value },
    });
  }
  return value;
}

/** An option that must be one of `allowed`. */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], path: readonly string[]): T {
  if (!allowed.includes(value as T)) {
    throw new TthcError(
      "INVALID_OPTION",
      `${path.join(".")} must be one of ${allowed.join(", ")}, got ${describe(value)}`,
      {
        path,
        messageVi: `${path.join(".")} phải là một trong ${allowed.join(", ")}, nhận được ${describe(value)}`,
        details: { value },
      },
    );
  }
  return value as T;
}

/** Throws `INVALID_OPTION` for a key of `options` not in `known`. */
export function checkKnownKeys(options: object, known: readonly string[], path: readonly string[] = []): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TthcError("INVALID_OPTION", `unknown option '${key}'`, {
        path: [...path, key],
        messageVi: `tùy chọn không được hỗ trợ '${key}'`,
      });
    }
  }
}

/** An object argument (not `null`, not an array). */
export function checkObject(
  value: unknown,
  path: readonly (string | number)[],
  code: "INVALID_COUNT" | "INVALID_OPTION",
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TthcError(code, `expected an object, got ${describe(value)}`, {
      path,
      messageVi: `cần một đối tượng, nhận được ${describe(value)}`,
    });
  }
  return value as Record<string, unknown>;
}

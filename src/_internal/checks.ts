/**
 * Private argument checks shared by every module: one shape of message per kind of mistake, written
 * once in both languages, so that a bundle carries each phrase once. Never re-exported.
 */

import { TthcError, type TthcErrorCode } from "../errors.js";

/** Path of a field in the input (`["duration", "value"]`); `[]` for the input itself. */
export type Path = readonly (string | number)[];

/**
 * The argument error: `<field> must be <expected>, got <value>` in English and
 * `<field> phải là <expected>, nhận được <value>` in Vietnamese. Leave out `got` when the value
 * says nothing more (a missing field, a rule across fields).
 *
 * @param code - Stable error code.
 * @param path - Where the field is; its dotted form names it in the message.
 * @param en - What was expected, in English ("a whole number").
 * @param vi - The same in Vietnamese ("số nguyên").
 * @param got - The value received, shown and kept in `details.value`.
 */
export function mustBe(code: TthcErrorCode, path: Path, en: string, vi: string, ...got: [unknown?]): TthcError {
  const field = path.join(".");
  const shown = got.length > 0 ? describe(got[0]) : "";
  return new TthcError(code, `${field || "input"} must be ${en}${shown && `, got ${shown}`}`, {
    path,
    messageVi: `${field || "đầu vào"} phải là ${vi}${shown && `, nhận được ${shown}`}`,
    ...(got.length > 0 ? { details: { value: got[0] } } : {}),
  });
}

/** Throws for the first key of `value` not in `known` (a misspelt option, say), with its path. */
export function checkKnownKeys(
  value: object,
  known: readonly string[],
  path: Path = [],
  code: TthcErrorCode = "INVALID_OPTION",
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TthcError(code, `unknown key '${key}'`, {
        path: [...path, key],
        messageVi: `khóa không được hỗ trợ '${key}'`,
      });
    }
  }
}

/** Whether a value is a plain record: an object, not `null`, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An object argument (not `null`, not an array); with `known`, also refuses unknown keys.
 *
 * @param en - What the object should look like, in English (defaults to "an object").
 * @param vi - The same in Vietnamese.
 */
export function checkObject(
  value: unknown,
  path: Path,
  code: TthcErrorCode,
  known?: readonly string[],
  en = "an object",
  vi = "một đối tượng",
): Record<string, unknown> {
  if (!isRecord(value)) throw mustBe(code, path, en, vi, value);
  if (known !== undefined) checkKnownKeys(value, known, path, code);
  return value;
}

/** An option that must be one of `allowed`. */
export function checkChoice<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: Path,
  code: TthcErrorCode = "INVALID_OPTION",
): T {
  if (!allowed.includes(value as T)) {
    const list = allowed.join(", ");
    throw mustBe(code, path, `one of ${list}`, `một trong ${list}`, value);
  }
  return value as T;
}

/** A whole number, within `min`–`max` when they are given. */
export function checkInteger(
  value: unknown,
  path: Path,
  code: TthcErrorCode,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  const bounded = min !== Number.NEGATIVE_INFINITY;
  throw mustBe(
    code,
    path,
    bounded ? `an integer in ${min}–${max}` : "an integer",
    bounded ? `số nguyên từ ${min} đến ${max}` : "số nguyên",
    value,
  );
}

/**
 * Options: `undefined` for none, else an object (not `null`, not an array) whose keys are all in
 * `known`; `INVALID_OPTION` otherwise, with the unknown key's path.
 */
export function checkOptions(value: unknown, known: readonly string[], path: Path = []): Record<string, unknown> {
  if (value === undefined) return {};
  return checkObject(value, path, "INVALID_OPTION", known, "an object of options", "một đối tượng tùy chọn");
}

/**
 * A count: a non-negative whole number that a double holds exactly (≤ 2⁵³ − 1), so that sums and
 * ratios of counts stay exact and finite.
 */
export function checkCount(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw mustBe("INVALID_COUNT", path, "a whole number ≥ 0", "số nguyên không âm", value);
  }
  if (value > Number.MAX_SAFE_INTEGER) {
    throw mustBe("INVALID_COUNT", path, "a whole number ≤ 2^53 − 1", "số nguyên ≤ 2^53 − 1", value);
  }
  return value;
}

/** A part of a total: a count no larger than `total`. */
export function checkPart(value: unknown, total: number, path: Path, totalName: string): number {
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
export function checkAmount(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw mustBe("INVALID_COUNT", path, "a finite number ≥ 0", "số hữu hạn không âm", value);
  }
  return value;
}

/**
 * A list of records to read one by one: any iterable but a string (whose characters would each be
 * refused as a record), else `code` at path `[]`.
 */
export function checkIterable<T>(value: unknown, code: TthcErrorCode, en: string, vi: string): Iterable<T> {
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    throw mustBe(code, [], en, vi, value);
  }
  return value as Iterable<T>;
}

/** A finite number (any sign). */
export function checkFinite(value: unknown, path: Path, code: TthcErrorCode = "INVALID_COUNT"): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw mustBe(code, path, "a finite number", "số hữu hạn", value);
  }
  return value;
}

/**
 * A computed result that must be finite: finite inputs whose product or sum overflows a double
 * (`1e308 × 100`) are refused with `OUT_OF_RANGE` rather than returned as `Infinity`.
 */
export function checkResult(value: number, path: Path, what: string, whatVi: string): number {
  if (!Number.isFinite(value)) {
    throw new TthcError("OUT_OF_RANGE", `${what} overflows a finite number`, {
      path,
      messageVi: `${whatVi} vượt quá phạm vi số hữu hạn`,
      details: { value },
    });
  }
  return value;
}

/** A bad value shown in an error message, in code notation so that it reads the same in both languages (`[7]`, `"x"`, `{…}`). */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) {
    const shown =
      value.length > 6
        ? "…"
        : value.map((item) => (item !== null && typeof item === "object" ? "{…}" : describe(item))).join(", ");
    return `[${shown}]`;
  }
  if (value !== null && typeof value === "object") return "{…}";
  return typeof value === "function" ? "function" : String(value);
}

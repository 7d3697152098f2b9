/**
 * Số định danh cá nhân (CCCD): parse, test, decode, format and redact 12-digit citizen numbers.
 */
import { checkKnownKeys, checkOptions, describe } from "../_internal/checks.js";
import { CITIZEN_ID_RE } from "../_internal/codes.js";
import { TthcError } from "../errors.js";
import type { CitizenId } from "./ids.js";

/**
 * Hàm kiểm tra số định danh — a citizen-number validator: `true` to accept the text.
 *
 * @example
 * ```ts
 * import type { CitizenIdValidator } from "tthc/models";
 * const onlyHanoiBirths: CitizenIdValidator = (text) => /^001\d{9}$/.test(text);
 * ```
 * @category Models
 */
export type CitizenIdValidator = (text: string) => boolean;

/**
 * Kiểm tra mặc định — the default citizen-number validator: the structure only, twelve digits.
 *
 * @remarks UNCONFIRMED (RULES MOD-28): no source was checked; DECISIONS D-7 sets this default.
 * @example
 * ```ts
 * import { DEFAULT_CITIZEN_ID_VALIDATOR } from "tthc/models";
 * DEFAULT_CITIZEN_ID_VALIDATOR("001203012345"); // => true
 * ```
 * @see TT 07/2016/TT-BCA; TT 59/2021/TT-BCA (article not re-checked; DECISIONS D-7)
 * @category Models
 */
export const DEFAULT_CITIZEN_ID_VALIDATOR: CitizenIdValidator = (text) =>
  // `typeof` first: `RegExp#test` converts a non-string (and a 10,000-deep array overflows the stack).
  typeof text === "string" && CITIZEN_ID_RE.test(text);

/**
 * Tùy chọn số định danh — options of {@link parseCitizenId} and {@link isCitizenId}.
 *
 * @example
 * ```ts
 * import type { CitizenIdOptions } from "tthc/models";
 * const options: CitizenIdOptions = { validate: (text) => /^\d{12}$/.test(text) };
 * ```
 * @category Models
 */
export interface CitizenIdOptions {
  /**
   * Replacement validator (for a stricter check, or another ID kind).
   * @defaultValue {@link DEFAULT_CITIZEN_ID_VALIDATOR} (twelve digits)
   */
  readonly validate?: CitizenIdValidator;
}

function validatorOf(options: CitizenIdOptions | undefined): CitizenIdValidator {
  if (options === undefined || options === null) return DEFAULT_CITIZEN_ID_VALIDATOR; // null: none (a tested choice)
  // An array or a misspelt `validate` would silently fall back to the default.
  const validate = checkOptions(options, ["validate"])["validate"];
  if (validate === undefined) return DEFAULT_CITIZEN_ID_VALIDATOR;
  if (typeof validate === "function") return validate as CitizenIdValidator;
  throw new TthcError("INVALID_OPTION", `validate must be a function (text) => boolean, got ${describe(validate)}`, {
    path: ["validate"],
    messageVi: `validate phải là hàm (text) => boolean, nhận được ${describe(validate)}`,
  });
}

function invalid(value: unknown, path: readonly (string | number)[] = [], why = "is not a citizen number"): TthcError {
  const shown = typeof value === "string" && CITIZEN_ID_RE.test(value) ? redact(value) : describe(value);
  return new TthcError("INVALID_CITIZEN_ID", `${shown} ${why}`, {
    path,
    messageVi: `${shown} không phải số định danh cá nhân hợp lệ`,
  });
}

/**
 * Số định danh cá nhân (CCCD) — validates a citizen identity number and brands it.
 *
 * @param value - Candidate, e.g. `"001203012345"`.
 * @param options - `validate` replaces the default twelve-digit check.
 * @returns The same text as a {@link CitizenId}.
 * @throws {@link tthc!TthcError} `INVALID_CITIZEN_ID` if `value` is not a string the validator accepts (path `[]`). The message shows the number redacted.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options.validate` is given but is not a function (path `["validate"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options` is not an object or has another key (path `[]` or the key).
 * @remarks The twelve-digit rule is UNCONFIRMED (RULES MOD-28); DECISIONS D-7 keeps it replaceable.
 * @see TT 07/2016/TT-BCA; TT 59/2021/TT-BCA (DECISIONS D-7)
 * @example
 * ```ts
 * import { parseCitizenId } from "tthc/models";
 * parseCitizenId("001203012345"); // => "001203012345"
 * ```
 * @category Models
 */
export function parseCitizenId(value: unknown, options: CitizenIdOptions = {}): CitizenId {
  const validate = validatorOf(options);
  if (typeof value === "string" && validate(value)) return value as CitizenId;
  throw invalid(value);
}

/**
 * Số định danh cá nhân — tells whether a value is a citizen identity number; never throws for any value.
 *
 * @param value - Anything.
 * @param options - `validate` replaces the default twelve-digit check.
 * @returns `true` when the validator accepts it.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options.validate` is given but is not a function (path `["validate"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `options` is not an object or has another key (path `[]` or the key).
 * @remarks UNCONFIRMED structure (RULES MOD-28, DECISIONS D-7).
 * @see DECISIONS D-7
 * @example
 * ```ts
 * import { isCitizenId } from "tthc/models";
 * isCitizenId("001203012345"); // => true
 * isCitizenId("0012030123"); // => false
 * ```
 * @category Models
 */
export function isCitizenId(value: unknown, options: CitizenIdOptions = {}): value is CitizenId {
  const validate = validatorOf(options);
  return typeof value === "string" && validate(value);
}

/**
 * Thành phần số định danh — what a 12-digit citizen number encodes (DECISIONS D-7).
 *
 * @example
 * ```ts
 * import type { CitizenIdParts } from "tthc/models";
 * const parts: CitizenIdParts = { provinceCode: "001", sex: "female", birthYear: 2003, serial: "012345" };
 * ```
 * @category Models
 */
export interface CitizenIdParts {
  /** Digits 1–3: code of the province where the birth was registered. */
  readonly provinceCode: string;
  /** Digit 4, even or odd: `male` or `female`. */
  readonly sex: "male" | "female";
  /** Birth year: century from digit 4, last two digits from digits 5–6 (1900–2399). */
  readonly birthYear: number;
  /** Digits 7–12: random. */
  readonly serial: string;
}

/**
 * Giải mã số định danh cá nhân — decodes a citizen number: province code (digits 1–3), sex and century
 * (digit 4: 0/1 20th century male/female, 2/3 21st, 4/5 22nd, …), birth year (digits 5–6) and the
 * random serial (digits 7–12).
 *
 * @param id - A 12-digit citizen number.
 * @returns Its parts.
 * @throws {@link tthc!TthcError} `INVALID_CITIZEN_ID` if `id` is not twelve digits (path `[]`).
 * @remarks The structure is UNCONFIRMED (RULES MOD-28): DECISIONS D-7 gives the widely published
 * layout of TT 07/2016/TT-BCA and TT 59/2021/TT-BCA, article not re-checked. Province codes are not
 * checked against a table.
 * @see TT 07/2016/TT-BCA; TT 59/2021/TT-BCA (DECISIONS D-7)
 * @example
 * ```ts
 * import { decodeCitizenId } from "tthc/models";
 * decodeCitizenId("001203012345"); // => { provinceCode: "001", sex: "male", birthYear: 2003, serial: "012345" }
 * decodeCitizenId("079090000001").birthYear; // => 1990
 * ```
 * @category Models
 */
export function decodeCitizenId(id: CitizenId | string): CitizenIdParts {
  if (typeof id !== "string" || !CITIZEN_ID_RE.test(id)) throw invalid(id, [], "is not a 12-digit citizen number");
  const digit4 = id.charCodeAt(3) - 48;
  return {
    provinceCode: id.slice(0, 3),
    sex: digit4 % 2 === 0 ? "male" : "female",
    birthYear: 1900 + Math.floor(digit4 / 2) * 100 + Number(id.slice(4, 6)),
    serial: id.slice(6),
  };
}

/**
 * Số định danh cá nhân — builds a citizen number from its parts; the inverse of {@link decodeCitizenId}.
 *
 * @param parts - Province code (3 digits), sex, birth year (1900–2399) and serial (6 digits).
 * @returns The 12-digit number.
 * @throws {@link tthc!TthcError} `INVALID_CITIZEN_ID` if a part has the wrong shape or the year is outside 1900–2399 (path `["provinceCode"]`, `["sex"]`, `["birthYear"]` or `["serial"]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a key other than the four parts (path: the key).
 * @remarks Structure UNCONFIRMED (RULES MOD-28, DECISIONS D-7).
 * @see DECISIONS D-7
 * @example
 * ```ts
 * import { formatCitizenId } from "tthc/models";
 * formatCitizenId({ provinceCode: "001", sex: "female", birthYear: 2003, serial: "012345" }); // => "001303012345"
 * ```
 * @category Models
 */
export function formatCitizenId(parts: CitizenIdParts): CitizenId {
  if (typeof parts !== "object" || parts === null) throw invalid(parts);
  checkKnownKeys(parts, ["provinceCode", "sex", "birthYear", "serial"]);
  const { provinceCode, sex, birthYear, serial } = parts;
  if (typeof provinceCode !== "string" || !/^\d{3}$/.test(provinceCode)) {
    throw invalid(provinceCode, ["provinceCode"], "is not a 3-digit province code");
  }
  if (sex !== "male" && sex !== "female") throw invalid(sex, ["sex"], "is not 'male' or 'female'");
  if (typeof birthYear !== "number" || !Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2399) {
    throw invalid(birthYear, ["birthYear"], "is not a birth year 1900-2399");
  }
  if (typeof serial !== "string" || !/^\d{6}$/.test(serial)) throw invalid(serial, ["serial"], "is not 6 digits");
  const digit4 = Math.floor((birthYear - 1900) / 100) * 2 + (sex === "female" ? 1 : 0);
  const yy = String(birthYear % 100).padStart(2, "0");
  return `${provinceCode}${digit4}${yy}${serial}` as CitizenId;
}

function redact(text: string): string {
  return `${text.slice(0, 3)}******${text.slice(9)}`;
}

/**
 * Che số định danh — a citizen number for logs: the first three digits (province code) and the last
 * three kept, the six between masked (`001******345`), so sex, birth year and most of the serial do
 * not leak.
 *
 * @param id - A 12-digit citizen number.
 * @returns `NNN******NNN`.
 * @throws {@link tthc!TthcError} `INVALID_CITIZEN_ID` if `id` is not twelve digits (path `[]`).
 * @see DECISIONS D-7 (structure of the number)
 * @example
 * ```ts
 * import { redactCitizenId } from "tthc/models";
 * redactCitizenId("001203012345"); // => "001******345"
 * ```
 * @category Models
 */
export function redactCitizenId(id: CitizenId | string): string {
  if (typeof id !== "string" || !CITIZEN_ID_RE.test(id)) throw invalid(id, [], "is not a 12-digit citizen number");
  return redact(id);
}

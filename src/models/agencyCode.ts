/**
 * Mã định danh cơ quan: parse, test, format and decode agency identifiers.
 */
import { checkKnownKeys, describe } from "../_internal/checks.js";
import { AGENCY_CODE_RE } from "../_internal/codes.js";
import { TthcError } from "../errors.js";
import type { AgencyCode } from "./ids.js";

function invalid(value: unknown, path: readonly (string | number)[] = []): TthcError {
  return new TthcError("INVALID_AGENCY_CODE", `${describe(value)} is not an agency code NNN.NN.NN.XNN`, {
    path,
    messageVi: `${describe(value)} không phải mã định danh cơ quan dạng NNN.NN.NN.XNN`,
    details: { value },
  });
}

/**
 * Mã định danh cơ quan — validates an agency identifier and brands it.
 *
 * @param value - Candidate, e.g. `"000.00.12.H26"`.
 * @returns The same text as an {@link AgencyCode}.
 * @throws {@link tthc!TthcError} `INVALID_AGENCY_CODE` if `value` is not `NNN.NN.NN.XNN` (path `[]`).
 * @see QCVN 102:2016/BTTTT (RULES MOD-11)
 * @example
 * ```ts
 * import { parseAgencyCode } from "tthc/models";
 * parseAgencyCode("000.00.12.H26"); // => "000.00.12.H26"
 * ```
 * @category Models
 */
export function parseAgencyCode(value: unknown): AgencyCode {
  if (typeof value === "string" && AGENCY_CODE_RE.test(value)) return value as AgencyCode;
  throw invalid(value);
}

/**
 * Mã định danh cơ quan — tells whether a value is an agency identifier; never throws.
 *
 * @param value - Anything.
 * @returns `true` for `NNN.NN.NN.XNN`.
 * @see QCVN 102:2016/BTTTT (RULES MOD-11)
 * @example
 * ```ts
 * import { isAgencyCode } from "tthc/models";
 * isAgencyCode("000.00.12.H26"); // => true
 * isAgencyCode("H26"); // => false
 * ```
 * @category Models
 */
export function isAgencyCode(value: unknown): value is AgencyCode {
  return typeof value === "string" && AGENCY_CODE_RE.test(value);
}

/**
 * Các cấp của mã định danh — the four levels of an agency identifier, each as written in the code.
 *
 * @example
 * ```ts
 * import type { AgencyCodeParts } from "tthc/models";
 * const parts: AgencyCodeParts = { level1: "H26", level2: "12" };
 * ```
 * @category Models
 */
export interface AgencyCodeParts {
  /** `MX1X2` — level-1 unit: a letter and two digits (`G..` ministries, `H..` provinces). */
  readonly level1: string;
  /** `Y1Y2` — level-2 unit, `"00"` (or omitted) when unused. A number is zero-padded. */
  readonly level2?: string | number;
  /** `Z1Z2` — level-3 unit, `"00"` (or omitted) when unused. */
  readonly level3?: string | number;
  /** `V1V2V3` — level-4 unit, `"000"` (or omitted) when unused. */
  readonly level4?: string | number;
}

function part(value: string | number | undefined, width: number, key: string): string {
  if (value === undefined) return "0".repeat(width);
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value < 10 ** width) return String(value).padStart(width, "0");
  } else if (typeof value === "string" && value.length === width && /^\d+$/.test(value)) {
    return value;
  }
  throw invalid(value, [key]);
}

/**
 * Mã định danh cơ quan — builds an agency identifier from its levels; unused levels are zero-filled.
 *
 * @param parts - Levels 1 to 4; see {@link AgencyCodeParts}.
 * @returns `V1V2V3.Z1Z2.Y1Y2.MX1X2`.
 * @throws {@link tthc!TthcError} `INVALID_AGENCY_CODE` if a level has the wrong shape (path `["level2"]`…).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a key other than `level1`…`level4` (path: the key).
 * @see QCVN 102:2016/BTTTT (RULES MOD-12)
 * @example
 * ```ts
 * import { formatAgencyCode } from "tthc/models";
 * formatAgencyCode({ level1: "H26", level2: 12 }); // => "000.00.12.H26"
 * ```
 * @category Models
 */
export function formatAgencyCode(parts: AgencyCodeParts): AgencyCode {
  if (typeof parts !== "object" || parts === null) throw invalid(parts);
  checkKnownKeys(parts, ["level1", "level2", "level3", "level4"]);
  if (typeof parts.level1 !== "string" || !/^[A-Z]\d{2}$/.test(parts.level1)) throw invalid(parts.level1, ["level1"]);
  const code = `${part(parts.level4, 3, "level4")}.${part(parts.level3, 2, "level3")}.${part(parts.level2, 2, "level2")}.${parts.level1}`;
  return code as AgencyCode;
}

/**
 * Mã định danh đã giải mã — what an agency identifier says about its unit.
 *
 * @example
 * ```ts
 * import type { DecodedAgencyCode } from "tthc/models";
 * type Depth = DecodedAgencyCode["depth"]; // 1 | 2 | 3 | 4
 * ```
 * @category Models
 */
export interface DecodedAgencyCode {
  /** The code itself. */
  readonly code: AgencyCode;
  /** `MX1X2`, e.g. `"H26"`. */
  readonly level1: string;
  /** `Y1Y2`, `"00"` when unused. */
  readonly level2: string;
  /** `Z1Z2`, `"00"` when unused. */
  readonly level3: string;
  /** `V1V2V3`, `"000"` when unused. */
  readonly level4: string;
  /** Deepest level in use: 1 for `000.00.00.H26`, 2 for `000.00.12.H26`. */
  readonly depth: 1 | 2 | 3 | 4;
  /** Kind of the level-1 unit by its letter: `G` ministry (bộ), `H` province (tỉnh), else `other`. */
  readonly level1Kind: "ministry" | "province" | "other";
  /** The code of the unit one level up (deepest level zeroed); absent at depth 1. */
  readonly parent?: AgencyCode;
}

/**
 * Giải mã định danh cơ quan — decodes the levels of an agency identifier.
 *
 * @param code - An agency code (a plain string is validated first).
 * @returns Its levels, depth, level-1 kind and parent code.
 * @throws {@link tthc!TthcError} `INVALID_AGENCY_CODE` if `code` is not an agency code (path `[]`).
 * @remarks Level meanings and the `G`/`H` letters follow QCVN 102:2016/BTTTT as summarised in RULES MOD-12
 * (UNCONFIRMED); which province a code such as `H26` names is data this function does not hold.
 * @see QCVN 102:2016/BTTTT (RULES MOD-12)
 * @example
 * ```ts
 * import { decodeAgencyCode } from "tthc/models";
 * const decoded = decodeAgencyCode("000.00.12.H26");
 * decoded.depth; // => 2
 * decoded.level1Kind; // => "province"
 * decoded.parent; // => "000.00.00.H26"
 * ```
 * @category Models
 */
export function decodeAgencyCode(code: AgencyCode | string): DecodedAgencyCode {
  const valid = parseAgencyCode(code);
  const level4 = valid.slice(0, 3);
  const level3 = valid.slice(4, 6);
  const level2 = valid.slice(7, 9);
  const level1 = valid.slice(10, 13);
  const depth = level4 !== "000" ? 4 : level3 !== "00" ? 3 : level2 !== "00" ? 2 : 1;
  const letter = level1[0];
  const level1Kind = letter === "G" ? "ministry" : letter === "H" ? "province" : "other";
  const base = { code: valid, level1, level2, level3, level4, depth, level1Kind } as const;
  if (depth === 1) return base;
  const parent =
    depth === 4
      ? `000.${level3}.${level2}.${level1}`
      : depth === 3
        ? `000.00.${level2}.${level1}`
        : `000.00.00.${level1}`;
  return { ...base, parent: parent as AgencyCode };
}

/**
 * Mã hồ sơ: parse, test and format dossier codes `<agency code>-YYMMDD-NNNN`.
 */

import { checkKnownKeys, describe } from "../_internal/checks.js";
import { AGENCY_CODE_RE, pad2, pad4, readDossierCode } from "../_internal/codes.js";
import { parseIsoDateFast } from "../_internal/epochDay.js";
import { TthcError } from "../errors.js";
import type { IsoDate } from "./common.js";
import type { AgencyCode, DossierCode } from "./ids.js";

/**
 * Thành phần mã hồ sơ — what a dossier code says: receiving agency, receipt date and daily sequence.
 *
 * @example
 * ```ts
 * import type { DossierCodeParts } from "tthc/models";
 * type Sequence = DossierCodeParts["sequence"]; // number, 1–9999
 * ```
 * @category Models
 */
export interface DossierCodeParts {
  /** Mã định danh of the receiving agency. */
  readonly agency: AgencyCode;
  /** Receipt date in Asia/Ho_Chi_Minh, `YYYY-MM-DD` (the code's `YY` read as 20YY). */
  readonly date: IsoDate;
  /** Số thứ tự — sequence of dossiers received by that agency that day, 1–9999. */
  readonly sequence: number;
}

/**
 * Mã hồ sơ — reads a dossier code into its agency, receipt date and daily sequence.
 *
 * @param value - Candidate, e.g. `"000.00.12.H26-230915-0001"`.
 * @returns The parts; `date` is `20YY-MM-DD`.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER_CODE` if `value` is not `<agency>-YYMMDD-NNNN` with a real date and a sequence 0001–9999 (path `[]`).
 * @see TT 01/2018/TT-VPCP Art. 19; NĐ 61/2018/NĐ-CP Art. 26 (RULES MOD-14)
 * @example
 * ```ts
 * import { parseDossierCode } from "tthc/models";
 * parseDossierCode("000.00.12.H26-230915-0001"); // => { agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 }
 * ```
 * @category Models
 */
export function parseDossierCode(value: unknown): DossierCodeParts {
  const parts = typeof value === "string" ? readDossierCode(value) : undefined;
  if (parts === undefined) {
    throw new TthcError(
      "INVALID_DOSSIER_CODE",
      `${describe(value)} is not a dossier code <agency>-YYMMDD-NNNN with a real date and a sequence 0001-9999`,
      {
        messageVi: `${describe(value)} không phải mã hồ sơ dạng <mã cơ quan>-YYMMDD-NNNN (ngày có thật, số thứ tự 0001-9999)`,
        details: { value },
      },
    );
  }
  return {
    agency: parts.agency as AgencyCode,
    date: `${parts.year}-${pad2(parts.month)}-${pad2(parts.day)}` as IsoDate,
    sequence: parts.sequence,
  };
}

/**
 * Mã hồ sơ — tells whether a value is a dossier code with a real date; never throws.
 *
 * @param value - Anything.
 * @returns `true` for `<agency>-YYMMDD-NNNN` with a real date and a sequence 0001–9999.
 * @see TT 01/2018/TT-VPCP Art. 19 (RULES MOD-14)
 * @example
 * ```ts
 * import { isDossierCode } from "tthc/models";
 * isDossierCode("000.00.12.H26-230915-0001"); // => true
 * isDossierCode("000.00.12.H26-230915-0000"); // => false
 * ```
 * @category Models
 */
export function isDossierCode(value: unknown): value is DossierCode {
  return typeof value === "string" && readDossierCode(value) !== undefined;
}

/**
 * Mã hồ sơ — builds a dossier code from agency, receipt date and sequence.
 *
 * @param parts - Agency code, receipt date `YYYY-MM-DD` (2000–2099) and sequence 1–9999.
 * @returns `<agency>-YYMMDD-NNNN`.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER_CODE` if `parts` is not an object (`null`, an array; path `[]`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for a key other than `agency`, `date` and `sequence` (path: the key).
 * @throws {@link tthc!TthcError} `INVALID_AGENCY_CODE` if `agency` is not an agency code (path `["agency"]`).
 * @throws {@link tthc!TthcError} `INVALID_DATE` if `date` is not a real `YYYY-MM-DD` date (path `["date"]`).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if the year is outside 2000–2099, which `YY` cannot hold (path `["date"]`).
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER_CODE` if `sequence` is not a whole number ≥ 1 (path `["sequence"]`).
 * @throws {@link tthc!TthcError} `DOSSIER_SEQUENCE_OVERFLOW` if `sequence` is above 9999 (path `["sequence"]`).
 * @see TT 01/2018/TT-VPCP Art. 19 (RULES MOD-14, MOD-15)
 * @example
 * ```ts
 * import { formatDossierCode } from "tthc/models";
 * formatDossierCode({ agency: "000.00.12.H26", date: "2023-09-15", sequence: 1 }); // => "000.00.12.H26-230915-0001"
 * ```
 * @category Models
 */
export function formatDossierCode(parts: {
  readonly agency: AgencyCode | string;
  readonly date: IsoDate | string;
  readonly sequence: number;
}): DossierCode {
  if (typeof parts !== "object" || parts === null || Array.isArray(parts)) {
    throw new TthcError("INVALID_DOSSIER_CODE", `expected { agency, date, sequence }, got ${describe(parts)}`, {
      messageVi: `cần { agency, date, sequence }, nhận được ${describe(parts)}`,
    });
  }
  checkKnownKeys(parts, ["agency", "date", "sequence"]);
  const { agency, date, sequence } = parts;
  if (typeof agency !== "string" || !AGENCY_CODE_RE.test(agency)) {
    throw new TthcError("INVALID_AGENCY_CODE", `${describe(agency)} is not an agency code NNN.NN.NN.XNN`, {
      path: ["agency"],
      messageVi: `${describe(agency)} không phải mã định danh cơ quan dạng NNN.NN.NN.XNN`,
      details: { value: agency },
    });
  }
  const day = typeof date === "string" ? parseIsoDateFast(date) : Number.NaN;
  if (Number.isNaN(day)) {
    throw new TthcError("INVALID_DATE", `${describe(date)} is not a real date in the form YYYY-MM-DD`, {
      path: ["date"],
      messageVi: `${describe(date)} không phải là ngày hợp lệ dạng YYYY-MM-DD`,
      details: { value: date },
    });
  }
  const text = date as string;
  if (!text.startsWith("20")) {
    throw new TthcError("OUT_OF_RANGE", `a dossier code holds years 2000-2099 only, got ${text}`, {
      path: ["date"],
      messageVi: `mã hồ sơ chỉ biểu diễn được năm 2000-2099, nhận được ${text}`,
      details: { value: text },
    });
  }
  if (typeof sequence !== "number" || !Number.isInteger(sequence) || sequence < 1) {
    throw new TthcError("INVALID_DOSSIER_CODE", `sequence must be a whole number from 1, got ${describe(sequence)}`, {
      path: ["sequence"],
      messageVi: `số thứ tự phải là số nguyên từ 1, nhận được ${describe(sequence)}`,
      details: { value: sequence },
    });
  }
  if (sequence > 9999) {
    throw new TthcError("DOSSIER_SEQUENCE_OVERFLOW", `sequence ${sequence} does not fit the 4-digit daily counter`, {
      path: ["sequence"],
      messageVi: `số thứ tự ${sequence} vượt quá 4 chữ số (tối đa 9999 hồ sơ một ngày)`,
      details: { value: sequence },
    });
  }
  return `${agency}-${text.slice(2, 4)}${text.slice(5, 7)}${text.slice(8, 10)}-${pad4(sequence)}` as DossierCode;
}

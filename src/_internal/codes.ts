/**
 * Private patterns and hand parsers for the identifier codes. Kept apart from the zod schemas so
 * hot paths (reports reading thousands of dossier codes) can check a code without zod.
 */
import { daysInMonth } from "./epochDay.js";

/** `V1V2V3.Z1Z2.Y1Y2.MX1X2` (QCVN 102:2016/BTTTT; RULES MOD-11). */
export const AGENCY_CODE_RE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** `D.NNNNNN`, optionally followed by dot-separated local parts (`1.000948.H38`; RULES MOD-10). */
export const PROCEDURE_CODE_RE = /^\d\.\d{6}(?:\.[0-9A-Z]+)*$/;

/** Twelve digits (RULES MOD-28, DECISIONS D-7). */
export const CITIZEN_ID_RE = /^\d{12}$/;

/** `<agency>-YYMMDD-NNNN` (shape only; {@link readDossierCode} also checks the date). */
export const DOSSIER_CODE_RE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

/** Parts of a dossier code read by hand; `undefined` when the text is not one. */
export interface RawDossierCodeParts {
  readonly agency: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly sequence: number;
}

/**
 * Reads `<agency>-YYMMDD-NNNN` (RULES MOD-14): the date must exist in 2000–2099 and the sequence
 * be 0001–9999. Returns `undefined` for anything else.
 */
export function readDossierCode(text: string): RawDossierCodeParts | undefined {
  const m = DOSSIER_CODE_RE.exec(text);
  if (m === null) return undefined;
  const year = 2000 + Number(m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const sequence = Number(m[5]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || sequence < 1) return undefined;
  return { agency: m[1] as string, year, month, day, sequence };
}

/** Two-digit, zero-padded. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Four-digit, zero-padded. */
export function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

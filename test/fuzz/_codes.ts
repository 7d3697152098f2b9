import type { TthcErrorCode } from "../../src/errors.js";

/** Every `TthcErrorCode`, at run time (the type has none); the check below keeps the two in step. */
const CODES = [
  "INVALID_DATE",
  "INVALID_INSTANT",
  "INVALID_TIME",
  "INVALID_DURATION",
  "INVALID_LUNAR_DATE",
  "INVALID_OPTION",
  "OUT_OF_RANGE",
  "INVALID_PROCEDURE",
  "INVALID_DOSSIER",
  "INVALID_WORKFLOW",
  "INVALID_AGENCY_CODE",
  "INVALID_PROCEDURE_CODE",
  "INVALID_DOSSIER_CODE",
  "INVALID_CITIZEN_ID",
  "INVALID_ONLINE_LEVEL",
  "DOSSIER_SEQUENCE_OVERFLOW",
  "DOSSIER_CODE_CONFLICT",
  "TRANSITION_NOT_ALLOWED",
  "FORBIDDEN_ROLE",
  "CONFLICT",
  "LIMIT_REACHED",
  "INVALID_EVENT",
  "INVALID_SNAPSHOT",
  "INVALID_REPORT_RECORD",
  "INVALID_PERIOD",
  "INVALID_COUNT",
  "INVALID_SURVEY_RESPONSE",
  "INCOMPATIBLE_ACCUMULATORS",
  "INVALID_SCENARIO",
  "MISSING_DEPENDENCY",
] as const satisfies readonly TthcErrorCode[];

// A code added to `TthcErrorCode` but not above fails the type check here.
type Missing = Exclude<TthcErrorCode, (typeof CODES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;

/** The known error codes. */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = complete && new Set<string>(CODES);

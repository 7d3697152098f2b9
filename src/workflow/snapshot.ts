/**
 * Bản lưu trạng thái — versioned JSON snapshots of a dossier state, restored with strict checks.
 */
import * as z from "zod";
import { fromZodError } from "../_internal/zodError.js";
import { TthcError } from "../errors.js";
import { ProcedureCode } from "../models/ids.js";
import { RuleSetId } from "../models/ruleSet.js";
import { checkState, checkStateInvariants, trusted } from "./_boundary.js";
import { DossierState } from "./states.js";

/**
 * Phiên bản lược đồ — the snapshot schema version this library writes and reads.
 *
 * @example
 * ```ts
 * import { SNAPSHOT_SCHEMA_VERSION } from "tthc/workflow";
 * SNAPSHOT_SCHEMA_VERSION; // => 1
 * ```
 * @category Workflow
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * Bản lưu — a dossier state with what is needed to read it back: schema version, rule set and the
 * procedure code and version (RULES MOD-21: snapshots carry definition id and versions).
 *
 * @example
 * ```ts
 * import { WorkflowSnapshot } from "tthc/workflow";
 * WorkflowSnapshot.shape.schemaVersion.value; // => 1
 * ```
 * @see RULES MOD-21, LAW-8
 * @category Workflow
 */
export const WorkflowSnapshot = z.strictObject({
  /** Schema version, {@link SNAPSHOT_SCHEMA_VERSION}. */
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  /** Rule set the dossier was received under, `null` before receipt. */
  ruleSet: RuleSetId.nullable(),
  /** The procedure record it follows. */
  procedure: z.strictObject({
    /** Mã thủ tục. */
    code: ProcedureCode,
    /** Phiên bản. */
    version: z.string().min(1),
  }),
  /** The state. */
  state: DossierState,
});
/**
 * Bản lưu — see {@link WorkflowSnapshot}.
 * @category Workflow
 */
export type WorkflowSnapshot = z.infer<typeof WorkflowSnapshot>;

/**
 * Lưu trạng thái — the state as versioned JSON text.
 *
 * @param state - A dossier state.
 * @returns JSON text of a {@link WorkflowSnapshot}.
 * @see RULES MOD-21
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { createDossierState, restoreSnapshot, snapshot } from "tthc/workflow";
 * const state = createDossierState({ procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() });
 * JSON.parse(snapshot(state)).schemaVersion; // => 1
 * restoreSnapshot(snapshot(state)); // => state
 * ```
 * @category Workflow
 */
export function snapshot(state: DossierState): string {
  checkState(state);
  const value: WorkflowSnapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    ruleSet: state.ruleSet ?? null,
    procedure: { code: state.procedureCode, version: state.procedureVersion },
    state,
  };
  return JSON.stringify(value);
}

/**
 * Khôi phục trạng thái — reads a snapshot back, strictly: unknown keys, a wrong schema version or a
 * header that disagrees with the state are refused, never repaired.
 *
 * @param json - JSON text from {@link snapshot}, or the parsed object.
 * @returns The state.
 * @throws {@link tthc!TthcError} `INVALID_SNAPSHOT` if the text is not JSON, fails the schema (with the path of the bad field) or its header disagrees with the state.
 * @see RULES MOD-21
 * @example
 * ```ts
 * import { restoreSnapshot } from "tthc/workflow";
 * import { isTthcError } from "tthc";
 * try {
 *   restoreSnapshot('{"schemaVersion":2}');
 * } catch (error) {
 *   isTthcError(error) && error.code; // => "INVALID_SNAPSHOT"
 * }
 * ```
 * @category Workflow
 */
export function restoreSnapshot(json: string | unknown): DossierState {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      throw new TthcError("INVALID_SNAPSHOT", "the snapshot is not JSON", {
        messageVi: "bản lưu không phải JSON",
        cause,
      });
    }
  }
  const parsed = WorkflowSnapshot.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, value, "INVALID_SNAPSHOT", "snapshot", "bản lưu");
  const { state, ruleSet, procedure } = parsed.data;
  if (
    (state.ruleSet ?? null) !== ruleSet ||
    state.procedureCode !== procedure.code ||
    state.procedureVersion !== procedure.version
  ) {
    throw new TthcError("INVALID_SNAPSHOT", "the snapshot header disagrees with its state", {
      path: ["state"],
      messageVi: "phần đầu bản lưu không khớp với trạng thái",
    });
  }
  checkStateInvariants(state, "INVALID_SNAPSHOT", ["state"]);
  return trusted(state);
}

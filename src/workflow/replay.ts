/**
 * Dựng lại trạng thái — rebuilds a dossier state from its append-only event log.
 */
import { checkObject, mustBe } from "../_internal/checks.js";
import { isTthcError, TthcError } from "../errors.js";
import { checkContext, trusted } from "./_boundary.js";
import type { WorkflowContext } from "./context.js";
import { createDossierState } from "./createDossierState.js";
import type { DossierEvent, DossierEventInput } from "./events.js";
import { DossierState } from "./states.js";
import { parseEvent, runEvent } from "./transition.js";

/**
 * Tùy chọn dựng lại — options of {@link replay}.
 *
 * @example
 * ```ts
 * import type { ReplayOptions } from "tthc/workflow";
 * const options: ReplayOptions = { trusted: true };
 * ```
 * @category Workflow
 */
export interface ReplayOptions {
  /**
   * Nhật ký tin cậy — the log was validated event by event when it was appended (each event went
   * through {@link transition}, or was checked against {@link DossierEvent} by your own append
   * path), so it is not parsed again: no per-event schema check, no effects or forms built. The
   * state is the one an untrusted replay gives; the transition table, roles, guards, versions and
   * the order of instants are still checked, and a log that fails them is refused with the same
   * error as without this option. An event that breaks its schema in a way those checks do not see
   * (an unknown key, a field of the wrong type) is not refused: leave this option out for logs from
   * outside.
   * @defaultValue `false`
   */
  readonly trusted?: boolean;
}

/**
 * Dựng lại từ nhật ký — folds the event log through {@link transition} from
 * {@link createDossierState}: the log is the source of truth and any state can be rebuilt from it
 * (effects are not built; they were carried out when the events first happened).
 *
 * @param events - The log, oldest first (versions 0, 1, 2…).
 * @param context - Procedure, calendar, options — the ones the events were applied with.
 * @param options - `trusted: true` for logs your own append path validated (see {@link ReplayOptions}).
 * @returns The state after the last event.
 * @throws {@link tthc!TthcError} Whatever {@link transition} throws for the first bad event (its `path` is prefixed by the event's index).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown option or a `trusted` that is not a boolean.
 * @see RULES MOD-21 (append-only log)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * const log = [
 *   { type: "submit", at: "2025-07-01T08:00:00+07:00", actor: { id: "a", role: "applicant" }, version: 0, channel: "online", applicant: { kind: "citizen", name: "Lê Thị C" } },
 *   { type: "withdraw", at: "2025-07-01T08:30:00+07:00", actor: { id: "a", role: "applicant" }, version: 1 },
 * ] as const;
 * const state = replay(log, context);
 * state.status; // => "withdrawn"
 * state.version; // => 2
 * // A log this system validated when each event was appended: not parsed again.
 * replay(log, context, { trusted: true }).status; // => "withdrawn"
 * ```
 * @category Workflow
 */
export function replay(
  events: readonly DossierEventInput[],
  context: WorkflowContext,
  options?: ReplayOptions,
): DossierState {
  if (!Array.isArray(events))
    throw mustBe("INVALID_EVENT", ["events"], "an array of events", "một mảng sự kiện", events);
  const trustedLog = checkReplayOptions(options);
  checkContext(context);
  if (trustedLog) {
    try {
      return fold(events, context, false);
    } catch {
      // Not a log this library would accept: the validating replay names the first bad event.
    }
  }
  return fold(events, context, true);
}

const REPLAY_OPTION_KEYS = ["trusted"];

function checkReplayOptions(options: unknown): boolean {
  if (options === undefined) return false;
  const trustedLog = checkObject(options, ["options"], "INVALID_OPTION", REPLAY_OPTION_KEYS)["trusted"];
  if (trustedLog !== undefined && typeof trustedLog !== "boolean")
    throw mustBe("INVALID_OPTION", ["options", "trusted"], "true or false", "true hoặc false", trustedLog);
  return trustedLog === true;
}

/** Every field a state can have: the draft has them all from the start, so its shape never changes. */
const FIELDS = Object.keys(DossierState.shape);

/**
 * The fold: one private draft changed in place event by event (no state object per event), then
 * copied once into the state returned, frozen and branded, with its fields in the order a chain of
 * transitions gives them (a field keeps its place while it has a value, a new one comes last).
 * `validate`: each event is parsed by its schema and a refusal names the event's index; else the
 * event is only copied, so that the state shares no object with the log.
 */
function fold(events: readonly unknown[], context: WorkflowContext, validate: boolean): DossierState {
  const draft: Record<string, unknown> = {};
  for (const key of FIELDS) draft[key] = undefined;
  const initial = createDossierState(context) as unknown as Record<string, unknown>;
  const order: string[] = [];
  for (const key in initial) {
    draft[key] = initial[key];
    order.push(key);
  }
  const set = (key: string, value: unknown): void => {
    if (value === undefined) {
      if (draft[key] !== undefined) order.splice(order.indexOf(key), 1);
    } else if (draft[key] === undefined) order.push(key);
    draft[key] = value;
  };
  for (let i = 0; i < events.length; i++) {
    try {
      const e = validate ? parseEvent(events[i]) : (copyPlain(events[i]) as DossierEvent);
      const { changes } = runEvent(draft as DossierState, e, context);
      for (const key in changes) set(key, changes[key as keyof typeof changes]);
      draft["version"] = (draft["version"] as number) + 1;
      set("updatedAt", e.at);
    } catch (error) {
      if (!validate || !isTthcError(error)) throw error;
      throw new TthcError(error.code, `event ${i}: ${error.message}`, {
        path: [i, ...error.path],
        messageVi: `sự kiện ${i}: ${error.messageVi}`,
        ...(error.details === undefined ? {} : { details: error.details }),
        cause: error,
      });
    }
  }
  const state: Record<string, unknown> = {};
  for (const key of order) state[key] = draft[key];
  return trusted(state as DossierState);
}

/** A copy of plain data (arrays, objects, primitives), as a schema parse would return it. */
function copyPlain(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out;
}

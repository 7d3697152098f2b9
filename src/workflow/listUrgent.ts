/**
 * Danh sách cần chú ý — the dossiers and steps that need attention at an instant, most urgent first.
 */
import { checkObject, mustBe } from "../_internal/checks.js";
import { readDossierCode } from "../_internal/codes.js";
import { checkContext, checkInstantArgument, checkState } from "./_boundary.js";
import { workflowOf } from "./_procedure.js";
import { type Urgency, type UrgencyLevel, type UrgencyOptions, urgencyOf, withinOf } from "./classifyUrgency.js";
import type { WorkflowContext } from "./context.js";
import type { DossierState } from "./states.js";

/**
 * Một mục cần chú ý — a dossier (and its step in progress) in {@link listUrgent}'s answer.
 *
 * @example
 * ```ts
 * import type { UrgentDossier } from "tthc/workflow";
 * type Code = UrgentDossier["code"]; // string
 * ```
 * @category Workflow
 */
export interface UrgentDossier {
  /** Mã hồ sơ. */
  readonly code: string;
  /** Position of the state in the input. */
  readonly index: number;
  /** The urgency of the dossier and of its step in progress. */
  readonly urgency: Urgency;
  /** Working minutes left to the nearer due instant of the two (negative when overdue): the sort key. */
  readonly minutesLeft: number;
}

/**
 * Options of {@link listUrgent}.
 *
 * @example
 * ```ts
 * import type { ListUrgentOptions } from "tthc/workflow";
 * const options: ListUrgentOptions = { agency: "Cơ quan đăng ký cư trú", levels: ["overdue", "dueToday"] };
 * ```
 * @category Workflow
 */
export interface ListUrgentOptions extends UrgencyOptions {
  /**
   * Which levels to list (of the dossier or of its step).
   * @defaultValue `["overdue", "dueToday", "dueSoon"]`
   */
  readonly levels?: readonly UrgencyLevel[];
  /** Only dossiers received by this agency (its code, as in the dossier code) or whose step in progress this unit or partner agency holds. */
  readonly agency?: string;
  /** Only dossiers whose step in progress has this role (the internal workflow's `role`, e.g. "Công chức tư pháp - hộ tịch"). */
  readonly stepRole?: string;
  /**
   * Any other test, e.g. the steps an officer holds (the host knows who is assigned to which step):
   * `(item, state) => assigned.get(item.code) === "cv-01"`.
   */
  readonly filter?: (item: UrgentDossier, state: DossierState) => boolean;
}

const DEFAULT_LEVELS: readonly UrgencyLevel[] = Object.freeze(["overdue", "dueToday", "dueSoon"]);
const ALL_LEVELS: readonly UrgencyLevel[] = ["finished", "paused", "onTrack", "dueSoon", "dueToday", "overdue"];
const OPTION_KEYS = ["within", "levels", "agency", "stepRole", "filter"];

/** Signed working minutes left of one judged thing (negative when overdue). */
const signed = (u: { readonly remaining?: { readonly totalMinutes: number; readonly overdue: boolean } }): number =>
  u.remaining === undefined
    ? Number.POSITIVE_INFINITY
    : u.remaining.overdue
      ? -u.remaining.totalMinutes
      : u.remaining.totalMinutes;

/**
 * Cần chú ý — the dossiers whose urgency (or whose step's) is one of `options.levels` at `at`,
 * sorted by the working time left to the nearer of their two due instants (most overdue first),
 * then by code. Filters: the receiving agency or the unit holding the step (`agency`), the step's
 * role (`stepRole`), and any test of the host's (`filter`). One pass over the states: the cost is
 * linear in their number (plus the sort of what is listed).
 *
 * @param states - Dossier states (any order).
 * @param at - The instant to judge at (ISO with offset).
 * @param context - Procedure, calendar and options (the states follow this procedure).
 * @param options - See {@link ListUrgentOptions}.
 * @returns The dossiers that need attention, most urgent first.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `at` is malformed; `INVALID_OPTION` for a bad option or context.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` for a state no event log produces (its `path` starts with its index).
 * @see RULES DL-8, DL-13, DL-14, DL-15, WF-13
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { listUrgent, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const received = (day: string, n: number) =>
 *   replay([
 *     { type: "submit", at: `${day}T09:00:00+07:00`, actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *     { type: "receive", at: `${day}T09:05:00+07:00`, actor: desk, version: 1, code: `000.00.12.H26-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8)}-000${n}` },
 *   ], context);
 * // Due Mon 30/3, Tue 31/3 and Wed 1/4/2026 (20 working days from Mon 2/3, Tue 3/3, Wed 4/3).
 * const states = [received("2026-03-04", 3), received("2026-03-02", 1), received("2026-03-03", 2)];
 * listUrgent(states, "2026-03-30T09:00:00+07:00", context).map((u) => [u.code, u.urgency.level]);
 * // => [["000.00.12.H26-260302-0001", "dueToday"], ["000.00.12.H26-260303-0002", "dueSoon"]]
 * ```
 * @category Workflow
 */
export function listUrgent(
  states: readonly DossierState[],
  at: string,
  context: WorkflowContext,
  options: ListUrgentOptions = {},
): UrgentDossier[] {
  if (!Array.isArray(states))
    throw mustBe("INVALID_DOSSIER", [], "an array of dossier states", "mảng trạng thái hồ sơ", states);
  checkContext(context);
  checkInstantArgument(at);
  const o = checkObject(options, ["options"], "INVALID_OPTION", OPTION_KEYS);
  const within = withinOf(o["within"] === undefined ? undefined : { within: o["within"] });
  const levels = o["levels"] === undefined ? DEFAULT_LEVELS : o["levels"];
  if (!Array.isArray(levels) || levels.some((l) => !ALL_LEVELS.includes(l))) {
    throw mustBe(
      "INVALID_OPTION",
      ["options", "levels"],
      `levels among ${ALL_LEVELS.join(", ")}`,
      `các mức trong ${ALL_LEVELS.join(", ")}`,
      levels,
    );
  }
  for (const key of ["agency", "stepRole"] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== "string" || v === ""))
      throw mustBe("INVALID_OPTION", ["options", key], "a non-empty string", "chuỗi không rỗng", v);
  }
  const filter = o["filter"];
  if (filter !== undefined && typeof filter !== "function")
    throw mustBe("INVALID_OPTION", ["options", "filter"], "a function", "một hàm", filter);
  const wanted = new Set<string>(levels as readonly string[]);
  const agency = o["agency"] as string | undefined;
  const stepRole = o["stepRole"] as string | undefined;
  const out: UrgentDossier[] = [];
  for (let index = 0; index < states.length; index++) {
    const state = checkState(states[index], "INVALID_DOSSIER", [index]);
    checkContext(context, state);
    const urgency = urgencyOf(state, at, context, within);
    if (urgency === undefined) continue;
    if (!wanted.has(urgency.level) && (urgency.step === undefined || !wanted.has(urgency.step.level))) continue;
    if (agency !== undefined && readDossierCode(state.code ?? "")?.agency !== agency && urgency.step?.unit !== agency)
      continue;
    if (stepRole !== undefined) {
      const role =
        urgency.step === undefined
          ? undefined
          : workflowOf(context.procedure, state)?.steps[urgency.step.order - 1]?.role;
      if (role !== stepRole) continue;
    }
    const item: UrgentDossier = {
      code: state.code ?? "",
      index,
      urgency,
      minutesLeft: Math.min(
        signed(urgency),
        urgency.step === undefined ? Number.POSITIVE_INFINITY : signed(urgency.step),
      ),
    };
    if (filter !== undefined && !(filter as NonNullable<ListUrgentOptions["filter"]>)(item, state)) continue;
    out.push(item);
  }
  return out.sort((a, b) => a.minutesLeft - b.minutesLeft || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

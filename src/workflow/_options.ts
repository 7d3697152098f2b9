/**
 * The workflow's options: checked once per options object, merged with the rule set's parameters.
 */
import { checkChoice, checkInteger, checkObject, mustBe, type Path } from "../_internal/checks.js";
import { computeDueDate } from "../deadline/computeDueDate.js";
import { isTthcError, TthcError } from "../errors.js";
import { RULE_SETS, type RuleSetId } from "../models/ruleSet.js";
import { DEFAULT_WORKFLOW_OPTIONS, type WorkflowContext, type WorkflowOptions } from "./context.js";

/** Options with rule-set parameters and defaults filled in. */
export interface ResolvedOptions {
  readonly maxSupplementRequests: number;
  readonly maxReappointments: number;
  readonly apologyLeadTime: number;
  readonly pauseOnPaymentRequest: boolean;
  readonly transferLimit: number;
  readonly ruleSetBy: "receivedAt" | "submittedAt";
  readonly deadline: NonNullable<WorkflowOptions["deadline"]>;
}

/** Every key of `T`, listed once: a missing key fails to compile (the runtime check follows the type). */
const allKeys =
  <T>() =>
  <const K extends readonly (keyof T)[]>(keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : never)) =>
    keys;

const OPTION_KEYS = allKeys<WorkflowOptions>()([
  "maxSupplementRequests",
  "maxReappointments",
  "apologyLeadTime",
  "pauseOnPaymentRequest",
  "transferLimit",
  "ruleSetBy",
  "deadline",
]);
const DEADLINE_KEYS = allKeys<NonNullable<WorkflowOptions["deadline"]>>()([
  "workingHours",
  "outOfHoursReceipt",
  "dayCounting",
  "appointmentTime",
  "calendarDayEnd",
  "resumeMode",
  "hoursPerWorkingDay",
]);
const OPTIONS_PATH: Path = ["options"];

/** The options object as given, checked (unknown keys and wrong types refused); cached by identity. */
const checked = new WeakMap<object, Map<string, ResolvedOptions>>();
const WITHOUT_OPTIONS = new Map<string, ResolvedOptions>();

function count(o: Record<string, unknown>, key: string, fallback: number): number {
  const value = o[key];
  return value === undefined ? fallback : checkInteger(value, [...OPTIONS_PATH, key], "INVALID_OPTION", 0, 1000);
}

function resolve(ruleSet: RuleSetId, given: unknown, context: WorkflowContext): ResolvedOptions {
  const set = RULE_SETS[ruleSet];
  if (given === undefined) {
    return Object.freeze({
      maxSupplementRequests: set.maxSupplementRequests,
      maxReappointments: set.maxReappointments,
      apologyLeadTime: set.apologyLeadTime.value,
      ...DEFAULT_WORKFLOW_OPTIONS,
      deadline: Object.freeze({}),
    });
  }
  const o = checkObject(given, OPTIONS_PATH, "INVALID_OPTION", OPTION_KEYS);
  const pause = o["pauseOnPaymentRequest"];
  if (pause !== undefined && typeof pause !== "boolean") {
    throw mustBe(
      "INVALID_OPTION",
      [...OPTIONS_PATH, "pauseOnPaymentRequest"],
      "true or false",
      "true hoặc false",
      pause,
    );
  }
  const ruleSetBy =
    o["ruleSetBy"] === undefined
      ? DEFAULT_WORKFLOW_OPTIONS.ruleSetBy
      : checkChoice(o["ruleSetBy"], ["receivedAt", "submittedAt"] as const, [...OPTIONS_PATH, "ruleSetBy"]);
  const deadline =
    o["deadline"] === undefined
      ? {}
      : (checkObject(o["deadline"], [...OPTIONS_PATH, "deadline"], "INVALID_OPTION", DEADLINE_KEYS) as NonNullable<
          WorkflowOptions["deadline"]
        >);
  // The deadline options are computeDueDate's: one dry run checks their values with its own checks.
  try {
    computeDueDate({
      ...deadline,
      receivedAt: "2025-03-03T09:00:00+07:00",
      duration: { value: 1, unit: "workingDays" },
      calendar: context.calendar,
    });
  } catch (error) {
    if (!isTthcError(error)) throw error;
    throw new TthcError(error.code, `options.deadline: ${error.message}`, {
      path: [...OPTIONS_PATH, "deadline", ...error.path],
      messageVi: `options.deadline: ${error.messageVi}`,
      cause: error,
    });
  }
  return Object.freeze({
    maxSupplementRequests: count(o, "maxSupplementRequests", set.maxSupplementRequests),
    maxReappointments: count(o, "maxReappointments", set.maxReappointments),
    apologyLeadTime: count(o, "apologyLeadTime", set.apologyLeadTime.value),
    pauseOnPaymentRequest: pause ?? DEFAULT_WORKFLOW_OPTIONS.pauseOnPaymentRequest,
    transferLimit: count(o, "transferLimit", DEFAULT_WORKFLOW_OPTIONS.transferLimit),
    ruleSetBy,
    deadline: Object.freeze({ ...deadline }),
  });
}

/**
 * The options in force for a dossier under `ruleSet` (the current one before receipt): the context's
 * options over the rule set's parameters and the documented defaults. Checked once per options object.
 *
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown key or a value of the wrong type or range.
 */
export function resolveOptions(ruleSet: RuleSetId | undefined, context: WorkflowContext): ResolvedOptions {
  const id = ruleSet ?? "VN-2025";
  const given: unknown = context.options;
  let byRuleSet = WITHOUT_OPTIONS;
  if (given !== undefined) {
    if (typeof given !== "object" || given === null)
      throw mustBe("INVALID_OPTION", OPTIONS_PATH, "an object", "một đối tượng", given);
    byRuleSet = checked.get(given) ?? new Map();
    checked.set(given, byRuleSet);
  }
  let resolved = byRuleSet.get(id);
  if (resolved === undefined) {
    resolved = resolve(id, given, context);
    byRuleSet.set(id, resolved);
  }
  return resolved;
}

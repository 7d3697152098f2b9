/**
 * The workflow's public boundary: every exported function checks its state, context and options
 * here, cheaply. A state the workflow made itself carries a private brand and is frozen, so one
 * look-up trusts it; any other state (hand-built, edited, parsed from JSON) is checked in full, shape
 * and cross-field invariants, once per object, and refused if no event log can produce it.
 */

import { engineOf } from "../_internal/calendarEngine.js";
import { checkChoice, checkObject, describe, mustBe, type Path } from "../_internal/checks.js";
import { readDossierCode } from "../_internal/codes.js";
import { toInstantMs, vietnamDateOf } from "../_internal/instant.js";
import { fromZodError } from "../_internal/zodError.js";
import { TthcError, type TthcErrorCode } from "../errors.js";
import { Procedure } from "../models/procedure.js";
import { ruleSetFor } from "../models/ruleSetFor.js";
import { STATUS_TRAITS } from "../models/status.js";
import type { WorkflowContext } from "./context.js";
import { Actor } from "./events.js";
import { DossierState } from "./states.js";

/** Throws a TthcError with both messages. */
export function fail(code: TthcErrorCode, en: string, vi: string, path: Path = []): never {
  throw new TthcError(code, en, { path, messageVi: vi });
}

/** States the workflow made (transition, replay, createDossierState, restoreSnapshot) or checked in full. */
const TRUSTED_STATES = new WeakSet<object>();
/** Procedure records checked against the `Procedure` schema. */
const CHECKED_PROCEDURES = new WeakSet<object>();

/** Brands and freezes a state the workflow made, so that later calls trust it with one look-up. */
export function trusted<T extends DossierState>(state: T): T {
  Object.freeze(state);
  TRUSTED_STATES.add(state);
  return state;
}

/**
 * A dossier state argument: trusted if the workflow made it; else checked in full (shape, then the
 * cross-field invariants of {@link checkStateInvariants}) and refused with `code` (path under `state`).
 */
export function checkState(value: unknown, code: TthcErrorCode = "INVALID_DOSSIER", path: Path = []): DossierState {
  if (typeof value === "object" && value !== null && TRUSTED_STATES.has(value)) return value as DossierState;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TthcError(code, `state must be a dossier state from the workflow, got ${describe(value)}`, {
      path,
      messageVi: `state phải là trạng thái hồ sơ của quy trình, nhận được ${describe(value)}`,
    });
  }
  const parsed = DossierState.safeParse(value);
  if (!parsed.success) {
    const error = fromZodError(parsed.error, value, code, "state", "trạng thái");
    throw new TthcError(code, error.message, {
      path: [...path, ...error.path],
      messageVi: error.messageVi,
      cause: error,
    });
  }
  checkStateInvariants(parsed.data, code, path);
  if (Object.isFrozen(value)) TRUSTED_STATES.add(value);
  return value as DossierState;
}

/** One broken invariant: the field's path and what is wrong, in both languages. */
function broken(code: TthcErrorCode, path: Path, field: string, en: string, vi: string): never {
  throw new TthcError(code, `${[...path, field].join(".")}: ${en}`, {
    path: [...path, field],
    messageVi: `${[...path, field].join(".")}: ${vi}`,
  });
}

/**
 * Cross-field invariants of a state: what every state the event log can produce satisfies. The
 * status's receipt trait (`STATUS_TRAITS`) against the receipt fields; the code's date is the receipt
 * date (MOD-14); the rule set is the one in force at receipt or submission (LAW-8); the appointments
 * start with the initial one; pauses are in order, closed but the last, open only while the clock is
 * paused; instants never go back; steps are numbered in order.
 */
export function checkStateInvariants(state: DossierState, code: TthcErrorCode, path: Path): void {
  const bad = (field: string, en: string, vi: string): never => broken(code, path, field, en, vi);
  const ms = (instant: string): number => toInstantMs(instant, [...path]);
  const traits = STATUS_TRAITS[state.status];
  const received = state.receivedAt !== undefined;
  if (traits.receipt === "never" && received)
    bad("receivedAt", `status '${state.status}' excludes a receipt`, `trạng thái '${state.status}' không có tiếp nhận`);
  if (traits.receipt === "required" && !received)
    bad(
      "receivedAt",
      `status '${state.status}' needs a receipt`,
      `trạng thái '${state.status}' cần thời điểm tiếp nhận`,
    );
  const receiptFields = [state.code, state.ruleSet, state.timeLimit, state.appointments[0]];
  if (received ? receiptFields.includes(undefined) : receiptFields.some((f) => f !== undefined)) {
    bad(
      "receivedAt",
      "code, rule set, time limit and appointment come with the receipt (WF-8)",
      "mã hồ sơ, bộ quy tắc, thời hạn và lịch hẹn đi cùng việc tiếp nhận (WF-8)",
    );
  }
  if (state.status !== "draft" && state.submittedAt === undefined)
    bad("submittedAt", "a dossier leaves the draft by submission", "hồ sơ rời bản nháp khi được nộp");
  if (state.version < (state.status === "draft" ? 0 : 1) + (received ? 1 : 0))
    bad("version", "fewer events than the status needs", "ít sự kiện hơn trạng thái cần");
  if (state.receivedAt !== undefined && state.code !== undefined) {
    const parts = readDossierCode(state.code);
    const date = vietnamDateOf(state.receivedAt, [...path, "receivedAt"]);
    const codeDate =
      parts === undefined
        ? ""
        : `${parts.year}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
    if (codeDate !== date)
      bad(
        "code",
        `the code's date is not the receipt date ${date} (MOD-14)`,
        `ngày trong mã hồ sơ khác ngày tiếp nhận ${date} (MOD-14)`,
      );
    const allowed = [
      ruleSetFor(state.receivedAt),
      ...(state.submittedAt === undefined ? [] : [ruleSetFor(state.submittedAt)]),
    ];
    if (state.ruleSet !== undefined && !allowed.includes(state.ruleSet))
      bad(
        "ruleSet",
        "not the rule set in force at receipt or submission (LAW-8)",
        "không phải bộ quy tắc có hiệu lực khi tiếp nhận hoặc nộp (LAW-8)",
      );
  }
  state.appointments.forEach((a, i) => {
    if ((i === 0) !== (a.kind === "initial"))
      bad("appointments", "the first appointment, and only it, is 'initial'", "chỉ lịch hẹn đầu tiên là 'initial'");
  });
  if (state.lateApology && !state.appointments.some((a) => a.kind === "reappointment" || a.kind === "extension")) {
    bad("lateApology", "set without an apology", "được đặt khi chưa có văn bản xin lỗi");
  }
  // Instants in order: submission, receipt, pauses, result, return, last event.
  let last = Number.NEGATIVE_INFINITY;
  const after = (field: string, instant: string | undefined): void => {
    if (instant === undefined) return;
    const t = ms(instant);
    if (t < last) bad(field, "goes back in time", "lùi thời gian");
    last = t;
  };
  after("submittedAt", state.submittedAt);
  after("receivedAt", state.receivedAt);
  state.pauses.forEach((p, i) => {
    after("pauses", p.from);
    if (p.to === undefined && i !== state.pauses.length - 1)
      bad("pauses", "only the last pause may be open", "chỉ lần tạm dừng cuối được để mở");
    after("pauses", p.to);
  });
  after("resultReadyAt", state.resultReadyAt);
  after("returnedAt", state.returnedAt);
  after("updatedAt", state.updatedAt);
  if (state.pauses.length > 0 && !received)
    bad("pauses", "the clock pauses only after receipt", "chỉ tạm dừng sau khi tiếp nhận");
  const open = state.pauses[state.pauses.length - 1];
  const paused = open !== undefined && open.to === undefined;
  const pausing = (state.status === "supplementRequested" && received) || state.status === "paymentRequested";
  if (paused && !pausing)
    bad(
      "pauses",
      `the clock cannot be paused in status '${state.status}'`,
      `không thể tạm dừng ở trạng thái '${state.status}'`,
    );
  if (state.status === "supplementRequested" && received && !(paused && open.reason === "supplement")) {
    bad(
      "pauses",
      "a supplement request during processing pauses the clock (DL-8)",
      "yêu cầu bổ sung trong quá trình giải quyết tạm dừng thời hạn (DL-8)",
    );
  }
  const supplementPauses = state.pauses.filter((p) => p.reason === "supplement").length;
  if (supplementPauses !== state.processingSupplementRequests)
    bad(
      "processingSupplementRequests",
      "does not match the supplement pauses",
      "không khớp số lần tạm dừng để bổ sung",
    );
  const done = state.status === "resolved" || state.status === "refusedAfterAcceptance" || state.status === "returned";
  if (done !== (state.resultReadyAt !== undefined))
    bad("resultReadyAt", `does not fit status '${state.status}'`, `không phù hợp trạng thái '${state.status}'`);
  if ((state.status === "returned") !== (state.returnedAt !== undefined))
    bad("returnedAt", `does not fit status '${state.status}'`, `không phù hợp trạng thái '${state.status}'`);
  if (state.status === "paymentRequested" && (state.payment === undefined || state.payment.paidAt !== undefined)) {
    bad(
      "payment",
      "a payment request is outstanding in status 'paymentRequested'",
      "trạng thái 'paymentRequested' cần yêu cầu thanh toán chưa nộp",
    );
  }
  state.steps.forEach((step, i) => {
    if (step.order !== i + 1)
      bad("steps", "steps are numbered 1, 2, 3… in order", "các bước đánh số 1, 2, 3… theo thứ tự");
  });
  if ((state.currentStep === undefined) !== (state.stepStartedAt === undefined))
    bad("currentStep", "comes with stepStartedAt", "đi cùng stepStartedAt");
  if (state.currentStep !== undefined && state.currentStep !== state.steps.length + 1)
    bad("currentStep", "is not the step after the last one handed on", "không phải bước sau bước đã bàn giao cuối");
}

/**
 * A context argument: an object with a procedure record (checked against the `Procedure` schema once
 * per object), a calendar from `createWorkingCalendar`, and, given a state, the procedure it follows.
 */
export function checkContext(value: unknown, state?: DossierState): WorkflowContext {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TthcError(
      "INVALID_OPTION",
      `context must be an object with a procedure and a calendar, got ${describe(value)}`,
      {
        messageVi: `context phải là đối tượng có procedure và calendar, nhận được ${describe(value)}`,
      },
    );
  }
  const record = value as Record<string, unknown>;
  const seen = CHECKED_CONTEXTS.get(record);
  // A context is usually one object for many calls: checked in full once, then while its procedure
  // and calendar are the same objects, one look-up and two comparisons.
  const procedure =
    seen !== undefined && seen.procedure === record["procedure"] && seen.calendar === record["calendar"]
      ? (record["procedure"] as Procedure)
      : checkNewContext(record);
  const p = procedure;
  if (state !== undefined && (p.code !== state.procedureCode || p.version !== state.procedureVersion)) {
    throw new TthcError(
      "INVALID_OPTION",
      `context procedure ${p.code} v${p.version} is not the dossier's ${state.procedureCode} v${state.procedureVersion}`,
      { path: ["procedure"], messageVi: "thủ tục trong ngữ cảnh khác thủ tục của hồ sơ" },
    );
  }
  return value as WorkflowContext;
}

/** Contexts checked in full, with the procedure and calendar they held then. */
const CHECKED_CONTEXTS = new WeakMap<object, { readonly procedure: unknown; readonly calendar: unknown }>();

function checkNewContext(value: Record<string, unknown>): Procedure {
  const context = checkObject(value, [], "INVALID_OPTION", ["procedure", "calendar", "actor", "options"]);
  const procedure = checkProcedure(context["procedure"], ["procedure"]);
  if (engineOf(context["calendar"]) === undefined) {
    throw mustBe(
      "INVALID_OPTION",
      ["calendar"],
      "made by createWorkingCalendar()",
      "được tạo bằng createWorkingCalendar()",
      context["calendar"],
    );
  }
  CHECKED_CONTEXTS.set(value, { procedure, calendar: context["calendar"] });
  return procedure;
}

/** A procedure record, checked against the `Procedure` schema once per object. */
export function checkProcedure(value: unknown, path: Path): Procedure {
  if (typeof value !== "object" || value === null || !CHECKED_PROCEDURES.has(value)) {
    const parsed = Procedure.safeParse(value);
    if (!parsed.success) {
      const error = fromZodError(parsed.error, value, "INVALID_PROCEDURE", "procedure", "thủ tục");
      throw new TthcError("INVALID_PROCEDURE", error.message, {
        path: [...path, ...error.path],
        messageVi: error.messageVi,
        cause: error,
      });
    }
    CHECKED_PROCEDURES.add(value as object);
  }
  return value as Procedure;
}

/** An instant argument (`at`): ISO date-time with offset; returns it. */
export function checkInstantArgument(value: unknown, path: Path = ["at"]): string {
  if (typeof value !== "string")
    throw mustBe("INVALID_INSTANT", path, "an ISO date-time with offset", "thời điểm ISO có múi giờ", value);
  toInstantMs(value, path);
  return value;
}

/** Options of the time functions: `granularity`, `reference`, `classifyAgainst`, and `at` where it is taken. */
export function checkTimelinessOptions(
  value: unknown,
  withAt: boolean,
): {
  at?: string;
  granularity?: "day" | "minute";
  reference?: "resultReady" | "returned";
  classifyAgainst?: "original" | "reappointed";
} {
  if (value === undefined) return {};
  const keys = withAt
    ? ["at", "granularity", "reference", "classifyAgainst"]
    : ["granularity", "reference", "classifyAgainst"];
  const o = checkObject(value, ["options"], "INVALID_OPTION", keys);
  return {
    ...(o["at"] === undefined ? {} : { at: checkInstantArgument(o["at"], ["options", "at"]) }),
    ...(o["granularity"] === undefined
      ? {}
      : { granularity: checkChoice(o["granularity"], ["day", "minute"] as const, ["options", "granularity"]) }),
    ...(o["reference"] === undefined
      ? {}
      : { reference: checkChoice(o["reference"], ["resultReady", "returned"] as const, ["options", "reference"]) }),
    ...(o["classifyAgainst"] === undefined
      ? {}
      : {
          classifyAgainst: checkChoice(o["classifyAgainst"], ["original", "reappointed"] as const, [
            "options",
            "classifyAgainst",
          ]),
        }),
  };
}

/** The context's acting user, if any: an `Actor` (id and workflow role). */
export function checkActor(value: unknown): Actor | undefined {
  if (value === undefined) return undefined;
  const parsed = Actor.safeParse(value);
  if (!parsed.success) {
    const error = fromZodError(parsed.error, value, "INVALID_OPTION", "context.actor", "context.actor");
    throw new TthcError("INVALID_OPTION", error.message, {
      path: ["actor", ...error.path],
      messageVi: error.messageVi,
      cause: error,
    });
  }
  return parsed.data;
}

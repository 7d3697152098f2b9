/**
 * Chuyển trạng thái — the pure one-stop state machine: `transition(state, event, context) →
 * { state, effects }`.
 */
import { TthcError } from "../errors.js";
import { readDossierCode } from "../models/_codes.js";
import { fromZodError } from "../models/_zodError.js";
import type { IsoDate } from "../models/common.js";
import type { Appointment } from "../models/dossier.js";
import type { InternalWorkflow } from "../models/procedure.js";
import type { RuleSetId } from "../models/ruleSet.js";
import { ruleSetFor } from "../models/ruleSetFor.js";
import { checkAllowed } from "./_check.js";
import {
  dueFrom,
  fail,
  limitOf,
  msOf,
  pausesOf,
  type ResolvedOptions,
  resolveOptions,
  vietnamDate,
  workflowOf,
} from "./_internal.js";
import { buildControlRows } from "./buildProcessControlSlip.js";
import type { WorkflowContext } from "./context.js";
import type { WorkflowEffect } from "./effects.js";
import { type Actor, DossierEvent, type DossierEventInput, type SupplementItem } from "./events.js";
import { createFormDocument } from "./forms.js";
import type { DossierState, InterAgencyHandoff, StepRecord } from "./states.js";

/**
 * Kết quả chuyển trạng thái — the next state and the effects the host should carry out.
 *
 * @example
 * ```ts
 * import type { TransitionResult } from "tthc/workflow";
 * type Effects = TransitionResult["effects"]; // readonly WorkflowEffect[]
 * ```
 * @category Workflow
 */
export interface TransitionResult {
  /** The new state (a new object; the input is untouched). */
  readonly state: DossierState;
  /** What the host should do: forms, notifications, new due dates, warnings. */
  readonly effects: readonly WorkflowEffect[];
}

type Changes = { -readonly [K in keyof DossierState]?: DossierState[K] | undefined };

interface Step {
  readonly changes: Changes;
  readonly effects: WorkflowEffect[];
}

/** Checks each supplement item names a component of the procedure or a legal basis (WF-4). */
function checkItems(items: readonly SupplementItem[], context: WorkflowContext): void {
  items.forEach((item, i) => {
    if (item.componentId !== undefined) {
      if (!context.procedure.components.some((c) => c.id === item.componentId)) {
        fail(
          "INVALID_EVENT",
          `item ${i}: '${item.componentId}' is not a component of procedure ${context.procedure.code} (WF-4)`,
          `mục ${i}: '${item.componentId}' không thuộc thành phần hồ sơ của thủ tục ${context.procedure.code} (WF-4)`,
          ["items", i, "componentId"],
        );
      }
    } else if (item.legalBasis === undefined) {
      fail(
        "INVALID_EVENT",
        `item ${i} names neither a component nor a legal basis: no document outside the rules (WF-4)`,
        `mục ${i} không nêu thành phần hồ sơ hay căn cứ pháp lý: không được yêu cầu ngoài quy định (WF-4)`,
        ["items", i],
      );
    }
  });
}

/** Closes the current internal-workflow step and opens the next; opens and closes liên thông hand-offs. */
function advance(state: DossierState, workflow: InternalWorkflow | undefined, at: string, actor: Actor): Changes {
  if (workflow === undefined || state.currentStep === undefined || state.stepStartedAt === undefined) return {};
  const current = workflow.steps[state.currentStep - 1];
  if (current === undefined) return {};
  const row: StepRecord = {
    order: current.order,
    name: current.name,
    unit: current.unit,
    ...(current.agency === undefined ? {} : { agency: current.agency.name }),
    quota: current.quota,
    startedAt: state.stepStartedAt,
    handedOverAt: at,
    by: actor.id,
    role: actor.role,
  };
  const next = workflow.steps[state.currentStep];
  const from = current.agency?.name;
  const to = next?.agency?.name;
  let handoffs = state.handoffs;
  if (from !== to) {
    if (from !== undefined) {
      handoffs = handoffs.map((h, i): InterAgencyHandoff => (i === handoffs.length - 1 ? { ...h, returnedAt: at } : h));
    }
    if (to !== undefined && next !== undefined) {
      let budget = 0;
      for (let i = next.order - 1; i < workflow.steps.length && workflow.steps[i]?.agency?.name === to; i++) {
        budget += workflow.steps[i]?.quota.value ?? 0;
      }
      handoffs = [
        ...handoffs,
        { agency: to, fromStep: next.order, sentAt: at, budget: { value: budget, unit: next.quota.unit } },
      ];
    }
  }
  return {
    steps: [...state.steps, row],
    currentStep: next === undefined ? undefined : next.order,
    stepStartedAt: next === undefined ? undefined : at,
    handoffs,
    status: to === undefined ? "inProcess" : "interAgency",
  };
}

/** Closes the open pause of `reason` and moves the due date on (DL-8), unless re-appointed. */
function resume(
  state: DossierState,
  at: string,
  reason: "supplement" | "payment",
  context: WorkflowContext,
  options: ResolvedOptions,
): Step {
  const last = state.pauses[state.pauses.length - 1];
  if (last === undefined || last.to !== undefined || last.reason !== reason) return { changes: {}, effects: [] };
  const pauses = [...state.pauses.slice(0, -1), { ...last, to: at }];
  const reappointed = state.appointments.some((a) => a.kind === "reappointment" || a.kind === "extension");
  if (reappointed || state.receivedAt === undefined || state.timeLimit === undefined) {
    return { changes: { pauses }, effects: [] };
  }
  const due = dueFrom(state.receivedAt, state.timeLimit, context, options, pausesOf({ ...state, pauses }));
  const appointment: Appointment = {
    kind: "resumed",
    dueDate: due.dueDate as IsoDate,
    dueAt: due.dueAt,
    setAt: at,
  };
  return {
    changes: { pauses, appointments: [...state.appointments, appointment] },
    effects: [{ type: "deadlineChanged", dueAt: due.dueAt, dueDate: due.dueDate, kind: "resumed" }],
  };
}

function current(state: DossierState): Appointment {
  const last = state.appointments[state.appointments.length - 1];
  if (last === undefined)
    throw new TthcError("INVALID_EVENT", "the dossier has no appointment", {
      path: ["type"],
      messageVi: "hồ sơ chưa có lịch hẹn trả kết quả",
    });
  return last;
}

function apply(state: DossierState, event: DossierEvent, context: WorkflowContext, options: ResolvedOptions): Step {
  const { procedure } = context;
  const applicantName = state.applicant?.name ?? "";
  const formSet: RuleSetId = state.ruleSet ?? ruleSetFor(event.at);
  const code = state.code ?? "";
  switch (event.type) {
    case "submit": {
      if (!procedure.channels.some((row) => row.channel === event.channel)) {
        fail(
          "INVALID_EVENT",
          `procedure ${procedure.code} has no '${event.channel}' channel`,
          `thủ tục ${procedure.code} không có kênh '${event.channel}'`,
          ["channel"],
        );
      }
      if (event.caseId !== undefined && !(procedure.cases ?? []).some((c) => c.id === event.caseId)) {
        fail(
          "INVALID_EVENT",
          `procedure ${procedure.code} has no case '${event.caseId}'`,
          `thủ tục ${procedure.code} không có trường hợp '${event.caseId}'`,
          ["caseId"],
        );
      }
      return {
        changes: {
          status: "submitted",
          channel: event.channel,
          applicant: event.applicant,
          caseId: event.caseId,
          resultChannel: event.resultChannel,
          submittedAt: event.at,
        },
        effects: [{ type: "notify", to: "receptionist", template: "submitted" }],
      };
    }
    case "requestSupplementAtIntake":
    case "requestSupplement": {
      checkItems(event.items, context);
      const intake = event.type === "requestSupplementAtIntake";
      const form = createFormDocument(formSet, "supplementRequest", {
        ...(state.code === undefined ? {} : { dossierCode: state.code }),
        applicantName,
        procedureName: procedure.name,
        stage: intake ? "intake" : "processing",
        ...(event.letterRef === undefined ? {} : { letterRef: event.letterRef }),
        requestedAt: event.at,
        items: event.items,
      });
      const effects: WorkflowEffect[] = [
        { type: "issueForm", ...form },
        { type: "notify", to: "applicant", template: "supplementRequested" },
      ];
      if (intake) {
        return {
          changes: {
            status: "supplementRequested",
            intakeSupplementRequests: state.intakeSupplementRequests + 1,
            pendingItems: event.items,
          },
          effects,
        };
      }
      effects.push({ type: "clockPaused", at: event.at, reason: "supplement" });
      return {
        changes: {
          status: "supplementRequested",
          processingSupplementRequests: state.processingSupplementRequests + 1,
          pendingItems: event.items,
          pauses: [...state.pauses, { from: event.at, reason: "supplement" }],
        },
        effects,
      };
    }
    case "supplement": {
      if (state.receivedAt === undefined) {
        return {
          changes: { status: "submitted", pendingItems: undefined },
          effects: [{ type: "notify", to: "receptionist", template: "supplemented" }],
        };
      }
      const resumed = resume(state, event.at, "supplement", context, options);
      return {
        changes: { ...resumed.changes, status: "inProcess", pendingItems: undefined },
        effects: [...resumed.effects, { type: "notify", to: "processor", template: "supplemented" }],
      };
    }
    case "rejectAtIntake": {
      const form = createFormDocument(formSet, "intakeRefusalNotice", {
        applicantName,
        procedureName: procedure.name,
        refusedAt: event.at,
        reason: event.reason,
      });
      return {
        changes: { status: "rejectedAtIntake", reason: event.reason },
        effects: [
          { type: "issueForm", ...form },
          { type: "notify", to: "applicant", template: "rejectedAtIntake" },
        ],
      };
    }
    case "receive": {
      const parts = readDossierCode(event.code);
      const receiptDate = vietnamDate(event.at);
      if (
        parts === undefined ||
        `${parts.year}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}` !== receiptDate
      ) {
        fail(
          "INVALID_EVENT",
          `the dossier code's date is not the receipt date ${receiptDate} (MOD-14)`,
          `ngày trong mã hồ sơ khác ngày tiếp nhận ${receiptDate} (MOD-14)`,
          ["code"],
        );
      }
      const ruleSet = ruleSetFor(event.at); // LAW-8: bound at receipt, kept
      const timeLimit = limitOf(procedure, state.channel, state.caseId);
      if (timeLimit === undefined) {
        fail(
          "INVALID_EVENT",
          "the procedure has no time limit for this channel",
          "thủ tục không có thời hạn cho kênh này",
          ["type"],
        );
      }
      const ruled = resolveOptions(ruleSet, context);
      const due = dueFrom(event.at, timeLimit, context, ruled);
      const workflow = workflowOf(procedure, state);
      const form = createFormDocument(ruleSet, "appointmentSlip", {
        dossierCode: event.code,
        applicantName,
        procedureName: procedure.name,
        timeLimit,
        receivedAt: event.at,
        dueAt: due.dueAt,
        resultChannel: state.resultChannel ?? state.channel ?? "direct",
      });
      return {
        changes: {
          status: "received",
          ruleSet,
          code: event.code,
          receivedAt: event.at,
          timeLimit,
          appointments: [{ kind: "initial", dueDate: due.dueDate as IsoDate, dueAt: due.dueAt, setAt: event.at }],
          ...(workflow === undefined ? {} : { currentStep: 1, stepStartedAt: event.at }),
        },
        effects: [
          { type: "issueForm", ...form },
          { type: "deadlineChanged", dueAt: due.dueAt, dueDate: due.dueDate, kind: "initial" },
          { type: "notify", to: "applicant", template: "received" },
        ],
      };
    }
    case "transfer": {
      const effects: WorkflowEffect[] = [];
      if (state.receivedAt !== undefined) {
        // DL-17: by the end of the `transferLimit`-th working day after the receipt date; a warning only.
        const limit = context.calendar.addWorkingDays(vietnamDate(state.receivedAt), options.transferLimit);
        if (vietnamDate(event.at) > limit) {
          effects.push({
            type: "warning",
            code: "lateTransfer",
            message: {
              vi: `Chuyển hồ sơ sau ngày ${limit} (DL-17)`,
              en: `Transferred after ${limit} (DL-17)`,
            },
          });
        }
      }
      const moved = advance(state, workflowOf(procedure, state), event.at, event.actor);
      const changes: Changes = { status: "inProcess", ...moved };
      const next = { ...state, ...changes } as DossierState;
      effects.push(
        { type: "issueForm", ...createFormDocument(formSet, "processControlSlip", slipData(next, context, options)) },
        { type: "notify", to: "processor", template: "transferred" },
      );
      return { changes, effects };
    }
    case "handOver": {
      const expected = (state.currentStep ?? 0) + 1;
      if (event.step !== expected) {
        fail(
          "INVALID_EVENT",
          `hand-over to step ${event.step}, but the next step is ${expected}`,
          `bàn giao sang bước ${event.step}, nhưng bước tiếp theo là ${expected}`,
          ["step"],
        );
      }
      const workflow = workflowOf(procedure, state);
      const changes = advance(state, workflow, event.at, event.actor);
      const agency = workflow?.steps[expected - 1]?.agency?.name;
      return {
        changes,
        effects: [
          agency === undefined
            ? { type: "notify", to: "processor", template: "handedOver" }
            : { type: "notify", to: "partnerAgency", template: "handedOver", agency },
        ],
      };
    }
    case "requestPayment": {
      const pause = options.pauseOnPaymentRequest;
      return {
        changes: {
          status: "paymentRequested",
          payment: { requestedAt: event.at, amountVnd: event.amountVnd },
          ...(pause ? { pauses: [...state.pauses, { from: event.at, reason: "payment" as const }] } : {}),
        },
        effects: [
          { type: "notify", to: "applicant", template: "paymentRequested" },
          ...(pause ? [{ type: "clockPaused" as const, at: event.at, reason: "payment" as const }] : []),
        ],
      };
    }
    case "pay": {
      const resumed = resume(state, event.at, "payment", context, options);
      const payment = state.payment;
      return {
        changes: {
          ...resumed.changes,
          status: "inProcess",
          ...(payment === undefined ? {} : { payment: { ...payment, paidAt: event.at } }),
        },
        effects: [...resumed.effects, { type: "notify", to: "processor", template: "paid" }],
      };
    }
    case "apologise": {
      const before = current(state);
      if (event.newDueDate <= before.dueDate || !context.calendar.isWorkingDay(event.newDueDate)) {
        fail(
          "INVALID_EVENT",
          `the new due date must be a working day after ${before.dueDate}`,
          `ngày hẹn lại phải là ngày làm việc sau ${before.dueDate}`,
          ["newDueDate"],
        );
      }
      // DL-13: "one day before" = `apologyLeadTime` working days before the due date; later is flagged, not refused.
      const lead = context.calendar.workingDaysBetween(vietnamDate(event.at), before.dueDate);
      const late = lead < options.apologyLeadTime;
      const newDue = dueFrom(
        `${event.newDueDate}T00:00:00+07:00`,
        { value: 1, unit: "sameDay" },
        context,
        { ...options, deadline: { ...options.deadline, appointmentTime: "endOfWorkingDay" } },
        [],
        false,
      );
      const kind = state.ruleSet === "VN-2025" ? "extension" : "reappointment";
      const previousDueAt = before.dueAt ?? `${before.dueDate}T17:00:00+07:00`;
      const form = createFormDocument(formSet, "apologyLetter", {
        dossierCode: code,
        applicantName,
        procedureName: procedure.name,
        letterRef: event.letterRef,
        receivedAt: state.receivedAt ?? event.at,
        previousDueAt,
        reason: event.reason,
        newDueAt: newDue.dueAt,
        issuedAt: event.at,
        lateApology: late,
      });
      const effects: WorkflowEffect[] = [
        { type: "issueForm", ...form },
        { type: "notify", to: "applicant", template: "apology" },
        { type: "notify", to: "receptionist", template: "apology" },
        { type: "deadlineChanged", dueAt: newDue.dueAt, dueDate: newDue.dueDate, kind },
      ];
      if (late) {
        effects.push({
          type: "warning",
          code: "lateApology",
          message: {
            vi: `Xin lỗi muộn: phải gửi trước hạn ${before.dueDate} ít nhất ${options.apologyLeadTime} ngày làm việc (DL-13)`,
            en: `Late apology: due at least ${options.apologyLeadTime} working day(s) before ${before.dueDate} (DL-13)`,
          },
        });
      }
      return {
        changes: {
          appointments: [
            ...state.appointments,
            {
              kind,
              dueDate: newDue.dueDate as IsoDate,
              dueAt: newDue.dueAt,
              setAt: event.at,
              reason: event.reason,
              letterRef: event.letterRef,
            },
          ],
          lateApology: state.lateApology || late,
        },
        effects,
      };
    }
    case "approve":
    case "refuse": {
      const moved = advance(state, workflowOf(procedure, state), event.at, event.actor);
      const approve = event.type === "approve";
      return {
        changes: {
          ...moved,
          status: approve ? "resolved" : "refusedAfterAcceptance",
          resultReadyAt: event.at,
          ...(approve ? {} : { reason: event.reason }),
        },
        effects: [
          { type: "notify", to: "applicant", template: approve ? "resultReady" : "refused" },
          { type: "notify", to: "receptionist", template: approve ? "resultReady" : "refused" },
        ],
      };
    }
    case "return": {
      const { status: _status, ...moved } = advance(state, workflowOf(procedure, state), event.at, event.actor);
      return {
        changes: { ...moved, status: "returned", returnedAt: event.at, returnChannel: event.channel },
        effects: [{ type: "notify", to: "applicant", template: "returned" }],
      };
    }
    case "withdraw":
    case "stop": {
      const last = state.pauses[state.pauses.length - 1];
      const pauses =
        last !== undefined && last.to === undefined
          ? [...state.pauses.slice(0, -1), { ...last, to: event.at }]
          : undefined;
      const stop = event.type === "stop";
      const effects: WorkflowEffect[] = [];
      if (stop) {
        effects.push({
          type: "issueForm",
          ...createFormDocument(formSet, "stopProcessingNotice", {
            dossierCode: code,
            applicantName,
            procedureName: procedure.name,
            reason: event.reason,
            stoppedAt: event.at,
            signer: event.actor.id,
          }),
        });
      }
      effects.push({
        type: "notify",
        to: stop ? "applicant" : "receptionist",
        template: stop ? "stopped" : "withdrawn",
      });
      return {
        changes: {
          status: stop ? "stopped" : "withdrawn",
          ...(pauses === undefined ? {} : { pauses }),
          ...(event.reason === undefined ? {} : { reason: event.reason }),
        },
        effects,
      };
    }
  }
}

function slipData(state: DossierState, context: WorkflowContext, options: ResolvedOptions) {
  return {
    dossierCode: state.code ?? "",
    applicantName: state.applicant?.name ?? "",
    dueAt: state.appointments[state.appointments.length - 1]?.dueAt ?? "",
    rows: buildControlRows(state, context, options),
  };
}

/**
 * Chuyển trạng thái hồ sơ — applies one event to a dossier state. Pure: no clock, no I/O; the
 * input state and event are never changed. The event is validated (strict zod), its `version` must
 * be the state's (else `CONFLICT`: two officers cannot overwrite each other), its `at` not earlier
 * than the last event, its type allowed in the state (table {@link TRANSITIONS}), for the actor's
 * role, under the dossier's rule set, and its guards must hold.
 *
 * On `receive` the rule set is bound (LAW-8), the clock starts (DL-7) and the appointment is computed
 * by `computeDueDate` from the case or channel limit and the procedure's `sameDayCutoff`; a supplement
 * request pauses the clock and the supplement resumes it without losing used time (DL-8); `apologise`
 * re-appoints once, flagging `lateApology` when issued later than the lead time (DL-13), and both due
 * dates are kept (DL-14); `handOver` walks the internal workflow, opening a liên thông hand-off with
 * its own budget whenever a step belongs to a partner agency (DL-16, WF-12, WF-13).
 *
 * @param state - The current state (from {@link createDossierState}, {@link replay} or {@link restoreSnapshot}).
 * @param event - The event; see {@link DossierEvent}.
 * @param context - Procedure, calendar and options; see {@link WorkflowContext}.
 * @returns The new state (version + 1) and the effects to carry out.
 * @throws {@link TthcError} `INVALID_EVENT` if the event fails its schema, goes back in time, names a
 * wrong step, a dossier code of another date, a supplement item outside the rules (WF-4) or a bad new due date.
 * @throws {@link TthcError} `CONFLICT` if `event.version` is not `state.version`.
 * @throws {@link TthcError} `TRANSITION_NOT_ALLOWED` if the state, rule set or a guard forbids it (stop under `VN-2018`).
 * @throws {@link TthcError} `FORBIDDEN_ROLE` if the actor's role may not send it.
 * @throws {@link TthcError} `LIMIT_REACHED` past `maxSupplementRequests` or `maxReappointments`.
 * @throws {@link TthcError} `INVALID_OPTION` if the context's procedure is not the dossier's.
 * @see NĐ 61/2018/NĐ-CP; NĐ 118/2025/NĐ-CP; TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP (RULES §5.6, DL-7 to DL-17, WF-6 to WF-25)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { createDossierState, transition } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * let state = createDossierState(context);
 * state = transition(state, { type: "submit", at: "2026-02-13T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } }, context).state;
 * const { state: received, effects } = transition(state, { type: "receive", at: "2026-02-13T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260213-0001" }, context);
 * received.status; // => "received"
 * received.ruleSet; // => "VN-2025"
 * received.appointments[0]?.dueDate; // => "2026-03-20"
 * effects.map((effect) => effect.type); // => ["issueForm", "deadlineChanged", "notify"]
 * ```
 * @category Workflow
 */
export function transition(state: DossierState, event: DossierEventInput, context: WorkflowContext): TransitionResult {
  const parsed = DossierEvent.safeParse(event);
  if (!parsed.success) throw fromZodError(parsed.error, "INVALID_EVENT", "event", "sự kiện");
  const e = parsed.data;
  const { procedure } = context;
  if (procedure.code !== state.procedureCode || procedure.version !== state.procedureVersion) {
    throw new TthcError(
      "INVALID_OPTION",
      `context procedure ${procedure.code} v${procedure.version} is not the dossier's ${state.procedureCode} v${state.procedureVersion}`,
      { path: ["procedure"], messageVi: "thủ tục trong ngữ cảnh khác thủ tục của hồ sơ" },
    );
  }
  if (e.version !== state.version) {
    fail(
      "CONFLICT",
      `event written against version ${e.version}, the dossier is at version ${state.version}`,
      `thao tác dựa trên phiên bản ${e.version}, hồ sơ đang ở phiên bản ${state.version}`,
      ["version"],
    );
  }
  if (state.updatedAt !== undefined && msOf(e.at) < msOf(state.updatedAt)) {
    fail(
      "INVALID_EVENT",
      `event at ${e.at} is before the last event (${state.updatedAt})`,
      `thời điểm ${e.at} trước thao tác gần nhất (${state.updatedAt})`,
      ["at"],
    );
  }
  const options = resolveOptions(state.ruleSet, context);
  const refusal = checkAllowed(state, e.type, e.actor.role, context, options);
  if (refusal !== undefined)
    throw new TthcError(refusal.code, refusal.en, { path: refusal.path, messageVi: refusal.vi });
  const { changes, effects } = apply(state, e, context, options);
  const merged: Record<string, unknown> = { ...state, ...changes, version: state.version + 1, updatedAt: e.at };
  // Copy without the cleared (undefined) fields rather than `delete` them: deleting would turn the
  // state into a slow dictionary-mode object for every later read.
  const next: Record<string, unknown> = {};
  for (const key in merged) {
    const value = merged[key];
    if (value !== undefined) next[key] = value;
  }
  return { state: next as DossierState, effects };
}

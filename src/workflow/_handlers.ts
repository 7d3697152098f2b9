/**
 * One handler per event type: what the event changes and which effects it asks for. The table is
 * checked against the event types by the compiler, as the guards and labels are.
 */

import { readDossierCode } from "../_internal/codes.js";
import { toInstantMs, vietnamDateOf } from "../_internal/instant.js";
import type { IsoDate } from "../models/common.js";
import type { RuleSetId } from "../models/ruleSet.js";
import { ruleSetFor } from "../models/ruleSetFor.js";
import { limitOf } from "../models/timeLimitOf.js";
import { fail } from "./_boundary.js";
import type { ResolvedOptions } from "./_options.js";
import { closeOpenPause, NO_STEP, pause, resume, type Step } from "./_pauses.js";
import { addsTo, extraTimeOf, workflowOf } from "./_procedure.js";
import { advance, type Changes } from "./_steps.js";
import { controlRows } from "./buildProcessControlSlip.js";
import { currentDueOf, dossierTimeOf, endOfWorkingDay, limitWithExtra, ruleDue } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import type { WorkflowEffect } from "./effects.js";
import type { DossierEvent, DossierEventType, SupplementItem } from "./events.js";
import { createFormDocument } from "./forms.js";
import type { DossierState } from "./states.js";

type EventOf<K extends DossierEventType> = Extract<DossierEvent, { readonly type: K }>;
type Handler<K extends DossierEventType> = (
  state: DossierState,
  event: EventOf<K>,
  context: WorkflowContext,
  options: ResolvedOptions,
) => Step;

/** Shared pieces of the forms: the applicant, the code and the form set (the rule set, or the one in force). */
function formParts(state: DossierState, at: string, options: ResolvedOptions) {
  const bindAt = options.ruleSetBy === "submittedAt" && state.submittedAt !== undefined ? state.submittedAt : at;
  const formSet: RuleSetId = state.ruleSet ?? ruleSetFor(bindAt);
  return { applicantName: state.applicant?.name ?? "", code: state.code ?? "", formSet };
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

/** The control slip's data: rows from the one account of the dossier's time. */
function slipData(state: DossierState, context: WorkflowContext, at: string) {
  const time = dossierTimeOf(state, context, at);
  return {
    dossierCode: state.code ?? "",
    applicantName: state.applicant?.name ?? "",
    dueAt: time?.current.dueAt ?? "",
    rows: controlRows(state, time),
  };
}

const submit: Handler<"submit"> = (_state, event, context) => {
  const { procedure } = context;
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
    effects: () => [{ type: "notify", to: "receptionist", template: "submitted" }],
  };
};

function supplementRequest(
  state: DossierState,
  event: EventOf<"requestSupplementAtIntake" | "requestSupplement">,
  context: WorkflowContext,
  options: ResolvedOptions,
): Step {
  checkItems(event.items, context);
  const intake = event.type === "requestSupplementAtIntake";
  const effects = (): WorkflowEffect[] => {
    const { applicantName, formSet } = formParts(state, event.at, options);
    const form = createFormDocument(formSet, "supplementRequest", {
      ...(state.code === undefined ? {} : { dossierCode: state.code }),
      applicantName,
      procedureName: context.procedure.name,
      stage: intake ? "intake" : "processing",
      ...(event.letterRef === undefined ? {} : { letterRef: event.letterRef }),
      requestedAt: event.at,
      items: event.items,
    });
    return [
      { type: "issueForm", ...form },
      { type: "notify", to: "applicant", template: "supplementRequested" },
    ];
  };
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
  // DL-8: at any stage, also after a re-appointment.
  const paused = pause(state, event.at, "supplement");
  return {
    changes: {
      ...paused.changes,
      status: "supplementRequested",
      processingSupplementRequests: state.processingSupplementRequests + 1,
      pendingItems: event.items,
    },
    effects: () => [...effects(), ...paused.effects()],
  };
}

const supplement: Handler<"supplement"> = (state, event, context) => {
  if (state.receivedAt === undefined) {
    return {
      changes: { status: "submitted", pendingItems: undefined },
      effects: () => [{ type: "notify", to: "receptionist", template: "supplemented" }],
    };
  }
  const resumed = resume(state, event.at, "supplement", context);
  return {
    changes: { ...resumed.changes, status: "inProcess", pendingItems: undefined },
    effects: () => [...resumed.effects(), { type: "notify", to: "processor", template: "supplemented" }],
  };
};

const rejectAtIntake: Handler<"rejectAtIntake"> = (state, event, context, options) => ({
  changes: { status: "rejectedAtIntake", reason: event.reason },
  effects: () => {
    const { applicantName, formSet } = formParts(state, event.at, options);
    const form = createFormDocument(formSet, "intakeRefusalNotice", {
      applicantName,
      procedureName: context.procedure.name,
      refusedAt: event.at,
      reason: event.reason,
    });
    return [
      { type: "issueForm", ...form },
      { type: "notify", to: "applicant", template: "rejectedAtIntake" },
    ];
  },
});

const receive: Handler<"receive"> = (state, event, context, options) => {
  const { procedure } = context;
  const parts = readDossierCode(event.code);
  const receiptDate = vietnamDateOf(event.at, ["at"]);
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
  // LAW-8: bound at receipt (or submission, as the option says), then kept.
  const ruleSet = formParts(state, event.at, options).formSet;
  const timeLimit = limitOf(procedure, state);
  if (timeLimit === undefined) {
    fail(
      "INVALID_EVENT",
      "the procedure has no time limit for this channel",
      "thủ tục không có thời hạn cho kênh này",
      ["type"],
    );
  }
  const { found: extraTime, missing } = extraTimeOf(procedure, state.channel, event.extraTime ?? []);
  if (missing.length > 0) {
    fail(
      "INVALID_EVENT",
      `no extra time '${missing[0]}' on the procedure's '${state.channel}' channel row (DL-6)`,
      `kênh '${state.channel}' của thủ tục không có thời gian kéo dài '${missing[0]}' (DL-6)`,
      ["extraTime", (event.extraTime ?? []).indexOf(missing[0] as string)],
    );
  }
  const mixed = extraTime.findIndex((e) => !addsTo(timeLimit, e));
  if (mixed >= 0) {
    fail(
      "INVALID_EVENT",
      `extra time in ${extraTime[mixed]?.time.unit} cannot be added to a limit in ${timeLimit.unit} (DL-5, DL-6)`,
      `không cộng được thời gian kéo dài tính bằng ${extraTime[mixed]?.time.unit} vào thời hạn tính bằng ${timeLimit.unit} (DL-5, DL-6)`,
      ["extraTime", mixed],
    );
  }
  const limit = limitWithExtra(timeLimit, extraTime);
  const due = ruleDue(event.at, limit, [], context, options);
  const workflow = workflowOf(procedure, state);
  return {
    changes: {
      status: "received",
      ruleSet,
      code: event.code,
      receivedAt: event.at,
      timeLimit,
      ...(extraTime.length === 0 ? {} : { extraTime }),
      appointments: [{ kind: "initial", dueDate: due.dueDate as IsoDate, dueAt: due.dueAt, setAt: event.at }],
      ...(workflow === undefined ? {} : { currentStep: 1, stepStartedAt: event.at }),
    },
    effects: () => {
      const form = createFormDocument(ruleSet, "appointmentSlip", {
        dossierCode: event.code,
        applicantName: state.applicant?.name ?? "",
        procedureName: procedure.name,
        timeLimit: limit,
        receivedAt: event.at,
        dueAt: due.dueAt,
        resultChannel: state.resultChannel ?? state.channel ?? "direct",
      });
      return [
        { type: "issueForm", ...form },
        { type: "deadlineChanged", dueAt: due.dueAt, dueDate: due.dueDate, kind: "initial" },
        { type: "notify", to: "applicant", template: "received" },
      ];
    },
  };
};

const transfer: Handler<"transfer"> = (state, event, context, options) => {
  const changes: Changes = {
    status: "inProcess",
    ...advance(state, workflowOf(context.procedure, state), event.at, event.actor),
  };
  const effects = (): WorkflowEffect[] => {
    const out: WorkflowEffect[] = [];
    if (state.receivedAt !== undefined) {
      // DL-17: by the end of the `transferLimit`-th working day after the receipt date; a warning only.
      const limit = context.calendar.addWorkingDays(
        vietnamDateOf(state.receivedAt, ["receivedAt"]),
        options.transferLimit,
      );
      if (vietnamDateOf(event.at, ["at"]) > limit) {
        out.push({
          type: "warning",
          code: "lateTransfer",
          message: { vi: `Chuyển hồ sơ sau ngày ${limit} (DL-17)`, en: `Transferred after ${limit} (DL-17)` },
        });
      }
    }
    const next = { ...state, ...changes } as DossierState;
    const { formSet } = formParts(state, event.at, options);
    out.push(
      { type: "issueForm", ...createFormDocument(formSet, "processControlSlip", slipData(next, context, event.at)) },
      { type: "notify", to: "processor", template: "transferred" },
    );
    return out;
  };
  return { changes, effects };
};

const handOver: Handler<"handOver"> = (state, event, context) => {
  const expected = (state.currentStep ?? 0) + 1;
  if (event.step !== expected) {
    fail(
      "INVALID_EVENT",
      `hand-over to step ${event.step}, but the next step is ${expected}`,
      `bàn giao sang bước ${event.step}, nhưng bước tiếp theo là ${expected}`,
      ["step"],
    );
  }
  const workflow = workflowOf(context.procedure, state);
  const agency = workflow?.steps[expected - 1]?.agency?.name;
  return {
    changes: advance(state, workflow, event.at, event.actor),
    effects: () => [
      agency === undefined
        ? { type: "notify", to: "processor", template: "handedOver" }
        : { type: "notify", to: "partnerAgency", template: "handedOver", agency },
    ],
  };
};

const requestSupplement: Handler<"requestSupplement"> = supplementRequest;
const requestSupplementAtIntake: Handler<"requestSupplementAtIntake"> = supplementRequest;

const requestPayment: Handler<"requestPayment"> = (state, event, _context, options) => {
  const paused = options.pauseOnPaymentRequest ? pause(state, event.at, "payment") : NO_STEP;
  return {
    changes: {
      ...paused.changes,
      status: "paymentRequested",
      payment: { requestedAt: event.at, amountVnd: event.amountVnd },
    },
    effects: () => [{ type: "notify", to: "applicant", template: "paymentRequested" }, ...paused.effects()],
  };
};

const pay: Handler<"pay"> = (state, event, context) => {
  const resumed = resume(state, event.at, "payment", context);
  const payment = state.payment;
  return {
    changes: {
      ...resumed.changes,
      status: "inProcess",
      ...(payment === undefined ? {} : { payment: { ...payment, paidAt: event.at } }),
    },
    effects: () => [...resumed.effects(), { type: "notify", to: "processor", template: "paid" }],
  };
};

const apologise: Handler<"apologise"> = (state, event, context, options) => {
  const before = currentDueOf(state, context, event.at);
  if (before === undefined) {
    return fail("INVALID_EVENT", "the dossier has no appointment", "hồ sơ chưa có lịch hẹn trả kết quả", ["type"]);
  }
  const newDue = endOfWorkingDay(event.newDueDate, context, options);
  // DL-11: a proposed new date: a working day after the appointment in force, and still ahead of the apology.
  if (
    event.newDueDate <= before.dueDate ||
    !context.calendar.isWorkingDay(event.newDueDate) ||
    toInstantMs(newDue.dueAt, ["newDueDate"]) <= toInstantMs(event.at, ["at"])
  ) {
    fail(
      "INVALID_EVENT",
      `the new due date must be a working day after ${before.dueDate} whose working hours end after the apology (DL-11)`,
      `ngày hẹn lại phải là ngày làm việc sau ${before.dueDate} và chưa hết giờ làm việc khi gửi văn bản xin lỗi (DL-11)`,
      ["newDueDate"],
    );
  }
  // DL-13: at the latest `apologyLeadTime` working days before the due date; an apology on a later
  // day (a day off after the last permitted working day included) is accepted and flagged.
  const lastPermitted = context.calendar.addWorkingDays(before.dueDate, -options.apologyLeadTime);
  const late = vietnamDateOf(event.at, ["at"]) > lastPermitted;
  const kind = state.ruleSet === "VN-2025" ? "extension" : "reappointment";
  const effects = (): WorkflowEffect[] => {
    const { applicantName, code, formSet } = formParts(state, event.at, options);
    const form = createFormDocument(formSet, "apologyLetter", {
      dossierCode: code,
      applicantName,
      procedureName: context.procedure.name,
      letterRef: event.letterRef,
      receivedAt: state.receivedAt ?? event.at,
      previousDueAt: before.dueAt,
      reason: event.reason,
      newDueAt: newDue.dueAt,
      issuedAt: event.at,
      lateApology: late,
    });
    const out: WorkflowEffect[] = [
      { type: "issueForm", ...form },
      { type: "notify", to: "applicant", template: "apology" },
      { type: "notify", to: "receptionist", template: "apology" },
      { type: "deadlineChanged", dueAt: newDue.dueAt, dueDate: newDue.dueDate, kind },
    ];
    if (late) {
      out.push({
        type: "warning",
        code: "lateApology",
        message: {
          vi: `Xin lỗi muộn: phải gửi chậm nhất ngày ${lastPermitted}, trước hạn ${before.dueDate} ${options.apologyLeadTime} ngày làm việc (DL-13)`,
          en: `Late apology: due by ${lastPermitted}, ${options.apologyLeadTime} working day(s) before ${before.dueDate} (DL-13)`,
        },
      });
    }
    return out;
  };
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
};

function finish(state: DossierState, event: EventOf<"approve" | "refuse">, context: WorkflowContext): Step {
  const moved = advance(state, workflowOf(context.procedure, state), event.at, event.actor);
  const approve = event.type === "approve";
  return {
    changes: {
      ...moved,
      status: approve ? "resolved" : "refusedAfterAcceptance",
      resultReadyAt: event.at,
      ...(event.type === "refuse" ? { reason: event.reason } : {}),
    },
    effects: () => [
      { type: "notify", to: "applicant", template: approve ? "resultReady" : "refused" },
      { type: "notify", to: "receptionist", template: approve ? "resultReady" : "refused" },
    ],
  };
}

const returnResult: Handler<"return"> = (state, event, context) => {
  const { status: _status, ...moved } = advance(state, workflowOf(context.procedure, state), event.at, event.actor);
  return {
    changes: { ...moved, status: "returned", returnedAt: event.at, returnChannel: event.channel },
    effects: () => [{ type: "notify", to: "applicant", template: "returned" }],
  };
};

function close(
  state: DossierState,
  event: EventOf<"withdraw" | "stop">,
  context: WorkflowContext,
  options: ResolvedOptions,
): Step {
  const pauses = closeOpenPause(state, event.at);
  const stop = event.type === "stop";
  const effects = (): WorkflowEffect[] => {
    const out: WorkflowEffect[] = [];
    if (event.type === "stop") {
      const { applicantName, code, formSet } = formParts(state, event.at, options);
      out.push({
        type: "issueForm",
        ...createFormDocument(formSet, "stopProcessingNotice", {
          dossierCode: code,
          applicantName,
          procedureName: context.procedure.name,
          reason: event.reason,
          stoppedAt: event.at,
          signer: event.actor.id,
        }),
      });
    }
    out.push({ type: "notify", to: stop ? "applicant" : "receptionist", template: stop ? "stopped" : "withdrawn" });
    return out;
  };
  return {
    changes: {
      status: stop ? "stopped" : "withdrawn",
      ...(pauses === undefined ? {} : { pauses }),
      ...(event.reason === undefined ? {} : { reason: event.reason }),
    },
    effects,
  };
}

/** The handlers, one per event type (a missing or extra one fails to compile). */
export const HANDLERS: { readonly [K in DossierEventType]: Handler<K> } = {
  submit,
  requestSupplementAtIntake,
  supplement,
  rejectAtIntake,
  receive,
  transfer,
  handOver,
  requestSupplement,
  requestPayment,
  pay,
  apologise,
  approve: finish,
  refuse: finish,
  return: returnResult,
  withdraw: close,
  stop: close,
};

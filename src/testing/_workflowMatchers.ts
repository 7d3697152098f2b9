/** The workflow matchers: toBeOverdueAt (states), toBeInState, toHaveNationalStatus, toAllowEvent, toHaveIssuedForm. */
import { checkChoice, checkInteger, checkObject, describe, mustBe } from "../_internal/checks.js";
import { toInstantMs } from "../_internal/instant.js";
import { TthcError } from "../errors.js";
import {
  type DossierStatus,
  DossierStatus as DossierStatusSchema,
  type FormKind,
  FormKind as FormKindSchema,
  NATIONAL_STATUS_CODES,
  type NationalStatusCode,
  nationalStatusCodeOf,
} from "../models/index.js";
import {
  can,
  classifyUrgency,
  computeDossierTime,
  computeRemaining,
  type DossierEventType,
  type DossierState,
  EVENT_LABELS,
  isOverdue,
  nationalStatusOf,
  nextEvents,
  STATE_LABELS,
  type WorkflowContext,
  type WorkflowEffect,
} from "../workflow/index.js";
import { type MatcherOutcome, outcome } from "./_format.js";
import type { Subject } from "./_subject.js";
import type { DueSoonOptions, IssuedFormOptions } from "./matcherTypes.js";

const stateText = (status: DossierStatus) => ({
  en: `'${status}' (${STATE_LABELS[status].en})`,
  vi: `'${status}' (${STATE_LABELS[status].vi})`,
});

function needState(matcher: string, subject: Subject): MatcherOutcome {
  const got = subject.kind === "other" ? subject.problem : `a ${subject.kind}`;
  return outcome(false, {
    en: `${matcher} expects a workflow state (DossierState) or a transition result: ${got}`,
    vi: `${matcher} cần trạng thái quy trình (DossierState) hoặc kết quả chuyển trạng thái: ${got}`,
  });
}

function contextOf(
  matcher: string,
  given: WorkflowContext | undefined,
  fallback: WorkflowContext | undefined,
): WorkflowContext {
  const context = given ?? fallback;
  if (context === undefined) {
    throw new TthcError(
      "INVALID_OPTION",
      `${matcher} on a workflow state needs a WorkflowContext: pass one, or build the matchers with createTthcMatchers({ context })`,
      {
        path: ["context"],
        messageVi: `${matcher} trên trạng thái quy trình cần WorkflowContext: truyền vào, hoặc tạo bộ so khớp bằng createTthcMatchers({ context })`,
      },
    );
  }
  return context;
}

export function stateOverdueAt(
  state: DossierState,
  instant: string,
  context: WorkflowContext | undefined,
  fallback: WorkflowContext | undefined,
): MatcherOutcome {
  toInstantMs(instant, ["at"]);
  const ctx = contextOf("toBeOverdueAt", context, fallback);
  const overdue = isOverdue(state, instant, ctx);
  const left = computeRemaining(state, instant, ctx);
  const current = computeDossierTime(state, ctx, { at: instant })?.current;
  const what = `dossier ${state.code ?? "(no code)"} in ${stateText(state.status).en}`;
  const whatVi = `hồ sơ ${state.code ?? "(chưa có mã)"} ở trạng thái ${stateText(state.status).vi}`;
  const details = [
    `Current appointment / Hẹn trả hiện tại: ${current?.dueAt ?? "none / không có"}`,
    left === undefined
      ? "Not running: closed, not received or no appointment / Không tính: hồ sơ đã đóng, chưa tiếp nhận hoặc chưa có hẹn"
      : `Remaining / Thời gian còn lại: ${left.label.en} / ${left.label.vi}`,
  ];
  return overdue
    ? outcome(
        true,
        {
          en: `expected ${what} not to be overdue at ${instant}, but it is`,
          vi: `kỳ vọng ${whatVi} chưa quá hạn lúc ${instant}, nhưng đã quá hạn`,
        },
        details,
      )
    : outcome(
        false,
        {
          en: `expected ${what} to be overdue at ${instant}, but it is not`,
          vi: `kỳ vọng ${whatVi} quá hạn lúc ${instant}, nhưng chưa quá hạn`,
        },
        details,
      );
}

/** Due soon at `instant`: the dossier's urgency, or its step's, is `dueSoon` or `dueToday` (not overdue). */
export function stateDueSoonAt(
  state: DossierState,
  instant: string,
  options: DueSoonOptions | undefined,
  fallback: WorkflowContext | undefined,
): MatcherOutcome {
  const o = options === undefined ? {} : checkObject(options, ["options"], "INVALID_OPTION", ["within", "context"]);
  const ctx = contextOf("toBeDueSoonAt", o["context"] as WorkflowContext | undefined, fallback);
  const urgency = classifyUrgency(
    state,
    instant,
    ctx,
    o["within"] === undefined ? undefined : { within: o["within"] as NonNullable<DueSoonOptions["within"]> },
  );
  const soon = (level: string | undefined) => level === "dueSoon" || level === "dueToday";
  const pass = urgency !== undefined && (soon(urgency.level) || soon(urgency.step?.level));
  const what = `dossier ${state.code ?? "(no code)"}`;
  const whatVi = `hồ sơ ${state.code ?? "(chưa có mã)"}`;
  const details = [
    `Dossier / Hồ sơ: ${urgency?.label.en ?? "no clock (not received)"} / ${urgency?.label.vi ?? "chưa tính hạn (chưa tiếp nhận)"}${urgency?.dueAt === undefined ? "" : ` — ${urgency.dueAt}`}`,
    ...(urgency?.step === undefined
      ? []
      : [
          `Step ${urgency.step.order} (${urgency.step.name}) / Bước ${urgency.step.order}: ${urgency.step.label.en} / ${urgency.step.label.vi}${urgency.step.dueAt === undefined ? "" : ` — ${urgency.step.dueAt}`}`,
        ]),
  ];
  return pass
    ? outcome(
        true,
        {
          en: `expected ${what} not to be due soon at ${instant}, but it is`,
          vi: `kỳ vọng ${whatVi} chưa sắp đến hạn lúc ${instant}, nhưng đã sắp đến hạn`,
        },
        details,
      )
    : outcome(
        false,
        {
          en: `expected ${what} to be due soon at ${instant}, but it is ${urgency?.level ?? "not received"}`,
          vi: `kỳ vọng ${whatVi} sắp đến hạn lúc ${instant}, nhưng mức hiện tại là ${urgency?.label.vi ?? "chưa tiếp nhận"}`,
        },
        details,
      );
}

export function toBeInState(subject: Subject, expected: DossierStatus): MatcherOutcome {
  checkChoice(expected, DossierStatusSchema.options, ["expected"]);
  const record = subject.kind === "state" ? subject.state : subject.kind === "dossier" ? subject.dossier : undefined;
  if (record === undefined) return needState("toBeInState", subject);
  const actual = record.status;
  const want =
    STATE_LABELS[expected] === undefined ? { en: `'${expected}'`, vi: `'${expected}'` } : stateText(expected);
  return actual === expected
    ? outcome(
        true,
        {
          en: `expected the dossier not to be in ${want.en}, but it is`,
          vi: `kỳ vọng hồ sơ không ở trạng thái ${want.vi}, nhưng đúng là như vậy`,
        },
        [],
        { actual, expected },
      )
    : outcome(
        false,
        {
          en: `expected the dossier to be in ${want.en}, but it is in ${stateText(actual).en}`,
          vi: `kỳ vọng hồ sơ ở trạng thái ${want.vi}, nhưng đang ở ${stateText(actual).vi}`,
        },
        [],
        { actual, expected },
      );
}

const codeText = (code: NationalStatusCode | undefined) => {
  const row = NATIONAL_STATUS_CODES.find((r) => r.code === code);
  return row === undefined
    ? { en: "no code", vi: "không có mã" }
    : { en: `${row.code} (${row.meaning})`, vi: `${row.code} (${row.nameVi})` };
};

export function toHaveNationalStatus(subject: Subject, expected: NationalStatusCode): MatcherOutcome {
  // A wrong expectation (`"2"`, `null`) is a mistake in the test, not a failed match.
  checkInteger(expected, ["code"], "INVALID_OPTION", 1, 10);
  let actual: NationalStatusCode | undefined;
  let status: DossierStatus;
  if (subject.kind === "state") {
    actual = nationalStatusOf(subject.state)?.code;
    status = subject.state.status;
  } else if (subject.kind === "dossier") {
    actual = nationalStatusCodeOf(subject.dossier.status);
    status = subject.dossier.status;
  } else {
    return needState("toHaveNationalStatus", subject);
  }
  const got = codeText(actual);
  const want = codeText(expected);
  const details = [
    `Internal state / Trạng thái nội bộ: ${stateText(status).en} / ${stateText(status).vi} (WF-30, WF-31)`,
  ];
  return actual === expected
    ? outcome(
        true,
        {
          en: `expected national status not to be ${want.en}, but it is`,
          vi: `kỳ vọng mã trạng thái không phải ${want.vi}, nhưng đúng là như vậy`,
        },
        details,
        { actual, expected },
      )
    : outcome(
        false,
        {
          en: `expected national status ${want.en}, but it is ${got.en}`,
          vi: `kỳ vọng mã trạng thái ${want.vi}, nhưng là ${got.vi}`,
        },
        details,
        { actual, expected },
      );
}

export function toAllowEvent(
  subject: Subject,
  type: DossierEventType,
  context: WorkflowContext | undefined,
  fallback: WorkflowContext | undefined,
): MatcherOutcome {
  if (subject.kind !== "state") return needState("toAllowEvent", subject);
  const ctx = contextOf("toAllowEvent", context, fallback);
  const state = subject.state;
  const allowed = can(state, type, ctx);
  const open = nextEvents(state, ctx);
  const who = ctx.actor === undefined ? "" : ` for role '${ctx.actor.role}'`;
  const whoVi = ctx.actor === undefined ? "" : ` với vai trò '${ctx.actor.role}'`;
  const label = EVENT_LABELS[type] ?? { en: type, vi: type };
  const details = [
    `Allowed now / Được phép lúc này: ${open.length === 0 ? "none / không có" : open.map((e) => `${e} (${EVENT_LABELS[e].vi})`).join(", ")}`,
  ];
  return allowed
    ? outcome(
        true,
        {
          en: `expected '${type}' (${label.en}) not to be allowed in ${stateText(state.status).en}${who}, but it is`,
          vi: `kỳ vọng không được '${type}' (${label.vi}) ở trạng thái ${stateText(state.status).vi}${whoVi}, nhưng được phép`,
        },
        details,
      )
    : outcome(
        false,
        {
          en: `expected '${type}' (${label.en}) to be allowed in ${stateText(state.status).en}${who}, but it is not`,
          vi: `kỳ vọng được '${type}' (${label.vi}) ở trạng thái ${stateText(state.status).vi}${whoVi}, nhưng không được phép`,
        },
        details,
      );
}

/** A field of a received effect for a message: text as is, anything else in code notation (a deep array would overflow `${}`). */
function shown(value: unknown): string {
  return typeof value === "string" ? value : describe(value);
}

/** An effect's type for a message; anything else shown in code notation (never stringified deeply). */
function effectName(effect: unknown): string {
  const type = typeof effect === "object" && effect !== null ? (effect as { type?: unknown }).type : effect;
  return typeof type === "string" ? type : describe(type);
}

export function toHaveIssuedForm(
  subject: Subject,
  form: FormKind,
  options: IssuedFormOptions | undefined,
): MatcherOutcome {
  checkChoice(form, FormKindSchema.options, ["form"]);
  const o = options === undefined ? {} : checkObject(options, ["options"], "INVALID_OPTION", ["number"]);
  if (o["number"] !== undefined && (typeof o["number"] !== "string" || !/^\d{2}$/.test(o["number"]))) {
    throw mustBe("INVALID_OPTION", ["options", "number"], 'a form number like "01"', 'số mẫu dạng "01"', o["number"]);
  }
  const effects: readonly WorkflowEffect[] | undefined =
    subject.kind === "effects" ? subject.effects : subject.kind === "state" ? subject.effects : undefined;
  if (effects === undefined) {
    const got = subject.kind === "other" ? subject.problem : `a ${subject.kind}`;
    return outcome(false, {
      en: `toHaveIssuedForm expects the effects of a transition (or the transition result): ${got}`,
      vi: `toHaveIssuedForm cần danh sách hiệu ứng của một lần chuyển trạng thái (hoặc kết quả chuyển trạng thái): ${got}`,
    });
  }
  const forms = effects.flatMap((e) =>
    typeof e === "object" && e !== null && e.type === "issueForm" && typeof e.title === "object" && e.title !== null
      ? [e]
      : [],
  );
  const hit = forms.find((e) => e.form === form && (options?.number === undefined || e.number === options.number));
  const wanted = `${form}${options?.number === undefined ? "" : ` (Mẫu ${options.number})`}`;
  const issued =
    forms.length === 0
      ? "none / không có"
      : forms
          .map((e) => `${shown(e.form)} (Mẫu ${shown(e.number)} ${shown(e.ruleSet)}: ${shown(e.title.vi)})`)
          .join(", ");
  const details = [
    `Forms issued / Biểu mẫu đã phát hành: ${issued}`,
    `Effects / Hiệu ứng: ${effects.map(effectName).join(", ") || "none / không có"}`,
  ];
  return hit !== undefined
    ? outcome(
        true,
        {
          en: `expected no form ${wanted}, but it was issued (Mẫu ${shown(hit.number)})`,
          vi: `kỳ vọng không phát hành biểu mẫu ${wanted}, nhưng đã phát hành (Mẫu ${shown(hit.number)})`,
        },
        details,
      )
    : outcome(
        false,
        {
          en: `expected form ${wanted} to be issued, but it was not`,
          vi: `kỳ vọng phát hành biểu mẫu ${wanted}, nhưng không có`,
        },
        details,
        { actual: forms.map((e) => e.form), expected: form },
      );
}

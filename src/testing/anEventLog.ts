import { checkInteger, checkObject, mustBe } from "../_internal/checks.js";
import { AGENCY_CODE_RE } from "../_internal/codes.js";
import { formatDossierCode } from "../models/index.js";
import {
  type Actor,
  type DossierEventInput,
  type DossierEventType,
  type DossierState,
  replay,
  TRANSITIONS,
  type WorkflowContext,
  type WorkflowRole,
} from "../workflow/index.js";
import { canonicalInstant, vietnamDateOf } from "./_instant.js";

/**
 * Trường của sự kiện — the fields of one event type besides `type`, `at` and `version`, all
 * optional (the builder fills defaults), plus the `actor`.
 *
 * @example
 * ```ts
 * import type { EventFields } from "tthc/testing";
 * const fields: EventFields<"apologise"> = { newDueDate: "2026-03-02", reason: "Chờ xác minh" };
 * ```
 * @category Testing
 */
export type EventFields<T extends DossierEventType> = Partial<
  Omit<Extract<DossierEventInput, { type: T }>, "type" | "at" | "version">
>;

/**
 * Options of {@link anEventLog}: where the `receive` event's dossier code comes from.
 *
 * @example
 * ```ts
 * import type { EventLogOptions } from "tthc/testing";
 * const options: EventLogOptions = { agency: "000.00.12.H26", sequence: 7 };
 * ```
 * @category Testing
 */
export interface EventLogOptions {
  /** Mã định danh cơ quan tiếp nhận. @defaultValue `"000.00.12.H26"` (the MOD-14 example) */
  readonly agency?: string;
  /** Số thứ tự hồ sơ trong ngày. @defaultValue `1` */
  readonly sequence?: number;
}

/**
 * Dựng nhật ký sự kiện — an immutable builder of a dossier's event log: each call returns a new
 * builder with one more event at the next `version`, written by a default actor of a role allowed
 * to send it, with default fields (applicant, dossier code, supplement item, reason…) unless given.
 * Events are checked when the log is replayed, by the workflow itself.
 *
 * @example
 * ```ts
 * import { anEventLog } from "tthc/testing";
 * import type { EventLogBuilder } from "tthc/testing";
 * const log: EventLogBuilder = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05");
 * log.build().map((e) => e.version); // => [0, 1]
 * ```
 * @category Testing
 */
export interface EventLogBuilder {
  /** Number of events so far. */
  readonly length: number;
  /**
   * Appends any event.
   *
   * @param type - The event type.
   * @param at - When (ISO; without an offset, Vietnam time).
   * @param fields - Event fields and `actor`; defaults fill the rest.
   * @returns A new builder.
   * @throws `TthcError` `INVALID_INSTANT` if `at` is malformed.
   */
  add<T extends DossierEventType>(type: T, at: string, fields?: EventFields<T>): EventLogBuilder;
  /** Nộp hồ sơ — at the desk by default (`channel: "direct"`, a citizen applicant). @param at - When. @param fields - Overrides. @returns A new builder. */
  submit(at: string, fields?: EventFields<"submit">): EventLogBuilder;
  /** Tiếp nhận — the code is `<agency>-<YYMMDD of at>-<sequence>`. @param at - When. @param fields - Overrides. @returns A new builder. */
  receive(at: string, fields?: EventFields<"receive">): EventLogBuilder;
  /** Chuyển hồ sơ to the resolving agency. @param at - When. @param fields - Overrides. @returns A new builder. */
  transfer(at: string, fields?: EventFields<"transfer">): EventLogBuilder;
  /** Bàn giao bước — hands over internal-workflow step `step`. @param at - When. @param step - Step order. @param fields - Overrides. @returns A new builder. */
  handOver(at: string, step: number, fields?: EventFields<"handOver">): EventLogBuilder;
  /** Yêu cầu bổ sung during processing (pauses the clock, DL-8). @param at - When. @param fields - Overrides. @returns A new builder. */
  requestSupplement(at: string, fields?: EventFields<"requestSupplement">): EventLogBuilder;
  /** Bổ sung hồ sơ — by the applicant (resumes the clock). @param at - When. @param fields - Overrides. @returns A new builder. */
  supplement(at: string, fields?: EventFields<"supplement">): EventLogBuilder;
  /** Xin lỗi và hẹn lại (Mẫu 04). @param at - When. @param newDueDate - The new appointment date. @param fields - Overrides. @returns A new builder. */
  apologise(at: string, newDueDate: string, fields?: EventFields<"apologise">): EventLogBuilder;
  /** Phê duyệt kết quả. @param at - When. @param fields - Overrides. @returns A new builder. */
  approve(at: string, fields?: EventFields<"approve">): EventLogBuilder;
  /** Trả kết quả (event `return`). @param at - When. @param fields - Overrides. @returns A new builder. */
  returnResult(at: string, fields?: EventFields<"return">): EventLogBuilder;
  /** Yêu cầu bổ sung khi tiếp nhận (Mẫu 02, no pause: not received yet). @param at - When. @param fields - Overrides. @returns A new builder. */
  requestSupplementAtIntake(at: string, fields?: EventFields<"requestSupplementAtIntake">): EventLogBuilder;
  /** Từ chối tiếp nhận (Mẫu 03). @param at - When. @param fields - Overrides. @returns A new builder. */
  rejectAtIntake(at: string, fields?: EventFields<"rejectAtIntake">): EventLogBuilder;
  /** Yêu cầu thực hiện nghĩa vụ tài chính (`amountVnd` 0 by default). @param at - When. @param fields - Overrides. @returns A new builder. */
  requestPayment(at: string, fields?: EventFields<"requestPayment">): EventLogBuilder;
  /** Hoàn thành nghĩa vụ tài chính. @param at - When. @param fields - Overrides. @returns A new builder. */
  pay(at: string, fields?: EventFields<"pay">): EventLogBuilder;
  /** Từ chối giải quyết after acceptance. @param at - When. @param fields - Overrides. @returns A new builder. */
  refuse(at: string, fields?: EventFields<"refuse">): EventLogBuilder;
  /** Rút hồ sơ. @param at - When. @param fields - Overrides. @returns A new builder. */
  withdraw(at: string, fields?: EventFields<"withdraw">): EventLogBuilder;
  /** Dừng giải quyết (VN-2025 only). @param at - When. @param fields - Overrides. @returns A new builder. */
  stop(at: string, fields?: EventFields<"stop">): EventLogBuilder;
  /**
   * The events, in order.
   *
   * @returns A frozen array of events ready for `replay` or `transition`.
   */
  build(): readonly DossierEventInput[];
  /**
   * Replays the log from a new draft with the workflow's `replay`.
   *
   * @param context - Procedure, calendar and options.
   * @returns The dossier's state after the last event.
   * @throws `TthcError` as `replay` does (`TRANSITION_NOT_ALLOWED`, `INVALID_EVENT`…), with the event index in `path`.
   */
  replay(context: WorkflowContext): DossierState;
}

const DESK: Actor = Object.freeze({ id: "desk-01", role: "receptionist" });
const ACTOR_IDS: Readonly<Record<WorkflowRole, string>> = {
  applicant: "citizen-01",
  receptionist: "desk-01",
  processor: "officer-01",
  approver: "leader-01",
  partnerOfficer: "partner-01",
};

/** The first role the transition table lets send `type`; a desk submits on the applicant's behalf. */
function defaultActor(type: DossierEventType, fields: Record<string, unknown>): Actor {
  if (type === "submit") return fields["channel"] === "online" ? { id: "citizen-01", role: "applicant" } : DESK;
  const role = TRANSITIONS.find((rule) => rule.event === type)?.roles[0] ?? "receptionist";
  return { id: ACTOR_IDS[role], role };
}

const ITEMS = Object.freeze([
  Object.freeze({
    name: "Giấy tờ còn thiếu",
    reason: "Thành phần hồ sơ chưa đầy đủ",
    legalBasis: "Nghị định 61/2018/NĐ-CP",
  }),
]);

const REASON = { reason: "Hồ sơ không đủ điều kiện giải quyết" };

/** Default fields per event type: one entry per type, checked by the compiler (no default branch). */
const DEFAULTS: {
  readonly [T in DossierEventType]: (at: string, options: EventLogOptions) => Record<string, unknown>;
} = {
  submit: () => ({ channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } }),
  requestSupplementAtIntake: () => ({ items: ITEMS }),
  supplement: () => ({}),
  rejectAtIntake: () => REASON,
  receive: (at, options) => ({
    code: formatDossierCode({
      agency: options.agency ?? "000.00.12.H26",
      date: vietnamDateOf(at, ["at"]),
      sequence: options.sequence ?? 1,
    }),
  }),
  transfer: () => ({}),
  handOver: () => ({}),
  requestSupplement: () => ({ items: ITEMS }),
  requestPayment: () => ({ amountVnd: 0 }),
  pay: () => ({}),
  apologise: () => ({ reason: "Cần thêm thời gian xác minh", letterRef: "01/XL" }),
  approve: () => ({}),
  refuse: () => REASON,
  return: () => ({ channel: "direct" }),
  withdraw: () => ({}),
  stop: () => REASON,
};

function builder(events: readonly DossierEventInput[], options: EventLogOptions): EventLogBuilder {
  const add = <T extends DossierEventType>(type: T, at: string, fields: EventFields<T> = {}): EventLogBuilder => {
    const instant = canonicalInstant(at, [events.length, "at"]);
    const given = fields as Record<string, unknown>;
    const event = Object.freeze({
      type,
      at: instant,
      actor: given["actor"] ?? defaultActor(type, given),
      version: events.length,
      ...DEFAULTS[type](instant, options),
      ...given,
    }) as unknown as DossierEventInput;
    return builder(Object.freeze([...events, event]), options);
  };
  return Object.freeze({
    length: events.length,
    add,
    submit: (at: string, fields?: EventFields<"submit">) => add("submit", at, fields),
    receive: (at: string, fields?: EventFields<"receive">) => add("receive", at, fields),
    transfer: (at: string, fields?: EventFields<"transfer">) => add("transfer", at, fields),
    handOver: (at: string, step: number, fields?: EventFields<"handOver">) => add("handOver", at, { step, ...fields }),
    requestSupplement: (at: string, fields?: EventFields<"requestSupplement">) => add("requestSupplement", at, fields),
    supplement: (at: string, fields?: EventFields<"supplement">) => add("supplement", at, fields),
    apologise: (at: string, newDueDate: string, fields?: EventFields<"apologise">) =>
      add("apologise", at, { newDueDate, ...fields }),
    approve: (at: string, fields?: EventFields<"approve">) => add("approve", at, fields),
    returnResult: (at: string, fields?: EventFields<"return">) => add("return", at, fields),
    requestSupplementAtIntake: (at: string, fields?: EventFields<"requestSupplementAtIntake">) =>
      add("requestSupplementAtIntake", at, fields),
    rejectAtIntake: (at: string, fields?: EventFields<"rejectAtIntake">) => add("rejectAtIntake", at, fields),
    requestPayment: (at: string, fields?: EventFields<"requestPayment">) => add("requestPayment", at, fields),
    pay: (at: string, fields?: EventFields<"pay">) => add("pay", at, fields),
    refuse: (at: string, fields?: EventFields<"refuse">) => add("refuse", at, fields),
    withdraw: (at: string, fields?: EventFields<"withdraw">) => add("withdraw", at, fields),
    stop: (at: string, fields?: EventFields<"stop">) => add("stop", at, fields),
    build: () => events,
    replay: (context: WorkflowContext) => replay(events, context),
  });
}

/**
 * Nhật ký sự kiện cho kiểm thử — starts an {@link EventLogBuilder}: an empty event log, for a
 * dossier replayed from `draft`. Instants may omit seconds and the offset (read as Vietnam time).
 *
 * @param options - Agency code and daily sequence of the `receive` event's dossier code.
 * @returns An empty builder.
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline) (events and roles)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
 * import { anEventLog } from "tthc/testing";
 * const context = { procedure: PRIVATE_ENTERPRISE_REGISTRATION, calendar: createWorkingCalendar() };
 * const log = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05").transfer("2026-02-13T10:00");
 * log.build()[1]; // => { type: "receive", at: "2026-02-13T09:05:00+07:00", actor: { id: "desk-01", role: "receptionist" }, version: 1, code: "000.00.12.H26-260213-0001" }
 * const state = log.replay(context);
 * state.status; // => "inProcess"
 * state.appointments[0]?.dueDate; // => "2026-02-25"
 * ```
 * @category Testing
 */
export function anEventLog(options: EventLogOptions = {}): EventLogBuilder {
  const o = checkObject(options, ["options"], "INVALID_OPTION", ["agency", "sequence"]);
  if (o["agency"] !== undefined && (typeof o["agency"] !== "string" || !AGENCY_CODE_RE.test(o["agency"]))) {
    throw mustBe(
      "INVALID_OPTION",
      ["options", "agency"],
      "an agency code like 000.00.12.H26",
      "mã cơ quan dạng 000.00.12.H26",
      o["agency"],
    );
  }
  if (o["sequence"] !== undefined) checkInteger(o["sequence"], ["options", "sequence"], "INVALID_OPTION", 1, 9999);
  return builder(Object.freeze([]), options);
}

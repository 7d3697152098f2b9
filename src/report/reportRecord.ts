import { checkObject, mustBe } from "../_internal/checks.js";
import { readDossierCode } from "../_internal/codes.js";
import { toInstantMs } from "../_internal/instant.js";
import type { Appointment, Channel, Dossier, DossierStatus } from "../models/index.js";
import { computeDossierTime } from "../workflow/computeDossierTime.js";
import type { WorkflowContext } from "../workflow/context.js";
import type { DossierState } from "../workflow/states.js";

/**
 * Bản ghi hồ sơ để báo cáo — the few fields a processing report reads, as plain data: from a
 * {@link Dossier} (see {@link toReportRecord}), a CSV or JSON export, or a database row.
 *
 * Instants are ISO 8601 date-times with an offset (or `Date`s), read in Asia/Ho_Chi_Minh; dates are
 * `YYYY-MM-DD`. Fields named as in the `Dossier` model.
 *
 * @example
 * ```ts
 * import type { ReportRecord } from "tthc/report";
 * const record: ReportRecord = {
 *   code: "000.00.12.H26-260105-0001",
 *   procedureCode: "1.001193",
 *   receivingAgency: "000.00.12.H26",
 *   channel: "online",
 *   receivedAt: "2026-01-05T09:00:00+07:00",
 *   dueDate: "2026-01-08",
 *   status: "returned",
 *   resultReadyAt: "2026-01-07T15:00:00+07:00",
 *   returnedAt: "2026-01-08T09:00:00+07:00",
 * };
 * ```
 * @category Report
 */
export interface ReportRecord {
  /** Mã hồ sơ. */
  readonly code: string;
  /** Mã thủ tục hành chính. */
  readonly procedureCode: string;
  /** Lĩnh vực — sector name or code (from the procedure record). */
  readonly sector?: string | undefined;
  /** Cơ quan tiếp nhận. */
  readonly receivingAgency: string;
  /** Cơ quan có thẩm quyền giải quyết. */
  readonly competentAgency?: string | undefined;
  /** Kênh nộp: `direct`, `postal` or `online`. */
  readonly channel: Channel;
  /** Thời điểm tiếp nhận; absent only before receipt (draft, submitted, refused at intake…). */
  readonly receivedAt?: string | Date | undefined;
  /** Ngày hẹn trả kết quả — the current appointment (after any re-appointment), as `Dossier.dueDate`. */
  readonly dueDate?: string | undefined;
  /** Giờ hẹn of the current appointment. */
  readonly dueAt?: string | Date | undefined;
  /** Ngày hẹn ban đầu — the first appointment, when the dossier was re-appointed (DL-14). */
  readonly originalDueDate?: string | undefined;
  /** Giờ hẹn ban đầu. */
  readonly originalDueAt?: string | Date | undefined;
  /** Trạng thái hồ sơ (internal state). */
  readonly status: DossierStatus;
  /** Thời điểm có kết quả. */
  readonly resultReadyAt?: string | Date | undefined;
  /** Thời điểm trả kết quả. */
  readonly returnedAt?: string | Date | undefined;
  /** When a withdrawn, stopped or refused dossier was closed (else read as closed on receipt). */
  readonly closedAt?: string | Date | undefined;
  /** Mã hồ sơ gốc — set on a partner agency's liên thông copy (WF-14, REP-10). */
  readonly originDossierCode?: string | undefined;
}

/**
 * Maps a {@link Dossier} to a {@link ReportRecord}. The due date by the rules (DL-14's original:
 * the initial appointment, or the last one a supplement pause moved, `resumed`, before any apology)
 * becomes `originalDueDate` when the appointment in force differs from it, so that a dossier paused
 * for a supplement and finished by its moved date is on time, and a re-appointed one is classified
 * against the date before the apology. The sector, which the dossier does not carry, may be given.
 *
 * A `Dossier` record does not carry its pauses: a pause after a re-appointment cannot move the
 * original date here. For a dossier run by `tthc/workflow`, use {@link stateToReportRecord}, which
 * reads every date from the one account of the dossier's time.
 *
 * Chuyển hồ sơ thành bản ghi báo cáo. Cheap: no validation beyond what `Dossier` guarantees.
 *
 * @param dossier - A parsed dossier.
 * @param extra - `sector` of its procedure, and `closedAt` for a withdrawn, stopped or refused dossier.
 * @returns The record; a dossier not yet received (no code) maps with `code: ""` and no `receivedAt`,
 * which a report counts as not received.
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` if `dossier` is not a dossier record (the report checks each
 * field it reads); `INVALID_OPTION` for an unknown or ill-typed `extra` field.
 * @see RULES REP-4, DL-14, MOD-20
 * @example
 * ```ts
 * import { toReportRecord } from "tthc/report";
 * import { SAMPLE_DOSSIER } from "tthc/fixtures";
 * const record = toReportRecord(SAMPLE_DOSSIER, { sector: "Hộ tịch" });
 * record.dueDate; // => "2023-09-15"
 * record.sector; // => "Hộ tịch"
 * ```
 * @category Report
 */
export function toReportRecord(
  dossier: Dossier,
  extra: { readonly sector?: string; readonly closedAt?: string } = {},
): ReportRecord {
  const d = checkObject(dossier, ["dossier"], "INVALID_DOSSIER");
  if (!Array.isArray(d["appointments"]) || d["appointments"].some((a) => typeof a !== "object" || a === null)) {
    throw mustBe(
      "INVALID_DOSSIER",
      ["dossier", "appointments"],
      "an array of appointments",
      "mảng lịch hẹn",
      d["appointments"],
    );
  }
  const e = checkObject(extra, ["extra"], "INVALID_OPTION", ["sector", "closedAt"]);
  for (const key of ["sector", "closedAt"] as const) {
    if (e[key] !== undefined && (typeof e[key] !== "string" || e[key] === "")) {
      throw mustBe("INVALID_OPTION", ["extra", key], "a non-empty string", "chuỗi không rỗng", e[key]);
    }
  }
  if (e["closedAt"] !== undefined) toInstantMs(e["closedAt"], ["extra", "closedAt"]);
  const first = originalAppointment(dossier.appointments);
  const reappointed = first !== undefined && first.dueDate !== dossier.dueDate;
  return {
    code: dossier.code ?? "",
    procedureCode: dossier.procedureCode,
    receivingAgency: dossier.receivingAgency,
    channel: dossier.channel,
    status: dossier.status,
    ...(extra.sector === undefined ? {} : { sector: extra.sector }),
    ...(dossier.competentAgency === undefined ? {} : { competentAgency: dossier.competentAgency }),
    ...(dossier.receivedAt === undefined ? {} : { receivedAt: dossier.receivedAt }),
    ...(dossier.dueDate === undefined ? {} : { dueDate: dossier.dueDate }),
    ...(dossier.dueAt === undefined ? {} : { dueAt: dossier.dueAt }),
    ...(reappointed
      ? { originalDueDate: first.dueDate, ...(first.dueAt === undefined ? {} : { originalDueAt: first.dueAt }) }
      : {}),
    ...(dossier.resultReadyAt === undefined ? {} : { resultReadyAt: dossier.resultReadyAt }),
    ...(dossier.returnedAt === undefined ? {} : { returnedAt: dossier.returnedAt }),
    ...(extra.closedAt === undefined ? {} : { closedAt: extra.closedAt }),
    ...(dossier.originDossierCode === undefined ? {} : { originDossierCode: dossier.originDossierCode }),
  };
}

/** The appointment set by the rules before any apology: the initial one, or the last pause moved (DL-14). */
function originalAppointment(appointments: readonly Appointment[]): Appointment | undefined {
  let original: Appointment | undefined;
  for (const a of appointments) {
    if (a.kind === "reappointment" || a.kind === "extension") break;
    original = a;
  }
  return original;
}

/**
 * Options of {@link stateToReportRecord}.
 *
 * @example
 * ```ts
 * import type { StateReportOptions } from "tthc/report";
 * const options: StateReportOptions = { at: "2026-03-31T17:00:00+07:00", sector: "Hộ tịch" };
 * ```
 * @category Report
 */
export interface StateReportOptions {
  /**
   * The instant the report is evaluated at (period end, or now): a pause still open counts up to it,
   * so a dossier the applicant holds does not fall due meanwhile (DL-8).
   * @defaultValue the dossier's last event
   */
  readonly at?: string;
  /** Lĩnh vực. @defaultValue the procedure's sector name */
  readonly sector?: string;
  /** Cơ quan có thẩm quyền giải quyết, if the report groups by it. */
  readonly competentAgency?: string;
  /** Cơ quan tiếp nhận. @defaultValue the agency part of the dossier code (needed before receipt) */
  readonly receivingAgency?: string;
}

/**
 * Bản ghi báo cáo từ trạng thái quy trình — maps a workflow {@link DossierState} to a
 * {@link ReportRecord}, with every date from `computeDossierTime`: `dueDate`/`dueAt` the appointment
 * in force, `originalDueDate`/`originalDueAt` the due date by the rules (limit, extra time and every
 * supplement pause, never an apology: DL-14), the receiving agency read from the dossier code
 * (MOD-14), and `closedAt` the last event of a withdrawn, stopped or refused dossier. A report then
 * classifies the record exactly as `classifyTimeliness` classifies the state (same options).
 *
 * @param state - A dossier state from `tthc/workflow`.
 * @param context - Its procedure and calendar (the due date by the rules needs them).
 * @param options - See {@link StateReportOptions}.
 * @returns The record; a dossier not yet received maps with `code: ""` and no `receivedAt` (a report counts it as not received).
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` for a state no event log produces; `INVALID_OPTION` for a bad context or option.
 * @see RULES REP-4, REP-5, DL-8, DL-14, MOD-14
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_INTER_AGENCY_GROUP } from "tthc/fixtures";
 * import { stateToReportRecord, summarizeProcessing } from "tthc/report";
 * import { replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const head = { id: "ld-01", role: "approver" } as const;
 * const state = replay([
 *   { type: "submit", at: "2026-03-02T09:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2026-03-02T09:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-260302-0001" },
 *   { type: "transfer", at: "2026-03-02T10:00:00+07:00", actor: desk, version: 2 },
 *   { type: "approve", at: "2026-03-20T10:00:00+07:00", actor: head, version: 3 },
 * ], context);
 * const record = stateToReportRecord(state, context);
 * record.receivingAgency; // => "000.00.12.H26"
 * summarizeProcessing([record], { period: "2026-03" }).total.resolvedEarly; // => 1
 * ```
 * @category Report
 */
export function stateToReportRecord(
  state: DossierState,
  context: WorkflowContext,
  options: StateReportOptions = {},
): ReportRecord {
  const o = checkObject(options, ["options"], "INVALID_OPTION", [
    "at",
    "sector",
    "competentAgency",
    "receivingAgency",
  ]) as StateReportOptions;
  for (const key of ["sector", "competentAgency", "receivingAgency"] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== "string" || v === "")) {
      throw mustBe("INVALID_OPTION", ["options", key], "a non-empty string", "chuỗi không rỗng", v);
    }
  }
  const time = computeDossierTime(state, context, o.at === undefined ? {} : { at: o.at });
  const code = state.code ?? "";
  const agency = o.receivingAgency ?? readDossierCode(code)?.agency;
  if (agency === undefined) {
    throw mustBe(
      "INVALID_OPTION",
      ["options", "receivingAgency"],
      "given for a dossier not yet received (it has no code to read it from)",
      "được cho với hồ sơ chưa tiếp nhận (chưa có mã hồ sơ để đọc)",
    );
  }
  const closed =
    state.status === "withdrawn" || state.status === "stopped" || state.status === "refusedAfterAcceptance";
  const original = time?.original;
  const current = time?.current;
  return {
    code,
    procedureCode: state.procedureCode,
    receivingAgency: agency,
    channel: state.channel ?? "direct",
    status: state.status,
    sector: o.sector ?? context.procedure.sector.name,
    ...(o.competentAgency === undefined ? {} : { competentAgency: o.competentAgency }),
    ...(time === undefined ? {} : { receivedAt: time.receivedAt }),
    ...(current === undefined ? {} : { dueDate: current.dueDate, dueAt: current.dueAt }),
    ...(original === undefined || current === undefined || original.dueAt === current.dueAt
      ? {}
      : { originalDueDate: original.dueDate, originalDueAt: original.dueAt }),
    ...(state.resultReadyAt === undefined ? {} : { resultReadyAt: state.resultReadyAt }),
    ...(state.returnedAt === undefined ? {} : { returnedAt: state.returnedAt }),
    ...(closed && state.updatedAt !== undefined && time !== undefined
      ? { closedAt: state.resultReadyAt ?? state.updatedAt }
      : {}),
  };
}

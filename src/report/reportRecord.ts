import type { Channel, Dossier, DossierStatus } from "../models/index.js";

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
 * Maps a {@link Dossier} to a {@link ReportRecord}: the first appointment becomes `originalDueDate`
 * when the dossier was re-appointed; the sector, which the dossier does not carry, may be given.
 *
 * Chuyển hồ sơ thành bản ghi báo cáo. Cheap: no validation beyond what `Dossier` guarantees.
 *
 * @param dossier - A parsed dossier.
 * @param extra - `sector` of its procedure, and `closedAt` for a withdrawn, stopped or refused dossier.
 * @returns The record; a dossier not yet received (no code) maps with `code: ""` and no `receivedAt`,
 * which a report counts as not received.
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
  const first = dossier.appointments[0];
  const reappointed = first !== undefined && dossier.appointments.length > 1 && first.dueDate !== dossier.dueDate;
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

import { createWorkingCalendar, type WorkingCalendar } from "../calendar/index.js";
import { BIRTH_REGISTRATION } from "../models/fixtures/index.js";
import { type Applicant, type Channel, type Dossier, type Procedure, parseDossier } from "../models/index.js";
import type { DossierState, WorkflowContext, WorkflowOptions } from "../workflow/index.js";
import { canonicalInstant } from "./_instant.js";
import { anEventLog, type EventLogBuilder } from "./anEventLog.js";
import type { ProcedureBuilder } from "./aProcedure.js";

/**
 * Dựng hồ sơ — an immutable builder of dossiers for tests. A received dossier is made the way a
 * portal makes one: its `submit` and `receive` events are replayed through the workflow, so the
 * code, rule set, time limit and appointment are the library's own (same-day cut-off included);
 * `build()` then goes through `parseDossier`.
 *
 * @example
 * ```ts
 * import { aDossier } from "tthc/testing";
 * import type { DossierBuilder } from "tthc/testing";
 * const builder: DossierBuilder = aDossier().receivedAt("2026-02-13T14:30+07:00");
 * builder.build().dueDate; // => "2026-02-13"
 * ```
 * @category Testing
 */
export interface DossierBuilder {
  /** Thủ tục. @param procedure - A parsed procedure or a {@link ProcedureBuilder}. @returns A new builder. */
  ofProcedure(procedure: Procedure | ProcedureBuilder): DossierBuilder;
  /** Thời điểm tiếp nhận (ISO; without an offset, Vietnam time); also the submission unless `submittedAt` is set. @param at - When. @returns A new builder. */
  receivedAt(at: string): DossierBuilder;
  /** Thời điểm nộp; without `receivedAt` the dossier stays `submitted`. @param at - When. @returns A new builder. */
  submittedAt(at: string): DossierBuilder;
  /** Cơ quan tiếp nhận and the daily sequence of the dossier code. @param agency - Agency code `NNN.NN.NN.XNN`. @param sequence - 1–9999. @returns A new builder. */
  receivedBy(agency: string, sequence?: number): DossierBuilder;
  /** Người nộp. @param applicant - A citizen or an organisation. @returns A new builder. */
  withApplicant(applicant: Applicant): DossierBuilder;
  /** Kênh nộp. @param channel - `direct`, `postal` or `online`. @returns A new builder. */
  viaChannel(channel: Channel): DossierBuilder;
  /** Trường hợp (a case of the procedure with its own time limit). @param caseId - The case id. @returns A new builder. */
  inCase(caseId: string): DossierBuilder;
  /** Lịch làm việc. @param calendar - From `createWorkingCalendar`. @returns A new builder. */
  onCalendar(calendar: WorkingCalendar): DossierBuilder;
  /** Workflow options (deadline rules, limits). @param options - {@link WorkflowOptions}. @returns A new builder. */
  withOptions(options: WorkflowOptions): DossierBuilder;
  /** The workflow context the dossier is replayed in. @returns Procedure, calendar and options. */
  context(): WorkflowContext;
  /** The dossier's event log so far, to continue with more events. @returns An {@link EventLogBuilder}. */
  eventLog(): EventLogBuilder;
  /**
   * The workflow state after the log.
   *
   * @returns A {@link DossierState}.
   * @throws `TthcError` as the workflow's `replay` does.
   */
  buildState(): DossierState;
  /**
   * The dossier record.
   *
   * @returns A parsed {@link Dossier} (`draft`, `submitted` or `received`).
   * @throws `TthcError` `INVALID_DOSSIER`, or as `replay` does (`INVALID_EVENT`…).
   */
  build(): Dossier;
}

interface Fields {
  readonly procedure: Procedure;
  readonly receivedAt?: string;
  readonly submittedAt?: string;
  readonly agency: string;
  readonly sequence: number;
  readonly applicant: Applicant;
  readonly channel: Channel;
  readonly caseId?: string;
  readonly calendar?: WorkingCalendar;
  readonly options?: WorkflowOptions;
}

function builder(fields: Fields): DossierBuilder {
  const next = (changes: Partial<Fields>) => builder(Object.freeze({ ...fields, ...changes }));
  const context = (): WorkflowContext => ({
    procedure: fields.procedure,
    calendar: fields.calendar ?? createWorkingCalendar(),
    ...(fields.options === undefined ? {} : { options: fields.options }),
  });
  const eventLog = (): EventLogBuilder => {
    let log = anEventLog({ agency: fields.agency, sequence: fields.sequence });
    const submitAt = fields.submittedAt ?? fields.receivedAt;
    if (submitAt === undefined) return log;
    log = log.submit(submitAt, {
      channel: fields.channel,
      applicant: fields.applicant,
      ...(fields.caseId === undefined ? {} : { caseId: fields.caseId }),
    });
    return fields.receivedAt === undefined ? log : log.receive(fields.receivedAt);
  };
  const buildState = (): DossierState => eventLog().replay(context());
  return Object.freeze({
    ofProcedure: (procedure: Procedure | ProcedureBuilder) =>
      next({ procedure: "build" in procedure ? procedure.build() : procedure }),
    receivedAt: (at: string) => next({ receivedAt: canonicalInstant(at, ["receivedAt"]) }),
    submittedAt: (at: string) => next({ submittedAt: canonicalInstant(at, ["submittedAt"]) }),
    receivedBy: (agency: string, sequence = 1) => next({ agency, sequence }),
    withApplicant: (applicant: Applicant) => next({ applicant }),
    viaChannel: (channel: Channel) => next({ channel }),
    inCase: (caseId: string) => next({ caseId }),
    onCalendar: (calendar: WorkingCalendar) => next({ calendar }),
    withOptions: (options: WorkflowOptions) => next({ options }),
    context,
    eventLog,
    buildState,
    build(): Dossier {
      const state = buildState();
      const current = state.appointments[state.appointments.length - 1];
      const { procedure } = fields;
      return parseDossier({
        ...(state.code === undefined ? {} : { code: state.code }),
        procedureCode: procedure.code,
        procedureVersion: procedure.version,
        ...(state.caseId === undefined ? {} : { caseId: state.caseId }),
        ruleSet: state.ruleSet ?? "VN-2025",
        receivingAgency: fields.agency,
        applicant: state.applicant ?? fields.applicant,
        channel: state.channel ?? fields.channel,
        ...(state.submittedAt === undefined ? {} : { submittedAt: state.submittedAt }),
        ...(state.receivedAt === undefined ? {} : { receivedAt: state.receivedAt }),
        components: procedure.components
          .filter((c) => c.conditional !== true)
          .map((c) => ({ componentId: c.id, name: c.name, originals: c.originals, copies: c.copies })),
        fees: [],
        ...(state.timeLimit === undefined ? {} : { timeLimit: state.timeLimit }),
        ...(current === undefined
          ? {}
          : { dueDate: current.dueDate, ...(current.dueAt === undefined ? {} : { dueAt: current.dueAt }) }),
        appointments: state.appointments,
        status: state.status,
      });
    },
  });
}

/**
 * Hồ sơ mẫu cho kiểm thử — starts a {@link DossierBuilder}: a birth-registration dossier
 * (`BIRTH_REGISTRATION`) of citizen Nguyễn Văn A at the desk (`direct`) of agency `000.00.12.H26`,
 * sequence 1, on the national calendar; a `draft` until `submittedAt` or `receivedAt` is set.
 *
 * @returns A builder; `build()` validates.
 * @see RULES MOD-14 (dossier code), DL-7 (the clock starts at receipt), CAL-20 (same-day cut-off)
 * @example
 * ```ts
 * import { PRIVATE_ENTERPRISE_REGISTRATION } from "tthc/fixtures";
 * import { aDossier } from "tthc/testing";
 * const dossier = aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T16:30+07:00").build();
 * dossier.code; // => "000.00.12.H26-260213-0001"
 * dossier.dueDate; // => "2026-02-25"
 * aDossier().receivedAt("2026-02-13T15:30").build().dueDate; // => "2026-02-23"
 * aDossier().build().status; // => "draft"
 * ```
 * @category Testing
 */
export function aDossier(): DossierBuilder {
  return builder(
    Object.freeze({
      procedure: BIRTH_REGISTRATION,
      agency: "000.00.12.H26",
      sequence: 1,
      applicant: { kind: "citizen", name: "Nguyễn Văn A" },
      channel: "direct",
    } satisfies Fields),
  );
}

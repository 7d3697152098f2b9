/** Test helpers for the workflow: contexts, a liên thông procedure, an event driver and valid-event builders. */
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import { type Procedure, parseProcedure } from "../../src/models/index.js";
import {
  type Actor,
  type DossierEventInput,
  type DossierEventType,
  type DossierState,
  transition,
  type WorkflowContext,
  type WorkflowEffect,
  type WorkflowOptions,
} from "../../src/workflow/index.js";

export const calendar = createWorkingCalendar();

export const DESK: Actor = { id: "desk-01", role: "receptionist" };
export const APPLICANT: Actor = { id: "citizen-01", role: "applicant" };
export const PROCESSOR: Actor = { id: "officer-01", role: "processor" };
export const APPROVER: Actor = { id: "leader-01", role: "approver" };
export const PARTNER: Actor = { id: "partner-01", role: "partnerOfficer" };

/**
 * The liên thông birth group (TTLT 05/2015: 20 working days, commune UBND the single entry and exit)
 * with an internal workflow over three agencies. The fixture has none; the split below is a made-up
 * but valid one (DL-16: quotas sum to the 20-day legal limit, no national split rule).
 */
export const INTER_AGENCY: Procedure = parseProcedure({
  ...BIRTH_INTER_AGENCY_GROUP,
  internalWorkflows: [
    {
      channel: "direct",
      steps: [
        { order: 1, name: "Tiếp nhận hồ sơ", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: q(1) },
        { order: 2, name: "Đăng ký khai sinh", unit: "UBND xã", role: "Công chức tư pháp - hộ tịch", quota: q(3) },
        {
          order: 3,
          name: "Đăng ký thường trú",
          unit: "Công an xã",
          role: "Cán bộ đăng ký cư trú",
          quota: q(8),
          agency: { name: "Cơ quan đăng ký cư trú", role: "cooperating" },
        },
        {
          order: 4,
          name: "Cấp thẻ bảo hiểm y tế",
          unit: "Bảo hiểm xã hội",
          role: "Viên chức BHXH",
          quota: q(5),
          agency: { name: "Cơ quan Bảo hiểm xã hội", role: "cooperating" },
        },
        { order: 5, name: "Ký giấy khai sinh", unit: "UBND xã", role: "Chủ tịch UBND xã", quota: q(2) },
        { order: 6, name: "Trả kết quả", unit: "Bộ phận Một cửa UBND xã", role: "Công chức", quota: q(1) },
      ],
    },
  ],
});

function q(value: number) {
  return { value, unit: "workingDays" as const };
}

export function contextFor(procedure: Procedure = BIRTH_REGISTRATION, options?: WorkflowOptions): WorkflowContext {
  return options === undefined ? { procedure, calendar } : { procedure, calendar, options };
}

type Payload<T extends DossierEventType> = Omit<
  Extract<DossierEventInput, { type: T }>,
  "type" | "at" | "actor" | "version"
>;

/** Drives one dossier: sends events at the current version and keeps the log and the last effects. */
export class Driver {
  state: DossierState;
  readonly log: DossierEventInput[] = [];
  effects: readonly WorkflowEffect[] = [];

  constructor(
    readonly context: WorkflowContext,
    initial: DossierState,
  ) {
    this.state = initial;
  }

  send<T extends DossierEventType>(type: T, at: string, actor: Actor, payload: Payload<T>): DossierState {
    const event = { type, at, actor, version: this.state.version, ...payload } as unknown as DossierEventInput;
    const result = transition(this.state, event, this.context);
    this.log.push(event);
    this.state = result.state;
    this.effects = result.effects;
    return this.state;
  }
}

export const CITIZEN = { kind: "citizen", name: "Nguyễn Văn A" } as const;

/** `000.00.12.H26-YYMMDD-0001` for the Vietnam date of an instant written with +07:00. */
export function codeFor(at: string, sequence = 1): string {
  return `000.00.12.H26-${at.slice(2, 4)}${at.slice(5, 7)}${at.slice(8, 10)}-${String(sequence).padStart(4, "0")}`;
}

/** Submitted at the desk and received: the common start of the scenarios. */
export function receivedAt(driver: Driver, submitAt: string, receiveAt: string): DossierState {
  driver.send("submit", submitAt, DESK, { channel: "direct", applicant: CITIZEN });
  return driver.send("receive", receiveAt, DESK, { code: codeFor(receiveAt) });
}

export { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION };

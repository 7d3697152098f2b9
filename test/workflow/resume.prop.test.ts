/**
 * DL-8 with many pauses (fixed seeds): a resume moves the appointment in force by the last pause's
 * length only, and that is the same due date as folding every pause again from the receipt (or from
 * the apology, DL-11). The full fold is written here from the deadline module's public functions, as
 * the rules define it: `computeDueDate` over every pause from the receipt for the due date by the
 * rules; after an apology, the working time it left counted again from it with the later pauses.
 * Random logs of payment and supplement pauses (some instants with seconds, some pauses of no
 * length, some over Tết), an apology or not, under every deadline option set and limit unit.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { computeDueDate, type Pause, WORKING_HOURS_PRESETS, workingTimeBetween } from "../../src/deadline/index.js";
import type { TimeLimit } from "../../src/models/index.js";
import { aProcedure } from "../../src/testing/index.js";
import {
  computeDossierTime,
  createDossierState,
  type DossierEventInput,
  type DossierState,
  transition,
  type WorkflowContext,
  type WorkflowOptions,
} from "../../src/workflow/index.js";
import {
  APPLICANT,
  APPROVER,
  BIRTH_INTER_AGENCY_GROUP,
  CITIZEN,
  calendar,
  codeFor,
  DESK,
  PROCESSOR,
} from "./_helpers.js";

const LIMITS: readonly TimeLimit[] = [
  { value: 20, unit: "workingDays" },
  { value: 3, unit: "workingDays" },
  { value: 16, unit: "workingHours" },
  { value: 30, unit: "calendarDays" },
  { value: 1, unit: "sameDay" },
];
const procedures = new Map(
  LIMITS.map((limit) => {
    const row = BIRTH_INTER_AGENCY_GROUP.channels[0];
    if (row === undefined) throw new Error("fixture without a channel");
    const { extraTime: _extra, ...channel } = row;
    return [
      limit,
      aProcedure(BIRTH_INTER_AGENCY_GROUP)
        .with({ channels: [{ ...channel, timeLimit: limit }], sameDayCutoff: "15:00" })
        .build(),
    ];
  }),
);

const deadlineOptions = fc.record({
  resumeMode: fc.constantFrom("extendByPausedWorkingTime", "restart", "shiftByCalendarDays"),
  dayCounting: fc.constantFrom("nextWorkingDay", "workingHoursFromReceipt"),
  appointmentTime: fc.constantFrom("endOfWorkingDay", "sameClockTime"),
  outOfHoursReceipt: fc.constantFrom("asRecorded", "nextWorkingStart"),
  calendarDayEnd: fc.constantFrom("nextWorkingDay", "asIs"),
  workingHours: fc.constantFrom(WORKING_HOURS_PRESETS.commune, WORKING_HOURS_PRESETS.opencps),
});

/** One step of a log: a payment or supplement pause, an apology, or time passing. */
const move = fc.record({
  kind: fc.constantFrom("payment", "payment", "supplement", "supplement", "apology"),
  /** Minutes before the pause (0: at the same instant as the event before). */
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 24 * 60 })),
  /** Minutes paused (0: a pause of no length). */
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 24 * 60 })),
  /** Seconds on the instants (a pause bound off the minute). */
  seconds: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 59 })),
});

/** First days of the logs: ordinary weeks, before Quốc khánh 2025, before Tết Bính Ngọ 2026. */
const START = fc.constantFrom("2025-06-16", "2025-08-28", "2026-02-09", "2025-12-29");

const iso = (epochMs: number): string => {
  const local = new Date(epochMs + 7 * 3_600_000).toISOString();
  const ms = local.slice(19, 23);
  return `${local.slice(0, 19)}${ms === ".000" ? "" : ms}+07:00`;
};

const isApology = (kind: string): boolean => kind === "reappointment" || kind === "extension";

/**
 * The full fold, from the rules: the due date by the rules over every pause (an open one closed at
 * `at`), and the appointment in force: after an apology, the working time it left from it, moved by
 * the pauses that began at or after it.
 */
function fullFold(state: DossierState, context: WorkflowContext, at: string) {
  const deadline = context.options?.deadline ?? {};
  const receivedAt = state.receivedAt as string;
  const pauses: Pause[] = state.pauses.map((p) => ({
    from: p.from,
    to: p.to ?? (Date.parse(at) > Date.parse(p.from) ? at : p.from),
  }));
  const original = computeDueDate({
    ...deadline,
    receivedAt,
    duration: state.timeLimit as TimeLimit,
    calendar,
    cutoff: context.procedure.sameDayCutoff,
    pauses,
  });
  const apology = state.appointments.filter((a) => isApology(a.kind)).at(-1);
  if (apology === undefined) return { original: original.dueAt, current: original.dueAt };
  const hours = { calendar, ...(deadline.workingHours === undefined ? {} : { workingHours: deadline.workingHours }) };
  const left = workingTimeBetween(apology.setAt, apology.dueAt as string, hours).totalMinutes;
  if (left <= 0) return { original: original.dueAt, current: apology.dueAt };
  const moved = computeDueDate({
    ...hours,
    ...(deadline.resumeMode === undefined ? {} : { resumeMode: deadline.resumeMode }),
    receivedAt: apology.setAt,
    duration: { value: left / 60, unit: "workingHours" },
    pauses: pauses.filter((p) => Date.parse(p.from as string) >= Date.parse(apology.setAt)),
  });
  return { original: original.dueAt, current: moved.dueAt };
}

/** Sends one event; returns the next state. */
const send = (state: DossierState, event: DossierEventInput, context: WorkflowContext): DossierState =>
  transition(state, event, context).state;

describe("DL-8: a resume moves the appointment by its own pause only", () => {
  test.prop([fc.constantFrom(...LIMITS), deadlineOptions, START, fc.array(move, { minLength: 1, maxLength: 24 })], {
    seed: 20261205,
    numRuns: 400,
  })("every resumed appointment, and the account while paused, equal the full fold", (limit, deadline, day, moves) => {
    const options: WorkflowOptions = {
      pauseOnPaymentRequest: true,
      maxSupplementRequests: 100,
      maxReappointments: 3,
      deadline,
    };
    const context: WorkflowContext = { procedure: procedures.get(limit) as never, calendar, options };
    let now = Date.parse(`${day}T08:00:00+07:00`);
    let state = createDossierState(context);
    state = send(
      state,
      { type: "submit", at: iso(now), actor: APPLICANT, version: 0, channel: "direct", applicant: CITIZEN },
      context,
    );
    now += 30 * 60_000;
    state = send(state, { type: "receive", at: iso(now), actor: DESK, version: 1, code: codeFor(iso(now)) }, context);
    state = send(state, { type: "transfer", at: iso(now), actor: DESK, version: 2 }, context);
    let resumes = 0;
    for (const m of moves) {
      now += m.gap * 60_000 + m.seconds * 1000;
      if (m.kind === "apology") {
        const time = computeDossierTime(state, context);
        const newDueDate = calendar.addWorkingDays(time?.current.dueDate as string, 3);
        const apology: DossierEventInput = {
          type: "apologise",
          at: iso(now),
          actor: APPROVER,
          version: state.version,
          reason: "Chờ xác minh",
          newDueDate,
          letterRef: "1/XL",
        };
        // An apology after the appointment in force has passed is refused (DL-11): then none.
        try {
          state = send(state, apology, context);
        } catch {}
        continue;
      }
      const [ask, answer]: [DossierEventInput, DossierEventInput] =
        m.kind === "payment"
          ? [
              { type: "requestPayment", at: iso(now), actor: PROCESSOR, version: state.version, amountVnd: 1000 },
              { type: "pay", at: "", actor: APPLICANT, version: state.version + 1 },
            ]
          : [
              {
                type: "requestSupplement",
                at: iso(now),
                actor: PROCESSOR,
                version: state.version,
                items: [{ name: "Giấy chứng sinh", reason: "Không rõ", componentId: "birth-certificate" }],
              },
              { type: "supplement", at: "", actor: APPLICANT, version: state.version + 1 },
            ];
      state = send(state, ask, context);
      // While paused, half-way: the account read at that instant is the full fold too.
      const halfway = iso(now + Math.floor(m.length / 2) * 60_000);
      const paused = computeDossierTime(state, context, { at: halfway });
      const expectedPaused = fullFold(state, context, halfway);
      expect(paused?.current.dueAt).toBe(expectedPaused.current);
      expect(paused?.original.dueAt).toBe(expectedPaused.original);
      now += m.length * 60_000;
      state = send(state, { ...answer, at: iso(now) }, context);
      const resumed = state.appointments.at(-1);
      expect(resumed?.kind).toBe("resumed");
      expect(resumed?.setAt).toBe(iso(now));
      const expected = fullFold(state, context, iso(now));
      expect(resumed?.dueAt).toBe(expected.current);
      expect(computeDossierTime(state, context)?.original.dueAt).toBe(expected.original);
      resumes++;
    }
    expect(resumes).toBe(moves.filter((m) => m.kind !== "apology").length);
  });
});

/**
 * Properties (fixed seeds): any event moves the state or throws a TthcError leaving it untouched;
 * replay ≡ restoreSnapshot(snapshot(state)) and the state survives JSON; every state is reachable.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import type { DossierStatus } from "../../src/models/index.js";
import {
  type Actor,
  createDossierState,
  type DossierEventInput,
  type DossierEventType,
  type DossierState,
  EVENT_TYPES,
  nextEvents,
  replay,
  restoreSnapshot,
  snapshot,
  TRANSITIONS,
  transition,
  type WorkflowContext,
  WorkflowRole,
} from "../../src/workflow/index.js";
import { deepFreeze } from "../_reference/tthcAssert.js";
import {
  APPLICANT,
  APPROVER,
  CITIZEN,
  calendar,
  codeFor,
  contextFor,
  DESK,
  INTER_AGENCY,
  PARTNER,
  PROCESSOR,
} from "./_helpers.js";

const CONTEXT = contextFor(INTER_AGENCY, { maxSupplementRequests: 2 });
const ALL_STATES: readonly DossierStatus[] = [
  "draft",
  "submitted",
  "supplementRequested",
  "rejectedAtIntake",
  "received",
  "inProcess",
  "interAgency",
  "paymentRequested",
  "refusedAfterAcceptance",
  "resolved",
  "returned",
  "withdrawn",
  "stopped",
];

const ROLE_OF: Readonly<Record<DossierEventType, Actor>> = {
  submit: DESK,
  requestSupplementAtIntake: DESK,
  supplement: APPLICANT,
  rejectAtIntake: DESK,
  receive: DESK,
  transfer: DESK,
  handOver: PROCESSOR,
  requestSupplement: PROCESSOR,
  requestPayment: PROCESSOR,
  pay: APPLICANT,
  apologise: APPROVER,
  approve: APPROVER,
  refuse: APPROVER,
  return: DESK,
  withdraw: APPLICANT,
  stop: APPROVER,
};

/** Vietnam-time ISO of a day offset and minute from 2025-06-23 00:00+07:00. */
function instant(ms: number): string {
  const local = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

/** A well-formed event of `type` valid in `state` (guards already checked by nextEvents). */
function validEvent(
  state: DossierState,
  type: DossierEventType,
  at: string,
  context: WorkflowContext,
): DossierEventInput {
  const base = {
    at,
    actor: state.status === "interAgency" && type === "handOver" ? PARTNER : ROLE_OF[type],
    version: state.version,
  };
  const items = [{ name: "Giấy chứng sinh", reason: "Bổ sung", componentId: "birth-certificate" }];
  switch (type) {
    case "submit":
      return { type, ...base, channel: "direct", applicant: CITIZEN };
    case "requestSupplementAtIntake":
    case "requestSupplement":
      return { type, ...base, items };
    case "rejectAtIntake":
    case "refuse":
    case "stop":
      return { type, ...base, reason: "Lý do" };
    case "receive":
      return { type, ...base, code: codeFor(at) };
    case "handOver":
      return { type, ...base, step: (state.currentStep ?? 0) + 1 };
    case "requestPayment":
      return { type, ...base, amountVnd: 10000 };
    case "apologise": {
      const due = state.appointments.at(-1)?.dueDate ?? at.slice(0, 10);
      return { type, ...base, reason: "Chậm", newDueDate: context.calendar.addWorkingDays(due, 2), letterRef: "1/XL" };
    }
    case "return":
      return { type, ...base, channel: "postal" };
    default:
      return { type, ...base } as DossierEventInput;
  }
}

/** Runs choices into a valid event log; returns the log and the states visited. */
function run(startMs: number, choices: readonly number[]): { log: DossierEventInput[]; states: DossierState[] } {
  let state = createDossierState(CONTEXT);
  let now = startMs;
  const log: DossierEventInput[] = [];
  const states = [state];
  for (const choice of choices) {
    const allowed = nextEvents(state, CONTEXT);
    if (allowed.length === 0) break;
    const type = allowed[choice % allowed.length] as DossierEventType;
    now += ((choice >> 4) % 30) * 3_600_000 + 60_000;
    const event = validEvent(state, type, instant(now), CONTEXT);
    state = transition(state, event, CONTEXT).state;
    log.push(event);
    states.push(state);
  }
  return { log, states };
}

const start = fc.integer({ min: 0, max: 30 }).map((d) => Date.UTC(2025, 5, 20, 1) + d * 86_400_000);
const choices = fc.array(fc.nat({ max: 10_000 }), { maxLength: 16 });

describe("workflow properties", () => {
  test.prop([start, choices], { seed: 20251123, numRuns: 200 })(
    "replay ≡ restoreSnapshot(snapshot(state)), and the state survives JSON (MOD-21)",
    (startMs, picks) => {
      const { log, states } = run(startMs, picks);
      const last = states.at(-1) as DossierState;
      expect(replay(log, CONTEXT)).toEqual(last);
      expect(restoreSnapshot(snapshot(last))).toEqual(last);
      expect(JSON.parse(JSON.stringify(last))).toEqual(last);
    },
  );

  test.prop(
    [
      start,
      choices,
      fc.constantFrom(...EVENT_TYPES),
      fc.constantFrom(...WorkflowRole.options),
      fc.integer({ min: -1, max: 1 }),
      fc.boolean(),
    ],
    { seed: 20250701, numRuns: 300 },
  )(
    "any event either moves the state or throws a TthcError and leaves it untouched",
    (startMs, picks, type, role, skew, wellFormed) => {
      const { states } = run(startMs, picks);
      const state = deepFreeze(states.at(-1) as DossierState);
      const before = JSON.stringify(state);
      const at = instant(Date.parse(state.updatedAt ?? "2025-06-20T08:00:00+07:00") + 3_600_000);
      const valid = validEvent(state, type, at, CONTEXT);
      const event = deepFreeze(
        wellFormed
          ? { ...valid, actor: { id: "x", role }, version: state.version + skew }
          : ({ ...valid, extra: true } as unknown as DossierEventInput),
      );
      try {
        const result = transition(state, event, CONTEXT);
        expect(result.state.version).toBe(state.version + 1);
      } catch (error) {
        expect(isTthcError(error)).toBe(true);
      }
      expect(JSON.stringify(state)).toBe(before);
    },
  );

  it("every state is reachable in the transition table from draft", () => {
    const seen = new Set<string>(["draft"]);
    const queue = ["draft"];
    while (queue.length > 0) {
      const from = queue.shift();
      for (const rule of TRANSITIONS) {
        if (rule.from !== from) continue;
        for (const to of rule.to) {
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...ALL_STATES].sort());
  });

  it("every state is reached by valid event sequences (VN-2018 and VN-2025 receipts)", () => {
    const reached = new Set<string>();
    const sample = fc.sample(fc.tuple(start, choices), { seed: 7, numRuns: 600 });
    for (const [startMs, picks] of sample) for (const s of run(startMs, picks).states) reached.add(s.status);
    expect([...reached].sort()).toEqual([...ALL_STATES].sort());
    expect(calendar.range.from).toBe("2000-01-01");
  });
});

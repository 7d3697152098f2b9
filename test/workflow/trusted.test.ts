/**
 * Trusted replay (fixed seeds): `replay(log, context, { trusted: true })` gives the state the
 * validating replay gives, and the state the events give one `transition` at a time — deep equal,
 * keys in the same order — over generated logs of every event type under several option sets;
 * `DIFF_LOGS` (default 2,000) logs more in one differential run. A log it would refuse is refused
 * with the validating replay's error; its options are checked; the state shares nothing with the log.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isTthcError, type TthcError } from "../../src/errors.js";
import { type DossierEventInput, type DossierState, replay, type WorkflowContext } from "../../src/workflow/index.js";
import {
  APPLICANT,
  BIRTH_INTER_AGENCY_GROUP,
  BIRTH_REGISTRATION,
  CITIZEN,
  contextFor,
  INTER_AGENCY,
  runChoices,
} from "./_helpers.js";

const CONTEXTS: readonly WorkflowContext[] = [
  contextFor(INTER_AGENCY, { maxSupplementRequests: 2 }),
  contextFor(INTER_AGENCY, {
    maxSupplementRequests: 3,
    maxReappointments: 2,
    pauseOnPaymentRequest: true,
    deadline: { resumeMode: "restart", appointmentTime: "sameClockTime" },
  }),
  contextFor(BIRTH_INTER_AGENCY_GROUP, {
    maxSupplementRequests: 4,
    pauseOnPaymentRequest: true,
    ruleSetBy: "submittedAt",
    deadline: { resumeMode: "shiftByCalendarDays", dayCounting: "workingHoursFromReceipt" },
  }),
  contextFor(BIRTH_REGISTRATION),
];

const TRUSTED = { trusted: true } as const;
const start = fc.integer({ min: 0, max: 400 }).map((d) => Date.UTC(2025, 5, 20, 1) + d * 86_400_000);
const choices = fc.array(fc.nat({ max: 10_000 }), { maxLength: 40 });
const contextIndex = fc.nat({ max: CONTEXTS.length - 1 });

/** The same state, deep and in key order (what a JSON store of it would hold). */
function expectSame(actual: DossierState, expected: DossierState): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

function errorOf(fn: () => unknown): TthcError {
  try {
    fn();
  } catch (error) {
    if (isTthcError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("replay(log, context, { trusted: true })", () => {
  test.prop([contextIndex, start, choices], { seed: 20261206, numRuns: 300 })(
    "gives the state of the validating replay and of one transition at a time",
    (c, startMs, picks) => {
      const context = CONTEXTS[c] as WorkflowContext;
      const { log, states } = runChoices(context, startMs, picks, picks.length % 2 === 0);
      const last = states.at(-1) as DossierState;
      const fast = replay(log, context, TRUSTED);
      expectSame(fast, last);
      expectSame(replay(log, context), last);
      expect(Object.isFrozen(fast)).toBe(true);
    },
  );

  it(`gives the same states as the validating replay on ${Number(process.env["DIFF_LOGS"] ?? 2000)} generated logs`, () => {
    const count = Number(process.env["DIFF_LOGS"] ?? 2000);
    const longer = fc.array(fc.nat({ max: 10_000 }), { minLength: 8, maxLength: 40 });
    const samples = fc.sample(fc.tuple(contextIndex, start, longer), { seed: 20261207, numRuns: count });
    let events = 0;
    for (const [c, startMs, picks] of samples) {
      const context = CONTEXTS[c] as WorkflowContext;
      const { log } = runChoices(context, startMs, picks, picks.length % 4 !== 0);
      events += log.length;
      const fast = replay(log, context, TRUSTED);
      const full = replay(log, context);
      if (JSON.stringify(fast) !== JSON.stringify(full)) expectSame(fast, full);
    }
    expect(events).toBeGreaterThan(count * 4);
  });

  test.prop([contextIndex, start, choices, fc.nat(), fc.constantFrom("version", "type", "at", "actor", "extra")], {
    seed: 20261208,
    numRuns: 200,
  })("refuses a log with a bad event as the validating replay does", (c, startMs, picks, which, field) => {
    const context = CONTEXTS[c] as WorkflowContext;
    const { log } = runChoices(context, startMs, picks);
    if (log.length === 0) return;
    const i = which % log.length;
    const event = log[i] as Record<string, unknown>;
    const bad = {
      version: { ...event, version: (event["version"] as number) + 1 },
      type: { ...event, type: "approve" },
      at: { ...event, at: "2025-02-30T09:00:00+07:00" },
      actor: { ...event, actor: { id: "x", role: "applicant" } },
      extra: { ...event, extra: true },
    }[field];
    const broken = [...log.slice(0, i), bad, ...log.slice(i + 1)] as DossierEventInput[];
    let expected: TthcError | undefined;
    try {
      replay(broken, context);
    } catch (error) {
      if (!isTthcError(error)) throw error;
      expected = error;
    }
    if (expected === undefined) {
      // Still a log the workflow accepts (an actor of another allowed role, say): the same state.
      // An unknown key is the one thing only the schema sees: the trusted replay does not look.
      expectSame(replay(broken, context, TRUSTED), replay(broken, context));
      return;
    }
    if (field === "extra") return;
    const got = errorOf(() => replay(broken, context, TRUSTED));
    expect({ code: got.code, path: got.path, message: got.message }).toEqual({
      code: expected.code,
      path: expected.path,
      message: expected.message,
    });
  });

  it("refuses what is not a log with a TthcError, not a TypeError", () => {
    const context = CONTEXTS[3] as WorkflowContext;
    for (const log of [[null], [1], [{}], [{ type: "submit" }], [{ type: "nope", version: 0 }]]) {
      const error = errorOf(() => replay(log as never, context, TRUSTED));
      expect(error.code).toBe("INVALID_EVENT");
      expect(error.path[0]).toBe(0);
    }
  });

  it("checks its options: unknown keys and a trusted that is not a boolean are refused", () => {
    const context = CONTEXTS[3] as WorkflowContext;
    expect(errorOf(() => replay([], context, { trusted: true, fast: true } as never))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["options", "fast"],
    });
    expect(errorOf(() => replay([], context, { trusted: "yes" } as never))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["options", "trusted"],
    });
    expect(errorOf(() => replay([], context, null as never)).code).toBe("INVALID_OPTION");
    expect(replay([], context, { trusted: false }).status).toBe("draft");
  });

  it("shares no object with the log: changing the log afterwards changes nothing", () => {
    const context = CONTEXTS[3] as WorkflowContext;
    const applicant: { kind: "citizen"; name: string } = { ...CITIZEN };
    const log: DossierEventInput[] = [
      { type: "submit", at: "2025-07-01T08:00:00+07:00", actor: APPLICANT, version: 0, channel: "online", applicant },
    ];
    const state = replay(log, context, TRUSTED);
    applicant.name = "Người khác";
    expect(state.applicant?.name).toBe(CITIZEN.name);
    expect(replay(log, context, TRUSTED)).toStrictEqual({ ...state, applicant });
  });
});

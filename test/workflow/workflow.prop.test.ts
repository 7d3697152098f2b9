/**
 * Properties (fixed seeds): any event moves the state or throws a TthcError leaving it untouched;
 * replay ≡ restoreSnapshot(snapshot(state)) and the state survives JSON; every state is reachable.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import type { DossierStatus } from "../../src/models/index.js";
import {
  type DossierEventInput,
  type DossierState,
  EVENT_TYPES,
  replay,
  restoreSnapshot,
  snapshot,
  TRANSITIONS,
  transition,
  WorkflowRole,
} from "../../src/workflow/index.js";
import { deepFreeze } from "../_reference/tthcAssert.js";
import { calendar, contextFor, INTER_AGENCY, instant, runChoices, validEvent } from "./_helpers.js";

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

/** Runs choices into a valid event log under this file's context. */
const run = (startMs: number, choices: readonly number[]) => runChoices(CONTEXT, startMs, choices);

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

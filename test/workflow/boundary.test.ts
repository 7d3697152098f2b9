/**
 * The workflow's boundary (issue on hostile input): foreign states, contexts and options are refused
 * with a TthcError, a state no event log can produce is never trusted, and inputs are never changed.
 */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { isTthcError } from "../../src/errors.js";
import { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import { anEventLog } from "../../src/testing/index.js";
import {
  can,
  classifyTimeliness,
  computeDossierTime,
  computeRemaining,
  createDossierState,
  type DossierState,
  isOverdue,
  nextEvents,
  replay,
  restoreSnapshot,
  snapshot,
  transition,
} from "../../src/workflow/index.js";

const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };
const log = anEventLog().submit("2026-03-02T09:00").receive("2026-03-02T09:05").transfer("2026-03-02T10:00");
const state = log.replay(context);
const AT = "2026-03-10T09:00:00+07:00";

function failure(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isTthcError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error("expected a TthcError");
}

describe("states the workflow did not make", () => {
  const submitted = anEventLog().submit("2026-03-02T09:00").replay(context);
  const edited = JSON.parse(JSON.stringify({ ...submitted, status: "inProcess" })) as DossierState;

  it("a submitted dossier edited to inProcess is refused everywhere (no receipt, code or appointment)", () => {
    const approve = { type: "approve", at: AT, actor: { id: "ld", role: "approver" }, version: 1 } as const;
    expect(failure(() => transition(edited, approve, context))).toEqual({
      code: "INVALID_DOSSIER",
      path: ["receivedAt"],
    });
    const stored = JSON.parse(snapshot(submitted));
    stored.state.status = "inProcess";
    expect(failure(() => restoreSnapshot(JSON.stringify(stored)))).toEqual({
      code: "INVALID_SNAPSHOT",
      path: ["state", "receivedAt"],
    });
    for (const call of [
      () => isOverdue(edited, AT, context),
      () => computeRemaining(edited, AT, context),
      () => classifyTimeliness(edited, context),
      () => computeDossierTime(edited, context),
      () => snapshot(edited),
      () => nextEvents(edited, context),
    ]) {
      expect(failure(call).code).toBe("INVALID_DOSSIER");
    }
  });

  it("a state copied through JSON is accepted when it is one the log produces", () => {
    const copy = JSON.parse(JSON.stringify(state)) as DossierState;
    expect(isOverdue(copy, AT, context)).toBe(false);
    expect(restoreSnapshot(snapshot(copy))).toEqual(state);
  });

  it("a receipt whose code's date is another day is refused (MOD-14)", () => {
    const copy = { ...JSON.parse(JSON.stringify(state)), code: "000.00.12.H26-260303-0001" };
    expect(failure(() => computeDossierTime(copy, context))).toEqual({ code: "INVALID_DOSSIER", path: ["code"] });
  });

  it("states the workflow made are frozen", () => {
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(createDossierState(context))).toBe(true);
  });

  it.each([null, undefined, 7, "x", [], {}])("%# as a state is INVALID_DOSSIER", (value) => {
    expect(failure(() => isOverdue(value as unknown as DossierState, AT, context)).code).toBe("INVALID_DOSSIER");
  });
});

describe("contexts, options and arguments", () => {
  it.each([
    [null, []],
    [{ procedure: BIRTH_INTER_AGENCY_GROUP }, ["calendar"]],
    [{ ...context, calendar: {} }, ["calendar"]],
    [{ ...context, colour: "red" }, ["colour"]],
    [{ ...context, procedure: { ...BIRTH_INTER_AGENCY_GROUP, code: "x" } }, ["procedure", "code"]],
    [{ ...context, procedure: BIRTH_REGISTRATION }, ["procedure"]],
    [{ ...context, options: { maxSupplementRequests: "3" } }, ["options", "maxSupplementRequests"]],
    [{ ...context, options: { maxSupplementRequests: -1 } }, ["options", "maxSupplementRequests"]],
    [{ ...context, options: { pauseOnPaymentRequest: "yes" } }, ["options", "pauseOnPaymentRequest"]],
    [{ ...context, options: { deadline: { resumeMode: "later" } } }, ["options", "deadline", "resumeMode"]],
    [{ ...context, options: { deadline: { receivedAt: AT } } }, ["options", "deadline", "receivedAt"]],
  ])("context %# is refused at its path", (bad, path) => {
    const error = failure(() => isOverdue(state, AT, bad as typeof context));
    expect(error.path).toEqual(path);
    expect(["INVALID_OPTION", "INVALID_PROCEDURE"]).toContain(error.code);
  });

  it("replay refuses what is not an array of events", () => {
    expect(failure(() => replay({} as never, context))).toEqual({ code: "INVALID_EVENT", path: ["events"] });
  });

  it("unknown event types and time options are refused", () => {
    expect(failure(() => can(state, "teleport" as never, context)).code).toBe("INVALID_EVENT");
    expect(failure(() => computeDossierTime(state, context, { at: "yesterday" })).code).toBe("INVALID_INSTANT");
    expect(failure(() => classifyTimeliness(state, context, { granularity: "hour" as never })).path).toEqual([
      "options",
      "granularity",
    ]);
    expect(failure(() => isOverdue(state, "2026-13-01T00:00:00+07:00", context)).code).toBe("INVALID_INSTANT");
  });
});

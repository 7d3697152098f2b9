/** Rejections carry a code and a path and never touch the input; snapshots are strict; labels and diagram. */
import { describe, expect, it } from "vitest";
import { aDossier } from "../../src/testing/index.js";
import {
  can,
  type DossierEventInput,
  EVENT_LABELS,
  EVENT_TYPES,
  nextEvents,
  ROLE_LABELS,
  restoreSnapshot,
  STATE_LABELS,
  snapshot,
  toMermaid,
  transition,
} from "../../src/workflow/index.js";
import { deepFreeze, expectTthc } from "../_reference/tthcAssert.js";
import {
  APPLICANT,
  APPROVER,
  BIRTH_INTER_AGENCY_GROUP,
  calendar,
  contextFor,
  DESK,
  INTER_AGENCY,
  PROCESSOR,
} from "./_helpers.js";

/** Submitted Mon 2/3/2026 08:50 at the desk and received at 09:00 (20-working-day liên thông group). */
const RECEIVED = aDossier()
  .ofProcedure(BIRTH_INTER_AGENCY_GROUP)
  .onCalendar(calendar)
  .submittedAt("2026-03-02T08:50:00+07:00")
  .receivedAt("2026-03-02T09:00:00+07:00");

function received() {
  return { state: RECEIVED.buildState(), context: RECEIVED.context() };
}

/** The desk's transfer at 10:00, the next event of {@link RECEIVED}, at its version. */
function transferAt10(): DossierEventInput {
  const events = RECEIVED.eventLog().transfer("2026-03-02T10:00:00+07:00").build();
  return events[events.length - 1] as DossierEventInput;
}

describe("optimistic concurrency (CONFLICT)", () => {
  it("two officers writing against the same version: the second is refused", () => {
    const d = received();
    const state = deepFreeze(d.state);
    const first = transferAt10();
    expect(first).toMatchObject({ type: "transfer", actor: DESK, version: state.version });
    const moved = transition(state, first, d.context).state;
    expectTthc(() => transition(moved, { ...first, at: "2026-03-02T10:01:00+07:00" }, d.context), "CONFLICT", [
      "version",
    ]);
    expect(state.status).toBe("received");
  });
});

describe("rejections leave deep-frozen inputs untouched", () => {
  it.each([
    ["TRANSITION_NOT_ALLOWED", { type: "approve" }, ["type"]],
    ["FORBIDDEN_ROLE", { type: "transfer", actor: APPLICANT }, ["actor", "role"]],
    ["INVALID_EVENT", { type: "transfer", colour: "red" }, ["colour"]],
    ["INVALID_EVENT", { type: "transfer", at: "2026-03-02T08:00:00+07:00" }, ["at"]],
    ["INVALID_EVENT", { type: "transfer", at: "2026-03-02T10:00:00" }, ["at"]],
    ["INVALID_EVENT", { type: "teleport" }, ["type"]],
  ] as const)("%s %j", (code, patch, path) => {
    const d = received();
    const state = deepFreeze(d.state);
    const before = JSON.stringify(state);
    const event = deepFreeze({ ...transferAt10(), ...patch });
    expectTthc(() => transition(state, event as never, d.context), code, path);
    expect(JSON.stringify(state)).toBe(before);
  });

  it("a context for another procedure is refused", () => {
    const d = received();
    expectTthc(() => transition(d.state, transferAt10(), contextFor()), "INVALID_OPTION", ["procedure"]);
  });
});

describe("can / nextEvents", () => {
  it("answer per role what the UI should offer", () => {
    const d = received();
    expect(nextEvents(d.state, { ...d.context, actor: DESK })).toEqual(["transfer", "withdraw"]);
    expect(nextEvents(d.state, { ...d.context, actor: APPLICANT })).toEqual(["withdraw"]);
    expect(nextEvents(d.state, { ...d.context, actor: APPROVER })).toEqual(["stop"]);
    expect(can(d.state, "transfer", { ...d.context, actor: PROCESSOR })).toBe(false);
  });

  it("handOver is offered only with an internal workflow step ahead", () => {
    const context = RECEIVED.context();
    const state = RECEIVED.eventLog().transfer("2026-03-02T10:00:00+07:00").replay(context);
    expect(can(state, "handOver", context)).toBe(false);
    const e = RECEIVED.ofProcedure(INTER_AGENCY);
    // The kit's receipt code is the MOD-14 example's agency, the receipt date and sequence 1.
    expect(e.buildState().code).toBe("000.00.12.H26-260302-0001");
    const inProcess = e.eventLog().transfer("2026-03-02T10:00:00+07:00").replay(e.context());
    expect(can(inProcess, "handOver", e.context())).toBe(true);
  });
});

describe("snapshots (INVALID_SNAPSHOT)", () => {
  it("refuses a wrong schema version, unknown keys, a mismatched header and non-JSON", () => {
    const d = received();
    const good = JSON.parse(snapshot(d.state));
    expectTthc(() => restoreSnapshot({ ...good, schemaVersion: 2 }), "INVALID_SNAPSHOT", ["schemaVersion"]);
    expectTthc(() => restoreSnapshot({ ...good, state: { ...good.state, extra: 1 } }), "INVALID_SNAPSHOT", [
      "state",
      "extra",
    ]);
    expectTthc(() => restoreSnapshot({ ...good, ruleSet: "VN-2018" }), "INVALID_SNAPSHOT", ["state"]);
    expectTthc(() => restoreSnapshot("{"), "INVALID_SNAPSHOT", []);
    expect(restoreSnapshot(snapshot(d.state))).toEqual(d.state);
  });
});

describe("labels and diagram", () => {
  it("every state, event and role has NFC vi/en labels", () => {
    for (const table of [STATE_LABELS, EVENT_LABELS, ROLE_LABELS]) {
      for (const label of Object.values(table)) {
        expect(label.vi.length).toBeGreaterThan(0);
        expect(label.vi).toBe(label.vi.normalize("NFC"));
        expect(label.en.length).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(EVENT_LABELS).sort()).toEqual([...EVENT_TYPES].sort());
    expect(STATE_LABELS.inProcess.vi).toBe("Đang xử lý");
  });

  it("WF-25: the VN-2018 diagram has no stop; the procedure's steps sit inside inProcess", () => {
    expect(toMermaid(undefined, { ruleSet: "VN-2018" })).not.toContain("stopped");
    const diagram = toMermaid(INTER_AGENCY, { ruleSet: "VN-2025" });
    expect(diagram).toContain("inProcess --> stopped: Dừng giải quyết hồ sơ");
    expect(diagram).toContain("step3: 3. Đăng ký thường trú — Cơ quan đăng ký cư trú (liên thông), 8 workingDays");
  });
});

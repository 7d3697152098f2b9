/** Builders: valid by construction (through the schemas), immutable, readable; the fixed clock. */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { isTthcError } from "../../src/errors.js";
import { PRIVATE_ENTERPRISE_REGISTRATION } from "../../src/models/fixtures/index.js";
import { aDossier, anEventLog, aProcedure, fixedClock } from "../../src/testing/index.js";

const enterprise = { procedure: PRIVATE_ENTERPRISE_REGISTRATION, calendar: createWorkingCalendar() };

function codeOf(thunk: () => unknown): string | undefined {
  try {
    thunk();
  } catch (error) {
    return isTthcError(error) ? error.code : "not a TthcError";
  }
  return undefined;
}

describe("aProcedure", () => {
  it("is immutable: each with… returns a new builder", () => {
    const base = aProcedure(PRIVATE_ENTERPRISE_REGISTRATION);
    const faster = base.withTimeLimit({ value: 2, unit: "workingDays" });
    expect(base.build().channels[0]?.timeLimit.value).toBe(3);
    expect(faster.build().channels[0]?.timeLimit.value).toBe(2);
    expect(aProcedure().withTimeLimit("3 ngày làm việc").build().channels[0]?.timeLimit).toEqual({
      value: 3,
      unit: "workingDays",
    });
  });

  it("goes through parseProcedure and the duration reader", () => {
    expect(codeOf(() => aProcedure().with({ code: "nope" }).build())).toBe("INVALID_PROCEDURE");
    expect(codeOf(() => aProcedure().withTimeLimit("three days"))).toBe("INVALID_SCENARIO");
  });

  it("refuses a channel that matches no row (null changed nothing, found by the fuzz)", () => {
    expect(codeOf(() => aProcedure().withTimeLimit("2 workingDays", null as never))).toBe("INVALID_OPTION");
    expect(codeOf(() => aProcedure().withTimeLimit("2 workingDays", "onlin" as never))).toBe("INVALID_OPTION");
  });
});

describe("aDossier", () => {
  it("builds the issue's example through the workflow", () => {
    const dossier = aDossier()
      .ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION)
      .receivedAt("2026-02-13T16:30+07:00")
      .build();
    expect(dossier).toMatchObject({
      code: "000.00.12.H26-260213-0001",
      status: "received",
      ruleSet: "VN-2025",
      timeLimit: { value: 3, unit: "workingDays" },
      dueDate: "2026-02-25",
      dueAt: "2026-02-25T17:00:00+07:00",
    });
  });

  it("is immutable and takes a procedure builder", () => {
    const base = aDossier().receivedAt("2026-02-13T09:00");
    const other = base.receivedBy("000.00.12.H26", 42).ofProcedure(aProcedure().withSameDayCutoff(undefined));
    expect(base.build().code).toBe("000.00.12.H26-260213-0001");
    expect(other.build().code).toBe("000.00.12.H26-260213-0042");
    expect(aDossier().receivedAt("2026-02-13T15:30").build().dueDate).toBe("2026-02-23"); // 15:00 cut-off
    expect(other.receivedAt("2026-02-13T15:30").build().dueDate).toBe("2026-02-13"); // no cut-off
  });

  it("builds drafts, submissions and online dossiers", () => {
    expect(aDossier().build().status).toBe("draft");
    expect(aDossier().submittedAt("2026-02-13T09:00").build().status).toBe("submitted");
    const online = aDossier().viaChannel("online").receivedAt("2026-02-13T09:00").eventLog().build();
    expect(online[0]?.actor.role).toBe("applicant");
    expect(codeOf(() => aDossier().receivedAt("13/2/2026"))).toBe("INVALID_INSTANT");
  });
});

describe("anEventLog", () => {
  it("numbers versions, fills defaults and leaves earlier builders untouched", () => {
    const received = anEventLog().submit("2026-02-13T09:00").receive("2026-02-13T09:05");
    const transferred = received.transfer("2026-02-13T10:00");
    expect(received.length).toBe(2);
    expect(transferred.build().map((e) => [e.type, e.version, e.actor.role])).toEqual([
      ["submit", 0, "receptionist"],
      ["receive", 1, "receptionist"],
      ["transfer", 2, "receptionist"],
    ]);
    expect(Object.isFrozen(transferred.build())).toBe(true);
  });

  it("replays through the workflow, whose checks apply", () => {
    const log = anEventLog()
      .submit("2026-02-23T09:00")
      .receive("2026-02-23T09:00")
      .transfer("2026-02-23T10:00")
      .requestSupplement("2026-02-24T09:00")
      .supplement("2026-02-26T09:00");
    const state = log.replay(enterprise);
    expect(state.status).toBe("inProcess");
    expect(state.appointments.at(-1)?.dueAt).toBe("2026-03-02T17:00:00+07:00");
    expect(codeOf(() => anEventLog().approve("2026-02-23T09:00").replay(enterprise))).toBe("TRANSITION_NOT_ALLOWED");
    const apologised = log.apologise("2026-02-27T09:00", "2026-03-04").build().at(-1);
    expect(apologised).toMatchObject({ type: "apologise", newDueDate: "2026-03-04", actor: { role: "processor" } });
  });
});

describe("fixedClock", () => {
  it("passes its now to remaining, isOverdue and computeRemaining", () => {
    const state = aDossier().ofProcedure(PRIVATE_ENTERPRISE_REGISTRATION).receivedAt("2026-02-13T09:00").buildState();
    const clock = fixedClock("2026-02-23T09:00");
    expect(clock.now).toBe("2026-02-23T09:00:00+07:00");
    expect(clock.isOverdue(state, enterprise)).toBe(false);
    // 23/2 09:00–17:00 is 6 working hours (2.5 + 3.5), then 24/2 and 25/2 8 h each: 22 h = 2 days 6 hours
    expect(clock.computeRemaining(state, enterprise)?.label.vi).toBe("Còn 2 ngày 6 giờ");
    expect(clock.at("2026-02-26T07:30").isOverdue(state, enterprise)).toBe(true);
    expect(clock.remaining("2026-02-23T11:00:00+07:00").label.en).toBe("2 hours left");
  });
});

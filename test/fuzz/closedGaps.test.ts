/**
 * Gaps the fuzz suite's refusal oracle listed (silent acceptance of wrong input), each closed with
 * an example: the input is refused with a TthcError naming the field.
 */

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { computeDueDateTime } from "../../src/adapters/luxon/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { TthcError } from "../../src/errors.js";
import { BIRTH_INTER_AGENCY_GROUP, SAMPLE_DOSSIER } from "../../src/models/fixtures/index.js";
import { Instant } from "../../src/models/index.js";
import { toReportRecord } from "../../src/report/index.js";
import { anEventLog, tthcMatchers } from "../../src/testing/index.js";
import { transition } from "../../src/workflow/index.js";

const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar: createWorkingCalendar() };

describe("closed gaps", () => {
  it("an event instant with an offset past +14:00 or on 30 February is INVALID_EVENT at its path", () => {
    expect(Instant.safeParse("2026-03-02T09:00:00+14:59").success).toBe(false);
    expect(Instant.safeParse("2026-02-30T09:00:00+07:00").success).toBe(false);
    const state = anEventLog().submit("2026-03-02T09:00").replay(context);
    const receive = {
      type: "receive",
      actor: { id: "d", role: "receptionist" },
      version: 1,
      code: "000.00.12.H26-260302-0001",
    } as const;
    expect(() => transition(state, { ...receive, at: "2026-03-02T09:05:00+14:59" }, context)).toThrow(
      expect.objectContaining({ code: "INVALID_EVENT", path: ["at"] }),
    );
  });

  it("new TthcError refuses path: null", () => {
    expect(() => new TthcError("INVALID_DATE", "x", { path: null as never })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["path"] }),
    );
  });

  it("anEventLog checks its options", () => {
    expect(() => anEventLog({ agency: "H26" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["options", "agency"] }),
    );
    expect(() => anEventLog({ sequence: 0 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["options", "sequence"] }),
    );
    expect(() => anEventLog({ seq: 1 } as never)).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["options", "seq"] }),
    );
  });

  it("toBeDueOn refuses an impossible expected date instead of failing the match", () => {
    const input = { receivedAt: "2026-02-13T09:00:00+07:00", duration: { value: 3, unit: "workingDays" } } as const;
    expect(() => tthcMatchers.toBeDueOn(input, "2026-02-30")).toThrow(
      expect.objectContaining({ code: "INVALID_DATE", path: ["expected"] }),
    );
  });

  it("toReportRecord refuses an impossible closedAt", () => {
    expect(() => toReportRecord(SAMPLE_DOSSIER, { closedAt: "2026-03-02T09:00:00+14:59" })).toThrow(
      expect.objectContaining({ code: "INVALID_INSTANT", path: ["extra", "closedAt"] }),
    );
  });

  it("computeDueDateTime refuses an unknown key of a pause, as computeDueDate does", () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Ho_Chi_Minh" });
    const input = {
      receivedAt: at("2026-03-02T09:00:00"),
      duration: { value: 3, unit: "workingDays" },
      pauses: [{ from: at("2026-03-03T09:00:00"), to: at("2026-03-04T09:00:00"), colour: "red" }],
    } as const;
    expect(() => computeDueDateTime(input as never)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });
});

/**
 * tthc/luxon on the official 2026 schedule (Tết Bính Ngọ off Saturday 14/2 – Sunday 22/2/2026,
 * data/official_schedules.csv, source http://www.congan.com.vn/?catid=702&id=388656&mod=detnews):
 * DateTimes in any zone are read in Asia/Ho_Chi_Minh; DateTimes returned are in Asia/Ho_Chi_Minh.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  computeDueDateTime,
  isWorkingDay,
  workingDaysBetween,
} from "../../src/adapters/luxon/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate } from "../../src/deadline/index.js";
import { expectTthc } from "../_reference/tthcAssert.js";

const ZONE = "Asia/Ho_Chi_Minh";
const inVietnam = (local: string): DateTime => DateTime.fromISO(local, { zone: ZONE });

describe("tthc/luxon across Tết Bính Ngọ 2026", () => {
  const friday = inVietnam("2026-02-13T15:30:00");

  it("the first working day after Friday 13/2 is Monday 23/2, at 00:00 in Asia/Ho_Chi_Minh", () => {
    const next = addWorkingDays(friday, 1);
    expect(next.toISO()).toBe("2026-02-23T00:00:00.000+07:00");
    expect(next.zoneName).toBe(ZONE);
    expect(addWorkingDays(next, -1).toISODate()).toBe("2026-02-13");
  });

  it("reads a DateTime in another zone as its day in Vietnam", () => {
    // 20:00 Thursday 12/2 in Los Angeles is 11:00 Friday 13/2 in Vietnam.
    const la = DateTime.fromISO("2026-02-12T20:00:00", { zone: "America/Los_Angeles" });
    expect(isWorkingDay(la)).toBe(true);
    expect(addWorkingDays(la, 1).toISO()).toBe("2026-02-23T00:00:00.000+07:00");
    // 19:00 Friday 13/2 in UTC is 02:00 Saturday 14/2 in Vietnam: Tết.
    expect(isWorkingDay(DateTime.fromISO("2026-02-13T19:00:00Z", { zone: "UTC" }))).toBe(false);
  });

  it("no host-day trap: what it returns formats as the Vietnamese day on any host (run under every TZ)", () => {
    // A server in UTC, a laptop in California, a host across the date line: the same output.
    for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "local"]) {
      const received = friday.setZone(zone);
      const next = addWorkingDays(received, 1);
      expect(next.toFormat("dd/MM/yyyy")).toBe("23/02/2026");
      expect(next.toISODate()).toBe("2026-02-23");
      expect(
        computeDueDateTime({ receivedAt: received, duration: { value: 3, unit: "workingDays" } }).dueAt.toFormat(
          "dd/MM/yyyy HH:mm",
        ),
      ).toBe("25/02/2026 17:00");
    }
    // Midnight of 13/2 at UTC+14 is 17:00 on 12/2 in Vietnam: a DateTime is an instant, read in Vietnam.
    expect(addWorkingDays(DateTime.fromISO("2026-02-13T00:00:00", { zone: "Pacific/Kiritimati" }), 1).toISODate()).toBe(
      "2026-02-13",
    );
  });

  it("every day of 14/2–22/2/2026 is off", () => {
    for (let d = 14; d <= 22; d++) expect(isWorkingDay(inVietnam(`2026-02-${d}T12:00:00`))).toBe(false);
    expect(workingDaysBetween(friday, inVietnam("2026-02-23T08:00:00"))).toBe(1);
    expect(workingDaysBetween(inVietnam("2026-02-23T08:00:00"), friday)).toBe(-1);
  });

  it("keeps the DateTime's locale and leaves it untouched", () => {
    const vi = friday.setLocale("vi");
    const out = addWorkingDays(vi, 3);
    expect(out.locale).toBe("vi");
    expect(vi.toISO()).toBe("2026-02-13T15:30:00.000+07:00");
  });

  it("uses the calendar it is given", () => {
    const calendar = createWorkingCalendar({ extraDaysOff: ["2026-02-23"] });
    expect(addWorkingDays(friday, 1, { calendar }).toISODate()).toBe("2026-02-24");
    expect(isWorkingDay(inVietnam("2026-02-23T08:00:00"), { calendar })).toBe(false);
  });
});

describe("computeDueDateTime = computeDueDate with DateTimes", () => {
  it("a 3-working-day limit received at 15:30 on Friday 13/2/2026 is due at 17:00 on 25/2", () => {
    const due = computeDueDateTime({ receivedAt: friday(), duration: { value: 3, unit: "workingDays" } });
    expect(due.dueDate).toBe("2026-02-25");
    expect(due.dueAt.toISO()).toBe("2026-02-25T17:00:00.000+07:00");
    expect(due.dueAt.zoneName).toBe(ZONE);
    expect(due.skipped.map((d) => d.date)).toEqual([
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
    ]);
    expect(Object.isFrozen(due)).toBe(true);
  });

  it("passes every option and the pauses through", () => {
    const receivedAt = DateTime.fromISO("2025-03-06T09:00:00", { zone: "Europe/London" }); // 16:00 in Vietnam
    const pause = { from: inVietnam("2025-03-07T10:00:00"), to: inVietnam("2025-03-11T10:00:00"), reason: "bổ sung" };
    const input = Object.freeze({
      receivedAt,
      duration: { value: 16, unit: "workingHours" } as const,
      cutoff: "15:00",
      pauses: Object.freeze([Object.freeze(pause)]),
    });
    const due = computeDueDateTime(input);
    const core = computeDueDate({
      ...input,
      receivedAt: receivedAt.toISO()!,
      pauses: [{ from: pause.from.toJSDate(), to: pause.to.toJSDate(), reason: "bổ sung" }],
    });
    expect(due.dueAt.toISO({ suppressMilliseconds: true })).toBe(core.dueAt);
    expect({ ...due, dueAt: core.dueAt }).toEqual(core);
  });

  it("bad input: INVALID_INSTANT with the path of the bad DateTime, INVALID_OPTION for unknown keys", () => {
    expectTthc(
      () =>
        computeDueDateTime({
          receivedAt: "2026-02-13T15:30:00+07:00" as never,
          duration: { value: 1, unit: "workingDays" },
        }),
      "INVALID_INSTANT",
      ["receivedAt"],
    );
    expectTthc(
      () => computeDueDateTime({ receivedAt: DateTime.invalid("broken"), duration: { value: 1, unit: "workingDays" } }),
      "INVALID_INSTANT",
      ["receivedAt"],
    );
    expectTthc(
      () =>
        computeDueDateTime({
          receivedAt: friday(),
          duration: { value: 1, unit: "workingDays" },
          pauses: [{ from: friday(), to: new Date() as never }],
        }),
      "INVALID_INSTANT",
      ["pauses", 0, "to"],
    );
    expectTthc(
      () => computeDueDateTime({ receivedAt: friday(), duration: { value: 1, unit: "workingDays" }, typo: 1 } as never),
      "INVALID_OPTION",
      ["typo"],
    );
    expectTthc(() => computeDueDateTime(null as never), "INVALID_OPTION", []);
    expectTthc(
      () => computeDueDateTime({ receivedAt: friday(), duration: { value: -1, unit: "workingDays" } }),
      "INVALID_DURATION",
      ["duration", "value"],
    );
  });

  function friday(): DateTime {
    return inVietnam("2026-02-13T15:30:00");
  }
});

describe("tthc/luxon bad input throws TthcError", () => {
  const ok = inVietnam("2026-02-13T15:30:00");
  it("INVALID_DATE for what is not a valid DateTime", () => {
    expectTthc(() => addWorkingDays(new Date() as never, 1), "INVALID_DATE", ["start"]);
    expectTthc(() => addWorkingDays(DateTime.invalid("broken"), 1), "INVALID_DATE", ["start"]);
    expectTthc(() => isWorkingDay(null as never), "INVALID_DATE", ["date"]);
    expectTthc(() => workingDaysBetween(ok, "2026-02-13" as never), "INVALID_DATE", ["to"]);
    expectTthc(() => workingDaysBetween(DateTime.fromISO("2026-02-30"), ok), "INVALID_DATE", ["from"]);
  });

  it("INVALID_DURATION, OUT_OF_RANGE, INVALID_OPTION", () => {
    expectTthc(() => addWorkingDays(ok, 0.5), "INVALID_DURATION", ["days"]);
    expectTthc(() => addWorkingDays(inVietnam("1990-06-01T00:00:00"), 1), "OUT_OF_RANGE", ["start"]);
    expectTthc(() => addWorkingDays(inVietnam("2199-12-30T00:00:00"), 5), "OUT_OF_RANGE", ["days"]);
    expectTthc(() => isWorkingDay(ok, { calendar: null } as never), "INVALID_OPTION", ["options", "calendar"]);
    expectTthc(() => isWorkingDay(ok, { zone: "UTC" } as never), "INVALID_OPTION", ["options", "zone"]);
  });
});

/**
 * CAL-15 with an independent time-zone oracle: luxon (tzdb through Intl) converts random instants
 * to Asia/Ho_Chi_Minh; the receipt date computeDueDate derives must be luxon's date, whatever the
 * offset the instant is written with.
 *
 * Range: computeDueDate needs the working calendar for every instant it accepts, and a calendar
 * covers 1995-01-01 at the earliest, so the oracle runs over 1995–2199. Instants from 13/6/1975
 * (UTC+7 since then) to 1994 are accepted as instants but refused by the calendar (checked below).
 */
import { fc, test } from "@fast-check/vitest";
import { DateTime, FixedOffsetZone } from "luxon";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { computeDueDate } from "../../src/deadline/index.js";
import { expectTthc } from "../_reference/tthcAssert.js";

const calendar = createWorkingCalendar({ range: { from: "1995-01-01", to: "2199-12-31" } });
const ZONE = "Asia/Ho_Chi_Minh";

/** Whole-second instants from 1995-01-01 00:00 to 2199-12-31 23:59:59 in Vietnam. */
const instant = fc.integer({
  min: Date.UTC(1994, 11, 31, 17) / 1000,
  max: Date.UTC(2199, 11, 31, 16, 59, 59) / 1000,
});
/** Offsets −12:00 … +14:00 in quarter hours. */
const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

/** 0 calendar days, kept as is: the due date is the receipt date, so no count can leave the range. */
const receiptOf = (receivedAt: string | Date) =>
  computeDueDate({ receivedAt, duration: { value: 0, unit: "calendarDays" }, calendarDayEnd: "asIs", calendar });

describe("CAL-15 receipt date = luxon's date in Asia/Ho_Chi_Minh", () => {
  test.prop([instant, offset], { seed: 19750613, numRuns: 500 })(
    "an ISO string with any offset",
    (seconds, minutes) => {
      const ms = seconds * 1000;
      const written = DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(minutes) }).toISO({
        suppressMilliseconds: true,
      });
      expect(written).not.toBeNull();
      const vn = DateTime.fromMillis(ms, { zone: ZONE });
      const due = receiptOf(written!);
      expect(due.receiptDate).toBe(vn.toISODate());
      expect(due.dueDate).toBe(vn.toISODate());
      // The trace states the receipt in Vietnam wall-clock time.
      expect(due.trace[0]?.en).toContain(vn.toFormat("yyyy-MM-dd'T'HH:mm:ss'+07:00'"));
    },
  );

  test.prop([fc.integer({ min: Date.UTC(1994, 11, 31, 17), max: Date.UTC(2199, 11, 31, 16, 59, 59, 999) })], {
    seed: 20991231,
    numRuns: 500,
  })("a Date, to the millisecond", (ms) => {
    expect(receiptOf(new Date(ms)).receiptDate).toBe(DateTime.fromMillis(ms, { zone: ZONE }).toISODate());
  });

  test.prop([fc.integer({ min: 9132, max: 83_000 }), fc.integer({ min: -2, max: 2 })], { seed: 20000101 })(
    "instants a millisecond either side of Vietnam midnight",
    (day, ms) => {
      // Vietnam midnight of `day` (days since 1970-01-01) is day × 86 400 000 − 7 h in UTC.
      const t = day * 86_400_000 - 7 * 3_600_000 + ms;
      expect(receiptOf(new Date(t)).receiptDate).toBe(DateTime.fromMillis(t, { zone: ZONE }).toISODate());
    },
  );
});

describe("CAL-15 the edges of the supported range", () => {
  it("CAL-15 luxon agrees that Vietnam has been on UTC+7 since 13/6/1975", () => {
    for (const iso of [
      "1976-01-01T00:00:00Z",
      "1995-01-01T00:00:00Z",
      "2100-06-01T00:00:00Z",
      "2199-12-31T00:00:00Z",
    ]) {
      expect(DateTime.fromISO(iso, { zone: ZONE }).offset).toBe(420);
    }
  });

  it("CAL-15 instants from 1976 to 1994 are valid instants, but outside any working calendar", () => {
    for (const receivedAt of ["1976-03-01T09:00:00+07:00", "1994-12-31T16:59:59Z"]) {
      expectTthc(() => receiptOf(receivedAt), "OUT_OF_RANGE", ["receivedAt"]);
    }
    // The first instant of 1995 in Vietnam is accepted.
    expect(receiptOf("1994-12-31T17:00:00Z").receiptDate).toBe("1995-01-01");
    expect(receiptOf("2199-12-31T23:59:59+07:00").receiptDate).toBe("2199-12-31");
  });

  it("CAL-15 before 13/6/1975 (UTC+8 in the south) and after 2199 → OUT_OF_RANGE at ['receivedAt']", () => {
    expectTthc(() => receiptOf("1975-06-12T12:00:00+07:00"), "OUT_OF_RANGE", ["receivedAt"]);
    expectTthc(() => receiptOf("2200-01-01T00:00:00+07:00"), "OUT_OF_RANGE", ["receivedAt"]);
  });
});

/**
 * tthc/date-fns on the official 2026 schedule: Tết Bính Ngọ off Saturday 14/2 – Sunday 22/2/2026
 * (data/official_schedules.csv, block 2026-02-14..2026-02-22, source
 * http://www.congan.com.vn/?catid=702&id=388656&mod=detnews), read in Vietnam whatever the host's
 * time zone (this file runs under every TZ of `npm run test:tz`).
 */
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  differenceInWorkingDays,
  isWorkingDay,
  subWorkingDays,
} from "../../src/adapters/date-fns/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { expectTthc } from "../_reference/tthcAssert.js";

const vn = (local: string): Date => new Date(`${local}+07:00`);

describe("tthc/date-fns across Tết Bính Ngọ 2026", () => {
  const friday = vn("2026-02-13T15:30:00");
  const monday = vn("2026-02-23T08:00:00");

  it("the first working day after Friday 13/2 is Monday 23/2, at 00:00 in Vietnam", () => {
    const due = addWorkingDays(friday, 1);
    expect(due.toISOString()).toBe("2026-02-22T17:00:00.000Z");
    expect(due.getTime()).toBe(vn("2026-02-23T00:00:00").getTime());
  });

  it("counts back over Tết, and subWorkingDays is addWorkingDays with the sign turned", () => {
    expect(subWorkingDays(monday, 1).toISOString()).toBe("2026-02-12T17:00:00.000Z");
    expect(addWorkingDays(monday, -1).getTime()).toBe(subWorkingDays(monday, 1).getTime());
    expect(subWorkingDays(friday, -1).getTime()).toBe(addWorkingDays(friday, 1).getTime());
  });

  it("every day of 14/2–22/2/2026 is off; 13/2 and 23/2 are working days", () => {
    for (let d = 14; d <= 22; d++) expect(isWorkingDay(vn(`2026-02-${d}T12:00:00`))).toBe(false);
    expect(isWorkingDay(friday)).toBe(true);
    expect(isWorkingDay(monday)).toBe(true);
  });

  it("Vietnam's midnight decides the day, not the host's", () => {
    expect(isWorkingDay(new Date("2026-02-13T16:59:59.999Z"))).toBe(true); // 23:59:59.999 Friday in Vietnam
    expect(isWorkingDay(new Date("2026-02-13T17:00:00.000Z"))).toBe(false); // 00:00 Saturday 14/2 in Vietnam
    expect(addWorkingDays(new Date("2026-02-13T16:59:59.999Z"), 1).toISOString()).toBe("2026-02-22T17:00:00.000Z");
  });

  it("a makeup Saturday (làm bù) is a working day: 26/4/2025", () => {
    expect(isWorkingDay(vn("2025-04-26T09:00:00"))).toBe(true);
  });

  it("differenceInWorkingDays counts (earlier, later], signed", () => {
    expect(differenceInWorkingDays(monday, friday)).toBe(1);
    expect(differenceInWorkingDays(friday, monday)).toBe(-1);
    expect(differenceInWorkingDays(vn("2026-02-20T09:00:00"), friday)).toBe(0);
    expect(differenceInWorkingDays(friday, friday)).toBe(0);
    expect(differenceInWorkingDays(addWorkingDays(friday, 30), friday)).toBe(30);
  });

  it("accepts epoch-millisecond timestamps like date-fns", () => {
    expect(addWorkingDays(friday.getTime(), 1).getTime()).toBe(addWorkingDays(friday, 1).getTime());
    expect(isWorkingDay(friday.getTime())).toBe(true);
    expect(differenceInWorkingDays(monday.getTime(), friday.getTime())).toBe(1);
  });

  it("0 gives the day itself on a working day, else the next working day", () => {
    expect(addWorkingDays(friday, 0).toISOString()).toBe("2026-02-12T17:00:00.000Z");
    expect(addWorkingDays(vn("2026-02-17T09:00:00"), 0).toISOString()).toBe("2026-02-22T17:00:00.000Z");
  });

  it("uses the calendar it is given", () => {
    const calendar = createWorkingCalendar({ extraDaysOff: ["2026-02-23"] });
    expect(isWorkingDay(monday, { calendar })).toBe(false);
    expect(addWorkingDays(friday, 1, { calendar }).toISOString()).toBe("2026-02-23T17:00:00.000Z");
    expect(differenceInWorkingDays(monday, friday, { calendar })).toBe(0);
  });

  it("never mutates the Date it is given, and returns a new one", () => {
    const input = new Date(friday.getTime());
    const out = addWorkingDays(input, 5);
    subWorkingDays(input, 5);
    differenceInWorkingDays(input, out);
    expect(input.getTime()).toBe(friday.getTime());
    expect(out).not.toBe(input);
  });
});

describe("tthc/date-fns bad input throws TthcError with the adapter's own parameter names", () => {
  it("INVALID_DATE: invalid Date, NaN, a string, null", () => {
    expectTthc(() => addWorkingDays(new Date(Number.NaN), 1), "INVALID_DATE", ["date"]);
    expectTthc(() => isWorkingDay(Number.NaN), "INVALID_DATE", ["date"]);
    expectTthc(() => isWorkingDay("2026-02-13" as unknown as Date), "INVALID_DATE", ["date"]);
    expectTthc(() => subWorkingDays(null as unknown as Date, 1), "INVALID_DATE", ["date"]);
    expectTthc(() => differenceInWorkingDays(new Date(Number.NaN), new Date()), "INVALID_DATE", ["laterDate"]);
    expectTthc(() => differenceInWorkingDays(new Date(), Number.NaN), "INVALID_DATE", ["earlierDate"]);
  });

  it("INVALID_DURATION: a fractional, NaN or non-number amount", () => {
    expectTthc(() => addWorkingDays(new Date(), 1.5), "INVALID_DURATION", ["amount"]);
    expectTthc(() => addWorkingDays(new Date(), Number.NaN), "INVALID_DURATION", ["amount"]);
    expectTthc(() => subWorkingDays(new Date(), "3" as unknown as number), "INVALID_DURATION", ["amount"]);
  });

  it("OUT_OF_RANGE: a date or a result outside the calendar", () => {
    expectTthc(() => isWorkingDay(vn("1990-01-02T09:00:00")), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => addWorkingDays(vn("1990-01-02T09:00:00"), 1), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => addWorkingDays(vn("2199-12-30T09:00:00"), 10), "OUT_OF_RANGE", ["amount"]);
    expectTthc(() => differenceInWorkingDays(vn("2300-01-01T00:00:00"), friday()), "OUT_OF_RANGE", ["laterDate"]);
    expectTthc(() => differenceInWorkingDays(friday(), vn("1990-01-01T00:00:00")), "OUT_OF_RANGE", ["earlierDate"]);
  });

  it("INVALID_OPTION: unknown option keys, a calendar not made by createWorkingCalendar", () => {
    expectTthc(() => addWorkingDays(friday(), 1, { in: "UTC" } as never), "INVALID_OPTION", ["options", "in"]);
    expectTthc(() => isWorkingDay(friday(), { calendar: {} } as never), "INVALID_OPTION", ["options", "calendar"]);
    expectTthc(() => isWorkingDay(friday(), 7 as never), "INVALID_OPTION", ["options"]);
  });

  function friday(): Date {
    return vn("2026-02-13T15:30:00");
  }
});

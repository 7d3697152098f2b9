/**
 * tthc/date-fns on the official 2026 schedule: Tết Bính Ngọ off Saturday 14/2 – Sunday 22/2/2026
 * (data/official_schedules.csv, block 2026-02-14..2026-02-22, source
 * http://www.congan.com.vn/?catid=702&id=388656&mod=detnews). As in date-fns, a `Date` names the day
 * its getters show (the host's day), a `TZDate` its zone's day, and `in` decides the zone: this file
 * runs under every TZ of `npm run test:tz` and gives the same days under each.
 */
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns/format";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  differenceInWorkingDays,
  isWorkingDay,
  subWorkingDays,
} from "../../src/adapters/date-fns/index.js";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { expectTthc } from "../_reference/tthcAssert.js";

/** A host-local date (what `new Date(y, m, d)` and date-fns' `parse` give). */
const local = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(y, m - 1, d, h, min);
const day = (date: Date): string => format(date, "yyyy-MM-dd");
const inVietnam = tz("Asia/Ho_Chi_Minh");

describe("a Date names the host's calendar day, as in every date-fns function", () => {
  const friday = local(2026, 2, 13, 15, 30);
  const monday = local(2026, 2, 23, 8);

  it("the first working day after Friday 13/2 is Monday 23/2: format shows 23/02/2026 on any host", () => {
    const due = addWorkingDays(friday, 1);
    expect(format(due, "dd/MM/yyyy")).toBe("23/02/2026");
    expect(due.getTime()).toBe(local(2026, 2, 23).getTime()); // the host's midnight
    expect(due).toBeInstanceOf(Date);
  });

  it("counts back over Tết, and subWorkingDays is addWorkingDays with the sign turned", () => {
    expect(day(subWorkingDays(monday, 1))).toBe("2026-02-13");
    expect(addWorkingDays(monday, -1).getTime()).toBe(subWorkingDays(monday, 1).getTime());
    expect(subWorkingDays(friday, -1).getTime()).toBe(addWorkingDays(friday, 1).getTime());
  });

  it("every day of 14/2–22/2/2026 is off; 13/2 and 23/2 are working days", () => {
    for (let d = 14; d <= 22; d++) expect(isWorkingDay(local(2026, 2, d, 23, 59))).toBe(false);
    expect(isWorkingDay(friday)).toBe(true);
    expect(isWorkingDay(local(2026, 2, 13, 0, 0))).toBe(true);
    expect(isWorkingDay(monday)).toBe(true);
  });

  it("a makeup Saturday (làm bù) is a working day: 26/4/2025", () => {
    expect(isWorkingDay(local(2025, 4, 26, 9))).toBe(true);
  });

  it("differenceInWorkingDays counts (earlier, later], signed", () => {
    expect(differenceInWorkingDays(monday, friday)).toBe(1);
    expect(differenceInWorkingDays(friday, monday)).toBe(-1);
    expect(differenceInWorkingDays(local(2026, 2, 20, 9), friday)).toBe(0);
    expect(differenceInWorkingDays(friday, friday)).toBe(0);
    expect(differenceInWorkingDays(addWorkingDays(friday, 30), friday)).toBe(30);
  });

  it("accepts epoch-millisecond timestamps like date-fns (read as the host's day)", () => {
    expect(addWorkingDays(friday.getTime(), 1).getTime()).toBe(addWorkingDays(friday, 1).getTime());
    expect(isWorkingDay(friday.getTime())).toBe(true);
    expect(differenceInWorkingDays(monday.getTime(), friday.getTime())).toBe(1);
  });

  it("0 gives the day itself on a working day, else the next working day", () => {
    expect(day(addWorkingDays(friday, 0))).toBe("2026-02-13");
    expect(day(addWorkingDays(local(2026, 2, 17, 9), 0))).toBe("2026-02-23");
  });

  it("uses the calendar it is given", () => {
    const calendar = createWorkingCalendar({ extraDaysOff: ["2026-02-23"] });
    expect(isWorkingDay(monday, { calendar })).toBe(false);
    expect(day(addWorkingDays(friday, 1, { calendar }))).toBe("2026-02-24");
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

describe("date-fns v4's `in` context and TZDate (@date-fns/tz)", () => {
  // 16:59:59.999 UTC on 13/2 is 23:59:59.999 on Friday in Vietnam; 17:00 UTC is Saturday 14/2 there.
  const lastMsOfFriday = new Date("2026-02-13T16:59:59.999Z");
  const firstMsOfSaturday = new Date("2026-02-13T17:00:00.000Z");

  it("in: tz('Asia/Ho_Chi_Minh') reads an instant in Vietnam, whatever the host", () => {
    expect(isWorkingDay(lastMsOfFriday, { in: inVietnam })).toBe(true);
    expect(isWorkingDay(firstMsOfSaturday, { in: inVietnam })).toBe(false);
    const due = addWorkingDays(lastMsOfFriday, 1, { in: inVietnam });
    expect(due).toBeInstanceOf(TZDate);
    expect((due as TZDate).timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(due.getTime()).toBe(Date.parse("2026-02-22T17:00:00.000Z")); // 00:00 on 23/2 in Vietnam
    expect(format(due, "dd/MM/yyyy HH:mm")).toBe("23/02/2026 00:00");
    expect(differenceInWorkingDays(due, lastMsOfFriday, { in: inVietnam })).toBe(1);
  });

  it("a TZDate keeps its zone without `in`: the day is the zone's, the result a TZDate there", () => {
    const friday = new TZDate(2026, 1, 13, 15, 30, "Asia/Ho_Chi_Minh");
    const due = addWorkingDays(friday, 1);
    expect(due).toBeInstanceOf(TZDate);
    expect((due as TZDate).timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(due.toISOString()).toBe("2026-02-23T00:00:00.000+07:00"); // TZDate prints its own zone
    expect(due.getTime()).toBe(Date.parse("2026-02-22T17:00:00.000Z"));
    expect(format(subWorkingDays(due, 1), "yyyy-MM-dd'T'HH:mmXXX")).toBe("2026-02-13T00:00+07:00");
  });

  it("across the date line (Pacific/Kiritimati, UTC+14): the zone's day, not Vietnam's nor UTC's", () => {
    const kiritimati = tz("Pacific/Kiritimati");
    // 10:30 UTC on 13/2 is already 00:30 on Saturday 14/2 in Kiritimati (but 17:30 Friday in Vietnam).
    const instant = new Date("2026-02-13T10:30:00Z");
    expect(isWorkingDay(instant, { in: kiritimati })).toBe(false);
    expect(isWorkingDay(instant, { in: inVietnam })).toBe(true);
    const due = addWorkingDays(instant, 1, { in: kiritimati });
    // The first working day after Saturday 14/2 is Monday 23/2, at 00:00 in Kiritimati (10:00 UTC the day before).
    expect(format(due, "yyyy-MM-dd HH:mm")).toBe("2026-02-23 00:00");
    expect(due.getTime()).toBe(Date.parse("2026-02-22T10:00:00.000Z"));
    // Read in Vietnam the same instant is Friday 13/2 17:30, whose next working day is also 23/2, at 00:00 there.
    expect(addWorkingDays(instant, 1, { in: inVietnam }).getTime()).toBe(Date.parse("2026-02-22T17:00:00.000Z"));
    expect(addWorkingDays(instant, 0, { in: kiritimati }).getTime()).toBe(due.getTime());
    expect(addWorkingDays(instant, 0, { in: inVietnam }).getTime()).toBe(Date.parse("2026-02-12T17:00:00.000Z"));
  });

  it("a context that does not make a valid Date is refused at options.in", () => {
    const friday = local(2026, 2, 13);
    expectTthc(() => isWorkingDay(friday, { in: (() => new Date(Number.NaN)) as never }), "INVALID_OPTION", [
      "options",
      "in",
    ]);
    expectTthc(() => isWorkingDay(friday, { in: (() => "2026-02-13") as never }), "INVALID_OPTION", ["options", "in"]);
    expectTthc(() => isWorkingDay(friday, { in: "Asia/Ho_Chi_Minh" as never }), "INVALID_OPTION", ["options", "in"]);
  });
});

describe("tthc/date-fns bad input throws TthcError with the adapter's own parameter names", () => {
  const friday = (): Date => local(2026, 2, 13, 15, 30);

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
    expectTthc(() => isWorkingDay(local(1990, 1, 2, 9)), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => addWorkingDays(local(1990, 1, 2, 9), 1), "OUT_OF_RANGE", ["date"]);
    expectTthc(() => addWorkingDays(local(2199, 12, 30, 9), 10), "OUT_OF_RANGE", ["amount"]);
    expectTthc(() => differenceInWorkingDays(local(2300, 1, 1), friday()), "OUT_OF_RANGE", ["laterDate"]);
    expectTthc(() => differenceInWorkingDays(friday(), local(1990, 1, 1)), "OUT_OF_RANGE", ["earlierDate"]);
  });

  it("INVALID_OPTION: unknown option keys, a calendar not made by createWorkingCalendar", () => {
    expectTthc(() => addWorkingDays(friday(), 1, { zone: "UTC" } as never), "INVALID_OPTION", ["options", "zone"]);
    expectTthc(() => isWorkingDay(friday(), { calendar: {} } as never), "INVALID_OPTION", ["options", "calendar"]);
    expectTthc(() => isWorkingDay(friday(), 7 as never), "INVALID_OPTION", ["options"]);
  });
});

/**
 * CAL-1 … CAL-10: statutory holidays by the law in force, compensation, provisional flags and the
 * options that change them. Expected days are worked out by hand in the comments from the rule
 * texts, the published lunar dates (Tết = mùng 1 tháng Giêng, Giỗ Tổ = 10/3 âm lịch, Vietnamese
 * calendar at UTC+7) and the weekdays of a printed calendar.
 */
import { describe, expect, it } from "vitest";
import {
  createWorkingCalendar,
  type DayInfo,
  type ScheduleEntry,
  type StatutoryHolidayRule,
  type WorkingCalendar,
} from "../../src/calendar/index.js";
import { dayNumber, isoOf } from "../_reference/naiveCalendar.js";

const calendar = createWorkingCalendar();

/** `[date, kind]` of every listed day off of a year. */
const offDays = (cal: WorkingCalendar, year: number): [string, string][] =>
  cal.holidays(year).map((d) => [d.date, d.kind]);

/** Dates `from..to` inclusive. */
const span = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) out.push(isoOf(d));
  return out;
};

const H = "holiday";
const C = "compensatory";

describe("CAL-1 / CAL-2 / CAL-3 (D-1) statutory days by the Labour Code in force", () => {
  it("CAL-3 2005 (BLLĐ 1994, before Giỗ Tổ was added in 2007): Tết 4 days, no Hùng Kings day", () => {
    // Tết Ất Dậu = Wed 9/2/2005 → Eve Tue 8/2 + days 1–3 (Wed 9, Thu 10, Fri 11/2).
    // 1/1 Sat → nghỉ bù Mon 3/1 (CAL-6). 30/4 Sat and 1/5 Sun → Mon 2/5 and Tue 3/5. 2/9 Fri, one day.
    expect(offDays(calendar, 2005)).toEqual([
      ["2005-01-01", H],
      ["2005-01-03", C],
      ["2005-02-08", H],
      ["2005-02-09", H],
      ["2005-02-10", H],
      ["2005-02-11", H],
      ["2005-04-30", H],
      ["2005-05-01", H],
      ["2005-05-02", C],
      ["2005-05-03", C],
      ["2005-09-02", H],
    ]);
    expect(calendar.holidays(2005).some((d) => d.block === "hungKings")).toBe(false);
    // 10/3 Ất Dậu = Mon 18/4/2005 is an ordinary working day.
    expect(calendar.isWorkingDay("2005-04-18")).toBe(true);
  });

  it("CAL-3 2008: Hùng Kings' day present (10/3 Mậu Tý = Tue 15/4/2008), Tết still 4 days", () => {
    // Tết Mậu Tý = Thu 7/2/2008 → Eve Wed 6/2, Thu 7, Fri 8, Sat 9/2 → nghỉ bù Mon 11/2.
    expect(offDays(calendar, 2008)).toEqual([
      ["2008-01-01", H],
      ["2008-02-06", H],
      ["2008-02-07", H],
      ["2008-02-08", H],
      ["2008-02-09", H],
      ["2008-02-11", C],
      ["2008-04-15", H],
      ["2008-04-30", H],
      ["2008-05-01", H],
      ["2008-09-02", H],
    ]);
    const hk = calendar.dayInfo("2008-04-15");
    expect(hk).toMatchObject({ working: false, kind: "holiday", block: "hungKings", provisional: true });
  });

  it("CAL-3 D-1 Tết 2013 (10/2/2013, before BLLĐ 2012 took effect on 1/5/2013) has 4 statutory days", () => {
    // Tết Quý Tỵ = Sun 10/2/2013 → Eve Sat 9/2 + days 1–3: Sun 10, Mon 11, Tue 12/2.
    // Sat 9/2 and Sun 10/2 are rest days → nghỉ bù on the next free working days, Wed 13 and Thu 14/2.
    const tet = calendar.holidays(2013).filter((d) => d.block === "lunarNewYear");
    expect(tet.map((d) => [d.date, d.kind])).toEqual([
      ["2013-02-09", H],
      ["2013-02-10", H],
      ["2013-02-11", H],
      ["2013-02-12", H],
      ["2013-02-13", C],
      ["2013-02-14", C],
    ]);
    expect(calendar.isWorkingDay("2013-02-15")).toBe(true);
    expect(calendar.isWorkingDay("2013-02-08")).toBe(true);
  });

  it("CAL-2 D-1 Tết 2014 (31/1/2014) is the first with 5 days: Eve + days 1–4", () => {
    // Tết Giáp Ngọ = Fri 31/1/2014 → Eve Thu 30/1, Fri 31/1, Sat 1/2, Sun 2/2, Mon 3/2;
    // Sat 1/2 and Sun 2/2 → nghỉ bù Tue 4/2 and Wed 5/2.
    const tet = calendar.holidays(2014).filter((d) => d.block === "lunarNewYear");
    expect(tet.map((d) => [d.date, d.kind])).toEqual([
      ["2014-01-30", H],
      ["2014-01-31", H],
      ["2014-02-01", H],
      ["2014-02-02", H],
      ["2014-02-03", H],
      ["2014-02-04", C],
      ["2014-02-05", C],
    ]);
    expect(calendar.isWorkingDay("2014-02-06")).toBe(true);
    expect(calendar.isWorkingDay("2014-01-29")).toBe(true);
  });

  it("CAL-2 National Day is one day until 2020 (2020 Quốc khánh is a gap in the CSV)", () => {
    // 2/9/2020 is a Wednesday; 1/9 and 3/9 stay working days whatever nationalDaySecondDay says.
    for (const cal of [
      calendar,
      createWorkingCalendar({ nationalDaySecondDay: "after" }),
      createWorkingCalendar({ nationalDaySecondDay: "before" }),
    ]) {
      expect(cal.dayInfo("2020-09-02")).toMatchObject({
        working: false,
        kind: "holiday",
        block: "nationalDay",
        provisional: true,
      });
      expect(cal.isWorkingDay("2020-09-01")).toBe(true);
      expect(cal.isWorkingDay("2020-09-03")).toBe(true);
    }
    // 2019 (also a gap): Mon 2/9/2019 only.
    expect(calendar.isWorkingDay("2019-09-02")).toBe(false);
    expect(calendar.isWorkingDay("2019-09-03")).toBe(true);
  });

  it("CAL-1 CAL-5 from 2021 National Day has 2 days: 2027 (2/9 Thursday → 3/9 by the heuristic)", () => {
    expect(calendar.isWorkingDay("2027-09-01")).toBe(true);
    expect(calendar.dayInfo("2027-09-02")).toMatchObject({ working: false, kind: "holiday", block: "nationalDay" });
    expect(calendar.dayInfo("2027-09-03")).toMatchObject({ working: false, kind: "holiday", block: "nationalDay" });
    expect(calendar.isWorkingDay("2027-09-06")).toBe(true);
  });

  it("CAL-5 nationalDaySecondDay 'before' | 'after' pick 1/9 or 3/9", () => {
    const before = createWorkingCalendar({ nationalDaySecondDay: "before" });
    const after = createWorkingCalendar({ nationalDaySecondDay: "after" });
    // 2027: Wed 1/9, Thu 2/9, Fri 3/9.
    expect([
      before.isWorkingDay("2027-09-01"),
      before.isWorkingDay("2027-09-02"),
      before.isWorkingDay("2027-09-03"),
    ]).toEqual([false, false, true]);
    expect([
      after.isWorkingDay("2027-09-01"),
      after.isWorkingDay("2027-09-02"),
      after.isWorkingDay("2027-09-03"),
    ]).toEqual([true, false, false]);
    // 2028 'after': 2/9 Sat and 3/9 Sun are both rest days → nghỉ bù Mon 4/9 and Tue 5/9; Fri 1/9 works.
    expect(offDays(after, 2028).filter(([d]) => d >= "2028-08-01")).toEqual([
      ["2028-09-02", H],
      ["2028-09-03", H],
      ["2028-09-04", C],
      ["2028-09-05", C],
    ]);
    expect(after.isWorkingDay("2028-09-01")).toBe(true);
  });

  it("CAL-1 the eleven statutory days of 2027, all generated (no bundled schedule)", () => {
    // 1/1 Fri. Tết Đinh Mùi = Sat 6/2/2027: Eve Fri 5/2, Sat 6, Sun 7, Mon 8, Tue 9/2; Sat 6 and Sun 7 →
    // nghỉ bù Wed 10 and Thu 11/2. Giỗ Tổ 10/3 = Fri 16/4. 30/4 Fri, 1/5 Sat → Mon 3/5. 2/9 Thu + Fri 3/9.
    expect(offDays(calendar, 2027)).toEqual([
      ["2027-01-01", H],
      ["2027-02-05", H],
      ["2027-02-06", H],
      ["2027-02-07", H],
      ["2027-02-08", H],
      ["2027-02-09", H],
      ["2027-02-10", C],
      ["2027-02-11", C],
      ["2027-04-16", H],
      ["2027-04-30", H],
      ["2027-05-01", H],
      ["2027-05-03", C],
      ["2027-09-02", H],
      ["2027-09-03", H],
    ]);
    expect(calendar.holidays(2027).filter((d) => d.kind === "holiday")).toHaveLength(11);
  });
});

describe("CAL-16 Tết by the Vietnamese lunar calendar (UTC+7), not the Chinese one (UTC+8)", () => {
  it("CAL-16 Tết 2030 is Sat 2/2/2030 in Vietnam (3/2 in China)", () => {
    // UTC+7: Eve Fri 1/2, Sat 2, Sun 3, Mon 4, Tue 5/2 → nghỉ bù Wed 6, Thu 7/2; Fri 8/2 works.
    // With the Chinese date the block would be Sat 2/2 … Wed 6/2 + Thu 7, Fri 8/2, and Fri 1/2 would work.
    expect(offDays(calendar, 2030).filter(([d]) => d > "2030-01-15" && d < "2030-03-01")).toEqual([
      ["2030-02-01", H],
      ["2030-02-02", H],
      ["2030-02-03", H],
      ["2030-02-04", H],
      ["2030-02-05", H],
      ["2030-02-06", C],
      ["2030-02-07", C],
    ]);
    expect(calendar.isWorkingDay("2030-02-08")).toBe(true);
  });

  it("CAL-16 CAL-3 Tết 2007 is Sat 17/2/2007 in Vietnam (18/2 in China); first Giỗ Tổ Thu 26/4/2007", () => {
    // BLLĐ 1994, 4 days: Eve Fri 16/2, Sat 17, Sun 18, Mon 19/2 → nghỉ bù Tue 20, Wed 21/2; Thu 22/2 works.
    expect(calendar.isWorkingDay("2007-02-15")).toBe(true);
    for (const d of span("2007-02-16", "2007-02-21")) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay("2007-02-22")).toBe(true);
    expect(calendar.dayInfo("2007-04-26")).toMatchObject({ working: false, kind: "holiday", block: "hungKings" });
  });
});

describe("CAL-6 nghỉ bù: a holiday on a weekly rest day gives the next working day off", () => {
  it("CAL-6 2028: 1/1 Saturday → Monday 3/1/2028", () => {
    expect(calendar.dayInfo("2028-01-01")).toMatchObject({ working: false, kind: "holiday", block: "newYear" });
    expect(calendar.dayInfo("2028-01-03")).toMatchObject({
      working: false,
      kind: "compensatory",
      block: "newYear",
      provisional: true,
    });
    expect(calendar.isWorkingDay("2028-01-04")).toBe(true);
  });

  it("CAL-6 2028 in full: compensation skips days that are already off", () => {
    // Tết Mậu Thân = Wed 26/1/2028: Eve Tue 25, Wed 26, Thu 27, Fri 28, Sat 29/1 → Mon 31/1.
    // Giỗ Tổ 10/3 = Tue 4/4. 30/4 Sun → next working day not already off: Mon 1/5 is Labour Day → Tue 2/5.
    // 2/9 Sat → second day Fri 1/9 (heuristic: Sat → 1/9); 2/9 Sat → Mon 4/9.
    expect(offDays(calendar, 2028)).toEqual([
      ["2028-01-01", H],
      ["2028-01-03", C],
      ["2028-01-25", H],
      ["2028-01-26", H],
      ["2028-01-27", H],
      ["2028-01-28", H],
      ["2028-01-29", H],
      ["2028-01-31", C],
      ["2028-04-04", H],
      ["2028-04-30", H],
      ["2028-05-01", H],
      ["2028-05-02", C],
      ["2028-09-01", H],
      ["2028-09-02", H],
      ["2028-09-04", C],
    ]);
  });

  it("CAL-6 2029: 2/9 Sunday → second day Mon 3/9 (heuristic), nghỉ bù Tue 4/9", () => {
    // Tết Kỷ Dậu = Tue 13/2/2029: Eve Mon 12 … Fri 16/2. Giỗ Tổ = Mon 23/4. 30/4 Mon, 1/5 Tue.
    expect(offDays(calendar, 2029)).toEqual([
      ["2029-01-01", H],
      ["2029-02-12", H],
      ["2029-02-13", H],
      ["2029-02-14", H],
      ["2029-02-15", H],
      ["2029-02-16", H],
      ["2029-04-23", H],
      ["2029-04-30", H],
      ["2029-05-01", H],
      ["2029-09-02", H],
      ["2029-09-03", H],
      ["2029-09-04", C],
    ]);
    expect(calendar.isWorkingDay("2029-09-05")).toBe(true);
  });

  it("CAL-6 only rest days give compensation: with weekend [0], a Saturday holiday gives none", () => {
    const sundayOnly = createWorkingCalendar({ weekend: [0] });
    expect(sundayOnly.isWorkingDay("2028-01-01")).toBe(false); // Saturday, New Year
    expect(sundayOnly.isWorkingDay("2028-01-03")).toBe(true); // no nghỉ bù for a working Saturday
    expect(sundayOnly.isWorkingDay("2028-01-02")).toBe(false); // Sunday rest
  });
});

describe("CAL-5 / CAL-7 provisional flags", () => {
  it("CAL-5 generated days (years or blocks without a bundled schedule) are provisional", () => {
    for (const date of ["2027-01-01", "2027-02-08", "2027-02-10", "2027-09-03", "2030-04-30"]) {
      expect(calendar.dayInfo(date).provisional, date).toBe(true);
    }
    // Bundled years have gaps (official_schedules_gaps.md): 2025 New Year and Hùng Kings (Mon 7/4/2025) are generated.
    expect(calendar.dayInfo("2025-01-01")).toMatchObject({ working: false, provisional: true });
    expect(calendar.dayInfo("2025-04-07")).toMatchObject({ working: false, block: "hungKings", provisional: true });
  });

  it("CAL-5 bundled days carry no provisional flag at all", () => {
    for (const date of ["2025-01-29", "2025-05-02", "2025-04-26", "2026-02-17", "2024-09-03"]) {
      const info = calendar.dayInfo(date);
      expect("provisional" in info, date).toBe(false);
    }
  });

  it("CAL-5 ordinary days carry no provisional flag", () => {
    expect("provisional" in calendar.dayInfo("2027-03-10")).toBe(false);
    expect(calendar.dayInfo("2027-03-10")).toMatchObject({ working: true, kind: "workday", weekday: 3 });
    expect(calendar.dayInfo("2027-03-13")).toMatchObject({ working: false, kind: "weekend", weekday: 6 });
  });
});

describe("CAL-8 statutory holidays added from an effective date", () => {
  const cultureDay: StatutoryHolidayRule = {
    id: "vietnameseCultureDay",
    label: { vi: "Ngày Văn hóa Việt Nam", en: "Vietnamese Culture Day" },
    month: 11,
    day: 24,
    effectiveFrom: "2027-01-01",
    source: "NQ 80-NQ/TW (candidate amendment of BLLĐ 2019 Art. 112(1), RULES CAL-8)",
  };

  it("CAL-8 24/11 is not a holiday by default (not in force as of 26/2/2026)", () => {
    expect(calendar.isWorkingDay("2027-11-24")).toBe(true);
  });

  it("CAL-8 from 2027-01-01: Wed 24/11/2027 is a holiday, Tue 24/11/2026 is not", () => {
    const cal = createWorkingCalendar({ statutoryHolidays: [cultureDay] });
    expect(cal.dayInfo("2027-11-24")).toMatchObject({
      working: false,
      kind: "holiday",
      block: "other",
      label: cultureDay.label,
      source: cultureDay.source,
    });
    expect(cal.isWorkingDay("2026-11-24")).toBe(true);
    // 24/11/2029 is a Saturday → nghỉ bù Monday 26/11/2029 (CAL-6 applies to the new day too).
    expect(cal.isWorkingDay("2029-11-24")).toBe(false);
    expect(cal.dayInfo("2029-11-26")).toMatchObject({ working: false, kind: "compensatory" });
    expect(cal.isWorkingDay("2029-11-27")).toBe(true);
  });

  it("CAL-8 effectiveTo ends the rule; a lunar-calendar rule uses the lunar date", () => {
    const cal = createWorkingCalendar({
      statutoryHolidays: [
        { ...cultureDay, effectiveTo: "2030-12-31" },
        {
          id: "lanternFestival",
          label: { vi: "Tết Nguyên tiêu", en: "Lantern Festival" },
          month: 1,
          day: 15,
          calendar: "lunar",
          effectiveFrom: "2027-01-01",
          source: "hypothetical rule for the test",
        },
      ],
    });
    // 24/11/2030 Sunday → nghỉ bù Mon 25/11/2030; 24/11/2031 (Mon) after effectiveTo works.
    expect(cal.isWorkingDay("2030-11-25")).toBe(false);
    expect(cal.isWorkingDay("2031-11-24")).toBe(true);
    // 15/1 Đinh Mùi = Tết (Sat 6/2/2027) + 14 days = Sat 20/2/2027 → nghỉ bù Mon 22/2/2027.
    expect(cal.dayInfo("2027-02-20")).toMatchObject({
      working: false,
      kind: "holiday",
      label: { vi: "Tết Nguyên tiêu", en: "Lantern Festival" },
    });
    expect(cal.dayInfo("2027-02-22")).toMatchObject({ working: false, kind: "compensatory" });
    // Before effectiveFrom: 15/1 Bính Ngọ = 17/2/2026 + 14 = Tue 3/3/2026, a working day.
    expect(cal.isWorkingDay("2026-03-03")).toBe(true);
  });
});

describe("CAL-10 swaps only for a Saturday + Sunday rest", () => {
  it("CAL-10 with weekend [0], the 2025 swap (Fri 2/5 ↔ Sat 26/4) does not apply", () => {
    const cal = createWorkingCalendar({ weekend: [0] });
    expect(cal.dayInfo("2025-05-02")).toMatchObject({ working: true, kind: "workday" });
    expect(cal.dayInfo("2025-04-26")).toMatchObject({ working: true, kind: "workday" });
    // The holidays themselves still apply.
    expect(cal.isWorkingDay("2025-04-30")).toBe(false);
    expect(cal.isWorkingDay("2025-05-01")).toBe(false);
    expect(cal.holidays(2025).some((d) => d.kind === "swap")).toBe(false);
  });

  it("CAL-10 with weekend [5, 6] (Friday + Saturday), makeup Saturdays do not apply either", () => {
    const cal = createWorkingCalendar({ weekend: [5, 6] });
    expect(cal.dayInfo("2025-04-26")).toMatchObject({ working: false, kind: "weekend" });
    expect(cal.dayInfo("2025-05-02")).toMatchObject({ working: false, kind: "weekend" });
    expect(cal.isWorkingDay("2025-05-04")).toBe(true); // Sunday works for this agency
  });

  it("CAL-10 with the default weekend the swap applies", () => {
    expect(calendar.dayInfo("2025-05-02")).toMatchObject({ working: false, kind: "swap" });
    expect(calendar.dayInfo("2025-04-26")).toMatchObject({ working: true, kind: "makeupWorkday" });
  });
});

describe("local decisions: extraDaysOff and extraWorkingDays win over everything", () => {
  it("extraWorkingDays beats a swap and a Tết holiday; extraDaysOff beats a makeup Saturday", () => {
    const cal = createWorkingCalendar({
      extraWorkingDays: ["2025-05-02", { date: "2026-02-17", label: "Trực Tết", source: "QĐ 1/QĐ-UBND (test)" }],
      extraDaysOff: [
        {
          date: "2025-04-26",
          label: { vi: "Nghỉ theo quyết định của tỉnh", en: "Provincial day off" },
          source: "QĐ 2/QĐ-UBND (test)",
        },
      ],
    });
    expect(cal.isWorkingDay("2025-05-02")).toBe(true);
    expect(cal.isWorkingDay("2026-02-17")).toBe(true);
    expect(cal.dayInfo("2026-02-17")).toMatchObject({
      working: true,
      source: "QĐ 1/QĐ-UBND (test)",
      label: { vi: "Trực Tết", en: "Trực Tết" },
    });
    expect(cal.dayInfo("2025-04-26")).toMatchObject({
      working: false,
      kind: "holiday",
      label: { vi: "Nghỉ theo quyết định của tỉnh", en: "Provincial day off" },
      source: "QĐ 2/QĐ-UBND (test)",
    });
    // Counting follows: (Thu 24/4, Mon 28/4] = Fri 25/4, Sat 26/4 (now off), Mon 28/4 → 2 working days.
    expect(cal.workingDaysBetween("2025-04-24", "2025-04-28")).toBe(2);
  });

  it("extraDaysOff on an ordinary Friday; a plain string date is accepted", () => {
    const cal = createWorkingCalendar({ extraDaysOff: ["2026-03-20"] });
    expect(cal.dayInfo("2026-03-20")).toMatchObject({ working: false, kind: "holiday" });
    expect(calendar.isWorkingDay("2026-03-20")).toBe(true);
  });

  it("labels given in NFD are stored in NFC", () => {
    const nfd = "Ngày nghỉ địa phương".normalize("NFD");
    const cal = createWorkingCalendar({ extraDaysOff: [{ date: "2026-03-20", label: nfd }] });
    const label = cal.dayInfo("2026-03-20").label;
    expect(label.vi).toBe("Ngày nghỉ địa phương".normalize("NFC"));
    expect(label.vi).not.toBe(nfd);
  });
});

describe("CAL-7 / CAL-9 schedules option and officialScheduleWins", () => {
  const S = "RULES.md §2.2 (source-stated example)";

  it("CAL-9 extend with the RULES examples: 2010 off Fri 3/9, makeup Sat 11/9; 2012–13 off Mon 31/12, makeup Sat 5/1", () => {
    const entries: ScheduleEntry[] = [
      { date: "2010-09-02", kind: "holiday", block: "nationalDay", year: 2010, source: S },
      { date: "2010-09-03", kind: "swapDayOff", block: "nationalDay", year: 2010, source: S },
      { date: "2010-09-11", kind: "makeupWorkday", block: "nationalDay", year: 2010, source: S },
      { date: "2012-12-31", kind: "swapDayOff", block: "newYear", year: 2013, source: S },
      { date: "2013-01-01", kind: "holiday", block: "newYear", year: 2013, source: S },
      { date: "2013-01-05", kind: "makeupWorkday", block: "newYear", year: 2013, source: S },
    ];
    const cal = createWorkingCalendar({ schedules: { entries } });
    expect(calendar.isWorkingDay("2010-09-03")).toBe(true); // not known without the entries
    expect(cal.dayInfo("2010-09-03")).toMatchObject({ working: false, kind: "swap", source: S });
    expect(cal.dayInfo("2010-09-11")).toMatchObject({ working: true, kind: "makeupWorkday", source: S });
    expect(cal.dayInfo("2010-09-02")).toMatchObject({ working: false, kind: "holiday", source: S });
    expect("provisional" in cal.dayInfo("2010-09-02")).toBe(false);
    expect(cal.dayInfo("2012-12-31")).toMatchObject({ working: false, kind: "swap" });
    expect(cal.dayInfo("2013-01-05")).toMatchObject({ working: true, kind: "makeupWorkday" });
    // The bundled schedules are kept (extend is the default).
    expect(cal.dayInfo("2025-05-02")).toMatchObject({ working: false, kind: "swap" });
  });

  it("CAL-7 an announced block replaces the generated rule for that block (2027 Tết, hypothetical notice)", () => {
    // Announced: Mon 8/2 … Fri 12/2/2027 off. The generated rule's Eve (Fri 5/2) is not in it → working.
    const entries: ScheduleEntry[] = ["2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"].map(
      (date) => ({
        date,
        kind: "holiday",
        block: "lunarNewYear",
        year: 2027,
        source: "Thông báo …/TB-BNV (test)",
      }),
    );
    const cal = createWorkingCalendar({ schedules: { mode: "extend", entries } });
    expect(cal.isWorkingDay("2027-02-05")).toBe(true);
    for (const d of span("2027-02-06", "2027-02-14")) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay("2027-02-15")).toBe(true);
    // D-3: Mon 8/2, Tue 9/2 are statutory days (days 3 and 4) → holiday; Wed–Fri → compensatory.
    expect(
      ["2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"].map((d) => cal.dayInfo(d).kind),
    ).toEqual([H, H, C, C, C]);
    expect("provisional" in cal.dayInfo("2027-02-10")).toBe(false);
    // Other 2027 blocks stay generated.
    expect(cal.dayInfo("2027-04-16")).toMatchObject({ working: false, provisional: true });
  });

  it("CAL-7 extend: a given (year, block) replaces the bundled rows of that block only", () => {
    const cal = createWorkingCalendar({
      schedules: {
        entries: [{ date: "2025-01-29", kind: "holiday", block: "lunarNewYear", year: 2025, source: "test" }],
      },
    });
    expect(cal.isWorkingDay("2025-01-27")).toBe(true);
    expect(cal.isWorkingDay("2025-01-30")).toBe(true);
    expect(cal.dayInfo("2025-01-29")).toMatchObject({ working: false, source: "test" });
    expect(cal.dayInfo("2025-05-02").kind).toBe("swap"); // another 2025 block, untouched
  });

  it("CAL-7 replace: only the given rows; everything else by the generated rule", () => {
    const none = createWorkingCalendar({ schedules: { mode: "replace", entries: [] } });
    // No swap in 2025: Fri 2/5 works, Sat 26/4 rests.
    expect(none.isWorkingDay("2025-05-02")).toBe(true);
    expect(none.isWorkingDay("2025-04-26")).toBe(false);
    // Generated Tết 2025 (29/1 Wed): Eve Tue 28/1 … Sat 1/2 → nghỉ bù Mon 3/2; Mon 27/1 works.
    expect(none.isWorkingDay("2025-01-27")).toBe(true);
    expect(none.dayInfo("2025-02-03")).toMatchObject({ working: false, kind: "compensatory", provisional: true });
  });

  it("CAL-7 officialScheduleWins: false ignores the announcements", () => {
    const cal = createWorkingCalendar({ officialScheduleWins: false });
    expect(cal.isWorkingDay("2025-05-02")).toBe(true);
    expect(cal.isWorkingDay("2026-01-02")).toBe(true);
    expect(cal.isWorkingDay("2026-01-10")).toBe(false);
    // Tết 2024 = Sat 10/2: generated Eve Fri 9/2, Sat 10, Sun 11, Mon 12, Tue 13 → nghỉ bù Wed 14, Thu 15/2.
    // The announcement instead gave Thu 8/2 … Wed 14/2.
    expect(cal.isWorkingDay("2024-02-08")).toBe(true);
    expect(cal.isWorkingDay("2024-02-15")).toBe(false);
    expect(calendar.isWorkingDay("2024-02-08")).toBe(false);
    expect(calendar.isWorkingDay("2024-02-15")).toBe(true);
    expect(cal.dayInfo("2025-01-29").provisional).toBe(true);
  });
});

describe("CAL-9 source-stated examples of RULES §2.2", () => {
  it("CAL-9 Tết 2026: off Sat 14/2 to Sun 22/2 (9 days); Đồng Nai resumed Monday 23/2/2026", () => {
    for (const d of span("2026-02-14", "2026-02-22")) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay("2026-02-13")).toBe(true);
    expect(calendar.isWorkingDay("2026-02-23")).toBe(true);
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(calendar.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(calendar.workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
  });

  it("CAL-9 Tết 2020: off 23/1–29/1", () => {
    for (const d of span("2020-01-23", "2020-01-29")) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay("2020-01-22")).toBe(true);
    expect(calendar.isWorkingDay("2020-01-30")).toBe(true);
  });
});

describe("holidays(year): order and bilingual labels", () => {
  it("lists the days off of each year in date order, each a day off of that year", () => {
    for (let year = 2005; year <= 2035; year++) {
      const days = calendar.holidays(year);
      expect(days.length, String(year)).toBeGreaterThan(0);
      for (let i = 0; i < days.length; i++) {
        const d = days[i]!;
        expect(d.date.startsWith(`${year}-`)).toBe(true);
        expect(d.working).toBe(false);
        expect(["holiday", "compensatory", "swap"]).toContain(d.kind);
        if (i > 0) expect(d.date > days[i - 1]!.date).toBe(true);
        expect(calendar.dayInfo(d.date)).toEqual(d);
      }
    }
  });

  it("includeMakeupWorkdays adds the makeup Saturdays (2025: Sat 26/4; 2014: Sat 27/12 for New Year 2015)", () => {
    expect(calendar.holidays(2025).some((d) => d.date === "2025-04-26")).toBe(false);
    const with2025 = calendar.holidays(2025, { includeMakeupWorkdays: true });
    expect(with2025.find((d) => d.date === "2025-04-26")).toMatchObject({ kind: "makeupWorkday", working: true });
    expect(with2025.map((d) => d.date)).toEqual([...with2025.map((d) => d.date)].sort());
    expect(calendar.holidays(2014, { includeMakeupWorkdays: true }).at(-1)).toMatchObject({
      date: "2014-12-27",
      kind: "makeupWorkday",
    });
  });

  it("labels are NFC in both languages, with the names of RULES §2.1 and the CSV", () => {
    const expectNfc = (text: string) => {
      expect(text).toBe(text.normalize("NFC"));
      expect(text.length).toBeGreaterThan(0);
    };
    for (let year = 2005; year <= 2030; year++) {
      for (const d of calendar.holidays(year, { includeMakeupWorkdays: true })) {
        expectNfc(d.label.vi);
        expectNfc(d.label.en);
      }
    }
    const name = (date: string): DayInfo["label"] => calendar.dayInfo(date).label;
    // The expected strings are typed in NFC; guard against an editor changing that.
    const tet2026 = "Tết Nguyên đán Bính Ngọ";
    expect(tet2026).toBe(tet2026.normalize("NFC"));
    expect(tet2026).not.toBe(tet2026.normalize("NFD"));
    expect(name("2026-02-17").vi).toBe(tet2026); // CSV: "Tết Nguyên đán Bính Ngọ 2026"
    expect(name("2025-01-29").vi).toBe("Tết Nguyên đán Ất Tỵ"); // CSV: "Tết Nguyên đán Ất Tỵ 2025"
    expect(name("2024-02-12").vi).toBe("Tết Nguyên đán Giáp Thìn"); // CSV: "Tết Nguyên đán Giáp Thìn 2024"
    expect(name("2026-02-17").en).toContain("Lunar New Year");
    expect(name("2026-01-01").vi.startsWith("Tết Dương lịch")).toBe(true);
    expect(name("2026-01-01").en).toContain("New Year");
    expect(name("2021-04-21").vi.startsWith("Giỗ Tổ Hùng Vương")).toBe(true);
    expect(name("2021-04-21").en).toContain("Hùng Kings");
    expect(name("2026-04-30").vi.startsWith("Ngày Chiến thắng")).toBe(true);
    expect(name("2026-04-30").en).toContain("Victory Day");
    expect(name("2026-05-01").vi.startsWith("Ngày Quốc tế Lao động")).toBe(true);
    expect(name("2026-05-01").en).toContain("Labour Day");
    expect(name("2025-09-02").vi.startsWith("Quốc khánh")).toBe(true);
    expect(name("2025-09-02").en).toContain("National Day");
    // Kinds named in STYLE §4: nghỉ bù, nghỉ hoán đổi / làm bù.
    expect(name("2026-04-27").vi).toContain("Nghỉ bù");
    expect(name("2025-04-26").vi).toContain("Làm bù");
    expect(name("2025-05-02").vi).toContain("hoán đổi");
  });
});

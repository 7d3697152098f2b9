/**
 * CAL-9 … CAL-11, CAL-4, CAL-7, D-3: every row of data/official_schedules.csv (the announced
 * schedules, each with its source) is what the default calendar says about that date.
 * Expected values come from the CSV rows and their block labels, never from the library.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderOfficialSchedules, renderOfficialSources } from "../../scripts/generateSchedules.js";
import { createWorkingCalendar, hungKingsDate, OFFICIAL_SCHEDULE, tetDate } from "../../src/calendar/index.js";
import { OFFICIAL_SCHEDULE_SOURCES } from "../../src/calendar/sources/index.js";
import { blockRange, CSV_URL, type CsvRow, readScheduleCsv } from "../_reference/csv.js";
import { dayNumber, isoOf, weekdayOfIso } from "../_reference/naiveCalendar.js";

const calendar = createWorkingCalendar();
const rows = readScheduleCsv();

/**
 * The calendar cites a row's source shortly (its addresses cut to their host name); the citation
 * must lead, through tthc/schedule-sources, to exactly the CSV's source, and carry no address.
 */
function citesRow(cited: string | undefined, row: CsvRow): void {
  expect(cited, `line ${row.line}`).toBeDefined();
  expect(OFFICIAL_SCHEDULE_SOURCES[cited ?? ""], `line ${row.line}`).toBe(row.source.normalize("NFC"));
  expect(cited, `line ${row.line}`).not.toMatch(/https?:\/\//);
  for (const host of row.source.matchAll(/https?:\/\/(?:www\.)?([^/\s;)]+)/g)) expect(cited).toContain(host[1]);
}

/** Block of a row, from the start of its label (the holiday names of RULES §2.1 as the CSV writes them). */
type Block = "newYear" | "lunarNewYear" | "hungKings" | "victoryAndLabour" | "nationalDay";
function blockOf(label: string): Block {
  if (label.startsWith("Tết Dương lịch")) return "newYear";
  if (label.startsWith("Tết Nguyên đán")) return "lunarNewYear";
  if (label.startsWith("Giỗ Tổ Hùng Vương")) return "hungKings";
  if (label.startsWith("30/4-1/5")) return "victoryAndLabour";
  if (label.startsWith("Quốc khánh")) return "nationalDay";
  throw new Error(`no block for ${label}`);
}

/**
 * Published lunar dates (Vietnamese calendar, UTC+7): mùng 1 Tết and 10/3 âm lịch of each
 * bundled year, as printed by public calendars (and consistent with the CSV labels, e.g. "Tết
 * days 31/1-4/2" in 2022 = New Year's Eve 31/1 + days 1–4).
 */
const TET: Readonly<Record<number, string>> = {
  2015: "2015-02-19",
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
};
const HUNG_KINGS: Readonly<Record<number, string>> = {
  2015: "2015-04-28",
  2016: "2016-04-16",
  2017: "2017-04-06",
  2018: "2018-04-25",
  2019: "2019-04-14",
  2020: "2020-04-02",
  2021: "2021-04-21",
  2022: "2022-04-10",
  2023: "2023-04-29",
  2024: "2024-04-18",
  2025: "2025-04-07",
  2026: "2026-04-26",
};

/**
 * Statutory days of one block by the generated rule (CAL-1, CAL-5): Tết = New Year's Eve + days
 * 1–4 (all bundled years are after Tết 2014, D-1); National Day from 2021 = 2/9 + the day chosen by
 * python-holidays' heuristic (2/9 on Mon, Thu, Sun → 3/9; else 1/9), the calendar's default.
 */
function statutory(year: number, block: Block): Set<string> {
  switch (block) {
    case "newYear":
      return new Set([`${year}-01-01`]);
    case "lunarNewYear": {
      // Years added after 2026 use tetDate, itself checked day by day against amlich (lunar tests).
      const tet = dayNumber(TET[year] ?? tetDate(year));
      return new Set([-1, 0, 1, 2, 3].map((i) => isoOf(tet + i)));
    }
    case "hungKings":
      return new Set([HUNG_KINGS[year] ?? hungKingsDate(year)]);
    case "victoryAndLabour":
      return new Set([`${year}-04-30`, `${year}-05-01`]);
    case "nationalDay": {
      const national = `${year}-09-02`;
      if (year < 2021) return new Set([national]);
      const w = weekdayOfIso(national);
      const second = w === 1 || w === 4 || w === 0 ? `${year}-09-03` : `${year}-09-01`;
      return new Set([national, second]);
    }
  }
}

const isWeekend = (iso: string): boolean => {
  const w = weekdayOfIso(iso);
  return w === 0 || w === 6;
};

const holidayRows = rows.filter((r) => r.kind === "holiday");
const weekdayHolidayRows = holidayRows.filter((r) => !isWeekend(r.date));
const weekendHolidayRows = holidayRows.filter((r) => isWeekend(r.date));

describe("CAL-11 the CSV itself", () => {
  it("CAL-11 has rows for every bundled year from 2015 on, with no year skipped, each with a source", () => {
    expect(rows.length).toBeGreaterThan(100);
    const years = rows.map((r) => r.year);
    const last = Math.max(...years);
    expect(last).toBeGreaterThanOrEqual(2026);
    expect(new Set(years)).toEqual(new Set(Array.from({ length: last - 2014 }, (_, i) => 2015 + i)));
    for (const row of rows) {
      expect(row.source, `line ${row.line}`).not.toBe("");
      expect(Number.isNaN(dayNumber(row.date)), `line ${row.line}`).toBe(false);
    }
  });

  it("CAL-11 kinds sit on the right weekdays (swaps on weekdays, makeup days on Saturdays)", () => {
    for (const row of rows) {
      if (row.kind === "swap_day_off") expect(isWeekend(row.date), `line ${row.line}`).toBe(false);
      if (row.kind === "makeup_workday") expect(weekdayOfIso(row.date), `line ${row.line}`).toBe(6);
    }
  });
});

describe("CAL-4 / CAL-7 / D-3 every CSV row, checked against dayInfo", () => {
  it.each(weekdayHolidayRows.map((r) => [r.date, r] as const))(
    "CAL-4 D-3 holiday on a weekday %s: not working, kind holiday or compensatory, row's source",
    (_date, row: CsvRow) => {
      const info = calendar.dayInfo(row.date);
      expect(info.date).toBe(row.date);
      expect(info.working).toBe(false);
      expect(["holiday", "compensatory"]).toContain(info.kind);
      citesRow(info.source, row);
      expect(info.block).toBe(blockOf(row.label));
      expect(info.provisional).toBeUndefined();
      // D-3: 'holiday' when the generated statutory rule makes the date a holiday of this block,
      // else 'compensatory' (the block gives the day off as nghỉ bù or as an extra announced day).
      expect(info.kind).toBe(statutory(row.year, blockOf(row.label)).has(row.date) ? "holiday" : "compensatory");
    },
  );

  it.each(weekendHolidayRows.map((r) => [r.date, r] as const))(
    "CAL-4 D-3 statutory holiday on a weekend %s: not working, row's source",
    (_date, row: CsvRow) => {
      const info = calendar.dayInfo(row.date);
      expect(info.working).toBe(false);
      citesRow(info.source, row);
      // Every weekend row of the CSV is a fixed-date statutory day ("statutory holiday falling on a weekend").
      expect(statutory(row.year, blockOf(row.label)).has(row.date)).toBe(true);
      expect(info.kind).toBe("holiday");
    },
  );

  it.each(rows.filter((r) => r.kind === "swap_day_off").map((r) => [r.date, r] as const))(
    "CAL-9 swapped day off %s: not working, kind swap, row's source",
    (_date, row: CsvRow) => {
      const info = calendar.dayInfo(row.date);
      expect(info).toMatchObject({ date: row.date, working: false, kind: "swap" });
      citesRow(info.source, row);
      expect(info.block).toBe(blockOf(row.label));
    },
  );

  it.each(rows.filter((r) => r.kind === "makeup_workday").map((r) => [r.date, r] as const))(
    "CAL-10 makeup Saturday %s: working, kind makeupWorkday, row's source",
    (_date, row: CsvRow) => {
      const info = calendar.dayInfo(row.date);
      expect(info).toMatchObject({
        date: row.date,
        weekday: 6,
        working: true,
        kind: "makeupWorkday",
      });
      citesRow(info.source, row);
      expect(calendar.isWorkingDay(row.date)).toBe(true);
    },
  );
});

describe("CAL-9 announced blocks (the range in each label)", () => {
  const blocks = [
    ...new Map(
      rows.flatMap((r) => {
        const range = blockRange(r.label);
        return range === undefined ? [] : [[`${range.from}..${range.to}`, range] as const];
      }),
    ).values(),
  ];
  const inAnyBlock = (iso: string): boolean =>
    blocks.some((b) => dayNumber(b.from) <= dayNumber(iso) && dayNumber(iso) <= dayNumber(b.to));
  const inCsv = new Set(rows.map((r) => r.date));

  it("CAL-9 the CSV names blocks for every year", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(30);
    // Every holiday row lies inside the block its own label announces.
    for (const row of holidayRows) {
      const range = blockRange(row.label);
      expect(range, `line ${row.line}`).toBeDefined();
      expect(dayNumber(row.date)).toBeGreaterThanOrEqual(dayNumber(range!.from));
      expect(dayNumber(row.date)).toBeLessThanOrEqual(dayNumber(range!.to));
    }
  });

  it.each(blocks.map((b) => [b.from, b.to] as const))("CAL-9 every day of block %s..%s is a day off", (from, to) => {
    for (let d = dayNumber(from); d <= dayNumber(to); d++) {
      expect(calendar.isWorkingDay(isoOf(d)), isoOf(d)).toBe(false);
      expect(calendar.dayInfo(isoOf(d)).working, isoOf(d)).toBe(false);
    }
  });

  it.each(blocks.map((b) => [b.from, b.to] as const))(
    "CAL-9 the weekdays just outside block %s..%s are working days",
    (from, to) => {
      let before = dayNumber(from) - 1;
      while (isWeekend(isoOf(before))) before--;
      let after = dayNumber(to) + 1;
      while (isWeekend(isoOf(after))) after++;
      for (const d of [isoOf(before), isoOf(after)]) {
        if (inCsv.has(d) || inAnyBlock(d)) continue;
        expect(calendar.isWorkingDay(d), d).toBe(true);
        expect(calendar.dayInfo(d).kind, d).toBe("workday");
      }
    },
  );
});

describe("CAL-11 bundled data", () => {
  it("CAL-11 OFFICIAL_SCHEDULE has one entry per CSV row, same date, kind, year, block and source", () => {
    const kinds = { holiday: "holiday", swap_day_off: "swapDayOff", makeup_workday: "makeupWorkday" } as const;
    expect(OFFICIAL_SCHEDULE.length).toBe(rows.length);
    rows.forEach((row, i) => {
      expect(OFFICIAL_SCHEDULE[i], `line ${row.line}`).toMatchObject({
        date: row.date,
        kind: kinds[row.kind],
        block: blockOf(row.label),
        year: row.year,
      });
      citesRow(OFFICIAL_SCHEDULE[i]?.source, row);
    });
  });

  it("CAL-11 the generated table is up to date with the CSV (scripts/generateSchedules.ts)", () => {
    const generated = readFileSync(
      new URL("../../src/calendar/data/officialSchedules.generated.ts", import.meta.url),
      "utf8",
    );
    expect(renderOfficialSchedules(readFileSync(CSV_URL, "utf8"))).toBe(generated);
    const sources = readFileSync(
      new URL("../../src/calendar/data/officialSources.generated.ts", import.meta.url),
      "utf8",
    );
    expect(renderOfficialSources(readFileSync(CSV_URL, "utf8"))).toBe(sources);
  });

  it("CAL-11 tthc/schedule-sources holds every source of the CSV in full, each under one citation", () => {
    expect(new Set(Object.values(OFFICIAL_SCHEDULE_SOURCES))).toEqual(
      new Set(rows.map((r) => r.source.normalize("NFC"))),
    );
    expect(Object.isFrozen(OFFICIAL_SCHEDULE_SOURCES)).toBe(true);
  });
});

/**
 * Turns data/official_schedules.csv (the announced holiday schedules, one row per date, each with
 * its source) into two generated modules:
 * - src/calendar/data/officialSchedules.generated.ts, what `tthc/calendar` bundles: the rows,
 *   packed in one string, and each source as a citation (its addresses cut to their host name);
 * - src/calendar/data/officialSources.generated.ts, the sources in full (notice and addresses),
 *   which only the `tthc/schedule-sources` entry loads.
 * Run `npm run generate:schedules` after editing the CSV; test/calendar/officialSchedules.test.ts
 * fails while they disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);
export const CSV_PATH = fileURLToPath(new URL("data/official_schedules.csv", ROOT));
export const OUTPUT_PATH = fileURLToPath(new URL("src/calendar/data/officialSchedules.generated.ts", ROOT));
export const SOURCES_OUTPUT_PATH = fileURLToPath(new URL("src/calendar/data/officialSources.generated.ts", ROOT));

/** One CSV row as written in the file. */
export interface CsvScheduleRow {
  readonly line: number;
  readonly date: string;
  readonly kind: string;
  readonly label: string;
  readonly year: number;
  readonly source: string;
}

/** Splits one CSV line with RFC 4180 quoting. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Reads the schedule CSV (comment lines start with `#`). */
export function readScheduleCsv(text: string): CsvScheduleRow[] {
  const rows: CsvScheduleRow[] = [];
  const lines = text.normalize("NFC").split(/\r?\n/);
  let header: string[] | undefined;
  lines.forEach((raw, index) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const cells = splitCsvLine(raw);
    if (header === undefined) {
      header = cells;
      if (header.join(",") !== "date,kind,label,year,source") throw new Error(`unexpected header: ${raw}`);
      return;
    }
    const [date = "", kind = "", label = "", year = "", source = ""] = cells;
    if (cells.length !== 5) throw new Error(`line ${index + 1}: expected 5 cells, got ${cells.length}`);
    rows.push({ line: index + 1, date, kind, label, year: Number(year), source });
  });
  return rows;
}

const BLOCK_PREFIXES: readonly (readonly [string, string])[] = [
  ["Tết Dương lịch", "newYear"],
  ["Tết Nguyên đán", "lunarNewYear"],
  ["Giỗ Tổ Hùng Vương", "hungKings"],
  ["30/4-1/5", "victoryAndLabour"],
  ["Quốc khánh", "nationalDay"],
];

const KINDS: Readonly<Record<string, string>> = {
  holiday: "holiday",
  swap_day_off: "swapDayOff",
  makeup_workday: "makeupWorkday",
};

/** The holiday block a row belongs to, from the start of its label. */
export function blockOfLabel(label: string): string {
  const found = BLOCK_PREFIXES.find(([prefix]) => label.startsWith(prefix));
  if (found === undefined) throw new Error(`no holiday block for label: ${label}`);
  return found[1];
}

/** A source as the calendar cites it: each address cut to its host name (`https://www.a.vn/x` → `a.vn`). */
export function citationOf(source: string): string {
  return source.replace(/https?:\/\/(?:www\.)?([^/\s;)]+)[^\s;)]*/g, "$1");
}

/** The sources in the order of their first row, each once. */
function sourcesOf(rows: readonly CsvScheduleRow[]): string[] {
  const sources: string[] = [];
  for (const row of rows) if (!sources.includes(row.source)) sources.push(row.source);
  const citations = new Set(sources.map(citationOf));
  if (citations.size !== sources.length) throw new Error("two sources have the same citation: write them apart");
  return sources;
}

const BLOCKS = ["newYear", "lunarNewYear", "hungKings", "victoryAndLabour", "nationalDay"];
const KIND_LETTERS: Readonly<Record<string, string>> = { holiday: "h", swapDayOff: "s", makeupWorkday: "m" };
/** Rows are dated by days since the one before, the first since 2014-01-01. */
const ROWS_EPOCH = Date.UTC(2014, 0, 1);

/**
 * Renders the bundled module from the CSV text. Each row is five characters: days since the row
 * before (two base-36 digits), kind (`h` holiday, `s` swapDayOff, `m` makeupWorkday), block (0–4
 * in the order of `BLOCKS`, plus 5 when the block year is the next year: a makeup Saturday in
 * late December for New Year) and source index (one base-36 digit).
 */
export function renderOfficialSchedules(csvText: string): string {
  const rows = readScheduleCsv(csvText);
  const sources = sourcesOf(rows);
  let last = ROWS_EPOCH;
  const packed = rows.map((row) => {
    const kind = KINDS[row.kind];
    if (kind === undefined) throw new Error(`line ${row.line}: unknown kind ${row.kind}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) throw new Error(`line ${row.line}: bad date ${row.date}`);
    if (!Number.isInteger(row.year)) throw new Error(`line ${row.line}: bad year`);
    const ms = Date.parse(row.date);
    const days = (ms - last) / 86_400_000;
    last = ms;
    if (!(days >= 1 && days < 36 * 36)) throw new Error(`line ${row.line}: rows must be in date order, one a date`);
    const next = row.year - Number(row.date.slice(0, 4));
    if (next !== 0 && next !== 1) throw new Error(`line ${row.line}: the block year is the date's year or the next`);
    const source = sources.indexOf(row.source);
    if (source >= 36) throw new Error("more than 36 sources: widen the source field");
    const block = BLOCKS.indexOf(blockOfLabel(row.label)) + 5 * next;
    return `${days.toString(36).padStart(2, "0")}${KIND_LETTERS[kind]}${block}${source.toString(36)}`;
  });
  return [
    "// Generated by scripts/generateSchedules.ts from data/official_schedules.csv. Do not edit by hand.",
    "",
    "/** Sources of the announced schedules as cited (addresses cut to their host name), by index. */",
    "export const OFFICIAL_CITATIONS: readonly string[] = [",
    ...sources.map((s) => `  ${JSON.stringify(citationOf(s))},`),
    "];",
    "",
    "/** Announced schedule rows, five characters each (see scripts/generateSchedules.ts). */",
    "export const OFFICIAL_ROWS =",
    ...packed
      .join("")
      .match(/.{1,90}/g)!
      .map((chunk, i, all) => `  ${JSON.stringify(chunk)}${i === all.length - 1 ? ";" : " +"}`),
    "",
  ].join("\n");
}

/** Renders the module of the full sources (notice and addresses), in the order of the citations. */
export function renderOfficialSources(csvText: string): string {
  const sources = sourcesOf(readScheduleCsv(csvText));
  return [
    "// Generated by scripts/generateSchedules.ts from data/official_schedules.csv. Do not edit by hand.",
    "",
    "/** Sources of the announced schedules in full (notice number and addresses), by index. */",
    "export const OFFICIAL_SOURCE_TEXTS: readonly string[] = [",
    ...sources.map((s) => `  ${JSON.stringify(s)},`),
    "];",
    "",
  ].join("\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const csv = readFileSync(CSV_PATH, "utf8");
  writeFileSync(OUTPUT_PATH, renderOfficialSchedules(csv));
  writeFileSync(SOURCES_OUTPUT_PATH, renderOfficialSources(csv));
  process.stdout.write(`wrote ${OUTPUT_PATH} and ${SOURCES_OUTPUT_PATH}\n`);
}

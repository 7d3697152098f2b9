/**
 * A hand-written reader of data/official_schedules.csv for the tests: RFC 4180 quoting, `#`
 * comment lines skipped. Independent of scripts/generateSchedules.ts on purpose.
 */
import { readFileSync } from "node:fs";

/** One row of the announced-schedule CSV, as written. */
export interface CsvRow {
  readonly line: number;
  readonly date: string;
  readonly kind: "holiday" | "swap_day_off" | "makeup_workday";
  readonly label: string;
  readonly year: number;
  readonly source: string;
}

/** The CSV file, relative to the repository root. */
export const CSV_URL = new URL("../../data/official_schedules.csv", import.meta.url);

function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (inQuotes) {
      if (c === '"') {
        if (line.charAt(i + 1) === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        cell += c;
      }
    } else if (c === '"') {
      inQuotes = true;
    } else if (c === ",") {
      out.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  if (inQuotes) throw new Error(`unterminated quote in: ${line}`);
  out.push(cell);
  return out;
}

/** Parses the CSV text; throws on a malformed row so a broken file fails loudly. */
export function parseScheduleCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let header: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    if (header === undefined) {
      header = raw;
      if (raw !== "date,kind,label,year,source") throw new Error(`unexpected header ${raw}`);
      return;
    }
    const c = cells(raw);
    if (c.length !== 5) throw new Error(`line ${index + 1}: ${c.length} cells`);
    const [date, kind, label, year, source] = c as [string, string, string, string, string];
    if (kind !== "holiday" && kind !== "swap_day_off" && kind !== "makeup_workday") {
      throw new Error(`line ${index + 1}: unknown kind ${kind}`);
    }
    rows.push({ line: index + 1, date, kind, label, year: Number(year), source });
  });
  return rows;
}

/** The rows of data/official_schedules.csv. */
export function readScheduleCsv(): CsvRow[] {
  return parseScheduleCsv(readFileSync(CSV_URL, "utf8"));
}

/** The block range a label announces ("… (block 2025-01-25..2025-02-02)"), if any. */
export function blockRange(label: string): { readonly from: string; readonly to: string } | undefined {
  const m = /block (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(label);
  return m === null ? undefined : { from: m[1]!, to: m[2]! };
}

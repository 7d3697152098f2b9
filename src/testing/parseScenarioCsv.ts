import { TthcError } from "../errors.js";
import type { Scenario } from "./scenario.js";

/** The columns a scenario table may have (the keys of {@link Scenario} but `line`). */
const COLUMNS: ReadonlySet<string> = new Set([
  "name",
  "procedure",
  "channel",
  "case",
  "receivedAt",
  "duration",
  "cutoff",
  "events",
  "at",
  "expectedDueDate",
  "expectedDueAt",
  "expectedState",
  "expectedStatus",
  "expectedOverdue",
  "source",
  "note",
]);

interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/** RFC 4180 records with the line each starts on; `#` lines and blank lines outside quotes are skipped. */
function records(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const start = line;
    if (text[i] === "#" || text[i] === "\n" || text[i] === "\r") {
      while (i < text.length && text[i] !== "\n") i++;
      i++;
      line++;
      continue;
    }
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === "\n") line++;
          cell += c;
        }
      } else if (c === '"' && cell.trim() === "") {
        quoted = true;
        cell = "";
      } else if (c === ",") {
        cells.push(cell);
        cell = "";
      } else if (c === "\n") break;
      else if (c !== "\r") cell += c;
    }
    if (quoted) {
      throw new TthcError("INVALID_SCENARIO", `line ${start}: a quoted cell is not closed`, {
        path: [start],
        messageVi: `dòng ${start}: ô có dấu ngoặc kép chưa được đóng`,
      });
    }
    cells.push(cell);
    out.push({ line: start, cells });
    i++;
    line++;
  }
  return out;
}

/**
 * Đọc bảng kịch bản CSV — reads a scenario table kept in a spreadsheet: a header row naming the
 * columns (those of {@link Scenario}: `name`, `procedure`, `channel`, `case`, `receivedAt`,
 * `duration`, `cutoff`, `events`, `at`, `expectedDueDate`, `expectedDueAt`, `expectedState`,
 * `expectedStatus`, `expectedOverdue`, `source`, `note`), then one row per scenario. Comma
 * separated, quotes as RFC 4180 (`""` inside quotes), UTF-8 with or without BOM; blank lines and
 * lines starting with `#` are comments. Empty cells are left out. Pure: the caller reads the file.
 *
 * @param text - The file's content.
 * @returns The rows, each with its `line` in the file, for {@link runScenarios}.
 * @throws `TthcError` `INVALID_SCENARIO` for an unknown or repeated column (`path`: `["columns", name]`),
 * a row with more cells than the header, or an unclosed quote (`path`: `[line]`).
 * @example
 * ```ts
 * import { parseScenarioCsv } from "tthc/testing";
 * const rows = parseScenarioCsv([
 *   "# Tết Bính Ngọ 2026",
 *   "name,receivedAt,duration,expectedDueDate,source",
 *   'Enterprise,2026-02-13T09:00,3 workingDays,2026-02-25,"official schedule, 14–22/2"',
 * ].join("\n"));
 * rows; // => [{ line: 3, name: "Enterprise", receivedAt: "2026-02-13T09:00", duration: "3 workingDays", expectedDueDate: "2026-02-25", source: "official schedule, 14–22/2" }]
 * ```
 * @category Testing
 */
export function parseScenarioCsv(text: string): Scenario[] {
  const [header, ...rows] = records(String(text));
  if (header === undefined) return [];
  const columns = header.cells.map((c) => c.trim());
  columns.forEach((column, i) => {
    if (!COLUMNS.has(column) || columns.indexOf(column) !== i) {
      const repeated = COLUMNS.has(column);
      throw new TthcError(
        "INVALID_SCENARIO",
        `line ${header.line}: ${repeated ? "repeated" : "unknown"} column '${column}' (columns: ${[...COLUMNS].join(", ")})`,
        {
          path: ["columns", column],
          messageVi: `dòng ${header.line}: cột '${column}' ${repeated ? "bị lặp" : "không được hỗ trợ"} (các cột: ${[...COLUMNS].join(", ")})`,
        },
      );
    }
  });
  return rows.map(({ line, cells }) => {
    if (cells.length > columns.length) {
      throw new TthcError("INVALID_SCENARIO", `line ${line}: ${cells.length} cells for ${columns.length} columns`, {
        path: [line],
        messageVi: `dòng ${line}: ${cells.length} ô cho ${columns.length} cột`,
      });
    }
    const row: Record<string, string | number> = { line };
    cells.forEach((cell, i) => {
      const value = cell.trim().normalize("NFC");
      if (value !== "") row[columns[i] as string] = value;
    });
    return row as Scenario;
  });
}

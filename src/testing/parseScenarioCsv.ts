import { mustBe } from "../_internal/checks.js";
import { readCsv } from "../_internal/csv.js";
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

/**
 * Đọc bảng kịch bản CSV — reads a scenario table kept in a spreadsheet: a header row naming the
 * columns (those of {@link Scenario}: `name`, `procedure`, `channel`, `case`, `receivedAt`,
 * `duration`, `cutoff`, `events`, `at`, `expectedDueDate`, `expectedDueAt`, `expectedState`,
 * `expectedStatus`, `expectedOverdue`, `source`, `note`), then one row per scenario. Separated by
 * commas, or by semicolons or tabs (as Excel saves under Vietnamese settings; read from the header
 * line); quotes as RFC 4180 (`""` inside quotes, line breaks allowed), UTF-8 with or without BOM,
 * LF or CRLF; blank lines and lines starting with `#` are comments. Empty cells are left out.
 * Pure: the caller reads the file.
 *
 * @param text - The file's content.
 * @returns The rows, each with its `line` in the file, for {@link runScenarios}.
 * @throws `TthcError` `INVALID_SCENARIO` for an unknown or repeated column (`path`: `["columns", name]`),
 * a row with more cells than the header, an unclosed quote, or text after a closing quote such as
 * `"a"b` (`path`: `[line]`, the line the row starts on), or `text` that is not a string (`path`: `[]`).
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
  if (typeof text !== "string") throw mustBe("INVALID_SCENARIO", [], "CSV text", "văn bản CSV", text);
  const { records, problems } = readCsv(text, { comments: true });
  const [problem] = problems;
  if (problem !== undefined) {
    throw new TthcError("INVALID_SCENARIO", `line ${problem.line}: ${problem.message}`, {
      path: [problem.line],
      messageVi: `dòng ${problem.line}: ${problem.messageVi}`,
    });
  }
  const [header, ...rows] = records;
  if (header === undefined) return [];
  const columns = header.fields.map((c) => c.trim());
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
  return rows.map(({ line, fields: cells }) => {
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

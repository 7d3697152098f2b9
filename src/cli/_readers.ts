/**
 * Private to the CLI: reading the rows of a CSV or JSON Lines file, or of standard input (`-`),
 * streamed in constant memory, with line numbers for the messages.
 */

import { createReadStream, statSync } from "node:fs";
import { type CsvDelimiter, type CsvReader, createCsvReader } from "../_internal/csv.js";
import { formatTthcError, isTthcError } from "../errors.js";
import { RunError, UsageError, type Writer } from "./_errors.js";
import { badRow } from "./_input.js";
import { createProgress, type ProgressSource } from "./_progress.js";

/** One input row: its first line number and its fields (absent = empty cell), or a parse error. */
interface Row {
  readonly line: number;
  readonly fields?: Record<string, unknown>;
  readonly error?: string;
  readonly errorVi?: string;
}

/** What {@link readRows} needs besides the file. */
export interface ReadSettings {
  /** Fields kept (the others are reported once and dropped). */
  readonly known: (name: string) => boolean;
  /** The columns a CSV header lacks among those the command needs (empty: none). */
  readonly missing: (header: readonly string[]) => string[];
  readonly delimiter: CsvDelimiter | undefined;
  readonly err: Writer;
  /** Whether stderr is a terminal: only then is a progress bar drawn. */
  readonly tty: boolean;
  /** What `-` reads. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /**
   * JSON Lines only (a `.csv` file is refused, `-` is always JSON Lines), each object passed whole:
   * no field dropped, empty or `null` values kept (`known` is not asked). For nested records such
   * as dossier states.
   */
  readonly wholeObjects?: boolean;
}

/** The rows' handler: returns `false` to stop reading. */
export type OnRow = (row: Row) => boolean;

/** A parser fed chunk by chunk: `push` and `end` return `false` once it wants no more. */
interface ChunkParser {
  push(chunk: string): boolean;
  end(): void;
}

/** The one-line bilingual message of a file that cannot be read, by Node's error code. */
export function unreadable(path: string, error: unknown): RunError {
  const code = (error as { code?: unknown } | null)?.code;
  const [vi, en] =
    code === "ENOENT"
      ? ["không có tệp này", "no such file"]
      : code === "EISDIR"
        ? ["đây là một thư mục", "it is a directory"]
        : code === "EACCES" || code === "EPERM"
          ? ["không có quyền đọc", "permission denied"]
          : ["lỗi đọc", typeof code === "string" ? code : String((error as Error | null)?.message ?? error)];
  const name = path === "-" ? "stdin" : path;
  return new RunError(`Không đọc được tệp / cannot read the file '${name}': ${vi} / ${en}`);
}

/** The size in bytes of the file at `path`, or a {@link RunError} naming why it cannot be read (a folder, say). */
export function readableFileSize(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    return stat.size;
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The text of `path` as chunks, with its size, or a {@link RunError} naming why it cannot be read. */
function openFile(path: string): { chunks: AsyncIterable<string>; progress: ProgressSource } {
  const size = readableFileSize(path);
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  return { chunks: stream, progress: { size, bytesRead: () => stream.bytesRead } };
}

/** Text chunks of standard input, whatever it yields (a piped stream gives bytes). */
async function* textOf(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/**
 * Streams rows of a CSV (header first) or JSON Lines file to `onRow`, synchronously (no promise per
 * row); `onRow` returns `false` to stop. Only `known` fields are kept, the others reported once.
 * `-` reads standard input: JSON Lines if its first character (after a BOM and blanks) is `{`,
 * else CSV (always JSON Lines with `wholeObjects`). Draws a progress bar on stderr when it is a terminal.
 *
 * @throws RunError when the file cannot be read, or the CSV header lacks a needed column (before any row).
 * @throws UsageError when the file is neither `.csv` nor `.jsonl` / `.ndjson` (not `.jsonl` / `.ndjson` with `wholeObjects`).
 */
export async function readRows(path: string, settings: ReadSettings, onRow: OnRow): Promise<void> {
  let csv: boolean | undefined;
  let chunks: AsyncIterable<string>;
  let source: ProgressSource;
  if (path === "-") {
    if (settings.wholeObjects === true) csv = false;
    chunks = textOf(settings.stdin);
    source = { size: undefined, bytesRead: () => 0 };
  } else {
    csv = /\.csv$/i.test(path);
    if (settings.wholeObjects === true) {
      if (!/\.(jsonl|ndjson)$/i.test(path)) throw new UsageError(`'${path}' is not a JSON Lines file (.jsonl)`);
    } else if (!csv && !/\.(jsonl|ndjson)$/i.test(path)) throw new UsageError(`'${path}' is neither .csv nor .jsonl`);
    ({ chunks, progress: source } = openFile(path));
  }
  const progress = createProgress(settings.err, settings.tty, source);
  let failure: RunError | undefined;
  const parserFor = (isCsv: boolean): ChunkParser =>
    isCsv
      ? csvParser(settings, progress.tick, onRow, (error) => {
          failure = error;
        })
      : jsonParser(settings, progress.tick, onRow);
  let parser: ChunkParser | undefined;
  let pending = "";
  try {
    for await (const chunk of chunks) {
      if (parser !== undefined) {
        if (!parser.push(chunk)) break; // leaving the loop closes the file
        continue;
      }
      // Standard input has no name to tell the format: its first character does.
      pending += chunk;
      const head = pending.replace(/^\uFEFF?\s*/, "");
      if (csv === undefined && head === "") continue;
      parser = parserFor(csv ?? !head.startsWith("{"));
      if (!parser.push(pending)) break;
    }
    if (failure === undefined) {
      if (parser === undefined) {
        parser = parserFor(csv ?? true);
        if (pending !== "") parser.push(pending);
      }
      parser.end();
    }
  } catch (error) {
    if (error instanceof RunError || error instanceof UsageError) throw error;
    if (typeof (error as { code?: unknown } | null)?.code === "string") throw unreadable(path, error);
    throw error;
  } finally {
    progress.done();
  }
  if (failure !== undefined) throw failure;
}

/** A CSV parser that starts inside a file, its header read before: the header, its delimiter and the first line. */
export interface CsvStart {
  readonly header: readonly string[];
  readonly delimiter: CsvDelimiter;
  readonly line: number;
}

/** The CSV side of {@link readRows}, with its reader and the header once read. */
export interface CsvRowParser extends ChunkParser {
  readonly reader: CsvReader;
  /** The header's column names, once read. */
  header(): readonly string[] | undefined;
}

/**
 * The CSV side of {@link readRows}: the shared reader; a bad header or missing columns go to `fail`.
 * With `start`, reading begins at a line inside the file, after a header read before.
 */
export function csvParser(
  settings: ReadSettings,
  tick: (line: number) => void,
  onRow: OnRow,
  fail: (error: RunError) => void,
  start?: CsvStart,
): CsvRowParser {
  const { known, err } = settings;
  let header: readonly string[] | undefined = start?.header;
  let keep: boolean[] = start === undefined ? [] : start.header.map((name) => known(name));
  let stopped = false;
  let failed = false;
  const emit = (row: Row): boolean => {
    if (!stopped && !onRow(row)) stopped = true;
    return !stopped;
  };
  const stop = (error: RunError): false => {
    failed = true;
    fail(error);
    return false;
  };
  const reader = createCsvReader(
    start === undefined ? { delimiter: settings.delimiter } : { delimiter: start.delimiter, firstLine: start.line },
    ({ line, fields: cells }) => {
      tick(line);
      if (header === undefined) {
        const names = cells.map((c) => c.trim());
        header = names;
        const missing = settings.missing(names);
        if (missing.length > 0) {
          return stop(
            new RunError(
              `Thiếu cột / missing columns: ${missing.join(", ")} (dòng tiêu đề / header line ${line}: ${names.join(", ")})`,
            ),
          );
        }
        keep = names.map((name) => known(name));
        const ignored = names.filter((name) => !known(name));
        if (ignored.length > 0) err(`Bỏ qua cột / ignoring columns: ${ignored.join(", ")}\n`);
        return true;
      }
      if (cells.length !== header.length) {
        return emit({
          line,
          error: `${cells.length} cells, the header has ${header.length}`,
          errorVi: `${cells.length} ô, dòng tiêu đề có ${header.length}`,
        });
      }
      const fields: Record<string, unknown> = {};
      for (let c = 0; c < cells.length; c++) {
        if (keep[c] && cells[c] !== "") fields[header[c]!] = cells[c];
      }
      return emit({ line, fields });
    },
    (problem) => {
      if (header === undefined) {
        return stop(
          new RunError(
            `Dòng tiêu đề ${problem.line}: ${problem.messageVi} | header line ${problem.line}: ${problem.message}`,
          ),
        );
      }
      return emit({ line: problem.line, error: problem.message, errorVi: problem.messageVi });
    },
  );
  return {
    reader,
    header: () => header,
    push(chunk) {
      reader.push(chunk);
      return !stopped && !failed;
    },
    end() {
      reader.end();
      if (header === undefined && !stopped && !failed) {
        const missing = settings.missing([]);
        if (missing.length > 0)
          fail(new RunError(`Tệp rỗng, thiếu cột / empty file, missing columns: ${missing.join(", ")}`));
      }
    },
  };
}

/** The JSON Lines side of {@link readRows}: one object per line (LF, CRLF or CR), blank lines skipped. */
function jsonParser(settings: ReadSettings, tick: (line: number) => void, onRow: OnRow): ChunkParser {
  const { known, err } = settings;
  let lineNo = 0;
  let stopped = false;
  let rest = "";
  const unknown = new Set<string>();
  const onLine = (raw: string) => {
    lineNo++;
    tick(lineNo);
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      stopped = !onRow({ line: lineNo, error: "not valid JSON", errorVi: "không phải JSON hợp lệ" });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      stopped = !onRow({ line: lineNo, error: "not a JSON object", errorVi: "không phải một đối tượng JSON" });
      return;
    }
    if (settings.wholeObjects === true) {
      stopped = !onRow({ line: lineNo, fields: value as Record<string, unknown> });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (known(key)) {
        if (v !== null && v !== "") fields[key] = v;
      } else if (!unknown.has(key)) {
        unknown.add(key);
        err(`Bỏ qua trường / ignoring field '${key}' (line ${lineNo})\n`);
      }
    }
    stopped = !onRow({ line: lineNo, fields });
  };
  /** Feeds the complete lines of `text`; keeps the last, unfinished one (and a CR that may precede an LF). */
  const lines = (text: string, final: boolean) => {
    const parts = text.split(/\r\n|\r|\n/);
    let last = parts.pop()!;
    if (!final && last === "" && text.endsWith("\r")) {
      // "\r" then "\n" in the next chunk is one line break: keep the line back until then.
      last = `${parts.pop()!}\r`;
    }
    for (const part of parts) {
      if (stopped) return;
      onLine(part);
    }
    rest = last;
    if (final && last !== "" && !stopped) onLine(last);
  };
  return {
    push(chunk) {
      lines(rest + chunk, false);
      return !stopped;
    },
    end() {
      if (!stopped) lines(rest, true);
    },
  };
}

/** How many rows were bad, and whether `--strict` stopped the reading. */
export interface RowTally {
  bad: number;
  stopped: boolean;
}

/**
 * The one row loop of the streaming commands: each good row goes to `take`; a row the reader could
 * not read, or one `take` refuses with a `TthcError`, is reported on stderr with its line and
 * counted; with `strict`, the first bad row stops the reading.
 */
export function takeRows(
  take: (fields: Record<string, unknown>, line: number) => void,
  err: Writer,
  strict: boolean,
): { readonly onRow: OnRow; readonly tally: RowTally } {
  const tally: RowTally = { bad: 0, stopped: false };
  const onRow: OnRow = (row) => {
    if (row.error !== undefined || row.fields === undefined) {
      badRow(err, row.line, row.error ?? "empty row", row.errorVi ?? row.error ?? "dòng rỗng");
    } else {
      try {
        take(row.fields, row.line);
        return true;
      } catch (error) {
        if (!isTthcError(error)) throw error;
        badRow(err, row.line, formatTthcError(error, "en"), formatTthcError(error, "vi"));
      }
    }
    tally.bad++;
    tally.stopped = strict;
    return !strict;
  };
  return { onRow, tally };
}

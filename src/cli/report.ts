/**
 * `tthc report` and `tthc sipas`: stream a CSV or JSON Lines file (constant memory) into a
 * processing report or SIPAS indices. Bad rows are reported with their line numbers and counted;
 * they never stop the run unless `--strict` (exit 1). A file that cannot be read, or a CSV header
 * without a required column, stops the run before any row (exit 1); a bad option exits 2.
 * Node-only; wired by src/cli/main.ts.
 */

import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { type CsvDelimiter, createCsvReader, formatCsvField } from "../_internal/csv.js";
import { formatTthcError, isTthcError, type TthcError } from "../errors.js";
import { createSipasAccumulator, SIPAS_QD_1001, SIPAS_QD_2640, type SipasMethod } from "../indices/index.js";
import { REPORT_RECORD_FIELDS } from "../report/index.js";

const REPORT_RECORD_KEYS: ReadonlySet<string> = new Set(REPORT_RECORD_FIELDS);

import {
  createReportAccumulator,
  PROCESSING_COLUMNS,
  type ProcessingRow,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";
import { readArgs, UsageError } from "./_args.js";

/** What the commands need from the process, injected so tests can drive them. */
export interface ReportCliContext {
  /** Whether stderr is a terminal: only then is a progress bar drawn. @defaultValue `false` */
  readonly errIsTTY?: boolean;
}

/** Columns a CSV of dossiers must have: every received dossier needs them (src/report/_record.ts). */
const REPORT_REQUIRED = ["code", "procedureCode", "receivingAgency", "channel", "status", "receivedAt", "dueDate"];
/** The column a `--by` grouping reads, when it is not already required. */
const REPORT_BY_COLUMN: Readonly<Record<string, string>> = { sector: "sector" };

/** Help text of the two commands (the lead appends it to the main help). */
export const REPORT_HELP = `  tthc report <dossiers.csv|.jsonl> --period <2026-10|2026-Q4|2026|from..to> [--by agency|competentAgency|sector|procedure|channel|none]
        [--as-of <instant>] [--reference resultReady|returned] [--granularity day|minute]
        [--classify-against original|reappointed] [--copies skip|count] [--decimals N] [--rounding halfUp|truncate]
        [--json | --csv] [--strict] [--delimiter ,|;|tab]
        CSV columns: ${REPORT_REQUIRED.join(", ")} (required; sector too with --by sector),
        sector, competentAgency, dueAt, originalDueDate, originalDueAt, resultReadyAt, returnedAt, closedAt,
        originDossierCode (optional)
  tthc sipas <responses.csv|.jsonl> [--by none|province|agency] [--method qd2640|qd1001] [--aggregate meanOfUnits|pooled]
        [--decimals N] [--rounding halfUp|truncate] [--json] [--strict] [--delimiter ,|;|tab]
        CSV columns: one per criterion of the method, e.g. access.1 (at least one); id; province (required
        with --by province); agency (required with --by agency)
        CSV: header line first; the delimiter (, ; or tab) is read from it unless --delimiter is given.
        --strict stops at the first bad row (exit 1); without it bad rows are reported by line and skipped.
`;

type Writer = (s: string) => void;

/** A failure while running (unreadable file, missing columns, bad row under `--strict`): exit 1, one message. */
class RunError extends Error {}

const VALUE_FLAGS = [
  "period",
  "by",
  "as-of",
  "reference",
  "granularity",
  "classify-against",
  "copies",
  "decimals",
  "rounding",
  "method",
  "aggregate",
  "delimiter",
];
const BOOLEAN_FLAGS = ["json", "csv", "strict"];

/** `[file, flags]` of argv, with only the `allowed` options; a boolean option that is on maps to `"true"`. */
function readArgv(argv: readonly string[], allowed: readonly string[]): [string, Map<string, string>] {
  const { positional, flags } = readArgs(
    argv,
    BOOLEAN_FLAGS.filter((name) => allowed.includes(name)),
    VALUE_FLAGS.filter((name) => allowed.includes(name)),
  );
  if (positional.length !== 1) throw new UsageError("give exactly one input file (.csv or .jsonl)");
  if (flags.has("json") && flags.has("csv")) throw new UsageError("choose one of --json and --csv");
  const out = new Map<string, string>();
  for (const [name, value] of flags) out.set(name, value === true ? "true" : value);
  return [positional[0]!, out];
}

/** The `--delimiter` option: `,` `;` `tab` or `\t`; `undefined` (detect from the header) when absent. */
function readDelimiter(flags: Map<string, string>): CsvDelimiter | undefined {
  const value = flags.get("delimiter");
  if (value === undefined) return undefined;
  if (value === "," || value === ";") return value;
  if (value === "tab" || value === "\\t" || value === "\t") return "\t";
  throw new UsageError(`--delimiter must be ',', ';' or 'tab', got '${value}'`);
}

/** One input row: its first line number and its fields (absent = empty cell), or a parse error. */
interface Row {
  readonly line: number;
  readonly fields?: Record<string, unknown>;
  readonly error?: string;
  readonly errorVi?: string;
}

/** What {@link readRows} needs besides the file. */
interface ReadSettings {
  /** Fields kept (the others are reported once and dropped). */
  readonly known: (name: string) => boolean;
  /** The columns a CSV header lacks among those the command needs (empty: none). */
  readonly missing: (header: readonly string[]) => string[];
  readonly delimiter: CsvDelimiter | undefined;
  readonly err: Writer;
  readonly tty: boolean;
}

/** The one-line bilingual message of a file that cannot be read, by Node's error code. */
function unreadable(path: string, error: unknown): RunError {
  const code = (error as { code?: unknown } | null)?.code;
  const [vi, en] =
    code === "ENOENT"
      ? ["không có tệp này", "no such file"]
      : code === "EISDIR"
        ? ["đây là một thư mục", "it is a directory"]
        : code === "EACCES" || code === "EPERM"
          ? ["không có quyền đọc", "permission denied"]
          : ["lỗi đọc", typeof code === "string" ? code : String((error as Error | null)?.message ?? error)];
  return new RunError(`Không đọc được tệp / cannot read the file '${path}': ${vi} / ${en}`);
}

/** Opens `path` for reading: a stream of text and its size, or a {@link RunError} naming why not. */
function open(path: string) {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    size = stat.size;
  } catch (error) {
    throw unreadable(path, error);
  }
  return { size, stream: createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }) };
}

/**
 * Streams rows of a CSV (header first) or JSON Lines file to `onRow`, synchronously (no promise per
 * row); `onRow` returns `false` to stop. Only `known` fields are kept, the others reported once.
 * Draws a progress bar on stderr when it is a terminal.
 *
 * @throws RunError when the file cannot be read, or the CSV header lacks a needed column (before any row).
 */
async function readRows(path: string, settings: ReadSettings, onRow: (row: Row) => boolean): Promise<void> {
  const csv = /\.csv$/i.test(path);
  if (!csv && !/\.(jsonl|ndjson)$/i.test(path)) throw new UsageError(`'${path}' is neither .csv nor .jsonl`);
  const { size, stream } = open(path);
  const { err, tty, known } = settings;
  let lastDraw = 0;
  /** Redraws the progress bar every 100,000 lines. */
  const progress = (line: number) => {
    if (!tty || line - lastDraw < 100_000) return;
    lastDraw = line;
    const done = size === 0 ? 1 : Math.min(1, stream.bytesRead / size);
    const bar = "#".repeat(Math.round(done * 30)).padEnd(30, " ");
    err(`\r[${bar}] ${(done * 100).toFixed(0).padStart(3)} % ${line.toLocaleString("en-US")} lines`);
  };
  try {
    await (csv ? readCsvRows(stream, settings, progress, onRow) : readJsonRows(stream, known, err, progress, onRow));
  } catch (error) {
    if (error instanceof RunError || error instanceof UsageError) throw error;
    if (typeof (error as { code?: unknown } | null)?.code === "string") throw unreadable(path, error);
    throw error;
  } finally {
    if (tty && lastDraw > 0) err(`\r${" ".repeat(60)}\r`);
    stream.destroy();
  }
}

type TextStream = ReturnType<typeof createReadStream>;

/** The CSV side of {@link readRows}: the shared reader, fed chunk by chunk. */
async function readCsvRows(
  stream: TextStream,
  settings: ReadSettings,
  progress: (line: number) => void,
  onRow: (row: Row) => boolean,
): Promise<void> {
  const { known, err } = settings;
  let header: string[] | undefined;
  let keep: boolean[] = [];
  let stopped = false;
  let failure: RunError | undefined;
  const emit = (row: Row): boolean => {
    if (!stopped && !onRow(row)) stopped = true;
    return !stopped;
  };
  const reader = createCsvReader(
    { delimiter: settings.delimiter },
    ({ line, fields: cells }) => {
      progress(line);
      if (header === undefined) {
        header = cells.map((c) => c.trim());
        const missing = settings.missing(header);
        if (missing.length > 0) {
          failure = new RunError(
            `Thiếu cột / missing columns: ${missing.join(", ")} (dòng tiêu đề / header line ${line}: ${header.join(", ")})`,
          );
          return false;
        }
        keep = header.map((name) => known(name));
        const ignored = header.filter((name) => !known(name));
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
        failure = new RunError(
          `Dòng tiêu đề ${problem.line}: ${problem.messageVi} | header line ${problem.line}: ${problem.message}`,
        );
        return false;
      }
      return emit({ line: problem.line, error: problem.message, errorVi: problem.messageVi });
    },
  );
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    stream.on("data", (chunk) => {
      try {
        reader.push(chunk as string);
      } catch (error) {
        reject(error); // a bug in a row handler: surfaced, not swallowed by the event emitter
      }
      if (stopped || failure !== undefined) {
        stream.destroy();
        resolve();
      }
    });
    stream.on("end", () => {
      try {
        reader.end();
      } catch (error) {
        reject(error);
      }
      resolve();
    });
    stream.on("close", resolve);
  });
  if (failure !== undefined) throw failure;
  if (header === undefined && !stopped) {
    const missing = settings.missing([]);
    if (missing.length > 0)
      throw new RunError(`Tệp rỗng, thiếu cột / empty file, missing columns: ${missing.join(", ")}`);
  }
}

/** The JSON Lines side of {@link readRows}: one object per line, blank lines skipped. */
async function readJsonRows(
  stream: TextStream,
  known: (name: string) => boolean,
  err: Writer,
  progress: (line: number) => void,
  onRow: (row: Row) => boolean,
): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let stopped = false;
  const unknown = new Set<string>();
  const emit = (row: Row) => {
    if (!stopped && !onRow(row)) {
      stopped = true;
      lines.close();
      stream.destroy();
    }
  };
  const onLine = (raw: string) => {
    if (stopped) return;
    lineNo++;
    progress(lineNo);
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      emit({ line: lineNo, error: "not valid JSON", errorVi: "không phải JSON hợp lệ" });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      emit({ line: lineNo, error: "not a JSON object", errorVi: "không phải một đối tượng JSON" });
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
    emit({ line: lineNo, fields });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      lines.on("line", onLine);
      lines.on("close", resolve);
    });
  } finally {
    lines.close();
  }
}

function badRow(err: Writer, line: number, en: string, vi: string): void {
  err(`Dòng ${line}: ${vi} | line ${line}: ${en}\n`);
}

/** Text widths by code point, so Vietnamese headers line up. */
function table(rows: readonly (readonly string[])[]): string {
  const width = (s: string) => Array.from(s).length;
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]! + cell.length - width(cell)) : cell.padStart(widths[c]!)))
        .join("  "),
    )
    .join("\n");
}

const csvText = (value: unknown): string => formatCsvField(value);

/** The exit code and message of an error: 2 for usage errors (bad option or argument), 1 for failures while running. */
function fail(error: unknown, err: Writer): number {
  if (error instanceof UsageError) {
    err(`Lỗi cú pháp / usage error: ${error.message}\n\n${REPORT_HELP}`);
    return 2;
  }
  if (error instanceof RunError) {
    err(`${error.message}\n`);
    return 1;
  }
  if (isTthcError(error)) {
    err(`${formatTthcError(error as TthcError, "vi")}\n${formatTthcError(error as TthcError, "en")}\n`);
    return 2;
  }
  throw error;
}

const HEADERS: Readonly<Partial<Record<keyof ProcessingRow, string>>> = {
  key: "Nhóm/group",
  received: "Nhận",
  carriedOver: "Kỳ trước",
  newOnline: "Trực tuyến",
  newDirect: "Trực tiếp",
  newPostal: "Bưu chính",
  resolved: "Đã GQ",
  resolvedEarly: "Trước hạn",
  resolvedOnTime: "Đúng hạn",
  resolvedLate: "Quá hạn",
  pending: "Đang GQ",
  pendingWithinTime: "Trong hạn",
  pendingOverdue: "Quá hạn",
  withdrawn: "Rút",
  refused: "Từ chối",
  stopped: "Dừng",
  onTimeRate: "Đúng hạn %",
};

/**
 * `tthc report <file> --period …`: the processing report of a CSV or JSON Lines file of
 * `ReportRecord`s, streamed in constant memory. A CSV is checked for the required columns (see
 * {@link REPORT_HELP}) before any row is read.
 *
 * @returns Exit code: 0; 1 for a file that cannot be read, missing columns, or a bad row under
 * `--strict`; 2 for a usage error (bad option or argument, such as an invalid `--period`).
 */
export async function runReport(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: ReportCliContext = {},
): Promise<number> {
  try {
    const [path, flags] = readArgv(argv, [
      "period",
      "by",
      "as-of",
      "reference",
      "granularity",
      "classify-against",
      "copies",
      "decimals",
      "rounding",
      "json",
      "csv",
      "strict",
      "delimiter",
    ]);
    const delimiter = readDelimiter(flags);
    const period = flags.get("period");
    if (period === undefined) throw new UsageError("report needs --period (2026-10, 2026-Q4, 2026 or from..to)");
    const decimals = flags.get("decimals");
    const options: Record<string, unknown> = { period };
    const map: [string, string][] = [
      ["by", "by"],
      ["as-of", "asOf"],
      ["reference", "reference"],
      ["granularity", "granularity"],
      ["classify-against", "classifyAgainst"],
      ["copies", "interAgencyCopies"],
      ["rounding", "rounding"],
    ];
    for (const [flag, key] of map) if (flags.has(flag)) options[key] = flags.get(flag);
    if (decimals !== undefined) options["decimals"] = /^\d+$/.test(decimals) ? Number(decimals) : decimals;
    const accumulator = createReportAccumulator(options as unknown as ReportOptions);
    let bad = 0;
    let strictStop = false;
    const byColumn = REPORT_BY_COLUMN[flags.get("by") ?? ""];
    const needed = byColumn === undefined ? REPORT_REQUIRED : [...REPORT_REQUIRED, byColumn];
    await readRows(
      path,
      {
        known: (name) => REPORT_RECORD_KEYS.has(name),
        missing: (header) => needed.filter((name) => !header.includes(name)),
        delimiter,
        err,
        tty: context.errIsTTY === true,
      },
      (row) => {
        if (row.error !== undefined) {
          bad++;
          badRow(err, row.line, row.error, row.errorVi ?? row.error);
        } else {
          try {
            accumulator.add(row.fields as unknown as ReportRecord);
            return true;
          } catch (error) {
            if (!isTthcError(error)) throw error;
            bad++;
            badRow(err, row.line, formatTthcError(error, "en"), formatTthcError(error, "vi"));
          }
        }
        strictStop = flags.has("strict");
        return !strictStop;
      },
    );
    if (strictStop) throw new RunError("--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad row");
    const report = accumulator.result();
    if (bad > 0) err(`${bad} dòng lỗi bị bỏ qua / ${bad} bad rows skipped (not counted in the report)\n`);
    if (flags.has("json")) {
      out(`${JSON.stringify({ ...report, records: { ...report.records, invalid: bad } }, null, 2)}\n`);
    } else if (flags.has("csv")) {
      out(`${PROCESSING_COLUMNS.join(",")}\n`);
      for (const r of [...report.rows, report.total])
        out(
          `${PROCESSING_COLUMNS.map((c) => csvText(r === report.total ? (c === "key" ? "TOTAL" : r[c]) : r[c])).join(",")}\n`,
        );
    } else {
      const columns = Object.keys(HEADERS) as (keyof ProcessingRow)[];
      const show = (r: ProcessingRow, label?: string) =>
        columns.map((c) => (c === "key" ? (label ?? (r.key === "" ? "(trống)" : r.key)) : String(r[c] ?? "N/A")));
      out(
        `Báo cáo ${report.period.labelVi} / report ${report.period.label}, tại / as of ${report.evaluatedAt}, nhóm / by ${report.by}\n`,
      );
      const body = report.by === "none" ? [] : report.rows.map((r) => show(r));
      out(`${table([columns.map((c) => HEADERS[c]!), ...body, show(report.total, "Tổng/total")])}\n`);
      const skipped = report.records;
      out(
        `Bản ghi / records: ${skipped.total}; liên thông (bản sao) / inter-agency copies: ${skipped.interAgencyCopies}; chưa tiếp nhận / not received: ${skipped.notReceived}; ngoài kỳ / outside the period: ${skipped.outsidePeriod}; lỗi / bad rows: ${bad}\n`,
      );
    }
    return 0;
  } catch (error) {
    return fail(error, err);
  }
}

const METHODS: Readonly<Record<string, SipasMethod>> = { qd2640: SIPAS_QD_2640, qd1001: SIPAS_QD_1001 };

/**
 * `tthc sipas <file>`: SIPAS indices of a CSV (columns `id`, `province`, `agency` and one per
 * criterion id, e.g. `access.1`) or JSON Lines file of responses. A CSV must have at least one
 * criterion column, and the unit's column (`province`, `agency`) when grouping by it.
 *
 * @returns Exit code: 0; 1 for a file that cannot be read, missing columns, or an invalid response
 * under `--strict`; 2 for a usage error (bad option or argument).
 */
export async function runSipas(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: ReportCliContext = {},
): Promise<number> {
  try {
    const [path, flags] = readArgv(argv, [
      "by",
      "method",
      "aggregate",
      "decimals",
      "rounding",
      "json",
      "strict",
      "delimiter",
    ]);
    const delimiter = readDelimiter(flags);
    const methodName = flags.get("method") ?? "qd2640";
    const method = METHODS[methodName];
    if (method === undefined) throw new UsageError(`--method must be qd2640 or qd1001, got '${methodName}'`);
    const options: Record<string, unknown> = { method, maxInvalidDetails: 0 };
    for (const key of ["by", "aggregate", "rounding"]) if (flags.has(key)) options[key] = flags.get(key);
    const decimals = flags.get("decimals");
    if (decimals !== undefined) options["decimals"] = /^\d+$/.test(decimals) ? Number(decimals) : decimals;
    const accumulator = createSipasAccumulator(options);
    const criteria = new Set(method.elements.flatMap((e) => e.criteria.map((c) => c.id)));
    const known = (name: string) => name === "id" || name === "province" || name === "agency" || criteria.has(name);
    let strictStop = false;
    const by = flags.get("by");
    const missing = (header: readonly string[]): string[] => [
      ...(by === "province" || by === "agency" ? [by].filter((name) => !header.includes(name)) : []),
      ...(header.some((name) => criteria.has(name)) ? [] : [`${[...criteria][0]} … (${method.legalBasis})`]),
    ];
    const settings = { known, missing, delimiter, err, tty: context.errIsTTY === true };
    await readRows(path, settings, (row) => {
      let problem: string | undefined = row.error;
      if (problem === undefined) {
        const { id, province, agency, ...answers } = row.fields!;
        const parsed: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(answers)) {
          parsed[key] = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
        }
        const response = {
          ...(id === undefined ? {} : { id: String(id) }),
          ...(province === undefined ? {} : { province }),
          ...(agency === undefined ? {} : { agency }),
          answers: parsed,
        };
        const invalid = accumulator.add(response, row.line);
        if (invalid !== undefined) problem = invalid.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      } else accumulator.add(null, row.line); // counted as an invalid response
      if (problem === undefined) return true;
      badRow(err, row.line, problem, `phiếu không hợp lệ — ${row.errorVi ?? problem}`);
      strictStop = flags.has("strict");
      return !strictStop;
    });
    if (strictStop) {
      throw new RunError("--strict: dừng ở phiếu lỗi đầu tiên / stopped at the first invalid response");
    }
    const result = accumulator.result();
    if (result.responses.invalid > 0) {
      err(`${result.responses.invalid} phiếu không hợp lệ bị loại / invalid responses left out\n`);
    }
    if (flags.has("json")) {
      out(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const codes = method.elements.map((e) => e.code);
    const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "N/A" : String(v));
    const lines = result.units.map((u) => [
      u.unit === "" ? "(tất cả)" : u.unit,
      String(u.responses),
      ...codes.map((c) => fmt(u.elements[c])),
      fmt(u.index),
    ]);
    lines.push([
      "Chung/overall",
      String(result.responses.valid),
      ...codes.map((c) => fmt(result.overall.elements[c])),
      fmt(result.overall.index),
    ]);
    out(`SIPAS ${method.legalBasis}, ${result.aggregate}\n`);
    out(`${table([["Đơn vị/unit", "Phiếu", ...codes, "SIPAS"], ...lines])}\n`);
    out(
      `Phiếu / responses: ${result.responses.total}; hợp lệ / valid: ${result.responses.valid}; không hợp lệ / invalid: ${result.responses.invalid}\n`,
    );
    return 0;
  } catch (error) {
    return fail(error, err);
  }
}

/**
 * `tthc report` and `tthc sipas`: stream a CSV or JSON Lines file (constant memory) into a
 * processing report or SIPAS indices. Bad rows are reported with their line numbers and counted;
 * they never stop the run unless `--strict` (exit 2). Node-only; wired by src/cli/main.ts.
 */

import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { formatTthcError, isTthcError, type TthcError } from "../errors.js";
import { createSipasAccumulator, SIPAS_QD_1001, SIPAS_QD_2640, type SipasMethod } from "../indices/index.js";
import { REPORT_RECORD_KEYS } from "../report/_record.js";
import {
  createReportAccumulator,
  PROCESSING_COLUMNS,
  type ProcessingRow,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";

/** What the commands need from the process, injected so tests can drive them. */
export interface ReportCliContext {
  /** Whether stderr is a terminal: only then is a progress bar drawn. @defaultValue `false` */
  readonly errIsTTY?: boolean;
}

/** Help text of the two commands (the lead appends it to the main help). */
export const REPORT_HELP = `  tthc report <dossiers.csv|.jsonl> --period <2026-10|2026-Q4|2026|from..to> [--by agency|competentAgency|sector|procedure|channel|none]
        [--as-of <instant>] [--reference resultReady|returned] [--granularity day|minute]
        [--classify-against original|reappointed] [--copies skip|count] [--decimals N] [--rounding halfUp|truncate]
        [--json | --csv] [--strict]
  tthc sipas <responses.csv|.jsonl> [--by none|province|agency] [--method qd2640|qd1001] [--aggregate meanOfUnits|pooled]
        [--decimals N] [--rounding halfUp|truncate] [--json] [--strict]
`;

type Writer = (s: string) => void;

class CliUsageError extends Error {}

const VALUE_FLAGS = new Set([
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
]);

/** `[file, flags]` of argv; every `--name value` flag takes its value from the next word or `=`. */
function readArgv(argv: readonly string[], allowed: readonly string[]): [string, Map<string, string>] {
  const files: string[] = [];
  const flags = new Map<string, string>();
  for (let k = 0; k < argv.length; k++) {
    const word = argv[k]!;
    if (!word.startsWith("--")) {
      files.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = word.slice(2, eq < 0 ? undefined : eq);
    if (!allowed.includes(name)) throw new CliUsageError(`unknown option --${name}`);
    if (!VALUE_FLAGS.has(name)) flags.set(name, "true");
    else if (eq >= 0) flags.set(name, word.slice(eq + 1));
    else {
      const next = argv[++k];
      if (next === undefined) throw new CliUsageError(`--${name} needs a value`);
      flags.set(name, next);
    }
  }
  if (files.length !== 1) throw new CliUsageError("give exactly one input file (.csv or .jsonl)");
  if (flags.has("json") && flags.has("csv")) throw new CliUsageError("choose one of --json and --csv");
  return [files[0]!, flags];
}

/** Splits one CSV record (RFC 4180 quoting); `undefined` when a quoted cell runs on past the line. */
function splitCsv(text: string): string[] | undefined {
  const cells: string[] = [];
  let k = 0;
  for (;;) {
    if (text.charCodeAt(k) === 34) {
      let cell = "";
      let from = k + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return undefined;
        cell += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          cell += '"';
          from = quote + 2;
        } else {
          k = quote + 1;
          break;
        }
      }
      cells.push(cell);
    } else {
      const comma = text.indexOf(",", k);
      cells.push(text.slice(k, comma < 0 ? text.length : comma));
      k = comma < 0 ? text.length : comma;
    }
    if (k >= text.length) return cells;
    k++; // the comma
    if (k === text.length) {
      cells.push("");
      return cells;
    }
  }
}

/** One input row: its first line number and its fields (absent = empty cell), or a parse error. */
interface Row {
  readonly line: number;
  readonly fields?: Record<string, unknown>;
  readonly error?: string;
}

/**
 * Streams rows of a CSV (header first) or JSON Lines file to `onRow`, synchronously per line (no
 * promise per row); `onRow` returns `false` to stop. Only `known` fields are kept, the others
 * reported once. Draws a progress bar on stderr when it is a terminal.
 */
async function readRows(
  path: string,
  known: (name: string) => boolean,
  err: Writer,
  tty: boolean,
  onRow: (row: Row) => boolean,
): Promise<void> {
  const csv = /\.csv$/i.test(path);
  if (!csv && !/\.(jsonl|ndjson)$/i.test(path)) throw new CliUsageError(`'${path}' is neither .csv nor .jsonl`);
  const size = statSync(path).size;
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let header: string[] | undefined;
  let keep: boolean[] = [];
  let lineNo = 0;
  let pending = "";
  let pendingLine = 0;
  let lastDraw = 0;
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
    if (tty && lineNo - lastDraw >= 100_000) {
      lastDraw = lineNo;
      const done = size === 0 ? 1 : Math.min(1, stream.bytesRead / size);
      const bar = "#".repeat(Math.round(done * 30)).padEnd(30, " ");
      err(`\r[${bar}] ${(done * 100).toFixed(0).padStart(3)} % ${lineNo.toLocaleString("en-US")} lines`);
    }
    const text = pending === "" ? (lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw) : `${pending}\n${raw}`;
    const first = pending === "" ? lineNo : pendingLine;
    if (text.trim() === "") return;
    if (!csv) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        emit({ line: first, error: "not valid JSON" });
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        emit({ line: first, error: "not a JSON object" });
        return;
      }
      const fields: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (known(key)) {
          if (v !== null && v !== "") fields[key] = v;
        } else if (!unknown.has(key)) {
          unknown.add(key);
          err(`Bỏ qua trường / ignoring field '${key}' (line ${first})\n`);
        }
      }
      emit({ line: first, fields });
      return;
    }
    const cells = text.indexOf('"') < 0 ? text.split(",") : splitCsv(text);
    if (cells === undefined) {
      pending = text;
      pendingLine = first;
      return;
    }
    pending = "";
    if (header === undefined) {
      header = cells.map((c) => c.trim());
      keep = header.map((name) => known(name));
      const ignored = header.filter((name) => !known(name));
      if (ignored.length > 0) err(`Bỏ qua cột / ignoring columns: ${ignored.join(", ")}\n`);
      return;
    }
    if (cells.length !== header.length) {
      emit({ line: first, error: `${cells.length} cells, the header has ${header.length}` });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (let c = 0; c < cells.length; c++) {
      if (keep[c] && cells[c] !== "") fields[header[c]!] = cells[c];
    }
    emit({ line: first, fields });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      lines.on("line", onLine);
      lines.on("close", resolve);
    });
    if (pending !== "" && !stopped) emit({ line: pendingLine, error: "a quoted cell is never closed" });
  } finally {
    if (tty && lastDraw > 0) err(`\r${" ".repeat(60)}\r`);
    lines.close();
    stream.destroy();
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

const csvText = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

function fail(error: unknown, err: Writer): number {
  if (error instanceof CliUsageError) {
    err(`Lỗi cú pháp / usage error: ${error.message}\n\n${REPORT_HELP}`);
    return 2;
  }
  if (isTthcError(error)) {
    err(`${formatTthcError(error as TthcError, "vi")}\n${formatTthcError(error as TthcError, "en")}\n`);
    return 2;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    err(`Không đọc được tệp / cannot read the file: ${(error as Error).message}\n`);
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
 * `ReportRecord`s, streamed in constant memory.
 *
 * @returns Exit code: 0, or 2 for usage errors, unreadable files, and bad rows under `--strict`.
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
    ]);
    const period = flags.get("period");
    if (period === undefined) throw new CliUsageError("report needs --period (2026-10, 2026-Q4, 2026 or from..to)");
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
    await readRows(
      path,
      (name) => REPORT_RECORD_KEYS.has(name),
      err,
      context.errIsTTY === true,
      (row) => {
        if (row.error !== undefined) {
          bad++;
          badRow(err, row.line, row.error, row.error);
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
    if (strictStop) {
      err("--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad row\n");
      return 2;
    }
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
 * criterion id, e.g. `access.1`) or JSON Lines file of responses.
 *
 * @returns Exit code: 0, or 2 for usage errors, unreadable files, and invalid responses under `--strict`.
 */
export async function runSipas(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: ReportCliContext = {},
): Promise<number> {
  try {
    const [path, flags] = readArgv(argv, ["by", "method", "aggregate", "decimals", "rounding", "json", "strict"]);
    const methodName = flags.get("method") ?? "qd2640";
    const method = METHODS[methodName];
    if (method === undefined) throw new CliUsageError(`--method must be qd2640 or qd1001, got '${methodName}'`);
    const options: Record<string, unknown> = { method, maxInvalidDetails: 0 };
    for (const key of ["by", "aggregate", "rounding"]) if (flags.has(key)) options[key] = flags.get(key);
    const decimals = flags.get("decimals");
    if (decimals !== undefined) options["decimals"] = /^\d+$/.test(decimals) ? Number(decimals) : decimals;
    const accumulator = createSipasAccumulator(options);
    const criteria = new Set(method.elements.flatMap((e) => e.criteria.map((c) => c.id)));
    const known = (name: string) => name === "id" || name === "province" || name === "agency" || criteria.has(name);
    let strictStop = false;
    await readRows(path, known, err, context.errIsTTY === true, (row) => {
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
      badRow(err, row.line, problem, `phiếu không hợp lệ — ${problem}`);
      strictStop = flags.has("strict");
      return !strictStop;
    });
    if (strictStop) {
      err("--strict: dừng ở phiếu lỗi đầu tiên / stopped at the first invalid response\n");
      return 2;
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

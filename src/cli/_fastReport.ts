/**
 * Private to the CLI: `tthc report` over a CSV file, read as bytes. A plain line (no quote, the
 * header's number of cells, every value in its usual shape) goes straight from the bytes into
 * numbers, which the report's own record checks (`readNumbers`) pass and its accumulator counts:
 * no text decoding, no string per cell, no object per row. Anything else (quotes, line breaks
 * inside a cell, a wrong number of cells, an unusual value, a record the checks refuse) is handed,
 * from that line on, to the shared CSV reader and row loop (src/_internal/csv.ts, `csvParser` and
 * `takeRows`), which stay the one reference: the byte path only ever accepts what they would
 * accept, and hands back when unsure.
 *
 * The file after its header is cut at line starts into chunks that the main thread and the workers
 * (src/cli/_reportWorker.ts) take in turn: {@link readReportCsv}.
 */

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL, URL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CsvDelimiter } from "../_internal/csv.js";
import { parseIsoDateFast } from "../_internal/epochDay.js";
import { parseCommonInstantBytes } from "../_internal/instant.js";
import { isTthcError } from "../errors.js";
import { Channel, DossierStatus } from "../models/index.js";
import { channelNumber, HAS_AGENCY, HAS_CODE, HAS_PROCEDURE, readNumbers, readRecordSlot } from "../report/_record.js";
import { countsOf } from "../report/createReportAccumulator.js";
import {
  createReportAccumulator,
  REPORT_RECORD_FIELDS,
  type ReportAccumulator,
  type ReportAccumulatorSnapshot,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";
import { type RunError, UsageError } from "./_errors.js";
import { createProgress } from "./_progress.js";
import {
  type CsvRowParser,
  csvParser,
  type OnRow,
  type ReadSettings,
  type RowTally,
  readableFileSize,
  takeRows,
  unreadable,
} from "./_readers.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Bytes read at a time. */
const CHUNK = 1 << 21;
/**
 * A line longer than this goes to the shared reader (which applies the record length limit,
 * 1 MiB of characters; a byte count above it may still be within it).
 */
const LONGEST_PLAIN_LINE = 1 << 16;
/** Distinct values of a text column kept as strings (more: each value is read afresh). */
const INTERNED_PER_COLUMN = 64;

/** How a column's bytes are read. */
enum Kind {
  /** Ignored by the report, or a text field only needed present (codes). */
  Present = 0,
  /** A text field whose value may key a group (agencies, sector, procedure). */
  Text = 1,
  Status = 2,
  Channel = 3,
  Instant = 4,
  Date = 5,
}

/** Slots of a line's numbers, one per instant or date field. */
enum At {
  Received = 0,
  Due = 1,
  DueAt = 2,
  OriginalDue = 3,
  OriginalDueAt = 4,
  Ready = 5,
  Returned = 6,
  Closed = 7,
}

/** How each field of a `ReportRecord` is read, and the slot of its number. */
const FIELDS: Readonly<Record<keyof ReportRecord, readonly [Kind, number]>> = {
  code: [Kind.Present, -1],
  procedureCode: [Kind.Text, -1],
  sector: [Kind.Text, -1],
  receivingAgency: [Kind.Text, -1],
  competentAgency: [Kind.Text, -1],
  channel: [Kind.Channel, -1],
  receivedAt: [Kind.Instant, At.Received],
  dueDate: [Kind.Date, At.Due],
  dueAt: [Kind.Instant, At.DueAt],
  originalDueDate: [Kind.Date, At.OriginalDue],
  originalDueAt: [Kind.Instant, At.OriginalDueAt],
  status: [Kind.Status, -1],
  resultReadyAt: [Kind.Instant, At.Ready],
  returnedAt: [Kind.Instant, At.Returned],
  closedAt: [Kind.Instant, At.Closed],
  originDossierCode: [Kind.Present, -1],
};

/**
 * Strings of a column's values by their bytes: a closed list (statuses, channels), or the values
 * met so far while there are few (`intern`: agencies, sectors, procedures; a column with more has
 * each value read afresh). Looked up by a hash of the bytes, then compared.
 */
class Words {
  private readonly slots = new Int32Array(256); // entry + 1 by hash, open addressing
  private readonly keys: Uint8Array[] = [];
  private readonly texts: string[] = [];
  private full = false;

  constructor(
    private readonly intern: boolean,
    words: readonly string[] = [],
  ) {
    for (const word of words) {
      const bytes = Buffer.from(word, "utf8");
      this.put(hashOf(bytes, 0, bytes.length), bytes, word);
    }
  }

  /** The string of `buf[start..end)` whose hash is `h`; `undefined` for a word not in a closed list. */
  textOf(h: number, buf: Buffer, start: number, end: number): string | undefined {
    if (this.full) return buf.toString("utf8", start, end);
    const n = end - start;
    for (let s = h & 255; ; s = (s + 1) & 255) {
      const e = this.slots[s]! - 1;
      if (e < 0) break;
      const key = this.keys[e]!;
      if (key.length !== n) continue;
      let k = 0;
      while (k < n && key[k] === buf[start + k]) k++;
      if (k === n) return this.texts[e]!;
    }
    if (!this.intern) return undefined;
    // UTF-8 decoding of one cell gives what decoding the whole line would: a cell is cut at an
    // ASCII delimiter, never inside a character.
    const text = buf.toString("utf8", start, end);
    this.put(h, Uint8Array.prototype.slice.call(buf, start, end), text);
    this.full = this.keys.length >= INTERNED_PER_COLUMN;
    return text;
  }

  private put(h: number, key: Uint8Array, text: string): void {
    let s = h & 255;
    while (this.slots[s] !== 0) s = (s + 1) & 255;
    this.keys.push(key);
    this.texts.push(text);
    this.slots[s] = this.keys.length;
  }
}

/** The hash {@link Words} files bytes under (the line reader computes it as it scans a cell). */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + bytes[k]!) | 0;
  return h;
}

/** `YYYY-MM-DD` at `buf[start..start+10)` as the number `YYYYMMDD`, or -1 for another shape. */
function dateKey(buf: Uint8Array, start: number): number {
  if (buf[start + 4] !== 45 || buf[start + 7] !== 45) return -1;
  let key = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const d = buf[start + k]! - 48;
    if (d >>> 0 > 9) return -1;
    key = key * 10 + d;
  }
  return key;
}

/** What the byte path needs to read the lines of a file whose header has been read. */
interface CsvLayout {
  readonly header: readonly string[];
  readonly delimiter: CsvDelimiter;
}

/**
 * The reader of plain lines: `read` takes one line without quotes (the caller checks), reads its
 * bytes into numbers, checks them with `readNumbers` (the record checks of the report) and counts
 * the record into each accumulator given to `into`, in the group its key column names. `read`
 * returns `false`, having counted nothing, when the line is not plain (a wrong number of cells, a
 * value not in its usual shape, no status or channel) or the checks
 * refuse it: the line then goes to the shared reader. One per thread, kept across ranges (its code
 * stays warm, its strings known).
 */
interface PlainLines {
  read(buf: Buffer, start: number, end: number): boolean;
  /** Counts from now on into these accumulators (all grouped alike). */
  into(accumulators: readonly ReportAccumulator[]): void;
}

/**
 * The {@link PlainLines} of a file's header, or `undefined` when the byte path cannot take the file
 * (a repeated column name, an unknown field, a column every received dossier needs missing).
 */
function plainLines(layout: CsvLayout, known: (name: string) => boolean): PlainLines | undefined {
  const { header } = layout;
  if (new Set(header).size !== header.length) return undefined;
  const delimiter = layout.delimiter.charCodeAt(0);
  const width = header.length;
  const fields = FIELDS as Readonly<Record<string, readonly [Kind, number]>>;
  const kinds: number[] = [];
  const slots: number[] = [];
  for (const name of header) {
    const field = known(name) ? fields[name] : [Kind.Present, -1];
    if (field === undefined) return undefined;
    kinds.push(field[0]);
    slots.push(field[1]);
  }
  // The text cells whose presence the record checks ask about, by column.
  const presence = header.map((name) =>
    !known(name)
      ? 0
      : name === "code"
        ? HAS_CODE
        : name === "procedureCode"
          ? HAS_PROCEDURE
          : name === "receivingAgency"
            ? HAS_AGENCY
            : 0,
  );
  const copyColumn = header.indexOf("originDossierCode");
  let counters: ReturnType<typeof countsOf>[] = [];
  // The columns a group key is read from (the field, then the one read when it is empty).
  let groupColumns: (readonly [number, number])[] = [];
  // Whether a column's text is needed (a group key): the others are only looked at for presence.
  let keyed: boolean[] = header.map(() => false);
  const words = kinds.map((kind) =>
    kind === Kind.Status
      ? new Words(false, DossierStatus.options)
      : kind === Kind.Channel
        ? new Words(false, Channel.options)
        : new Words(true),
  );
  const days = new Map<number, number>();
  const numbers = new Float64Array(8);
  const texts: (string | undefined)[] = header.map(() => undefined);
  const slot = readRecordSlot();
  const read = (buf: Buffer, start: number, end: number): boolean => {
    numbers.fill(Number.NaN);
    let status: string | undefined;
    let channel: 0 | 1 | 2 | undefined;
    let copy = false;
    let present = 0;
    let p = start;
    for (let c = 0; c < width; c++) {
      if (p > end) return false; // fewer cells than the header
      const kind = kinds[c]!;
      let q = p;
      if (p === end || buf[p] === delimiter) {
        // An empty cell: the field is absent.
        texts[c] = undefined;
      } else if (kind === Kind.Instant) {
        // 25 or 20 bytes in the usual shapes; once read, they hold no delimiter.
        q = p + 25 <= end && (p + 25 === end || buf[p + 25] === delimiter) ? p + 25 : p + 20;
        if (q > end || (q < end && buf[q] !== delimiter)) return false;
        const ms = parseCommonInstantBytes(buf, p, q);
        if (ms === undefined) return false;
        numbers[slots[c]!] = ms;
      } else if (kind === Kind.Date) {
        q = p + 10;
        if (q > end || (q < end && buf[q] !== delimiter)) return false;
        const key = dateKey(buf, p);
        if (key < 0) return false;
        let day = days.get(key);
        if (day === undefined) {
          day = parseIsoDateFast(buf.toString("latin1", p, q));
          days.set(key, day);
        }
        if (Number.isNaN(day)) return false;
        numbers[slots[c]!] = day;
      } else if (kind === Kind.Present || (kind === Kind.Text && !keyed[c])) {
        while (q < end && buf[q] !== delimiter) q++;
        if (c === copyColumn) copy = true;
      } else {
        let h = 0;
        for (; q < end; q++) {
          const b = buf[q]!;
          if (b === delimiter) break;
          h = (Math.imul(h, 31) + b) | 0;
        }
        const text = words[c]!.textOf(h, buf, p, q);
        if (text === undefined) return false; // not a status or channel
        if (kind === Kind.Status) status = text;
        else {
          if (kind === Kind.Channel) channel = channelNumber(text);
          texts[c] = text; // a group key (`--by channel` too)
        }
      }
      if (q > p) present |= presence[c]!;
      p = q + 1;
    }
    if (p <= end) return false; // more cells than the header
    if (status === undefined || channel === undefined) return false;
    try {
      readNumbers(
        slot,
        status,
        channel,
        present,
        numbers[At.Received]!,
        numbers[At.Due]!,
        numbers[At.DueAt]!,
        numbers[At.OriginalDue]!,
        numbers[At.OriginalDueAt]!,
        numbers[At.Ready]!,
        numbers[At.Returned]!,
        numbers[At.Closed]!,
        copy,
      );
    } catch (error) {
      if (isTthcError(error)) return false; // the shared reader reads the line again, and reports it
      throw error;
    }
    for (let k = 0; k < counters.length; k++) {
      const [field, fallback] = groupColumns[k]!;
      const key =
        field === -2
          ? ""
          : ((field >= 0 ? texts[field] : undefined) ?? (fallback >= 0 ? texts[fallback] : undefined) ?? "");
      counters[k]!.count(slot, key);
    }
    return true;
  };
  return {
    read,
    into(accumulators) {
      counters = accumulators.map((accumulator) => countsOf(accumulator));
      groupColumns = counters.map(
        ({ group: [field, fallback] }) =>
          [
            field === undefined ? -2 : header.indexOf(field),
            fallback === undefined ? -2 : header.indexOf(fallback),
          ] as const,
      );
      keyed = header.map((_, c) => groupColumns.some(([field, fallback]) => c === field || c === fallback));
    },
  };
}

/** Where a range starts. */
interface RangeStart {
  /** First byte: 0 (the file's start, header first) or the start of a line after the header. */
  readonly byte: number;
  /** The header, when the range starts after it. */
  readonly layout?: CsvLayout | undefined;
  /**
   * The line number at `byte`, or the function that counts it, called when it is first needed
   * (only bad or unusual lines need it).
   */
  readonly line?: number | (() => number) | undefined;
}

/** Where reading a range stopped. */
interface RangeStop {
  /** The byte where reading stopped: a record boundary at or after the end asked for (or the file's end). */
  readonly at: number;
  /** The line number there, when known (the range's first line known or counted). */
  readonly line: number | undefined;
  /** Lines read since the range's start. */
  readonly lines: number;
  /** The header and its delimiter, once read. */
  readonly layout: CsvLayout | undefined;
  /** The row loop said stop (`--strict`), or the header was refused (`failure`). */
  readonly stopped: boolean;
  readonly failure: RunError | undefined;
}

/** Lines (line feeds) in `[from, to)` of an open file. */
function countLines(fd: number, from: number, to: number): number {
  const buf = Buffer.allocUnsafe(1 << 18);
  let lines = 0;
  for (let at = from; at < to; ) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, to - at), at);
    if (n === 0) break;
    for (let i = buf.indexOf(LF); i >= 0 && i < n; i = buf.indexOf(LF, i + 1)) lines++;
    at += n;
  }
  return lines;
}

/** A range of a CSV file being read: `read(end)` goes on to the first record boundary at or after `end`. */
interface RangeReader {
  /**
   * Reads plain lines by bytes into the accumulator, the others through the shared reader to the
   * row loop, up to the first record boundary at or after byte `end` (`headerOnly`: until the
   * header has been read), then stops; the file's end finishes the shared reader's last record.
   * `tick(lines)` after each chunk read, with the lines read so far (the progress bar).
   */
  read(end: number, headerOnly?: boolean, tick?: (lines: number) => void): RangeStop;
  /** The byte reached. */
  at(): number;
  close(): void;
}

/**
 * Opens a range of the CSV file `path` for reading: plain lines are counted into `accumulators`
 * (after the report's record checks), the others go through the shared reader to `onRow` (the row
 * loop, which adds good rows to the same accumulators and reports bad ones). `reuse`: the thread's
 * {@link PlainLines} of this header and its read buffer, kept across ranges (memory stays flat).
 */
function openRange(
  path: string,
  start: RangeStart,
  settings: ReadSettings,
  accumulators: readonly ReportAccumulator[],
  onRow: OnRow,
  reuse?: { readonly plain: PlainLines | undefined; readonly buffer: Buffer },
): RangeReader {
  const fd = openSync(path, "r");
  const size = fstatSync(fd).size;
  const buf = reuse?.buffer ?? Buffer.allocUnsafe(CHUNK);
  let pos = start.byte; // file offset of buf[0]
  let filled = 0; // bytes in buf
  let p = 0; // reading position in buf
  let lines = 0; // lines read since the start
  let base = start.byte === 0 ? 1 : typeof start.line === "number" ? start.line : undefined; // once known
  let layout = start.layout;
  let failure: RunError | undefined;
  let parser: CsvRowParser | undefined;
  let plain: PlainLines | undefined;
  let shared = layout === undefined; // lines go to the shared reader until it stands between records
  let inLine = false; // the shared reader holds the first part of a line longer than the buffer
  let stopped = false;
  let finished = false;
  let quoteAt = -1; // the next quote at or after `p` in the buffer (`filled`: none), once looked for
  // `ignoreBOM`: a U+FEFF inside the file is text; the shared reader drops one opening the file.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  const lineNumber = (): number => {
    if (base === undefined) {
      if (typeof start.line !== "function") throw new Error("openRange: the range's first line is unknown");
      base = start.line();
    }
    return base + lines;
  };
  const startPlain = (): void => {
    plain = reuse !== undefined ? reuse.plain : layout === undefined ? undefined : plainLines(layout, settings.known);
    plain?.into(accumulators);
  };
  const fail = (error: RunError) => {
    failure = error;
  };
  /** The shared reader, at the current line. */
  const sharedReader = (): CsvRowParser => {
    if (parser === undefined) {
      parser =
        layout === undefined
          ? csvParser(settings, () => {}, onRow, fail)
          : csvParser(settings, () => {}, onRow, fail, { ...layout, line: lineNumber() });
    } else if (!inLine && parser.reader.between) {
      const gap = lineNumber() - parser.reader.line;
      if (gap > 0) parser.reader.skipLines(gap);
    }
    return parser;
  };
  /**
   * Hands `buf[from..to)` to the shared reader; `false` once it wants no more. Whole lines are
   * decoded alone (no character spans a line feed); the pieces of a line longer than the buffer go
   * through a streaming decoder.
   */
  const toShared = (from: number, to: number, whole: boolean): boolean => {
    const text = whole ? buf.toString("utf8", from, to) : decoder.decode(buf.subarray(from, to), { stream: true });
    return text === "" ? true : sharedReader().push(text);
  };
  if (layout !== undefined) startPlain();

  const read = (end: number, headerOnly = false, tick: (lines: number) => void = () => {}): RangeStop => {
    for (;;) {
      if (stopped || finished) break;
      if (!shared && !inLine && (headerOnly || pos + p >= end)) break;
      let nl = buf.indexOf(LF, p);
      if (nl >= filled) nl = -1;
      if (nl < 0 && pos + filled < size) {
        // Keep the unfinished line, read more after it.
        if (p > 0) {
          buf.copy(buf, 0, p, filled);
          pos += p;
          filled -= p;
          p = 0;
        }
        if (filled === buf.length) {
          // A line longer than the buffer: its start goes to the shared reader.
          shared = true;
          if (!toShared(0, filled, false)) stopped = true;
          inLine = true;
          pos += filled;
          filled = 0;
        }
        const n = readSync(fd, buf, filled, Math.min(buf.length - filled, size - pos - filled), pos + filled);
        if (n === 0) break; // the file shrank
        filled += n;
        quoteAt = -1;
        tick(lines);
        continue;
      }
      if (p >= filled) break; // the end of the file
      const lineEnd = nl < 0 ? filled : nl + 1; // with its line feed, if any
      if (!shared) {
        const last = nl > p && buf[nl - 1] === CR ? nl - 1 : nl;
        if (last === p) {
          // An empty line: skipped, as the shared reader does.
          p = lineEnd;
          lines++;
          continue;
        }
        if (quoteAt < p) {
          quoteAt = buf.indexOf(QUOTE, p);
          if (quoteAt < 0 || quoteAt > filled) quoteAt = filled;
        }
        if (
          plain !== undefined &&
          nl >= 0 &&
          quoteAt > nl &&
          lineEnd - p <= LONGEST_PLAIN_LINE &&
          plain.read(buf, p, last)
        ) {
          p = lineEnd;
          lines++;
          continue;
        }
        shared = true; // this line, and the next ones until a record ends, go to the shared reader
      }
      if (!toShared(p, lineEnd, !inLine && nl >= 0)) stopped = true;
      p = lineEnd;
      if (nl >= 0) {
        lines++;
        inLine = false;
        const reader = sharedReader().reader;
        if (failure === undefined && reader.between) {
          if (layout === undefined) {
            const header = parser!.header();
            if (header !== undefined) {
              layout = { header, delimiter: reader.delimiter! };
              startPlain();
            }
          }
          if (layout !== undefined) shared = false;
        }
      }
    }
    if (!stopped && !finished && !headerOnly && pos + p >= size) {
      // The end of the file: the shared reader finishes what it holds (a last line without a line
      // feed, a quote never closed); for an empty file, it says which columns are missing.
      finished = true;
      if (parser !== undefined || start.byte === 0) {
        const reader = sharedReader();
        const rest = decoder.decode();
        if (rest !== "") reader.push(rest);
        reader.end();
        const header = reader.header();
        if (layout === undefined && header !== undefined) layout = { header, delimiter: reader.reader.delimiter! };
      }
    }
    tick(lines);
    return {
      at: pos + p,
      line: base === undefined ? undefined : base + lines,
      lines,
      layout,
      stopped: stopped || failure !== undefined,
      failure,
    };
  };
  return { read, at: () => pos + p, close: () => closeSync(fd) };
}

/** The file's pieces after its header, cut at line starts, and what reading one needs. */
export interface ChunkPlan {
  readonly path: string;
  readonly layout: CsvLayout;
  /** The first byte after the header, and its line number. */
  readonly from: { readonly byte: number; readonly line: number };
  /** Chunk `k` is `cuts[k]` to `cuts[k + 1]` (the last cut: the file's size). */
  readonly cuts: readonly number[];
  readonly options: Record<string, unknown>;
  readonly strict: boolean;
  /**
   * `[0]`: the next chunk to take, shared by all threads (`Atomics.add`); `[1]`: the first chunk
   * stopped by `--strict` (none are taken after it).
   */
  readonly next: Int32Array;
  /** Lines and kilobytes read by each thread (two slots each), for the progress bar. */
  readonly board: Int32Array;
  /** The lines of each chunk, once counted (-1: not yet). */
  readonly lines: Int32Array;
}

/** What reading one chunk gave: where it stopped, its stderr text, bad rows and counts. */
export interface ChunkResult {
  readonly chunk: number;
  readonly stop: RangeStop & { readonly failure: undefined };
  readonly err: string;
  readonly bad: number;
  readonly snapshot: ReportAccumulatorSnapshot;
}

/**
 * A thread's taker of chunks of `plan`: each call takes the next chunk left and reads it into an
 * accumulator of its own, its stderr text held (the main thread writes it in file order), and
 * returns the result; `undefined` when none is left. Used by every thread, the main one included;
 * `slot` is the thread's on the board.
 */
export function chunkTaker(plan: ChunkPlan, slot: number): () => ChunkResult | undefined {
  const known: ReadonlySet<string> = new Set(REPORT_RECORD_FIELDS);
  const reuse = { plain: plainLines(plan.layout, (name) => known.has(name)), buffer: Buffer.allocUnsafe(CHUNK) };
  let lines = 0;
  let bytes = 0;
  return () => {
    const chunk = Atomics.add(plan.next, 0, 1);
    if (chunk >= plan.cuts.length - 1 || chunk > Atomics.load(plan.next, 1)) return undefined;
    const start = plan.cuts[chunk]!;
    const accumulator = createReportAccumulator(plan.options as unknown as ReportOptions);
    let err = "";
    const write = (text: string) => {
      err += text;
    };
    const { onRow, tally } = takeRows(
      (fields) => accumulator.add(fields as unknown as ReportRecord),
      write,
      plan.strict,
    );
    const settings: ReadSettings = {
      known: (name) => known.has(name),
      missing: () => [],
      delimiter: plan.layout.delimiter,
      err: write,
      tty: false,
      stdin: NO_INPUT,
    };
    const reader = openRange(
      plan.path,
      { byte: start, layout: plan.layout, line: () => lineOf(plan, chunk) },
      settings,
      [accumulator],
      onRow,
      reuse,
    );
    try {
      const stop = reader.read(plan.cuts[chunk + 1]!, false, (read) => {
        Atomics.store(plan.board, 2 * slot, lines + read);
        Atomics.store(plan.board, 2 * slot + 1, Math.floor((bytes + reader.at() - start) / 1024));
      });
      lines += stop.lines;
      bytes += stop.at - start;
      if (stop.stopped) Atomics.store(plan.next, 1, Math.min(chunk, Atomics.load(plan.next, 1)));
      if (stop.at === plan.cuts[chunk + 1]) Atomics.store(plan.lines, chunk, stop.lines);
      return { chunk, stop: { ...stop, failure: undefined }, err, bad: tally.bad, snapshot: accumulator.snapshot() };
    } finally {
      reader.close();
    }
  };
}

/** Bad rows past which the rest of a file is read on the main thread (see `readReportCsv`). */
const MANY_BAD_ROWS = 10_000;

/** Standard input, never read by a chunk's reader. */
const NO_INPUT: AsyncIterable<string> = { async *[Symbol.asyncIterator]() {} };

/**
 * The line number at the start of chunk `k`: the lines of the chunks before it, each counted once
 * by whichever thread first needs it (or read it whole).
 */
function lineOf(plan: ChunkPlan, k: number): number {
  let line = plan.from.line;
  let fd: number | undefined;
  try {
    for (let j = 0; j < k; j++) {
      let lines = Atomics.load(plan.lines, j);
      if (lines < 0) {
        fd ??= openSync(plan.path, "r");
        lines = countLines(fd, plan.cuts[j]!, plan.cuts[j + 1]!);
        Atomics.store(plan.lines, j, lines);
      }
      line += lines;
    }
    return line;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What a worker sends: a chunk's result, or that it has no more to take. */
export type WorkerMessage = ChunkResult | { readonly idle: true };

/**
 * A worker's young generation, in MB: each plain line leaves a few short-lived numbers, and a
 * larger nursery is swept less often.
 */
const YOUNG = { maxYoungGenerationSizeMb: 48 };

/** Bytes of a chunk: small enough that threads share the work evenly, large enough to be cheap. */
const CHUNK_BYTES = 16 << 20;

/**
 * The bytes a thread must have for a worker to pay: starting one (loading the modules, warming up)
 * costs about 0.2 s of CPU. Measured on two cores (bench/RESULTS.md): a second thread lost at
 * 143 MB (1M rows) and won at 431 MB (3M rows).
 */
const SMALLEST_RANGE = 128 << 20;

/**
 * The worker's script: the built one beside this chunk (dist/report-worker.js), or, when running
 * from the sources (tests, tsx), a module that registers tsx in the worker and imports the source.
 */
function workerScript(): URL {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new URL("./report-worker.js", here);
  const tsx = new URL("dist/esm/api/index.mjs", pathToFileURL(createRequire(here).resolve("tsx/package.json"))).href;
  const source = new URL("./_reportWorker.ts", here).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The start of the line after the first line feed at or after byte `at` (or the file's size). */
function lineStartAfter(path: string, at: number): number {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let from = at; from < size; from += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, from);
      const nl = buf.subarray(0, n).indexOf(LF);
      if (nl >= 0) return from + nl + 1;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

/**
 * `tthc report` over a CSV file. This thread reads the header; then, with `jobs` above 1 and one
 * accumulator, the rest is cut at line starts into chunks (of 16 MiB, fewer and larger for
 * `smallestRange` bytes a thread), which this thread and `jobs - 1` workers take in turn, each
 * into an accumulator of its own: all are merged (exact: any split merges to the one-pass report).
 * Output is the one-thread output: each chunk's bad rows are written in file order with their
 * line numbers (counted across chunks), and `--strict` stops at the first in file order. A chunk
 * whose first line turns out to sit inside a record begun before it (a quoted cell across lines,
 * over the cut) is read again, with those after it, from where that record ends, in this thread.
 *
 * In this thread, rows go to `accumulators` and `onRow` (the row loop's, which adds good rows to
 * the same accumulators: see {@link openRange}); the chunks' to accumulators of `options`.
 *
 * @returns The chunks' accumulators merged (`undefined`: none), for the caller to merge into its
 * own; `tally` gets their bad rows and stop.
 * @throws RunError when the file cannot be read or the header lacks a needed column.
 */
export async function readReportCsv(
  path: string,
  settings: ReadSettings,
  run: {
    readonly options: Record<string, unknown>;
    readonly strict: boolean;
    readonly jobs: number;
    readonly smallestRange?: number | undefined;
  },
  accumulators: readonly ReportAccumulator[],
  onRow: OnRow,
  tally: RowTally,
): Promise<ReportAccumulator | undefined> {
  const size = readableFileSize(path);
  let reader: RangeReader;
  try {
    reader = openRange(path, { byte: 0 }, settings, accumulators, onRow);
  } catch (error) {
    throw unreadable(path, error);
  }
  const workers: Worker[] = [];
  let timer: ReturnType<typeof setInterval> | undefined; // the progress bar while workers run
  let clearBar = () => {};
  try {
    const head = reader.read(size, true);
    if (head.failure !== undefined) throw head.failure;
    const smallest = Math.max(1, run.smallestRange ?? SMALLEST_RANGE);
    const data = size - head.at;
    const threads = accumulators.length === 1 ? Math.max(1, Math.min(run.jobs, Math.floor(data / smallest))) : 1;
    const layout = head.layout;
    if (threads === 1 || layout === undefined || head.stopped) {
      // One thread: on through the file.
      const mine = reader;
      const progress = createProgress(settings.err, settings.tty, { size, bytesRead: () => mine.at() });
      clearBar = progress.done;
      const stop = reader.read(size, false, progress.tick);
      if (stop.failure !== undefined) throw stop.failure;
      return undefined;
    }
    // Chunks: about four a thread at least, at most CHUNK_BYTES each.
    const count = Math.max(threads * 4, Math.ceil(data / CHUNK_BYTES));
    const cuts = [head.at];
    for (let k = 1; k < count; k++) {
      const cut = lineStartAfter(path, head.at + Math.floor((data * k) / count));
      if (cut > cuts.at(-1)! && cut < size) cuts.push(cut);
    }
    cuts.push(size);
    const plan: ChunkPlan = {
      path,
      layout,
      from: { byte: head.at, line: head.line! },
      cuts,
      options: run.options,
      strict: run.strict,
      next: new Int32Array(new SharedArrayBuffer(8)).fill(2 ** 31 - 1, 1),
      board: new Int32Array(new SharedArrayBuffer(8 * threads)),
      lines: new Int32Array(new SharedArrayBuffer(4 * cuts.length)).fill(-1),
    };
    const results: (ChunkResult | undefined)[] = cuts.slice(1).map(() => undefined);
    let idle = 0;
    let wake = () => {};
    const script = workerScript();
    const failures: Error[] = [];
    for (let w = 1; w < threads; w++) {
      const worker = new Worker(script, { workerData: { plan, slot: w }, resourceLimits: YOUNG });
      let done = false;
      worker.on("message", (message: WorkerMessage) => {
        if ("idle" in message) {
          done = true;
          idle++;
        } else results[message.chunk] = message;
        wake();
      });
      worker.on("error", (error) => {
        failures.push(error);
        wake();
      });
      worker.on("exit", (code) => {
        if (!done) failures.push(new Error(`a report worker stopped (exit code ${code})`));
        wake();
      });
      workers.push(worker);
    }
    const sum = (offset: number) => {
      let sumOf = 0;
      for (let k = offset; k < plan.board.length; k += 2) sumOf += Atomics.load(plan.board, k);
      return sumOf;
    };
    const progress = createProgress(settings.err, settings.tty, {
      size,
      bytesRead: () => head.at + sum(1) * 1024,
    });
    clearBar = progress.done;
    const tick = () => progress.tick(sum(0));
    if (settings.tty) timer = setInterval(tick, 200);
    // In file order, as results come: each chunk must start where the one before it ended; its
    // text is written, its counts merged, and it is let go (memory stays flat, bad rows or not).
    let others: ReportAccumulator | undefined;
    let at = head.at;
    let line = head.line!;
    let stopped = false;
    let ended = false; // a record ran over a cut, or --strict stopped: the chunks after are not used
    let next = 0;
    const flush = () => {
      for (; !ended && next < results.length && results[next] !== undefined; next++) {
        const result = results[next]!;
        results[next] = undefined;
        if (at !== cuts[next]) {
          // A record ran over the cut: this thread reads on from its end, below.
          ended = true;
          break;
        }
        settings.err(result.err);
        tally.bad += result.bad;
        const theirs = createReportAccumulator(run.options as unknown as ReportOptions, result.snapshot);
        others = others === undefined ? theirs : others.merge(theirs);
        at = result.stop.at;
        line += result.stop.lines;
        if (result.stop.stopped) {
          tally.stopped = true;
          stopped = true;
          ended = true;
        } else if (tally.bad > MANY_BAD_ROWS) {
          // Many bad rows: this thread reads the rest, writing them as they come (chunks read
          // ahead hold theirs until written, which would grow with the file).
          ended = true;
        }
      }
      if (ended) Atomics.store(plan.next, 1, -1); // no thread takes another chunk
    };
    // This thread takes chunks too, letting the workers' results in between, then waits for theirs.
    const take = chunkTaker(plan, 0);
    for (let result = take(); result !== undefined; result = take()) {
      results[result.chunk] = result;
      tick();
      flush();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (!ended && idle < workers.length && failures.length === 0) {
      flush();
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failures.length > 0) throw failures[0];
    flush();
    if (!ended && next < results.length) throw new Error("readReportCsv: a chunk was never read");
    if (!stopped && at < size) {
      reader.close();
      reader = openRange(path, { byte: at, layout, line }, settings, accumulators, onRow);
      const stop = reader.read(size);
      if (stop.failure !== undefined) throw stop.failure;
    }
    return others;
  } finally {
    clearInterval(timer);
    clearBar();
    reader.close();
    for (const worker of workers) void worker.terminate();
  }
}

/** `--jobs N`: threads reading a CSV file, 1 to 256; by default the machine's available parallelism. */
export function readJobs(flags: Map<string, string>): number {
  const value = flags.get("jobs");
  if (value === undefined) return availableParallelism();
  const jobs = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new UsageError(`--jobs must be a whole number from 1 to 256, got '${value}'`);
  return jobs;
}

/**
 * Private: the one CSV reader and writer of the project, shared by the CLI (`tthc report`,
 * `tthc sipas`, the `--csv` outputs) and the testing kit's scenario tables. Never re-exported.
 *
 * Reading follows RFC 4180 (quoted fields with delimiters, doubled quotes and line breaks inside),
 * plus what spreadsheets write: a UTF-8 BOM, LF or CRLF line ends, `,` `;` or tab as the delimiter
 * (detected from the header line: Vietnamese Windows and Excel use `;`). It is a push parser: the
 * CLI feeds file chunks, the testing kit one string, through the same state machine.
 *
 * Hostile input: every character is looked at a bounded number of times (linear time), and a bad
 * record costs only itself. An unclosed quote, text after a closing quote (`"a"b`) or a record
 * over `maxRecordChars` characters (as Python's `csv.field_size_limit`) is reported with the line
 * the record starts on, and reading goes on from the next physical line after that one. For that
 * the reader keeps the raw text of a record that spans lines (at most `maxRecordChars`), and reads
 * those lines again with one restriction: a quote still open at the end of one of them is that
 * line's problem. Without it, quotes that close and reopen (`a,"` / `",b` …) would pair up into a
 * new long record on every re-read, which is quadratic.
 */

/** A field separator the reader knows. */
export type CsvDelimiter = "," | ";" | "\t";

/** What can be wrong with a record. */
type CsvProblemCode = "UNCLOSED_QUOTE" | "TEXT_AFTER_QUOTE" | "RECORD_TOO_LONG";

/** One record: its fields and the physical line (1-based, after the BOM) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A record left out, with the line it starts on and a message in English and Vietnamese. */
export interface CsvProblem {
  readonly line: number;
  readonly code: CsvProblemCode;
  readonly message: string;
  readonly messageVi: string;
}

/** How to read. */
export interface CsvReaderOptions {
  /** The field separator; detected from the header line when absent. */
  readonly delimiter?: CsvDelimiter | undefined;
  /** Skip lines starting with `#` (outside quotes). @defaultValue `false` */
  readonly comments?: boolean;
  /** Longest record, in characters of raw text. @defaultValue `1_048_576` */
  readonly maxRecordChars?: number | undefined;
  /**
   * The line number of the first text pushed, when reading starts inside a file (a byte range read
   * apart): no BOM is looked for there. @defaultValue `1`, the start of the file
   */
  readonly firstLine?: number | undefined;
}

/** A push parser: `push` text in any pieces, then `end`. */
export interface CsvReader {
  push(chunk: string): void;
  end(): void;
  /** The delimiter in use, once known (given, or detected from the header line). */
  readonly delimiter: CsvDelimiter | undefined;
  /**
   * Whether the reader stands between records, in the state a reader started at this line would
   * be in (no record begun, no bad record's lines still to read again): text up to here may be read
   * elsewhere, then {@link CsvReader.skipLines} and `push` go on.
   */
  readonly between: boolean;
  /** The line the next record starts on, when {@link CsvReader.between}. */
  readonly line: number;
  /** Counts `count` lines read elsewhere (only {@link CsvReader.between} records). */
  skipLines(count: number): void;
}

/** `false` from a callback stops the reader: later pushes are ignored. */
type Sink<T> = (value: T) => unknown;

const LF = 10;
const CR = 13;
const QUOTE = 34;
const HASH = 35;

// States of the machine. LINE_START: between records; FIELD_START: after a delimiter; UNQUOTED and
// QUOTED: inside a field; AFTER_QUOTE: just after a quote inside a quoted field (closing, or the
// first of a doubled pair); AFTER_QUOTE_CR: a CR after a closing quote; SKIP_LINE: a comment, or
// what is left of the line of a bad record.
const LINE_START = 0;
const FIELD_START = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const AFTER_QUOTE = 4;
const AFTER_QUOTE_CR = 5;
const SKIP_LINE = 6;

/** The default of {@link CsvReaderOptions.maxRecordChars}: 1 MiB of text. */
const MAX_RECORD_CHARS = 1 << 20;

/**
 * The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes; a tie goes
 * to `,` then `;` (a one-column file is read with `,`).
 */
export function detectDelimiter(line: string): CsvDelimiter {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) comma++;
      else if (c === 59) semicolon++;
      else if (c === 9) tab++;
    }
  }
  if (tab > comma && tab > semicolon) return "\t";
  return semicolon > comma ? ";" : ",";
}

/** Whether a line or lone field is blank: spaces and tabs only (not `trim()`, which also drops a BOM). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Creates a push parser. Records and problems go to the callbacks as soon as they are complete;
 * either callback may return `false` to stop. A record that is one unquoted blank field (an empty
 * or whitespace-only line) is skipped.
 */
export function createCsvReader(
  options: CsvReaderOptions,
  onRecord: Sink<CsvRecord>,
  onProblem: Sink<CsvProblem>,
): CsvReader {
  const comments = options.comments === true;
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  let delimiter = options.delimiter;
  let delim = delimiter?.charCodeAt(0) ?? 0;

  let started = options.firstLine !== undefined; // the first push (BOM) is behind us
  let head = ""; // text held until the header line shows the delimiter
  let headScan = 0; // where the search for the header line goes on in `head`
  let stopped = false;
  let ended = false;

  let line = options.firstLine ?? 1; // physical line at the reading position
  let state = LINE_START;
  // The record in progress.
  let recLine = 1;
  let fields: string[] = [];
  let cur = ""; // the field in progress
  let fieldBlank = true; // `cur` holds spaces and tabs only (a quote may still open the field)
  let quotedAny = false;
  let recChars = 0; // raw characters of the record in earlier chunks
  let recFrom = 0; // where the record starts in the current chunk (0 if in an earlier one)
  let spans = false; // the record has crossed its first line end (inside quotes)
  let replayFrom = 0; // start of the text to keep, in the current chunk, once `spans`
  let replay: string[] = []; // raw text of earlier chunks from the line after `recLine`
  let rewind: string | undefined; // set by a bad record that spans lines: read this text next
  let restrictUntil = 0; // lines before this one are being read again: no quoted line breaks there

  let lfAt = -2; // cache of the next line end in the current chunk at or after the reading position

  /** Hands a record over; `false` back stops the reader. */
  const emit = (record: CsvRecord): void => {
    if (onRecord(record) === false) stopped = true;
  };

  /** Forgets the record in progress (not the position). */
  const resetRecord = (): void => {
    fields = [];
    cur = "";
    fieldBlank = true;
    quotedAny = false;
    recChars = 0;
    spans = false;
    replay = [];
  };

  /**
   * Reports the record in progress as bad and sets up recovery from the line after its first: read
   * again from the kept text when the record spans lines, else go on after the rest of the current
   * line (`ended`: the reading position is already past it).
   */
  const problem = (code: CsvProblemCode, text: Messages, s: string, ended: boolean): void => {
    if (onProblem({ line: recLine, code, ...text }) === false) stopped = true;
    if (spans) {
      replay.push(s.slice(replayFrom)); // the raw text from the record's second line to this chunk's end
      rewind = replay.length === 1 ? replay[0]! : replay.join(""); // one piece: a slice, not a copy
      restrictUntil = line;
      line = recLine + 1;
      state = LINE_START;
    } else state = ended ? LINE_START : SKIP_LINE;
    resetRecord();
  };

  /** A character other than a delimiter, quote or line end right after a closing quote. */
  const afterQuote = (s: string, char: string): void => {
    const shown = JSON.stringify(char);
    problem(
      "TEXT_AFTER_QUOTE",
      {
        message: `text ${shown} after a closing quote${line === recLine ? "" : ` (line ${line})`}`,
        messageVi: `ký tự ${shown} sau dấu ngoặc kép đóng${line === recLine ? "" : ` (dòng ${line})`}`,
      },
      s,
      false,
    );
  };

  /** Ends the record (its length is within the limit: {@link step} reads no further). */
  const endRecord = (): void => {
    fields.push(cur);
    const record = fields;
    const blank = record.length === 1 && !quotedAny && isBlank(cur);
    resetRecord();
    state = LINE_START;
    if (!blank) emit({ line: recLine, fields: record });
  };

  /** The general machine, from `start` to the end of the record or of the chunk; returns the new index. */
  const step = (s: string, start: number): number => {
    const length = s.length;
    // A record reads at most `max` characters, line end included: stop there, whatever the chunks.
    const n = state === SKIP_LINE ? length : Math.min(length, recFrom + max - recChars);
    let i = start;
    let from = i; // start of the run not yet added to `cur`
    while (i < n) {
      switch (state) {
        case FIELD_START:
          if (s.charCodeAt(i) === QUOTE) {
            state = QUOTED;
            quotedAny = true;
            from = ++i;
          } else {
            state = UNQUOTED;
            fieldBlank = true;
            from = i;
          }
          break;
        case UNQUOTED: {
          for (; i < n; i++) {
            const c = s.charCodeAt(i);
            if (c === delim || c === LF || c === QUOTE) break;
            if (fieldBlank && c !== 32 && c !== 9) fieldBlank = false;
          }
          if (i === n) break;
          const c = s.charCodeAt(i);
          if (c === QUOTE) {
            // Spaces before an opening quote are dropped (`a, "b, c"`); elsewhere a quote is text.
            if (fieldBlank) {
              state = QUOTED;
              quotedAny = true;
              cur = "";
              from = ++i;
            } else i++;
            break;
          }
          cur += s.slice(from, i);
          if (c === LF) {
            if (cur.charCodeAt(cur.length - 1) === CR) cur = cur.slice(0, -1);
            line++;
            i++;
            endRecord();
            return i;
          }
          fields.push(cur);
          cur = "";
          state = FIELD_START;
          from = ++i;
          break;
        }
        case QUOTED: {
          let q = s.indexOf('"', i);
          if (q >= n) q = -1;
          const stop = q < 0 ? n : q;
          // Line ends inside the quotes: counted once each (the cache keeps this linear).
          for (;;) {
            if (lfAt !== -1 && lfAt < i) lfAt = s.indexOf("\n", i);
            if (lfAt < 0 || lfAt >= stop) break;
            line++;
            if (line <= restrictUntil) {
              // Reading again the lines a bad record spanned: a quote left open at the end of one
              // of them is that line's problem. Otherwise those lines could be re-paired into a new
              // long record, again and again (quadratic time).
              problem("UNCLOSED_QUOTE", UNCLOSED, s, true);
              return lfAt + 1;
            }
            if (!spans) {
              spans = true;
              replayFrom = lfAt + 1;
            }
            i = lfAt + 1;
          }
          if (q < 0) {
            i = n;
            break;
          }
          cur += s.slice(from, q);
          state = AFTER_QUOTE;
          i = q + 1;
          from = i;
          break;
        }
        case AFTER_QUOTE: {
          const c = s.charCodeAt(i);
          if (c === QUOTE) {
            // A doubled quote: the second one starts the next run of text.
            state = QUOTED;
            from = i++;
          } else if (c === delim) {
            fields.push(cur);
            cur = "";
            state = FIELD_START;
            from = ++i;
          } else if (c === LF) {
            line++;
            i++;
            endRecord();
            return i;
          } else if (c === CR) {
            state = AFTER_QUOTE_CR;
            from = ++i;
          } else {
            afterQuote(s, s.charAt(i));
            return i;
          }
          break;
        }
        case AFTER_QUOTE_CR:
          if (s.charCodeAt(i) === LF) {
            line++;
            i++;
            endRecord();
            return i;
          }
          afterQuote(s, "\r");
          return i;
        case SKIP_LINE: {
          const nl = s.indexOf("\n", i);
          if (nl < 0) return length;
          line++;
          state = LINE_START;
          return nl + 1;
        }
        default:
          return i;
      }
    }
    if (n < length) {
      // The record reached the limit inside this chunk.
      problem("RECORD_TOO_LONG", tooLong(max, state === QUOTED), s, false);
      return n;
    }
    // End of the chunk inside a record: keep the pending text and what a rewind would need.
    if (state === UNQUOTED || state === QUOTED) cur += s.slice(from, n);
    recChars += n - recFrom;
    if (spans) replay.push(s.slice(replayFrom));
    replayFrom = 0;
    recFrom = 0;
    return n;
  };

  /** Reads one piece of text with the delimiter known. */
  const feed = (text: string): void => {
    let s = text;
    let n = s.length;
    let i = 0;
    let quoteAt = -2; // cache of the next quote in `s` at or after `i` (-1: none; -2: unknown)
    lfAt = -2;
    while (i < n && !stopped) {
      if (state === LINE_START) {
        recLine = line;
        recFrom = i;
        if (comments && s.charCodeAt(i) === HASH) {
          state = SKIP_LINE;
          continue;
        }
        // Fast path: a whole line in this chunk without a quote is split at once.
        const nl = s.indexOf("\n", i);
        if (nl >= 0) {
          if (quoteAt !== -1 && quoteAt < i) quoteAt = s.indexOf('"', i);
          if (quoteAt < 0 || quoteAt > nl) {
            const end = nl > i && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
            const at = line++;
            const start = i;
            i = nl + 1;
            if (i - start > max) {
              if (onProblem({ line: at, code: "RECORD_TOO_LONG", ...tooLong(max, false) }) === false) stopped = true;
              continue;
            }
            const row = s.slice(start, end);
            if (isBlank(row) && !row.includes(delimiter!)) continue;
            emit({ line: at, fields: row.split(delimiter!) });
            continue;
          }
        }
        state = FIELD_START;
      }
      i = step(s, i);
      if (rewind !== undefined) {
        s = rewind;
        rewind = undefined;
        n = s.length;
        i = 0;
        quoteAt = -2;
        lfAt = -2;
      }
    }
  };

  /** Holds text until the header line shows the delimiter (`final`: no more text is coming). */
  const detect = (final: boolean): void => {
    for (;;) {
      const nl = head.indexOf("\n", headScan);
      const row = head.slice(headScan, nl < 0 ? head.length : nl);
      if (nl >= 0 && (isBlank(row) || (comments && row.charCodeAt(0) === HASH))) {
        headScan = nl + 1;
        continue;
      }
      if (nl < 0 && !final && head.length - headScan <= max) return;
      delimiter = detectDelimiter(row);
      delim = delimiter.charCodeAt(0);
      const text = head;
      head = "";
      feed(text);
      return;
    }
  };

  return {
    push(chunk: string): void {
      if (stopped || ended || chunk.length === 0) return;
      let text = chunk;
      if (!started) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (delimiter === undefined) {
        head += text;
        detect(false);
      } else feed(text);
    },
    end(): void {
      if (ended) return;
      if (delimiter === undefined) detect(true);
      ended = true;
      // A quoted field still open at the end: report it, then read again from its second line.
      while (!stopped && state !== LINE_START && state !== SKIP_LINE) {
        if (state === QUOTED) problem("UNCLOSED_QUOTE", UNCLOSED, "", false);
        else {
          if (state === UNQUOTED && cur.charCodeAt(cur.length - 1) === CR) cur = cur.slice(0, -1);
          endRecord();
        }
        if (rewind !== undefined) {
          const text = rewind;
          rewind = undefined;
          feed(text);
        }
      }
    },
    get delimiter() {
      return delimiter;
    },
    get between() {
      return state === LINE_START && head === "" && delimiter !== undefined && restrictUntil <= line && !stopped;
    },
    get line() {
      return line;
    },
    skipLines(count: number): void {
      line += count;
    },
  };
}

/** A problem's message in English and Vietnamese. */
interface Messages {
  readonly message: string;
  readonly messageVi: string;
}

const UNCLOSED: Messages = Object.freeze({
  message: "a quoted cell is never closed",
  messageVi: "ô có dấu ngoặc kép không được đóng",
});

/** The messages of a record longer than `max` (`open`: still inside quotes, likely never closed). */
const tooLong = (max: number, open: boolean): Messages => ({
  message: `record longer than ${max} characters${open ? " (a quoted cell never closed?)" : ""}`,
  messageVi: `bản ghi dài quá ${max} ký tự${open ? " (ô có dấu ngoặc kép không được đóng?)" : ""}`,
});

/**
 * Reads a whole text (what the testing kit does): the records and the problems, each in order,
 * and the delimiter used.
 */
export function readCsv(
  text: string,
  options: CsvReaderOptions = {},
): { records: CsvRecord[]; problems: CsvProblem[]; delimiter: CsvDelimiter } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const reader = createCsvReader(
    options,
    (r) => {
      records.push(r);
    },
    (p) => {
      problems.push(p);
    },
  );
  reader.push(text);
  reader.end();
  return { records, problems, delimiter: reader.delimiter ?? "," };
}

/**
 * One field as CSV text (RFC 4180): quoted, quotes doubled, when it holds the delimiter, a quote,
 * CR or LF; otherwise as is. The CLI's outputs never need more; a writer of arbitrary tables would
 * also quote a lone blank field (else read as a blank line) and a U+FEFF opening the file.
 */
export function formatCsvField(value: unknown, delimiter: CsvDelimiter = ","): string {
  const text = value === null || value === undefined ? "" : String(value);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === LF || c === CR || c === delimiter.charCodeAt(0)) return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

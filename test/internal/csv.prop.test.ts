import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  type CsvDelimiter,
  type CsvProblem,
  type CsvReaderOptions,
  type CsvRecord,
  createCsvReader,
} from "../../src/_internal/csv.js";

/**
 * An independent writer (not the project's): quote a field holding the delimiter, a quote, CR or
 * LF by RFC 4180; also quote a lone field of spaces and tabs, which would otherwise be a blank
 * line, and a first field starting with U+FEFF when no BOM is written, which would be taken for one.
 */
function write(table: string[][], delimiter: string, eol: string, bom: boolean, lastEol: boolean): string {
  const line = (row: string[], r: number) =>
    row
      .map((f, c) =>
        f.includes(delimiter) ||
        f.includes('"') ||
        f.includes("\r") ||
        f.includes("\n") ||
        (row.length === 1 && /^[ \t]*$/.test(f)) ||
        (!bom && r === 0 && c === 0 && f.startsWith("\uFEFF"))
          ? `"${f.split('"').join('""')}"`
          : f,
      )
      .join(delimiter);
  return (bom ? "\uFEFF" : "") + table.map(line).join(eol) + (lastEol ? eol : "");
}

/** Reads `text` pushed in pieces of the given sizes (cycled); records and problems in order. */
function read(text: string, sizes: readonly number[], options: CsvReaderOptions) {
  const events: (CsvRecord | CsvProblem)[] = [];
  const reader = createCsvReader(
    options,
    (r) => events.push(r),
    (p) => events.push(p),
  );
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes.length === 0 ? text.length : sizes[k % sizes.length]!;
    reader.push(text.slice(i, i + size));
    i += size;
  }
  reader.end();
  return events.map((e) => ("fields" in e ? { line: e.line, fields: e.fields } : { line: e.line, code: e.code }));
}

const DELIMITERS: CsvDelimiter[] = [",", ";", "\t"];
const char = fc.constantFrom("a", "Ư", "ệ", " ", '"', ",", ";", "\t", "\n", "\r", "#", "\uFEFF", "😀");
const field = fc.string({ unit: char, maxLength: 8 });
const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 12 }))
  .chain(([columns, rows]) =>
    fc.array(fc.array(field, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );
const pieces = fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 });

describe("CSV reader, seeded fuzz", () => {
  test.prop(
    [table, fc.constantFrom(...DELIMITERS), fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.boolean(), pieces],
    { seed: 20251203, numRuns: 3000 },
  )(
    "written tables read back as written, in any pieces, with their line numbers",
    (rows, delimiter, eol, bom, lastEol, sizes) => {
      const text = write(rows, delimiter, eol, bom, lastEol);
      // Each row starts one line after the previous row's line breaks (counted on the written text).
      const expected: { line: number; fields: string[] }[] = [];
      let line = 1;
      for (const row of rows) {
        expected.push({ line, fields: row });
        line += (write([row], delimiter, eol, false, true).match(/\n/g) ?? []).length;
      }
      expect(read(text, sizes, { delimiter })).toEqual(expected);
    },
  );

  test.prop(
    [
      fc.array(fc.stringMatching(/^[a-zA-Z.]{1,6}$/), { minLength: 2, maxLength: 6 }),
      fc.constantFrom(...DELIMITERS),
      table,
    ],
    {
      seed: 20251204,
      numRuns: 500,
    },
  )("the delimiter is found from a header of column names", (header, delimiter, rows) => {
    const body = rows.map((r) => [...r, ...header.map(() => "")].slice(0, header.length));
    const text = write([header, ...body], delimiter, "\n", false, true);
    expect(read(text, [], {})).toEqual(read(text, [], { delimiter }));
  });

  const garbage = fc.string({
    unit: fc.constantFrom('"', '"', ",", ";", "\t", "\n", "\r", "a", " ", "#", "\uFEFF"),
    maxLength: 200,
  });
  const options = fc.record({
    delimiter: fc.option(fc.constantFrom(...DELIMITERS), { nil: undefined }),
    comments: fc.boolean(),
    maxRecordChars: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  });

  test.prop([garbage, options, pieces], { seed: 20251205, numRuns: 5000 })(
    "garbage: no throw, only the documented problems, lines increasing, same in any pieces",
    (text, o, sizes) => {
      const events = read(text, sizes, o);
      const lines = text.split("\n").length;
      let last = 0;
      for (const e of events) {
        if ("code" in e) expect(["UNCLOSED_QUOTE", "TEXT_AFTER_QUOTE", "RECORD_TOO_LONG"]).toContain(e.code);
        expect(e.line).toBeGreaterThan(last);
        expect(e.line).toBeLessThanOrEqual(lines);
        last = e.line;
      }
      expect(read(text, [], o)).toEqual(events);
    },
  );

  test.prop([fc.array(garbage, { minLength: 1, maxLength: 4 })], { seed: 20251206, numRuns: 20 })(
    "garbage repeated to 100,000 characters reads in well under a second or so",
    (parts) => {
      const unit = parts.join("") || '"';
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const t = performance.now();
      read(text, [4096], {});
      expect(performance.now() - t).toBeLessThan(2000);
    },
  );
});

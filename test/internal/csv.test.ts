import { describe, expect, it } from "vitest";
import {
  type CsvProblem,
  type CsvReaderOptions,
  type CsvRecord,
  createCsvReader,
  detectDelimiter,
  formatCsvField,
  readCsv,
} from "../../src/_internal/csv.js";
import { isTthcError, type TthcError } from "../../src/errors.js";
import { parseScenarioCsv } from "../../src/testing/index.js";

/** The fields of each record. */
const fields = (text: string, options: CsvReaderOptions = {}) => readCsv(text, options).records.map((r) => r.fields);
/** `[line, fields]` of each record and `[line, code]` of each problem. */
function read(text: string, options: CsvReaderOptions = {}) {
  const { records, problems } = readCsv(text, options);
  return {
    records: records.map((r) => [r.line, r.fields] as const),
    problems: problems.map((p) => [p.line, p.code] as const),
  };
}

/** The same text pushed in pieces of `size` characters. */
function readChunked(text: string, size: number, options: CsvReaderOptions = {}) {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const reader = createCsvReader(
    options,
    (r) => records.push(r),
    (p) => problems.push(p),
  );
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  reader.end();
  return {
    records: records.map((r) => [r.line, r.fields] as const),
    problems: problems.map((p) => [p.line, p.code] as const),
  };
}

// RFC 4180 (October 2005), section 2 "Definition of the CSV Format", rules 1–7 and their examples.
describe("RFC 4180, section 2", () => {
  it("1. each record on its own line, ended by CRLF", () => {
    expect(fields("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")).toEqual([
      ["aaa", "bbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
  });

  it("2. the last record may lack the line break", () => {
    expect(fields("aaa,bbb,ccc\r\nzzz,yyy,xxx")).toEqual([
      ["aaa", "bbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
  });

  it("3. an optional header line in the same format", () => {
    expect(fields("field_name,field_name,field_name\r\naaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")[0]).toEqual([
      "field_name",
      "field_name",
      "field_name",
    ]);
  });

  it("4. spaces are part of a field; the last field has no trailing comma", () => {
    expect(fields("aaa , bbb ,ccc")).toEqual([["aaa ", " bbb ", "ccc"]]);
    expect(fields("aaa,bbb,\r\n")).toEqual([["aaa", "bbb", ""]]);
  });

  it("5. fields may be enclosed in double quotes", () => {
    expect(fields('"aaa","bbb","ccc"\r\nzzz,yyy,xxx')).toEqual([
      ["aaa", "bbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
  });

  it("6. line breaks, double quotes and commas inside quotes", () => {
    expect(fields('"aaa","b\r\nbb","ccc"\r\nzzz,yyy,xxx')).toEqual([
      ["aaa", "b\r\nbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
    expect(fields('"a,b",c')).toEqual([["a,b", "c"]]);
  });

  it("7. a double quote inside quotes is escaped by doubling it", () => {
    expect(fields('"aaa","b""bb","ccc"')).toEqual([["aaa", 'b"bb', "ccc"]]);
    expect(fields('"""",""""""')).toEqual([['"', '""']]);
  });

  it("empty quoted and unquoted fields", () => {
    expect(fields('a,"",,""\n')).toEqual([["a", "", "", ""]]);
  });
});

describe("what spreadsheets write", () => {
  it("a UTF-8 BOM before the header is not part of the first column", () => {
    expect(fields("\uFEFFname,note\nx,y")).toEqual([
      ["name", "note"],
      ["x", "y"],
    ]);
    // Only at the very start: later it is text.
    expect(fields("a\n\uFEFFb")).toEqual([["a"], ["\uFEFFb"]]);
  });

  it("LF and CRLF, mixed; CR elsewhere is text", () => {
    expect(fields("a,b\nc,d\r\ne,f")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
    expect(fields("a\rb,c\n")).toEqual([["a\rb", "c"]]);
  });

  it("blank lines are skipped, a line of delimiters is a record", () => {
    expect(read("a,b\n\n  \r\n1,2\n,\n")).toEqual({
      records: [
        [1, ["a", "b"]],
        [4, ["1", "2"]],
        [5, ["", ""]],
      ],
      problems: [],
    });
  });

  it("spaces before an opening quote are dropped; a quote inside an unquoted field is text", () => {
    expect(fields('a, "b, c"')).toEqual([["a", "b, c"]]);
    expect(fields('ab"c,d')).toEqual([['ab"c', "d"]]);
  });

  it("`#` comment lines when asked", () => {
    expect(read("# a comment\nname\n#x,y\nz\n", { comments: true }).records).toEqual([
      [2, ["name"]],
      [4, ["z"]],
    ]);
    expect(fields("#x\n")).toEqual([["#x"]]);
  });

  it("each record knows the physical line it starts on", () => {
    expect(read('h1,h2\n"a\nb\nc",d\ne,f\n').records).toEqual([
      [1, ["h1", "h2"]],
      [2, ["a\nb\nc", "d"]],
      [5, ["e", "f"]],
    ]);
  });
});

describe("delimiter", () => {
  it("is detected from the header line: `,` `;` or tab, outside quotes", () => {
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("mã hồ sơ;ngày nhận;trạng thái")).toBe(";");
    expect(detectDelimiter("a\tb")).toBe("\t");
    expect(detectDelimiter('"a,b,c";d')).toBe(";");
    expect(detectDelimiter("single")).toBe(",");
    expect(detectDelimiter("a,b;c")).toBe(","); // a tie goes to the comma
  });

  it("detection skips blank and comment lines, then reads every line with it", () => {
    const r = readCsv("\n# x,y,z\nname;note\n1,5;x\n", { comments: true });
    expect(r.delimiter).toBe(";");
    expect(r.records.map((x) => x.fields)).toEqual([
      ["name", "note"],
      ["1,5", "x"],
    ]);
  });

  it("a header split over many pushes", () => {
    expect(readChunked("na;me\n1;2\n", 1).records).toEqual([
      [1, ["na", "me"]],
      [2, ["1", "2"]],
    ]);
  });

  it("can be forced", () => {
    expect(fields("a;b,c\n", { delimiter: "," })).toEqual([["a;b", "c"]]);
    expect(fields("a,b\tc\n", { delimiter: "\t" })).toEqual([["a,b", "c"]]);
  });
});

describe("bad records cost only themselves", () => {
  it("an unclosed quote: reported on the line it opens, reading goes on from the next line", () => {
    expect(read('a,b\n"open,1\n2,3\n4,5\n')).toEqual({
      records: [
        [1, ["a", "b"]],
        [3, ["2", "3"]],
        [4, ["4", "5"]],
      ],
      problems: [[2, "UNCLOSED_QUOTE"]],
    });
    expect(read('a,b\nx,"y')).toEqual({ records: [[1, ["a", "b"]]], problems: [[2, "UNCLOSED_QUOTE"]] });
  });

  it("text after a closing quote is an error for that record, with its line", () => {
    expect(read('a,b\n"x"y,1\n2,3\n')).toEqual({
      records: [
        [1, ["a", "b"]],
        [3, ["2", "3"]],
      ],
      problems: [[2, "TEXT_AFTER_QUOTE"]],
    });
    expect(readCsv('"x" ,1').problems[0]?.message).toBe('text " " after a closing quote');
    expect(readCsv('"x"\r1').problems[0]?.code).toBe("TEXT_AFTER_QUOTE");
  });

  it("a stray quote does not swallow the rows up to the next quote", () => {
    // Line 2 opens a quote that line 4's quote closes; lines 3 and 4 are read again.
    const r = readCsv('a,b\n"x\n1,2\n"y,3\n4,5\n');
    expect(r.records.map((x) => [x.line, x.fields])).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
      [5, ["4", "5"]],
    ]);
    expect(r.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [2, "TEXT_AFTER_QUOTE", 'text "y" after a closing quote (line 4)'],
      [4, "UNCLOSED_QUOTE", "a quoted cell is never closed"],
    ]);
  });

  it("a record longer than maxRecordChars", () => {
    expect(read("a,b\n12345,6\nc,d\n", { maxRecordChars: 5 })).toEqual({
      records: [
        [1, ["a", "b"]],
        [3, ["c", "d"]],
      ],
      problems: [[2, "RECORD_TOO_LONG"]],
    });
    // Still open at the limit: reported, and read again from its second line.
    expect(read('a\n"1\n2\n3\n4\n5\n6\n', { maxRecordChars: 6 }).records.map(([line]) => line)).toEqual([
      1, 3, 4, 5, 6, 7,
    ]);
  });

  it("the same records and problems whatever the pieces pushed", () => {
    // Fuzz counterexamples: the limit is checked at the exact character; a BOM inside is text.
    expect(readChunked('"";', 1, { maxRecordChars: 1 })).toEqual(read('"";', { maxRecordChars: 1 }));
    expect(readChunked("\n\uFEFF\n", 1)).toEqual(read("\n\uFEFF\n"));
    const text = 'a,b\r\n1,"x, ""y"""\r\n"multi\nline",z\r\n"bad"x,1\n"open\nq,r\n\uFEFF;\n';
    const whole = read(text);
    for (let size = 1; size <= 9; size++) expect(readChunked(text, size)).toEqual(whole);
  });

  it("a callback returning false stops the reader", () => {
    const seen: number[] = [];
    const reader = createCsvReader(
      {},
      (r) => {
        seen.push(r.line);
        return r.line < 2;
      },
      () => false,
    );
    reader.push("a\nb\nc\nd\n");
    reader.push("e\n");
    reader.end();
    expect(seen).toEqual([1, 2]);
  });
});

describe("linear time on hostile input", () => {
  const lines = 200_000;
  const rows = "1,2,3,4\n".repeat(lines);

  it(`an unclosed quote on line 1 of ${lines.toLocaleString("en-US")} lines`, () => {
    const t = performance.now();
    const whole = readCsv(`"a,b,c,d\n${rows}`);
    const chunks = readChunked(`"a,b,c,d\n${rows}`, 65_536);
    const seconds = (performance.now() - t) / 1000;
    expect(whole.problems.map((p) => p.line)).toEqual([1]);
    expect(whole.records).toHaveLength(lines);
    expect(whole.records[0]?.line).toBe(2);
    expect(chunks.records).toHaveLength(lines);
    expect(chunks.problems).toEqual([[1, "RECORD_TOO_LONG"]]);
    expect(seconds).toBeLessThan(5);
  });

  // Fuzz counterexample: quoted fields that close and reopen across lines make one record run to
  // the end; reading it again from each next line must not re-pair the same quotes every time.
  it("quotes that re-pair into a long record on every re-read", () => {
    const t = performance.now();
    const r = readCsv('#","\n'.repeat(lines / 4));
    expect(r.problems).toHaveLength(lines / 4);
    expect((performance.now() - t) / 1000).toBeLessThan(5);
  });

  it("a quote on every line", () => {
    const t = performance.now();
    const r = readCsv('a,"b\n'.repeat(lines));
    expect(r.problems).toHaveLength(lines);
    expect(r.records).toHaveLength(0);
    const doubled = readCsv('"a""b""\n'.repeat(lines / 4)); // every doubled quote escapes, none closes
    expect(doubled.problems.length).toBeGreaterThan(0);
    expect((performance.now() - t) / 1000).toBeLessThan(5);
  });
});

describe("formatCsvField", () => {
  it("quotes only what needs it, doubling quotes", () => {
    expect(formatCsvField("plain")).toBe("plain");
    expect(formatCsvField("a,b")).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField("two\nlines")).toBe('"two\nlines"');
    expect(formatCsvField("cr\r")).toBe('"cr\r"');
    expect(formatCsvField("a;b")).toBe("a;b");
    expect(formatCsvField("a;b", ";")).toBe('"a;b"');
    expect(formatCsvField(null)).toBe("");
    expect(formatCsvField(true)).toBe("true");
  });
});

describe("the testing kit reads scenario tables with it", () => {
  const thrown = (f: () => unknown): TthcError => {
    try {
      f();
    } catch (error) {
      if (isTthcError(error)) return error;
    }
    throw new Error("expected a TthcError");
  };

  it("text after a closing quote is refused with the row's line, not dropped or glued", () => {
    const error = thrown(() => parseScenarioCsv('name,note\nok,x\n"a"b,y\n'));
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.path).toEqual([3]);
  });

  it("an unclosed quote names the line it opens on", () => {
    expect(thrown(() => parseScenarioCsv('name,note\nok,x\n"a,y\nz,w\n')).path).toEqual([3]);
  });

  it("a semicolon table from Excel", () => {
    expect(parseScenarioCsv("name;note\r\na;b, c\r\n")).toEqual([{ line: 2, name: "a", note: "b, c" }]);
  });
});

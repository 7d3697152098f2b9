/**
 * `tthc report` over a CSV file reads plain lines as bytes, on several threads (src/cli/_fastReport.ts),
 * and hands everything else to the shared CSV reader. Differential test: on generated files with
 * bad rows, quotes, line breaks inside quoted cells, a BOM, CRLF, empty and blank lines, `;` and
 * tab delimiters and unusual instants, the CLI's whole output (stdout, stderr, exit code; JSON and
 * CSV) is the same with 1 to 4 threads cut anywhere as through the reference path (the same file
 * piped to `-`, read by the shared reader line by line).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runReport } from "../../src/cli/report.js";
import { CSV_COLUMNS, csvLine, generateRecords, rng } from "../report/_generate.js";

const dir = mkdtempSync(join(tmpdir(), "tthc-report-fast-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(args: readonly string[], context: Parameters<typeof runReport>[3] = {}): Promise<Run> {
  let out = "";
  let err = "";
  const code = await runReport(
    args,
    (s) => (out += s),
    (s) => (err += s),
    context,
  );
  return { code, out, err };
}

/** The reference: the same bytes on standard input, read by the shared reader only. */
function reference(bytes: Buffer, args: readonly string[]): Promise<Run> {
  // Pieces of odd sizes, so that lines and characters are cut across chunks.
  async function* pieces() {
    for (let at = 0; at < bytes.length; at += 4093) yield bytes.subarray(at, at + 4093);
  }
  return cli(["-", ...args], { stdin: pieces() });
}

/** What may happen to a line, each with its weight. */
const MUTATIONS: readonly ((cells: string[], random: () => number, d: string) => string | string[])[] = [
  // Bad rows the record checks refuse.
  (c) => cellsWith(c, "status", "done"),
  (c) => cellsWith(c, "receivedAt", "2026-13-01T09:00:00+07:00"),
  (c) => cellsWith(c, "receivedAt", "2026-10-01T09:00:00+15:00"),
  (c) => cellsWith(c, "channel", "Online"),
  (c) => cellsWith(c, "procedureCode", ""),
  (c) => cellsWith(c, "dueDate", "2026-02-30"),
  (c) => cellsWith(c, "returnedAt", "2020-01-01T00:00:00+07:00"),
  (c) => cellsWith(c, "channel", " online"),
  // Cells the CSV reader refuses.
  (c, _r, d) => `${c.join(d)}${d}extra`,
  (c, _r, d) => c.slice(0, -2).join(d),
  (c, _r, d) => `${c.slice(0, 3).join(d)}${d}"unclosed${d}${c.slice(4).join(d)}`,
  (c, _r, d) => `${c.slice(0, 3).join(d)}${d}"a"b${d}${c.slice(4).join(d)}`,
  // Good rows the byte path hands over: quotes, a quoted line break, unusual but valid values.
  (c, _r, d) => c.map((v) => (v === "" ? v : `"${v}"`)).join(d),
  (c, _r, d) => cellsWith(c, "sector", `"Hộ ""tịch""${d} cấp xã"`).join(d),
  (c, _r, d) => cellsWith(c, "sector", '"Hộ tịch\ncấp xã"').join(d),
  (c, _r, d) => cellsWith(c, "competentAgency", '"000.00.12.H26\r\n(ủy quyền)"').join(d),
  (c) => cellsWith(c, "receivedAt", "2026-10-02T09:00:00.5+07:00"),
  (c) => cellsWith(c, "receivedAt", "2026-10-02 09:00+07:00"),
  (c) => cellsWith(c, "receivedAt", "2026-10-02T02:00:00Z"),
  (c) => cellsWith(c, "sector", "\uFEFFXây dựng"),
  (c, _r, d) => `\uFEFF${c.join(d)}`,
  // Blank and odd lines.
  () => "",
  () => "  \t ",
  (c, _r, d) => `${c.join(d)}\r`,
  (c, _r, d) => `# ${c.join(d)}`,
];

/** The cells with `column` set to `value` (a string already quoted, when it is to be). */
function cellsWith(cells: string[], column: string, value: string): string[] {
  const k = CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number]);
  return cells.map((v, i) => (i === k ? value : v));
}

/** A generated CSV file's bytes: `rows` records, about `rate` of them changed by a mutation. */
function generate(seed: number, rows: number, rate: number, d: string, crlf: boolean, bom: boolean): Buffer {
  const random = rng(seed);
  const lines = [CSV_COLUMNS.join(d)];
  for (const { record } of generateRecords(rows, seed)) {
    const cells = csvLine(record).split(",");
    if (random() < rate) {
      const mutate = MUTATIONS[Math.floor(random() * MUTATIONS.length)]!;
      const line = mutate(cells, random, d);
      lines.push(Array.isArray(line) ? line.join(d) : line);
    } else lines.push(cells.join(d));
  }
  const eol = crlf ? "\r\n" : "\n";
  const text = `${bom ? "\uFEFF" : ""}${lines.join(eol)}${random() < 0.5 ? eol : ""}`;
  return Buffer.from(text, "utf8");
}

/** Output formats, each with the thread counts tried (a worker costs a second or so under tsx). */
const FORMATS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [["--json"], ["1", "2", "4"]],
  [["--csv"], ["1", "3"]],
  [[], ["2"]],
];

describe("tthc report over a CSV file: the byte path and threads give the reference output", () => {
  const cases = [
    { seed: 1, rows: 3000, rate: 0.05, d: ",", crlf: false, bom: false },
    { seed: 2, rows: 3000, rate: 0.2, d: ",", crlf: true, bom: true },
    { seed: 3, rows: 2000, rate: 0.1, d: ";", crlf: true, bom: false },
    { seed: 4, rows: 2000, rate: 0.1, d: "\t", crlf: false, bom: true },
    // Nearly every line changed: cuts fall inside quoted line breaks and bad records.
    { seed: 5, rows: 1500, rate: 0.9, d: ",", crlf: false, bom: false },
    { seed: 6, rows: 1500, rate: 0.9, d: ",", crlf: true, bom: true },
  ];
  for (const c of cases) {
    it(`seed ${c.seed}: delimiter ${JSON.stringify(c.d)}, ${c.rate * 100} % changed lines${c.crlf ? ", CRLF" : ""}${c.bom ? ", BOM" : ""}`, async () => {
      const bytes = generate(c.seed, c.rows, c.rate, c.d, c.crlf, c.bom);
      const path = join(dir, `seed${c.seed}.csv`);
      writeFileSync(path, bytes);
      for (const [format, threads] of FORMATS) {
        const args = ["--period", "2026-10", "--by", "agency", ...format];
        const expected = await reference(bytes, args);
        expect(expected.code).toBe(0);
        for (const jobs of threads) {
          // Ranges of a few kilobytes: cuts land everywhere, inside quoted cells too.
          const got = await cli([path, ...args, "--jobs", jobs], { smallestRange: 1 });
          expect(got, `--jobs ${jobs} ${format.join(" ")}`).toEqual(expected);
        }
      }
      // --strict stops at the first bad row in file order, whatever thread finds it.
      const strict = ["--period", "2026-10", "--json", "--strict"];
      const expected = await reference(bytes, strict);
      for (const jobs of ["1", "3"]) {
        expect(await cli([path, ...strict, "--jobs", jobs], { smallestRange: 1 }), `--strict --jobs ${jobs}`).toEqual(
          expected,
        );
      }
    }, 120_000);
  }

  it("a file of the byte path's plain lines only gives what the accumulator gives through the reference", async () => {
    const bytes = generate(7, 5000, 0, ",", false, false);
    const path = join(dir, "plain.csv");
    writeFileSync(path, bytes);
    for (const by of ["none", "agency", "competentAgency", "sector", "procedure", "channel"]) {
      const args = ["--period", "2026-Q4", "--by", by, "--json", "--granularity", "minute"];
      const expected = await reference(bytes, args);
      expect(await cli([path, ...args, "--jobs", "2"], { smallestRange: 1 })).toEqual(expected);
    }
  }, 60_000);

  it("past 10,000 bad rows the main thread reads on alone: the same output", async () => {
    const text = generate(9, 16_000, 0, ",", false, false)
      .toString("utf8")
      .replace(
        /,(received|returned|inProcess|resolved|interAgency|supplementRequested|paymentRequested|withdrawn|stopped),/g,
        ",done,",
      );
    const bytes = Buffer.from(text, "utf8");
    const path = join(dir, "many-bad.csv");
    writeFileSync(path, bytes);
    const args = ["--period", "2026-10", "--by", "agency", "--json"];
    const expected = await reference(bytes, args);
    expect(expected.err.split("\n").length).toBeGreaterThan(10_000);
    expect(await cli([path, ...args, "--jobs", "2"], { smallestRange: 1 })).toEqual(expected);
  }, 60_000);

  it("with --html, the months of a quarter are counted from the bytes too: the same page", async () => {
    const bytes = generate(8, 3000, 0.1, ",", false, false);
    const path = join(dir, "months.csv");
    writeFileSync(path, bytes);
    const pages = [join(dir, "fast.html"), join(dir, "reference.html")];
    const args = ["--period", "2026-Q4", "--by", "agency", "--json"];
    const fast = await cli([path, ...args, "--html", pages[0]!, "--jobs", "2"], { smallestRange: 1 });
    const expected = await reference(bytes, [...args, "--html", pages[1]!]);
    expect(fast.out).toBe(expected.out);
    expect(fast.err.replace(pages[0]!, "")).toBe(expected.err.replace(pages[1]!, ""));
    // ECharts numbers its style classes by renders in the process (zr0-cls-0, zr3-cls-9…): not data.
    const page = (file: string) => readFileSync(file, "utf8").replace(/zr\d+-cls-\d+/g, "zr-cls");
    expect(page(pages[0]!)).toBe(page(pages[1]!));
  }, 60_000);

  it("an empty file, a header alone, and a header without a needed column, as the reference", async () => {
    for (const [name, text] of [
      ["empty.csv", ""],
      ["header.csv", `${CSV_COLUMNS.join(",")}\n`],
      ["header-crlf-bom.csv", `\uFEFF\r\n${CSV_COLUMNS.join(",")}`],
      ["missing.csv", "code,status\nA,received\n"],
      ["quoted-header.csv", `"code","procedure\nCode",${CSV_COLUMNS.slice(2).join(",")}\n`],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const args = ["--period", "2026-10", "--json"];
      expect(await cli([path, ...args, "--jobs", "2"], { smallestRange: 1 }), name).toEqual(
        await reference(Buffer.from(text), args),
      );
    }
  });

  it("refuses a --jobs that is not a whole number from 1 to 256", async () => {
    for (const jobs of ["0", "257", "two", "1.5", "-1"]) {
      const r = await cli(["x.csv", "--period", "2026-10", `--jobs=${jobs}`]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--jobs");
    }
  });
});

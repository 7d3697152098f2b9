import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runReport } from "../../src/cli/report.js";
import { runSipas } from "../../src/cli/sipas.js";
import { PROCESSING_COLUMNS, summarizeProcessing } from "../../src/report/index.js";
import { CSV_COLUMNS, csvLine, generateRecords } from "./_generate.js";

const dir = mkdtempSync(join(tmpdir(), "tthc-cli-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function cli(fn: typeof runReport | typeof runSipas, args: string[], errIsTTY = false) {
  let out = "";
  let err = "";
  const code = await fn(
    args,
    (s) => (out += s),
    (s) => (err += s),
    { errIsTTY },
  );
  return { code, out, err };
}

const records = [...generateRecords(2000, 99)].map((g) => g.record);
const csv = file("dossiers.csv", `\uFEFF${CSV_COLUMNS.join(",")}\r\n${records.map(csvLine).join("\r\n")}\r\n`);
const expected = summarizeProcessing(records, { period: "2026-10", by: "agency" });

describe("tthc report", () => {
  it("CSV → JSON equals summarizeProcessing", async () => {
    const r = await cli(runReport, [csv, "--period", "2026-10", "--by", "agency", "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(json.rows).toEqual(expected.rows);
    expect(json.records).toEqual({ ...expected.records, invalid: 0 });
  });

  it("JSON Lines and --csv", async () => {
    const jsonl = file("dossiers.jsonl", `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const r = await cli(runReport, [jsonl, "--period=2026-10", "--by=agency", "--csv"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe(
      "key,received,carriedOver,newTotal,newOnline,newDirect,newPostal,resolved,resolvedEarly,resolvedOnTime,resolvedLate,pending,pendingWithinTime,pendingOverdue,withdrawn,refused,stopped,notCollected,onTimeRate",
    );
    expect(lines).toHaveLength(expected.rows.length + 2);
    // The total line is keyed TOTAL (documented in the help and README), not "" as in the API:
    // "" is also a real group (no sector) under --by sector.
    expect(lines.at(-1)?.startsWith(`TOTAL,${expected.total.received},`)).toBe(true);
    const bom = await cli(runReport, [jsonl, "--period=2026-10", "--by=agency", "--csv", "--bom"]);
    expect(bom.out).toBe(`\uFEFF${r.out}`);
    expect((await cli(runReport, [jsonl, "--period=2026-10", "--json", "--bom"])).code).toBe(2);
  });

  it("table: every --csv column, in its order, under a Vietnamese and an English name, none twice", async () => {
    const r = await cli(runReport, [csv, "--period", "2026-10", "--by", "agency"]);
    const [, vi, en, ...rows] = r.out.split("\n");
    const names = (line: string) => line.trim().split(/ {2,}/);
    expect(names(vi!)).toHaveLength(PROCESSING_COLUMNS.length);
    expect(new Set(names(vi!)).size).toBe(PROCESSING_COLUMNS.length);
    expect(new Set(names(en!)).size).toBe(PROCESSING_COLUMNS.length);
    expect(names(vi!)).toContain("Đã giải quyết: quá hạn");
    expect(names(vi!)).toContain("Đang giải quyết: quá hạn");
    expect(names(en!)).toContain("resolved: late");
    expect(names(vi!).every((name) => !/\bGQ\b/.test(name))).toBe(true); // no abbreviations
    const total = rows.find((line) => line.startsWith("Tổng/total"))!;
    expect(names(total).slice(1).map(Number)).toEqual(
      PROCESSING_COLUMNS.slice(1).map((c) => Number(expected.total[c] ?? Number.NaN)),
    );
  });

  it("table output, progress bar only on a terminal", async () => {
    const plain = await cli(runReport, [csv, "--period", "2026-Q4"]);
    expect(plain.out).toContain("quý IV/2026");
    expect(plain.out).toContain("Tổng/total");
    expect(plain.err).toBe("");
    const big = file(
      "big.csv",
      `${CSV_COLUMNS.join(",")}\n${[...generateRecords(120_000, 5)].map((g) => csvLine(g.record)).join("\n")}\n`,
    );
    const tty = await cli(runReport, [big, "--period", "2026-Q4"], true);
    expect(tty.code).toBe(0);
    expect(tty.err).toContain("%");
    expect(tty.err).toContain("\r");
  });

  it("bad rows: reported with line numbers, counted, the run goes on; --strict exits 1", async () => {
    const lines = records.slice(0, 5).map(csvLine);
    lines[1] = lines[1]!.replace(/,2026-\d\d-\d\dT[^,]+,/, ",not-a-date,");
    lines[3] = "only,three,cells";
    const bad = file("bad.csv", `${CSV_COLUMNS.join(",")}\n${lines.join("\n")}\n`);
    const r = await cli(runReport, [bad, "--period", "2026", "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/line 3: .*receivedAt/);
    expect(r.err).toMatch(/line 5: 3 cells/);
    expect(r.err).toContain("2 bad rows skipped");
    expect(JSON.parse(r.out).records.invalid).toBe(2);
    const strict = await cli(runReport, [bad, "--period", "2026", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe("");
    expect(strict.err).toMatch(/line 3/);
  });

  it("a quoted cell over two lines keeps the first line number", async () => {
    const [first] = records.filter((r) => r.sector !== undefined).map(csvLine);
    const text = `${CSV_COLUMNS.join(",")}\n${first!.replace(/^([^,]*,[^,]*,)([^,]*)/, '$1"Hộ\ntịch"')}\nx,y\n`;
    const r = await cli(runReport, [file("quoted.csv", text), "--period", "2026", "--by", "sector", "--json"]);
    expect(JSON.parse(r.out).rows.map((row: { key: string }) => row.key)).toContain("Hộ\ntịch");
    expect(r.err).toMatch(/line 4: 2 cells/);
  });

  it("usage errors exit 2", async () => {
    expect((await cli(runReport, [csv])).code).toBe(2);
    expect((await cli(runReport, [csv, "--period", "2026-13"])).err).toContain("Kỳ báo cáo không hợp lệ");
    expect((await cli(runReport, [join(dir, "x.txt"), "--period", "2026"])).code).toBe(2);
    expect((await cli(runReport, [csv, "--period", "2026", "--colour"])).code).toBe(2);
  });
});

describe("tthc sipas", () => {
  const header = "id,province,access.1,access.2,access.3,procedure.1";
  const sipas = file("responses.csv", `${header}\n1,A,5,4,2,4\n2,A,3,4,5,\n3,B,5,5,5,5\n4,B,9,5,5,5\n5,,4,4,4,4\n`);
  it("indices by province; invalid responses reported by line", async () => {
    const r = await cli(runSipas, [sipas, "--by", "province", "--json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    // A: access.1 1/2, access.2 2/2, access.3 1/2 → access 66.67; procedure.1 1/1 → 100; SIPAS (66.67 + 100) / 2
    expect(result.units[0]).toMatchObject({
      unit: "A",
      responses: 2,
      elements: { access: 66.67, procedure: 100 },
      index: 83.33,
    });
    expect(result.units[1]).toMatchObject({ unit: "B", responses: 1, index: 100 });
    expect(result.responses).toEqual({ total: 5, valid: 3, invalid: 2 });
    expect(r.err).toMatch(/line 5: answers\.access\.1/);
    expect(r.err).toMatch(/line 6: province/);
    expect((await cli(runSipas, [sipas, "--by", "province", "--strict"])).code).toBe(1);
    const table = await cli(runSipas, [sipas, "--by", "province"]);
    expect(table.out).toContain("Chung/overall");
    expect((await cli(runSipas, [sipas, "--method", "qd9999"])).code).toBe(2);
  });
});

describe("hostile input (issue 13)", () => {
  const header = CSV_COLUMNS.join(",");
  const rows = records.slice(0, 200).map(csvLine);
  const comma = file("comma.csv", `${header}\n${rows.join("\n")}\n`);
  const args = ["--period", "2026", "--by", "agency", "--json"];
  const reference = summarizeProcessing(records.slice(0, 200), { period: "2026", by: "agency" });

  it("a directory, a missing file: one bilingual line, exit 1", async () => {
    const folder = join(dir, "folder.csv");
    mkdirSync(folder);
    for (const [path, why] of [
      [folder, "đây là một thư mục / it is a directory"],
      [join(dir, "missing.csv"), "không có tệp này / no such file"],
    ] as const) {
      for (const [run, more] of [
        [runReport, args],
        [runSipas, []],
      ] as const) {
        const r = await cli(run, [path, ...more]);
        expect(r.code).toBe(1);
        expect(r.out).toBe("");
        expect(r.err).toBe(`Không đọc được tệp / cannot read the file '${path}': ${why}\n`);
      }
    }
  });

  it("missing columns stop the run before any row, naming them, exit 1", async () => {
    const text = `code,sector,channel,status\n${"x,y,online,received\n".repeat(3)}`;
    const r = await cli(runReport, [file("columns.csv", text), ...args]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("missing columns: procedureCode, receivingAgency, receivedAt, dueDate");
    expect(r.err.trimEnd().split("\n")).toHaveLength(1); // no row was read
    const noSector = file("nosector.csv", `${header.replace(",sector", "")}\n`);
    expect((await cli(runReport, [noSector, "--period", "2026", "--by", "agency"])).code).toBe(0);
    const bySector = await cli(runReport, [noSector, "--period", "2026", "--by", "sector"]);
    expect(bySector.code).toBe(1);
    expect(bySector.err).toContain("missing columns: sector");
    expect((await cli(runReport, [file("empty.csv", ""), ...args])).code).toBe(1);
  });

  it("a semicolon file (Excel, Vietnamese settings) gives the same report as the comma file", async () => {
    const semicolon = file(
      "semicolon.csv",
      `\uFEFF${header.replaceAll(",", ";")}\r\n${rows.map((r) => r.replaceAll(",", ";")).join("\r\n")}\r\n`,
    );
    const a = await cli(runReport, [comma, ...args]);
    const b = await cli(runReport, [semicolon, ...args]);
    expect(b.code).toBe(0);
    expect(b.err).toBe("");
    expect(b.out).toBe(a.out);
    expect(JSON.parse(a.out).rows).toEqual(reference.rows);
    const table = await cli(runReport, [semicolon, "--period", "2026"]);
    expect(table.out).toBe((await cli(runReport, [comma, "--period", "2026"])).out);
  });

  it("--delimiter forces ',' ';' or tab", async () => {
    const tab = file(
      "tab.csv",
      `${header.replaceAll(",", "\t")}\n${rows.map((r) => r.replaceAll(",", "\t")).join("\n")}\n`,
    );
    const expected = (await cli(runReport, [comma, ...args])).out;
    expect((await cli(runReport, [tab, ...args])).out).toBe(expected);
    expect((await cli(runReport, [tab, ...args, "--delimiter", "tab"])).out).toBe(expected);
    expect((await cli(runReport, [tab, ...args, "--delimiter=\\t"])).out).toBe(expected);
    expect((await cli(runReport, [comma, ...args, "--delimiter", ","])).out).toBe(expected);
    // Forced wrong: the header is one unknown column, so the required ones are missing.
    const wrong = await cli(runReport, [comma, ...args, "--delimiter", ";"]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("missing columns: code, procedureCode");
    expect((await cli(runReport, [comma, ...args, "--delimiter", "|"])).code).toBe(2);
  });

  it("an unclosed quote costs only its row; text after a closing quote is a bad row", async () => {
    const run = async (name: string, edit: (lines: string[]) => void, more: string[] = []) => {
      const lines = [...rows];
      edit(lines);
      return cli(runReport, [file(name, `${header}\n${lines.join("\n")}\n`), ...args, ...more]);
    };
    const withoutRows = (...skip: number[]) =>
      summarizeProcessing(
        records.slice(0, 200).filter((_, k) => !skip.includes(k)),
        { period: "2026", by: "agency" },
      ).rows;
    const open = (lines: string[]) => {
      lines[2] = lines[2]!.replace(/,(direct|online|postal),/, ',"$1,'); // line 4: a quote never closed
    };
    const after = (lines: string[]) => {
      lines[5] = lines[5]!.replace(/,(direct|online|postal),/, ',"$1"x,'); // line 7: "direct"x
    };
    const r = await run("open.csv", open);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      "Dòng 4: ô có dấu ngoặc kép không được đóng | line 4: a quoted cell is never closed\n" +
        "1 dòng lỗi bị bỏ qua / 1 bad rows skipped (not counted in the report)\n",
    );
    expect(JSON.parse(r.out).rows).toEqual(withoutRows(2));
    const a = await run("after.csv", after);
    expect(a.err).toMatch(/^Dòng 7: ký tự "x" sau dấu ngoặc kép đóng \| line 7: text "x" after a closing quote$/m);
    expect(JSON.parse(a.out).rows).toEqual(withoutRows(5));
    // Both: line 7's quote closes line 4's, so line 4 reads as text after a quote; lines 5–7 are read again.
    const both = await run("both.csv", (lines) => {
      open(lines);
      after(lines);
    });
    expect(both.err).toMatch(/line 4: text "d" after a closing quote \(line 7\)/);
    expect(both.err).toMatch(/line 7: text "x" after a closing quote/);
    expect(JSON.parse(both.out).rows).toEqual(withoutRows(2, 5));
    const strict = await run("strict.csv", open, ["--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe("");
    expect(strict.err).toBe(
      "Dòng 4: ô có dấu ngoặc kép không được đóng | line 4: a quoted cell is never closed\n" +
        "--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad row\n",
    );
  });

  it("200,000 rows after an unclosed quote on the first data line: read in seconds, not minutes", async () => {
    const many = [...generateRecords(200_000, 7)].map((g) => csvLine(g.record));
    const text = `${header}\n"${many.join("\n")}\n`;
    const t = performance.now();
    const r = await cli(runReport, [file("open.csv", text), "--period", "2026", "--json"]);
    const seconds = (performance.now() - t) / 1000;
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Dòng 2: .* \| line 2: record longer than 1048576 characters/m);
    expect(JSON.parse(r.out).records.invalid).toBe(1);
    expect(JSON.parse(r.out).records.total).toBe(199_999);
    expect(seconds).toBeLessThan(10);
  });

  it("--flag=false and --flag=true for booleans; a bad flag exits 2", async () => {
    const table = await cli(runReport, [comma, "--period", "2026", "--json=false"]);
    expect(table.code).toBe(0);
    expect(table.out).toContain("Tổng/total");
    expect((await cli(runReport, [comma, "--period", "2026", "--json=true"])).out).toBe(
      (await cli(runReport, [comma, "--period", "2026", "--json"])).out,
    );
    expect((await cli(runReport, [comma, "--period", "2026", "--json", "--json=false"])).out).toContain("Tổng/total");
    const bad = file("strictfalse.csv", `${header}\nonly,three,cells\n${rows[0]}\n`);
    expect((await cli(runReport, [bad, "--period", "2026", "--strict=false"])).code).toBe(0);
    expect((await cli(runReport, [bad, "--period", "2026", "--strict=true"])).code).toBe(1);
    for (const flag of ["--json=maybe", "--colour", "--period"]) {
      const r = await cli(runReport, [comma, "--period", "2026", flag]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Lỗi cú pháp / usage error");
    }
    expect((await cli(runReport, [comma, comma, "--period", "2026"])).code).toBe(2);
  });

  it("sipas: the needed columns, and a semicolon file", async () => {
    const noCriteria = await cli(runSipas, [file("nocrit.csv", "id,province\n1,A\n")]);
    expect(noCriteria.code).toBe(1);
    expect(noCriteria.err).toContain("missing columns: access.1");
    const noProvince = await cli(runSipas, [file("noprov.csv", "id,access.1\n1,5\n"), "--by", "province"]);
    expect(noProvince.code).toBe(1);
    expect(noProvince.err).toContain("missing columns: province");
    const semi = await cli(runSipas, [
      file("semi.csv", "id;province;access.1\n1;A;5\n2;A;2\n"),
      "--by",
      "province",
      "--json",
    ]);
    expect(semi.code).toBe(0);
    expect(JSON.parse(semi.out).units[0]).toMatchObject({ unit: "A", responses: 2 });
  });
});

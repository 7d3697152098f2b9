import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runReport, runSipas } from "../../src/cli/report.js";
import { summarizeProcessing } from "../../src/report/index.js";
import { CSV_COLUMNS, csvLine, generateRecords } from "./_generate.js";

const dir = mkdtempSync(join(tmpdir(), "tthc-cli-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function cli(fn: typeof runReport, args: string[], errIsTTY = false) {
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
    expect(lines.at(-1)?.startsWith(`TOTAL,${expected.total.received},`)).toBe(true);
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

  it("bad rows: reported with line numbers, counted, the run goes on; --strict exits 2", async () => {
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
    expect(strict.code).toBe(2);
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
    expect((await cli(runReport, [join(dir, "missing.csv"), "--period", "2026"])).code).toBe(2);
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
    expect((await cli(runSipas, [sipas, "--by", "province", "--strict"])).code).toBe(2);
    const table = await cli(runSipas, [sipas, "--by", "province"]);
    expect(table.out).toContain("Chung/overall");
    expect((await cli(runSipas, [sipas, "--method", "qd9999"])).code).toBe(2);
  });
});

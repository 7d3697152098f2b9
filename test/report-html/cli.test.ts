/**
 * `tthc report … --html` and `tthc sipas … --html`: the page written beside the usual output, the
 * months of a quarter charted from the same read, `--lang`, and a missing ECharts stopping the run
 * at once, in both languages, with a non-zero exit.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/main.js";
import { bars, figures, svgTexts } from "./_svg.js";

const dir = mkdtempSync(join(tmpdir(), "tthc-report-html-"));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(
    args,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  return { code, out, err };
}

const HEADER = "code,procedureCode,receivingAgency,channel,status,receivedAt,dueDate,resultReadyAt,returnedAt";
// Two agencies, dossiers in October and November 2026.
const CSV = [
  HEADER,
  "a1,1.001193,Sở Tư pháp,online,returned,2026-10-01T09:00:00+07:00,2026-10-10,2026-10-05T10:00:00+07:00,2026-10-05T11:00:00+07:00",
  "a2,1.001193,Sở Tư pháp,direct,returned,2026-10-02T09:00:00+07:00,2026-10-10,2026-10-12T10:00:00+07:00,2026-10-12T11:00:00+07:00",
  "b1,1.001193,UBND phường Hoàn Kiếm,postal,returned,2026-11-03T09:00:00+07:00,2026-11-10,2026-11-10T10:00:00+07:00,2026-11-10T11:00:00+07:00",
  "b2,1.001193,UBND phường Hoàn Kiếm,online,inProcess,2026-11-20T09:00:00+07:00,2026-11-25,,",
].join("\n");
const input = join(dir, "dossiers.csv");
writeFileSync(input, `${CSV}\n`);

afterEach(() => {
  vi.doUnmock("../../src/report-html/_charts.js");
  vi.resetModules();
});

describe("tthc report --html", () => {
  it("writes the page beside the table; a quarter is charted by month from the same read", async () => {
    const page = join(dir, "q4.html");
    const { code, out, err } = await cli("report", input, "--period", "2026-Q4", "--by", "agency", "--html", page);
    expect(code).toBe(0);
    expect(out).toContain("Báo cáo quý IV/2026");
    expect(err).toContain(`page written: ${page}`);
    const html = readFileSync(page, "utf8");
    expect(html).toContain('<html lang="vi">');
    const charts = figures(html);
    expect(bars(charts.get("onTimeRate")!)).toBe(2);
    expect(bars(charts.get("byMonth")!)).toBe(9); // October, November, December × 3 series
    // REP-2 by month: October received a1, a2, resolved both, a2 late (12/10 > 10/10); November b1
    // (resolved on its due day) and b2 (pending, overdue after 25/11); December b2, carried over, overdue.
    const texts = svgTexts(charts.get("byMonth")!);
    const values = texts.slice(texts.indexOf("2026-12") + 1, texts.indexOf("2026-12") + 10);
    expect(values).toEqual(["2", "2", "1", "2", "1", "0", "1", "1", "1"]); // received, resolved, overdue
    expect(bars(charts.get("byChannel")!)).toBe(3);
    expect(html).toContain('data-check="ok"');
  });

  it("a single month has no chart by month; --lang en writes the page in English", async () => {
    const page = join(dir, "oct.html");
    const { code } = await cli(
      "report",
      input,
      "--period",
      "2026-10",
      "--by",
      "agency",
      "--html",
      page,
      "--lang",
      "en",
      "--json",
    );
    expect(code).toBe(0);
    const html = readFileSync(page, "utf8");
    expect(html).toContain('<html lang="en">');
    expect(figures(html).has("byMonth")).toBe(false);
  });

  it("--lang without --html, or another language, is a usage error (exit 2)", async () => {
    expect((await cli("report", input, "--period", "2026-10", "--lang", "en")).code).toBe(2);
    const { code, err } = await cli(
      "report",
      input,
      "--period",
      "2026-10",
      "--html",
      join(dir, "x.html"),
      "--lang",
      "fr",
    );
    expect(code).toBe(2);
    expect(err).toContain("--lang must be vi or en");
  });

  it("without ECharts: stops before reading, says what to install in both languages, exit 1", async () => {
    vi.doMock("../../src/report-html/_charts.js", async (original) => {
      const real = await original<typeof import("../../src/report-html/_charts.js")>();
      const notFound = Object.assign(new Error("Cannot find package 'echarts'"), { code: "ERR_MODULE_NOT_FOUND" });
      return { ...real, loadEcharts: () => real.loadEcharts(() => Promise.reject(notFound)) };
    });
    const { run: fresh } = await import("../../src/cli/main.js");
    let err = "";
    const code = await fresh(
      ["report", join(dir, "does-not-exist.csv"), "--period", "2026-10", "--html", join(dir, "none.html")],
      () => {},
      (s) => {
        err += s;
      },
    );
    expect(code).toBe(1);
    expect(err).toContain("chưa được cài đặt: npm install echarts");
    expect(err).toContain("which is not installed: npm install echarts");
    expect(err).not.toContain("does-not-exist"); // stopped before the input was opened
  });
});

describe("tthc sipas --html", () => {
  it("writes the SIPAS page with charts by element and criterion", async () => {
    const responses = join(dir, "responses.csv");
    writeFileSync(responses, "id,access.1,access.2,procedure.1\np1,5,4,2\np2,4,2,5\n");
    const page = join(dir, "sipas.html");
    const { code, err } = await cli("sipas", responses, "--html", page);
    expect(code).toBe(0);
    expect(err).toContain("page written");
    const charts = figures(readFileSync(page, "utf8"));
    expect(bars(charts.get("sipasElements")!)).toBe(2);
    expect(bars(charts.get("sipasCriteria")!)).toBe(3);
  });
});

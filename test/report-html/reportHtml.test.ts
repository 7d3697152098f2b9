/**
 * The report as a page (issue 17): the table with both languages' headers and the total, the
 * invariants checked and shown, the charts' bars counted from the records (not from our output),
 * the target lines and where they come from (TGT-4, TGT-5), every data text escaped, options checked.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTthcError, type TthcError } from "../../src/errors.js";
import { computeSipas } from "../../src/indices/index.js";
import { PROCESSING_COLUMN_LABELS } from "../../src/report/_columnLabels.js";
import { PROCESSING_COLUMNS, type ReportRecord, summarizeProcessing } from "../../src/report/index.js";
import { checkSvg, loadEcharts } from "../../src/report-html/_charts.js";
import { renderReportHtml, renderSipasHtml } from "../../src/report-html/index.js";
import { bars, figures, svgTexts } from "./_svg.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const HOSTILE = "<script>alert(1)</script>";

/** A dossier received on 1/10/2026 09:00, due on 10/10, finished (result ready and returned) on `doneOn`. */
function done(code: string, agency: string, doneOn: string, channel: ReportRecord["channel"] = "online"): ReportRecord {
  return {
    code,
    procedureCode: "1.001193",
    receivingAgency: agency,
    channel,
    status: "returned",
    receivedAt: "2026-10-01T09:00:00+07:00",
    dueDate: "2026-10-10",
    resultReadyAt: `${doneOn}T10:00:00+07:00`,
    returnedAt: `${doneOn}T11:00:00+07:00`,
  };
}
/** A dossier received on `receivedOn`, still in process. */
function pending(code: string, agency: string, receivedOn: string, channel: ReportRecord["channel"]): ReportRecord {
  return {
    code,
    procedureCode: "1.001193",
    receivingAgency: agency,
    channel,
    status: "inProcess",
    receivedAt: `${receivedOn}T09:00:00+07:00`,
    dueDate: "2026-12-30",
  };
}

// REP-5 by day: before the due date = early, on it = on time, after it = late. REP-7: (early + on
// time) ÷ resolved. Agency A: one early, one late → 50 %; B: one on time → 100 %; the hostile name:
// one early → 100 %; C: nothing resolved → no rate, no bar.
const RECORDS: ReportRecord[] = [
  done("a1", "A", "2026-10-05", "online"),
  done("a2", "A", "2026-10-12", "direct"),
  done("b1", "B", "2026-10-10", "postal"),
  done("h1", HOSTILE, "2026-10-03", "online"),
  pending("c1", "C", "2026-10-02", "direct"),
];
const reportOptions = { period: "2026-10", by: "agency" } as const;
const report = summarizeProcessing(RECORDS, reportOptions);

async function refusal(promise: Promise<unknown>): Promise<TthcError> {
  try {
    await promise;
  } catch (error) {
    if (isTthcError(error)) return error;
    throw error;
  }
  throw new Error("expected a TthcError");
}

describe("renderReportHtml", () => {
  it("writes one self-contained page: no script, no external resource, a policy that forbids both", async () => {
    const html = await renderReportHtml(report, { reportOptions });
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'/);
    expect(html).toContain("@page { size: A4 landscape;");
  });

  it("shows the period, the report instant, the rules and the library version of package.json", async () => {
    const options = {
      ...reportOptions,
      asOf: "2026-10-20T17:00:00+07:00",
      granularity: "minute",
      decimals: 1,
    } as const;
    const html = await renderReportHtml(summarizeProcessing(RECORDS, options), {
      reportOptions: options,
      language: "en",
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("2026-10 (2026-10-01 – 2026-10-31)");
    expect(html).toContain("2026-10-20T17:00:00+07:00");
    expect(html).toContain("result ready (resultReady)");
    expect(html).toContain("minute (minute)");
    expect(html).toContain("1 decimals, half up");
    expect(html).toContain(`tthc ${version}`);
  });

  it("prints the table with every column's header in Vietnamese and English, the groups and the total", async () => {
    const html = await renderReportHtml(report, { reportOptions });
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    for (const column of PROCESSING_COLUMNS) {
      const [vi, en] = PROCESSING_COLUMN_LABELS[column];
      expect(thead).toContain(`${vi}<span class="alt" lang="en">${en}</span>`);
    }
    const rows = [
      ...html.matchAll(/<tr(?: class="[^"]*")?><td class="key">([^<]*)<\/td>((?:<td>[^<]*<\/td>)*)<\/tr>/g),
    ];
    expect(rows.map((r) => r[1])).toEqual(["&lt;script&gt;alert(1)&lt;/script&gt;", "A", "B", "C", "Tổng"]);
    // The total line: 5 received, 4 resolved (2 early, 1 on time, 1 late), 1 pending; 75 % on time.
    const total = [...rows[4]![2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(total.slice(0, 1)).toEqual(["5"]);
    expect(total[6]).toBe("4");
    expect(total.slice(7, 10)).toEqual(["2", "1", "1"]);
    expect(total.at(-1)).toBe("75");
  });

  it("says the figures agree when they do", async () => {
    const html = await renderReportHtml(report, { reportOptions });
    expect(html).toContain('data-check="ok"');
    expect(html).not.toContain('data-check="failed"');
  });

  it("shows, not hides, figures that do not add up: the broken equation, the row, in red", async () => {
    const rows = report.rows.map((r) => (r.key === "A" ? { ...r, resolvedLate: 2, resolved: 3 } : r));
    const tampered = { ...report, rows, total: { ...report.total, onTimeRate: 80 } };
    const html = await renderReportHtml(tampered, { reportOptions });
    const box = /<div class="check bad" role="alert" data-check="failed">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(box).toContain("A: received = resolved + pending + withdrawn + refused + stopped");
    expect(box).toContain("A: onTimeRate = 50 ≠ (resolvedEarly + resolvedOnTime) ÷ resolved × 100 = 33.33");
    expect(box).toContain("Tổng: onTimeRate = 80 ≠ (resolvedEarly + resolvedOnTime) ÷ resolved × 100 = 75");
    expect(box).toContain("total.resolved = 4 ≠ Σ rows = 5");
    expect(html).toContain('<tr class="broken"><td class="key">A</td>');
    expect(html).toContain('<tr class="total broken">');
  });

  it("draws one on-time bar per group with something resolved, best first, against the 90 % line (TGT-5)", async () => {
    const html = await renderReportHtml(report, { reportOptions });
    const chart = figures(html).get("onTimeRate")!;
    expect(bars(chart)).toBe(3); // A, B and the hostile name; C resolved nothing
    const names = svgTexts(chart).filter((t) => ["A", "B", "C", HOSTILE].includes(t));
    expect(names).toEqual([HOSTILE, "B", "A"]); // 100, 100 (by name), 50
    expect(svgTexts(chart)).toContain("mục tiêu > 90 %");
    expect(chart).toMatch(/<path [^>]*fill="none"[^>]*stroke="#b42318"[^>]*stroke-dasharray/); // the target line
    expect(chart).toContain("BC 83/BC-UBND");
    expect(chart).toContain("1 — chưa giải quyết hồ sơ nào: không vẽ");
    const own = figures(await renderReportHtml(report, { reportOptions, onTimeTarget: 95 })).get("onTimeRate")!;
    expect(svgTexts(own)).toContain("mục tiêu > 95 %");
    expect(own).toContain("Đường mục tiêu do người lập báo cáo chọn.");
  });

  it("draws the new dossiers by channel: three bars with the counts of the records", async () => {
    const chart = figures(await renderReportHtml(report, { reportOptions })).get("byChannel")!;
    expect(bars(chart)).toBe(3);
    // New in October: online a1, h1; in person a2, c1; postal b1.
    expect(svgTexts(chart).filter((t) => /^\d+$/.test(t) && t !== "0")).toEqual(expect.arrayContaining(["2", "1"]));
    expect(svgTexts(chart)).toEqual(expect.arrayContaining(["Trực tuyến", "Trực tiếp", "Bưu chính"]));
  });

  it("draws received, resolved and overdue by month when given the months of the period", async () => {
    const quarter = [
      ...RECORDS,
      done("n1", "A", "2026-11-20", "online"),
      pending("d1", "B", "2026-12-01", "postal"),
    ].map((r) => (r.code === "n1" ? { ...r, receivedAt: "2026-11-02T09:00:00+07:00", dueDate: "2026-11-10" } : r));
    const options = { period: "2026-Q4", by: "agency" } as const;
    const months = ["2026-10", "2026-11", "2026-12"].map((p) =>
      summarizeProcessing(quarter, { ...options, period: p, by: "none" }),
    );
    const html = await renderReportHtml(summarizeProcessing(quarter, options), { reportOptions: options, months });
    const chart = figures(html).get("byMonth")!;
    expect(bars(chart)).toBe(9); // three months × received, resolved, overdue
    expect(svgTexts(chart)).toEqual(expect.arrayContaining(["2026-10", "2026-11", "2026-12"]));
    // One month: no chart by month.
    const one = await renderReportHtml(report, {
      reportOptions,
      months: [summarizeProcessing(RECORDS, { period: "2026-10" })],
    });
    expect(figures(one).has("byMonth")).toBe(false);
  });

  it("refuses months that are not months of the period, in order", async () => {
    const options = { period: "2026-Q4", by: "agency" } as const;
    const main = summarizeProcessing(RECORDS, options);
    const month = (p: string) => summarizeProcessing(RECORDS, { ...options, period: p, by: "none" });
    for (const months of [
      [month("2026-09")],
      [month("2026-11"), month("2026-10")],
      [summarizeProcessing(RECORDS, { ...options, by: "none" })],
    ]) {
      const error = await refusal(renderReportHtml(main, { reportOptions: options, months }));
      expect(error.code).toBe("INVALID_OPTION");
      expect(error.path.slice(0, 1)).toEqual(["months"]);
    }
  });

  it("escapes every text from the data: agency names in the table and in the SVG, the title, SIPAS units", async () => {
    const names = [HOSTILE, `"><img src=x onerror=alert(2)>`, "a & b 'q'", "{a|rich} {b}\nline"];
    const records = names.map((name, k) => done(`x${k}`, name, "2026-10-05"));
    const title = "</title><script>alert(3)</script>";
    const sipas = computeSipas(
      [
        { province: "<b>bold</b>", answers: { "access.1": 5 } },
        { province: "Quảng Ninh", answers: { "access.1": 2 } },
      ],
      { by: "province" },
    );
    const html = await renderReportHtml(summarizeProcessing(records, reportOptions), { reportOptions, title, sipas });
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).toContain('<td class="key">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('<td class="key">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>');
    const drawn = svgTexts(figures(html).get("onTimeRate")!);
    expect(drawn).toEqual(
      expect.arrayContaining([HOSTILE, `"><img src=x onerror=alert(2)>`, "a & b 'q'", "{a|rich} {b} line"]),
    );
    expect(svgTexts(figures(html).get("sipasUnits")!)).toContain("<b>bold</b>");
  });

  it("refuses unknown or bad options with a TthcError", async () => {
    const cases: [unknown, string, readonly (string | number)[]][] = [
      [{ reportOptions, colour: "red" }, "INVALID_OPTION", ["colour"]],
      [{}, "INVALID_OPTION", ["reportOptions"]],
      [{ reportOptions, language: "fr" }, "INVALID_OPTION", ["language"]],
      [{ reportOptions, onTimeTarget: 120 }, "INVALID_OPTION", ["onTimeTarget"]],
      [{ reportOptions, title: "" }, "INVALID_OPTION", ["title"]],
      [{ reportOptions: { ...reportOptions, period: "2026-11" } }, "INVALID_OPTION", ["reportOptions", "period"]],
      [{ reportOptions: { ...reportOptions, by: "sector" } }, "INVALID_OPTION", ["reportOptions", "by"]],
      [
        { reportOptions: { ...reportOptions, asOf: "2026-10-15T00:00:00+07:00" } },
        "INVALID_OPTION",
        ["reportOptions", "asOf"],
      ],
      [{ reportOptions: { ...reportOptions, rounding: "up" } }, "INVALID_OPTION", ["reportOptions", "rounding"]],
      [{ reportOptions: { ...reportOptions, colour: 1 } }, "INVALID_OPTION", ["reportOptions", "colour"]],
      [null, "INVALID_OPTION", []],
    ];
    for (const [options, code, path] of cases) {
      const error = await refusal(renderReportHtml(report, options as never));
      expect([error.code, error.path]).toEqual([code, path]);
      expect(error.messageVi).not.toBe(error.message);
    }
  });

  it("refuses a report that is not one: a count of the wrong kind, an unknown field, a missing part", async () => {
    const row0 = report.rows[0]!;
    const cases: [unknown, readonly (string | number)[]][] = [
      [{ ...report, rows: [{ ...row0, received: "5" }] }, ["rows", 0, "received"]],
      [{ ...report, rows: [{ ...row0, received: -1 }] }, ["rows", 0, "received"]],
      [{ ...report, rows: [{ ...row0, extra: 1 }] }, ["rows", 0, "extra"]],
      [{ ...report, total: { ...report.total, onTimeRate: 101 } }, ["total", "onTimeRate"]],
      [{ ...report, records: undefined }, ["records"]],
      [{ ...report, extra: true }, ["extra"]],
      [[], []],
    ];
    for (const [bad, path] of cases) {
      const error = await refusal(renderReportHtml(bad as never, { reportOptions }));
      expect([error.code, error.path]).toEqual(["INVALID_COUNT", path]);
    }
    for (const period of [
      { ...report.period, label: "2026-11" },
      { ...report.period, labelVi: "tháng 11/2026" },
      { ...report.period, kind: "custom" },
      { ...report.period, extra: 1 },
    ]) {
      expect((await refusal(renderReportHtml({ ...report, period } as never, { reportOptions }))).code).toBe(
        "INVALID_PERIOD",
      );
    }
  });

  it("reads the JSON of tthc report --json, bad rows included, and leaves its input alone", async () => {
    const json = JSON.parse(JSON.stringify({ ...report, records: { ...report.records, invalid: 2 } }));
    const before = JSON.stringify(json);
    const html = await renderReportHtml(json, { reportOptions });
    expect(html).toContain("dòng lỗi bị bỏ qua: 2");
    expect(JSON.stringify(json)).toBe(before);
  });
});

describe("renderSipasHtml", () => {
  const responses = [
    { answers: { "access.1": 5, "access.2": 4, "access.3": 2, "procedure.1": 5 } },
    { answers: { "access.1": 3, "access.2": 4, "access.3": 5, "procedure.1": 1 } },
  ];

  it("charts satisfaction by element and by criterion against the 89 % line (TGT-4)", async () => {
    const result = computeSipas(responses);
    const html = await renderSipasHtml(result);
    const charts = figures(html);
    // Answered: access (3 criteria) and procedure (1); the other three elements have no answer.
    expect(bars(charts.get("sipasElements")!)).toBe(2);
    expect(bars(charts.get("sipasCriteria")!)).toBe(4);
    expect(svgTexts(charts.get("sipasElements")!)).toContain("mục tiêu ≥ 89 %");
    expect(html).toContain("QĐ 280/QĐ-UBND");
    expect(html).toContain("Tiếp cận dịch vụ hành chính công");
  });

  it("charts the units, sorted, when the result is by province", async () => {
    const result = computeSipas(
      responses.map((r, k) => ({ ...r, province: k === 0 ? "Bắc Kạn" : "Quảng Ninh" })),
      { by: "province" },
    );
    const charts = figures(await renderSipasHtml(result, { language: "en", satisfactionTarget: 95 }));
    expect(bars(charts.get("sipasUnits")!)).toBe(2);
    expect(charts.has("sipasCriteria")).toBe(false);
    expect(svgTexts(charts.get("sipasUnits")!)).toContain("target ≥ 95 %");
  });

  it("refuses unknown options and a result that is not one", async () => {
    const result = computeSipas(responses);
    expect((await refusal(renderSipasHtml(result, { colour: 1 } as never))).path).toEqual(["colour"]);
    const unknown = { ...result, overall: { ...result.overall, elements: { ...result.overall.elements, speed: 50 } } };
    expect((await refusal(renderSipasHtml(unknown))).path).toEqual(["overall", "elements", "speed"]);
    const bad = { ...result, overall: { ...result.overall, index: 140 } };
    const error = await refusal(renderSipasHtml(bad));
    expect([error.code, error.path]).toEqual(["INVALID_COUNT", ["overall", "index"]]);
  });
});

describe("ECharts, an optional peer", () => {
  it("missing: MISSING_DEPENDENCY saying what to install, in both languages", async () => {
    const notFound = Object.assign(new Error("Cannot find package 'echarts' imported from …"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    const error = await refusal(loadEcharts(() => Promise.reject(notFound)));
    expect(error.code).toBe("MISSING_DEPENDENCY");
    expect(error.message).toContain("npm install echarts");
    expect(error.messageVi).toContain("chưa được cài đặt: npm install echarts");
  });

  it("any other failure of the import passes through", async () => {
    const broken = new SyntaxError("Unexpected token");
    await expect(loadEcharts(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it("its SVG is let through only as shapes and text", () => {
    expect(checkSvg('<svg><rect width="1"></rect><text>a &lt; b</text></svg>')).toContain("a &lt; b");
    expect(checkSvg("<svg><style>.a:hover{}</style><path d='M0 0'></path></svg>")).not.toContain("style");
    for (const bad of [
      "<svg><foreignObject></foreignObject></svg>",
      '<svg onload="x()"></svg>',
      '<svg><a href="x"></a></svg>',
      "<svg><script></script></svg>",
    ]) {
      expect(() => checkSvg(bad)).toThrow(/unexpected markup/);
    }
  });
});

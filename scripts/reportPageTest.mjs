// The report as a page (tthc/report-html) in real Chromium, against this repository's dist/ (run
// `npm run build` first):
//   1. generates a month of 100,000 dossiers over 30 agencies (seeded) to a CSV and runs the built
//      CLI on it: `tthc report … --by agency --html` (and the quarter, for the chart by month);
//   2. opens the page with every request but the page itself blocked and counted: none may leave;
//   3. counts the bars of each chart against the generated data (not against the library's
//      output), checks the bars are sorted and the target line is drawn, prints to A4 landscape;
//   4. an agency named <script>…</script> appears as text and runs nothing;
//   5. times a 1,000-agency page rendering in Chromium (printed beside the 2 s goal, not asserted: timing depends on the machine);
//   6. saves docs/screenshots/report-page.png.
//
//   node scripts/reportPageTest.mjs [--screenshot <png>] [--runs 5]
//
// Never downloads a browser: it launches the system Chromium through playwright-core.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { serveDirectory } from "../examples/browser/serve.mjs";
import { launchChromium } from "./_chromium.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    screenshot: { type: "string", default: join(ROOT, "docs", "screenshots", "report-page.png") },
    runs: { type: "string", default: "5" },
  },
});
const RUNS = Number(values.runs);

let checks = 0;
function check(what, condition, detail = "") {
  checks++;
  if (!condition) throw new Error(`report page test: ${what}${detail ? `\n  ${detail}` : ""}`);
  console.log(`  ✓ ${what}`);
}

// ---- 1. A month of dossiers ------------------------------------------------------------------
/** Mulberry32, seeded. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const DAY = 86_400_000;
const vnInstant = (ms) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
const vnDate = (ms) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
/** Thirty district-level one-stop offices (Hà Nội's names). */
const AGENCIES_30 = [
  ...["Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai"],
  ...["Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông"],
]
  .map((name) => `UBND quận ${name}`)
  .concat(
    "UBND thị xã Sơn Tây",
    [
      ...["Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ", "Thanh Oai"],
      ...["Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức", "Sóc Sơn", "Đông Anh", "Gia Lâm", "Mê Linh", "Thanh Trì"],
    ].map((name) => `UBND huyện ${name}`),
  );
const COLUMNS =
  "code,procedureCode,receivingAgency,channel,status,receivedAt,dueDate,resultReadyAt,returnedAt,closedAt";
const MONTH_START = Date.parse("2026-10-01T00:00:00+07:00");
const MONTH_END = Date.parse("2026-11-01T00:00:00+07:00"); // exclusive: the report instant is the end of October

/**
 * `n` dossiers received in October 2026 by `agencies` (each with its own share of late work), as
 * CSV lines; also what a reader of the month's page should see, counted here from the data.
 */
function generate(n, agencies, seed) {
  const random = rng(seed);
  const lines = [COLUMNS];
  const newByChannel = { online: 0, direct: 0, postal: 0 };
  const resolvedBy = new Set();
  const lateness = agencies.map((_, k) => 0.02 + (0.3 * k) / agencies.length);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(random() * agencies.length);
    const agency = agencies[k];
    const received = MONTH_START + Math.floor(random() * 31) * DAY + (7 + Math.floor(random() * 10)) * 3_600_000;
    const dueMs = received + Math.ceil((1 + Math.floor(random() * 15)) * 1.4) * DAY;
    const r = random();
    const channel = r < 0.46 ? "online" : r < 0.92 ? "direct" : "postal";
    newByChannel[channel]++;
    const roll = random();
    let status = "inProcess";
    let ready = "";
    let returned = "";
    let closed = "";
    if (roll < 0.85) {
      const late = random() < lateness[k];
      const readyMs = late
        ? dueMs + (1 + Math.floor(random() * 6)) * DAY
        : Math.max(received + 3_600_000, dueMs - Math.floor(random() * 5) * DAY);
      ready = vnInstant(readyMs);
      const collected = random() < 0.85;
      if (collected) returned = vnInstant(readyMs + Math.floor(random() * 2) * DAY);
      status = collected ? "returned" : "resolved";
      if (readyMs < MONTH_END) resolvedBy.add(agency);
    } else if (roll < 0.97) {
      status = "inProcess";
    } else {
      status = "withdrawn";
      closed = vnInstant(received + DAY);
    }
    lines.push(
      [`D${i}`, "1.001193", agency, channel, status, vnInstant(received), vnDate(dueMs), ready, returned, closed].join(
        ",",
      ),
    );
  }
  return { csv: `${lines.join("\n")}\n`, newByChannel, agenciesWithResults: resolvedBy.size };
}

const work = mkdtempSync(join(tmpdir(), "tthc-report-page-"));
const cli = join(ROOT, "dist", "cli.js");
const agencies30 = AGENCIES_30;
const month = generate(100_000, agencies30, 20261031);
const csv = join(work, "dossiers.csv");
writeFileSync(csv, month.csv);
console.log(`generated 100,000 dossiers over ${agencies30.length} agencies: ${csv}`);

let t = performance.now();
const monthPage = join(work, "report-2026-10.html");
const json = JSON.parse(
  execFileSync(
    process.execPath,
    [cli, "report", csv, "--period", "2026-10", "--by", "agency", "--json", "--html", monthPage],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  ),
);
console.log(`tthc report --html (100,000 rows, 30 agencies): ${((performance.now() - t) / 1000).toFixed(2)} s`);
const quarterPage = join(work, "report-2026-Q4.html");
execFileSync(process.execPath, [cli, "report", csv, "--period", "2026-Q4", "--by", "agency", "--html", quarterPage], {
  stdio: ["ignore", "ignore", "inherit"],
});

// The 1,000-agency page and the hostile name, rendered by the built library.
const { summarizeProcessing } = await import(pathToFileURL(join(ROOT, "dist", "report", "index.js")).href);
const { renderReportHtml } = await import(pathToFileURL(join(ROOT, "dist", "report-html", "index.js")).href);
const records = (text) =>
  text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const cells = line.split(",");
      const record = {};
      COLUMNS.split(",").forEach((name, c) => {
        if (cells[c] !== "") record[name] = cells[c];
      });
      return record;
    });
const reportOptions = { period: "2026-10", by: "agency" };
const agencies1000 = Array.from({ length: 1000 }, (_, k) => `Đơn vị ${String(k + 1).padStart(4, "0")}`);
const big = summarizeProcessing(records(generate(30_000, agencies1000, 7).csv), reportOptions);
await renderReportHtml(summarizeProcessing([], reportOptions), { reportOptions }); // loads ECharts: not timed
t = performance.now();
const html1000 = await renderReportHtml(big, { reportOptions });
const nodeRender = performance.now() - t;
writeFileSync(join(work, "report-1000.html"), html1000);
const HOSTILE = "<script>alert(1)</script>";
const hostile = summarizeProcessing(
  records(generate(200, ["Sở Tư pháp", HOSTILE, `"><img src=x onerror=alert(2)>`], 3).csv),
  reportOptions,
);
writeFileSync(join(work, "hostile.html"), await renderReportHtml(hostile, { reportOptions, title: HOSTILE }));

// ---- 2–6. In Chromium ------------------------------------------------------------------------
const server = await serveDirectory(work);
const browser = await launchChromium(["--lang=vi"]);

/** Opens `file` with every other request blocked and counted; returns the page and its counters. */
async function open(context, file) {
  const page = await context.newPage();
  const url = new URL(file, server.url).href;
  const seen = { requests: [], blocked: [], problems: [], dialogs: [] };
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("pageerror", (error) => seen.problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") seen.problems.push(`console: ${message.text()}`);
  });
  page.on("dialog", async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.route("**/*", (route) => {
    if (route.request().url() === url) return route.continue();
    seen.blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, url, seen };
}

/** Per chart: the bars drawn (filled data shapes; the dashed target line has no fill), value labels, target lines. */
const readCharts = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("figure[data-chart]")].map((f) => {
        const shapes = [...f.querySelectorAll('svg path[ecmeta_ssr_type="chart"]')];
        return [
          f.dataset.chart,
          {
            bars: shapes.filter((p) => p.getAttribute("fill") !== "none").length,
            dashed: shapes.filter((p) => p.getAttribute("fill") === "none" && p.hasAttribute("stroke-dasharray"))
              .length,
            texts: [...f.querySelectorAll("svg text")].map((x) => x.textContent),
          },
        ];
      }),
    ),
  );

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

  console.log("A month of 100,000 dossiers over 30 agencies");
  const month1 = await open(context, "report-2026-10.html");
  const { page } = month1;
  check(
    "the page opens in Vietnamese",
    (await page.getAttribute("html", "lang")) === "vi",
    JSON.stringify(month1.seen),
  );
  const charts = await readCharts(page);
  check(
    `on-time rate: one bar per agency with a result by 31/10 (${month.agenciesWithResults})`,
    charts.onTimeRate?.bars === month.agenciesWithResults,
    JSON.stringify(charts.onTimeRate?.bars),
  );
  const rates = charts.onTimeRate.texts.filter((x) => /^\d+(,\d+)?$/.test(x)).map((x) => Number(x.replace(",", ".")));
  const shown = rates.slice(-month.agenciesWithResults); // the bars' labels come after the axis labels
  check(
    "the on-time bars are sorted, best first",
    shown.every((v, k) => k === 0 || shown[k - 1] >= v),
    shown.join(" "),
  );
  check(
    "the on-time target line is drawn, > 90 %",
    charts.onTimeRate.dashed === 1 && charts.onTimeRate.texts.includes("mục tiêu > 90 %"),
  );
  check("by channel: three bars", charts.byChannel?.bars === 3);
  const nf = new Intl.NumberFormat("vi-VN");
  const channelLabels = [month.newByChannel.online, month.newByChannel.direct, month.newByChannel.postal].map((n) =>
    nf.format(n),
  );
  check(
    `by channel: the generated counts ${channelLabels.join(" / ")}`,
    channelLabels.every((label) => charts.byChannel.texts.includes(label)),
    charts.byChannel.texts.join(" "),
  );
  check("no chart by month for a single month", charts.byMonth === undefined);
  check(
    "the table: 30 agencies and the total, the received total as generated (100.000)",
    (await page.locator("table.report tbody tr").count()) === 31 &&
      (await page.locator("table.report tr.total td").nth(1).textContent()) === nf.format(100_000),
  );
  check("the figures are checked and agree", (await page.locator('[data-check="ok"]').count()) === 1);
  check("no script in the page", (await page.locator("script").count()) === 0);
  check(
    "no request left the page (one request: the page; none blocked)",
    month1.seen.requests.length === 1 && month1.seen.blocked.length === 0,
    [...month1.seen.requests, ...month1.seen.blocked].join("\n  "),
  );
  check("no page errors or console messages", month1.seen.problems.length === 0, month1.seen.problems.join("\n  "));
  check("the CLI's JSON and the page agree on the agencies", json.rows.length === 30);
  mkdirSync(dirname(values.screenshot), { recursive: true });
  await page.screenshot({ path: values.screenshot, fullPage: true });
  console.log(`  screenshot: ${values.screenshot}`);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  const [w, h] = box === null ? [0, 0] : [Number(box[1]), Number(box[2])];
  // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
  check(
    `prints on A4 landscape (${pages} pages of ${w.toFixed(0)} × ${h.toFixed(0)} pt)`,
    pages >= 1 && Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2,
  );
  await page.close();

  console.log("The quarter: the chart by month");
  const quarter = await open(context, "report-2026-Q4.html");
  const q = await readCharts(quarter.page);
  check("by month: October, November, December × received, resolved, overdue = 9 bars", q.byMonth?.bars === 9);
  check("no request left the quarter's page", quarter.seen.requests.length === 1 && quarter.seen.blocked.length === 0);
  await quarter.page.close();

  console.log("Injection");
  const bad = await open(context, "hostile.html");
  const cells = await bad.page.locator("table.report td.key").allTextContents();
  check("an agency named <script>alert(1)</script> appears as text", cells.includes(HOSTILE), cells.join(" | "));
  check("…and so does the title", (await bad.page.locator("h1").textContent()) === HOSTILE);
  check("…and in the chart, as SVG text", (await readCharts(bad.page)).onTimeRate.texts.includes(HOSTILE));
  check(
    "nothing ran: no dialog, no script, no image",
    bad.seen.dialogs.length === 0 && (await bad.page.locator("script, img").count()) === 0,
  );
  await bad.page.close();

  console.log("1,000 agencies");
  const times = [];
  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const start = performance.now();
    const { page: p, seen } = await open(fresh, "report-1000.html");
    // Rendered = loaded and two frames painted (style, layout and paint of the whole table and SVG).
    await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    times.push(performance.now() - start);
    loads.push(await p.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd));
    if (run === 0) {
      const c = await readCharts(p);
      const rated = big.rows.filter((r) => r.onTimeRate !== null).length;
      check(
        `1,000 agencies: ${rated} on-time bars, 1,000 table rows`,
        c.onTimeRate.bars === rated && (await p.locator("table.report tbody tr").count()) === 1001,
      );
      check("no request left the 1,000-agency page", seen.requests.length === 1 && seen.blocked.length === 0);
    }
    await fresh.close();
  }
  times.sort((a, b) => a - b);
  loads.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `  open + render in Chromium, ${RUNS} runs: min ${times[0].toFixed(0)} ms, median ${median.toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms; of which navigation to the load event: median ${loads[Math.floor(loads.length / 2)].toFixed(0)} ms; page (${(html1000.length / 1048576).toFixed(1)} MB) written by Node in ${nodeRender.toFixed(0)} ms`,
  );
  // Measured, not asserted: the time depends on the machine and its neighbours (the goal, under 2 s
  // on the development machine, and the runs are in bench/RESULTS.md).
  console.log(
    `  ${median < 2000 ? "within" : "OVER"} the 2 s goal for the 1,000-agency page (median ${median.toFixed(0)} ms)`,
  );
  await context.close();
  console.log(`report page test: ${checks} checks passed`);
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

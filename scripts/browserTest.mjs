// The browser demo (examples/browser) in real Chromium: build the page against this repository's
// dist/ (run `npm run build` first), serve it on 127.0.0.1, pick a procedure and a receipt instant,
// check what a user sees in Vietnamese and in English, and save docs/screenshots/browser-demo.png.
//
//   node scripts/browserTest.mjs                     build from dist/ and test
//   node scripts/browserTest.mjs --dist <dir>        test a page already built (e.g. from the packed package)
//   CHROMIUM=/path/to/chromium node scripts/…        another browser binary (default /usr/bin/chromium)
//
// Never downloads a browser: it launches the system Chromium through playwright-core.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildPage } from "../examples/browser/build.mjs";
import { serveDirectory } from "../examples/browser/serve.mjs";
import { launchChromium } from "./_chromium.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    dist: { type: "string" },
    screenshot: { type: "string", default: join(ROOT, "docs", "screenshots", "browser-demo.png") },
  },
});

/** esbuild resolves `tthc` and `tthc/<subpath>` to this repository's build, through package.json#exports. */
function tthcFromThisRepository() {
  const { exports } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  return {
    name: "tthc-from-this-repository",
    setup(build) {
      build.onResolve({ filter: /^tthc(\/[a-z-]+)?$/ }, ({ path }) => {
        const subpath = path === "tthc" ? "." : `./${path.slice("tthc/".length)}`;
        const target = exports[subpath]?.import?.default;
        if (target === undefined) return { errors: [{ text: `package.json#exports has no "${subpath}"` }] };
        const file = join(ROOT, target);
        if (!existsSync(file)) return { errors: [{ text: `${file} is missing: run npm run build first` }] };
        return { path: file };
      });
    },
  };
}

const dist = values.dist
  ? resolve(values.dist)
  : await buildPage({ outdir: join(ROOT, "examples", "browser", "dist"), plugins: [tthcFromThisRepository()] });
const server = await serveDirectory(dist);
const browser = await launchChromium(["--lang=vi"] /* the date-time input shows dd/mm/yyyy */);

let checks = 0;
function check(what, condition, detail = "") {
  checks++;
  if (!condition) throw new Error(`browser test: ${what}${detail ? `\n  ${detail}` : ""}`);
  console.log(`  ✓ ${what}`);
}

try {
  // A browser far from Vietnam: the page must still compute in Asia/Ho_Chi_Minh.
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    timezoneId: "America/Los_Angeles",
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));

  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  // biome-ignore lint/performance/useDomNodeTextContent: playwright's innerText() is the rendered, visible text
  const text = (selector) => page.locator(selector).innerText();

  console.log("Vietnamese (default)");
  check("the page opens in Vietnamese", (await page.getAttribute("html", "lang")) === "vi");
  check("the title is Vietnamese", (await text("h1")) === "Tính ngày hẹn trả kết quả");
  check("five procedures from tthc/fixtures", (await page.locator("#procedure option").count()) === 5);

  // Private enterprise registration (2.001610, 03 working days) received at 15:30 on Friday 13/2/2026.
  await page.selectOption("#procedure", "2.001610");
  await page.fill("#received-at", "2026-02-13T15:30");
  const dueVi = await text("#due-at");
  check("due on Wednesday 25/02/2026 at 17:00", /Thứ Tư, 25\/02\/2026 lúc 17:00/.test(dueVi), dueVi);
  const skippedVi = await text("#skipped");
  check("Tết Nguyên đán Bính Ngọ among the days skipped", skippedVi.includes("Tết Nguyên đán Bính Ngọ"), skippedVi);
  check("nine days off skipped (14/2–22/2)", (await text("#due-panel")).includes("Ngày nghỉ được bỏ qua (9)"));
  check("the calendar shows February 2026", (await text("#month-title")) === "02/2026");
  const classes = (date) => page.locator(`td[data-date="${date}"]`).getAttribute("class");
  check("17/2 is marked as a holiday", (await classes("2026-02-17"))?.includes("holiday"));
  check("13/2 is marked as the receipt day", (await classes("2026-02-13"))?.includes("receipt"));
  check("25/2 is marked as the due day", (await classes("2026-02-25"))?.includes("due"));
  await page.locator("#received-at").blur();
  mkdirSync(dirname(values.screenshot), { recursive: true });
  await page.screenshot({ path: values.screenshot, fullPage: true });
  console.log(`  screenshot: ${values.screenshot}`);

  // The same-day birth registration (1.001193) after its 15:00 cut-off: due after Tết.
  await page.selectOption("#procedure", "1.001193");
  const birth = await text("#due-at");
  check(
    "a birth registration after the 15:00 cut-off is due on Monday 23/02/2026",
    birth.includes("23/02/2026"),
    birth,
  );
  check("the cut-off is explained", (await text("#due-panel")).includes("sau 15:00"));

  // Makeup Saturday 10/1/2026 (làm bù for New Year) one month back.
  await page.getByRole("button", { name: "‹ Tháng trước" }).click();
  check("January 2026 after 'previous month'", (await text("#month-title")) === "01/2026");
  check("10/1/2026 is marked as a makeup Saturday (làm bù)", (await classes("2026-01-10"))?.includes("makeupWorkday"));
  check("2/1/2026 is marked as a swapped day off", (await classes("2026-01-02"))?.includes("swap"));
  check("the makeup day is labelled", (await text('td[data-date="2026-01-10"]')).includes("Làm bù"));

  // "In giấy tiếp nhận": the receipt (tthc/forms-html) opens in a new window, which prints it.
  await page.selectOption("#procedure", "2.001610");
  const [receipt] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "In giấy tiếp nhận" }).click(),
  ]);
  await receipt.waitForLoadState("load");
  await receipt.waitForFunction(() => document.title.startsWith("Mẫu số 01"));
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered, visible text of the printed page
  const receiptText = await receipt.locator("body").innerText();
  check(
    "the receipt opens with its title",
    receiptText.includes("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    receiptText,
  );
  check("with the motto", receiptText.includes("Độc lập - Tự do - Hạnh phúc"));
  check(
    "with the place and date in words and the due time",
    receiptText.includes("Hà Nội, ngày 13 tháng 02 năm 2026") &&
      receiptText.includes("17 giờ 00 phút, ngày 25 tháng 02 năm 2026"),
    receiptText,
  );
  check("with the QR codes of the dossier code and the lookup address", (await receipt.locator("svg").count()) === 2);
  await receipt.close();

  console.log("English");
  await page.getByRole("button", { name: "English" }).click();
  check("html lang switches to en", (await page.getAttribute("html", "lang")) === "en");
  check("the title is English", (await text("h1")) === "Due date calculator");
  check("form labels are English", (await text("form")).includes("Administrative procedure"));
  await page.selectOption("#procedure", "2.001610");
  const dueEn = await text("#due-at");
  check("due on Wednesday 25/02/2026 at 17:00, in English", /Wednesday.*25\/02\/2026 at 17:00/.test(dueEn), dueEn);
  const skippedEn = await text("#skipped");
  check("holiday names in English", skippedEn.includes("Lunar New Year (Tết Bính Ngọ)"), skippedEn);
  check("legend in English", (await text(".legend")).includes("Makeup working day"));
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  check("and back to Vietnamese", (await text("h1")) === "Tính ngày hẹn trả kết quả");

  check("no page errors, console errors or failed requests", problems.length === 0, problems.join("\n  "));
  await context.close();
  console.log(`browser test: ${checks} checks passed`);
} finally {
  await browser.close();
  await server.close();
}

// Screenshots of the API reference in real Chromium: serve docs/api (run `npm run docs` first) on
// 127.0.0.1 and save the home page and the `transition` page (a signature that names its types:
// `DossierState`, `DossierEventInput`, `WorkflowContext`) to docs/screenshots/api-*.png.
//
//   node scripts/docsScreenshots.mjs                 from docs/api into docs/screenshots
//   node scripts/docsScreenshots.mjs --api <dir>     another build of the reference
//   CHROMIUM=/path/to/chromium node scripts/…        another browser binary (default /usr/bin/chromium)
//
// Never downloads a browser: it launches the system Chromium through playwright-core.
import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launchChromium } from "./_chromium.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    api: { type: "string", default: join(ROOT, "docs", "api") },
    out: { type: "string", default: join(ROOT, "docs", "screenshots") },
  },
});
const api = resolve(values.api);
if (!existsSync(join(api, "index.html"))) {
  process.stderr.write(`${api}/index.html is missing: run npm run docs first\n`);
  process.exit(1);
}

// typedoc's pages load SVG icons by URL, so the server must name their type (a plain file server
// that answers application/octet-stream leaves the icons blank).
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
  const file = normalize(join(api, path === "/" ? "index.html" : decodeURIComponent(path)));
  if (!file.startsWith(api + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end("not found");
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;

const browser = await launchChromium();
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  mkdirSync(values.out, { recursive: true });

  const shots = [
    { name: "api-home.png", path: "/index.html", expect: "Install", open: "Modules" },
    { name: "api-transition.png", path: "/functions/tthc_workflow.transition.html", expect: "DossierState" },
  ];
  for (const shot of shots) {
    await page.goto(base + shot.path, { waitUntil: "load" });
    // The sidebar is built by script from navigation.js; wait until it lists the modules.
    await page.waitForSelector(".site-menu nav a[href$='tthc_workflow.html']", { state: "attached", timeout: 15_000 });
    if (shot.open !== undefined) {
      // The sidebar's top level is folded ("Documents", "Modules"): unfold the modules to show them.
      await page.locator(".site-menu summary.tsd-accordion-summary", { hasText: shot.open }).first().click();
    }
    const text = (await page.locator(".col-content").textContent()) ?? "";
    if (!text.includes(shot.expect)) {
      failed = true;
      process.stderr.write(`${shot.path}: expected "${shot.expect}" in the page\n`);
    }
    await page.screenshot({ path: join(values.out, shot.name) });
    process.stdout.write(`  screenshot: ${join(values.out, shot.name)}\n`);
  }
  if (problems.length > 0) {
    failed = true;
    process.stderr.write(`problems while loading the pages:\n  ${problems.join("\n  ")}\n`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

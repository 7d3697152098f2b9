// Prints every one-stop form of both rule sets, in Vietnamese and English, to PDF in real Chromium
// from the built package (run `npm run build` first), and checks what a person would hold:
//
// - page count: one A4 page for every form with typical data; a supplement request with a long
//   list flows onto a second page with the whole signature block on it; a long control slip
//   repeats its header row on each page;
// - the PDF's text (pdftotext) holds the national title and motto, the dossier code and every
//   piece of data as given, Vietnamese letters included, and every font Chromium embedded is Times
//   New Roman or a face with its metrics (a letter missing from the font would have fallen back to
//   another face: no tofu, no mixed faces);
// - the receipt's two QR codes, read from the rendered page (pdftoppm), decode to the dossier code
//   and the lookup address.
//
//   node scripts/printForms.mjs           checks only (CI)
//   node scripts/printForms.mjs --png     also writes docs/screenshots/forms/*.png
//   CHROMIUM=/path/to/chromium node …     another browser binary (default /usr/bin/chromium)
//
// Needs poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts) and the fonts of fonts-croscore or
// fonts-liberation2. Never downloads anything.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import jsqr from "jsqr";
import { launchChromium } from "./_chromium.mjs";
import { FORM_DATA, FORM_OPTIONS, LONG_CONTROL_ROWS, LONG_SUPPLEMENT_ITEMS } from "./_formSamples.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { png: { type: "boolean", default: false } } });
const started = Date.now();

const dist = (entry) => join(ROOT, "dist", entry, "index.js");
if (!existsSync(dist("forms-html"))) {
  process.stderr.write("dist/forms-html is missing: run npm run build first\n");
  process.exit(1);
}
const { createFormDocument, RULE_SETS } = {
  ...(await import(dist("workflow"))),
  ...(await import(dist("models"))),
};
const { renderFormHtml } = await import(dist("forms-html"));

const work = mkdtempSync(join(tmpdir(), "tthc-forms-"));
const shots = join(ROOT, "docs", "screenshots", "forms");
if (values.png) mkdirSync(shots, { recursive: true });

/** Fonts with the metrics of Times New Roman (DOC-3), as pdffonts names them. */
const TIMES_LIKE = /^[A-Z]{6}\+(TimesNewRoman|Tinos|LiberationSerif)/;
const run = (command, args) => execFileSync(command, args, { encoding: "utf8" });
const flat = (text) => text.normalize("NFC").replace(/\s+/g, " ");

const problems = [];
const problem = (name, text) => problems.push(`${name}: ${text}`);

/** The text strings of a form's data, as the page prints them (codes and date-times aside). */
function printedStrings(data) {
  // Codes print as words; componentId is not printed; the stop notice's signer gives way to signerName.
  const skip = new Set(["resultChannel", "stage", "outcome", "componentId", "unit", "signer"]);
  const out = [];
  const walk = (value, key) => {
    if (typeof value === "string") {
      if (!skip.has(key) && !/^\d{4}-\d{2}-\d{2}T/.test(value)) out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, "");
  return out;
}

/** The rows and columns of a gray PGM (P5) image from pdftoppm, as RGBA for jsQR. */
function readPgm(file) {
  const bytes = readFileSync(file);
  const header = bytes
    .subarray(0, 64)
    .toString("latin1")
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (header === null) throw new Error(`${file} is not a binary PGM`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = pixels[i];
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** Every QR code on an image: decode one, paint it white, look again. */
function decodeAll(image) {
  const found = [];
  for (let n = 0; n < 4; n++) {
    const code = jsqr(image.data, image.width, image.height);
    if (code === null) break;
    found.push(code.data);
    const xs = Object.values(code.location).map((p) => p.x);
    const ys = Object.values(code.location).map((p) => p.y);
    const pad = 12;
    for (
      let y = Math.max(0, Math.floor(Math.min(...ys)) - pad);
      y < Math.min(image.height, Math.max(...ys) + pad);
      y++
    ) {
      for (
        let x = Math.max(0, Math.floor(Math.min(...xs)) - pad);
        x < Math.min(image.width, Math.max(...xs) + pad);
        x++
      ) {
        const i = (y * image.width + x) * 4;
        image.data[i] = image.data[i + 1] = image.data[i + 2] = 255;
      }
    }
  }
  return found;
}

const browser = await launchChromium();
const page = await browser.newPage();

/** Prints one document to PDF and returns its file, page count and per-page text. */
async function print(name, html) {
  await page.setContent(html, { waitUntil: "load" });
  const file = join(work, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [file]))?.[1]);
  const texts = Array.from({ length: pages }, (_, i) =>
    flat(run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"])),
  );
  const fonts = run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean);
  for (const font of fonts) if (!TIMES_LIKE.test(font)) problem(name, `font ${font} is not Times New Roman-compatible`);
  if (fonts.length === 0) problem(name, "no font embedded");
  return { file, pages, texts };
}

const cases = [];
for (const ruleSet of ["VN-2018", "VN-2025"]) {
  for (const { kind } of RULE_SETS[ruleSet].forms) {
    for (const lang of ["vi", "en"]) cases.push({ ruleSet, kind, lang, data: FORM_DATA[kind] });
  }
}
let printed = 0;
for (const { ruleSet, kind, lang, data } of cases) {
  const name = `${ruleSet.toLowerCase()}-${kind}-${lang}`;
  const html = await renderFormHtml(createFormDocument(ruleSet, kind, data), { ...FORM_OPTIONS, lang });
  const { file, pages, texts } = await print(name, html);
  printed++;
  if (pages !== 1) problem(name, `${pages} pages, expected 1`);
  const text = texts.join(" ");
  const motto = lang === "vi" ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness";
  const title = lang === "vi" ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM";
  // A table cell's lines come out interleaved with its neighbours', and pdftotext joins a word
  // broken after a hyphen: compare those word by word, hyphens dropped.
  const table = kind === "processControlSlip" || kind === "dossierRegister";
  const wordsOf = (t) => flat(t).replace(/-/g, "").split(" ").filter(Boolean);
  const words = new Set(wordsOf(text));
  const expectations = [motto, title, "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", ...printedStrings(data)];
  if (!table) expectations.push(FORM_OPTIONS.signerName);
  for (const expected of expectations) {
    const found = table ? wordsOf(expected).every((w) => words.has(w)) : text.includes(flat(expected));
    if (!found) problem(name, `the PDF text lacks "${expected}"`);
  }
  if (kind === "appointmentSlip") {
    const image = join(work, name);
    run("pdftoppm", ["-r", "200", "-gray", "-f", "1", "-l", "1", "-singlefile", file, image]);
    const found = decodeAll(readPgm(`${image}.pgm`)).sort();
    const url = FORM_OPTIONS.lookupUrl.replace("{dossierCode}", encodeURIComponent(data.dossierCode));
    if (JSON.stringify(found) !== JSON.stringify([data.dossierCode, url].sort())) {
      problem(name, `QR codes read ${JSON.stringify(found)}`);
    }
  }
  if (values.png && (lang === "vi" || ruleSet === "VN-2025")) {
    run("pdftoppm", ["-png", "-gray", "-r", "90", "-f", "1", "-l", "1", "-singlefile", file, join(shots, name)]);
  }
}

// A supplement list that grows past one page: whatever its length, the signature block and the
// recipients stay whole on one page (break-inside: avoid, DOC-9); the longest flows onto page 2.
for (let n = 10; n <= LONG_SUPPLEMENT_ITEMS.length; n += 2) {
  const name = `vn-2025-supplementRequest-${n}-items-vi`;
  const data = { ...FORM_DATA.supplementRequest, items: LONG_SUPPLEMENT_ITEMS.slice(0, n) };
  const html = await renderFormHtml(createFormDocument("VN-2025", "supplementRequest", data), FORM_OPTIONS);
  const { file, pages, texts } = await print(name, html);
  printed++;
  if (pages > 2) problem(name, `${pages} pages, expected at most 2`);
  if (n === LONG_SUPPLEMENT_ITEMS.length && pages !== 2) problem(name, `${pages} pages, expected 2`);
  const parts = ["NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", FORM_OPTIONS.signerName, "Nơi nhận:", "Lưu: VT."];
  const holders = parts.map((part) => texts.findIndex((t) => t.includes(part)));
  if (holders.some((p) => p !== holders[0]) || holders[0] === -1) {
    problem(name, `the signature block is split or missing: pages ${holders.map((p) => p + 1).join(", ")}`);
  }
  if (pages === 2 && !(texts[1] ?? "").startsWith("2 ")) problem(name, "page 2 does not start with its number (DOC-1)");
  if (values.png && n === LONG_SUPPLEMENT_ITEMS.length) {
    run("pdftoppm", [
      "-png",
      "-gray",
      "-r",
      "90",
      "-f",
      "2",
      "-l",
      "2",
      "-singlefile",
      file,
      join(shots, `${name}-page2`),
    ]);
  }
}

// A long process-control slip repeats its header row on every page.
{
  const name = "vn-2025-processControlSlip-long-vi";
  const data = { ...FORM_DATA.processControlSlip, rows: LONG_CONTROL_ROWS };
  const html = await renderFormHtml(createFormDocument("VN-2025", "processControlSlip", data), FORM_OPTIONS);
  const { pages, texts } = await print(name, html);
  printed++;
  if (pages < 2) problem(name, `${pages} page, expected the 30 rows to need more`);
  texts.forEach((text, i) => {
    if (!text.includes("Nội dung công việc")) problem(name, `page ${i + 1} lacks the header row`);
  });
}

await browser.close();
rmSync(work, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\n`);
  process.exit(1);
}
process.stdout.write(
  `printForms: ${printed} documents printed and checked in ${seconds} s${values.png ? `; PNGs in ${shots}` : ""}\n`,
);

/**
 * Private: what the report page and the SIPAS page share — the language, number formats, the
 * style sheet (screen and A4 landscape print), figures, the header block and the document shell.
 * Every piece of data is escaped here or by the caller with the one `escapeHtml`.
 */
import { checkChoice, checkFinite, mustBe, type Path } from "../_internal/checks.js";
import { escapeHtml, htmlDocument } from "../_internal/html.js";
import { VERSION } from "../_internal/version.js";

/** Language of a page. */
export type Language = "vi" | "en";

/** Reads the `language` option (`vi` by default). */
export function readLanguage(value: unknown): Language {
  return value === undefined ? "vi" : checkChoice(value, ["vi", "en"], ["language"]);
}

/** A text in both languages, picked by the page's language. */
export type Bilingual = readonly [vi: string, en: string];

/** The text of `pair` in `language`. */
export const pick = (pair: Bilingual, language: Language): string => pair[language === "vi" ? 0 : 1];

/** A target in percent (0–100), `fallback` when absent. */
export function readTarget(value: unknown, path: Path, fallback: number): number {
  if (value === undefined) return fallback;
  const n = checkFinite(value, path, "INVALID_OPTION");
  if (n < 0 || n > 100) throw mustBe("INVALID_OPTION", path, "a percentage from 0 to 100", "tỷ lệ từ 0 đến 100", n);
  return n;
}

/** A page title given by the caller: a non-empty string of at most 300 characters. */
export function readTitle(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "" || value.length > 300) {
    throw mustBe(
      "INVALID_OPTION",
      ["title"],
      "a non-empty text of at most 300 characters",
      "chuỗi không rỗng, tối đa 300 ký tự",
      value,
    );
  }
  return value;
}

/** Number formats of a page: counts with the language's grouping, percentages as given (already rounded). */
export function numberFormats(language: Language): {
  readonly count: (n: number) => string;
  readonly percent: (n: number | null) => string;
} {
  const locale = language === "vi" ? "vi-VN" : "en-US";
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const rates = new Intl.NumberFormat(locale, { maximumFractionDigits: 10 });
  return {
    count: (n) => counts.format(n),
    percent: (n) => (n === null ? "N/A" : rates.format(n)),
  };
}

/** `<th>` text in both languages, the page's language first. */
export function bilingualHeader(pair: Bilingual, language: Language): string {
  const [first, second] = language === "vi" ? pair : [pair[1], pair[0]];
  return `${escapeHtml(first)}<span class="alt" lang="${language === "vi" ? "en" : "vi"}">${escapeHtml(second)}</span>`;
}

/** One chart: a caption, the inline SVG (already checked) and notes (escaped here). */
export function figure(id: string, caption: string, svg: string, notes: readonly string[]): string {
  const lines = notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("");
  return `<figure data-chart="${escapeHtml(id)}"><figcaption>${escapeHtml(caption)}</figcaption><div class="chart" role="img" aria-label="${escapeHtml(caption)}">${svg}</div>${lines}</figure>`;
}

/** A definition list of `[term, value]` (both plain text, escaped here). */
export function facts(entries: readonly (readonly [string, string])[]): string {
  return `<dl class="facts">${entries.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`;
}

const TEXT = {
  version: ["Phiên bản thư viện", "Library version"],
  made: ["Trang được tạo bởi tthc", "Page made by tthc"],
  offline: [
    "Trang tự chứa: không tải gì từ mạng, không có mã chạy; biểu đồ là SVG nhúng.",
    "Self-contained page: nothing is loaded from the network and no script runs; the charts are inline SVG.",
  ],
} as const satisfies Record<string, Bilingual>;

/** The library version as the page shows it. */
export const versionFact = (language: Language): readonly [string, string] => [
  pick(TEXT.version, language),
  `tthc ${VERSION}`,
];

/** Colours of the charts (readable in grey print too: the target line is dashed, bars carry their value). */
export const COLORS = {
  good: "#2f7d4f",
  below: "#c9822b",
  target: "#b42318",
  series: ["#3b6fb6", "#2f7d4f", "#b42318"],
  channels: ["#3b6fb6", "#7a5aa8", "#5b8c85"],
} as const;

const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --bad: #b42318; --head: #f3f5f7; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); margin: 20px auto; max-width: 1500px; padding: 0 16px; }
h1 { font-size: 21px; margin: 0 0 6px; }
h2 { font-size: 16px; margin: 22px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 3px; }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 6px 0 10px; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.check { padding: 7px 12px; border-radius: 4px; margin: 8px 0; font-size: 13px; }
.check.ok { background: #e7f5ec; border: 1px solid #9fd3b1; }
.check.bad { background: #fdecea; border: 2px solid var(--bad); color: var(--bad); }
.check.bad strong { display: block; margin-bottom: 2px; }
.check ul { margin: 2px 0 0 18px; padding: 0; }
table.report { border-collapse: collapse; width: 100%; font-size: 12px; font-variant-numeric: tabular-nums; }
table.report th, table.report td { border: 1px solid var(--line); padding: 3px 5px; }
table.report th { background: var(--head); font-weight: 600; vertical-align: bottom; text-align: center; }
table.report th .alt { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
table.report td { text-align: right; }
table.report td.key { text-align: left; min-width: 11em; overflow-wrap: anywhere; }
table.report tr.total td { font-weight: 700; background: var(--head); }
table.report tr.broken td { background: #fdecea; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 6px 28px; }
figure { margin: 10px 0; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figure .chart svg { max-width: 100%; height: auto; display: block; }
figure .note { font-size: 12px; color: var(--muted); margin: 3px 0 0; }
footer { margin-top: 24px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 6px; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; break-after: avoid; }
  .facts { font-size: 9pt; }
  table.report { font-size: 7.5pt; }
  table.report th .alt { font-size: 7pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .charts { display: block; }
  .check, table.report th, table.report tr.total td, table.report tr.broken td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** The whole page: the document shell of the HTML modules (no network, no script) around `body`. */
export function page(language: Language, title: string, body: string): string {
  const footer = `<footer>${escapeHtml(`${pick(TEXT.made, language)} ${VERSION}. ${pick(TEXT.offline, language)}`)}</footer>`;
  return htmlDocument({ lang: language, title, css: CSS.trim(), body: `${body}\n${footer}` });
}

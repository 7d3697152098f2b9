import { checkObject } from "../_internal/checks.js";
import { escapeHtml } from "../_internal/html.js";
import type { SipasResult } from "../indices/index.js";
import { loadEcharts } from "./_charts.js";
import { type Bilingual, facts, page, pick, readLanguage, readTarget, readTitle, versionFact } from "./_page.js";
import { readSipas, sipasSection } from "./_sipas.js";
import { SATISFACTION_TARGET } from "./renderReportHtml.js";

/**
 * Tùy chọn trang SIPAS — the options of {@link renderSipasHtml}.
 *
 * @example
 * ```ts
 * import type { SipasHtmlOptions } from "tthc/report-html";
 * const options: SipasHtmlOptions = { language: "en", satisfactionTarget: 95 };
 * ```
 * @category Report page
 */
export interface SipasHtmlOptions {
  /** Page language; the table's element headers are in both. @defaultValue `"vi"` */
  readonly language?: "vi" | "en";
  /** Title of the page. @defaultValue "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)" (or its English) */
  readonly title?: string;
  /** The satisfaction the bars are drawn against, in percent (met at it). @defaultValue `89` (TGT-4) */
  readonly satisfactionTarget?: number;
}

const OPTION_KEYS = ["language", "title", "satisfactionTarget"];

const TEXT = {
  title: [
    "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
    "Satisfaction with public administrative services (SIPAS)",
  ],
  by: ["Đơn vị", "Units"],
  none: ["không nhóm", "no grouping"],
  province: ["tỉnh, thành phố", "province"],
  agency: ["cơ quan", "agency"],
  targetNote: [
    "Đường mục tiêu ≥ 89 %: chỉ tiêu SIPAS năm 2023 của Hà Nội (QĐ 280/QĐ-UBND, TGT-4).",
    "Target line ≥ 89 %: Hà Nội's SIPAS target for 2023 (QĐ 280/QĐ-UBND, TGT-4).",
  ],
  ownTarget: ["Đường mục tiêu do người lập báo cáo chọn.", "Target line chosen by the report's author."],
} as const satisfies Record<string, Bilingual>;

/**
 * Renders SIPAS indices (chỉ số hài lòng) as one self-contained HTML page: the units' element
 * indices in a table, and SVG charts (Apache ECharts) of satisfaction by element, by criterion
 * (one unit) or by unit (several), each against a target line. No script, no request at view
 * time; A4 landscape print; every text from the data escaped. With a processing report, pass the
 * result as `sipas` to {@link renderReportHtml} instead, for one page with both.
 *
 * @param result - A {@link tthc/indices!SipasResult} (from `computeSipas`, an accumulator, or `tthc sipas --json`).
 * @param options - See {@link SipasHtmlOptions}.
 * @returns The HTML document, UTF-8 text.
 * @throws {@link tthc!TthcError} `MISSING_DEPENDENCY` if the optional peer `echarts` is not installed (`npm install echarts`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown or bad option.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` for a result that is not one (a missing or unknown field, a count that is not
 * a whole number ≥ 0, an index outside 0–100).
 * @remarks The target line defaults to 89 %, Hà Nội's SIPAS target for 2023 (TGT-4); national
 * programmes set others (> 80 % by 2020, ≥ 95 % by 2030): pass yours as `satisfactionTarget`.
 * @see RULES SIP-4 to SIP-7, TGT-4
 * @example
 * ```ts
 * import { computeSipas } from "tthc/indices";
 * import { renderSipasHtml } from "tthc/report-html";
 * const result = computeSipas([{ answers: { "access.1": 5, "access.2": 4, "access.3": 2 } }]);
 * const html = await renderSipasHtml(result, { language: "en" });
 * html.includes('lang="en"'); // => true
 * ```
 * @category Report page
 */
export async function renderSipasHtml(result: SipasResult, options: SipasHtmlOptions = {}): Promise<string> {
  const o = checkObject(options, [], "INVALID_OPTION", OPTION_KEYS, "an object of options", "một đối tượng tùy chọn");
  const language = readLanguage(o["language"]);
  const title = readTitle(o["title"]) ?? pick(TEXT.title, language);
  const target = readTarget(o["satisfactionTarget"], ["satisfactionTarget"], SATISFACTION_TARGET);
  const read = readSipas(result, []);
  const lib = await loadEcharts();
  const t = (pair: Bilingual) => pick(pair, language);
  const note = target === SATISFACTION_TARGET ? t(TEXT.targetNote) : t(TEXT.ownTarget);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    facts([[t(TEXT.by), t(TEXT[read.by])], versionFact(language)]),
    sipasSection(lib, read, language, target, note),
  ];
  return page(language, title, body.join("\n"));
}

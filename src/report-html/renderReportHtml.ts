import { checkObject, mustBe } from "../_internal/checks.js";
import { escapeHtml } from "../_internal/html.js";
import type { SipasResult } from "../indices/index.js";
import { PROCESSING_COLUMN_LABELS } from "../report/_columnLabels.js";
import type { ProcessingReport, ProcessingRow, ReportOptions } from "../report/index.js";
import { PROCESSING_COLUMNS } from "../report/index.js";
import { loadEcharts } from "./_charts.js";
import {
  type Bilingual,
  bilingualHeader,
  COLORS,
  facts,
  figure,
  type Language,
  numberFormats,
  page,
  pick,
  readLanguage,
  readTarget,
  readTitle,
  versionFact,
} from "./_page.js";
import { findProblems, type Problem, type ReadReport, readReport } from "./_readReport.js";
import { countBars, percentBars } from "./_reportCharts.js";
import { readSipas, sipasSection } from "./_sipas.js";

/**
 * Tùy chọn trang báo cáo — what {@link renderReportHtml} needs besides the report.
 *
 * @example
 * ```ts
 * import type { ReportHtmlOptions } from "tthc/report-html";
 * const options: ReportHtmlOptions = { reportOptions: { period: "2026-10", by: "agency" }, language: "en" };
 * ```
 * @category Report page
 */
export interface ReportHtmlOptions {
  /**
   * The options the report was made with (the same object given to `summarizeProcessing` or
   * `createReportAccumulator`): the page prints its rules, and refuses a report whose period,
   * instant or grouping they do not give.
   */
  readonly reportOptions: ReportOptions;
  /** Page language; the table's headers are in both. @defaultValue `"vi"` */
  readonly language?: "vi" | "en";
  /** Title of the page. @defaultValue "Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính" (or its English) */
  readonly title?: string;
  /**
   * One report per month of the period, made with the same options but each month as its period
   * (any grouping): with two or more, the page charts received, resolved and overdue by month.
   */
  readonly months?: readonly ProcessingReport[];
  /** SIPAS indices (`computeSipas`) to show under the report. */
  readonly sipas?: SipasResult;
  /** The on-time rate the bars are drawn against, in percent (met above it). @defaultValue `90` (TGT-5) */
  readonly onTimeTarget?: number;
  /** The satisfaction the SIPAS bars are drawn against, in percent (met at it). @defaultValue `89` (TGT-4) */
  readonly satisfactionTarget?: number;
}

const OPTION_KEYS = ["reportOptions", "language", "title", "months", "sipas", "onTimeTarget", "satisfactionTarget"];

/** Default on-time target, percent (TGT-5). */
const ON_TIME_TARGET = 90;
/** Default satisfaction target, percent (TGT-4). */
export const SATISFACTION_TARGET = 89;

const TEXT = {
  title: [
    "Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính",
    "Report on the handling of administrative procedure dossiers",
  ],
  period: ["Kỳ báo cáo", "Reporting period"],
  evaluatedAt: ["Số liệu tính đến", "Figures as of"],
  by: ["Nhóm theo", "Grouped by"],
  reference: ["Mốc kết thúc xử lý (REP-5)", "End of processing (REP-5)"],
  granularity: ["So với hạn theo (REP-5)", "Compared with the due date by (REP-5)"],
  classifyAgainst: ["Hạn dùng để xếp loại (DL-14)", "Due date classified against (DL-14)"],
  copies: ["Hồ sơ liên thông (REP-10)", "Inter-agency copies (REP-10)"],
  rounding: ["Làm tròn tỷ lệ (REP-7, REP-8)", "Rate rounding (REP-7, REP-8)"],
  records: ["Bản ghi", "Records"],
  checkedOk: [
    "Số liệu khớp: mọi dòng và dòng tổng thỏa các ràng buộc của báo cáo (REP-3), tỷ lệ đúng hạn tính lại bằng đúng số in (REP-7), dòng tổng bằng tổng các dòng.",
    "Figures agree: every row and the total satisfy the report's invariants (REP-3), every on-time rate recomputes to the printed one (REP-7), and the total is the sum of the rows.",
  ],
  checkedBad: ["Số liệu KHÔNG khớp", "The figures do NOT agree"],
  total: ["Tổng", "Total"],
  empty: ["(trống)", "(empty)"],
  tableHeading: ["Bảng tổng hợp", "Summary table"],
  chartsHeading: ["Biểu đồ", "Charts"],
  onTime: ["Tỷ lệ giải quyết đúng hạn theo", "On-time rate by"],
  onTimeNone: ["Tỷ lệ giải quyết đúng hạn chung", "Overall on-time rate"],
  nothingResolved: ["chưa giải quyết hồ sơ nào: không vẽ", "nothing resolved: not drawn"],
  byMonth: ["Nhận, đã giải quyết và quá hạn theo tháng", "Received, resolved and overdue by month"],
  monthNote: [
    "Mỗi tháng là báo cáo của riêng tháng đó: nhận giải quyết (gồm kỳ trước chuyển qua), đã giải quyết trong tháng, quá hạn = đã giải quyết quá hạn + đang giải quyết quá hạn cuối tháng.",
    "Each month is that month's own report: received (carried over included), resolved in the month, overdue = resolved late + pending overdue at the month's end.",
  ],
  received: ["Nhận giải quyết", "Received"],
  resolved: ["Đã giải quyết", "Resolved"],
  overdue: ["Quá hạn", "Overdue"],
  byChannel: ["Hồ sơ mới tiếp nhận theo kênh", "New dossiers by channel"],
  online: ["Trực tuyến", "Online"],
  direct: ["Trực tiếp", "In person"],
  postal: ["Bưu chính", "Postal"],
  target: ["mục tiêu", "target"],
  onTimeTargetNote: [
    "Đường mục tiêu > 90 %: mức đúng hạn Hà Nội đã đạt (quý I/2021, BC 83/BC-UBND), dùng làm mốc so sánh; chưa tìm thấy chỉ tiêu quốc gia (TGT-5).",
    "Target line > 90 %: the on-time level Hà Nội reported (Q1/2021, BC 83/BC-UBND), used as a yardstick; no national on-time target was found (TGT-5).",
  ],
  ownTarget: ["Đường mục tiêu do người lập báo cáo chọn.", "Target line chosen by the report's author."],
  satisfactionTargetNote: [
    "Đường mục tiêu ≥ 89 %: chỉ tiêu SIPAS năm 2023 của Hà Nội (QĐ 280/QĐ-UBND, TGT-4).",
    "Target line ≥ 89 %: Hà Nội's SIPAS target for 2023 (QĐ 280/QĐ-UBND, TGT-4).",
  ],
} as const satisfies Record<string, Bilingual>;

const BY: Readonly<Record<ProcessingReport["by"], Bilingual>> = {
  none: ["không nhóm", "no grouping"],
  agency: ["cơ quan tiếp nhận", "receiving agency"],
  competentAgency: ["cơ quan có thẩm quyền", "competent agency"],
  sector: ["lĩnh vực", "sector"],
  procedure: ["thủ tục", "procedure"],
  channel: ["kênh nộp hồ sơ", "channel"],
};
const RULE_VALUES: Readonly<Record<string, Bilingual>> = {
  resultReady: ["khi có kết quả (resultReady)", "result ready (resultReady)"],
  returned: ["khi trả kết quả (returned)", "result returned (returned)"],
  day: ["ngày (day)", "day (day)"],
  minute: ["phút (minute)", "minute (minute)"],
  original: ["hạn ban đầu (original)", "the first appointment (original)"],
  reappointed: ["hạn sau khi hẹn lại (reappointed)", "the current appointment (reappointed)"],
  skip: ["đếm một lần tại nơi gốc (skip)", "counted once, at the origin (skip)"],
  count: ["đếm cả bản sao (count)", "copies counted (count)"],
  halfUp: ["làm tròn nửa lên", "half up"],
  truncate: ["cắt bỏ", "truncated"],
};

/**
 * Renders a processing report as one self-contained HTML page (trang báo cáo): the table officials
 * publish (the REP columns with a total line, headers in Vietnamese and English), every invariant
 * checked and any failure shown in red rather than hidden, and SVG charts drawn with Apache
 * ECharts — on-time rate by group as sorted bars against a target line, received / resolved /
 * overdue by month (with `months`), new dossiers by channel, and SIPAS satisfaction (with
 * `sipas`). The page states the period, the report instant, the rules applied and the library
 * version, prints on A4 landscape, and loads nothing at view time: no script, no font, no
 * request (its Content-Security-Policy forbids them). Every text from the data is escaped.
 *
 * @param report - A {@link tthc/report!ProcessingReport} (from `summarizeProcessing`, an accumulator, or `tthc report --json`).
 * @param options - See {@link ReportHtmlOptions}; `reportOptions` is required.
 * @returns The HTML document, UTF-8 text.
 * @throws {@link tthc!TthcError} `MISSING_DEPENDENCY` if the optional peer `echarts` is not installed (`npm install echarts`).
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown or bad option, or `reportOptions` that do not give the
 * report's period, instant or grouping (path `["reportOptions", …]`); `INVALID_PERIOD`, `INVALID_INSTANT` or
 * `OUT_OF_RANGE` for `reportOptions` that `createReportAccumulator` refuses (same path).
 * @throws {@link tthc!TthcError} `INVALID_COUNT` or `INVALID_PERIOD` for a report (or a month, or SIPAS result) that is not one:
 * a missing or unknown field, a count that is not a whole number ≥ 0, a rate outside 0–100. Counts
 * that are whole but do not add up are not refused: the page shows them as failed checks.
 * @remarks The on-time target line defaults to 90 %: a level Hà Nội reported, not a legal target
 * (TGT-5); the SIPAS line to 89 %, Hà Nội's 2023 target (TGT-4). Pass your own with
 * `onTimeTarget` and `satisfactionTarget`.
 * @see RULES REP-2, REP-3, REP-7, TGT-4, TGT-5
 * @example
 * ```ts
 * import { summarizeProcessing } from "tthc/report";
 * import { renderReportHtml } from "tthc/report-html";
 * const reportOptions = { period: "2026-10", by: "agency" } as const;
 * const report = summarizeProcessing([], reportOptions);
 * const html = await renderReportHtml(report, { reportOptions });
 * html.startsWith("<!DOCTYPE html>"); // => true
 * ```
 * @category Report page
 */
export async function renderReportHtml(report: ProcessingReport, options: ReportHtmlOptions): Promise<string> {
  const o = checkObject(
    options,
    [],
    "INVALID_OPTION",
    OPTION_KEYS,
    "an object of options with reportOptions",
    "đối tượng tùy chọn có reportOptions",
  );
  if (o["reportOptions"] === undefined)
    throw mustBe(
      "INVALID_OPTION",
      ["reportOptions"],
      "the options the report was made with",
      "tùy chọn đã dùng để lập báo cáo",
    );
  const language = readLanguage(o["language"]);
  const title = readTitle(o["title"]) ?? pick(TEXT.title, language);
  const onTimeTarget = readTarget(o["onTimeTarget"], ["onTimeTarget"], ON_TIME_TARGET);
  const satisfactionTarget = readTarget(o["satisfactionTarget"], ["satisfactionTarget"], SATISFACTION_TARGET);
  const read = readReport(report, o["reportOptions"], [], ["reportOptions"]);
  const months = readMonths(o["months"], read, o["reportOptions"] as ReportOptions);
  const sipas = o["sipas"] === undefined ? undefined : readSipas(o["sipas"], ["sipas"]);
  const lib = await loadEcharts();

  const t = (pair: Bilingual) => pick(pair, language);
  const { count, percent } = numberFormats(language);
  const r = read.report;
  const rules = read.rules;
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const records = `${count(r.records.total)} (${[
    `${t(["liên thông, bản sao", "inter-agency copies"])}: ${count(r.records.interAgencyCopies)}`,
    `${t(["chưa tiếp nhận", "not received"])}: ${count(r.records.notReceived)}`,
    `${t(["ngoài kỳ", "outside the period"])}: ${count(r.records.outsidePeriod)}`,
    ...(read.invalid === undefined ? [] : [`${t(["dòng lỗi bị bỏ qua", "bad rows skipped"])}: ${count(read.invalid)}`]),
  ].join("; ")})`;
  body.push(
    facts([
      [t(TEXT.period), `${language === "vi" ? r.period.labelVi : r.period.label} (${r.period.from} – ${r.period.to})`],
      [t(TEXT.evaluatedAt), r.evaluatedAt],
      [t(TEXT.by), t(BY[r.by])],
      [t(TEXT.records), records],
      [t(TEXT.reference), t(RULE_VALUES[rules.reference]!)],
      [t(TEXT.granularity), t(RULE_VALUES[rules.granularity]!)],
      [t(TEXT.classifyAgainst), t(RULE_VALUES[rules.classifyAgainst]!)],
      [t(TEXT.copies), t(RULE_VALUES[rules.interAgencyCopies]!)],
      [
        t(TEXT.rounding),
        `${rules.decimals} ${t(["chữ số thập phân", "decimals"])}, ${t(RULE_VALUES[rules.rounding]!)}; ${t(["không có hồ sơ đã giải quyết", "nothing resolved"])} → ${rules.zeroDenominator ?? "N/A"}`,
      ],
      versionFact(language),
    ]),
  );

  const problems = [
    ...findProblems(read),
    ...months.flatMap((m) => findProblems(m).map((p) => ({ ...p, month: m.report.period.label }))),
  ];
  body.push(checks(problems, language));

  // The table officials publish: one line per group, then the total.
  const broken = new Set(problems.filter((p) => !("month" in p) && p.row !== undefined).map((p) => p.row));
  const totalBroken = problems.some((p) => !("month" in p) && p.row === undefined);
  const head = PROCESSING_COLUMNS.map(
    (c) => `<th scope="col">${bilingualHeader(PROCESSING_COLUMN_LABELS[c], language)}</th>`,
  ).join("");
  const cells = (row: ProcessingRow, label: string) =>
    `<td class="key">${escapeHtml(label)}</td>${PROCESSING_COLUMNS.slice(1)
      .map((c) => `<td>${escapeHtml(c === "onTimeRate" ? percent(row.onTimeRate) : count(row[c] as number))}</td>`)
      .join("")}`;
  const lines = (r.by === "none" ? [] : r.rows).map(
    (row) =>
      `<tr${broken.has(row.key) ? ' class="broken"' : ""}>${cells(row, row.key === "" ? t(TEXT.empty) : row.key)}</tr>`,
  );
  lines.push(`<tr class="total${totalBroken ? " broken" : ""}">${cells(r.total, t(TEXT.total))}</tr>`);
  body.push(
    `<h2>${escapeHtml(t(TEXT.tableHeading))}</h2>`,
    `<table class="report"><thead><tr>${head}</tr></thead><tbody>${lines.join("")}</tbody></table>`,
  );

  // Charts.
  body.push(`<h2>${escapeHtml(t(TEXT.chartsHeading))}</h2>`);
  const targetNote = onTimeTarget === ON_TIME_TARGET ? t(TEXT.onTimeTargetNote) : t(TEXT.ownTarget);
  const targetLabel = `${t(TEXT.target)} > ${percent(onTimeTarget)} %`;
  const rated = (r.by === "none" ? [r.total] : r.rows).filter((row) => row.onTimeRate !== null);
  const bars = rated
    .map((row) => ({ name: row.key === "" ? t(TEXT.empty) : row.key, value: row.onTimeRate as number }))
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unrated = (r.by === "none" ? 1 : r.rows.length) - rated.length;
  const onTimeCaption = r.by === "none" ? t(TEXT.onTimeNone) : `${t(TEXT.onTime)} ${t(BY[r.by])} (%)`;
  body.push(
    figure(
      "onTimeRate",
      onTimeCaption,
      percentBars(lib, bars, { target: onTimeTarget, strict: true, label: targetLabel, language }),
      [targetNote, ...(unrated > 0 ? [`${count(unrated)} — ${t(TEXT.nothingResolved)}`] : [])],
    ),
  );
  const small: string[] = [];
  if (months.length >= 2) {
    const monthly = months.map((m) => m.report.total);
    small.push(
      figure(
        "byMonth",
        t(TEXT.byMonth),
        countBars(
          lib,
          months.map((m) => m.report.period.label),
          [
            { name: t(TEXT.received), values: monthly.map((m) => m.received), color: COLORS.series[0] },
            { name: t(TEXT.resolved), values: monthly.map((m) => m.resolved), color: COLORS.series[1] },
            {
              name: t(TEXT.overdue),
              values: monthly.map((m) => m.resolvedLate + m.pendingOverdue),
              color: COLORS.series[2],
            },
          ],
          language,
        ),
        [t(TEXT.monthNote)],
      ),
    );
  }
  const channels = [TEXT.online, TEXT.direct, TEXT.postal].map(t);
  small.push(
    figure(
      "byChannel",
      t(TEXT.byChannel),
      countBars(
        lib,
        channels,
        [
          {
            name: t(TEXT.byChannel),
            values: [r.total.newOnline, r.total.newDirect, r.total.newPostal],
            color: COLORS.channels[0],
          },
        ],
        language,
        480,
      ),
      [],
    ),
  );
  body.push(`<div class="charts">${small.join("")}</div>`);
  if (sipas !== undefined) {
    const note = satisfactionTarget === SATISFACTION_TARGET ? t(TEXT.satisfactionTargetNote) : t(TEXT.ownTarget);
    body.push(sipasSection(lib, sipas, language, satisfactionTarget, note));
  }
  return page(language, `${title} — ${language === "vi" ? r.period.labelVi : r.period.label}`, body.join("\n"));
}

/** The monthly reports: each a month inside the period, in order, none twice. */
function readMonths(value: unknown, main: ReadReport, reportOptions: ReportOptions): ReadReport[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw mustBe("INVALID_OPTION", ["months"], "a list of monthly reports", "danh sách báo cáo tháng", value);
  const read = value.map((month: unknown, k) => {
    const m = checkObject(month, ["months", k], "INVALID_COUNT", undefined, "a processing report", "một báo cáo");
    return readReport(
      month,
      { ...reportOptions, period: m["period"], by: m["by"] } as ReportOptions,
      ["months", k],
      ["months", k],
    );
  });
  let last = "";
  read.forEach((m, k) => {
    const { period } = m.report;
    if (
      period.kind !== "month" ||
      period.from < main.report.period.from ||
      period.to > main.report.period.to ||
      period.from <= last
    ) {
      throw mustBe(
        "INVALID_OPTION",
        ["months", k, "period"],
        `a month of ${main.report.period.label}, after the one before`,
        `một tháng của ${main.report.period.label}, sau tháng trước đó`,
        period.label,
      );
    }
    last = period.from;
  });
  return read;
}

/** The result of the checks: a quiet line when all agree, else every failure, in red. */
function checks(problems: readonly (Problem & { month?: string })[], language: Language): string {
  const t = (pair: Bilingual) => pick(pair, language);
  if (problems.length === 0) return `<p class="check ok" data-check="ok">${escapeHtml(t(TEXT.checkedOk))}</p>`;
  const items = problems.map((p) => {
    const where = [p.month, p.row === undefined ? t(TEXT.total) : p.row === "" ? t(TEXT.empty) : p.row]
      .filter((s) => s !== undefined)
      .join(" · ");
    return `<li>${escapeHtml(`${where}: ${p.text}`)}</li>`;
  });
  return `<div class="check bad" role="alert" data-check="failed"><strong>${escapeHtml(`${t(TEXT.checkedBad)} — ${problems.length}`)}</strong><ul>${items.join("")}</ul></div>`;
}

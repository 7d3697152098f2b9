/**
 * Private: the SIPAS section of a page — a SIPAS result read back (shape checked), its table of
 * units and its charts of satisfaction by element, by criterion and by unit against a target.
 */
import { checkChoice, checkCount, checkObject, mustBe, type Path } from "../_internal/checks.js";
import { escapeHtml } from "../_internal/html.js";
import {
  SIPAS_QD_1001,
  SIPAS_QD_2640,
  type SipasCriterionIndex,
  type SipasMethod,
  type SipasResult,
  type SipasUnitIndex,
} from "../indices/index.js";
import type { renderSvg } from "./_charts.js";
import { type Bilingual, bilingualHeader, figure, type Language, numberFormats, pick } from "./_page.js";
import { named, namedCount } from "./_readReport.js";
import { percentBars } from "./_reportCharts.js";

const RESULT_KEYS = ["method", "by", "aggregate", "units", "overall", "responses", "invalid"];
const UNIT_KEYS = ["unit", "responses", "criteria", "elements", "index"];
const CRITERION_KEYS = ["id", "element", "satisfied", "answered", "index"];

/** An index: `null` or a percentage from 0 to 100. */
function readIndex(value: unknown, path: Path): number | null {
  if (value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100)) {
    return value;
  }
  throw mustBe("INVALID_COUNT", path, "null or a percentage from 0 to 100", "null hoặc tỷ lệ từ 0 đến 100", value);
}

function readText(value: unknown, path: Path): string {
  if (typeof value !== "string") throw mustBe("INVALID_COUNT", path, "a text", "chuỗi", value);
  return value;
}

/** The questionnaire's element codes and criterion ids (element of each), when the result names a shipped method. */
interface Known {
  readonly codes: readonly string[];
  readonly criteria: ReadonlyMap<string, string>;
}

function readElements(value: unknown, path: Path, known: Known | undefined): Record<string, number | null> {
  const given = checkObject(value, path, "INVALID_COUNT", known?.codes);
  const read: Record<string, number | null> = {};
  for (const [code, index] of Object.entries(given)) read[code] = readIndex(index, [...path, code]);
  return read;
}

function readCriterion(value: unknown, path: Path, known: Known | undefined): SipasCriterionIndex {
  const c = checkObject(value, path, "INVALID_COUNT", CRITERION_KEYS, "a criterion index", "chỉ số tiêu chí");
  if (known !== undefined) {
    const element = known.criteria.get(c["id"] as string);
    if (element === undefined)
      throw mustBe("INVALID_COUNT", [...path, "id"], "a criterion of the method", "tiêu chí của phương pháp", c["id"]);
    if (c["element"] !== element)
      throw mustBe("INVALID_COUNT", [...path, "element"], `'${element}'`, `'${element}'`, c["element"]);
  }
  const answered = checkCount(c["answered"], [...path, "answered"]);
  const satisfied = checkCount(c["satisfied"], [...path, "satisfied"]);
  if (satisfied > answered)
    throw mustBe(
      "INVALID_COUNT",
      [...path, "satisfied"],
      `at most answered (${answered})`,
      `không quá answered (${answered})`,
      satisfied,
    );
  return {
    id: readText(c["id"], [...path, "id"]),
    element: readText(c["element"], [...path, "element"]),
    satisfied,
    answered,
    index: readIndex(c["index"], [...path, "index"]),
  };
}

function readUnit(value: unknown, path: Path, known: Known | undefined): SipasUnitIndex {
  const u = checkObject(value, path, "INVALID_COUNT", UNIT_KEYS, "a unit's indices", "chỉ số của một đơn vị");
  const criteria = u["criteria"];
  if (!Array.isArray(criteria)) throw mustBe("INVALID_COUNT", [...path, "criteria"], "a list", "danh sách", criteria);
  return {
    unit: readText(u["unit"], [...path, "unit"]),
    responses: checkCount(u["responses"], [...path, "responses"]),
    criteria: criteria.map((c, k) => readCriterion(c, [...path, "criteria", k], known)),
    elements: readElements(u["elements"], [...path, "elements"], known),
    index: readIndex(u["index"], [...path, "index"]),
  };
}

/** Reads `value` as a {@link SipasResult} (e.g. parsed from `tthc sipas --json`). */
export function readSipas(value: unknown, path: Path): SipasResult {
  const r = checkObject(value, path, "INVALID_COUNT", RESULT_KEYS, "a SIPAS result", "kết quả SIPAS");
  for (const key of RESULT_KEYS) {
    if (!Object.hasOwn(r, key)) throw mustBe("INVALID_COUNT", [...path, key], "present", "có mặt");
  }
  const units = r["units"];
  if (!Array.isArray(units)) throw mustBe("INVALID_COUNT", [...path, "units"], "a list", "danh sách", units);
  const overall = checkObject(r["overall"], [...path, "overall"], "INVALID_COUNT", ["elements", "index"]);
  const responses = checkObject(r["responses"], [...path, "responses"], "INVALID_COUNT", ["total", "valid", "invalid"]);
  const method = methodOf(readText(r["method"], [...path, "method"]));
  const known: Known | undefined =
    method === undefined
      ? undefined
      : {
          codes: method.elements.map((e) => e.code),
          criteria: new Map(method.elements.flatMap((e) => e.criteria.map((c) => [c.id, e.code] as const))),
        };
  const invalid = r["invalid"];
  if (!Array.isArray(invalid)) throw named([...path, "invalid"], "a list", "danh sách", invalid);
  return {
    method: readText(r["method"], [...path, "method"]),
    by: checkChoice(r["by"], ["none", "province", "agency"], [...path, "by"], "INVALID_COUNT"),
    aggregate: checkChoice(r["aggregate"], ["meanOfUnits", "pooled"], [...path, "aggregate"], "INVALID_COUNT"),
    units: units.map((u, k) => readUnit(u, [...path, "units", k], known)),
    overall: {
      elements: readElements(overall["elements"], [...path, "overall", "elements"], known),
      index: readIndex(overall["index"], [...path, "overall", "index"]),
    },
    responses: {
      total: checkCount(responses["total"], [...path, "responses", "total"]),
      valid: checkCount(responses["valid"], [...path, "responses", "valid"]),
      invalid: namedCount(responses["invalid"], [...path, "responses", "invalid"]),
    },
    invalid: [],
  };
}

const TEXT = {
  heading: ["Mức độ hài lòng (SIPAS)", "Satisfaction (SIPAS)"],
  method: ["Phương pháp", "Method"],
  aggregate: ["Chỉ số chung", "Overall figure"],
  meanOfUnits: ["trung bình các đơn vị", "mean of the units"],
  pooled: ["gộp mọi phiếu", "all responses pooled"],
  responses: ["Phiếu", "Responses"],
  valid: ["hợp lệ", "valid"],
  invalidCount: ["không hợp lệ (bị loại)", "invalid (left out)"],
  unit: ["Đơn vị", "Unit"],
  allUnits: ["(tất cả)", "(all)"],
  overall: ["Chung", "Overall"],
  index: ["SIPAS", "SIPAS"],
  byElement: ["Chỉ số hài lòng theo yếu tố (%)", "Satisfaction by element (%)"],
  byCriterion: ["Chỉ số hài lòng theo tiêu chí (%)", "Satisfaction by criterion (%)"],
  byUnit: ["Chỉ số SIPAS theo đơn vị (%)", "SIPAS index by unit (%)"],
  criteriaPerUnit: [
    "Chỉ số theo tiêu chí được tính cho từng đơn vị; biểu đồ tiêu chí được vẽ khi chỉ có một đơn vị (không nhóm).",
    "Criterion indices are computed per unit; the criterion chart is drawn when there is one unit (no grouping).",
  ],
  noAnswer: ["không có câu trả lời hợp lệ: không vẽ", "no valid answer: not drawn"],
  target: ["mục tiêu", "target"],
} as const satisfies Record<string, Bilingual>;

/** The shipped questionnaire a result names, for the names of its elements and criteria. */
function methodOf(id: string): SipasMethod | undefined {
  return [SIPAS_QD_2640, SIPAS_QD_1001].find((m) => m.id === id);
}

/**
 * The SIPAS section: who answered, the table of units by element, and the charts against
 * `target` (with `targetSource`, where the target comes from).
 */
export function sipasSection(
  lib: Parameters<typeof renderSvg>[0],
  result: SipasResult,
  language: Language,
  target: number,
  targetNote: string,
): string {
  const t = (pair: Bilingual) => pick(pair, language);
  const { count, percent } = numberFormats(language);
  const method = methodOf(result.method);
  const codes = method?.elements.map((e) => e.code) ?? Object.keys(result.overall.elements);
  const elementName = (code: string): string => {
    const element = method?.elements.find((e) => e.code === code);
    return element === undefined ? code : language === "vi" ? element.nameVi : element.nameEn;
  };
  const criterionName = (id: string): string => {
    const criterion = method?.elements.flatMap((e) => e.criteria).find((c) => c.id === id);
    return criterion === undefined ? id : `${id} ${language === "vi" ? criterion.textVi : criterion.textEn}`;
  };
  const parts: string[] = [`<section class="sipas"><h2>${escapeHtml(t(TEXT.heading))}</h2>`];
  parts.push(
    `<dl class="facts"><dt>${escapeHtml(t(TEXT.method))}</dt><dd>${escapeHtml(method === undefined ? result.method : `${method.legalBasis} (${result.method})`)}</dd>` +
      `<dt>${escapeHtml(t(TEXT.aggregate))}</dt><dd>${escapeHtml(t(result.aggregate === "pooled" ? TEXT.pooled : TEXT.meanOfUnits))}</dd>` +
      `<dt>${escapeHtml(t(TEXT.responses))}</dt><dd>${escapeHtml(`${count(result.responses.total)}; ${t(TEXT.valid)}: ${count(result.responses.valid)}; ${t(TEXT.invalidCount)}: ${count(result.responses.invalid)}`)}</dd></dl>`,
  );

  // Table: one line per unit, then the overall figure.
  const head = [
    bilingualHeader([TEXT.unit[0], TEXT.unit[1]], language),
    bilingualHeader([TEXT.responses[0], TEXT.responses[1]], language),
    ...codes.map((code) => {
      const element = method?.elements.find((e) => e.code === code);
      return element === undefined ? escapeHtml(code) : bilingualHeader([element.nameVi, element.nameEn], language);
    }),
    escapeHtml(t(TEXT.index)),
  ];
  const line = (
    name: string,
    n: string,
    elements: Readonly<Record<string, number | null>>,
    index: number | null,
    total: boolean,
  ) =>
    `<tr${total ? ' class="total"' : ""}><td class="key">${escapeHtml(name)}</td><td>${escapeHtml(n)}</td>${codes.map((c) => `<td>${escapeHtml(percent(elements[c] ?? null))}</td>`).join("")}<td>${escapeHtml(percent(index))}</td></tr>`;
  const body = result.units.map((u) =>
    line(u.unit === "" ? t(TEXT.allUnits) : u.unit, count(u.responses), u.elements, u.index, false),
  );
  body.push(line(t(TEXT.overall), count(result.responses.valid), result.overall.elements, result.overall.index, true));
  parts.push(
    `<table class="report sipas"><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`,
  );

  const charts: string[] = [];
  const elementBars = codes.map((code) => ({ name: elementName(code), value: result.overall.elements[code] ?? null }));
  charts.push(chart(lib, "sipasElements", t(TEXT.byElement), elementBars, target, language, targetNote));
  if (result.units.length === 1) {
    const criteria = result.units[0]!.criteria.map((c) => ({ name: criterionName(c.id), value: c.index }));
    charts.push(chart(lib, "sipasCriteria", t(TEXT.byCriterion), criteria, target, language, targetNote));
  } else if (result.units.length > 1) {
    const units = result.units.map((u) => ({ name: u.unit, value: u.index }));
    charts.push(chart(lib, "sipasUnits", t(TEXT.byUnit), units, target, language, targetNote, true));
  }
  parts.push(charts.join(""));
  if (result.units.length > 1) parts.push(`<p class="note">${escapeHtml(t(TEXT.criteriaPerUnit))}</p>`);
  parts.push("</section>");
  return parts.join("\n");
}

function chart(
  lib: Parameters<typeof renderSvg>[0],
  id: string,
  caption: string,
  bars: readonly { readonly name: string; readonly value: number | null }[],
  target: number,
  language: Language,
  targetNote: string,
  sorted = false,
): string {
  const drawn = bars.filter((b) => b.value !== null) as { name: string; value: number }[];
  if (sorted) drawn.sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const left = bars.length - drawn.length;
  const notes = [targetNote, ...(left > 0 ? [`${left} — ${pick(TEXT.noAnswer, language)}`] : [])];
  const svg = percentBars(lib, drawn, {
    target,
    strict: false,
    label: `${pick(TEXT.target, language)} ≥ ${target} %`,
    language,
  });
  return figure(id, caption, svg, notes);
}

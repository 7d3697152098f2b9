/**
 * Private: Apache ECharts, loaded on first use (an optional peer), and the one way the page turns
 * a chart option into inline SVG: server-side rendering, no DOM, no animation, no script.
 */
import type { EChartsOption } from "echarts";
import { TthcError } from "../errors.js";

/** What the page uses of the `echarts` module. */
type Echarts = typeof import("echarts");

/** Whether an import failed because the package is not installed (ESM or CommonJS resolution). */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    message.includes(name)
  );
}

/** The error for a missing `echarts`, in both languages, saying what to install. */
function missingEcharts(cause?: unknown): TthcError {
  return new TthcError(
    "MISSING_DEPENDENCY",
    "tthc/report-html draws its charts with Apache ECharts, which is not installed: npm install echarts",
    {
      path: [],
      messageVi: "tthc/report-html vẽ biểu đồ bằng Apache ECharts nhưng gói này chưa được cài đặt: npm install echarts",
      details: { package: "echarts", install: "npm install echarts" },
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

/**
 * Loads `echarts` (Node and bundlers cache the module); `MISSING_DEPENDENCY` when it is not
 * installed, any other failure of the import as it is. `importer` is for tests.
 */
export async function loadEcharts(importer: () => Promise<Echarts> = () => import("echarts")): Promise<Echarts> {
  try {
    return await importer();
  } catch (error) {
    throw isMissing(error, "echarts") ? missingEcharts(error) : error;
  }
}

/** Elements the SVG renderer of ECharts writes; anything else in its output is refused. */
const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  "svg",
  "g",
  "rect",
  "path",
  "text",
  "tspan",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "defs",
  "clippath",
  "lineargradient",
  "radialgradient",
  "stop",
  "title",
  "desc",
]);
const TAG = /<\/?([A-Za-z][\w:-]*)([^>]*)>/g;
const EVENT_ATTRIBUTE = /(?:^|\s)on[a-z]+\s*=/i;
const LINK_ATTRIBUTE = /(?:^|\s)(?:xlink:)?href\s*=/i;

/**
 * Checks ECharts' SVG before it goes into the page: ECharts escapes the text it draws (verified
 * by the tests with hostile names), and this check keeps any mistake from becoming markup — only
 * plain SVG shapes and text, no event attribute, no link, no foreign element. Its hover `<style>`
 * is dropped (the page is static, and the classes of two charts would collide).
 */
export function checkSvg(svg: string): string {
  const drawn = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "");
  for (const m of drawn.matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    const attributes = m[2] ?? "";
    if (!SVG_ELEMENTS.has(name) || EVENT_ATTRIBUTE.test(attributes) || LINK_ATTRIBUTE.test(attributes)) {
      throw new Error(`internal: unexpected markup in a chart: <${name}…>`);
    }
  }
  return drawn;
}

/** A chart as inline SVG (`role="img"` is added by the caller's figure). */
export function renderSvg(lib: Echarts, option: EChartsOption, width: number, height: number): string {
  const chart = lib.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return checkSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

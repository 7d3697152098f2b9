/**
 * Private: the chart kinds of the pages, as ECharts options rendered to SVG — percentages against
 * a target (sorted bars), counts by month (grouped bars) and counts by channel (bars). Names from
 * the data reach ECharts as plain strings (it escapes the text it writes; `checkSvg` refuses any
 * markup beyond SVG shapes and text) and never as templates: every label is formatted by a function.
 */
import type { EChartsOption } from "echarts";
import { type loadEcharts, renderSvg } from "./_charts.js";
import { COLORS, type Language, numberFormats } from "./_page.js";

type Echarts = Awaited<ReturnType<typeof loadEcharts>>;

/** Room for a name on the category axis, in px; longer names are cut with an ellipsis. */
const NAME_WIDTH = 220;
/** Height of one horizontal bar's band, in px. */
const BAND = 20;

/** A name as ECharts should draw it: one line (a newline would start a second). */
const oneLine = (name: string): string => name.replace(/[\r\n\t\u2028\u2029]+/g, " ");

/** The target line of a percentage chart. */
export interface Target {
  /** The target, in percent. */
  readonly target: number;
  /** Whether the target is met only above it (`> 90 %`) rather than at it (`≥ 89 %`). */
  readonly strict: boolean;
  /** Text beside the line. */
  readonly label: string;
  readonly language: Language;
}

/**
 * Horizontal bars of percentages, in the order given (top first), a dashed line at the target;
 * a bar that meets the target is green, one that does not amber, each with its value.
 */
export function percentBars(
  lib: Echarts,
  bars: readonly { readonly name: string; readonly value: number }[],
  target: Target,
): string {
  const { percent } = numberFormats(target.language);
  const meets = (v: number) => (target.strict ? v > target.target : v >= target.target);
  const option: EChartsOption = {
    grid: { left: NAME_WIDTH + 12, right: 56, top: 34, bottom: 28 },
    xAxis: {
      type: "value",
      min: 0,
      max: 100,
      interval: 10,
      axisLabel: { formatter: (v: number) => percent(v) },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: bars.map((b) => oneLine(b.name)),
      axisTick: { show: false },
      axisLabel: { interval: 0, width: NAME_WIDTH, overflow: "truncate", fontSize: 11 },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: meets(b.value) ? COLORS.good : COLORS.below } })),
        label: {
          show: true,
          position: "right",
          fontSize: 10,
          formatter: (p: { value: unknown }) => percent(p.value as number),
        },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: COLORS.target, type: "dashed", width: 1.5 },
          label: { formatter: () => target.label, position: "start", color: COLORS.target, fontSize: 11 },
          data: [{ xAxis: target.target }],
        },
      },
    ],
  };
  return renderSvg(lib, option, 960, Math.max(120, 56 + BAND * bars.length));
}

/** Grouped vertical bars of counts: one group per category, one bar per series. */
export function countBars(
  lib: Echarts,
  categories: readonly string[],
  series: readonly { readonly name: string; readonly values: readonly number[]; readonly color: string }[],
  language: Language,
  width = 640,
): string {
  const { count } = numberFormats(language);
  const option: EChartsOption = {
    grid: { left: 64, right: 16, top: series.length > 1 ? 40 : 20, bottom: 32 },
    ...(series.length > 1
      ? {
          legend: {
            top: 0,
            data: series.map((s) => s.name),
            textStyle: { fontSize: 11 },
            itemWidth: 14,
            itemHeight: 10,
          },
        }
      : {}),
    xAxis: {
      type: "category",
      data: categories.map(oneLine),
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0 },
    },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => count(v) } },
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      barMaxWidth: 36,
      itemStyle: { color: s.color },
      data: [...s.values],
      label: {
        show: true,
        position: "top",
        fontSize: 10,
        formatter: (p: { value: unknown }) => count(p.value as number),
      },
    })),
  };
  return renderSvg(lib, option, width, 300);
}

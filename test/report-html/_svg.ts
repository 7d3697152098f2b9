/**
 * Reading a rendered page the way a reader sees it: the figures by their `data-chart` id, and the
 * bars ECharts drew in each (filled shapes of the chart's data; the dashed target line has no fill).
 */

/** The inner HTML of each figure, by chart id. */
export function figures(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/<figure data-chart="([^"]+)">([\s\S]*?)<\/figure>/g)) found.set(m[1]!, m[2]!);
  return found;
}

/** Bars drawn in a figure: data shapes with a fill. */
export function bars(figure: string): number {
  return [...figure.matchAll(/<path [^>]*ecmeta_ssr_type="chart"[^>]*>/g)].filter((m) => !m[0].includes('fill="none"'))
    .length;
}

/** The texts drawn in an SVG, in order, entities decoded. */
export function svgTexts(figure: string): string[] {
  return [...figure.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

/**
 * The one list of public entry points: `package.json#exports`, the tsup build and typedoc read it
 * (test/package/entryPoints.test.ts checks that they agree).
 */
export interface EntryPoint {
  /** Subpath in `package.json#exports` (`"."` for the root). */
  readonly subpath: string;
  /** Source barrel. */
  readonly source: string;
  /** Output name under `dist/`, without extension. */
  readonly build: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { subpath: ".", source: "src/index.ts", build: "index" },
  { subpath: "./calendar", source: "src/calendar/index.ts", build: "calendar/index" },
  { subpath: "./schedule-sources", source: "src/calendar/sources/index.ts", build: "schedule-sources/index" },
  { subpath: "./deadline", source: "src/deadline/index.ts", build: "deadline/index" },
  { subpath: "./models", source: "src/models/index.ts", build: "models/index" },
  { subpath: "./fixtures", source: "src/models/fixtures/index.ts", build: "fixtures/index" },
  { subpath: "./date-fns", source: "src/adapters/date-fns/index.ts", build: "date-fns/index" },
  { subpath: "./luxon", source: "src/adapters/luxon/index.ts", build: "luxon/index" },
  { subpath: "./workflow", source: "src/workflow/index.ts", build: "workflow/index" },
  { subpath: "./report", source: "src/report/index.ts", build: "report/index" },
  { subpath: "./indices", source: "src/indices/index.ts", build: "indices/index" },
  { subpath: "./testing", source: "src/testing/index.ts", build: "testing/index" },
  { subpath: "./forms-html", source: "src/forms-html/index.ts", build: "forms-html/index" },
  { subpath: "./report-html", source: "src/report-html/index.ts", build: "report-html/index" },
];

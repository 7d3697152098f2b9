/**
 * `npm run bench`: tthc against what a user would pick instead, in one process, on the same
 * seeded random inputs, on the built package (`npm run build` first; `TTHC_DIST` points at another
 * build). Each task runs a batch of calls per iteration (single calls are below the timer's
 * resolution); ops/s is per call. Results go to stdout; copy them to bench/RESULTS.md.
 *
 * `--only <words>` keeps the tasks whose name contains one of the comma-separated words (the
 * baselines of a kept comparison come along), to measure a task without the others warming up
 * first: tinybench warms every task up before it measures any.
 */
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { addBusinessDays } from "date-fns";
import { Bench } from "tinybench";
import type * as CalendarModule from "../src/calendar/index.js";
import type { LunarDate } from "../src/calendar/index.js";
import type * as DeadlineModule from "../src/deadline/index.js";
import { bareTables } from "./_bareTable.js";

const DIST = new URL(process.env["TTHC_DIST"] ?? "../dist/", import.meta.url);
const { createWorkingCalendar, fromLunar, toLunar } = (await import(
  new URL("calendar/index.js", DIST).href
)) as typeof CalendarModule;
const { computeDueDate } = (await import(new URL("deadline/index.js", DIST).href)) as typeof DeadlineModule;
const { values: cli } = parseArgs({ options: { only: { type: "string" } } });
const only = cli.only?.split(",") ?? [];

const require = createRequire(import.meta.url);
/** luxon-business-days patches luxon's DateTime (CommonJS bundle, no types). */
interface BusinessDateTime {
  setupBusiness(options: { holidayMatchers: ((dt: BusinessDateTime) => boolean)[] }): void;
  plusBusiness(options: { days: number }): BusinessDateTime;
  toISODate(): string | null;
}
const { DateTime } = require("luxon-business-days") as {
  DateTime: { fromISO(text: string, options: { zone: string }): BusinessDateTime };
};
const amlich = require("amlich") as {
  convertSolar2Lunar(dd: number, mm: number, yy: number, timeZone: number): [number, number, number, number];
  convertLunar2Solar(dd: number, mm: number, yy: number, leap: number, timeZone: number): [number, number, number];
};

/** Mulberry32: a small seeded generator so every run uses the same inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20251123);
const N = 1000;
const calendar = createWorkingCalendar();
const startMs = Date.UTC(2015, 0, 1);
const spanDays = (Date.UTC(2030, 0, 1) - startMs) / 86_400_000;
// Dates as an app receives them (parsed from JSON: flat strings, not slices of a longer string).
const isoDates: string[] = JSON.parse(
  JSON.stringify(
    Array.from({ length: N }, () =>
      new Date(startMs + Math.floor(random() * spanDays) * 86_400_000).toISOString().slice(0, 10),
    ),
  ),
);
const amounts = Array.from({ length: N }, () => 1 + Math.floor(random() * 250));
const jsDates = isoDates.map((d) => new Date(`${d}T00:00:00`));

// luxon-business-days with the Vietnamese days off, from our own calendar (2015–2031).
const daysOff = new Set<string>();
for (let y = 2015; y <= 2031; y++) for (const d of calendar.holidays(y)) daysOff.add(d.date);
const isVietnameseDayOff = (dt: BusinessDateTime) => daysOff.has(dt.toISODate() ?? "");
const LUXON_N = 20;
const luxonDates = isoDates.slice(0, LUXON_N).map((d) => {
  const dt = DateTime.fromISO(d, { zone: "Asia/Ho_Chi_Minh" });
  dt.setupBusiness({ holidayMatchers: [isVietnameseDayOff] });
  return dt;
});

const lunarInputs: LunarDate[] = isoDates.map((d) => toLunar(d));
const parts = isoDates.map((d) => [Number(d.slice(8, 10)), Number(d.slice(5, 7)), Number(d.slice(0, 4))] as const);

/**
 * Each task folds its results into a local sum, then into `sink` once per batch, kept small: a
 * module-level number that outgrew the small-integer range would be boxed on every `+=`, and every
 * task measured after it would pay for an allocation per call (that, not the calendar, is what
 * made addWorkingDays look twice as slow once the workingDaysBetween tasks had warmed up first).
 */
let sink = 0;
const fold = (sum: number): void => {
  sink = (sink + sum) & 0xffff;
};

interface Pair {
  readonly name: string;
  readonly ours: string;
  readonly theirs: string;
  readonly target: number;
  readonly limit?: boolean;
}

const bench = new Bench({ time: 700, warmup: true });
const batch: Record<string, number> = {};
/** Adds a task; `group` is the task whose comparison it serves (`--only` keeps them together). */
function add(name: string, calls: number, fn: () => void, group = name): void {
  if (only.length > 0 && !only.some((word) => group.includes(word))) return;
  batch[name] = calls;
  bench.add(name, fn);
}

const ADD = "tthc addWorkingDays (VN holidays)";
const BARE = "bare table addWorkingDays (no checks)";
const BARE_CHECKED = "bare table addWorkingDays (same checks as tthc)";
const table = bareTables((iso) => calendar.isWorkingDay(iso));
for (let i = 0; i < N; i++) {
  if (table.bare(isoDates[i]!, amounts[i]!) !== calendar.addWorkingDays(isoDates[i]!, amounts[i]!))
    throw new Error(`the bare table disagrees with the calendar on ${isoDates[i]} + ${amounts[i]}`);
}
add(ADD, N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += calendar.addWorkingDays(isoDates[i]!, amounts[i]!).length;
  fold(sum);
});
add(
  BARE,
  N,
  () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += table.bare(isoDates[i]!, amounts[i]!)?.length ?? 0;
    fold(sum);
  },
  ADD,
);
add(
  BARE_CHECKED,
  N,
  () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += table.checked(isoDates[i]!, amounts[i]!).length;
    fold(sum);
  },
  ADD,
);
add(
  "date-fns addBusinessDays (weekends only)",
  N,
  () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += addBusinessDays(jsDates[i]!, amounts[i]!).getDate();
    fold(sum);
  },
  ADD,
);
add("luxon-business-days plusBusiness (VN holidays)", LUXON_N, () => {
  let sum = 0;
  for (let i = 0; i < LUXON_N; i++) sum += luxonDates[i]!.plusBusiness({ days: amounts[i]! }).toISODate()?.length ?? 0;
  fold(sum);
});
for (const span of [1, 100, 10_000]) {
  const ends = isoDates.map((d) => new Date(Date.parse(d) + span * 86_400_000).toISOString().slice(0, 10));
  add(`tthc workingDaysBetween span ${span}`, N, () => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += calendar.workingDaysBetween(isoDates[i]!, ends[i]!);
    fold(sum);
  });
}
const instants = isoDates.map((d, i) => `${d}T${String(7 + (i % 10)).padStart(2, "0")}:30:00+07:00`);
add("tthc computeDueDate (working days, with trace and days skipped)", N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    sum += computeDueDate({
      receivedAt: instants[i]!,
      duration: { value: amounts[i]! % 30, unit: "workingDays" },
      calendar,
    }).dueAt.length;
  }
  fold(sum);
});
// The same limit at growing spans: the time should not grow with the span, except for the list of
// days skipped (explain: true, the default); without it (explain: false) the call is flat.
const DUE_N = 100;
for (const [unit, values] of [
  ["workingDays", [10, 1_000]],
  ["workingHours", [80, 8_000]],
] as const) {
  for (const value of values) {
    for (const explain of [true, false]) {
      const name = `tthc computeDueDate ${value} ${unit}${explain ? "" : ", explain: false"}`;
      add(
        name,
        DUE_N,
        () => {
          let sum = 0;
          for (let i = 0; i < DUE_N; i++) {
            sum += computeDueDate({ receivedAt: instants[i]!, duration: { value, unit }, calendar, explain }).dueAt
              .length;
          }
          fold(sum);
        },
        "computeDueDate span",
      );
    }
  }
}
add("tthc toLunar", N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += toLunar(isoDates[i]!).day;
  fold(sum);
});
add("amlich convertSolar2Lunar (astronomical, UTC+7)", N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const [d, m, y] = parts[i]!;
    sum += amlich.convertSolar2Lunar(d, m, y, 7)[0];
  }
  fold(sum);
});
add("tthc fromLunar", N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) sum += fromLunar(lunarInputs[i]!).length;
  fold(sum);
});
add("amlich convertLunar2Solar (astronomical, UTC+7)", N, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const l = lunarInputs[i]!;
    sum += amlich.convertLunar2Solar(l.day, l.month, l.year, l.leap ? 1 : 0, 7)[0];
  }
  fold(sum);
});

await bench.run();

const opsPerSecond = new Map<string, number>();
for (const task of bench.tasks) {
  const result = task.result as { throughput?: { mean: number } } | undefined;
  opsPerSecond.set(task.name, (result?.throughput?.mean ?? 0) * (batch[task.name] ?? 1));
}
const fmt = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);

process.stdout.write(
  `tthc bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${bench.tasks.length} tasks\n\n`,
);
process.stdout.write("| task | ops/s (per call) |\n|---|---:|\n");
for (const [name, ops] of opsPerSecond) process.stdout.write(`| ${name} | ${fmt(ops)} |\n`);

/**
 * `ours` against `theirs`: "faster" pairs print ops(ours) / ops(theirs), to reach at least
 * `target`; "limit" pairs print time(ours) / time(theirs) (the same ratio the other way), to stay
 * at most `target`.
 */
const pairs: Pair[] = [
  {
    name: "addWorkingDays vs date-fns addBusinessDays",
    ours: ADD,
    theirs: "date-fns addBusinessDays (weekends only)",
    target: 25,
  },
  {
    name: "addWorkingDays vs luxon-business-days",
    ours: ADD,
    theirs: "luxon-business-days plusBusiness (VN holidays)",
    target: 10_000,
  },
  { name: "addWorkingDays time / bare table time (the limit)", ours: ADD, theirs: BARE, target: 1.4, limit: true },
  {
    name: "addWorkingDays time / bare table with the same checks",
    ours: ADD,
    theirs: BARE_CHECKED,
    target: 1.4,
    limit: true,
  },
  {
    name: "bare table with checks / bare table (the cost of checking)",
    ours: BARE_CHECKED,
    theirs: BARE,
    target: 1.4,
    limit: true,
  },
  {
    name: "toLunar vs amlich",
    ours: "tthc toLunar",
    theirs: "amlich convertSolar2Lunar (astronomical, UTC+7)",
    target: 20,
  },
  {
    name: "fromLunar vs amlich",
    ours: "tthc fromLunar",
    theirs: "amlich convertLunar2Solar (astronomical, UTC+7)",
    target: 1,
  },
  {
    name: "workingDaysBetween span 10,000 vs span 1 (flat = 1)",
    ours: "tthc workingDaysBetween span 10000",
    theirs: "tthc workingDaysBetween span 1",
    target: 0.5,
  },
  {
    name: "computeDueDate 1,000 vs 10 working days, explain: false (flat = 1)",
    ours: "tthc computeDueDate 1000 workingDays, explain: false",
    theirs: "tthc computeDueDate 10 workingDays, explain: false",
    target: 0.8,
  },
  {
    name: "computeDueDate 8,000 vs 80 working hours, explain: false (flat = 1)",
    ours: "tthc computeDueDate 8000 workingHours, explain: false",
    theirs: "tthc computeDueDate 80 workingHours, explain: false",
    target: 0.8,
  },
];
process.stdout.write("\n| comparison | ratio | target |\n|---|---:|---:|\n");
for (const p of pairs) {
  const ours = opsPerSecond.get(p.ours);
  const theirs = opsPerSecond.get(p.theirs);
  if (ours === undefined || theirs === undefined) continue;
  const ratio = p.limit === true ? theirs / ours : ours / theirs;
  const shown = ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(2);
  process.stdout.write(`| ${p.name} | ${shown}× | ${p.limit === true ? "≤" : "≥"} ${p.target}× |\n`);
}
if (sink === 42) process.stdout.write("\n");

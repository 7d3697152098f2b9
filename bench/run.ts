/**
 * `npm run bench`: tthc against what a user would pick instead, in one process, on the same
 * seeded random inputs. Each task runs a batch of calls per iteration (single calls are below the
 * timer's resolution); ops/s is per call. Results go to stdout; copy them to bench/RESULTS.md.
 */
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { addBusinessDays } from "date-fns";
import { Bench } from "tinybench";
import type { LunarDate } from "../src/calendar/index.js";
import { createWorkingCalendar, fromLunar, toLunar } from "../src/calendar/index.js";
import { computeDueDate } from "../src/deadline/index.js";

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

/** Each task folds its own result into `sink` (monomorphic, so no task pays for another's types). */
let sink = 0;

interface Pair {
  readonly name: string;
  readonly ours: string;
  readonly theirs: string;
  readonly target: number;
}

const bench = new Bench({ time: 700, warmup: true });
const batch: Record<string, number> = {};
function add(name: string, calls: number, fn: () => void): void {
  batch[name] = calls;
  bench.add(name, fn);
}

add("tthc addWorkingDays (VN holidays)", N, () => {
  for (let i = 0; i < N; i++) sink += calendar.addWorkingDays(isoDates[i]!, amounts[i]!).length;
});
add("date-fns addBusinessDays (weekends only)", N, () => {
  for (let i = 0; i < N; i++) sink += addBusinessDays(jsDates[i]!, amounts[i]!).getDate();
});
add("luxon-business-days plusBusiness (VN holidays)", LUXON_N, () => {
  for (let i = 0; i < LUXON_N; i++) sink += luxonDates[i]!.plusBusiness({ days: amounts[i]! }).toISODate()?.length ?? 0;
});
for (const span of [1, 100, 10_000]) {
  const ends = isoDates.map((d) => new Date(Date.parse(d) + span * 86_400_000).toISOString().slice(0, 10));
  add(`tthc workingDaysBetween span ${span}`, N, () => {
    for (let i = 0; i < N; i++) sink += calendar.workingDaysBetween(isoDates[i]!, ends[i]!);
  });
}
const instants = isoDates.map((d, i) => `${d}T${String(7 + (i % 10)).padStart(2, "0")}:30:00+07:00`);
add("tthc computeDueDate (working days, with trace and days skipped)", N, () => {
  for (let i = 0; i < N; i++) {
    sink += computeDueDate({
      receivedAt: instants[i]!,
      duration: { value: amounts[i]! % 30, unit: "workingDays" },
      calendar,
    }).dueAt.length;
  }
});
add("tthc toLunar", N, () => {
  for (let i = 0; i < N; i++) sink += toLunar(isoDates[i]!).day;
});
add("amlich convertSolar2Lunar (astronomical, UTC+7)", N, () => {
  for (let i = 0; i < N; i++) {
    const [d, m, y] = parts[i]!;
    sink += amlich.convertSolar2Lunar(d, m, y, 7)[0];
  }
});
add("tthc fromLunar", N, () => {
  for (let i = 0; i < N; i++) sink += fromLunar(lunarInputs[i]!).length;
});
add("amlich convertLunar2Solar (astronomical, UTC+7)", N, () => {
  for (let i = 0; i < N; i++) {
    const l = lunarInputs[i]!;
    sink += amlich.convertLunar2Solar(l.day, l.month, l.year, l.leap ? 1 : 0, 7)[0];
  }
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
  `tthc bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}\n\n`,
);
process.stdout.write("| task | ops/s (per call) |\n|---|---:|\n");
for (const [name, ops] of opsPerSecond) process.stdout.write(`| ${name} | ${fmt(ops)} |\n`);

const pairs: Pair[] = [
  {
    name: "addWorkingDays vs date-fns addBusinessDays",
    ours: "tthc addWorkingDays (VN holidays)",
    theirs: "date-fns addBusinessDays (weekends only)",
    target: 25,
  },
  {
    name: "addWorkingDays vs luxon-business-days",
    ours: "tthc addWorkingDays (VN holidays)",
    theirs: "luxon-business-days plusBusiness (VN holidays)",
    target: 10_000,
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
];
process.stdout.write("\n| comparison | ratio | target |\n|---|---:|---:|\n");
for (const p of pairs) {
  const ratio = (opsPerSecond.get(p.ours) ?? 0) / (opsPerSecond.get(p.theirs) ?? 1);
  process.stdout.write(`| ${p.name} | ${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(2)}× | ≥ ${p.target}× |\n`);
}
if (sink === 42) process.stdout.write("\n");

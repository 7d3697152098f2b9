/**
 * Data and cases for the SQL agreement tests (test/sql/engines.test.ts) and bench/sql.ts: seeded
 * dossier records, with appointment instants and records that sit on the boundaries the report
 * compares against (period starts and ends, report instants, appointments, ±1 ms), in several
 * offsets; the report cases cover every option the SQL carries.
 */
import type { ReportOptions, ReportRecord } from "../../src/report/index.js";
import { generateRecords, rng, vnDate } from "../report/_generate.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Columns of the `report_dossiers` table, in load order, with their PostgreSQL types. */
export const TABLE_COLUMNS = [
  ["code", "TEXT"],
  ["procedureCode", "TEXT"],
  ["sector", "TEXT"],
  ["receivingAgency", "TEXT"],
  ["competentAgency", "TEXT"],
  ["channel", "TEXT"],
  ["receivedAt", "TIMESTAMPTZ"],
  ["dueDate", "DATE"],
  ["dueAt", "TIMESTAMPTZ"],
  ["originalDueDate", "DATE"],
  ["originalDueAt", "TIMESTAMPTZ"],
  ["status", "TEXT"],
  ["resultReadyAt", "TIMESTAMPTZ"],
  ["returnedAt", "TIMESTAMPTZ"],
  ["closedAt", "TIMESTAMPTZ"],
  ["originDossierCode", "TEXT"],
] as const;

/** ISO text of epoch ms at a given offset in minutes, with milliseconds: `2026-10-01T00:00:00.000+07:00`. */
function isoAt(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const a = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

const OFFSETS = [420, 420, 0, 840, -300, 345, -720];

/** Vietnam midnight starting a date, as epoch ms. */
const startOfVn = (date: string) => Date.parse(`${date}T00:00:00+07:00`);

/** Period starts and report instants of {@link REPORT_CASES}, the places an off-by-one would show. */
const BOUNDARIES = [
  "2026-08-01",
  "2026-09-01",
  "2026-09-15",
  "2026-10-01",
  "2026-10-16",
  "2026-10-21",
  "2026-11-01",
  "2026-12-01",
  "2027-01-01",
]
  .map(startOfVn)
  .concat([Date.parse("2026-10-01T12:00:00+07:00"), Date.parse("2026-11-10T08:00:00Z")]);
const POINTS = BOUNDARIES.flatMap((ms) => [ms - 1000, ms - 1, ms, ms + 1, ms + 9 * HOUR]);

/** Records whose instants fall on or next to the boundaries, in several offsets; all valid. */
function* edgeRecords(n: number, seed: number): Generator<ReportRecord> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = (ms: number) => isoAt(ms, pick(OFFSETS));
  for (let i = 0; i < n; i++) {
    const receivedMs = pick(POINTS) - (random() < 0.5 ? 0 : Math.floor(random() * 40) * DAY);
    const endMs = Math.max(receivedMs, pick(POINTS) + (random() < 0.3 ? Math.floor(random() * 3) * DAY : 0));
    // The appointment on the end's Vietnam date or next to it; its instant sometimes exactly the end.
    const dueDate = vnDate(endMs + (Math.floor(random() * 3) - 1) * DAY);
    const dueAtRoll = random();
    const dueAt =
      dueAtRoll < 0.25 ? at(endMs) : dueAtRoll < 0.4 ? at(endMs - 1) : dueAtRoll < 0.5 ? at(endMs + 1) : undefined;
    const reappointed = random() < 0.3;
    const base = {
      code: `EDGE-${i}`,
      procedureCode: pick(["1.001193", "2.000635"]),
      receivingAgency: pick(["000.00.12.H26", "000.00.01.H29"]),
      channel: pick(["online", "direct", "postal"] as const),
      ...(random() < 0.7 ? { sector: pick(["Hộ tịch", "Đất đai"]) } : {}),
      ...(random() < 0.2 ? { originDossierCode: `X-${i}` } : {}),
      receivedAt: at(receivedMs),
      ...(reappointed
        ? {
            dueDate: vnDate(endMs + 2 * DAY),
            originalDueDate: dueDate,
            ...(dueAt === undefined ? {} : { originalDueAt: dueAt }),
            ...(random() < 0.5 ? { dueAt: at(endMs + 2 * DAY) } : {}),
          }
        : { dueDate, ...(dueAt === undefined ? {} : { dueAt }) }),
    };
    const roll = random();
    if (roll < 0.45) {
      const returned = random() < 0.6;
      const returnedMs = endMs + (random() < 0.5 ? 0 : pick([1, 1000, DAY]));
      yield {
        ...base,
        status: returned ? "returned" : "resolved",
        resultReadyAt: at(endMs),
        ...(returned ? { returnedAt: at(returnedMs) } : {}),
      };
    } else if (roll < 0.55) {
      // Returned without a recorded result instant: the end is the return under either reference.
      yield { ...base, status: "returned", returnedAt: at(endMs) };
    } else if (roll < 0.75) {
      yield { ...base, status: pick(["received", "inProcess", "supplementRequested"] as const) };
    } else {
      const status = pick(["withdrawn", "refusedAfterAcceptance", "stopped"] as const);
      const closed = random();
      yield {
        ...base,
        status,
        ...(closed < 0.6 ? { closedAt: at(endMs) } : closed < 0.8 ? { resultReadyAt: at(endMs) } : {}),
      };
    }
  }
  // One agency with nothing resolved: its on-time rate is the zero-denominator value.
  for (let i = 0; i < 5; i++) {
    yield {
      code: `IDLE-${i}`,
      procedureCode: "1.001193",
      receivingAgency: "000.00.99.Z99",
      channel: "direct",
      status: "inProcess",
      receivedAt: isoAt(Date.parse("2026-07-20T09:00:00+07:00") + i * DAY, 420),
      dueDate: "2027-03-01",
    };
  }
}

/** A generated record with its working-day limit (for the due-date views). */
export interface Dossier {
  readonly record: ReportRecord;
  readonly limitWorkingDays?: number;
}

/**
 * `n` seeded records of test/report/_generate.ts (about half with an appointment instant), then
 * `edges` boundary records. `dueDate` gives the appointment of a receipt and a limit.
 */
export function dossiers(
  n: number,
  edges: number,
  seed: number,
  dueDate?: (receivedAt: string, limit: number) => string,
): Dossier[] {
  const random = rng(seed ^ 0x5eed);
  const withInstants = (record: ReportRecord): ReportRecord => {
    if (record.dueDate === undefined || random() < 0.5) return record;
    const time = `${String(8 + Math.floor(random() * 10)).padStart(2, "0")}:${random() < 0.5 ? "00" : "30"}:00+07:00`;
    return {
      ...record,
      dueAt: `${record.dueDate}T${time}`,
      ...(record.originalDueDate === undefined ? {} : { originalDueAt: `${record.originalDueDate}T${time}` }),
    };
  };
  const out: Dossier[] = [];
  for (const g of generateRecords(n, seed, dueDate)) {
    out.push({ record: withInstants(g.record), limitWorkingDays: g.limitWorkingDays });
  }
  for (const record of edgeRecords(edges, seed + 1)) out.push({ record });
  return out;
}

/** A report case: the options, and the session time zone the engine runs it in. */
export interface ReportCase {
  readonly options: ReportOptions;
  readonly timeZone: string;
}

const ZONES = ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"];
const WHEN: readonly Pick<ReportOptions, "period" | "by" | "asOf">[] = [
  { period: "2026-10", by: "agency" },
  { period: "2026-Q4", by: "sector" },
  { period: "2026-09-15..2026-10-20", by: "channel", asOf: "2026-10-01T12:00:00+07:00" },
  { period: "2026", by: "competentAgency" },
  { period: "2026-11", by: "procedure", asOf: "2026-11-10T08:00:00Z" },
  { period: "2026-08", by: "none" },
  { period: "2026-10", by: "agency", asOf: "2026-10-15T23:59:59.999+07:00" },
  { period: "2026-09", by: "sector", asOf: "2026-12-31T00:00:00+07:00" },
];
const RATES: readonly Pick<ReportOptions, "decimals" | "rounding" | "zeroDenominator">[] = [
  {},
  { decimals: 0, rounding: "truncate", zeroDenominator: 100 },
  { decimals: 1, rounding: "truncate" },
  { decimals: 4 },
  { decimals: 10, rounding: "halfUp", zeroDenominator: 0 },
  { decimals: 3, rounding: "halfUp", zeroDenominator: 99.5 },
];

/**
 * Every combination of reference × granularity × appointment × copies (16), each with a period,
 * grouping, report instant and rounding in turn; then every period and grouping with the defaults.
 */
export const REPORT_CASES: readonly ReportCase[] = (() => {
  const cases: ReportCase[] = [];
  let k = 0;
  for (const reference of ["resultReady", "returned"] as const)
    for (const granularity of ["day", "minute"] as const)
      for (const classifyAgainst of ["original", "reappointed"] as const)
        for (const interAgencyCopies of ["skip", "count"] as const) {
          cases.push({
            options: {
              ...WHEN[k % WHEN.length]!,
              reference,
              granularity,
              classifyAgainst,
              interAgencyCopies,
              ...RATES[k % RATES.length]!,
            },
            timeZone: ZONES[k % ZONES.length]!,
          });
          k++;
        }
  for (const when of WHEN) cases.push({ options: when, timeZone: ZONES[k++ % ZONES.length]! });
  return cases;
})();

/** The options the SQL text carries (the rest are report_params). */
export function policyOf(options: ReportOptions): Omit<ReportOptions, "period" | "by" | "asOf"> {
  const { period: _p, by: _b, asOf: _a, ...policy } = options;
  return policy;
}

/** A row read from an engine: counts as numbers (engines give 64-bit integers as text or BigInt). */
export function normalise(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, k === "key" || v === null || typeof v === "number" ? v : Number(v)]),
  );
}

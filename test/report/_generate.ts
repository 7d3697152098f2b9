/**
 * Seeded dossier records for the report tests, the DuckDB agreement test and bench/report.ts.
 * Every record is valid; statuses, channels, re-appointments, liên thông copies, carried-over and
 * late dossiers all occur.
 */
import type { ReportRecord } from "../../src/report/index.js";

/** Mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Column order of the generated CSV (the `tthc report` header). */
export const CSV_COLUMNS = [
  "code",
  "procedureCode",
  "sector",
  "receivingAgency",
  "competentAgency",
  "channel",
  "receivedAt",
  "dueDate",
  "originalDueDate",
  "status",
  "resultReadyAt",
  "returnedAt",
  "closedAt",
  "originDossierCode",
] as const;

const AGENCIES = ["000.00.12.H26", "000.00.13.H26", "000.00.01.H29", "000.00.07.G01"];
const SECTORS = ["Hộ tịch", "Đất đai", "Xây dựng", "Đăng ký kinh doanh"];
const PROCEDURES = ["1.001193", "1.004837", "1.009972", "2.000635", "1.001612"];
const CHANNELS = ["online", "direct", "postal"] as const;
const DAY = 86_400_000;
/** Vietnam-time ISO text of epoch ms: `YYYY-MM-DDTHH:mm:ss+07:00`. */
export function vnInstant(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}
/** Vietnam date of epoch ms. */
export function vnDate(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A generated record with its working-day limit (for the due-date SQL). */
export interface Generated {
  readonly record: ReportRecord;
  readonly limitWorkingDays: number;
}

/**
 * `n` records received between 2026-08-01 and 2026-11-30 (Vietnam time). `dueDate(receivedAt, n)`
 * gives the appointment; by default receipt date + ⌈1.4 n⌉ calendar days (fast, for the bench).
 */
export function* generateRecords(
  n: number,
  seed: number,
  dueDate: (receivedAt: string, limit: number) => string = (at, limit) =>
    vnDate(Date.parse(at) + Math.ceil(limit * 1.4) * DAY),
): Generator<Generated> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const start = Date.parse("2026-08-01T00:00:00+07:00");
  for (let i = 0; i < n; i++) {
    const agency = pick(AGENCIES);
    const receivedMs =
      start +
      Math.floor(random() * 122) * DAY +
      (7 + Math.floor(random() * 11)) * 3_600_000 +
      Math.floor(random() * 3600) * 1000;
    const receivedAt = vnInstant(receivedMs);
    const limit = 1 + Math.floor(random() * 15);
    const due = dueDate(receivedAt, limit);
    const dueMs = Date.parse(`${due}T17:00:00+07:00`);
    const roll = random();
    const base = {
      code: `${agency}-${i}`,
      procedureCode: pick(PROCEDURES),
      receivingAgency: agency,
      channel: pick(CHANNELS),
      ...(random() < 0.85 ? { sector: pick(SECTORS) } : {}),
      ...(random() < 0.3 ? { competentAgency: pick(AGENCIES) } : {}),
      ...(random() < 0.05 ? { originDossierCode: `${pick(AGENCIES)}-${Math.floor(random() * n)}` } : {}),
    };
    let record: ReportRecord;
    if (roll < 0.03) {
      record = { ...base, status: "rejectedAtIntake" };
    } else if (roll < 0.62) {
      // Finished: from 6 days early to 6 days late, sometimes not yet collected.
      const readyMs = Math.max(receivedMs + 3_600_000, dueMs + Math.floor((random() * 13 - 7) * DAY));
      const collected = random() < 0.8;
      const reappointed = random() < 0.05;
      record = {
        ...base,
        status: collected ? "returned" : "resolved",
        receivedAt,
        dueDate: reappointed ? vnDate(dueMs + 3 * DAY) : due,
        ...(reappointed ? { originalDueDate: due } : {}),
        resultReadyAt: vnInstant(readyMs),
        ...(collected ? { returnedAt: vnInstant(readyMs + Math.floor(random() * 3 * DAY)) } : {}),
      };
    } else if (roll < 0.9) {
      record = {
        ...base,
        status: pick(["received", "inProcess", "interAgency", "supplementRequested", "paymentRequested"] as const),
        receivedAt,
        dueDate: due,
      };
    } else {
      const status = pick(["withdrawn", "refusedAfterAcceptance", "stopped"] as const);
      const closed = random() < 0.7;
      record = {
        ...base,
        status,
        receivedAt,
        dueDate: due,
        ...(closed ? { closedAt: vnInstant(receivedMs + Math.floor(random() * 20 * DAY)) } : {}),
      };
    }
    yield { record, limitWorkingDays: limit };
  }
}

/** One CSV line of a record, in {@link CSV_COLUMNS} order (no quoting needed: no commas in the data). */
export function csvLine(record: ReportRecord): string {
  const r = record as unknown as Record<string, unknown>;
  return CSV_COLUMNS.map((c) => (r[c] === undefined ? "" : String(r[c]))).join(",");
}

/**
 * The SQL of `tthc sql` and `tthc calendar --sql` agrees with the library on real engines: DuckDB
 * (in process, always) and PostgreSQL (the server of `TTHC_PG_URL`, in a throwaway database; .ci/run
 * starts one and sets it — without it this part is reported as skipped, see CONTRIBUTING.md). On
 * 100,000 seeded dossiers (20,000 when only DuckDB runs: `npm test` under each CI time zone, after
 * .ci/run's one full run with the server) and 3,000 boundary ones, every column of every row of processing_report
 * is compared with summarizeProcessing for every combination of the options the SQL carries, and
 * every due date of due_dates with computeDueDate; each case runs in another session time zone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { run } from "../../src/cli/main.js";
import { computeDueDate } from "../../src/deadline/index.js";
import { type ProcessingReport, type ReportOptions, summarizeProcessing } from "../../src/report/index.js";
import { dossiers, normalise, policyOf, REPORT_CASES, type ReportCase, TABLE_COLUMNS } from "./_data.js";
import { createDossierTable, loadDossiers, PG_URL, type Throwaway, throwawayDatabase } from "./_pg.js";

/** Seeded dossiers: 100,000 with the server (CI's one full run), 20,000 when only DuckDB runs. */
const SEEDED = PG_URL === undefined ? 20_000 : 100_000;
const data = dossiers(
  SEEDED,
  3000,
  424242,
  (receivedAt, limit) => computeDueDate({ receivedAt, duration: { value: limit, unit: "workingDays" } }).dueDate,
);
const records = data.map((d) => d.record);
const limits = data.flatMap(({ record, limitWorkingDays }) =>
  record.receivedAt === undefined || limitWorkingDays === undefined
    ? []
    : [{ code: record.code, receivedAt: record.receivedAt, limitWorkingDays }],
);
/** The due date computeDueDate gave each dossier (the first appointment, before any re-appointment). */
const dueByCode = new Map(
  data.flatMap(({ record }) =>
    record.code.startsWith("EDGE") || record.receivedAt === undefined
      ? []
      : [[record.code, record.originalDueDate ?? record.dueDate] as const],
  ),
);

/** The library's report of each case, computed once for both engines. */
const expected = new Map<ReportCase, ProcessingReport>();
const reportOf = (c: ReportCase) => {
  let report = expected.get(c);
  if (report === undefined) {
    report = summarizeProcessing(records, c.options);
    expected.set(c, report);
  }
  return report;
};

/** The output of a `tthc` command (the CLI as users run it). */
async function tthc(...args: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await run(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  if (code !== 0) throw new Error(`tthc ${args.join(" ")} exited ${code}: ${err}`);
  return out;
}

/** The `tthc sql report` flags of a case's options. */
function sqlFlags(options: ReportOptions): string[] {
  const p = policyOf(options);
  const flags: string[] = [];
  if (p.reference !== undefined) flags.push("--reference", p.reference);
  if (p.granularity !== undefined) flags.push("--granularity", p.granularity);
  if (p.classifyAgainst !== undefined) flags.push("--classify-against", p.classifyAgainst);
  if (p.interAgencyCopies !== undefined) flags.push("--copies", p.interAgencyCopies);
  if (p.decimals !== undefined) flags.push("--decimals", String(p.decimals));
  if (p.rounding !== undefined) flags.push("--rounding", p.rounding);
  if (p.zeroDenominator !== undefined) flags.push("--zero-denominator", String(p.zeroDenominator));
  return flags;
}

const label = (c: ReportCase) =>
  `${JSON.stringify(c.options).replaceAll('"', "").slice(1, -1)} (session time zone ${c.timeZone})`;

/** What the shared checks need from an engine. */
interface Engine {
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
}

/** The checks, the same for both engines. */
function agreement(dialect: "postgres" | "duckdb", engine: () => Engine): void {
  it("calendar --sql loads, and due_dates = computeDueDate on every dossier", async () => {
    const e = engine();
    await e.exec(await tthc("calendar", "--from", "2026-07-01", "--to", "2027-03-31", "--sql", "--dialect", dialect));
    await e.exec(await tthc("sql", "due-dates", "--dialect", dialect));
    const rows = await e.rows("SELECT code, CAST(due_date AS VARCHAR) AS due FROM due_dates");
    const sql = new Map(rows.map((r) => [r["code"], r["due"]]));
    expect(limits.length).toBeGreaterThan(0.9 * SEEDED);
    expect(sql.size).toBe(limits.length);
    for (const { code } of limits) expect(sql.get(code), code).toBe(dueByCode.get(code));
    // Vietnamese labels arrive intact (UTF-8 through the client).
    const [labels] = await e.rows("SELECT label_vi, label_en FROM calendar WHERE date = DATE '2027-02-08'");
    const { label } = createWorkingCalendar().dayInfo("2027-02-08");
    expect(labels).toEqual({ label_vi: label.vi, label_en: label.en });
    expect(label.vi).toMatch(/Tết/);
  }, 60_000);

  it.each(REPORT_CASES)(
    "processing_report = summarizeProcessing: %#",
    async (c) => {
      const e = engine();
      const report = reportOf(c);
      await e.exec(`SET TimeZone = '${c.timeZone}'`);
      await e.exec(await tthc("sql", "report", "--dialect", dialect, ...sqlFlags(c.options)));
      const asOf = c.options.asOf === undefined ? "NULL" : `'${String(c.options.asOf)}'`;
      await e.exec("DELETE FROM report_params");
      await e.exec(
        `INSERT INTO report_params VALUES (DATE '${report.period.from}', DATE '${report.period.to}', CAST(${asOf} AS TIMESTAMPTZ), '${report.by}')`,
      );
      const rows = (await e.rows("SELECT * FROM processing_report")).map(normalise);
      expect(rows.length, label(c)).toBeGreaterThan(0);
      expect(rows, label(c)).toEqual(report.rows.map((r) => ({ ...r })));
    },
    60_000,
  ); // 103,000 rows through the library and the engine, on a shared machine
}

const dir = mkdtempSync(join(tmpdir(), "tthc-sql-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("DuckDB (report_dossiers as text, as read_csv gives it)", () => {
  let connection: Awaited<ReturnType<DuckDBInstance["connect"]>>;
  beforeAll(async () => {
    const csv = (rows: readonly Record<string, unknown>[], columns: readonly string[]) =>
      `${columns.join(",")}\n${rows.map((r) => columns.map((c) => (r[c] === undefined ? "" : String(r[c]))).join(",")).join("\n")}\n`;
    const names = TABLE_COLUMNS.map(([name]) => name);
    writeFileSync(join(dir, "dossiers.csv"), csv(records as unknown as Record<string, unknown>[], names));
    writeFileSync(join(dir, "limits.csv"), csv(limits, ["code", "receivedAt", "limitWorkingDays"]));
    const instance = await DuckDBInstance.create(":memory:");
    connection = await instance.connect();
    await connection.run(
      `CREATE TABLE report_dossiers AS SELECT * FROM read_csv('${join(dir, "dossiers.csv")}', header = true, all_varchar = true)`,
    );
    await connection.run(
      `CREATE TABLE dossier_limits AS SELECT * FROM read_csv('${join(dir, "limits.csv")}', header = true, columns = {'code': 'VARCHAR', 'receivedAt': 'VARCHAR', 'limitWorkingDays': 'INTEGER'})`,
    );
    await connection.run(
      "CREATE TABLE report_params (period_from DATE, period_to DATE, as_of TIMESTAMPTZ, group_by VARCHAR)",
    );
  }, 60_000);
  afterAll(() => connection?.closeSync());

  agreement("duckdb", () => ({
    async exec(sql) {
      await connection.run(sql);
    },
    async rows(sql) {
      return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    },
  }));
});

if (PG_URL === undefined) {
  console.warn(
    "test/sql: TTHC_PG_URL is not set, so the PostgreSQL agreement test is skipped (see CONTRIBUTING.md: .ci/run starts a server and sets it)",
  );
}

describe.skipIf(PG_URL === undefined)("PostgreSQL (report_dossiers with DATE and TIMESTAMPTZ columns)", () => {
  let db: Throwaway;
  beforeAll(async () => {
    db = await throwawayDatabase(PG_URL!, "tthc_test");
    const { client } = db;
    await client.query(createDossierTable(true));
    expect(await loadDossiers(client, records)).toBe(records.length);
    await client.query(
      `CREATE TABLE dossier_limits ("code" TEXT, "receivedAt" TIMESTAMPTZ, "limitWorkingDays" INTEGER)`,
    );
    await client.query(
      "INSERT INTO dossier_limits SELECT * FROM json_populate_recordset(NULL::dossier_limits, $1::json)",
      [JSON.stringify(limits)],
    );
    await client.query(
      "CREATE TABLE report_params (period_from DATE, period_to DATE, as_of TIMESTAMPTZ, group_by TEXT)",
    );
    await client.query("ANALYZE");
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  }, 60_000);

  const engine = (): Engine => ({
    async exec(sql) {
      await db.client.query(sql);
    },
    async rows(sql) {
      return (await db.client.query(sql)).rows as Record<string, unknown>[];
    },
  });
  agreement("postgres", engine);

  it("the same view over TEXT columns (ISO text with offsets, as a CSV loads)", async () => {
    const { client } = db;
    await client.query("CREATE SCHEMA as_text");
    await client.query(createDossierTable(false, "as_text.report_dossiers"));
    await loadDossiers(client, records, "as_text.report_dossiers");
    await client.query("CREATE TABLE as_text.report_params (LIKE public.report_params)");
    await client.query("SET search_path = as_text");
    try {
      for (const c of [REPORT_CASES[5]!, REPORT_CASES[10]!]) {
        await client.query(await tthc("sql", "report", "--dialect", "postgres", ...sqlFlags(c.options)));
        const report = reportOf(c);
        const asOf = c.options.asOf === undefined ? "NULL" : `'${String(c.options.asOf)}'`;
        await client.query(
          `INSERT INTO report_params VALUES (DATE '${report.period.from}', DATE '${report.period.to}', CAST(${asOf} AS TIMESTAMPTZ), '${report.by}')`,
        );
        const rows = (await client.query("SELECT * FROM processing_report")).rows.map(normalise);
        expect(rows, label(c)).toEqual(report.rows.map((r) => ({ ...r })));
        await client.query("DELETE FROM report_params");
      }
    } finally {
      await client.query("SET search_path = public");
    }
  }, 60_000);
});

/**
 * The documented SQL (docs/sql/due_dates.sql, docs/sql/processing_report.sql) run in DuckDB agrees
 * with the library on every row: due dates against computeDueDate, the report against
 * summarizeProcessing, on seeded data.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { computeDueDate } from "../../src/deadline/index.js";
import { type ProcessingRow, type ReportGroupBy, summarizeProcessing } from "../../src/report/index.js";
import { CSV_COLUMNS, csvLine, type Generated, generateRecords } from "./_generate.js";

const SQL = new URL("../../docs/sql/", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "tthc-duckdb-"));
const data: Generated[] = [
  ...generateRecords(
    3000,
    424242,
    (receivedAt, limit) => computeDueDate({ receivedAt, duration: { value: limit, unit: "workingDays" } }).dueDate,
  ),
];
const records = data.map((g) => g.record);
let connection: Awaited<ReturnType<DuckDBInstance["connect"]>>;

async function rowsOf(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  let calendar = "";
  expect(
    run(
      ["calendar", "--from", "2026-07-01", "--to", "2027-03-31", "--csv"],
      (s) => (calendar += s),
      () => {},
    ),
  ).toBe(0);
  writeFileSync(join(dir, "calendar.csv"), calendar);
  writeFileSync(join(dir, "dossiers.csv"), `${CSV_COLUMNS.join(",")}\n${records.map(csvLine).join("\n")}\n`);
  writeFileSync(
    join(dir, "limits.csv"),
    `code,receivedAt,limitWorkingDays\n${data
      .filter((g) => g.record.receivedAt !== undefined)
      .map((g) => `${g.record.code},${g.record.receivedAt},${g.limitWorkingDays}`)
      .join("\n")}\n`,
  );
  const instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  await connection.run(
    `CREATE TABLE calendar AS SELECT * FROM read_csv('${join(dir, "calendar.csv")}', header = true, columns = {'date': 'DATE', 'working': 'BOOLEAN', 'kind': 'VARCHAR', 'label_vi': 'VARCHAR', 'label_en': 'VARCHAR', 'rank': 'INTEGER'})`,
  );
  await connection.run(
    `CREATE TABLE dossier_limits AS SELECT * FROM read_csv('${join(dir, "limits.csv")}', header = true, columns = {'code': 'VARCHAR', 'receivedAt': 'VARCHAR', 'limitWorkingDays': 'INTEGER'})`,
  );
  await connection.run(
    `CREATE TABLE report_dossiers AS SELECT * FROM read_csv('${join(dir, "dossiers.csv")}', header = true, all_varchar = true)`,
  );
  await connection.run(
    "CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from, DATE '2026-10-31' AS period_to, CAST(NULL AS TIMESTAMPTZ) AS as_of, 'none' AS group_by",
  );
  await connection.run(readFileSync(new URL("due_dates.sql", SQL), "utf8"));
  await connection.run(readFileSync(new URL("processing_report.sql", SQL), "utf8"));
}, 30_000);

afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe("docs/sql in DuckDB", () => {
  it("due_dates.sql = computeDueDate on every dossier", async () => {
    const sql = new Map(
      (await rowsOf("SELECT code, CAST(due_date AS VARCHAR) AS due FROM due_dates")).map((r) => [r["code"], r["due"]]),
    );
    const expected = data.filter((g) => g.record.receivedAt !== undefined);
    expect(sql.size).toBe(expected.length);
    for (const g of expected)
      expect(sql.get(g.record.code), g.record.code).toBe(g.record.originalDueDate ?? g.record.dueDate);
  });

  it.each([
    ["2026-10", "agency", null],
    ["2026-Q4", "sector", null],
    ["2026-09-15..2026-10-20", "channel", "2026-10-01T12:00:00+07:00"],
    ["2026", "competentAgency", null],
    ["2026-11", "procedure", "2026-11-10T08:00:00Z"],
    ["2026-08", "none", null],
  ] as const)("processing_report.sql = summarizeProcessing for %s by %s (asOf %s)", async (periodText, by, asOf) => {
    const report = summarizeProcessing(records, {
      period: periodText,
      by: by as ReportGroupBy,
      ...(asOf === null ? {} : { asOf }),
    });
    await connection.run(
      `CREATE OR REPLACE TABLE report_params AS SELECT DATE '${report.period.from}' AS period_from, DATE '${report.period.to}' AS period_to, ${asOf === null ? "CAST(NULL AS TIMESTAMPTZ)" : `CAST('${asOf}' AS TIMESTAMPTZ)`} AS as_of, '${by}' AS group_by`,
    );
    const sqlRows = (await rowsOf("SELECT * FROM processing_report")).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "key" || v === null ? v : Number(v)])),
    );
    const byKey = new Map(sqlRows.map((r) => [r["key"], r]));
    expect(byKey.size).toBe(report.rows.length);
    for (const row of report.rows) expect(byKey.get(row.key), row.key).toEqual({ ...(row as ProcessingRow) });
  });
});

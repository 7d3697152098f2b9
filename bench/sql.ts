/**
 * `TTHC_PG_URL=postgresql://… npx tsx bench/sql.ts [rows] [runs]`: the processing report three ways on
 * the same seeded dossiers, in one run — `node dist/cli.js report` on the CSV (what a user runs
 * today; build first), DuckDB running docs/sql/processing_report.sql (on the CSV with read_csv, and
 * on a loaded table), and PostgreSQL running docs/sql/postgres/processing_report.sql on a table
 * (typed columns, loaded with psql's \copy, in a throwaway database). Prints load and query times
 * (best and median of `runs`; PostgreSQL also with `jit = off`), the ratios, and whether all three
 * give the same rows.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { CSV_COLUMNS, csvLine, generateRecords } from "../test/report/_generate.js";
import { normalise, TABLE_COLUMNS } from "../test/sql/_data.js";
import { PG_URL, throwawayDatabase } from "../test/sql/_pg.js";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 5);
const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
if (PG_URL === undefined) throw new Error("set TTHC_PG_URL to a PostgreSQL server (see CONTRIBUTING.md)");
if (!existsSync(CLI)) throw new Error("build first: npm run build");

const dir = mkdtempSync(join(tmpdir(), "tthc-bench-sql-"));
const csv = join(dir, "dossiers.csv");
const PARAMS = "(DATE '2026-10-01', DATE '2026-10-31', NULL, 'agency')";
const sqlOf = (path: string) => readFileSync(new URL(`../docs/sql/${path}`, import.meta.url), "utf8");

/** Seconds of each of `runs` calls; best and median. */
async function timed(runs: number, f: () => Promise<unknown>): Promise<{ best: number; median: number }> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    await f();
    times.push((performance.now() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[Math.floor(times.length / 2)]! };
}
const s = (x: number) => `${x.toFixed(2)} s`;

try {
  let t = performance.now();
  const file = createWriteStream(csv);
  file.write(`${CSV_COLUMNS.join(",")}\n`);
  let chunk: string[] = [];
  for (const { record } of generateRecords(ROWS, 20261031)) {
    chunk.push(csvLine(record));
    if (chunk.length === 10_000) {
      if (!file.write(`${chunk.join("\n")}\n`)) await once(file, "drain");
      chunk = [];
    }
  }
  file.end(chunk.length > 0 ? `${chunk.join("\n")}\n` : "");
  await once(file, "finish");
  const size = `${(statSync(csv).size / 1048576).toFixed(0)} MB`;
  console.log(`generated ${ROWS.toLocaleString("en-US")} rows, ${size} in ${s((performance.now() - t) / 1000)}`);

  // 1. The CLI, as a user runs it: a new process each time (cold start included).
  let cliRows: Record<string, unknown>[] = [];
  const cli = await timed(RUNS, async () => {
    const r = spawnSync(process.execPath, [CLI, "report", csv, "--period", "2026-10", "--by", "agency", "--json"], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`tthc report exited ${r.status}: ${r.stderr}`);
    cliRows = (JSON.parse(r.stdout) as { rows: Record<string, unknown>[] }).rows;
  });

  // 2. DuckDB, in process: on the CSV (read_csv each time), then on a loaded table.
  const instance = await DuckDBInstance.create(":memory:");
  const duck = await instance.connect();
  await duck.run("CREATE TABLE report_params (period_from DATE, period_to DATE, as_of TIMESTAMPTZ, group_by VARCHAR)");
  await duck.run(`INSERT INTO report_params VALUES ${PARAMS}`);
  await duck.run(`CREATE VIEW report_dossiers AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`);
  await duck.run(sqlOf("processing_report.sql"));
  const duckQuery = async () => (await duck.runAndReadAll("SELECT * FROM processing_report")).getRowObjectsJson();
  const duckCsv = await timed(RUNS, duckQuery);
  t = performance.now();
  await duck.run("DROP VIEW report_dossiers");
  await duck.run(`CREATE TABLE report_dossiers AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`);
  const duckLoad = (performance.now() - t) / 1000;
  await duck.run(sqlOf("processing_report.sql"));
  const duckTable = await timed(RUNS, duckQuery);
  const duckRows = (await duckQuery()).map((r) => normalise(r as Record<string, unknown>));
  duck.closeSync();

  // 3. PostgreSQL: typed table, loaded with psql's \copy, statistics gathered, then the view.
  const db = await throwawayDatabase(PG_URL, "tthc_bench");
  let pg: { best: number; median: number };
  let pgNoJit: { best: number; median: number };
  let pgLoad: number;
  let pgRows: Record<string, unknown>[];
  let server: string;
  try {
    const types = new Map<string, string>(TABLE_COLUMNS);
    const columns = CSV_COLUMNS.map((c) => `"${c}" ${types.get(c)}`).join(", ");
    await db.client.query(`CREATE TABLE report_dossiers (${columns})`);
    t = performance.now();
    execFileSync("psql", [db.url, "-qc", `\\copy report_dossiers FROM '${csv}' WITH (FORMAT csv, HEADER MATCH)`]);
    await db.client.query("ANALYZE report_dossiers");
    pgLoad = (performance.now() - t) / 1000;
    await db.client.query(
      "CREATE TABLE report_params (period_from DATE, period_to DATE, as_of TIMESTAMPTZ, group_by TEXT)",
    );
    await db.client.query(`INSERT INTO report_params VALUES ${PARAMS}`);
    await db.client.query(sqlOf("postgres/processing_report.sql"));
    server = (await db.client.query("SELECT current_setting('server_version') AS v")).rows[0].v as string;
    pg = await timed(RUNS, () => db.client.query("SELECT * FROM processing_report"));
    await db.client.query("SET jit = off");
    pgNoJit = await timed(RUNS, () => db.client.query("SELECT * FROM processing_report"));
    pgRows = (await db.client.query("SELECT * FROM processing_report")).rows.map(normalise);
  } finally {
    await db.drop();
  }

  const same = (rows: Record<string, unknown>[]) => JSON.stringify(rows) === JSON.stringify(cliRows);
  console.log(
    `date: ${new Date().toISOString()}  node ${process.version}  ${cpus()[0]?.model ?? "?"} × ${cpus().length}`,
  );
  console.log(`PostgreSQL ${server}, DuckDB ${(await import("@duckdb/node-api")).version()}; best / median of ${RUNS}`);
  console.log("| how | load | report | ratio to tthc report |");
  console.log("|---|---|---|---|");
  console.log(`| tthc report (node dist/cli.js, CSV, new process) | — | ${s(cli.best)} / ${s(cli.median)} | 1 |`);
  console.log(
    `| DuckDB read_csv + SQL | — | ${s(duckCsv.best)} / ${s(duckCsv.median)} | ${(duckCsv.median / cli.median).toFixed(2)} |`,
  );
  console.log(
    `| DuckDB table + SQL | ${s(duckLoad)} | ${s(duckTable.best)} / ${s(duckTable.median)} | ${(duckTable.median / cli.median).toFixed(2)} |`,
  );
  console.log(
    `| PostgreSQL table + SQL | ${s(pgLoad)} (\\copy + ANALYZE) | ${s(pg.best)} / ${s(pg.median)} | ${(pg.median / cli.median).toFixed(2)} |`,
  );
  console.log(
    `| PostgreSQL, jit = off | — | ${s(pgNoJit.best)} / ${s(pgNoJit.median)} | ${(pgNoJit.median / cli.median).toFixed(2)} |`,
  );
  console.log(
    `same rows as tthc report: DuckDB ${same(duckRows)}, PostgreSQL ${same(pgRows)} (${cliRows.length} groups)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

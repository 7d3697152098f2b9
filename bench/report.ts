/**
 * `npx tsx bench/report.ts [rows]`: the streaming processing report (`tthc report`, constant memory)
 * against DuckDB running docs/sql/processing_report.sql on the same CSV (read_csv), in one run.
 * Generates the rows (seeded) to a CSV in a temp dir; prints times, the ratio and peak RSS.
 */
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { runReport } from "../src/cli/report.js";
import { CSV_COLUMNS, csvLine, generateRecords } from "../test/report/_generate.js";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), "tthc-bench-report-"));
const csv = join(dir, "dossiers.csv");

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

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
  console.log(
    `generated ${ROWS.toLocaleString("en-US")} rows, ${mb(statSync(csv).size)} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  global.gc?.();
  peak = 0;
  sample();
  const before = process.memoryUsage().rss;
  let out = "";
  t = performance.now();
  const code = await runReport(
    [csv, "--period", "2026-10", "--by", "agency", "--json"],
    (s) => (out += s),
    (s) => process.stderr.write(s),
  );
  const ours = (performance.now() - t) / 1000;
  sample();
  const oursPeak = peak;
  if (code !== 0) throw new Error(`tthc report exited ${code}`);
  const report = JSON.parse(out) as { total: { received: number } };

  peak = 0;
  sample();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  t = performance.now();
  await connection.run(
    "CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from, DATE '2026-10-31' AS period_to, CAST(NULL AS TIMESTAMPTZ) AS as_of, 'agency' AS group_by",
  );
  await connection.run(
    `CREATE VIEW report_dossiers AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`,
  );
  await connection.run(readFileSync(new URL("../docs/sql/processing_report.sql", import.meta.url), "utf8"));
  const rows = (await connection.runAndReadAll("SELECT * FROM processing_report")).getRowObjectsJson();
  const duck = (performance.now() - t) / 1000;
  sample();
  const duckTotal = rows.reduce((s, r) => s + Number(r["received"]), 0);
  connection.closeSync();

  console.log(
    `date: ${new Date().toISOString()}  node ${process.version}  ${cpus()[0]?.model ?? "?"} × ${cpus().length}`,
  );
  console.log(
    `tthc report (stream, 1 thread): ${ours.toFixed(2)} s, ${Math.round(ROWS / ours).toLocaleString("en-US")} rows/s, RSS before ${mb(before)}, peak ${mb(oursPeak)}`,
  );
  console.log(`DuckDB read_csv + SQL (${cpus().length} threads): ${duck.toFixed(2)} s, peak RSS ${mb(peak)}`);
  console.log(`ratio tthc / DuckDB: ${(ours / duck).toFixed(2)}×  (target ≤ 3×)`);
  console.log(`agree on received: ${report.total.received === duckTotal} (${report.total.received})`);
} finally {
  clearInterval(timer);
  rmSync(dir, { recursive: true, force: true });
}

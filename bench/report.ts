/**
 * `npx tsx bench/report.ts [rows] [rounds]` (after `npm run build`): the processing report of the
 * built CLI (`node dist/cli.js report`, a process of its own, as a user runs it) against DuckDB
 * running docs/sql/processing_report.sql on the same CSV (read_csv, its default threads), in one
 * run, alternating, `rounds` times. Generates the rows (seeded) to a CSV in a temp dir; prints each
 * round's times and ratios, the CLI's peak RSS (threads included) with its default threads and
 * with one, DuckDB's, and checks that the CLI and DuckDB agree on every column of every row.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { CSV_COLUMNS, csvLine, generateRecords } from "../test/report/_generate.js";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const CLI = new URL("../dist/cli.js", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "tthc-bench-report-"));
const csv = join(dir, "dossiers.csv");
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const ARGS = ["report", csv, "--period", "2026-10", "--by", "agency", "--json"];

/**
 * A launcher that runs the built CLI and reports the process's peak RSS on exit (Linux: getrusage
 * ru_maxrss; worker threads included).
 */
const launcher = join(dir, "launch.mjs");
writeFileSync(
  launcher,
  `process.on("exit", () => process.stderr.write("\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n"));
process.argv.splice(1, 1, ${JSON.stringify(fileURLToPath(CLI))});
await import(${JSON.stringify(CLI.href)});
`,
);

/** One CLI run in its own process: wall time, peak RSS, output. */
async function runCli(extra: readonly string[]): Promise<{ seconds: number; maxRss: number; out: string }> {
  const t = performance.now();
  const child = spawn(process.execPath, [launcher, ...ARGS, ...extra], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" }, // plain node, not tsx's loader
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (err += d));
  const [code] = (await once(child, "close")) as [number];
  const seconds = (performance.now() - t) / 1000;
  if (code !== 0) throw new Error(`tthc report exited ${code}: ${err}`);
  const maxRss = Number(/maxRSS (\d+)/.exec(err)?.[1] ?? Number.NaN) * 1024;
  return { seconds, maxRss, out };
}

/** One DuckDB run in this process, a new in-memory database each time: wall time and rows. */
async function runDuck(): Promise<{ seconds: number; rows: Record<string, unknown>[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const t = performance.now();
  await connection.run(
    "CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from, DATE '2026-10-31' AS period_to, CAST(NULL AS TIMESTAMPTZ) AS as_of, 'agency' AS group_by",
  );
  await connection.run(
    `CREATE VIEW report_dossiers AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`,
  );
  await connection.run(readFileSync(new URL("../docs/sql/processing_report.sql", import.meta.url), "utf8"));
  const rows = (await connection.runAndReadAll("SELECT * FROM processing_report")).getRowObjectsJson();
  const seconds = (performance.now() - t) / 1000;
  connection.closeSync();
  instance.closeSync();
  return { seconds, rows: rows as Record<string, unknown>[] };
}

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

try {
  statSync(CLI);
  const t = performance.now();
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
  console.log(
    `date: ${new Date().toISOString()}  node ${process.version}  ${cpus()[0]?.model ?? "?"} × ${cpus().length} (available parallelism ${availableParallelism()})`,
  );

  const ratios: number[] = [];
  const ratiosOne: number[] = [];
  let report: { rows: Record<string, unknown>[] } | undefined;
  let duckRows: Record<string, unknown>[] = [];
  const rss = { cli: 0, one: 0, duck: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate who goes first: the page cache and the neighbours' load favour neither side.
    const order = round % 2 === 1 ? ["cli", "duck", "one"] : ["duck", "one", "cli"];
    const got: Record<string, number> = {};
    for (const who of order) {
      if (who === "duck") {
        global.gc?.();
        peak = 0;
        sample();
        const timer = setInterval(sample, 10);
        const duck = await runDuck();
        clearInterval(timer);
        sample();
        rss.duck = Math.max(rss.duck, peak);
        got["duck"] = duck.seconds;
        duckRows = duck.rows;
      } else {
        const run = await runCli(who === "one" ? ["--jobs", "1"] : []);
        got[who] = run.seconds;
        if (who === "cli") {
          rss.cli = Math.max(rss.cli, run.maxRss);
          report = JSON.parse(run.out) as { rows: Record<string, unknown>[] };
        } else rss.one = Math.max(rss.one, run.maxRss);
      }
    }
    ratios.push(got["cli"]! / got["duck"]!);
    ratiosOne.push(got["one"]! / got["duck"]!);
    console.log(
      `round ${round}: tthc report ${got["cli"]!.toFixed(2)} s (default --jobs), --jobs 1 ${got["one"]!.toFixed(2)} s, DuckDB ${got["duck"]!.toFixed(2)} s; ratio ${ratios.at(-1)!.toFixed(2)}× (--jobs 1: ${ratiosOne.at(-1)!.toFixed(2)}×)`,
    );
  }
  const range = (list: number[]) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}×`;
  console.log(`ratio tthc / DuckDB: ${range(ratios)} (target ≤ 0.7×); --jobs 1: ${range(ratiosOne)}`);
  console.log(
    `peak RSS: tthc report ${mb(rss.cli)} (--jobs 1: ${mb(rss.one)}), DuckDB (in the bench process) ${mb(rss.duck)}`,
  );

  // Every column of every row, the CLI against DuckDB's SQL.
  const byKey = new Map(duckRows.map((r) => [String(r["key"]), r]));
  const differences: string[] = [];
  for (const row of report?.rows ?? []) {
    const theirs = byKey.get(String(row["key"]));
    for (const [column, value] of Object.entries(row)) {
      const other = theirs?.[column];
      const same =
        column === "key" || value === null ? String(other) === String(value) : Number(other) === Number(value);
      if (!same) differences.push(`${String(row["key"])}.${column}: ${String(value)} vs ${String(other)}`);
    }
  }
  if ((report?.rows.length ?? 0) !== duckRows.length) differences.push("a different number of groups");
  console.log(
    differences.length === 0
      ? `agree on every column of all ${duckRows.length} groups`
      : `DISAGREE: ${differences.join("; ")}`,
  );
  if (differences.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

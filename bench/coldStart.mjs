/**
 * `node bench/coldStart.mjs [runs]` (after `npm run build`): what importing an entry of the built
 * package costs a fresh Node process, and `tthc due` from the built CLI, over a bare `node -e 0`,
 * with what a user would import instead (date-fns, date-holidays) in the same run. Each command runs
 * `runs` times (default 30), interleaved so that the machine's load falls on all alike; the table
 * gives the median wall time and the median's excess over the bare process.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.argv[2] ?? 30);
const importing = (specifier) => ["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`];

/** [label, node arguments]; imports resolve from the repository, `tthc` through its own exports. */
const COMMANDS = [
  ["bare: node -e 0", ["-e", "0"]],
  ['import("tthc")', importing("tthc")],
  ['import("tthc/calendar")', importing("tthc/calendar")],
  ['import("tthc/deadline")', importing("tthc/deadline")],
  ['import("tthc/indices")', importing("tthc/indices")],
  ['import("tthc/models") (zod)', importing("tthc/models")],
  ['import("tthc/workflow") (zod)', importing("tthc/workflow")],
  ["tthc due 2025-01-23T06:45:00+07:00 3d", ["dist/cli.js", "due", "2025-01-23T06:45:00+07:00", "3d"]],
  ["tthc --version", ["dist/cli.js", "--version"]],
  ['import("zod") alone', importing("zod")],
  ['import("date-fns")', importing("date-fns")],
  ['import("date-holidays")', importing("date-holidays")],
];

const times = COMMANDS.map(() => []);
for (let run = 0; run < RUNS + 2; run++) {
  COMMANDS.forEach(([label, args], i) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
    if (run >= 2) times[i].push(ms); // two warm-up rounds (file cache)
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const bare = median(times[0]);
console.log(`Node ${process.version}, ${RUNS} runs each, interleaved; median wall time`);
console.log("| Command | Median | Over bare node |");
console.log("|---|---:|---:|");
COMMANDS.forEach(([label], i) => {
  const m = median(times[i]);
  console.log(`| ${label} | ${m.toFixed(0)} ms | ${i === 0 ? "—" : `+${(m - bare).toFixed(0)} ms`} |`);
});

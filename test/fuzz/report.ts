/**
 * The fuzz suite's current failures, grouped by module and function, one example each:
 * `npx tsx test/fuzz/report.ts [--all] [module…]` (e.g. `tthc/models`). Exits 1 when anything fails.
 */
import {
  checkConstant,
  DEFAULT_BUDGET,
  discoverExports,
  type Failure,
  fuzzFunction,
  fuzzSchema,
  groupFailures,
  missingSamplesMessage,
  type Outcome,
} from "./_engine.js";
import { fingerprint } from "./_hostile.js";
import { lenientFor, METHODS, SAMPLES, SCHEMA_SAMPLES } from "./_samples.js";

const args = process.argv.slice(2);
const showAll = args.includes("--all");
const only = args.filter((a) => !a.startsWith("--"));

const exports = (await discoverExports()).filter((e) => only.length === 0 || only.includes(e.module));
const constants = exports.flatMap((e) => (e.kind === "constant" ? [{ e, before: fingerprint(e.value) }] : []));
const outcomes: Outcome[] = [];
const started = performance.now();
for (const e of exports) {
  if (e.kind === "function") {
    const samples = SAMPLES[e.module]?.[e.name];
    if (samples === undefined || samples.length === 0) {
      const failure = {
        module: e.module,
        name: e.name,
        variant: "-",
        problem: missingSamplesMessage(e.module, e.name),
      };
      outcomes.push({
        module: e.module,
        name: e.name,
        calls: 0,
        ms: 0,
        slowest: { ms: 0, variant: "" },
        failures: [failure],
      });
    } else outcomes.push(await fuzzFunction(e, samples, DEFAULT_BUDGET, lenientFor(e.module, e.name)));
  } else if (e.kind === "schema") outcomes.push(fuzzSchema(e, SCHEMA_SAMPLES[e.name] ?? []));
}
for (const [module, table] of Object.entries(METHODS)) {
  if (only.length > 0 && !only.includes(module)) continue;
  for (const [name, { target, samples, lenient }] of Object.entries(table)) {
    const fn = target() as (...args: unknown[]) => unknown;
    const e = { kind: "function", module, name, fn, construct: false, safe: false } as const;
    outcomes.push(await fuzzFunction(e, samples, DEFAULT_BUDGET, lenient));
  }
}
for (const { e, before } of constants) {
  const failures: Failure[] = checkConstant(e, before);
  outcomes.push({ module: e.module, name: e.name, calls: 0, ms: 0, slowest: { ms: 0, variant: "" }, failures });
}
const total = performance.now() - started;

const out: string[] = [];
let failing = 0;
for (const module of [...new Set(outcomes.map((o) => o.module))]) {
  const bad = outcomes.filter((o) => o.module === module && o.failures.length > 0);
  if (bad.length === 0) continue;
  out.push(`\n## ${module}`);
  for (const o of bad) {
    failing++;
    const groups = groupFailures(o.failures);
    out.push(`- ${o.name}: ${o.failures.length} failing call(s) of ${o.calls}, ${groups.length} distinct problem(s)`);
    for (const g of showAll ? groups : groups.slice(0, 3))
      out.push(`    ${g.problem} [${g.count}×]\n      e.g. ${g.example}`);
    if (!showAll && groups.length > 3) out.push(`    … ${groups.length - 3} more (--all)`);
  }
}
const calls = outcomes.reduce((n, o) => n + o.calls, 0);
const slow = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
out.push(
  `\n${failing} of ${outcomes.length} exports failing; ${calls} calls in ${(total / 1000).toFixed(1)} s`,
  `slowest exports: ${slow.map((o) => `${o.module} ${o.name} ${Math.round(o.ms)} ms`).join("; ")}`,
  ...outcomes.filter((o) => o.truncated !== undefined).map((o) => `note: ${o.module} ${o.name}: ${o.truncated}`),
);
process.stdout.write(`${out.join("\n")}\n`);
process.exitCode = failing > 0 ? 1 : 0;

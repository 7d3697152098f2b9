/**
 * Hostile input (issue 13): every function exported by every entry point, called with hostile
 * variants of valid sample arguments, lets only a `TthcError` escape (a `safe…` function returns
 * it), leaves its inputs and the built-in prototypes alone and answers within a second. Schemas'
 * `safeParse` never throws; exported constants stay frozen and unchanged. The exports are found by
 * walking the entry points, so a new export is fuzzed (or fails here for want of samples).
 * `npx tsx test/fuzz/report.ts` prints the current failures grouped by module.
 */
import { describe, expect, it } from "vitest";
import {
  type ConstantExport,
  checkConstant,
  discoverExports,
  formatFailures,
  fuzzFunction,
  fuzzSchema,
  missingSamplesMessage,
} from "./_engine.js";
import { fingerprint } from "./_hostile.js";
import { lenientFor, METHODS, SAMPLES, SCHEMA_SAMPLES } from "./_samples.js";

const exports = await discoverExports();
// Taken before any call, so that a call changing a constant shows below.
const firstSeen = new Map(
  exports.filter((e): e is ConstantExport => e.kind === "constant").map((e) => [e, fingerprint(e.value)]),
);
const modules = [...new Set(exports.map((e) => e.module))];

it("finds the exports of every entry point", () => {
  expect(modules).toContain("tthc/models");
  expect(exports.filter((e) => e.kind === "function").length).toBeGreaterThan(90);
});

it("has no samples for functions that are not exported", () => {
  const exported = new Set(exports.filter((e) => e.kind === "function").map((e) => `${e.module} ${e.name}`));
  const stale = Object.entries(SAMPLES).flatMap(([module, table]) =>
    Object.keys(table)
      .map((name) => `${module} ${name}`)
      .filter((key) => !exported.has(key)),
  );
  expect(stale, "samples in test/fuzz/_samples.ts name no exported function (renamed or moved?)").toEqual([]);
});

// Constants are checked last (below); a module of constants only has nothing to fuzz here.
for (const module of modules.filter((m) => exports.some((e) => e.module === m && e.kind !== "constant"))) {
  describe(module, () => {
    for (const target of exports.filter((e) => e.module === module)) {
      if (target.kind === "function") {
        it(`${target.name}: only TthcError, inputs untouched, prototypes untouched, < 1 s`, async () => {
          const samples = SAMPLES[module]?.[target.name];
          if (samples === undefined || samples.length === 0) expect.fail(missingSamplesMessage(module, target.name));
          const outcome = await fuzzFunction(target, samples, undefined, lenientFor(module, target.name));
          if (outcome.failures.length > 0) expect.fail(formatFailures(module, target.name, outcome.failures));
        });
      } else if (target.kind === "schema") {
        it(`${target.name}.safeParse never throws`, () => {
          const outcome = fuzzSchema(target, SCHEMA_SAMPLES[target.name] ?? []);
          if (outcome.failures.length > 0) expect.fail(formatFailures(module, target.name, outcome.failures));
        });
      }
    }
  });
}

describe("methods of returned objects", () => {
  for (const [module, table] of Object.entries(METHODS)) {
    for (const [name, { target, samples, lenient }] of Object.entries(table)) {
      it(`${module} ${name}: only TthcError, inputs untouched, prototypes untouched, < 1 s`, async () => {
        const fn = target() as (...args: unknown[]) => unknown;
        const outcome = await fuzzFunction(
          { kind: "function", module, name, fn, construct: false, safe: false },
          samples,
          undefined,
          lenient,
        );
        if (outcome.failures.length > 0) expect.fail(formatFailures(module, name, outcome.failures));
      });
    }
  }
});

// Last: the constants after every call above.
describe("exported constants stay frozen and unchanged", () => {
  for (const [target, before] of firstSeen) {
    it(`${target.module} ${target.name}`, () => {
      const failures = checkConstant(target, before);
      if (failures.length > 0) expect.fail(formatFailures(target.module, target.name, failures));
    });
  }
});

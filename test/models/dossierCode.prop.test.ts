import { fc, test } from "@fast-check/vitest";
import { expect, it } from "vitest";
import {
  createDossierCodeGenerator,
  type DossierCounter,
  formatAgencyCode,
  formatDossierCode,
  parseDossierCode,
} from "../../src/models/index.js";

const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 });
const agency = fc
  .record({
    letter: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    l1: digits(2),
    level2: digits(2),
    level3: digits(2),
    level4: digits(3),
  })
  .map(({ letter, l1, level2, level3, level4 }) =>
    formatAgencyCode({ level1: `${letter}${String(l1).padStart(2, "0")}`, level2, level3, level4 }),
  );
/** Every date of 2000–2099 that a code can hold. */
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const sequence = fc.integer({ min: 1, max: 9999 });

test.prop([agency, date, sequence], { seed: 20230915, numRuns: 500 })(
  "MOD-14 dossier codes round-trip: format then parse gives the parts back",
  (a, d, s) => {
    const code = formatDossierCode({ agency: a, date: d, sequence: s });
    expect(parseDossierCode(code)).toEqual({ agency: a, date: d, sequence: s });
    expect(formatDossierCode(parseDossierCode(code))).toBe(code);
  },
);

/**
 * A counter that is NOT atomic: it reads, yields to the event loop, then writes — concurrent calls
 * can read the same value and return duplicates, as a careless `SELECT` + `UPDATE` would.
 */
function racingCounter(yields: readonly number[]): DossierCounter {
  const counts = new Map<string, number>();
  let call = 0;
  return async ({ agency: a, date: d }) => {
    const key = `${a}|${d}`;
    const read = counts.get(key) ?? 0;
    const pauses = yields[call++ % yields.length] ?? 0;
    for (let i = 0; i < pauses; i++) await Promise.resolve();
    counts.set(key, read + 1);
    return read + 1;
  };
}

it("MOD-16 the racing counter does race: raw, it hands two concurrent callers the same number", async () => {
  const counter = racingCounter([1]);
  const key = { agency: "000.00.12.H26", date: "2023-09-15" } as Parameters<DossierCounter>[0];
  await expect(Promise.all([counter(key), counter(key)])).resolves.toEqual([1, 1]);
  const generator = createDossierCodeGenerator({ agency: "000.00.12.H26", counter: racingCounter([1]) });
  const codes = await Promise.all([
    generator.generate("a", "2023-09-15T09:00:00+07:00"),
    generator.generate("b", "2023-09-15T09:00:00+07:00"),
  ]);
  expect(codes).toEqual(["000.00.12.H26-230915-0001", "000.00.12.H26-230915-0002"]);
});

const receipt = fc
  .record({ day: fc.integer({ min: 14, max: 16 }), hour: fc.integer({ min: 0, max: 23 }) })
  .map(({ day, hour }) => `2023-09-${day}T${String(hour).padStart(2, "0")}:30:00+07:00`);

test.prop(
  [
    fc.array(fc.record({ id: fc.integer({ min: 0, max: 40 }), at: receipt }), { minLength: 1, maxLength: 60 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }),
  ],
  { seed: 20250701, numRuns: 200 },
)(
  "MOD-16 concurrent calls over a racing counter never repeat a code, and one dossier keeps one code",
  async (requests, yields) => {
    const generator = createDossierCodeGenerator({
      agency: "000.00.12.H26",
      counter: racingCounter(yields),
      maxCounterRetries: 1000,
    });
    const codes = await Promise.all(requests.map((r) => generator.generate(`dossier-${r.id}`, r.at)));
    const byDossier = new Map<number, string>();
    requests.forEach((r, i) => {
      const code = codes[i] as string;
      const known = byDossier.get(r.id);
      if (known === undefined) byDossier.set(r.id, code);
      else expect(code).toBe(known);
    });
    const distinct = new Set(byDossier.values());
    expect(distinct.size).toBe(byDossier.size);
  },
);

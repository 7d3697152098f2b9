import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  computePercent,
  computeServiceIndex,
  computeSipas,
  QD766_PORTAL,
  SIPAS_QD_2640,
} from "../../src/indices/index.js";

const ids = SIPAS_QD_2640.elements.flatMap((e) => e.criteria.map((c) => c.id));
const response = fc.record({
  province: fc.constantFrom("A", "B", "C"),
  answers: fc.dictionary(fc.constantFrom(...ids), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })),
});

test.prop([fc.array(response, { maxLength: 60 }), fc.constantFrom("meanOfUnits", "pooled" as const)], {
  seed: 20250430,
})("SIPAS indices stay in [0, 100]", (responses, aggregate) => {
  const r = computeSipas(responses, { by: "province", aggregate });
  const values = [
    r.overall.index,
    ...Object.values(r.overall.elements),
    ...r.units.flatMap((u) => [u.index, ...Object.values(u.elements), ...u.criteria.map((c) => c.index)]),
  ];
  for (const v of values) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
  expect(r.responses.valid).toBe(responses.length);
});

test.prop([fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 0, max: 6 })], { seed: 20250430 })(
  "half-up and truncation bracket the exact value",
  (a, b, decimals) => {
    const [n, d] = a <= b ? [a, b] : [b, a];
    fc.pre(d > 0);
    const up = computePercent(n, d, { decimals })!;
    const down = computePercent(n, d, { decimals, rounding: "truncate" })!;
    const exact = (100 * n) / d;
    const step = 10 ** -decimals;
    expect(down).toBeLessThanOrEqual(exact + 1e-9);
    expect(exact - down).toBeLessThan(step + 1e-9);
    expect(Math.abs(up - exact)).toBeLessThanOrEqual(step / 2 + 1e-9);
  },
);

test.prop(
  [fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), { minLength: 21, maxLength: 21 })],
  { seed: 20250430 },
)("the service index total stays within [0, maxAvailable ≤ 100]", (values) => {
  const input = Object.fromEntries(QD766_PORTAL.indicators.map((i, k) => [i.id, values[k] ?? null]));
  const r = computeServiceIndex(input);
  expect(r.total).toBeGreaterThanOrEqual(0);
  expect(r.total).toBeLessThanOrEqual(r.maxAvailable + 0.01);
  expect(r.maxAvailable).toBeLessThanOrEqual(100);
});

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isTthcError } from "../../src/errors.js";
import {
  checkProcessingInvariants,
  createReportAccumulator,
  type ReportOptions,
  summarizeProcessing,
} from "../../src/report/index.js";
import { generateRecords } from "./_generate.js";

const records = [...generateRecords(400, 20260430)].map((g) => g.record);
const optionsArb = fc.record({
  period: fc.constantFrom("2026-09", "2026-10", "2026-Q4", "2026", "2026-10-10..2026-11-15"),
  by: fc.constantFrom("none", "agency", "sector", "procedure", "channel", "competentAgency"),
  reference: fc.constantFrom("resultReady", "returned"),
  granularity: fc.constantFrom("day", "minute"),
  classifyAgainst: fc.constantFrom("original", "reappointed"),
  interAgencyCopies: fc.constantFrom("skip", "count"),
}) as fc.Arbitrary<ReportOptions>;

test.prop([optionsArb, fc.array(fc.nat(3), { minLength: records.length, maxLength: records.length }), fc.boolean()], {
  seed: 20260430,
  numRuns: 60,
})("any split into shards, merged in any order, equals one pass", (options, shardOf, reverse) => {
  const shards = [0, 1, 2, 3].map(() => createReportAccumulator(options));
  records.forEach((record, k) => {
    shards[shardOf[k]!]!.add(record);
  });
  const order = reverse ? [...shards].reverse() : shards;
  const merged = order.slice(1).reduce((a, b) => a.merge(b), order[0]!);
  expect(merged.result()).toEqual(summarizeProcessing(records, options));
});

test.prop([optionsArb, fc.integer({ min: 0, max: records.length })], { seed: 20260501, numRuns: 40 })(
  "every row keeps the REP-3 invariants; the rate is in [0, 100] or null",
  (options, cut) => {
    const report = summarizeProcessing(records.slice(0, cut), options);
    for (const row of [...report.rows, report.total]) {
      expect(checkProcessingInvariants(row)).toEqual([]);
      if (row.onTimeRate !== null) {
        expect(row.onTimeRate).toBeGreaterThanOrEqual(0);
        expect(row.onTimeRate).toBeLessThanOrEqual(100);
      }
    }
  },
);

test.prop([fc.constantFrom("2026-09", "2026-10", "2026-11")], { seed: 7, numRuns: 3 })(
  "sharding by receipt month and merging equals one pass",
  (period) => {
    const byMonth = new Map<string, ReturnType<typeof createReportAccumulator>>();
    for (const record of records) {
      const month = typeof record.receivedAt === "string" ? record.receivedAt.slice(0, 7) : "none";
      if (!byMonth.has(month)) byMonth.set(month, createReportAccumulator({ period, by: "agency" }));
      byMonth.get(month)!.add(record);
    }
    const parts = [...byMonth.values()];
    const merged = parts.slice(1).reduce((a, b) => a.merge(b), parts[0]!);
    expect(merged.result()).toEqual(summarizeProcessing(records, { period, by: "agency" }));
  },
);

test.prop([optionsArb, fc.array(fc.nat(2), { minLength: records.length, maxLength: records.length })], {
  seed: 20261113,
  numRuns: 40,
})("whatever snapshot() writes restores, through JSON, to the same report and snapshot", (options, shardOf) => {
  const shards = [0, 1, 2].map(() => createReportAccumulator(options));
  records.forEach((record, k) => {
    if (shardOf[k]! < 2) shards[shardOf[k]!]!.add(record); // shard 2 stays empty
  });
  for (const accumulator of [...shards, shards[0]!.merge(shards[1]!).merge(shards[2]!)]) {
    const written = JSON.parse(JSON.stringify(accumulator.snapshot()));
    const restored = createReportAccumulator(options, written);
    expect(restored.result()).toEqual(accumulator.result());
    expect(restored.snapshot()).toEqual(accumulator.snapshot());
  }
});

test.prop([optionsArb, fc.nat(), fc.integer({ min: 0, max: 15 }), fc.constantFrom(-1, 1)], {
  seed: 20261114,
  numRuns: 80,
})(
  "a snapshot with one count moved by one is refused (every column but notCollected is in an equation)",
  (options, pick, column, delta) => {
    const accumulator = createReportAccumulator(options);
    for (const record of records) accumulator.add(record);
    const snapshot = accumulator.snapshot();
    fc.pre(snapshot.groups.length > 0);
    const g = pick % snapshot.groups.length;
    const groups = snapshot.groups.map(([key, counts], k) => [
      key,
      k === g ? counts.map((n, c) => (c === column ? n + delta : n)) : [...counts],
    ]);
    let caught: unknown;
    try {
      createReportAccumulator(options, { ...snapshot, groups } as never);
    } catch (error) {
      caught = error;
    }
    expect(isTthcError(caught) && caught.code).toBe("INCOMPATIBLE_ACCUMULATORS");
    expect(isTthcError(caught) && caught.path[0]).toBe("from");
  },
);

test.prop([optionsArb, fc.integer({ min: 0, max: 3 }), fc.constantFrom(-1, 1)], { seed: 20261115, numRuns: 30 })(
  "a snapshot with a record total moved by one is refused",
  (options, index, delta) => {
    const accumulator = createReportAccumulator(options);
    for (const record of records) accumulator.add(record);
    const snapshot = accumulator.snapshot();
    const moved = snapshot.records.map((n, k) => (k === index ? n + delta : n));
    let caught: unknown;
    try {
      createReportAccumulator(options, { ...snapshot, records: moved } as never);
    } catch (error) {
      caught = error;
    }
    expect(isTthcError(caught) && caught.code).toBe("INCOMPATIBLE_ACCUMULATORS");
  },
);

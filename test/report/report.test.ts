import { describe, expect, it } from "vitest";
import { SAMPLE_DOSSIER } from "../../src/models/fixtures/index.js";
import { parseDossier } from "../../src/models/index.js";
import {
  checkProcessingInvariants,
  computeOnTimeRate,
  createReportAccumulator,
  parseReportPeriod,
  type ReportRecord,
  safeSummarizeProcessing,
  summarizeProcessing,
  toReportRecord,
} from "../../src/report/index.js";
import { deepFreeze, expectTthcError } from "../models/_helpers.js";
import { generateRecords } from "./_generate.js";

const base = { procedureCode: "1.001193", receivingAgency: "A", channel: "direct" } as const;
const rec = (code: string, fields: Partial<ReportRecord>): ReportRecord => ({
  ...base,
  code,
  status: "inProcess",
  ...fields,
});

describe("periods (REP-11)", () => {
  it.each([
    ["2026-10", "month", "2026-10-01", "2026-10-31", "tháng 10/2026"],
    ["2024-02", "month", "2024-02-01", "2024-02-29", "tháng 2/2024"],
    ["2026-Q1", "quarter", "2026-01-01", "2026-03-31", "quý I/2026"],
    ["2026-q4", "quarter", "2026-10-01", "2026-12-31", "quý IV/2026"],
    ["2026", "year", "2026-01-01", "2026-12-31", "năm 2026"],
    ["2026-10-05..2026-11-04", "custom", "2026-10-05", "2026-11-04", "từ 05/10/2026 đến 04/11/2026"],
  ])("%s", (text, kind, from, to, labelVi) => {
    expect(parseReportPeriod(text)).toMatchObject({ kind, from, to, labelVi });
  });
  it.each(["2026-13", "2026-Q5", "2025-02-29..2025-03-01", "2026-03-02..2026-03-01", "1900", "26-10", ""])(
    "refuses %j",
    (text) => {
      expectTthcError(() => parseReportPeriod(text), "INVALID_PERIOD", ["period"]);
    },
  );
  it("accepts { from, to }", () => {
    expect(parseReportPeriod({ from: "2026-01-01", to: "2026-01-10" }).label).toBe("2026-01-01..2026-01-10");
  });
});

describe("classification (REP-3 to REP-10)", () => {
  // Period October 2026, report instant = end of 31/10/2026 (Vietnam time).
  const records: ReportRecord[] = deepFreeze([
    // carried over: received in September, finished in October on the due date → on time
    rec("c1", {
      receivedAt: "2026-09-28T09:00:00+07:00",
      dueDate: "2026-10-02",
      status: "returned",
      resultReadyAt: "2026-10-02T16:00:00+07:00",
      returnedAt: "2026-10-02T16:30:00+07:00",
    }),
    // finished in September: not in the October report
    rec("c2", {
      receivedAt: "2026-09-20T09:00:00+07:00",
      dueDate: "2026-09-25",
      status: "returned",
      resultReadyAt: "2026-09-24T16:00:00+07:00",
      returnedAt: "2026-09-24T16:00:00+07:00",
    }),
    // new online, early, not collected
    rec("n1", {
      channel: "online",
      receivedAt: "2026-10-01T00:30:00+07:00",
      dueDate: "2026-10-06",
      status: "resolved",
      resultReadyAt: "2026-10-05T10:00:00+07:00",
    }),
    // new postal, late by one day — UTC instant on 2026-10-07 17:30Z = 08/10 00:30 in Vietnam
    rec("n2", {
      channel: "postal",
      receivedAt: "2026-10-02T02:00:00Z",
      dueDate: "2026-10-07",
      status: "returned",
      resultReadyAt: "2026-10-07T17:30:00Z",
      returnedAt: "2026-10-08T09:00:00+07:00",
    }),
    // re-appointed: late against the first appointment (DL-14), on time against the second
    rec("n3", {
      receivedAt: "2026-10-05T09:00:00+07:00",
      originalDueDate: "2026-10-08",
      dueDate: "2026-10-13",
      status: "returned",
      resultReadyAt: "2026-10-13T09:00:00+07:00",
      returnedAt: "2026-10-13T10:00:00+07:00",
    }),
    // pending, overdue at 31/10
    rec("p1", { receivedAt: "2026-10-20T09:00:00+07:00", dueDate: "2026-10-30" }),
    // pending, within time (due on the last day)
    rec("p2", { receivedAt: "2026-10-21T09:00:00+07:00", dueDate: "2026-10-31", status: "supplementRequested" }),
    // finished after the period: pending at its end
    rec("p3", {
      receivedAt: "2026-10-22T09:00:00+07:00",
      dueDate: "2026-11-05",
      status: "returned",
      resultReadyAt: "2026-11-02T09:00:00+07:00",
      returnedAt: "2026-11-02T09:00:00+07:00",
    }),
    // counted apart
    rec("w1", {
      receivedAt: "2026-10-06T09:00:00+07:00",
      dueDate: "2026-10-09",
      status: "withdrawn",
      closedAt: "2026-10-07T09:00:00+07:00",
    }),
    rec("r1", {
      receivedAt: "2026-10-06T09:00:00+07:00",
      dueDate: "2026-10-09",
      status: "refusedAfterAcceptance",
      resultReadyAt: "2026-10-08T09:00:00+07:00",
    }),
    rec("s1", { receivedAt: "2026-10-06T09:00:00+07:00", dueDate: "2026-10-09", status: "stopped" }),
    // never received, copy, after the period
    rec("x1", { status: "rejectedAtIntake" }),
    rec("x2", { receivedAt: "2026-10-06T09:00:00+07:00", dueDate: "2026-10-09", originDossierCode: "n1" }),
    rec("x3", { receivedAt: "2026-11-01T00:00:00+07:00", dueDate: "2026-11-05" }),
  ]);

  it("counts every column as worked out by hand", () => {
    const { total, records: counts } = summarizeProcessing(records, { period: "2026-10" });
    expect(total).toEqual({
      key: "",
      received: 10,
      carriedOver: 1,
      newTotal: 9,
      newOnline: 1,
      newDirect: 7,
      newPostal: 1,
      resolved: 4,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 2,
      pending: 3, // p1, p2, p3
      pendingWithinTime: 2, // p2 (due 31/10), p3 (due 5/11)
      pendingOverdue: 1, // p1 (due 30/10)
      withdrawn: 1,
      refused: 1,
      stopped: 1,
      notCollected: 1,
      onTimeRate: 50,
    });
    expect(counts).toEqual({ total: 14, interAgencyCopies: 1, notReceived: 1, outsidePeriod: 2 });
  });

  it("REP-3 invariants hold", () => {
    expect(checkProcessingInvariants(summarizeProcessing(records, { period: "2026-10" }).total)).toEqual([]);
  });

  it("p3 pending at 31/10 is within time (due 5/11): pendingWithinTime counts p2 and p3", () => {
    const { total } = summarizeProcessing(records, { period: "2026-10" });
    expect(total.pendingWithinTime + total.pendingOverdue).toBe(total.pending);
    expect(total.pendingWithinTime).toBe(2);
  });

  it("classifyAgainst 'reappointed', reference 'returned', copies counted", () => {
    const r = summarizeProcessing(records, { period: "2026-10", classifyAgainst: "reappointed" }).total;
    expect([r.resolvedEarly, r.resolvedOnTime, r.resolvedLate]).toEqual([1, 2, 1]);
    const returned = summarizeProcessing(records, { period: "2026-10", reference: "returned" }).total;
    // n1 was never returned: its end falls back to resultReadyAt (early); n2 returned 8/10 (late).
    expect([returned.resolvedEarly, returned.resolvedOnTime, returned.resolvedLate]).toEqual([1, 1, 2]);
    expect(summarizeProcessing(records, { period: "2026-10", interAgencyCopies: "count" }).total.received).toBe(11);
  });

  it("asOf before the end: T = asOf; later receipts and results are unknown", () => {
    const r = summarizeProcessing(records, { period: "2026-10", asOf: "2026-10-07T12:00:00+07:00" });
    expect(r.evaluatedAt).toBe("2026-10-07T12:00:00+07:00");
    // received by T: c1 n1 n2 n3 w1 r1 s1; finished by T: c1 n1 w1 (closed 7/10 09:00)
    expect(r.total).toMatchObject({ received: 7, resolved: 2, withdrawn: 1, refused: 0, stopped: 1, pending: 3 });
    // n2 due 7/10 not overdue on 7/10; n3 (due 8/10) and r1 (due 9/10) within time
    expect(r.total.pendingOverdue).toBe(0);
  });

  it("granularity 'minute': late only after the appointment instant", () => {
    const rows = [
      rec("m1", {
        receivedAt: "2026-10-01T08:00:00+07:00",
        dueDate: "2026-10-05",
        dueAt: "2026-10-05T17:00:00+07:00",
        status: "resolved",
        resultReadyAt: "2026-10-05T17:30:00+07:00",
      }),
      rec("m2", {
        receivedAt: "2026-10-01T08:00:00+07:00",
        dueDate: "2026-10-05",
        status: "resolved",
        resultReadyAt: "2026-10-05T17:30:00+07:00",
      }),
    ];
    expect(summarizeProcessing(rows, { period: "2026-10", granularity: "minute" }).total).toMatchObject({
      resolvedLate: 1,
      resolvedOnTime: 1,
    });
    expect(summarizeProcessing(rows, { period: "2026-10" }).total).toMatchObject({
      resolvedLate: 0,
      resolvedOnTime: 2,
    });
  });

  it("groups by agency, sector, procedure, channel, competent agency; rows sorted; total = sum", () => {
    const data = [...generateRecords(500, 7)].map((g) => g.record);
    for (const by of ["agency", "sector", "procedure", "channel", "competentAgency"] as const) {
      const report = summarizeProcessing(data, { period: "2026-10", by });
      const keys = report.rows.map((r) => r.key);
      expect(keys).toEqual([...keys].sort());
      expect(report.rows.reduce((s, r) => s + r.received, 0)).toBe(report.total.received);
      for (const row of [...report.rows, report.total]) expect(checkProcessingInvariants(row)).toEqual([]);
    }
  });

  it("the rate: decimals, truncation and zero denominator (REP-8, D-10)", () => {
    const three = { resolved: 3, resolvedEarly: 1, resolvedOnTime: 1 };
    expect(computeOnTimeRate(three)).toBe(66.67);
    expect(computeOnTimeRate(three, { decimals: 1, rounding: "truncate" })).toBe(66.6);
    const empty = summarizeProcessing([], { period: "2026-10" }).total;
    expect(empty.onTimeRate).toBeNull();
    expect(summarizeProcessing([], { period: "2026-10", zeroDenominator: 100 }).total.onTimeRate).toBe(100);
  });
});

describe("records from the models", () => {
  it("a Dossier maps cheaply", () => {
    const record = toReportRecord(SAMPLE_DOSSIER, { sector: "Hộ tịch" });
    expect(record).toMatchObject({
      code: SAMPLE_DOSSIER.code,
      dueDate: "2023-09-15",
      status: "received",
      channel: "direct",
    });
    expect(summarizeProcessing([record], { period: "2023-09", by: "sector" }).rows).toMatchObject([
      { key: "Hộ tịch", received: 1, pending: 1 },
    ]);
  });
  it("a re-appointed Dossier keeps its first appointment as originalDueDate (DL-14)", () => {
    const dossier = parseDossier({
      ...JSON.parse(JSON.stringify(SAMPLE_DOSSIER)),
      dueDate: "2023-09-20",
      appointments: [
        { kind: "initial", dueDate: "2023-09-15", setAt: "2023-09-15T09:00:00+07:00" },
        { kind: "reappointment", dueDate: "2023-09-20", setAt: "2023-09-14T09:00:00+07:00", reason: "Xác minh" },
      ],
    });
    expect(toReportRecord(dossier)).toMatchObject({ dueDate: "2023-09-20", originalDueDate: "2023-09-15" });
  });
});

describe("bad input", () => {
  const good = rec("g", { receivedAt: "2026-10-01T08:00:00+07:00", dueDate: "2026-10-05" });
  it.each([
    [{ ...good, receivedAt: "2026-10-01T08:00:00" }, ["receivedAt"]],
    [{ ...good, receivedAt: "2025-02-29T08:00:00+07:00" }, ["receivedAt"]],
    [{ ...good, dueDate: "2026-13-01" }, ["dueDate"]],
    [{ ...good, dueDate: undefined }, ["dueDate"]],
    [{ ...good, channel: "fax" }, ["channel"]],
    [{ ...good, status: "processing" }, ["status"]],
    [{ ...good, recievedAt: "2026-10-01T08:00:00+07:00" }, ["recievedAt"]],
    [{ ...good, status: "returned" }, ["returnedAt"]],
    [{ ...good, status: "resolved" }, ["resultReadyAt"]],
    [{ ...good, resultReadyAt: "2026-09-30T08:00:00+07:00" }, ["resultReadyAt"]],
    [{ ...good, receivedAt: undefined }, ["receivedAt"]],
    [{ ...good, status: "rejectedAtIntake" }, ["status"]],
    [{ ...good, procedureCode: "" }, ["procedureCode"]],
    [null, []],
  ])("%# names the field", (record, path) => {
    const acc = createReportAccumulator({ period: "2026-10" });
    expectTthcError(() => acc.add(record as unknown as ReportRecord), "INVALID_REPORT_RECORD", path);
    expect(acc.result().records.total).toBe(0); // nothing added
  });
  it("summarizeProcessing prefixes the index", () => {
    expectTthcError(
      () => summarizeProcessing([good, { ...good, dueDate: "x" }], { period: "2026-10" }),
      "INVALID_REPORT_RECORD",
      [1, "dueDate"],
    );
    const r = safeSummarizeProcessing([{ ...good, channel: "fax" as "direct" }], { period: "2026-10" });
    expect(r.success ? null : r.error.path).toEqual([0, "channel"]);
  });
  it.each([
    [{ period: "2026-10", by: "district" }, "INVALID_OPTION", ["by"]],
    [{ period: "2026-10", decimals: -1 }, "INVALID_OPTION", ["decimals"]],
    [{ period: "2026-10", rounding: "bankers" }, "INVALID_OPTION", ["rounding"]],
    [{ period: "2026-10", asOf: "yesterday" }, "INVALID_INSTANT", ["asOf"]],
    [{ period: "2026-10", colour: 1 }, "INVALID_OPTION", ["colour"]],
    [{ period: "2026-10-32" }, "INVALID_PERIOD", ["period"]],
  ] as const)("options %# refused", (options, code, path) => {
    expectTthcError(() => createReportAccumulator(options as never), code, path);
  });
});

describe("accumulators", () => {
  const data = [...generateRecords(300, 11)].map((g) => g.record);
  it("snapshot → restore → same result; JSON-safe", () => {
    const a = createReportAccumulator({ period: "2026-Q4", by: "agency" });
    for (const r of data) a.add(r);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    expect(createReportAccumulator({ period: "2026-Q4", by: "agency" }, snap).result()).toEqual(a.result());
    expectTthcError(
      () => createReportAccumulator({ period: "2026-Q3", by: "agency" }, snap),
      "INCOMPATIBLE_ACCUMULATORS",
      ["from"],
    );
  });
  it("merge refuses other options and leaves its inputs alone", () => {
    const a = createReportAccumulator({ period: "2026-10" });
    const b = createReportAccumulator({ period: "2026-10", by: "sector" });
    expectTthcError(() => a.merge(b), "INCOMPATIBLE_ACCUMULATORS", []);
    const c = createReportAccumulator({ period: "2026-10" });
    for (const r of data.slice(0, 100)) a.add(r);
    for (const r of data.slice(100)) c.add(r);
    const before = a.result();
    const merged = a.merge(c);
    expect(a.result()).toEqual(before);
    expect(merged.result()).toEqual(summarizeProcessing(data, { period: "2026-10" }));
  });
});

describe("hostile input (issue 13)", () => {
  const good = rec("g", { receivedAt: "2026-10-01T08:00:00+07:00", dueDate: "2026-10-05" });
  const PROTO_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"] as const;

  it("safeSummarizeProcessing on null or a string returns the failure, never throws", () => {
    for (const bad of [null, undefined, 42, "abc", {}]) {
      const r = safeSummarizeProcessing(bad as never, { period: "2026-10" });
      expect(r.success ? null : { code: r.error.code, path: r.error.path }).toEqual({
        code: "INVALID_REPORT_RECORD",
        path: [],
      });
    }
    const r = safeSummarizeProcessing([], null as never);
    expect(r.success ? null : { code: r.error.code, path: r.error.path }).toEqual({ code: "INVALID_OPTION", path: [] });
    expect(summarizeProcessing(new Set([good]), { period: "2026-10" }).total.received).toBe(1); // any iterable
  });

  it("computeOnTimeRate refuses impossible counts, booleans, nulls and fractions", () => {
    expectTthcError(() => computeOnTimeRate({ resolved: 1, resolvedEarly: 1, resolvedOnTime: 1 }), "INVALID_COUNT", [
      "resolvedOnTime",
    ]);
    expectTthcError(() => computeOnTimeRate({ resolved: 1, resolvedEarly: 2, resolvedOnTime: 0 }), "INVALID_COUNT", [
      "resolvedEarly",
    ]);
    expectTthcError(
      () => computeOnTimeRate({ resolved: true, resolvedEarly: 0, resolvedOnTime: 0 } as never),
      "INVALID_COUNT",
      ["resolved"],
    );
    expectTthcError(
      () => computeOnTimeRate({ resolved: 2, resolvedEarly: null, resolvedOnTime: 0 } as never),
      "INVALID_COUNT",
      ["resolvedEarly"],
    );
    expectTthcError(() => computeOnTimeRate({ resolved: 2, resolvedEarly: 0, resolvedOnTime: 0.5 }), "INVALID_COUNT", [
      "resolvedOnTime",
    ]);
    expectTthcError(() => computeOnTimeRate(null as never), "INVALID_COUNT", []);
    expectTthcError(
      () => computeOnTimeRate({ resolved: 1, resolvedEarly: 0, resolvedOnTime: 1 }, null as never),
      "INVALID_OPTION",
      [],
    );
  });

  it("checkProcessingInvariants: a non-object is refused; wrong types are reported, never a TypeError", () => {
    expectTthcError(() => checkProcessingInvariants(null as never), "INVALID_COUNT", []);
    expectTthcError(() => checkProcessingInvariants([1, "x", null] as never), "INVALID_COUNT", []);
    const total = summarizeProcessing([good], { period: "2026-10" }).total;
    const failed = checkProcessingInvariants({ ...total, received: Symbol("x"), newOnline: 1n, pending: "1" } as never);
    expect(failed).toContain("received is not a whole number ≥ 0");
    expect(failed).toContain("received = carriedOver + newTotal");
    expect(failed).toContain("pending = pendingWithinTime + pendingOverdue");
    expect(checkProcessingInvariants({} as never)).toContain("received is missing");
  });

  it.each(PROTO_NAMES)("'%s' as a group key is a group like any other (REP-3 holds)", (name) => {
    const record = JSON.parse(
      JSON.stringify({ ...good, sector: name, procedureCode: name, receivingAgency: name, competentAgency: name }),
    );
    for (const by of ["agency", "competentAgency", "sector", "procedure"] as const) {
      const report = summarizeProcessing([record, good], { period: "2026-10", by });
      expect(report.rows.map((row) => row.key)).toContain(name);
      for (const row of [...report.rows, report.total]) expect(checkProcessingInvariants(row)).toEqual([]);
      expect(report.total.received).toBe(2);
      const acc = createReportAccumulator({ period: "2026-10", by });
      acc.add(record);
      const restored = createReportAccumulator({ period: "2026-10", by }, JSON.parse(JSON.stringify(acc.snapshot())));
      expect(restored.result()).toEqual(acc.result());
    }
  });

  it.each(PROTO_NAMES)("'%s' as a channel is refused, counting nothing", (name) => {
    for (const record of [
      { ...good, channel: name },
      { code: "d", ...base, channel: name, status: "draft" },
    ]) {
      const acc = createReportAccumulator({ period: "2026-10", by: "channel" });
      expectTthcError(() => acc.add(record as never), "INVALID_REPORT_RECORD", ["channel"]);
      expect(acc.result().records.total).toBe(0);
    }
  });

  it("asOf: offsets only from −12:00 to +14:00; instants only in the library's range", () => {
    for (const asOf of [
      "2026-10-20T17:00:00+14:59",
      "2026-10-20T17:00:00-12:30",
      "2026-10-20T17:00-13",
      "2026-10-20T17:00:00+1430",
    ]) {
      expectTthcError(() => createReportAccumulator({ period: "2026-10", asOf }), "INVALID_INSTANT", ["asOf"]);
    }
    expect(createReportAccumulator({ period: "2026-10", asOf: "2026-10-20T17:00:00+14:00" }).result().evaluatedAt).toBe(
      "2026-10-20T10:00:00+07:00",
    );
    expect(createReportAccumulator({ period: "2026-10", asOf: "2026-10-20T17:00:00-12:00" }).result().evaluatedAt).toBe(
      "2026-10-21T12:00:00+07:00",
    );
    expectTthcError(
      () => createReportAccumulator({ period: "2026-10", asOf: "0000-01-01T00:00:00Z" }),
      "OUT_OF_RANGE",
      ["asOf"],
    );
    expectTthcError(
      () => createReportAccumulator({ period: "2026-10", asOf: "9999-12-31T00:00:00Z" }),
      "OUT_OF_RANGE",
      ["asOf"],
    );
  });

  it("periods: years 1976–2199 only; { from, to } with no stray keys", () => {
    for (const period of ["0000", "9999", "0000-01", "9999-Q4", "0001-01-01..2026-01-01", "2026-01-01..9999-12-31"]) {
      expectTthcError(() => parseReportPeriod(period), "INVALID_PERIOD", ["period"]);
    }
    expectTthcError(() => parseReportPeriod({ from: "0000-01-01", to: "9999-12-31" }), "INVALID_PERIOD", ["period"]);
    expectTthcError(
      () => parseReportPeriod({ from: "2026-10-01", to: "2026-10-31", form: "x" } as never),
      "INVALID_PERIOD",
      ["period", "form"],
    );
    expectTthcError(
      () => createReportAccumulator({ period: { from: "2026-10-01", to: "2026-10-31", colour: 1 } as never }),
      "INVALID_PERIOD",
      ["period", "colour"],
    );
    // A whole ReportPeriod given back is accepted.
    const q4 = parseReportPeriod("2026-Q4");
    expect(parseReportPeriod(q4).to).toBe("2026-12-31");
  });

  it("10,000-deep records, periods, options and snapshots are refused with a TthcError", () => {
    let array: unknown = [];
    let object: unknown = {};
    for (let i = 0; i < 10_000; i++) {
      array = [array];
      object = { period: object };
    }
    expectTthcError(() => summarizeProcessing([array] as never, { period: "2026-10" }), "INVALID_REPORT_RECORD", [0]);
    expectTthcError(() => createReportAccumulator({ period: array } as never), "INVALID_PERIOD", ["period"]);
    expectTthcError(() => createReportAccumulator(object as never), "INVALID_PERIOD", ["period", "period"]);
    expectTthcError(() => createReportAccumulator({ period: "2026-10" }, array as never), "INCOMPATIBLE_ACCUMULATORS", [
      "from",
    ]);
    const snapshot = createReportAccumulator({ period: "2026-10" }).snapshot();
    expectTthcError(
      () => createReportAccumulator({ period: "2026-10" }, { ...snapshot, groups: [array] } as never),
      "INCOMPATIBLE_ACCUMULATORS",
      ["from", "groups", 0],
    );
    expectTthcError(() => checkProcessingInvariants(array as never), "INVALID_COUNT", []);
    expect(checkProcessingInvariants(object as never)).toContain("period is not a whole number ≥ 0");
  });
});

describe("snapshots that no records could produce (issue 13)", () => {
  const options = { period: "2026-10", by: "agency" } as const;
  const acc = createReportAccumulator(options);
  for (const g of generateRecords(200, 5)) acc.add(g.record);
  const snap = acc.snapshot();
  const groups = snap.groups.map(([key, counts]) => [key, [...counts]] as [string, number[]]);
  const withGroups = (edit: (copy: [string, number[]][]) => void) => {
    const copy = groups.map(([key, counts]) => [key, [...counts]] as [string, number[]]);
    edit(copy);
    return { ...snap, groups: copy };
  };
  const refuse = (from: unknown, path: readonly (string | number)[]) =>
    expectTthcError(() => createReportAccumulator(options, from as never), "INCOMPATIBLE_ACCUMULATORS", path);

  it("a valid snapshot restores (JSON round trip)", () => {
    expect(createReportAccumulator(options, JSON.parse(JSON.stringify(snap))).result()).toEqual(acc.result());
  });

  it("counts that are negative, fractional, non-numbers or too large", () => {
    for (const bad of [-1, 0.5, "3", null, true, Number.NaN, 2 ** 53]) {
      refuse(
        withGroups((g) => {
          g[0]![1][13] = bad as number; // withdrawn
        }),
        ["from", "groups", 0, 1, 13],
      );
    }
    refuse({ ...snap, records: [-1, 0, 0, 0] }, ["from", "records", 0]);
    refuse({ ...snap, records: [1, 2, 3] }, ["from", "records"]);
  });

  it("duplicate groups, a group that received nothing, unknown keys, a malformed entry", () => {
    refuse(
      withGroups((g) => {
        g.push([g[0]![0], [...g[0]![1]]]);
      }),
      ["from", "groups", groups.length, 0],
    );
    refuse(
      withGroups((g) => {
        g.push(["other", new Array(17).fill(0)]);
      }),
      ["from", "groups", groups.length],
    );
    refuse({ ...snap, extra: 1 }, ["from", "extra"]);
    refuse({ ...snap, groups: [["A", [1, 2]]] }, ["from", "groups", 0, 1]);
    refuse({ ...snap, groups: [[1, new Array(17).fill(0)]] }, ["from", "groups", 0]);
    refuse({ ...snap, groups: "x" }, ["from", "groups"]);
    refuse(null, ["from"]);
    refuse({ ...snap, version: 2 }, ["from"]);
  });

  it("rows that break REP-3, and record totals that do not add up", () => {
    // received + 1 alone: received ≠ carriedOver + newTotal.
    refuse(
      withGroups((g) => {
        g[0]![1][0]! += 1;
      }),
      ["from", "groups", 0],
    );
    // newOnline + 1 and newTotal + 1 and received + 1 and pending + 1 and within + 1: consistent rows, but
    // the records total no longer adds up.
    refuse(
      withGroups((g) => {
        for (const k of [0, 2, 3, 10, 11]) g[0]![1][k]! += 1;
      }),
      ["from", "records", 0],
    );
    // notCollected > resolved.
    refuse(
      withGroups((g) => {
        g[0]![1][16] = g[0]![1][6]! + 1;
      }),
      ["from", "groups", 0],
    );
  });

  it("group keys the options cannot produce", () => {
    const none = createReportAccumulator({ period: "2026-10" });
    none.add(rec("g", { receivedAt: "2026-10-01T08:00:00+07:00", dueDate: "2026-10-05" }));
    const s = none.snapshot();
    expectTthcError(
      () => createReportAccumulator({ period: "2026-10" }, { ...s, groups: [["A", [...s.groups[0]![1]]]] }),
      "INCOMPATIBLE_ACCUMULATORS",
      ["from", "groups", 0],
    );
    const byChannel = createReportAccumulator({ period: "2026-10", by: "channel" });
    byChannel.add(rec("g", { receivedAt: "2026-10-01T08:00:00+07:00", dueDate: "2026-10-05" }));
    const c = byChannel.snapshot();
    for (const key of ["fax", "constructor", "online"]) {
      // "online" holding a direct dossier is as impossible as an unknown channel.
      expectTthcError(
        () =>
          createReportAccumulator(
            { period: "2026-10", by: "channel" },
            { ...c, groups: [[key, [...c.groups[0]![1]]]] },
          ),
        "INCOMPATIBLE_ACCUMULATORS",
        ["from", "groups", 0],
      );
    }
  });
});

describe("checkProcessingInvariants names a key that is no column (found by the fuzz)", () => {
  it("a misspelt column is reported, not skipped", () => {
    const total = summarizeProcessing([], { period: "2026" }).total;
    expect(checkProcessingInvariants({ ...total, recieved: 0 } as never)).toContain(
      "recieved is not a column of a report row",
    );
    expect(checkProcessingInvariants(total)).toEqual([]);
  });
});

/** Scenario tables: the province's 32 rows from CSV, line numbers and reasons of failing rows, the aggregated error. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTthcError } from "../../src/errors.js";
import { assertScenarios, parseScenarioCsv, runScenarios, type Scenario } from "../../src/testing/index.js";

const CSV = readFileSync(new URL("../../examples/business-rules-test/scenarios.csv", import.meta.url), "utf8");

function thrown(thunk: () => unknown) {
  try {
    thunk();
  } catch (error) {
    if (isTthcError(error)) return error;
  }
  throw new Error("no TthcError");
}

describe("the province's scenario table (examples/business-rules-test/scenarios.csv)", () => {
  const rows = parseScenarioCsv(CSV);

  it("has 32 rows, each with its line and a source", () => {
    expect(rows).toHaveLength(32);
    expect(rows[0]?.line).toBe(9); // seven comment lines, then the header
    expect(rows.every((row) => typeof row.source === "string" && row.source.length > 10)).toBe(true);
  });

  it("runs green", () => {
    const report = assertScenarios(rows);
    expect(report.failed).toEqual([]);
    expect(report.passed).toHaveLength(32);
  });
});

describe("failing rows", () => {
  const text = [
    "name,receivedAt,duration,expectedDueDate,expectedOverdue,at,procedure,events,expectedState",
    "ok,2026-02-13T09:00,3 workingDays,2026-02-25,,,,,",
    "wrong date,2026-02-13T09:00,3 workingDays,2026-02-24,,,,,",
    "# a comment line",
    "wrong overdue,2026-02-13T09:00,3 workingDays,,true,2026-02-25T16:59,,,",
    "bad duration,2026-02-13T09:00,three days,2026-02-25,,,,,",
    "bad event,2026-02-13T09:00,,,,,2.001610,approve@2026-02-13T10:00,resolved",
    "no expectation,2026-02-13T09:00,3 workingDays,,,,,,",
  ].join("\n");

  it("are reported with their line and reason; nothing is thrown", () => {
    const report = runScenarios(parseScenarioCsv(text));
    expect(report.total).toBe(6);
    expect(report.passed.map((r) => r.line)).toEqual([2]);
    expect(report.failed.map((r) => [r.line, r.name])).toEqual([
      [3, "wrong date"],
      [5, "wrong overdue"],
      [6, "bad duration"],
      [7, "bad event"],
      [8, "no expectation"],
    ]);
    const [date, overdue, duration, event, none] = report.failed.map((r) => r.failures.join("\n"));
    expect(date).toContain("to be due on 2026-02-24, but it is due on 2026-02-25");
    expect(date).toContain("Ngày không tính (9)");
    expect(overdue).toContain("to be overdue at 2026-02-25T16:59:00+07:00, but it is not: 1 minute left");
    expect(overdue).toContain("nhưng chưa: Còn 1 phút");
    expect(duration).toContain("INVALID_SCENARIO");
    expect(event).toContain("TRANSITION_NOT_ALLOWED");
    expect(event).toContain("không được thực hiện 'approve' ở trạng thái 'received'");
    expect(none).toContain("states no expectation");
  });

  it("make assertScenarios throw one error listing every failing line, in both languages", () => {
    const error = thrown(() => assertScenarios(parseScenarioCsv(text)));
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.message.split("\n")[0]).toBe("5 of 6 scenarios failed");
    for (const line of [3, 5, 6, 7, 8]) expect(error.message).toMatch(new RegExp(`^line ${line} \\(`, "m"));
    expect(error.messageVi.split("\n")[0]).toBe("5/6 kịch bản không đạt");
    expect(error.messageVi).toMatch(/^dòng 3 \(wrong date\):/m);
    expect(error.details?.["failed"]).toHaveLength(5);
  });
});

describe("parseScenarioCsv", () => {
  it("reads quotes, BOM, CRLF and multi-line cells, and keeps line numbers", () => {
    const rows = parseScenarioCsv('\uFEFFname,note\r\n"a, ""b""",x\r\n"multi\nline",y\r\nlast,z');
    expect(rows).toEqual([
      { line: 2, name: 'a, "b"', note: "x" },
      { line: 3, name: "multi\nline", note: "y" },
      { line: 5, name: "last", note: "z" },
    ]);
  });

  it("refuses unknown or repeated columns, extra cells and open quotes", () => {
    expect(thrown(() => parseScenarioCsv("name,recievedAt\n")).path).toEqual(["columns", "recievedAt"]);
    expect(thrown(() => parseScenarioCsv("name,name\n")).message).toContain("repeated column 'name'");
    expect(thrown(() => parseScenarioCsv("name\na,b")).path).toEqual([2]);
    expect(thrown(() => parseScenarioCsv('name\n"open')).code).toBe("INVALID_SCENARIO");
    expect(parseScenarioCsv("")).toEqual([]);
  });
});

describe("JSON rows", () => {
  it("take typed values and event lists", () => {
    const rows: Scenario[] = [
      {
        procedure: "2.001610",
        receivedAt: "2026-02-23T09:00",
        events: [
          { type: "transfer", at: "2026-02-23T10:00" },
          { type: "requestSupplement", at: "2026-02-24T09:00" },
        ],
        at: "2026-03-10T09:00",
        expectedOverdue: false, // the clock is paused
        expectedStatus: 5,
      },
      { procedure: "9.999999", receivedAt: "2026-02-23T09:00", expectedStatus: 2 },
    ];
    const report = runScenarios(rows);
    expect(report.passed).toHaveLength(1);
    expect(report.failed[0]?.failures[0]).toContain("unknown procedure '9.999999'");
  });
});

describe("foreign input (issue 13)", () => {
  const good = { receivedAt: "2026-02-13T09:00", duration: "3 workingDays", expectedDueDate: "2026-02-25" };

  it("rows that are not an array: INVALID_SCENARIO; bad options: INVALID_OPTION with the key", () => {
    for (const rows of [null, undefined, "abc", { 0: good }]) {
      const error = thrown(() => runScenarios(rows as never));
      expect({ code: error.code, path: error.path }).toEqual({ code: "INVALID_SCENARIO", path: [] });
      const again = thrown(() => assertScenarios(rows as never));
      expect({ code: again.code, path: again.path }).toEqual({ code: "INVALID_SCENARIO", path: [] });
    }
    for (const [options, path] of [
      [null, []],
      [{ calender: 1 }, ["calender"]],
      [{ calendar: {} }, ["calendar"]],
      [{ procedures: "x" }, ["procedures"]],
      [{ workflow: null }, ["workflow"]],
    ] as const) {
      const error = thrown(() => runScenarios([good], options as never));
      expect({ code: error.code, path: error.path }).toEqual({ code: "INVALID_OPTION", path });
    }
  });

  it("a row that is junk fails with its reason; the others still run", () => {
    let nested: unknown = [];
    for (let i = 0; i < 10_000; i++) nested = [nested];
    const rows = [
      null,
      42,
      nested,
      { ...good, expectedDuedate: "2026-02-25" },
      { ...good, expectedStatus: Symbol("x") },
      { ...good, events: [null] },
      { ...good, line: -1 },
      { ...good, name: { toString: () => "x" } },
      good,
    ];
    const report = runScenarios(rows as never);
    expect(report.total).toBe(9);
    expect(report.passed.map((o) => o.name)).toEqual(["row 9"]);
    const reasons = report.failed.map((o) => o.failures[0]?.split("\n")[0]);
    expect(reasons.every((r) => r?.startsWith("INVALID_SCENARIO: "))).toBe(true);
    expect(reasons[3]).toMatch(/expectedDuedate/);
    expect(reasons[4]).toMatch(/expectedStatus/);
    const error = thrown(() => assertScenarios(rows as never));
    expect(error.code).toBe("INVALID_SCENARIO");
    expect(error.message.split("\n")[0]).toBe("8 of 9 scenarios failed");
  });
});

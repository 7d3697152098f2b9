// The province's scenario table, kept in a spreadsheet (scenarios.csv) by its rule officer: one
// test per row, named after its line, failing with the calendar reasoning in English and Vietnamese.
import { readFileSync } from "node:fs";
import { assertScenarios, parseScenarioCsv } from "tthc/testing";
import { describe, it } from "vitest";

const rows = parseScenarioCsv(readFileSync(new URL("./scenarios.csv", import.meta.url), "utf8"));

describe("scenarios.csv", () => {
  it.each(rows.map((row) => [`line ${row.line}: ${row.name}`, row] as const))("%s", (_, row) => {
    assertScenarios([row]);
  });
});

/** UTC offsets: the ones in use run from −12:00 to +14:00 (tzdb); anything else is refused, not converted. */
import { describe, expect, it } from "vitest";
import { parseInstantMs } from "../../src/_internal/instant.js";
import { summarizeProcessing } from "../../src/report/index.js";

describe("instant offsets", () => {
  it.each(["+14:00", "-12:00", "+07:00", "+05:45", "Z"])("%s is read", (zone) => {
    expect(Number.isNaN(parseInstantMs(`2026-03-02T09:00:00${zone}`))).toBe(false);
    expect(Number.isNaN(parseInstantMs(`2026-03-02T09:00:00.5${zone}`))).toBe(false);
  });

  it.each(["+14:59", "+14:01", "-12:01", "-14:00", "+99:00"])("%s is refused, on both paths", (zone) => {
    expect(parseInstantMs(`2026-03-02T09:00:00${zone}`)).toBeNaN();
    expect(parseInstantMs(`2026-03-02T09:00:00.5${zone}`)).toBeNaN();
  });

  it("a report record with such an offset is INVALID_REPORT_RECORD at its field", () => {
    const record = {
      code: "000.00.12.H26-260302-0001",
      procedureCode: "1.001193",
      receivingAgency: "000.00.12.H26",
      channel: "direct",
      status: "received",
      receivedAt: "2026-03-02T09:00:00+14:59",
      dueDate: "2026-03-03",
    } as const;
    expect(() => summarizeProcessing([record], { period: "2026-03" })).toThrow(
      expect.objectContaining({ code: "INVALID_REPORT_RECORD", path: [0, "receivedAt"] }),
    );
  });
});

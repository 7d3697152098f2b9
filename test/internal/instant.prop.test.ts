import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseInstantMs } from "../../src/_internal/instant.js";

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

describe("parseInstantMs (hand-read fast path and regular-expression path agree with Date.parse)", () => {
  test.prop(
    [
      fc.integer({ min: Date.UTC(1975, 5, 13), max: Date.UTC(2199, 11, 31) }),
      fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
      fc.boolean(),
    ],
    { seed: 20251123, numRuns: 2000 },
  )("whole-second instants with any offset, written with Z or ±HH:mm", (ms0, offsetMin, useZ) => {
    const ms = Math.floor(ms0 / 1000) * 1000;
    const shift = useZ ? 0 : offsetMin;
    const local = new Date(ms + shift * 60_000);
    const body = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    const zone = useZ
      ? "Z"
      : `${shift < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(shift) / 60))}:${pad(Math.abs(shift) % 60)}`;
    const text = body + zone;
    expect(parseInstantMs(text)).toBe(ms);
    expect(parseInstantMs(text)).toBe(Date.parse(text));
  });

  it("refuses what does not exist or is not an instant", () => {
    for (const bad of [
      "2025-02-29T09:00:00+07:00",
      "2025-13-01T09:00:00Z",
      "2025-01-01T24:00:00Z",
      "2025-01-01T09:60:00Z",
      "2025-01-01T09:00:60Z",
      "2025-01-01T09:00:00+15:00",
      "2025-01-01T09:00:00",
      "2025-01-01 09:00:00X",
      "2025-01-01T09:00:00+0700x",
    ]) {
      expect(parseInstantMs(bad), bad).toBeNaN();
    }
  });

  it("accepts the other ISO shapes through the general path", () => {
    expect(parseInstantMs("2024-02-07T10:00+07:00")).toBe(Date.parse("2024-02-07T10:00:00+07:00"));
    expect(parseInstantMs("2024-02-07T10:00:00.250+07:00")).toBe(Date.parse("2024-02-07T10:00:00.250+07:00"));
    expect(parseInstantMs("2024-02-07T10:00:00+0700")).toBe(Date.parse("2024-02-07T10:00:00+07:00"));
  });
});

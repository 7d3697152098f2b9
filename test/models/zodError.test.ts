import { describe, expect, it } from "vitest";
import { safeParseDossier } from "../../src/models/index.js";

describe("parse errors name the bad field", () => {
  it("a misspelt key is reported before the required field it hides (STYLE §2: `recievedAt` is caught)", () => {
    const result = safeParseDossier({ procedureCode: "1.001193", recievedAt: "2026-02-13T16:30:00+07:00" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("INVALID_DOSSIER");
      expect([...result.error.path]).toEqual(["recievedAt"]);
      expect(result.error.cause).toBeDefined();
    }
  });
});

import { describe, expect, it } from "vitest";
import { formatTthcError, isTthcError, TthcError } from "../src/errors.js";

describe("TthcError", () => {
  it("carries a stable code, the path, English and Vietnamese messages", () => {
    const error = new TthcError("INVALID_DATE", "'2025-02-29' is not a real date", {
      path: ["start"],
      messageVi: "'2025-02-29' không phải là ngày có thật",
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TthcError");
    expect(error.code).toBe("INVALID_DATE");
    expect(error.path).toEqual(["start"]);
    expect(error.message).toBe("'2025-02-29' is not a real date");
    expect(error.messageVi).toBe("'2025-02-29' không phải là ngày có thật");
    expect(Object.isFrozen(error.path)).toBe(true);
  });

  it("without messageVi, the Vietnamese message is the given message and formatTthcError adds the heading", () => {
    const error = new TthcError("INVALID_DATE", "'2025-02-29' is not a real date");
    expect(error.messageVi).toBe("'2025-02-29' is not a real date");
    expect(formatTthcError(error)).toBe("Ngày không hợp lệ: '2025-02-29' is not a real date");
  });

  it("keeps the cause and details without sharing the caller's objects", () => {
    const cause = new Error("inner");
    const details = { value: 1 };
    const error = new TthcError("OUT_OF_RANGE", "x", { cause, details, messageVi: "y" });
    expect(error.cause).toBe(cause);
    expect(error.details).toEqual({ value: 1 });
    expect(error.details).not.toBe(details);
    expect(error.messageVi).toBe("y");
  });

  it("isTthcError recognises the mark, not the class identity", () => {
    expect(isTthcError(new TthcError("OUT_OF_RANGE", "x"))).toBe(true);
    expect(isTthcError(new Error("x"))).toBe(false);
    expect(isTthcError(null)).toBe(false);
    expect(isTthcError({ code: "OUT_OF_RANGE" })).toBe(false);
    // An error from another copy of the library (ESM + CJS in one app) carries the same Symbol.for mark.
    const foreign = Object.assign(new Error("x"), { [Symbol.for("tthc.error")]: true });
    expect(isTthcError(foreign)).toBe(true);
  });

  it("formatTthcError renders for end users in both languages with the path", () => {
    const error = new TthcError("INVALID_DURATION", "days must be a whole number", {
      path: ["duration", "value"],
      messageVi: "số ngày phải là số nguyên",
    });
    expect(formatTthcError(error, "en")).toBe("Invalid duration (duration.value): days must be a whole number");
    expect(formatTthcError(error)).toBe("Thời hạn không hợp lệ (duration.value): số ngày phải là số nguyên");
  });
});

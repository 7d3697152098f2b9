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

describe("TthcError refuses bad arguments (issue 13)", () => {
  function refusal(make: () => unknown) {
    try {
      make();
    } catch (error) {
      if (isTthcError(error)) return { code: error.code, path: error.path };
      throw error;
    }
    throw new Error("expected a TthcError");
  }

  it("an unknown code never becomes a TthcError with that code", () => {
    expect(refusal(() => new TthcError("NOT_A_CODE" as never, "x"))).toEqual({
      code: "INVALID_OPTION",
      path: ["code"],
    });
    expect(refusal(() => new TthcError(undefined as never, "x"))).toEqual({ code: "INVALID_OPTION", path: ["code"] });
    // Names of Object.prototype members are not codes either.
    expect(refusal(() => new TthcError("constructor" as never, "x"))).toEqual({
      code: "INVALID_OPTION",
      path: ["code"],
    });
    expect(refusal(() => new TthcError("__proto__" as never, "x"))).toEqual({ code: "INVALID_OPTION", path: ["code"] });
  });

  it.each([
    [["INVALID_DATE", "x", { path: "start" }], ["path"]],
    [["INVALID_DATE", "x", { path: [{}] }], ["path"]],
    [["INVALID_DATE", "x", { path: [1.5] }], ["path"]],
    [["INVALID_DATE", 42], ["message"]],
    [["INVALID_DATE", "x", null], ["options"]],
    [["INVALID_DATE", "x", { messageVi: 1 }], ["messageVi"]],
    [["INVALID_DATE", "x", { details: "v" }], ["details"]],
    [["INVALID_DATE", "x", { pth: ["start"] }], ["pth"]],
  ] as const)("refuses %j with INVALID_OPTION at %j", (args, path) => {
    const make = () => new TthcError(...(args as unknown as [never, string]));
    expect(refusal(make)).toEqual({ code: "INVALID_OPTION", path });
  });

  it("accepts string keys and integer indices in the path", () => {
    expect(new TthcError("INVALID_COUNT", "x", { path: [0, "answers", "access.1"] }).path).toEqual([
      0,
      "answers",
      "access.1",
    ]);
  });
});

describe("formatTthcError on anything caught (issue 13)", () => {
  it("renders a value that is not a TthcError as the generic line, without its message", () => {
    expect(formatTthcError(null)).toBe("Lỗi không xác định");
    expect(formatTthcError(new Error("ECONNRESET at db.internal:5432"), "en")).toBe("Unexpected error");
    expect(formatTthcError(undefined, "en")).toBe("Unexpected error");
    expect(formatTthcError("boom")).toBe("Lỗi không xác định");
    // Carries the mark but no code (a forged or damaged error).
    const forged = Object.assign(new Error("x"), { [Symbol.for("tthc.error")]: true });
    expect(formatTthcError(forged, "en")).toBe("Unexpected error");
    const wrongCode = { [Symbol.for("tthc.error")]: true, code: "toString", message: "m", messageVi: "m", path: [] };
    expect(formatTthcError(wrongCode, "en")).toBe("Unexpected error");
  });

  it("refuses a language other than vi and en (never prints 'undefined')", () => {
    const error = new TthcError("INVALID_DATE", "x");
    let caught: unknown;
    try {
      formatTthcError(error, "fr" as "en");
    } catch (e) {
      caught = e;
    }
    expect(isTthcError(caught) && { code: caught.code, path: caught.path }).toEqual({
      code: "INVALID_OPTION",
      path: ["lang"],
    });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../src/calendar/index.js";
import { formatTthcError, isTthcError, RULES_REFERENCE_PAGE, ruleAnchor, TthcError } from "../src/errors.js";
import { BIRTH_REGISTRATION } from "../src/models/fixtures/index.js";
import { anEventLog } from "../src/testing/index.js";
import { expectTthc } from "./_reference/tthcAssert.js";

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

describe("rule IDs lead to the rules reference", () => {
  it("ruleAnchor is the ID in lower case, the anchor of its entry in docs/guides/rules.md", () => {
    expect(ruleAnchor("CAL-22")).toBe("cal-22");
    expect(ruleAnchor("D-3")).toBe("d-3");
    expect(ruleAnchor("SIP-7")).toBe("sip-7");
    const reference = readFileSync(new URL("../docs/guides/rules.md", import.meta.url), "utf8");
    for (const id of ["CAL-22", "DL-8", "WF-4", "SIP-7", "MOD-14", "LAW-8"]) {
      expect(reference).toContain(`### ${id}`);
      expect(ruleAnchor(id)).toBe(id.toLowerCase());
    }
    expect(`${RULES_REFERENCE_PAGE}#${ruleAnchor("DL-8")}`).toBe("documents/Rules_reference_(quy_tắc).html#dl-8");
  });

  it("ruleAnchor refuses what is not a rule ID", () => {
    for (const bad of ["cal-22", "CAL22", "CAL-0", "XYZ-1", " CAL-22", "CAL-22 ", "", 22, null]) {
      expectTthc(() => ruleAnchor(bad as string), "INVALID_OPTION", ["rule"]);
    }
  });

  it("an error lists the rules its message cites, once each, in order", () => {
    const error = new TthcError("INVALID_DOSSIER", "rule set 'VN-2018' is not the one in force (LAW-8); see MOD-14", {
      messageVi: "bộ quy tắc không có hiệu lực (LAW-8)",
    });
    expect(error.rules).toEqual(["LAW-8", "MOD-14"]);
    expect(Object.isFrozen(error.rules)).toBe(true);
    expect(new TthcError("INVALID_DATE", "not a date").rules).toEqual([]);
  });

  it("a library error that cites a rule carries it (WF-4: a supplement item outside the procedure's components)", () => {
    const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
    const log = anEventLog()
      .submit("2025-07-02T08:00:00+07:00")
      .requestSupplementAtIntake("2025-07-02T09:00:00+07:00", { items: [{ name: "Sổ hộ khẩu", reason: "Bổ sung" }] });
    let caught: unknown;
    try {
      log.replay(context);
    } catch (error) {
      caught = error;
    }
    expect(isTthcError(caught) && caught.rules).toContain("WF-4");
  });
});

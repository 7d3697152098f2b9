import { describe, expect, it } from "vitest";
import { computeDueDate, parseDuration } from "../../src/deadline/index.js";
import { isTthcError, type TthcError } from "../../src/errors.js";

function thrown(f: () => unknown): TthcError {
  try {
    f();
  } catch (error) {
    if (isTthcError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("parseDuration", () => {
  // The forms of issue 14: short (as the CLI has taken them) and long (as procedure records and
  // the testing kit's scenario tables write them; RULES DL-1: a limit always carries its unit).
  it.each([
    ["3d", 3, "workingDays"],
    ["3wd", 3, "workingDays"],
    ["3 workingDays", 3, "workingDays"],
    ["3 working days", 3, "workingDays"],
    ["1 working day", 1, "workingDays"],
    ["3 ngày làm việc", 3, "workingDays"],
    ["8h", 8, "workingHours"],
    ["8wh", 8, "workingHours"],
    ["1.5h", 1.5, "workingHours"],
    ["8 workingHours", 8, "workingHours"],
    ["8 working hours", 8, "workingHours"],
    ["8 giờ làm việc", 8, "workingHours"],
    ["15cd", 15, "calendarDays"],
    ["15 calendarDays", 15, "calendarDays"],
    ["15 calendar days", 15, "calendarDays"],
    ["15 ngày", 15, "calendarDays"],
    ["0d", 0, "workingDays"],
    ["sameday", 1, "sameDay"],
    ["sameDay", 1, "sameDay"],
    ["same day", 1, "sameDay"],
    ["1 sameDay", 1, "sameDay"],
    ["trong ngày", 1, "sameDay"],
    ["trongngay", 1, "sameDay"],
  ] as const)("%s", (text, value, unit) => {
    expect(parseDuration(text)).toEqual({ value, unit });
  });

  it("reads English in any case, any spacing, and NFD Vietnamese", () => {
    expect(parseDuration("3D")).toEqual({ value: 3, unit: "workingDays" });
    expect(parseDuration("  3   Working\tDAYS ")).toEqual({ value: 3, unit: "workingDays" });
    expect(parseDuration("SAMEDAY")).toEqual({ value: 1, unit: "sameDay" });
    expect(parseDuration("8 WH")).toEqual({ value: 8, unit: "workingHours" });
    const nfd = "3 ngày làm việc".normalize("NFD");
    expect(nfd).not.toBe("3 ngày làm việc");
    expect(parseDuration(nfd)).toEqual({ value: 3, unit: "workingDays" });
    expect(parseDuration("trong ngày".normalize("NFD"))).toEqual({ value: 1, unit: "sameDay" });
    expect(parseDuration("Trong Ngày")).toEqual({ value: 1, unit: "sameDay" });
  });

  it("gives what computeDueDate takes: 3d from Fri 7/3/2025 falls on Wed 12/3 (README example)", () => {
    const due = computeDueDate({ receivedAt: "2025-03-07T09:00:00+07:00", duration: parseDuration("3 ngày làm việc") });
    expect(due.dueDate).toBe("2025-03-12");
  });

  it.each([
    "",
    "   ",
    "3",
    "d",
    "3x",
    "3 days", // ambiguous: working or calendar days?
    "3 ngay lam viec", // Vietnamese needs its diacritics
    "3 ngày làm",
    "-3d",
    "+3d",
    "3e2d",
    "3..5d",
    ".5h",
    "3d3",
    "3 d d",
    "1e400d",
    "toString",
    "__proto__",
    `${"9".repeat(70)}d`,
  ])("refuses %j with INVALID_DURATION at ['duration']", (text) => {
    const error = thrown(() => parseDuration(text));
    expect(error.code).toBe("INVALID_DURATION");
    expect(error.path).toEqual(["duration"]);
    expect(error.message).toContain("duration must be");
    expect(error.messageVi).toContain("thời hạn phải");
  });

  it.each([
    ["2.5d", "a whole number of days", "số ngày nguyên"],
    ["1.5 ngày", "a whole number of days", "số ngày nguyên"],
    ["1.01h", "a number of hours in whole minutes", "số giờ tính theo phút nguyên"],
    ["2 sameday", "1 (trong ngày)", "1 (trong ngày)"],
  ])("refuses the amount of %j its unit does not take", (text, en, vi) => {
    const error = thrown(() => parseDuration(text));
    expect(error.code).toBe("INVALID_DURATION");
    expect(error.path).toEqual(["duration"]);
    expect(error.message).toContain(en);
    expect(error.messageVi).toContain(vi);
  });

  it.each([null, undefined, 3, {}, ["3d"], Symbol("3d")])("refuses a non-string %s", (value) => {
    const error = thrown(() => parseDuration(value as unknown as string));
    expect(error.code).toBe("INVALID_DURATION");
    expect(error.path).toEqual(["duration"]);
  });
});

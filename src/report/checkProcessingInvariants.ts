import { checkObject } from "../_internal/checks.js";
import { COUNT_COLUMN_NAMES, type ProcessingRow } from "./createReportAccumulator.js";

/**
 * Checks the invariants of a processing-report row (REP-3) and names those that fail: received =
 * carried over + new; new = online + direct + postal; received = resolved + pending + withdrawn +
 * refused + stopped; resolved = early + on time + late; pending = within time + overdue; not
 * collected ≤ resolved; every count present and a whole number ≥ 0.
 *
 * Kiểm tra tính khớp của số liệu báo cáo — use it on rows from other systems too.
 *
 * @param row - A {@link ProcessingRow} (the rate is not checked).
 * @returns The failed invariants as text; empty when the row is consistent. A field of the wrong
 * type (a string, `null`, a BigInt…) is reported, and so is every equation it is in; so is a key
 * that is not a column of the row.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `row` is not an object (`null`, an array…; path `[]`).
 * @see RULES REP-3
 * @example
 * ```ts
 * import { checkProcessingInvariants, summarizeProcessing } from "tthc/report";
 * checkProcessingInvariants(summarizeProcessing([], { period: "2026" }).total); // => []
 * ```
 * @category Report
 */
export function checkProcessingInvariants(row: Omit<ProcessingRow, "key" | "onTimeRate">): string[] {
  const given = checkObject(row, [], "INVALID_COUNT", undefined, "a report row", "một dòng báo cáo");
  const failed: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(given)) {
    seen.add(name);
    if (name === "key" || name === "onTimeRate") continue;
    if (!(Number.isSafeInteger(value) && (value as number) >= 0)) failed.push(`${name} is not a whole number ≥ 0`);
    // A misspelt column would otherwise pass unseen (its real column is reported missing, if required).
    else if (!(COUNT_COLUMNS as readonly string[]).includes(name))
      failed.push(`${name} is not a column of a report row`);
  }
  for (const name of COUNT_COLUMNS) if (!seen.has(name)) failed.push(`${name} is missing`);
  // Anything but a number reads as NaN, so the equations it is in fail (never a TypeError on a
  // symbol or a BigInt, never string concatenation).
  const n = (name: (typeof COUNT_COLUMNS)[number]): number => {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    return typeof value === "number" ? value : Number.NaN;
  };
  const check = (ok: boolean, text: string) => {
    if (!ok) failed.push(text);
  };
  check(n("received") === n("carriedOver") + n("newTotal"), "received = carriedOver + newTotal");
  check(
    n("newTotal") === n("newOnline") + n("newDirect") + n("newPostal"),
    "newTotal = newOnline + newDirect + newPostal",
  );
  check(
    n("received") === n("resolved") + n("pending") + n("withdrawn") + n("refused") + n("stopped"),
    "received = resolved + pending + withdrawn + refused + stopped",
  );
  check(
    n("resolved") === n("resolvedEarly") + n("resolvedOnTime") + n("resolvedLate"),
    "resolved = resolvedEarly + resolvedOnTime + resolvedLate",
  );
  check(n("pending") === n("pendingWithinTime") + n("pendingOverdue"), "pending = pendingWithinTime + pendingOverdue");
  check(n("notCollected") <= n("resolved"), "notCollected ≤ resolved");
  return failed;
}

/** The count columns of a row, in report order (the accumulator's own list). */
const COUNT_COLUMNS = COUNT_COLUMN_NAMES;

import type { ProcessingRow } from "./createReportAccumulator.js";

/**
 * Checks the invariants of a processing-report row (REP-3) and names those that fail: received =
 * carried over + new; new = online + direct + postal; received = resolved + pending + withdrawn +
 * refused + stopped; resolved = early + on time + late; pending = within time + overdue; not
 * collected ≤ resolved; every count a whole number ≥ 0.
 *
 * Kiểm tra tính khớp của số liệu báo cáo — use it on rows from other systems too.
 *
 * @param row - A {@link ProcessingRow} (the rate is not checked).
 * @returns The failed invariants as text; empty when the row is consistent.
 * @see RULES REP-3
 * @example
 * ```ts
 * import { checkProcessingInvariants, summarizeProcessing } from "tthc/report";
 * checkProcessingInvariants(summarizeProcessing([], { period: "2026" }).total); // => []
 * ```
 * @category Report
 */
export function checkProcessingInvariants(row: Omit<ProcessingRow, "key" | "onTimeRate">): string[] {
  const failed: string[] = [];
  for (const [name, value] of Object.entries(row)) {
    if (name !== "key" && name !== "onTimeRate" && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
      failed.push(`${name} is not a whole number ≥ 0`);
    }
  }
  const check = (ok: boolean, text: string) => {
    if (!ok) failed.push(text);
  };
  const r = row;
  check(r.received === r.carriedOver + r.newTotal, "received = carriedOver + newTotal");
  check(r.newTotal === r.newOnline + r.newDirect + r.newPostal, "newTotal = newOnline + newDirect + newPostal");
  check(
    r.received === r.resolved + r.pending + r.withdrawn + r.refused + r.stopped,
    "received = resolved + pending + withdrawn + refused + stopped",
  );
  check(
    r.resolved === r.resolvedEarly + r.resolvedOnTime + r.resolvedLate,
    "resolved = resolvedEarly + resolvedOnTime + resolvedLate",
  );
  check(r.pending === r.pendingWithinTime + r.pendingOverdue, "pending = pendingWithinTime + pendingOverdue");
  check(r.notCollected <= r.resolved, "notCollected ≤ resolved");
  return failed;
}

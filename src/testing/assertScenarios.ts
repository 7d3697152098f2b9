import { TthcError } from "../errors.js";
import { runScenarios } from "./runScenarios.js";
import type { Scenario, ScenarioOptions, ScenarioReport } from "./scenario.js";

/**
 * Kiểm tra bảng kịch bản — runs the rows with {@link runScenarios} and throws one error listing
 * every failing line with its reasons, for a one-line test (`assertScenarios(parseScenarioCsv(text))`).
 *
 * @param rows - The scenarios.
 * @param options - As {@link runScenarios}.
 * @returns The report, when every row passed.
 * @throws `TthcError` `INVALID_SCENARIO` if any row failed: the message lists each failing line and
 * why (the Vietnamese message likewise); `details.failed` holds the failed outcomes.
 * @throws `TthcError` `INVALID_SCENARIO` if `rows` is not an array (path `[]`), and `INVALID_OPTION`
 * for bad options, as {@link runScenarios}.
 * @example
 * ```ts
 * import { isTthcError } from "tthc";
 * import { assertScenarios } from "tthc/testing";
 * assertScenarios([{ receivedAt: "2026-02-13T09:00", duration: "3 workingDays", expectedDueDate: "2026-02-25" }]).total; // => 1
 * let message = "";
 * try {
 *   assertScenarios([{ line: 7, receivedAt: "2026-02-13T09:00", duration: "3 workingDays", expectedDueDate: "2026-02-24" }]);
 * } catch (error) {
 *   if (isTthcError(error)) message = error.message;
 * }
 * message.split("\n").slice(0, 2); // => ["1 of 1 scenarios failed", "line 7 (line 7):"]
 * ```
 * @category Testing
 */
export function assertScenarios(rows: readonly Scenario[], options?: ScenarioOptions): ScenarioReport {
  const report = runScenarios(rows, options);
  if (report.failed.length === 0) return report;
  const block = report.failed.flatMap((o) => [
    `line ${o.line ?? "?"} (${o.name}):`,
    ...o.failures.map((f) => f.replace(/^/gm, "  ")),
  ]);
  // A failure is its English line, its Vietnamese line, then bilingual reasoning: the Vietnamese
  // message keeps the Vietnamese line, and names a row as the English default names it (`row 2`).
  const blockVi = report.failed.flatMap((o) => [
    `dòng ${o.line ?? "?"} (${o.name.replace(/^row (?=\d+$)/, "hàng ").replace(/^line (?=\d+$)/, "dòng ")}):`,
    ...o.failures.map((f) => `  ${f.split("\n")[1] ?? f}`),
  ]);
  const head = `${report.failed.length} of ${report.total} scenarios failed`;
  const headVi = `${report.failed.length}/${report.total} kịch bản không đạt`;
  throw new TthcError("INVALID_SCENARIO", [head, ...block].join("\n"), {
    messageVi: [headVi, ...blockVi].join("\n"),
    details: { failed: report.failed },
  });
}

/**
 * `tthc/testing` — a kit for test suites that pin down business rules: matchers for vitest and
 * jest (`expect.extend(tthcMatchers)`) whose failure messages show the calendar reasoning in
 * English and Vietnamese, builders of valid procedures, dossiers and event logs, scenario tables
 * read from CSV or JSON, and a fixed clock. No test runner is imported at run time.
 *
 * **When to use**: in your own tests, to state rules as "this dossier is due on…" and read failures in
 * business terms. Not for production code.
 *
 * Guide: [testing](../../docs/guides/testing.md).
 *
 * @module tthc/testing
 * @primaryExport
 * @packageDocumentation
 */
export type { DossierBuilder } from "./aDossier.js";
export { aDossier } from "./aDossier.js";
export type { EventFields, EventLogBuilder, EventLogOptions } from "./anEventLog.js";
export { anEventLog } from "./anEventLog.js";
export type { ProcedureBuilder } from "./aProcedure.js";
export { aProcedure } from "./aProcedure.js";
export { assertScenarios } from "./assertScenarios.js";
export { createTthcMatchers } from "./createTthcMatchers.js";
export type { FixedClock } from "./fixedClock.js";
export { fixedClock } from "./fixedClock.js";
export type {
  DueOnOptions,
  DueSoonOptions,
  IssuedFormOptions,
  TthcMatcherFunctions,
  TthcMatcherResult,
  TthcMatchers,
  TthcMatchersOptions,
  WorkingDayOptions,
} from "./matcherTypes.js";
export { parseScenarioCsv } from "./parseScenarioCsv.js";
export { runScenarios } from "./runScenarios.js";
export type { Scenario, ScenarioEvent, ScenarioOptions, ScenarioOutcome, ScenarioReport } from "./scenario.js";
export { tthcMatchers } from "./tthcMatchers.js";

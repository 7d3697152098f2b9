import { checkKnownKeys, checkObject, checkOptions, mustBe } from "../_internal/checks.js";
import { createWorkingCalendar, type WorkingCalendar } from "../calendar/index.js";
import type { DueDateInput } from "../deadline/index.js";
import { formatTthcError, isTthcError, TthcError } from "../errors.js";
import { PROCEDURE_FIXTURES } from "../models/fixtures/index.js";
import { type Channel, DossierStatus, NationalStatusCode, type Procedure } from "../models/index.js";
import type { DossierEventType, WorkflowContext } from "../workflow/index.js";
import { readDuration } from "./_duration.js";
import { canonicalInstant } from "./_instant.js";
import { aDossier } from "./aDossier.js";
import type { EventLogBuilder } from "./anEventLog.js";
import { aProcedure } from "./aProcedure.js";
import { createTthcMatchers } from "./createTthcMatchers.js";
import type { DueOnOptions, TthcMatcherResult } from "./matcherTypes.js";
import type { Scenario, ScenarioEvent, ScenarioOptions, ScenarioOutcome, ScenarioReport } from "./scenario.js";

function invalid(en: string, vi: string, path: readonly (string | number)[]): never {
  throw new TthcError("INVALID_SCENARIO", en, { path, messageVi: vi });
}

const TRUE = new Set(["true", "yes", "1", "có", "x"]);
const FALSE = new Set(["false", "no", "0", "không"]);

function readBoolean(value: boolean | string): boolean {
  if (typeof value === "boolean") return value;
  const text = value.trim().toLowerCase().normalize("NFC");
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return invalid(
    `expectedOverdue must be true or false, got '${value}'`,
    `expectedOverdue phải là true hoặc false, nhận được '${value}'`,
    ["expectedOverdue"],
  );
}

/** `type@instant key=value …; …` or a list of `{ type, at, …fields }`, appended to a log. */
function appendEvents(log: EventLogBuilder, events: string | readonly ScenarioEvent[]): EventLogBuilder {
  const list: ScenarioEvent[] =
    typeof events === "string"
      ? events
          .split(/[;\n]/)
          .map((part) => part.trim())
          .filter((part) => part !== "")
          .map((part) => {
            const m = /^([A-Za-z]+)@(\S+)((?:\s+[A-Za-z]+=\S+)*)\s*$/.exec(part);
            if (m === null) {
              return invalid(
                `event '${part}' is not 'type@instant key=value…'`,
                `sự kiện '${part}' không có dạng 'loại@thời_điểm khóa=giá_trị…'`,
                ["events"],
              );
            }
            const fields: Record<string, unknown> = {};
            for (const pair of (m[3] ?? "")
              .trim()
              .split(/\s+/)
              .filter((p) => p !== "")) {
              const [key = "", ...rest] = pair.split("=");
              const value = rest.join("=");
              fields[key] = /^(step|amountVnd)$/.test(key) ? Number(value) : value;
            }
            return { ...fields, type: m[1] as DossierEventType, at: m[2] as string };
          })
      : [...events];
  return list.reduce((acc, { type, at, ...fields }) => acc.add(type, at, fields as never), log);
}

interface Subject {
  readonly received: unknown;
  readonly dueOptions: DueOnOptions;
  readonly context: WorkflowContext | undefined;
}

function subjectOf(row: Scenario, calendar: WorkingCalendar, options: ScenarioOptions): Subject {
  const duration = row.duration === undefined ? undefined : readDuration(row.duration, ["duration"]);
  if (row.procedure === undefined) {
    if (row.events !== undefined || row.expectedState !== undefined || row.expectedStatus !== undefined) {
      invalid(
        "events, expectedState and expectedStatus need a procedure",
        "events, expectedState và expectedStatus cần có thủ tục (procedure)",
        ["procedure"],
      );
    }
    if (row.receivedAt === undefined || duration === undefined) {
      invalid(
        "a row without a procedure needs receivedAt and duration",
        "dòng không có thủ tục cần receivedAt và duration",
        ["duration"],
      );
    }
    const input: DueDateInput = {
      ...options.workflow?.deadline,
      receivedAt: canonicalInstant(row.receivedAt, ["receivedAt"]),
      duration,
      calendar,
      ...(row.cutoff === undefined ? {} : { cutoff: row.cutoff }),
    };
    return { received: input, dueOptions: {}, context: undefined };
  }
  const found = (options.procedures ?? PROCEDURE_FIXTURES).find((p) => p.code === row.procedure);
  if (found === undefined) {
    invalid(`unknown procedure '${row.procedure}'`, `không có thủ tục '${row.procedure}'`, ["procedure"]);
  }
  let procedure: Procedure = found;
  if (duration !== undefined || row.cutoff !== undefined) {
    let variant = aProcedure(found);
    if (duration !== undefined) variant = variant.withTimeLimit(duration);
    if (row.cutoff !== undefined) variant = variant.withSameDayCutoff(row.cutoff);
    procedure = variant.build();
  }
  let dossier = aDossier()
    .ofProcedure(procedure)
    .onCalendar(calendar)
    .viaChannel((row.channel ?? "direct") as Channel);
  if (row.case !== undefined) dossier = dossier.inCase(row.case);
  if (options.workflow !== undefined) dossier = dossier.withOptions(options.workflow);
  if (row.receivedAt !== undefined) dossier = dossier.receivedAt(row.receivedAt);
  else if (row.events === undefined) {
    invalid("a row needs receivedAt or events", "mỗi dòng cần receivedAt hoặc events", ["receivedAt"]);
  }
  const context = dossier.context();
  const log = row.events === undefined ? dossier.eventLog() : appendEvents(dossier.eventLog(), row.events);
  return {
    received: log.replay(context),
    dueOptions: { procedure, ...options.workflow?.deadline },
    context,
  };
}

/** The keys of a {@link Scenario}, and the type each holds. */
const ROW_FIELDS: Readonly<Record<keyof Scenario, "string" | "line" | "duration" | "events" | "status" | "overdue">> = {
  name: "string",
  line: "line",
  procedure: "string",
  channel: "string",
  case: "string",
  receivedAt: "string",
  duration: "duration",
  cutoff: "string",
  events: "events",
  at: "string",
  expectedDueDate: "string",
  expectedDueAt: "string",
  expectedState: "string",
  expectedStatus: "status",
  expectedOverdue: "overdue",
  source: "string",
  note: "string",
};
const ROW_KEYS = Object.keys(ROW_FIELDS);
const EXPECTED: Readonly<Record<(typeof ROW_FIELDS)[keyof Scenario], readonly [string, string]>> = {
  string: ["a string", "chuỗi"],
  line: ["a line number ≥ 1", "số dòng ≥ 1"],
  duration: ["a duration text or { value, unit }", "thời hạn dạng chữ hoặc { value, unit }"],
  events: ["event text or a list of { type, at, … }", "chuỗi sự kiện hoặc danh sách { type, at, … }"],
  status: ["a national status code (number or text)", "mã trạng thái quốc gia (số hoặc chữ)"],
  overdue: ["true or false (or text)", "true hoặc false (hoặc chữ)"],
};

/** Checks the shape of one row: an object with known keys, each of its type (`INVALID_SCENARIO`). */
function checkRow(value: unknown): Scenario {
  const row = checkObject(
    value,
    [],
    "INVALID_SCENARIO",
    undefined,
    "a scenario row (an object)",
    "một dòng kịch bản (đối tượng)",
  );
  checkKnownKeys(row, ROW_KEYS, [], "INVALID_SCENARIO");
  for (const key of ROW_KEYS as (keyof Scenario)[]) {
    const v = row[key];
    if (v === undefined) continue;
    const kind = ROW_FIELDS[key];
    const ok =
      kind === "string"
        ? typeof v === "string"
        : kind === "line"
          ? Number.isSafeInteger(v) && (v as number) >= 1
          : kind === "duration"
            ? typeof v === "string" || (typeof v === "object" && v !== null && !Array.isArray(v))
            : kind === "events"
              ? typeof v === "string" ||
                (Array.isArray(v) && v.every((e) => typeof e === "object" && e !== null && !Array.isArray(e)))
              : kind === "status"
                ? typeof v === "string" || typeof v === "number"
                : typeof v === "string" || typeof v === "boolean";
    if (!ok) {
      const [en, vi] = EXPECTED[kind];
      throw mustBe("INVALID_SCENARIO", [key], en, vi, v);
    }
  }
  return row as Scenario;
}

function runRow(row: Scenario, calendar: WorkingCalendar, options: ScenarioOptions): string[] {
  const { received, dueOptions, context } = subjectOf(row, calendar, options);
  const matchers = createTthcMatchers(context === undefined ? { calendar } : { calendar, context });
  const checks: { readonly result: TthcMatcherResult; readonly want: boolean }[] = [];
  if (row.expectedDueDate !== undefined) {
    checks.push({ result: matchers.toBeDueOn(received, row.expectedDueDate, dueOptions), want: true });
  }
  if (row.expectedDueAt !== undefined) {
    checks.push({ result: matchers.toBeDueOn(received, row.expectedDueAt, dueOptions), want: true });
  }
  if (row.expectedOverdue !== undefined) {
    if (row.at === undefined)
      invalid("expectedOverdue needs the instant 'at'", "expectedOverdue cần thời điểm 'at'", ["at"]);
    checks.push({
      result: matchers.toBeOverdueAt(received, canonicalInstant(row.at, ["at"])),
      want: readBoolean(row.expectedOverdue),
    });
  }
  if (row.expectedState !== undefined) {
    const status = DossierStatus.safeParse(row.expectedState);
    if (!status.success) {
      invalid(
        `unknown state '${row.expectedState}' (${DossierStatus.options.join(", ")})`,
        `trạng thái '${row.expectedState}' không tồn tại (${DossierStatus.options.join(", ")})`,
        ["expectedState"],
      );
    }
    checks.push({ result: matchers.toBeInState(received, status.data), want: true });
  }
  if (row.expectedStatus !== undefined) {
    const code = NationalStatusCode.safeParse(Number(row.expectedStatus));
    if (!code.success) {
      invalid(
        `expectedStatus must be a national status code 1–10, got '${row.expectedStatus}'`,
        `expectedStatus phải là mã trạng thái 1–10, nhận được '${row.expectedStatus}'`,
        ["expectedStatus"],
      );
    }
    checks.push({ result: matchers.toHaveNationalStatus(received, code.data), want: true });
  }
  if (checks.length === 0) {
    invalid(
      "the row states no expectation (expectedDueDate, expectedDueAt, expectedOverdue, expectedState, expectedStatus)",
      "dòng không nêu kết quả mong đợi (expectedDueDate, expectedDueAt, expectedOverdue, expectedState, expectedStatus)",
      [],
    );
  }
  return checks.filter((c) => c.result.pass !== c.want).map((c) => c.result.message());
}

/**
 * Chạy bảng kịch bản — runs scenario rows (from {@link parseScenarioCsv}, JSON or code) through
 * the library and reports each row: passed, or failed with its line and every reason, in English
 * and Vietnamese with the calendar reasoning. A row with a `procedure` is replayed through the
 * workflow (submit and receive at `receivedAt`, then its `events`; `duration` and `cutoff`
 * override the procedure's); a row without one is a `computeDueDate` input. Expectations are
 * checked with the `tthc/testing` matchers, so a table can never disagree with the library.
 * A malformed row (not an object, an unknown key, a field of the wrong type, an unknown procedure, a
 * bad duration, no expectation…) fails with an `INVALID_SCENARIO` reason; nothing is thrown for it.
 *
 * @param rows - The scenarios.
 * @param options - Calendar, procedures rows may name, workflow options.
 * @returns The {@link ScenarioReport}.
 * @throws `TthcError` `INVALID_SCENARIO` if `rows` is not an array (path `[]`).
 * @throws `TthcError` `INVALID_OPTION` if `options` is not an object, has an unknown key (path: the
 * key), or `calendar` / `procedures` is of the wrong type.
 * @see {@link assertScenarios} to throw one error listing every failing line
 * @example
 * ```ts
 * import { runScenarios } from "tthc/testing";
 * const report = runScenarios([
 *   { line: 2, name: "Tết", procedure: "2.001610", receivedAt: "2026-02-13T09:00", expectedDueDate: "2026-02-25", expectedStatus: "2" },
 *   { line: 3, name: "wrong", receivedAt: "2026-02-13T09:00", duration: "3 workingDays", expectedDueDate: "2026-02-18" },
 * ]);
 * report.passed.map((row) => row.line); // => [2]
 * report.failed.map((row) => row.line); // => [3]
 * report.failed[0]?.failures[0]?.split("\n")[0]; // => "expected 2026-02-13T09:00:00+07:00 + 3 workingDays to be due on 2026-02-18, but it is due on 2026-02-25 (2026-02-25T17:00:00+07:00)"
 * ```
 * @category Testing
 */
export function runScenarios(rows: readonly Scenario[], options: ScenarioOptions = {}): ScenarioReport {
  if (!Array.isArray(rows))
    throw mustBe("INVALID_SCENARIO", [], "an array of scenario rows", "mảng các dòng kịch bản", rows);
  checkOptions(options, ["calendar", "procedures", "workflow"]);
  if (options.calendar !== undefined) {
    const calendar = checkObject(
      options.calendar,
      ["calendar"],
      "INVALID_OPTION",
      undefined,
      "a WorkingCalendar",
      "một WorkingCalendar",
    );
    if (typeof calendar["addWorkingDays"] !== "function" || typeof calendar["isWorkingDay"] !== "function") {
      throw mustBe("INVALID_OPTION", ["calendar"], "a WorkingCalendar", "một WorkingCalendar", calendar);
    }
  }
  if (options.procedures !== undefined && !Array.isArray(options.procedures)) {
    throw mustBe("INVALID_OPTION", ["procedures"], "an array of procedures", "mảng thủ tục", options.procedures);
  }
  if (options.workflow !== undefined) checkObject(options.workflow, ["workflow"], "INVALID_OPTION");
  const calendar = options.calendar ?? createWorkingCalendar();
  const outcomes = rows.map((value: unknown, i): ScenarioOutcome => {
    const row = (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}) as Scenario;
    const line = Number.isSafeInteger(row.line) ? row.line : undefined;
    const name = typeof row.name === "string" ? row.name : line === undefined ? `row ${i + 1}` : `line ${line}`;
    let failures: string[];
    try {
      failures = runRow(checkRow(value), calendar, options);
    } catch (error) {
      if (!isTthcError(error)) throw error;
      failures = [`${error.code}: ${formatTthcError(error, "en")}\n${error.code}: ${formatTthcError(error, "vi")}`];
    }
    return Object.freeze({ line, name, passed: failures.length === 0, failures: Object.freeze(failures) });
  });
  return Object.freeze({
    total: outcomes.length,
    passed: Object.freeze(outcomes.filter((o) => o.passed)),
    failed: Object.freeze(outcomes.filter((o) => !o.passed)),
  });
}

/**
 * `tthc urgent`: the early warning (cảnh báo sắp đến hạn / quá hạn) over a JSON Lines file (or
 * stdin) of dossier states: the dossiers, and their steps in progress, that need attention at an
 * instant, most urgent first, as `listUrgent` lists and sorts them. Bad lines are reported with
 * their line numbers and skipped unless `--strict` (exit 1).
 * Node-only, and needs zod (through the models and snapshots): src/cli/main.ts loads it only for `urgent`.
 */

import { readFileSync } from "node:fs";
import { createWorkingCalendar } from "../calendar/index.js";
import { parseDuration } from "../deadline/index.js";
import { formatTthcError, isTthcError } from "../errors.js";
import {
  BIRTH_INTER_AGENCY_GROUP,
  BIRTH_REGISTRATION,
  CONSTRUCTION_PERMIT,
  FIRST_LAND_REGISTRATION,
  PRIVATE_ENTERPRISE_REGISTRATION,
} from "../models/fixtures/index.js";
import { type Procedure, parseProcedure } from "../models/index.js";
import {
  classifyUrgency,
  type DossierState,
  type ListUrgentOptions,
  listUrgent,
  restoreSnapshot,
  URGENCY_ORDER,
  type UrgencyLevel,
  type UrgentDossier,
  type WorkflowContext,
} from "../workflow/index.js";
import { exitCodeOf, RunError, UsageError, type Writer } from "./_errors.js";
import { helpOf } from "./_help.js";
import { type CliContext, readInputArgs } from "./_input.js";
import { csvWriter, formatTable } from "./_output.js";
import { readRows, takeRows, unreadable } from "./_readers.js";

/** The bundled procedures `--procedure` takes by name (those of `tthc/fixtures`). */
const FIXTURES: ReadonlyMap<string, Procedure> = new Map([
  ["BIRTH_REGISTRATION", BIRTH_REGISTRATION],
  ["BIRTH_INTER_AGENCY_GROUP", BIRTH_INTER_AGENCY_GROUP],
  ["FIRST_LAND_REGISTRATION", FIRST_LAND_REGISTRATION],
  ["PRIVATE_ENTERPRISE_REGISTRATION", PRIVATE_ENTERPRISE_REGISTRATION],
  ["CONSTRUCTION_PERMIT", CONSTRUCTION_PERMIT],
]);

/** The columns of the table and of `--csv`, with their table headers (Vietnamese, English). */
const COLUMNS = [
  ["code", "Mã hồ sơ", "code"],
  ["level", "Mức", "level"],
  ["remaining", "Còn / Quá", "left / overdue"],
  ["dueAt", "Hạn", "due"],
  ["stepOrder", "Bước", "step"],
  ["stepName", "Tên bước", "step name"],
  ["stepLevel", "Mức của bước", "step level"],
  ["stepRemaining", "Bước: còn / quá", "step: left / overdue"],
] as const;

/** One listed dossier as the cells of {@link COLUMNS}. */
function cellsOf(item: UrgentDossier): (string | number)[] {
  const { urgency } = item;
  const step = urgency.step;
  return [
    item.code,
    urgency.level,
    urgency.remaining?.label.vi ?? "",
    urgency.dueAt ?? "",
    step?.order ?? "",
    step?.name ?? "",
    step?.level ?? "",
    step?.remaining?.label.vi ?? "",
  ];
}

/**
 * The procedure of `--procedure`: a bundled one by name, else a JSON file of a procedure record.
 *
 * @throws UsageError for a name (capitals and `_`) that is not a bundled procedure.
 * @throws RunError for a file that cannot be read, is not JSON or is not a valid procedure record.
 */
function procedureOf(value: string): Procedure {
  const bundled = FIXTURES.get(value);
  if (bundled !== undefined) return bundled;
  if (/^[A-Z][A-Z0-9_]*$/.test(value)) {
    throw new UsageError(
      `unknown procedure '${value}': give a .json file of a procedure record or one of ${[...FIXTURES.keys()].join(", ")}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(value, "utf8");
  } catch (error) {
    throw unreadable(value, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new RunError(`Thủ tục không đọc được / cannot read the procedure '${value}': không phải JSON / not JSON`);
  }
  try {
    return parseProcedure(json);
  } catch (error) {
    if (!isTthcError(error)) throw error;
    throw new RunError(
      `Thủ tục không hợp lệ / invalid procedure '${value}': ${formatTthcError(error, "vi")} | ${formatTthcError(error, "en")}`,
    );
  }
}

/** `--within` through `parseDuration`: working hours or working days only. */
function withinOf(value: string | undefined): ListUrgentOptions["within"] {
  if (value === undefined) return undefined;
  const duration = parseDuration(value);
  if (duration.unit !== "workingHours" && duration.unit !== "workingDays") {
    throw new UsageError(`--within takes working hours or working days (8wh, 1d), got '${value}' (${duration.unit})`);
  }
  return { value: duration.value, unit: duration.unit };
}

/** `--levels overdue,dueToday`: the levels, each one of `URGENCY_ORDER`. */
function levelsOf(value: string | undefined): UrgencyLevel[] | undefined {
  if (value === undefined) return undefined;
  const levels = value.split(",").map((l) => l.trim());
  const bad = levels.filter((l) => !(URGENCY_ORDER as readonly string[]).includes(l));
  if (bad.length > 0 || levels.length === 0) {
    throw new UsageError(`--levels takes levels among ${URGENCY_ORDER.join(", ")}, got '${value}'`);
  }
  return levels as UrgencyLevel[];
}

/** How many listed dossiers are at each level (of the dossier, or of its step with `step`). */
function countsOf(items: readonly UrgentDossier[], step: boolean): Record<UrgencyLevel, number> {
  const counts = Object.fromEntries(URGENCY_ORDER.map((l) => [l, 0])) as Record<UrgencyLevel, number>;
  for (const { urgency } of items) {
    const level = step ? urgency.step?.level : urgency.level;
    if (level !== undefined) counts[level]++;
  }
  return counts;
}

/**
 * `tthc urgent <states.jsonl|-> --procedure … --at …`: the dossiers that need attention at `--at`,
 * from JSON Lines of workflow snapshots or bare dossier states.
 *
 * @returns Exit code: 0; 1 for a file that cannot be read, a procedure file that is not a valid
 * record, or a bad line under `--strict`; 2 for a usage error (bad or missing option, unknown
 * procedure name, a `--within` that is not working time).
 */
export async function runUrgent(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: CliContext = {},
): Promise<number> {
  try {
    const args = readInputArgs(argv, "urgent", out);
    if (args === undefined) return 0;
    const [path, flags] = args;
    const at = flags.get("at");
    if (at === undefined) throw new UsageError("urgent needs --at <instant>, e.g. --at 2026-03-31T09:00+07:00");
    const procedureName = flags.get("procedure");
    if (procedureName === undefined)
      throw new UsageError("urgent needs --procedure <procedure.json or a bundled name>");
    const within = withinOf(flags.get("within"));
    const levels = levelsOf(flags.get("levels"));
    const options: ListUrgentOptions = {
      ...(within === undefined ? {} : { within }),
      ...(levels === undefined ? {} : { levels }),
      ...(flags.has("agency") ? { agency: flags.get("agency")! } : {}),
      ...(flags.has("step-role") ? { stepRole: flags.get("step-role")! } : {}),
    };
    const procedure = procedureOf(procedureName);
    const workflow: WorkflowContext = { procedure, calendar: createWorkingCalendar() };
    // Checks --at and the options before any line is read (a TthcError: exit 2).
    listUrgent([], at, workflow, options);
    const classify = within === undefined ? undefined : { within };

    const states: DossierState[] = [];
    const lines: number[] = [];
    const { onRow, tally } = takeRows(
      (fields, line) => {
        // A snapshot is read back strictly; a bare state is checked by the workflow (frozen, it is checked once).
        const state = Object.hasOwn(fields, "schemaVersion")
          ? restoreSnapshot(fields)
          : (Object.freeze(fields) as unknown as DossierState);
        classifyUrgency(state, at, workflow, classify); // refuses a bad state or another procedure's
        states.push(state);
        lines.push(line);
      },
      err,
      flags.has("strict"),
    );
    await readRows(
      path,
      {
        known: () => true,
        missing: () => [],
        delimiter: undefined,
        err,
        tty: context.errIsTTY === true,
        stdin: context.stdin ?? process.stdin,
        wholeObjects: true,
      },
      onRow,
    );
    if (tally.stopped) throw new RunError("--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad line");
    const bad = tally.bad;
    if (bad > 0) err(`${bad} dòng lỗi bị bỏ qua / ${bad} bad lines skipped\n`);
    const listed = listUrgent(states, at, workflow, options);
    const counts = countsOf(listed, false);
    if (flags.has("json")) {
      const result = {
        at,
        procedure: { code: procedure.code, version: procedure.version },
        records: { total: states.length + bad, valid: states.length, invalid: bad },
        listed: listed.length,
        counts,
        stepCounts: countsOf(listed, true),
        dossiers: listed.map((item) => ({ ...item, line: lines[item.index] })),
      };
      out(`${JSON.stringify(result, null, 2)}\n`);
    } else if (flags.has("csv")) {
      const csv = csvWriter(out, flags.has("bom"));
      csv.header(COLUMNS.map(([name]) => name));
      for (const item of listed) csv.row(cellsOf(item));
    } else {
      out(
        `Cần chú ý tại / needing attention at ${at}: ${listed.length} hồ sơ / dossiers ` +
          `(quá hạn / overdue ${counts.overdue}, đến hạn hôm nay / due today ${counts.dueToday}, ` +
          `sắp đến hạn / due soon ${counts.dueSoon}); đọc / read ${states.length}, lỗi / bad lines ${bad}\n`,
      );
      const headers = [COLUMNS.map((c) => c[1]), COLUMNS.map((c) => c[2])];
      out(`${formatTable([...headers, ...listed.map((item) => cellsOf(item).map(String))])}\n`);
    }
    return 0;
  } catch (error) {
    return exitCodeOf(error, err, helpOf("urgent"));
  }
}

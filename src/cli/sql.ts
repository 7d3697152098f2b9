/**
 * `tthc sql` and `tthc calendar --sql`: the project's SQL for PostgreSQL or DuckDB, from the one
 * generator (./_sql.ts) that also wrote docs/sql/. Loaded by src/cli/main.ts only for these two
 * commands; needs neither zod nor a database.
 */

import type { DayInfo } from "../calendar/index.js";
import { readArgs } from "./_args.js";
import { exitCodeOf, UsageError, type Writer } from "./_errors.js";
import { COMMANDS, helpOf } from "./_help.js";
import { readDecimals } from "./_input.js";
import {
  checkDialect,
  dueDatesSql,
  processingReportSql,
  type SqlReportOptions,
  writeCalendarTableSql,
} from "./_sql.js";

/** The report options of `tthc sql report`, by flag (the flags of `tthc report`). */
const OPTION_OF_FLAG: readonly (readonly [string, keyof SqlReportOptions])[] = [
  ["reference", "reference"],
  ["granularity", "granularity"],
  ["classify-against", "classifyAgainst"],
  ["copies", "interAgencyCopies"],
  ["rounding", "rounding"],
];

/** `--zero-denominator null` or a number (else as given, for the generator to refuse). */
function zeroDenominator(value: string): unknown {
  if (value === "null") return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/**
 * `tthc sql [report|due-dates] --dialect postgres|duckdb [report options]`: prints the view.
 *
 * @returns Exit code: 0; 2 for a usage error (unknown query, missing or unknown dialect, a bad option).
 */
export function runSql(argv: readonly string[], out: Writer, err: Writer): number {
  try {
    const { booleans, values } = COMMANDS.sql;
    const { positional, flags } = readArgs(argv, booleans, values);
    if (positional.length > 1) throw new UsageError("sql takes one query name: report or due-dates");
    const query = positional[0] ?? "report";
    if (query !== "report" && query !== "due-dates")
      throw new UsageError(`unknown query '${query}' (report or due-dates)`);
    const dialect = flags.get("dialect");
    if (dialect === undefined) throw new UsageError("sql needs --dialect postgres or --dialect duckdb");
    const options: Record<string, unknown> = {};
    for (const [flag, key] of OPTION_OF_FLAG) if (flags.has(flag)) options[key] = flags.get(flag);
    readDecimals(flags as Map<string, string>, options); // every option of sql takes a value
    const zero = flags.get("zero-denominator");
    if (typeof zero === "string") options["zeroDenominator"] = zeroDenominator(zero);
    if (query === "due-dates") {
      const named = Object.keys(options);
      if (named.length > 0) throw new UsageError(`the report options (${named.join(", ")}) go with sql report`);
      out(dueDatesSql(checkDialect(dialect)));
    } else out(processingReportSql(checkDialect(dialect), options as SqlReportOptions));
    return 0;
  } catch (error) {
    return exitCodeOf(error, err, helpOf("sql"));
  }
}

/**
 * `tthc calendar --from … --to … --sql [--dialect …]`: the day table as an SQL script. `days` are
 * the rows `tthc calendar` prints (src/cli/main.ts computes them, with their rank).
 *
 * @returns Exit code 0; a bad dialect throws (main.ts maps it to 2).
 */
export function writeCalendarSql(
  dialect: unknown,
  range: { readonly from: string; readonly to: string },
  days: Iterable<{ readonly info: DayInfo; readonly rank: number }>,
  out: Writer,
): number {
  const checked = checkDialect(dialect);
  function* rows() {
    for (const { info, rank } of days) {
      yield {
        date: info.date,
        working: info.working,
        kind: info.kind,
        labelVi: info.label.vi,
        labelEn: info.label.en,
        rank,
      };
    }
  }
  writeCalendarTableSql(checked, range, rows(), out);
  return 0;
}

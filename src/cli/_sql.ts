/**
 * Private to the CLI: the one generator of the project's SQL — the processing report view, the due
 * dates view and the calendar table — for PostgreSQL and DuckDB. `tthc sql` and `tthc calendar --sql`
 * print its output, and docs/sql/ holds its output for the default options (a test keeps them
 * equal). Loaded only by those commands; no library entry point imports it.
 *
 * One text per query, with the few places the dialects differ written as `DIALECT` entries: the
 * integer division of the on-time rate, the ordering of the group keys, and the client encoding of
 * the calendar script. Everything else (CAST to TIMESTAMPTZ, `timezone(zone, …)`, `FILTER`,
 * `INTERVAL '1 millisecond'`, quoted camelCase identifiers) reads the same in both.
 *
 * The report's policy options (reference instant, granularity, appointment, copies, rounding) are
 * written into the text; the period, the report instant and the grouping are read from the
 * `report_params` table at query time, so one view serves every period.
 */

import { checkChoice, checkKnownKeys, describe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import type { DossierStatus, StatusTraits } from "../models/status.js";
import type { ReportOptions } from "../report/createReportAccumulator.js";

/** The SQL engines the generator writes for. */
export type SqlDialect = "postgres" | "duckdb";

/** The dialects, in the order the help lists them. */
const SQL_DIALECTS: readonly SqlDialect[] = ["postgres", "duckdb"];

/** The report options the SQL text carries (the others — period, asOf, by — are `report_params` columns). */
export type SqlReportOptions = Pick<
  ReportOptions,
  "reference" | "granularity" | "classifyAgainst" | "interAgencyCopies" | "decimals" | "rounding" | "zeroDenominator"
>;

const OPTION_KEYS = [
  "reference",
  "granularity",
  "classifyAgainst",
  "interAgencyCopies",
  "decimals",
  "rounding",
  "zeroDenominator",
];

/**
 * How the report counts each status (REP-4), as `STATUS_TRAITS[status].reportKind` says; the
 * compiler checks that every status is listed and test/sql/generate.test.ts that each kind is the
 * model's. Kept here so that printing SQL does not load the models (and zod).
 */
export const REPORT_KIND: { readonly [S in DossierStatus]: StatusTraits["reportKind"] } = {
  draft: "notReceived",
  submitted: "notReceived",
  supplementRequested: "normal",
  rejectedAtIntake: "notReceived",
  received: "normal",
  inProcess: "normal",
  interAgency: "normal",
  paymentRequested: "normal",
  refusedAfterAcceptance: "refused",
  resolved: "normal",
  returned: "normal",
  withdrawn: "withdrawn",
  stopped: "stopped",
};

/** The statuses of one report kind, as an SQL list: `'a', 'b'`. */
function statusesOf(...kinds: StatusTraits["reportKind"][]): string {
  return (Object.keys(REPORT_KIND) as DossierStatus[])
    .filter((s) => kinds.includes(REPORT_KIND[s]))
    .map((s) => `'${s}'`)
    .join(", ");
}

/** Where the dialects differ. */
const DIALECT = {
  postgres: {
    name: "PostgreSQL",
    /** A whole number widened so that the rate's products cannot overflow. */
    wide: (x: string) => `CAST(${x} AS NUMERIC)`,
    /** Integer division of non-negative whole numbers (`/` on NUMERIC would keep the fraction). */
    div: (a: string, b: string) => `div(${a}, ${b})`,
    /** Byte order of UTF-8 (code points), not the database's collation: the library's order of keys. */
    orderKey: `group_key COLLATE "C"`,
    /**
     * Vietnam time as the fixed offset it has had since 13/6/1975, where the library's range of
     * instants starts: with the named zone, a scan converting a million instants to dates took
     * 0.44 s here, with the offset 0.24 s (the view converts two per dossier).
     */
    vn: "INTERVAL '+07:00'",
    vnNote:
      "Vietnam time is the fixed offset +07:00 (INTERVAL '+07:00'), Vietnam's offset since 13/6/1975, where tthc's range of instants starts; a named zone would be looked up on every row.",
    /** psql sends the script as the client's locale says; the labels are UTF-8. */
    preamble: "SET client_encoding = 'UTF8';\n",
  },
  duckdb: {
    name: "DuckDB",
    wide: (x: string) => `CAST(${x} AS HUGEINT)`,
    div: (a: string, b: string) => `(${a}) // ${b}`,
    orderKey: "group_key",
    vn: "'Asia/Ho_Chi_Minh'",
    vnNote: "Vietnam time is the zone 'Asia/Ho_Chi_Minh' (DuckDB's ICU time zones).",
    preamble: "",
  },
} as const satisfies Record<SqlDialect, unknown>;

/** Checks the dialect name (a usage error in the CLI). */
export function checkDialect(value: unknown): SqlDialect {
  return checkChoice(value, SQL_DIALECTS, ["dialect"]);
}

/** The instant a Vietnam date starts, as TIMESTAMPTZ. */
const startOf = (vn: string, date: string) => `timezone(${vn}, CAST(${date} AS TIMESTAMP))`;
/** The last millisecond of a Vietnam date (the library's end of a day). */
const endOf = (vn: string, date: string) => `${startOf(vn, `${date} + 1`)} - INTERVAL '1 millisecond'`;
/** The Vietnam date of a TIMESTAMPTZ, whatever the session's time zone. */
const dateOf = (vn: string, instant: string) => `CAST(timezone(${vn}, ${instant}) AS DATE)`;
const instant = (column: string) => `CAST(r."${column}" AS TIMESTAMPTZ)`;

interface Resolved {
  readonly returnedFirst: boolean;
  readonly minute: boolean;
  readonly original: boolean;
  readonly skipCopies: boolean;
  readonly decimals: number;
  readonly truncate: boolean;
  readonly zeroDenominator: number | null;
}

/** Checks the options as createReportAccumulator does, and fills in its defaults. */
function resolve(options: SqlReportOptions): Resolved {
  if (typeof options !== "object" || options === null) {
    throw new TthcError("INVALID_OPTION", `options must be an object, got ${describe(options)}`, {
      path: [],
      messageVi: `options phải là một đối tượng, nhận được ${describe(options)}`,
    });
  }
  checkKnownKeys(options, OPTION_KEYS);
  const reference = checkChoice(options.reference ?? "resultReady", ["resultReady", "returned"], ["reference"]);
  const granularity = checkChoice(options.granularity ?? "day", ["day", "minute"], ["granularity"]);
  const against = checkChoice(options.classifyAgainst ?? "original", ["original", "reappointed"], ["classifyAgainst"]);
  const copies = checkChoice(options.interAgencyCopies ?? "skip", ["skip", "count"], ["interAgencyCopies"]);
  const decimals = options.decimals ?? 2;
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new TthcError("INVALID_OPTION", `decimals must be a whole number 0–10, got ${describe(decimals)}`, {
      path: ["decimals"],
      messageVi: `decimals phải là số nguyên từ 0 đến 10, nhận được ${describe(decimals)}`,
    });
  }
  const rounding = checkChoice(options.rounding ?? "halfUp", ["halfUp", "truncate"], ["rounding"]);
  const zero = options.zeroDenominator === undefined ? null : options.zeroDenominator;
  if (zero !== null && (typeof zero !== "number" || !Number.isFinite(zero))) {
    throw new TthcError("INVALID_OPTION", `zeroDenominator must be null or a number, got ${describe(zero)}`, {
      path: ["zeroDenominator"],
      messageVi: `zeroDenominator phải là null hoặc một số, nhận được ${describe(zero)}`,
    });
  }
  return {
    returnedFirst: reference === "returned",
    minute: granularity === "minute",
    original: against === "original",
    skipCopies: copies === "skip",
    decimals,
    truncate: rounding === "truncate",
    zeroDenominator: zero,
  };
}

/** The options as the report's API spells them, for the header comment. */
function describeOptions(o: Resolved): string {
  return [
    `reference '${o.returnedFirst ? "returned" : "resultReady"}'`,
    `granularity '${o.minute ? "minute" : "day"}'`,
    `classifyAgainst '${o.original ? "original" : "reappointed"}'`,
    `interAgencyCopies '${o.skipCopies ? "skip" : "count"}'`,
    `decimals ${o.decimals}`,
    `rounding '${o.truncate ? "truncate" : "halfUp"}'`,
    `zeroDenominator ${o.zeroDenominator === null ? "null" : String(o.zeroDenominator)}`,
  ].join(", ");
}

/** The flags of `tthc sql` that give these options (empty for the defaults). */
function flagsOf(o: Resolved): string {
  return [
    o.returnedFirst ? " --reference returned" : "",
    o.minute ? " --granularity minute" : "",
    o.original ? "" : " --classify-against reappointed",
    o.skipCopies ? "" : " --copies count",
    o.decimals === 2 ? "" : ` --decimals ${o.decimals}`,
    o.truncate ? " --rounding truncate" : "",
    o.zeroDenominator === null ? "" : ` --zero-denominator ${o.zeroDenominator}`,
  ].join("");
}

/** `(early + on time) ÷ resolved × 100`, rounded as the library rounds it, exactly in integers. */
function rateSql(dialect: SqlDialect, o: Resolved): string {
  const { wide, div } = DIALECT[dialect];
  const scale = 100n * 10n ** BigInt(o.decimals);
  const hits = wide(`"resolvedEarly" + "resolvedOnTime"`);
  // truncate: ⌊S·n ÷ r⌋; halfUp: ⌊(2·S·n + r) ÷ 2r⌋, one more when twice the remainder reaches r.
  const quotient = o.truncate
    ? div(`${scale} * ${hits}`, "resolved")
    : div(`${2n * scale} * ${hits} + resolved`, "(2 * resolved)");
  const zero = o.zeroDenominator === null ? "NULL" : `CAST('${String(o.zeroDenominator)}' AS DOUBLE PRECISION)`;
  return `CASE WHEN resolved = 0 THEN ${zero}
    ELSE CAST(${quotient} AS DOUBLE PRECISION) / CAST(${10 ** o.decimals} AS DOUBLE PRECISION)
  END`;
}

/** `text` as SQL comment lines of at most 100 characters, each line `-- ` then `indent` (after the first). */
function comment(text: string, indent = ""): string {
  const lines: string[] = [];
  let line = "--";
  for (const word of text.split(" ")) {
    if (line.length + 1 + word.length > 100 && line.trim() !== "--") {
      lines.push(line);
      line = `--${indent}`;
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

/** How each dialect loads the inputs, for the header comment. */
const LOAD_REPORT: Record<SqlDialect, string> = {
  postgres: `--   Load a CSV written for \`tthc report\` (columns in this order), or define report_dossiers as a
--   view over your own table that names its columns so:
--     CREATE TABLE report_dossiers ("code" TEXT, "procedureCode" TEXT, "sector" TEXT,
--       "receivingAgency" TEXT, "competentAgency" TEXT, "channel" TEXT, "receivedAt" TIMESTAMPTZ,
--       "dueDate" DATE, "originalDueDate" DATE, "status" TEXT, "resultReadyAt" TIMESTAMPTZ,
--       "returnedAt" TIMESTAMPTZ, "closedAt" TIMESTAMPTZ, "originDossierCode" TEXT);
--     \\copy report_dossiers FROM 'dossiers.csv' WITH (FORMAT csv, HEADER MATCH)
--     CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from,
--       DATE '2026-10-31' AS period_to, CAST(NULL AS TIMESTAMPTZ) AS as_of, 'agency' AS group_by;
--   Identifiers in camelCase are quoted: PostgreSQL folds unquoted names to lower case.`,
  duckdb: `--   Load a CSV written for \`tthc report\`:
--     CREATE TABLE report_dossiers AS SELECT * FROM read_csv('dossiers.csv', header = true,
--       all_varchar = true);
--     CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from,
--       DATE '2026-10-31' AS period_to, CAST(NULL AS TIMESTAMPTZ) AS as_of, 'agency' AS group_by;`,
};

/**
 * The processing report (báo cáo tình hình giải quyết hồ sơ) as a view `processing_report`, row for
 * row `summarizeProcessing(records, { period, asOf, by, ...options })`.
 */
export function processingReportSql(dialect: SqlDialect, options: SqlReportOptions = {}): string {
  const o = resolve(options);
  const d = DIALECT[dialect];
  const apart = statusesOf("withdrawn", "refused", "stopped");
  const ended = o.returnedFirst
    ? `coalesce(${instant("returnedAt")}, ${instant("resultReadyAt")})`
    : `coalesce(${instant("resultReadyAt")}, ${instant("returnedAt")})`;
  const dueDate = o.original ? `coalesce(r."originalDueDate", r."dueDate")` : `r."dueDate"`;
  // The appointment instant of the minute granularity: the chosen appointment's dueAt, else the
  // end of its day (the original one when there is one and it is asked for).
  const dueAtColumn = o.original
    ? `CASE WHEN r."originalDueDate" IS NULL THEN ${instant("dueAt")} ELSE ${instant("originalDueAt")} END`
    : instant("dueAt");
  const dueAt = o.minute ? `,\n    coalesce(${dueAtColumn}, ${endOf(d.vn, `CAST(${dueDate} AS DATE)`)}) AS due_at` : "";
  const verdict = o.minute
    ? "CASE WHEN end_at > due_at THEN 2 WHEN end_date < due_date THEN 0 ELSE 1 END"
    : "CASE WHEN end_date < due_date THEN 0 WHEN end_date = due_date THEN 1 ELSE 2 END";
  const overdue = o.minute ? "eval_at > due_at" : "eval_date > due_date";
  const dueAtColumns = o.minute ? "dueAt, originalDueAt, " : "";
  const header = [
    comment(
      `Processing report (báo cáo tình hình giải quyết hồ sơ) in SQL for ${d.name}, row for row the same as tthc's summarizeProcessing(records, { period, asOf, by, ...options }) with the options ${describeOptions(o)}.`,
    ),
    comment(
      `Generated by \`tthc sql report --dialect ${dialect}${flagsOf(o)}\`; \`tthc sql --help\` lists the other options and docs/guides/report.md ("Beyond one machine") the engines.`,
    ),
    "--",
    "-- Inputs:",
    comment(
      `report_dossiers: one row per dossier with the columns of tthc's ReportRecord (camelCase, as the CSV header of \`tthc report\`): code, procedureCode, sector, receivingAgency, competentAgency, channel, receivedAt, dueDate, originalDueDate, ${dueAtColumns}status, resultReadyAt, returnedAt, closedAt, originDossierCode. Instants are TIMESTAMPTZ or ISO text with an offset, dates DATE or 'YYYY-MM-DD'; absent = NULL.`,
      "  ",
    ),
    comment(
      "report_params: one row (one only: the view reads the first): period_from DATE, period_to DATE (inclusive), as_of TIMESTAMPTZ (NULL = end of period), group_by TEXT ('none', 'agency', 'competentAgency', 'sector', 'procedure', 'channel').",
      "  ",
    ),
    o.minute
      ? LOAD_REPORT[dialect]
          .replace('"dueDate" DATE, ', '"dueDate" DATE, "dueAt" TIMESTAMPTZ,\n--       ')
          .replace('"originalDueDate" DATE, ', '"originalDueDate" DATE, "originalDueAt" TIMESTAMPTZ, ')
      : LOAD_REPORT[dialect],
    "--",
    comment(
      `Rules (docs/guides/rules.md REP-2 to REP-10): the report instant T = min(as_of, end of the period), Vietnam time. Left out: dossiers never received (status ${statusesOf("notReceived").replaceAll("'", "")}, or no receivedAt)${o.skipCopies ? ", liên thông copies (originDossierCode set; counted at the origin)" : ""}, dossiers received after T, dossiers finished before the period. Carried over = received before the period; new = received in it, by channel. Finished by T: ${apart.replaceAll("'", "")} are counted apart (closed at closedAt, else the result instant, else the receipt); the rest are resolved: the end is ${o.returnedFirst ? "returnedAt, else resultReadyAt" : "resultReadyAt, else returnedAt"}, the appointment ${o.original ? "originalDueDate when set, else dueDate" : "dueDate (the one in force)"}; ${o.minute ? "late after the appointment instant (its dueAt, else the end of its day), else early on an earlier Vietnam date and on time on the due date" : "early / on time / late by the Vietnam date of the end against the appointment date"}. Not finished by T: pending, overdue when ${o.minute ? "T is after the appointment instant" : "T's date is after the appointment date"}.`,
    ),
    comment(
      `${d.vnNote} The session's time zone is never read. The SQL trusts its input: rows \`tthc report\` would refuse (a result before the receipt, an unknown status, an instant before 13/6/1975…) are not checked here.`,
    ),
  ].join("\n");
  return `${header}
CREATE OR REPLACE VIEW processing_report AS
WITH p AS (
  SELECT
    group_by,
    ${startOf(d.vn, "period_from")} AS period_start,
    least(
      coalesce(as_of, ${endOf(d.vn, "period_to")}),
      ${endOf(d.vn, "period_to")}
    ) AS eval_at
  FROM report_params
  LIMIT 1 -- one row; the limit also tells the planner so (PostgreSQL would otherwise plan for a
          -- thousand rows and compile the query, which costs more than running it)
),
d AS (
  SELECT
    CASE p.group_by
      WHEN 'agency' THEN r."receivingAgency"
      WHEN 'competentAgency' THEN coalesce(r."competentAgency", r."receivingAgency")
      WHEN 'sector' THEN coalesce(r."sector", '')
      WHEN 'procedure' THEN r."procedureCode"
      WHEN 'channel' THEN r."channel"
      ELSE ''
    END AS group_key,
    r."channel" AS channel,
    r."status" IN (${apart}) AS apart,
    r."status" AS status,
    ${instant("receivedAt")} AS received_at,
    CAST(${dueDate} AS DATE) AS due_date${dueAt},
    CASE
      WHEN r."status" IN (${apart}) THEN coalesce(
        ${instant("closedAt")}, ${instant("resultReadyAt")},
        ${instant("returnedAt")}, ${instant("receivedAt")})
      ELSE ${ended}
    END AS end_at,
    ${instant("returnedAt")} AS returned_at,
    p.period_start,
    p.eval_at
  FROM report_dossiers AS r, p
  WHERE r."receivedAt" IS NOT NULL
    AND r."status" NOT IN (${statusesOf("notReceived")})${o.skipCopies ? `\n    AND r."originDossierCode" IS NULL` : ""}
),
e AS (
  SELECT
    *,
    end_at IS NOT NULL AND end_at <= eval_at AS finished,
    ${dateOf(d.vn, "end_at")} AS end_date,
    ${dateOf(d.vn, "eval_at")} AS eval_date
  FROM d
  WHERE received_at <= eval_at AND (end_at IS NULL OR end_at >= period_start)
),
v AS (
  SELECT
    *,
    ${verdict} AS verdict,
    ${overdue} AS overdue
  FROM e
),
c AS (
  SELECT
    group_key,
    count(*) AS received,
    count(*) FILTER (WHERE received_at < period_start) AS "carriedOver",
    count(*) FILTER (WHERE received_at >= period_start) AS "newTotal",
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'online') AS "newOnline",
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'direct') AS "newDirect",
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'postal') AS "newPostal",
    count(*) FILTER (WHERE finished AND NOT apart) AS resolved,
    count(*) FILTER (WHERE finished AND NOT apart AND verdict = 0) AS "resolvedEarly",
    count(*) FILTER (WHERE finished AND NOT apart AND verdict = 1) AS "resolvedOnTime",
    count(*) FILTER (WHERE finished AND NOT apart AND verdict = 2) AS "resolvedLate",
    count(*) FILTER (WHERE NOT finished) AS pending,
    count(*) FILTER (WHERE NOT finished AND NOT overdue) AS "pendingWithinTime",
    count(*) FILTER (WHERE NOT finished AND overdue) AS "pendingOverdue",
    count(*) FILTER (WHERE finished AND status IN (${statusesOf("withdrawn")})) AS withdrawn,
    count(*) FILTER (WHERE finished AND status IN (${statusesOf("refused")})) AS refused,
    count(*) FILTER (WHERE finished AND status IN (${statusesOf("stopped")})) AS stopped,
    count(*) FILTER (WHERE finished AND NOT apart AND (returned_at IS NULL OR returned_at > eval_at)) AS "notCollected"
  FROM v
  GROUP BY group_key
)
SELECT
  group_key AS "key",
  received, "carriedOver", "newTotal", "newOnline", "newDirect", "newPostal",
  resolved, "resolvedEarly", "resolvedOnTime", "resolvedLate",
  pending, "pendingWithinTime", "pendingOverdue",
  withdrawn, refused, stopped, "notCollected",
  -- (early + on time) ÷ resolved × 100, ${o.decimals} decimals ${o.truncate ? "truncated" : "half-up"}, exactly in integers (REP-7, REP-8, D-10).
  ${rateSql(dialect, o)} AS "onTimeRate"
FROM c
ORDER BY ${d.orderKey};
`;
}

/** How each dialect loads the due dates' inputs, for the header comment. */
const LOAD_DUE: Record<SqlDialect, string> = {
  postgres: `--     tthc calendar --from 2025-12-01 --to 2027-12-31 --sql --dialect postgres | psql
--     CREATE TABLE dossier_limits ("code" TEXT, "receivedAt" TIMESTAMPTZ, "limitWorkingDays" INTEGER);`,
  duckdb: `--     tthc calendar --from 2025-12-01 --to 2027-12-31 --sql --dialect duckdb | duckdb my.db
--     CREATE TABLE dossier_limits AS SELECT * FROM read_csv('limits.csv', header = true,
--       columns = {'code': 'VARCHAR', 'receivedAt': 'VARCHAR', 'limitWorkingDays': 'INTEGER'});`,
};

/**
 * Due dates for limits in working days as a view `due_dates`, the same as computeDueDate with
 * default options; reads the `calendar` table of {@link calendarTableSql}.
 */
export function dueDatesSql(dialect: SqlDialect): string {
  return `-- Due dates (ngày hẹn trả kết quả) for limits in working days, in SQL for ${DIALECT[dialect].name}, the same
-- as tthc's computeDueDate({ receivedAt, duration: { value: N, unit: "workingDays" } }).dueDate with
-- default options: the receipt day is not counted; the due date is the N-th working day after it.
-- Generated by \`tthc sql due-dates --dialect ${dialect}\`.
--
-- Inputs:
--   calendar        the day table of \`tthc calendar --from … --to … --sql\` (or --csv): date, working,
--                   kind, label_vi, label_en, rank. \`rank\` counts working days from --from
--                   (inclusive); a rest day keeps the rank of the working day before it. It must
--                   cover every receipt date and every due date.
--   dossier_limits  code, receivedAt (TIMESTAMPTZ, or ISO text with an offset), limitWorkingDays (INTEGER).
${LOAD_DUE[dialect]}
--
${comment(
  `Rule: due = the working day whose rank = rank(receipt date, Vietnam time) + N, whatever the session's time zone. ${DIALECT[dialect].vnNote} Same-day cut-offs, pauses and the other computeDueDate options are not modelled here.`,
)}
CREATE OR REPLACE VIEW due_dates AS
WITH receipt AS (
  SELECT
    r."code" AS code,
    ${dateOf(DIALECT[dialect].vn, instant("receivedAt"))} AS receipt_date,
    r."limitWorkingDays" AS limit_working_days
  FROM dossier_limits AS r
)
SELECT r.code, r.receipt_date, due.date AS due_date
FROM receipt AS r
JOIN calendar AS c ON c.date = r.receipt_date
JOIN calendar AS due ON due.working AND due.rank = c.rank + r.limit_working_days;
`;
}

/** One day of the calendar table: the columns of `tthc calendar --csv`. */
export interface CalendarRow {
  readonly date: string;
  readonly working: boolean;
  readonly kind: string;
  readonly labelVi: string;
  readonly labelEn: string;
  readonly rank: number;
}

/** An SQL string literal (standard: quotes doubled; PostgreSQL's standard_conforming_strings is on by default). */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** Rows per INSERT statement. */
const BATCH = 1000;

/**
 * The calendar table (`CREATE TABLE calendar …` and its rows, in one transaction) for the due
 * dates view, written through `out` a statement at a time.
 */
export function writeCalendarTableSql(
  dialect: SqlDialect,
  range: { readonly from: string; readonly to: string },
  days: Iterable<CalendarRow>,
  out: (s: string) => void,
): void {
  out(`-- Calendar (lịch làm việc) ${range.from} … ${range.to} for ${DIALECT[dialect].name}: one row per day, as
-- \`tthc calendar --from ${range.from} --to ${range.to} --csv\`. rank counts working days from ${range.from}
-- (inclusive); a rest day keeps the rank of the working day before it. Drop the table first to
-- replace it with another range.
${DIALECT[dialect].preamble}BEGIN;
CREATE TABLE calendar (
  date DATE PRIMARY KEY,
  working BOOLEAN NOT NULL,
  kind VARCHAR NOT NULL,
  label_vi VARCHAR NOT NULL,
  label_en VARCHAR NOT NULL,
  rank INTEGER NOT NULL
);
`);
  let batch: string[] = [];
  const flush = () => {
    if (batch.length > 0) out(`INSERT INTO calendar VALUES\n${batch.join(",\n")};\n`);
    batch = [];
  };
  for (const day of days) {
    batch.push(
      `(DATE '${day.date}', ${day.working ? "TRUE" : "FALSE"}, ${literal(day.kind)}, ${literal(day.labelVi)}, ${literal(day.labelEn)}, ${day.rank})`,
    );
    if (batch.length === BATCH) flush();
  }
  flush();
  out("CREATE INDEX calendar_rank ON calendar (rank);\nCOMMIT;\n");
}

/**
 * The files of docs/sql/ and their text (the default options): written by scripts/generateSql.ts,
 * compared by test/sql/generate.test.ts.
 */
export function docsSqlFiles(): readonly { readonly path: string; readonly text: string }[] {
  return [
    { path: "docs/sql/processing_report.sql", text: processingReportSql("duckdb") },
    { path: "docs/sql/due_dates.sql", text: dueDatesSql("duckdb") },
    { path: "docs/sql/postgres/processing_report.sql", text: processingReportSql("postgres") },
    { path: "docs/sql/postgres/due_dates.sql", text: dueDatesSql("postgres") },
  ];
}

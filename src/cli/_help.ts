/**
 * Private to the CLI: the help of each command and of the whole CLI, and the columns the input
 * commands need. Loads nothing else, so `tthc report --help` works where zod is not installed.
 */

/** The version `tthc --version` prints (a test keeps it equal to package.json's). */
export { VERSION } from "../_internal/version.js";

/** Columns a CSV of dossiers must have: every received dossier needs them (src/report/_record.ts). */
export const REPORT_REQUIRED: readonly string[] = [
  "code",
  "procedureCode",
  "receivingAgency",
  "channel",
  "status",
  "receivedAt",
  "dueDate",
];

const DUE = `  tthc due <receivedAt> <limit> [--cutoff HH:mm] [--json]
        limit: 3d or 3wd (working days), 8h or 8wh (working hours), 15cd (calendar days), sameday;
        or written out: '3 working days', '3 ngày làm việc', '8 giờ làm việc', '15 ngày', 'trong ngày'
        e.g.  tthc due 2024-02-07T10:00+07:00 3d
`;
const HOLIDAYS = `  tthc holidays <year> [--makeup] [--json | --csv [--bom]]
        CSV columns: date, working, kind, label_vi, label_en, provisional, source
`;
const LUNAR = `  tthc lunar <YYYY-MM-DD> [--json]
`;
const CALENDAR = `  tthc calendar --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--json | --csv [--bom] | --sql [--dialect postgres|duckdb]]
        one row per day; CSV columns: date, working, kind, label_vi, label_en, rank (working days
        since --from, inclusive)
        --sql: bảng lịch cho cơ sở dữ liệu / the same rows as an SQL script (CREATE TABLE calendar,
        INSERTs, one transaction) for PostgreSQL (default) or DuckDB, read by tthc sql due-dates
`;
const REPORT = `  tthc report <dossiers.csv|.jsonl|-> --period <2026-10|2026-Q4|2026|from..to> [--by agency|competentAgency|sector|procedure|channel|none]
        [--as-of <instant>] [--reference resultReady|returned] [--granularity day|minute]
        [--classify-against original|reappointed] [--copies skip|count] [--decimals N] [--rounding halfUp|truncate]
        [--json | --csv [--bom]] [--html <page.html> [--lang vi|en]] [--strict] [--delimiter ,|;|tab] [--jobs N]
        CSV columns: ${REPORT_REQUIRED.join(", ")} (required; sector too with --by sector),
        sector, competentAgency, dueAt, originalDueDate, originalDueAt, resultReadyAt, returnedAt, closedAt,
        originDossierCode (optional)
        --csv: one line per group, then the total, keyed TOTAL (its key is "" in --json and the API,
        where "" is also a real group: no sector under --by sector, the only row under --by none)
        --jobs N: threads reading a CSV file (default: the cores available, one per 128 MiB of file at
        most); stdin and JSON Lines use one
        --html: also writes the report as one self-contained page (table, checks, charts; by month
        when the period spans months); needs the echarts package (npm install echarts)
`;
const SQL = `  tthc sql [report|due-dates] --dialect postgres|duckdb [--reference resultReady|returned] [--granularity day|minute]
        [--classify-against original|reappointed] [--copies skip|count] [--decimals N] [--rounding halfUp|truncate]
        [--zero-denominator null|N]
        in câu lệnh SQL / prints SQL: the view processing_report (report, the default) or due_dates,
        for PostgreSQL or DuckDB, the same as docs/sql. The report options are those of tthc report
        (--zero-denominator: the rate when nothing was resolved, default null) and are written into
        the view; the period, the report instant and the grouping are read when it is queried, from a
        table report_params (period_from, period_to, as_of, group_by): see the comment the output
        starts with. e.g.  tthc sql --dialect postgres | psql mydb
`;
const SIPAS = `  tthc sipas <responses.csv|.jsonl|-> [--by none|province|agency] [--method qd2640|qd1001] [--aggregate meanOfUnits|pooled]
        [--decimals N] [--rounding halfUp|truncate] [--json] [--html <page.html> [--lang vi|en]] [--strict] [--delimiter ,|;|tab]
        CSV columns: one per criterion of the method, e.g. access.1 (at least one); id; province (required
        with --by province); agency (required with --by agency)
        --html: also writes the indices as one self-contained page with charts by element, criterion
        or unit against 89 %; needs the echarts package (npm install echarts)
`;
const URGENT = `  tthc urgent <states.jsonl|-> --procedure <procedure.json|FIXTURE_NAME> --at <instant>
        [--within 8wh|1d|'2 ngày làm việc'] [--levels overdue,dueToday,dueSoon] [--agency <code or unit>]
        [--step-role <role>] [--json | --csv [--bom]] [--strict]
        the dossiers that need attention at --at (required; no clock is read), most urgent first.
        Input: JSON Lines, one dossier state per line: a workflow snapshot or a bare dossier state;
        '-' reads standard input. Every state must follow the procedure: a JSON file of a procedure
        record, or a bundled one by name (BIRTH_REGISTRATION, BIRTH_INTER_AGENCY_GROUP,
        FIRST_LAND_REGISTRATION, PRIVATE_ENTERPRISE_REGISTRATION, CONSTRUCTION_PERMIT); a name that
        is none of these is a usage error (exit 2); a procedure file that cannot be read or is not a
        valid record stops the run (exit 1).
        --within: when a dossier or step is due soon, in working hours or working days (default 1d);
        --levels: among overdue, dueToday, dueSoon, paused, onTrack, finished (of the dossier or of
        its step in progress; default overdue,dueToday,dueSoon).
        Columns (table and --csv):
          code, level, remaining, dueAt, stepOrder, stepName, stepLevel, stepRemaining
        (remaining: "Còn … / Quá …" working time; step*: the internal-workflow step in progress).
        --json: the list as listUrgent gives it, with line numbers, and counts by level.
        A bad line is reported with its number and skipped; --strict stops at it (exit 1).
        e.g.  tthc urgent dossiers.jsonl --procedure BIRTH_INTER_AGENCY_GROUP --at 2026-03-31T09:00+07:00 --within 8wh
`;
const INPUT = `        Input: '-' reads standard input (JSON Lines if it starts with '{', else CSV).
        CSV: header line first; the delimiter (, ; or tab) is read from it unless --delimiter is given.
        --strict stops at the first bad row (exit 1); without it bad rows are reported by line and skipped.
`;
const FOOTER = `
Every command: -h, --help prints its help. --bom (with --csv) starts the CSV with a UTF-8 byte order
mark, for Excel. Boolean options also take =true or =false (--json=false).
Mã thoát / exit codes: 0 xong / done; 1 lỗi khi chạy / failure while running (unreadable file, missing
columns, a bad row under --strict); 2 lỗi cú pháp / usage error (bad option or argument).
`;

/** The commands, with their options and help. */
export const COMMANDS = {
  due: { booleans: ["json"], values: ["cutoff"], usage: DUE },
  holidays: { booleans: ["json", "csv", "bom", "makeup"], values: [], usage: HOLIDAYS },
  lunar: { booleans: ["json"], values: [], usage: LUNAR },
  calendar: { booleans: ["json", "csv", "bom", "sql"], values: ["from", "to", "dialect"], usage: CALENDAR },
  report: {
    booleans: ["json", "csv", "bom", "strict"],
    values: [
      "period",
      "by",
      "as-of",
      "reference",
      "granularity",
      "classify-against",
      "copies",
      "decimals",
      "rounding",
      "delimiter",
      "jobs",
      "html",
      "lang",
    ],
    usage: REPORT + INPUT,
  },
  sipas: {
    booleans: ["json", "strict"],
    values: ["by", "method", "aggregate", "decimals", "rounding", "delimiter", "html", "lang"],
    usage: SIPAS + INPUT,
  },
  sql: {
    booleans: [],
    values: [
      "dialect",
      "reference",
      "granularity",
      "classify-against",
      "copies",
      "decimals",
      "rounding",
      "zero-denominator",
    ],
    usage: SQL,
  },
  urgent: {
    booleans: ["json", "csv", "bom", "strict"],
    values: ["procedure", "at", "within", "levels", "agency", "step-role"],
    usage: URGENT,
  },
} as const satisfies Record<string, { booleans: readonly string[]; values: readonly string[]; usage: string }>;

/** A command's name. */
export type Command = keyof typeof COMMANDS;

/** Whether `word` names a command. */
export const isCommand = (word: string | undefined): word is Command =>
  word !== undefined && Object.hasOwn(COMMANDS, word);

/** The help of the whole CLI (`tthc --help`, and on stderr for a bare `tthc`). */
export const HELP = `tthc — Vietnamese working days, holidays, lunar dates and due dates (thủ tục hành chính)

Usage:
${DUE}${HOLIDAYS}${LUNAR}${CALENDAR}${SQL}${REPORT}${SIPAS}${INPUT}${URGENT}  tthc <command> --help
  tthc --help | --version
${FOOTER}`;

/** The help of one command (`tthc due --help`), also printed after its usage errors. */
export const helpOf = (command: Command): string => `Usage:\n${COMMANDS[command].usage}${FOOTER}`;

/**
 * `tthc` command line: due dates, holidays, lunar dates, the day table for SQL engines, the
 * streaming processing report and SIPAS index, and the early warning over dossier states.
 * Exit codes: 0 done; 1 a failure while running (a file that cannot be read, missing columns, a bad
 * row under `--strict`); 2 a usage error (a bad option or argument, or no command), with a message
 * in Vietnamese and English.
 *
 * `report`, `sipas` and `urgent` need zod (through the models) and are loaded with `import()` only when
 * run: the other commands work where zod is not installed. `sql` and `calendar --sql` load the SQL
 * generator the same way, so that no other command pays for it.
 */

import { canChi, createWorkingCalendar, type DayInfo, toLunar } from "../calendar/index.js";
import { computeDueDate, parseDuration } from "../deadline/index.js";
import { type Args, asks, readArgs } from "./_args.js";
import { exitCodeOf, RunError, UsageError, type Writer } from "./_errors.js";
import { COMMANDS, type Command, HELP, helpOf, isCommand, VERSION } from "./_help.js";
import type { CliContext } from "./_input.js";
import { csvWriter, formatTable } from "./_output.js";

/** The commands that need only the calendar and deadlines (no zod). */
type CalendarCommand = Exclude<Command, StreamingCommand | "sql">;

/** The commands that read dossiers and need zod, loaded on demand. */
type StreamingCommand = "report" | "sipas" | "urgent";

/** Options that take a value, over all commands: the word after one is not a command. */
const VALUE_OPTIONS = new Set(Object.values(COMMANDS).flatMap((c) => c.values.map((v) => `--${v}`)));

/** The command word of `argv` (the first positional word before any `--`) and its index, or `-1`. */
function commandIndex(argv: readonly string[]): number {
  for (let k = 0; k < argv.length && argv[k] !== "--"; k++) {
    const word = argv[k]!;
    if (!word.startsWith("-") || word === "-") return k;
    if (VALUE_OPTIONS.has(word)) k++; // its value
  }
  return -1;
}

function format(flags: Args["flags"]): "json" | "csv" | "table" {
  if (flags.has("json") && flags.has("csv")) throw new UsageError("choose one of --json and --csv");
  if (flags.has("bom") && !flags.has("csv")) throw new UsageError("--bom goes with --csv");
  return flags.has("json") ? "json" : flags.has("csv") ? "csv" : "table";
}

/**
 * Runs the CLI; returns the exit code (a promise for the streaming `report`, `sipas` and `urgent` commands).
 * Output goes through the given writers (testable).
 */
export function run(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: CliContext = {},
): number | Promise<number> {
  // A bare `tthc` is a usage error (nothing to do): the help on stderr, exit 2, stdout left empty.
  if (argv.length === 0) {
    err(HELP);
    return 2;
  }
  const at = commandIndex(argv);
  const word = at < 0 ? undefined : argv[at];
  const rest = at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (asks(argv, "help") || word === "help") {
    const topic = word === "help" ? rest.find((w) => isCommand(w)) : word;
    out(isCommand(topic) ? helpOf(topic) : HELP);
    return 0;
  }
  if (asks(argv, "version")) {
    out(`tthc ${VERSION}\n`);
    return 0;
  }
  if (word === "report" || word === "sipas" || word === "urgent") return runStreaming(word, rest, out, err, context);
  if (word === "sql") return import("./sql.js").then((sql) => sql.runSql(rest, out, err));
  try {
    if (word === undefined)
      throw new UsageError("missing command (due, holidays, lunar, calendar, sql, report, sipas, urgent)");
    if (!isCommand(word)) throw new UsageError(`unknown command '${word}'`);
    const { booleans, values } = COMMANDS[word];
    const code = runCalendarCommand(word as CalendarCommand, readArgs(rest, booleans, values), out);
    return typeof code === "number" ? code : code.catch((error: unknown) => exitCodeOf(error, err, helpOf(word)));
  } catch (error) {
    return exitCodeOf(error, err, isCommand(word) ? helpOf(word) : HELP);
  }
}

/** `report`, `sipas` and `urgent`, loaded on demand: they need zod, which the other commands do not. */
async function runStreaming(
  command: StreamingCommand,
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: CliContext,
): Promise<number> {
  try {
    if (command === "report") return await (await import("./report.js")).runReport(argv, out, err, context);
    if (command === "urgent") return await (await import("./urgent.js")).runUrgent(argv, out, err, context);
    return await (await import("./sipas.js")).runSipas(argv, out, err, context);
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    if (code === "ERR_MODULE_NOT_FOUND" && typeof message === "string" && message.includes("'zod'")) {
      return exitCodeOf(
        new RunError(`Lệnh ${command} cần gói zod / the ${command} command needs the zod package: npm i zod`),
        err,
        "",
      );
    }
    throw error;
  }
}

/**
 * `due`, `holidays`, `lunar` and `calendar`: the commands that need only the calendar and deadlines
 * (a promise for `calendar --sql`, which loads the SQL generator).
 */
function runCalendarCommand(command: CalendarCommand, args: Args, out: Writer): number | Promise<number> {
  const { positional: rest, flags } = args;
  const calendar = createWorkingCalendar();
  switch (command) {
    case "due": {
      if (rest.length !== 2) throw new UsageError("due needs <receivedAt> and <limit>");
      const cutoff = flags.get("cutoff");
      const result = computeDueDate({
        receivedAt: rest[0]!,
        duration: parseDuration(rest[1]!),
        calendar,
        ...(typeof cutoff === "string" ? { cutoff } : {}),
      });
      if (flags.has("json")) {
        out(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      out(`Hạn trả kết quả / due: ${result.dueDate} (${result.dueAt})\n`);
      if (result.skipped.length > 0) {
        out("Ngày nghỉ bỏ qua / days skipped:\n");
        for (const day of result.skipped) out(`  ${day.date}  ${day.label.vi} — ${day.label.en}\n`);
      }
      out("Cách tính / reasoning:\n");
      for (const step of result.trace) out(`  [${step.rule}] ${step.vi}\n`);
      return 0;
    }
    case "holidays": {
      if (rest.length !== 1 || !/^\d{4}$/.test(rest[0]!))
        throw new UsageError("holidays needs a year, e.g. tthc holidays 2026");
      const how = format(flags);
      const days = calendar.holidays(Number(rest[0]), { includeMakeupWorkdays: flags.has("makeup") });
      if (how === "json") out(`${JSON.stringify(days, null, 2)}\n`);
      else if (how === "csv") {
        const csv = csvWriter(out, flags.has("bom"));
        csv.header(["date", "working", "kind", "label_vi", "label_en", "provisional", "source"]);
        for (const d of days) {
          csv.row([d.date, d.working, d.kind, d.label.vi, d.label.en, d.provisional === true, d.source ?? ""]);
        }
      } else {
        const rows = days.map((d) => [d.date, d.kind, d.label.vi, d.provisional ? "provisional" : ""]);
        out(`${formatTable([["Ngày", "Loại", "Tên", "Tạm tính"], ...rows])}\n`);
      }
      return 0;
    }
    case "lunar": {
      if (rest.length !== 1) throw new UsageError("lunar needs a date YYYY-MM-DD");
      const lunar = toLunar(rest[0]!);
      const name = canChi(lunar.year);
      if (flags.has("json")) out(`${JSON.stringify({ ...lunar, canChi: name }, null, 2)}\n`);
      else {
        const leap = lunar.leap ? " (nhuận / leap)" : "";
        out(
          `${rest[0]} = ngày ${lunar.day} tháng ${lunar.month}${leap} năm ${name.vi} (${lunar.year}) — lunar ${lunar.day}/${lunar.month}${lunar.leap ? " leap" : ""}, year of the ${name.en}\n`,
        );
      }
      return 0;
    }
    case "calendar": {
      const from = flags.get("from");
      const to = flags.get("to");
      if (typeof from !== "string" || typeof to !== "string") throw new UsageError("calendar needs --from and --to");
      const sql = flags.has("sql");
      if (sql && (flags.has("json") || flags.has("csv"))) throw new UsageError("choose one of --json, --csv and --sql");
      if (flags.has("dialect") && !sql) throw new UsageError("--dialect goes with --sql");
      const how = format(flags);
      const span = calendar.workingDaysBetween(from, to);
      if (span < 0 || from > to) throw new UsageError("--from must not be after --to");
      if (sql) {
        const days = daysOf(calendar, from, to);
        const dialect = flags.get("dialect") ?? "postgres";
        return import("./sql.js").then((m) => m.writeCalendarSql(dialect, { from, to }, days, out));
      }
      const csv = csvWriter(out, flags.has("bom"));
      if (how === "csv") csv.header(["date", "working", "kind", "label_vi", "label_en", "rank"]);
      if (how === "json") out("[\n");
      let first = true;
      for (const { info, rank } of daysOf(calendar, from, to)) {
        if (how === "csv") csv.row([info.date, info.working, info.kind, info.label.vi, info.label.en, rank]);
        else if (how === "json") {
          out(
            `${first ? "" : ",\n"}  ${JSON.stringify({ date: info.date, working: info.working, kind: info.kind, label: info.label, rank })}`,
          );
        } else
          out(
            `${info.date}  ${info.working ? "làm việc" : "nghỉ    "}  ${String(rank).padStart(5)}  ${info.label.vi}\n`,
          );
        first = false;
      }
      if (how === "json") out("\n]\n");
      return 0;
    }
  }
}

/**
 * The days `from` … `to` (valid, in order) with their rank: working days counted from `from`,
 * inclusive; a rest day keeps the rank of the working day before it. The rows of `tthc calendar`.
 */
function* daysOf(
  calendar: ReturnType<typeof createWorkingCalendar>,
  from: string,
  to: string,
): Generator<{ readonly info: DayInfo; readonly rank: number }> {
  let rank = calendar.isWorkingDay(from) ? 1 : 0;
  for (let day = from; ; day = nextDay(day)) {
    const info = calendar.dayInfo(day);
    if (day !== from && info.working) rank++;
    yield { info, rank };
    if (day === to) return;
  }
}

function nextDay(date: string): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * `tthc` command line: due dates, holidays, lunar dates, the day table for SQL engines, and the
 * streaming processing report and SIPAS index.
 * Exit codes: 0 done; 1 a failure while running (a file that cannot be read, missing columns, a bad
 * row under `--strict`); 2 a usage error (a bad option or argument), with a message in Vietnamese
 * and English.
 */

import { formatCsvField } from "../_internal/csv.js";
import { canChi, createWorkingCalendar, toLunar } from "../calendar/index.js";
import type { Duration } from "../deadline/index.js";
import { computeDueDate } from "../deadline/index.js";
import { formatTthcError, isTthcError, type TthcError } from "../errors.js";
import { type Args, readArgs, UsageError } from "./_args.js";
import { REPORT_HELP, runReport, runSipas } from "./report.js";

const HELP = `tthc — Vietnamese working days, holidays, lunar dates and due dates (thủ tục hành chính)

Usage:
  tthc due <receivedAt> <limit> [--cutoff HH:mm] [--json]
        limit: 3d (working days), 8h (working hours), 15cd (calendar days), sameday (trong ngày)
        e.g.  tthc due 2024-02-07T10:00+07:00 3d
  tthc holidays <year> [--makeup] [--json | --csv]
  tthc lunar <YYYY-MM-DD> [--json]
  tthc calendar --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--csv | --json]
        one row per day: date, working, kind, label, rank (working days since --from, inclusive)
${REPORT_HELP}
  tthc --help | --version

Boolean options also take =true or =false (--json=false).
Mã thoát / exit codes: 0 xong / done; 1 lỗi khi chạy / failure while running (unreadable file, missing
columns, a bad row under --strict); 2 lỗi cú pháp / usage error (bad option or argument).
`;

/** The options of the commands above (the streaming ones read their own). */
const BOOLEANS = ["json", "csv", "makeup", "help", "version"];
const VALUES = ["cutoff", "from", "to"];

function parseLimit(text: string): Duration {
  if (/^(sameday|trongngay)$/i.test(text)) return { value: 1, unit: "sameDay" };
  const m = /^(\d+(?:\.\d+)?)(d|wd|h|cd)$/i.exec(text);
  if (m === null) throw new UsageError(`limit '${text}' is not like 3d, 8h, 15cd or sameday`);
  const value = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return { value, unit: unit === "h" ? "workingHours" : unit === "cd" ? "calendarDays" : "workingDays" };
}

/** One CSV cell (the project's one quoting rule). */
const csvCell = (value: string | number | boolean): string => formatCsvField(value);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function format(flags: Args["flags"]): "json" | "csv" | "table" {
  if (flags.has("json") && flags.has("csv")) throw new UsageError("choose one of --json and --csv");
  return flags.has("json") ? "json" : flags.has("csv") ? "csv" : "table";
}

function allowFlags(flags: Args["flags"], allowed: readonly string[]): void {
  for (const name of flags.keys()) if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
}

/**
 * Runs the CLI; returns the exit code (a promise for the streaming `report` and `sipas` commands).
 * Output goes through the given writers (testable).
 */
export function run(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  errIsTTY = false,
): number | Promise<number> {
  // The streaming commands parse their own flags (which take values), so they go first.
  if (argv[0] === "report") return runReport(argv.slice(1), out, err, { errIsTTY });
  if (argv[0] === "sipas") return runSipas(argv.slice(1), out, err, { errIsTTY });
  try {
    const { positional, flags } = readArgs(argv, BOOLEANS, VALUES);
    const [command, ...rest] = positional;
    if (flags.has("help") || command === "help" || (command === undefined && !flags.has("version"))) {
      out(HELP);
      return command === undefined && !flags.has("help") ? 2 : 0;
    }
    if (flags.has("version")) {
      out("tthc 0.1.0\n");
      return 0;
    }
    const calendar = createWorkingCalendar();
    switch (command) {
      case "due": {
        allowFlags(flags, ["cutoff", "json"]);
        if (rest.length !== 2) throw new UsageError("due needs <receivedAt> and <limit>");
        const cutoff = flags.get("cutoff");
        const result = computeDueDate({
          receivedAt: rest[0]!,
          duration: parseLimit(rest[1]!),
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
        allowFlags(flags, ["json", "csv", "makeup"]);
        if (rest.length !== 1 || !/^\d{4}$/.test(rest[0]!))
          throw new UsageError("holidays needs a year, e.g. tthc holidays 2026");
        const days = calendar.holidays(Number(rest[0]), { includeMakeupWorkdays: flags.has("makeup") });
        const how = format(flags);
        if (how === "json") out(`${JSON.stringify(days, null, 2)}\n`);
        else if (how === "csv") {
          out("date,kind,working,label_vi,label_en,provisional,source\n");
          for (const d of days) {
            out(
              `${[d.date, d.kind, d.working, d.label.vi, d.label.en, d.provisional === true, d.source ?? ""].map(csvCell).join(",")}\n`,
            );
          }
        } else {
          out(
            `${table([["Ngày", "Loại", "Tên", "Tạm tính"], ...days.map((d) => [d.date, d.kind, d.label.vi, d.provisional ? "provisional" : ""])])}\n`,
          );
        }
        return 0;
      }
      case "lunar": {
        allowFlags(flags, ["json"]);
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
        allowFlags(flags, ["from", "to", "csv", "json"]);
        const from = flags.get("from");
        const to = flags.get("to");
        if (typeof from !== "string" || typeof to !== "string") throw new UsageError("calendar needs --from and --to");
        const how = format(flags);
        let rank = calendar.isWorkingDay(from) ? 1 : 0;
        const span = calendar.workingDaysBetween(from, to);
        if (span < 0 || from > to) throw new UsageError("--from must not be after --to");
        if (how === "csv") out("date,working,kind,label_vi,label_en,rank\n");
        if (how === "json") out("[\n");
        let day = from;
        let first = true;
        for (;;) {
          const info = calendar.dayInfo(day);
          if (day !== from && info.working) rank++;
          if (how === "csv")
            out(`${[info.date, info.working, info.kind, info.label.vi, info.label.en, rank].map(csvCell).join(",")}\n`);
          else if (how === "json") {
            out(
              `${first ? "" : ",\n"}  ${JSON.stringify({ date: info.date, working: info.working, kind: info.kind, label: info.label, rank })}`,
            );
          } else
            out(
              `${info.date}  ${info.working ? "làm việc" : "nghỉ    "}  ${String(rank).padStart(5)}  ${info.label.vi}\n`,
            );
          first = false;
          if (day === to) break;
          day = nextDay(day);
        }
        if (how === "json") out("\n]\n");
        return 0;
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`Lỗi cú pháp / usage error: ${error.message}\n\n${HELP}`);
      return 2;
    }
    if (isTthcError(error)) {
      err(`${formatTthcError(error as TthcError, "vi")}\n${formatTthcError(error as TthcError, "en")}\n`);
      return 2;
    }
    throw error;
  }
}

function nextDay(date: string): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  return new Date(t).toISOString().slice(0, 10);
}

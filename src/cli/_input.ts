/**
 * Private to the CLI: the options `report`, `sipas` and `urgent` share (reading argv, `--delimiter`,
 * `--decimals`) and what they need from the process.
 */

import type { CsvDelimiter } from "../_internal/csv.js";
import { readArgs } from "./_args.js";
import { UsageError, type Writer } from "./_errors.js";
import { COMMANDS, helpOf, VERSION } from "./_help.js";

/** What the commands need from the process, injected so tests can drive them. */
export interface CliContext {
  /** Whether stderr is a terminal: only then is a progress bar drawn. @defaultValue `false` */
  readonly errIsTTY?: boolean;
  /** What the input file `-` reads. @defaultValue `process.stdin` */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /**
   * `tthc report` over a CSV file: the fewest bytes worth a thread of their own (tests set it low
   * to cut small files). @defaultValue 128 MiB
   */
  readonly smallestRange?: number;
}

/**
 * `[file, flags]` of a streaming command's argv (a boolean option that is on maps to `"true"`);
 * with `--help` or `--version` it prints the command's help or the version to `out` and gives
 * `undefined`: the command is done, exit 0.
 */
export function readInputArgs(
  argv: readonly string[],
  command: "report" | "sipas" | "urgent",
  out: Writer,
): [string, Map<string, string>] | undefined {
  const { booleans, values } = COMMANDS[command];
  const { positional, flags } = readArgs(argv, booleans, values);
  const read = new Map<string, string>();
  for (const [name, value] of flags) read.set(name, value === true ? "true" : value);
  if (flags.has("help") || flags.has("version")) {
    out(flags.has("help") ? helpOf(command) : `tthc ${VERSION}\n`);
    return undefined;
  }
  if (positional.length !== 1) throw new UsageError("give exactly one input file (.csv or .jsonl, or - for stdin)");
  if (flags.has("json") && flags.has("csv")) throw new UsageError("choose one of --json and --csv");
  if (flags.has("bom") && !flags.has("csv")) throw new UsageError("--bom goes with --csv");
  if (flags.has("lang") && !flags.has("html")) throw new UsageError("--lang goes with --html");
  return [positional[0]!, read];
}

/** The `--delimiter` option: `,` `;` `tab` or `\t`; `undefined` (detect from the header) when absent. */
export function readDelimiter(flags: Map<string, string>): CsvDelimiter | undefined {
  const value = flags.get("delimiter");
  if (value === undefined) return undefined;
  if (value === "," || value === ";") return value;
  if (value === "tab" || value === "\\t" || value === "\t") return "\t";
  throw new UsageError(`--delimiter must be ',', ';' or 'tab', got '${value}'`);
}

/** `--decimals N` as a number when it is digits (else as given, for the library to refuse). */
export function readDecimals(flags: Map<string, string>, options: Record<string, unknown>): void {
  const decimals = flags.get("decimals");
  if (decimals !== undefined) options["decimals"] = /^\d+$/.test(decimals) ? Number(decimals) : decimals;
}

/** A bad row on stderr, in both languages. */
export function badRow(err: (s: string) => void, line: number, en: string, vi: string): void {
  err(`Dòng ${line}: ${vi} | line ${line}: ${en}\n`);
}

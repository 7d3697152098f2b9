/**
 * Private to the CLI: reading the command line with Node's `parseArgs`. Every command also takes
 * `-h`/`--help` and `-v`/`-V`/`--version`.
 */

import { parseArgs } from "node:util";
import { UsageError } from "./_errors.js";

/** Positional words and options: a value option maps to its text, a boolean that is on to `true`. */
export interface Args {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** Parses `--x=true` / `--x=false` of a boolean option: the word, or `null` to drop it (false). */
function booleanWord(name: string, value: string): string | null {
  const v = value.toLowerCase();
  if (v === "true") return `--${name}`;
  if (v === "false") return null;
  throw new UsageError(`--${name} takes no value other than true or false, got '${value}'`);
}

/**
 * Reads `argv`: `values` take a value (`--period 2026-10` or `--period=2026-10`), `booleans`
 * none, or `=true` / `=false`; the last occurrence wins (`--json --json=false` is off); `help` and
 * `version` (`-h`, `-v`, `-V`) are always known. Anything else is a {@link UsageError}.
 */
export function readArgs(argv: readonly string[], booleans: readonly string[], values: readonly string[]): Args {
  const flagsOnly = [...booleans, "help", "version"];
  // `parseArgs` refuses `--json=false`; rewrite booleans first (up to a `--`, after which all is positional).
  let words: string[] = [];
  let k = 0;
  for (; k < argv.length && argv[k] !== "--"; k++) {
    const word = argv[k] === "-V" ? "--version" : argv[k]!;
    const m = /^--([^=]+)=(.*)$/s.exec(word);
    if (m !== null && flagsOnly.includes(m[1]!)) {
      const name = m[1]!;
      const kept = booleanWord(name, m[2]!);
      words = words.filter((w) => w !== `--${name}`);
      if (kept !== null) words.push(kept);
    } else words.push(word);
  }
  words.push(...argv.slice(k));
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
  };
  for (const name of booleans) options[name] = { type: "boolean" };
  for (const name of values) options[name] = { type: "string" };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: words, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === "string") flags.set(name, value);
    else if (value === true) flags.set(name, true);
  }
  return { positional: parsed.positionals, flags };
}

/** A short message for an error of `parseArgs` (its own are long and English only). */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  const code = (error as { code?: unknown }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (/argument missing/.test(message)) return `${option} needs a value`;
  if (/ambiguous/.test(message)) return `${option} needs a value (write ${option}=-… for one starting with '-')`;
  if (/does not take an argument/.test(message)) return `${option} takes no value`;
  return message.split("\n")[0]!;
}

/** Whether the words before any `--` ask for `help` or `version` (`-h`, `--help`, `--help=true`…). */
export function asks(argv: readonly string[], what: "help" | "version"): boolean {
  const short = what === "help" ? ["-h"] : ["-v", "-V"];
  for (const word of argv) {
    if (word === "--") return false;
    if (short.includes(word) || word === `--${what}` || word.toLowerCase() === `--${what}=true`) return true;
  }
  return false;
}

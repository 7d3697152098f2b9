/**
 * Private to the CLI: its two kinds of failure and the one mapping of an error to a message and
 * an exit code (0 done; 1 a failure while running; 2 a usage error).
 */

import { formatTthcError, isTthcError } from "../errors.js";

/** A bad option or argument: the CLI prints it with the command's help and exits 2. */
export class UsageError extends Error {}

/** A failure while running (unreadable file, missing columns, bad row under `--strict`): exit 1, one message. */
export class RunError extends Error {}

/** Where output goes: one string at a time. */
export type Writer = (s: string) => void;

/**
 * Prints `error` on `err` and returns its exit code: 2 for a {@link UsageError} (followed by
 * `help`) or a library error about an argument (a `TthcError`), 1 for a {@link RunError}.
 * Anything else is a bug and is thrown again.
 */
export function exitCodeOf(error: unknown, err: Writer, help: string): 1 | 2 {
  if (error instanceof UsageError) {
    err(`Lỗi cú pháp / usage error: ${error.message}\n\n${help}`);
    return 2;
  }
  if (error instanceof RunError) {
    err(`${error.message}\n`);
    return 1;
  }
  if (isTthcError(error)) {
    err(`${formatTthcError(error, "vi")}\n${formatTthcError(error, "en")}\n`);
    return 2;
  }
  throw error;
}

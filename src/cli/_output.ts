/**
 * Private to the CLI: the one table printer and the one CSV writer of every command.
 */

import { formatCsvField } from "../_internal/csv.js";
import type { Writer } from "./_errors.js";

/** How the columns of {@link formatTable} line up. */
export type TableAlign = "left" | "numbers";

/**
 * Rows as a text table, columns two spaces apart, widths by code point so Vietnamese lines up.
 * `left` aligns every column left; `numbers` aligns the first column left and the others right.
 */
export function formatTable(rows: readonly (readonly string[])[], align: TableAlign = "left"): string {
  const width = (s: string) => Array.from(s).length;
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => {
          const pad = " ".repeat(widths[c]! - width(cell));
          return align === "numbers" && c > 0 ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only with it (`--bom`). */
const BOM = "\uFEFF";

/**
 * The CSV writer of every `--csv` output: `header()` once, then `row()` per line; fields are
 * quoted by the project's one rule (`formatCsvField`), lines end in LF, and `bom` puts a UTF-8
 * byte order mark before the header.
 */
export function csvWriter(out: Writer, bom: boolean) {
  return {
    header(names: readonly string[]): void {
      out(`${bom ? BOM : ""}${names.join(",")}\n`);
    },
    row(values: readonly unknown[]): void {
      out(`${values.map((v) => formatCsvField(v)).join(",")}\n`);
    },
  };
}

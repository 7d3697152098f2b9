/**
 * `tthc sipas`: streams a CSV or JSON Lines file (or stdin) of survey responses (constant memory)
 * into SIPAS indices. Invalid responses are reported with their line numbers and left out; they
 * never stop the run unless `--strict` (exit 1). A file that cannot be read, or a CSV header
 * without the needed columns, stops the run before any row (exit 1); a bad option exits 2.
 * Node-only, and needs zod (through the survey models): src/cli/main.ts loads it only for `sipas`.
 */

import { createSipasAccumulator, SIPAS_QD_1001, SIPAS_QD_2640, type SipasMethod } from "../indices/index.js";
import { exitCodeOf, RunError, UsageError, type Writer } from "./_errors.js";
import { helpOf } from "./_help.js";
import { badRow, type CliContext, readDecimals, readDelimiter, readInputArgs } from "./_input.js";
import { formatTable } from "./_output.js";
import { readRows } from "./_readers.js";

const METHODS: Readonly<Record<string, SipasMethod>> = { qd2640: SIPAS_QD_2640, qd1001: SIPAS_QD_1001 };

/**
 * `tthc sipas <file>`: SIPAS indices of a CSV (columns `id`, `province`, `agency` and one per
 * criterion id, e.g. `access.1`) or JSON Lines file of responses (`-`: standard input). A CSV must
 * have at least one criterion column, and the unit's column (`province`, `agency`) when grouping by it.
 *
 * @returns Exit code: 0; 1 for a file that cannot be read, missing columns, or an invalid response
 * under `--strict`; 2 for a usage error (bad option or argument).
 */
export async function runSipas(
  argv: readonly string[],
  out: Writer,
  err: Writer,
  context: CliContext = {},
): Promise<number> {
  try {
    const args = readInputArgs(argv, "sipas", out);
    if (args === undefined) return 0;
    const [path, flags] = args;
    const delimiter = readDelimiter(flags);
    const methodName = flags.get("method") ?? "qd2640";
    const method = METHODS[methodName];
    if (method === undefined) throw new UsageError(`--method must be qd2640 or qd1001, got '${methodName}'`);
    const options: Record<string, unknown> = { method, maxInvalidDetails: 0 };
    for (const key of ["by", "aggregate", "rounding"]) if (flags.has(key)) options[key] = flags.get(key);
    readDecimals(flags, options);
    const accumulator = createSipasAccumulator(options);
    // --html: the page module (and ECharts) loaded before the input is read.
    const html = flags.get("html");
    const page = html === undefined ? undefined : await import("./_page.js");
    const language = page?.readPageLanguage(flags) ?? "vi";
    await page?.preparePage();
    const criteria = new Set(method.elements.flatMap((e) => e.criteria.map((c) => c.id)));
    const known = (name: string) => name === "id" || name === "province" || name === "agency" || criteria.has(name);
    let strictStop = false;
    const by = flags.get("by");
    const missing = (header: readonly string[]): string[] => [
      ...(by === "province" || by === "agency" ? [by].filter((name) => !header.includes(name)) : []),
      ...(header.some((name) => criteria.has(name)) ? [] : [`${[...criteria][0]} … (${method.legalBasis})`]),
    ];
    const settings = {
      known,
      missing,
      delimiter,
      err,
      tty: context.errIsTTY === true,
      stdin: context.stdin ?? process.stdin,
    };
    await readRows(path, settings, (row) => {
      let problem: string | undefined = row.error;
      if (problem === undefined) {
        const { id, province, agency, ...answers } = row.fields!;
        const parsed: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(answers)) {
          parsed[key] = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
        }
        const response = {
          ...(id === undefined ? {} : { id: String(id) }),
          ...(province === undefined ? {} : { province }),
          ...(agency === undefined ? {} : { agency }),
          answers: parsed,
        };
        const invalid = accumulator.add(response, row.line);
        if (invalid !== undefined) problem = invalid.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      } else accumulator.add(null, row.line); // counted as an invalid response
      if (problem === undefined) return true;
      badRow(err, row.line, problem, `phiếu không hợp lệ — ${row.errorVi ?? problem}`);
      strictStop = flags.has("strict");
      return !strictStop;
    });
    if (strictStop) {
      throw new RunError("--strict: dừng ở phiếu lỗi đầu tiên / stopped at the first invalid response");
    }
    const result = accumulator.result();
    if (result.responses.invalid > 0) {
      err(`${result.responses.invalid} phiếu không hợp lệ bị loại / invalid responses left out\n`);
    }
    if (page !== undefined && html !== undefined) await page.writeSipasPage(html, result, language, err);
    if (flags.has("json")) {
      out(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const codes = method.elements.map((e) => e.code);
    const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "N/A" : String(v));
    const lines = result.units.map((u) => [
      u.unit === "" ? "(tất cả)" : u.unit,
      String(u.responses),
      ...codes.map((c) => fmt(u.elements[c])),
      fmt(u.index),
    ]);
    lines.push([
      "Chung/overall",
      String(result.responses.valid),
      ...codes.map((c) => fmt(result.overall.elements[c])),
      fmt(result.overall.index),
    ]);
    out(`SIPAS ${method.legalBasis}, ${result.aggregate}\n`);
    out(`${formatTable([["Đơn vị/unit", "Phiếu", ...codes, "SIPAS"], ...lines], "numbers")}\n`);
    out(
      `Phiếu / responses: ${result.responses.total}; hợp lệ / valid: ${result.responses.valid}; không hợp lệ / invalid: ${result.responses.invalid}\n`,
    );
    return 0;
  } catch (error) {
    return exitCodeOf(error, err, helpOf("sipas"));
  }
}

/**
 * Private: reads a processing report handed to the page (often parsed from `tthc report --json`)
 * and lists where its figures do not agree. A value of the wrong kind is refused (`TthcError`);
 * figures of the right kind that do not add up are returned as problems, for the page to show.
 */
import { checkCount, checkObject, describe, mustBe, type Path } from "../_internal/checks.js";
import { isTthcError, TthcError } from "../errors.js";
import {
  checkProcessingInvariants,
  computeOnTimeRate,
  createReportAccumulator,
  DEFAULT_REPORT_OPTIONS,
  PROCESSING_COLUMNS,
  type ProcessingReport,
  type ProcessingRow,
  parseReportPeriod,
  type ReportOptions,
  type ReportPeriod,
} from "../report/index.js";

const REPORT_KEYS = ["period", "evaluatedAt", "by", "rows", "total", "records"];
/** `invalid`: the bad rows `tthc report --json` adds to the records. */
const RECORDS_KEYS = ["total", "interAgencyCopies", "notReceived", "outsidePeriod", "invalid"];
const ROW_KEYS: readonly string[] = PROCESSING_COLUMNS;
const COUNT_NAMES = PROCESSING_COLUMNS.filter(
  (c): c is Exclude<keyof ProcessingRow, "key" | "onTimeRate"> => c !== "key" && c !== "onTimeRate",
);

/** Runs `read`, with the path of any `TthcError` it throws put under `path`. */
function under<T>(path: Path, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isTthcError(error) || path.length === 0) throw error;
    const at = [...path, ...error.path];
    return rethrow(error, at);
  }
}
function rethrow(error: TthcError, path: Path): never {
  throw new TthcError(error.code, `${path.join(".")}: ${error.message}`, {
    path,
    messageVi: `${path.join(".")}: ${error.messageVi}`,
    ...(error.details === undefined ? {} : { details: error.details }),
    cause: error,
  });
}

/**
 * The error of a field whose name is an English word (`invalid`): the name quoted as code, so that
 * the Vietnamese message reads as Vietnamese.
 */
export function named(path: Path, en: string, vi: string, got: unknown): TthcError {
  const field = `'${path.join(".")}'`;
  return new TthcError("INVALID_COUNT", `${field} must be ${en}, got ${describe(got)}`, {
    path,
    messageVi: `${field} phải là ${vi}, nhận được ${describe(got)}`,
    details: { value: got },
  });
}

/** A count in a field named by an English word (see {@link named}). */
export function namedCount(value: unknown, path: Path): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  throw named(path, "a whole number ≥ 0", "số nguyên không âm", value);
}

/** A report row: the known columns, whole counts, a rate that is `null` or a finite number in 0–100. */
function readRow(value: unknown, path: Path): ProcessingRow {
  const row = checkObject(value, path, "INVALID_COUNT", ROW_KEYS, "a report row", "một dòng báo cáo");
  const key = row["key"];
  if (typeof key !== "string") throw mustBe("INVALID_COUNT", [...path, "key"], "a text", "chuỗi", key);
  const read: Record<string, unknown> = { key };
  for (const name of COUNT_NAMES) read[name] = checkCount(row[name], [...path, name]);
  const rate = row["onTimeRate"];
  if (rate !== null && !(typeof rate === "number" && Number.isFinite(rate) && rate >= 0 && rate <= 100)) {
    throw mustBe(
      "INVALID_COUNT",
      [...path, "onTimeRate"],
      "null or a percentage from 0 to 100",
      "null hoặc tỷ lệ từ 0 đến 100",
      rate,
    );
  }
  read["onTimeRate"] = rate;
  return read as unknown as ProcessingRow;
}

/**
 * A report's period: a whole `ReportPeriod` whose kind, days and labels are those its label gives
 * (so that a month stays a month, not a range of days).
 */
function readPeriod(value: unknown): ReportPeriod {
  if (typeof value !== "object" || value === null) return parseReportPeriod(value as string);
  const given = checkObject(value, ["period"], "INVALID_PERIOD", ["kind", "from", "to", "label", "labelVi"]);
  const label = given["label"];
  const period = parseReportPeriod(typeof label === "string" ? label : (value as ReportPeriod)); // checks its keys and days
  for (const key of ["kind", "from", "to", "label", "labelVi"] as const) {
    if (given[key] !== period[key]) {
      throw new TthcError(
        "INVALID_PERIOD",
        `period.${key} must be ${JSON.stringify(period[key])}, as its label and days say`,
        {
          path: ["period", key],
          messageVi: `period.${key} phải là ${JSON.stringify(period[key])}, theo nhãn và ngày của kỳ`,
          details: { value: given[key] },
        },
      );
    }
  }
  return period;
}

/** A report read back: the shape checked, the period re-read, the rule options it was made with. */
export interface ReadReport {
  readonly report: ProcessingReport;
  /** The rule options, defaults filled in. */
  readonly rules: Required<Omit<ReportOptions, "period" | "asOf">>;
  /** Bad rows left out of the report (`records.invalid` of the CLI's JSON), if known. */
  readonly invalid: number | undefined;
}

/**
 * Reads `value` as a {@link ProcessingReport} made with `options`: the report's period, instant
 * and grouping must be those the options give (an empty accumulator made with them says which),
 * so that the rules the page prints are the rules the figures were made with.
 */
export function readReport(value: unknown, options: unknown, path: Path, optionsPath: Path): ReadReport {
  const given = checkObject(value, path, "INVALID_COUNT", REPORT_KEYS, "a processing report", "một báo cáo");
  for (const key of REPORT_KEYS) {
    if (!Object.hasOwn(given, key)) throw mustBe("INVALID_COUNT", [...path, key], "present", "có mặt");
  }
  const period = under(path, () => readPeriod(given["period"]));
  const expected = under(optionsPath, () => createReportAccumulator(options as ReportOptions).result());
  const o = options as ReportOptions;
  if (expected.period.from !== period.from || expected.period.to !== period.to) {
    throw mismatch(
      [...optionsPath, "period"],
      `period ${expected.period.label}`,
      `kỳ ${expected.period.label}`,
      period.label,
    );
  }
  if (given["evaluatedAt"] !== expected.evaluatedAt) {
    throw mismatch(
      [...optionsPath, "asOf"],
      `instant ${expected.evaluatedAt}`,
      `thời điểm ${expected.evaluatedAt}`,
      given["evaluatedAt"],
    );
  }
  if (given["by"] !== expected.by) {
    throw mismatch([...optionsPath, "by"], `grouping '${expected.by}'`, `nhóm '${expected.by}'`, given["by"]);
  }
  const list = given["rows"];
  if (!Array.isArray(list)) throw mustBe("INVALID_COUNT", [...path, "rows"], "a list of rows", "danh sách dòng", list);
  const rows = list.map((row, k) => readRow(row, [...path, "rows", k]));
  const total = readRow(given["total"], [...path, "total"]);
  const r = checkObject(given["records"], [...path, "records"], "INVALID_COUNT", RECORDS_KEYS);
  const count = (key: string) => checkCount(r[key], [...path, "records", key]);
  const records = {
    total: count("total"),
    interAgencyCopies: count("interAgencyCopies"),
    notReceived: count("notReceived"),
    outsidePeriod: count("outsidePeriod"),
  };
  const invalid = r["invalid"] === undefined ? undefined : namedCount(r["invalid"], [...path, "records", "invalid"]);
  const { period: _p, asOf: _a, ...rest } = { ...DEFAULT_REPORT_OPTIONS, ...o };
  return {
    report: { period, evaluatedAt: expected.evaluatedAt, by: expected.by, rows, total, records },
    rules: rest as ReadReport["rules"],
    invalid,
  };
}

function mismatch(path: Path, en: string, vi: string, got: unknown): TthcError {
  return mustBe(
    "INVALID_OPTION",
    path,
    `the report's own (the options give ${en})`,
    `giá trị của báo cáo (tùy chọn cho ${vi})`,
    got,
  );
}

/** A figure of the report that does not agree with the others, for the page to show. */
export interface Problem {
  /** Group key of the row (`undefined`: the total or the whole report). */
  readonly row: string | undefined;
  /** What fails, as a formula over the columns (the same in both languages). */
  readonly text: string;
}

/**
 * Every disagreement in a report: each row's invariants (REP-3, `checkProcessingInvariants`), its
 * on-time rate against `computeOnTimeRate` with the report's rounding (REP-7, REP-8), the total
 * against the sum of the rows, and the records seen against those counted and left out.
 */
export function findProblems(read: ReadReport): Problem[] {
  const { report, rules } = read;
  const problems: Problem[] = [];
  const rounding = { decimals: rules.decimals, rounding: rules.rounding, zeroDenominator: rules.zeroDenominator };
  const checkRow = (row: ProcessingRow, label: string | undefined) => {
    for (const text of checkProcessingInvariants(row)) problems.push({ row: label, text });
    // The printed rate against the one its counts give; counts that cannot give one (early + on
    // time above resolved) already fail an invariant above.
    let rate: number | null;
    try {
      rate = computeOnTimeRate(row, rounding);
    } catch (error) {
      if (isTthcError(error)) return;
      throw error;
    }
    if (rate !== row.onTimeRate) {
      problems.push({
        row: label,
        text: `onTimeRate = ${row.onTimeRate} ≠ (resolvedEarly + resolvedOnTime) ÷ resolved × 100 = ${rate}`,
      });
    }
  };
  for (const row of report.rows) checkRow(row, row.key);
  checkRow(report.total, undefined);
  if (report.rows.length > 0) {
    for (const name of COUNT_NAMES) {
      let sum = 0;
      for (const row of report.rows) sum += row[name];
      if (sum !== report.total[name])
        problems.push({ row: undefined, text: `total.${name} = ${report.total[name]} ≠ Σ rows = ${sum}` });
    }
  }
  const { records } = report;
  const counted = report.total.received + records.interAgencyCopies + records.notReceived + records.outsidePeriod;
  if (counted !== records.total) {
    problems.push({
      row: undefined,
      text: `records.total = ${records.total} ≠ received + interAgencyCopies + notReceived + outsidePeriod = ${counted}`,
    });
  }
  return problems;
}

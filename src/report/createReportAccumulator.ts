import { checkChoice, checkKnownKeys, describe, mustBe, type Path } from "../_internal/checks.js";
import { MS_PER_DAY, parseIsoDateFast, VN_OFFSET_MS } from "../_internal/epochDay.js";
import { formatVietnamInstant, toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import { dueInstantMs, verdictOf, vietnamDayOfMs } from "../_internal/timeliness.js";
import { TthcError } from "../errors.js";
import { computePercent, DEFAULT_PERCENT_OPTIONS, type PercentOptions } from "../indices/computePercent.js";
import { Kind, type ReadRecord, readRecord } from "./_record.js";
import { parseReportPeriod, type ReportPeriod } from "./parseReportPeriod.js";
import type { ReportRecord } from "./reportRecord.js";

/**
 * Tiêu chí nhóm — the group key of a report row: receiving agency, competent agency (else the
 * receiving one), sector, procedure, submission channel, or none (one row).
 *
 * @example
 * ```ts
 * import type { ReportGroupBy } from "tthc/report";
 * const by: ReportGroupBy = "sector";
 * ```
 * @category Report
 */
export type ReportGroupBy = "none" | "agency" | "competentAgency" | "sector" | "procedure" | "channel";

/**
 * Tùy chọn báo cáo tình hình giải quyết hồ sơ.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "tthc/report";
 * const options: ReportOptions = { period: "2026-10", by: "agency", asOf: "2026-10-20T17:00:00+07:00" };
 * ```
 * @category Report
 */
export interface ReportOptions extends PercentOptions {
  /** Kỳ báo cáo — `2026-10`, `2026-Q4`, `2026`, `2026-10-01..2026-10-15`, or a {@link ReportPeriod}. */
  readonly period: string | ReportPeriod;
  /**
   * "Now": the report is taken at min(asOf, end of the period) (REP-4); results and receipts after
   * it are not yet known. @defaultValue the end of the period
   */
  readonly asOf?: string | Date;
  /** Group key of the rows. @defaultValue `"none"` */
  readonly by?: ReportGroupBy;
  /** Instant that ends processing: result ready (`resultReady`) or returned (`returned`). @defaultValue `"resultReady"` (REP-5) */
  readonly reference?: "resultReady" | "returned";
  /**
   * `day`: Vietnam date of the end vs the appointment date (before = early, same = on time, after =
   * late); `minute`: late only after the appointment instant (`dueAt`, else the end of the due day).
   * @defaultValue `"day"` (REP-5)
   */
  readonly granularity?: "day" | "minute";
  /** Classify against the first appointment or the current one after a re-appointment. @defaultValue `"original"` (DL-14) */
  readonly classifyAgainst?: "original" | "reappointed";
  /** Liên thông copies (records with `originDossierCode`): left out, counted once at the origin (`skip`), or counted (`count`). @defaultValue `"skip"` (REP-10) */
  readonly interAgencyCopies?: "skip" | "count";
}

/**
 * Default {@link ReportOptions} (all but `period`).
 *
 * @example
 * ```ts
 * import { DEFAULT_REPORT_OPTIONS } from "tthc/report";
 * DEFAULT_REPORT_OPTIONS.classifyAgainst; // => "original"
 * ```
 * @category Report
 */
export const DEFAULT_REPORT_OPTIONS = Object.freeze({
  by: "none",
  reference: "resultReady",
  granularity: "day",
  classifyAgainst: "original",
  interAgencyCopies: "skip",
  ...DEFAULT_PERCENT_OPTIONS,
} as const);

/**
 * Một dòng báo cáo — the columns of the processing report (REP-2) for one group.
 *
 * @example
 * ```ts
 * import type { ProcessingRow } from "tthc/report";
 * type Late = ProcessingRow["resolvedLate"];
 * ```
 * @category Report
 */
export interface ProcessingRow {
  /** Group key (`""` for the total and for `by: 'none'`). */
  readonly key: string;
  /** Số hồ sơ nhận giải quyết = carriedOver + newTotal. */
  readonly received: number;
  /** Kỳ trước chuyển qua — received before the period, unfinished at its start. */
  readonly carriedOver: number;
  /** Tiếp nhận mới trong kỳ = newOnline + newDirect + newPostal. */
  readonly newTotal: number;
  /** Trực tuyến. */
  readonly newOnline: number;
  /** Trực tiếp. */
  readonly newDirect: number;
  /** Dịch vụ bưu chính công ích. */
  readonly newPostal: number;
  /** Đã giải quyết = early + on time + late. */
  readonly resolved: number;
  /** Trước hạn. */
  readonly resolvedEarly: number;
  /** Đúng hạn. */
  readonly resolvedOnTime: number;
  /** Quá hạn. */
  readonly resolvedLate: number;
  /** Đang giải quyết = within time + overdue. */
  readonly pending: number;
  /** Trong hạn. */
  readonly pendingWithinTime: number;
  /** Quá hạn (at the report instant). */
  readonly pendingOverdue: number;
  /** Rút hồ sơ — counted apart. */
  readonly withdrawn: number;
  /** Từ chối giải quyết (after acceptance) — counted apart. */
  readonly refused: number;
  /** Dừng xử lý — counted apart. */
  readonly stopped: number;
  /** Chưa nhận — resolved, result not collected at the report instant (part of `resolved`). */
  readonly notCollected: number;
  /** Tỷ lệ đúng hạn = (early + on time) ÷ resolved × 100 (REP-7), rounded as the options say. */
  readonly onTimeRate: number | null;
}

/**
 * Báo cáo tình hình giải quyết hồ sơ — rows by group, their total, and what was counted apart.
 *
 * @example
 * ```ts
 * import type { ProcessingReport } from "tthc/report";
 * type Rows = ProcessingReport["rows"];
 * ```
 * @category Report
 */
export interface ProcessingReport {
  /** The period. */
  readonly period: ReportPeriod;
  /** The report instant: min(asOf, end of period), Vietnam time. */
  readonly evaluatedAt: string;
  /** Group key. */
  readonly by: ReportGroupBy;
  /** One row per group, sorted by key. */
  readonly rows: readonly ProcessingRow[];
  /** Sum of the rows. */
  readonly total: ProcessingRow;
  /** Records seen, and those left out of every row (copies, not received, finished before or received after the period). */
  readonly records: {
    readonly total: number;
    readonly interAgencyCopies: number;
    readonly notReceived: number;
    readonly outsidePeriod: number;
  };
}

/**
 * Bộ tích lũy báo cáo — a processing report built one record at a time, mergeable (shards by month,
 * agency or worker) and serialisable.
 *
 * @example
 * ```ts
 * import { createReportAccumulator } from "tthc/report";
 * const acc = createReportAccumulator({ period: "2026-10" });
 * acc.result().total.received; // => 0
 * ```
 * @category Report
 */
export interface ReportAccumulator {
  /** Adds one record. Throws `INVALID_REPORT_RECORD` (nothing added) for a bad one. */
  add(record: ReportRecord): void;
  /** A new accumulator holding both; neither input changes. Throws `INCOMPATIBLE_ACCUMULATORS` if the options differ. */
  merge(other: ReportAccumulator): ReportAccumulator;
  /** The report of what was added so far. */
  result(): ProcessingReport;
  /** JSON-safe state, for {@link createReportAccumulator}'s `from` (send it between workers). */
  snapshot(): ReportAccumulatorSnapshot;
}

/**
 * Trạng thái bộ tích lũy — JSON-safe counts and the options they were made with.
 *
 * @example
 * ```ts
 * import type { ReportAccumulatorSnapshot } from "tthc/report";
 * type Version = ReportAccumulatorSnapshot["version"];
 * ```
 * @category Report
 */
export interface ReportAccumulatorSnapshot {
  /** Format version (1). */
  readonly version: 1;
  /** The options, normalised; a snapshot only restores under the same. */
  readonly fingerprint: string;
  /** Counts by group key (columns as {@link ProcessingRow}, without the rate). */
  readonly groups: readonly (readonly [string, readonly number[]])[];
  /** Records seen, copies, not received, outside the period. */
  readonly records: readonly [number, number, number, number];
}

/** The count columns of a report row, in report order (also read by checkProcessingInvariants). */
export const COUNT_COLUMN_NAMES = [
  "received",
  "carriedOver",
  "newTotal",
  "newOnline",
  "newDirect",
  "newPostal",
  "resolved",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "pending",
  "pendingWithinTime",
  "pendingOverdue",
  "withdrawn",
  "refused",
  "stopped",
  "notCollected",
] as const;
const COLUMNS = COUNT_COLUMN_NAMES;
const WIDTH = COLUMNS.length;
// Column indices into COLUMNS.
const RECEIVED = 0;
const CARRIED = 1;
const NEW = 2;
const NEW_BY_CHANNEL = [3, 4, 5] as const; // online, direct, postal
const RESOLVED = 6;
const EARLY = 7;
const ON_TIME = 8;
const LATE = 9;
const PENDING = 10;
const WITHIN = 11;
const OVERDUE = 12;
const WITHDRAWN = 13;
const REFUSED = 14;
const STOPPED = 15;
const NOT_COLLECTED = 16;

interface Config {
  readonly period: ReportPeriod;
  readonly startMs: number;
  readonly evalMs: number;
  readonly evalDay: number;
  readonly by: ReportGroupBy;
  readonly byField: string | undefined;
  readonly returnedFirst: boolean;
  readonly minute: boolean;
  readonly original: boolean;
  readonly skipCopies: boolean;
  readonly rate: PercentOptions;
  readonly fingerprint: string;
}

const OPTION_KEYS = [
  "period",
  "asOf",
  "by",
  "reference",
  "granularity",
  "classifyAgainst",
  "interAgencyCopies",
  "decimals",
  "rounding",
  "zeroDenominator",
];
const BY_FIELD: Readonly<Record<ReportGroupBy, string | undefined>> = {
  none: undefined,
  agency: "receivingAgency",
  competentAgency: "competentAgency",
  sector: "sector",
  procedure: "procedureCode",
  channel: "channel",
};

const OFFSET = /[T\s].*([+-])(\d{2})(?::?(\d{2}))?$/;

/** Refuses an ISO offset no zone has (beyond −12:00 … +14:00), which the instant reader would take. */
function checkOffset(value: unknown): unknown {
  const m = typeof value === "string" ? OFFSET.exec(value.trim()) : null;
  if (m !== null) {
    const minutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    if (minutes < -720 || minutes > 840) {
      throw mustBe(
        "INVALID_INSTANT",
        ["asOf"],
        "an instant with a real offset (−12:00 to +14:00)",
        "thời điểm có độ lệch múi giờ thực (−12:00 đến +14:00)",
        value,
      );
    }
  }
  return value;
}

function configure(options: ReportOptions): Config {
  if (typeof options !== "object" || options === null) {
    throw new TthcError("INVALID_OPTION", `options must be an object with a period, got ${describe(options)}`, {
      path: [],
      messageVi: `options phải là đối tượng có period, nhận được ${describe(options)}`,
    });
  }
  checkKnownKeys(options, OPTION_KEYS);

  const o = { ...DEFAULT_REPORT_OPTIONS, ...options };
  const period = parseReportPeriod(o.period);
  const from = parseIsoDateFast(period.from);
  const to = parseIsoDateFast(period.to);
  const startMs = from * MS_PER_DAY - VN_OFFSET_MS;
  const endMs = (to + 1) * MS_PER_DAY - VN_OFFSET_MS - 1;
  const asOfMs = o.asOf === undefined ? endMs : toInstantMs(checkOffset(o.asOf), ["asOf"]);
  const evalMs = Math.min(asOfMs, endMs);
  const rate = { decimals: o.decimals, rounding: o.rounding, zeroDenominator: o.zeroDenominator };
  computePercent(0, 1, rate); // checks the rounding options once
  const by = checkChoice(o.by, ["none", "agency", "competentAgency", "sector", "procedure", "channel"], ["by"]);
  const reference = checkChoice(o.reference, ["resultReady", "returned"], ["reference"]);
  const granularity = checkChoice(o.granularity, ["day", "minute"], ["granularity"]);
  const classifyAgainst = checkChoice(o.classifyAgainst, ["original", "reappointed"], ["classifyAgainst"]);
  const copies = checkChoice(o.interAgencyCopies, ["skip", "count"], ["interAgencyCopies"]);
  return {
    period,
    startMs,
    evalMs,
    evalDay: vietnamDayOfMs(evalMs),
    by,
    byField: BY_FIELD[by],
    returnedFirst: reference === "returned",
    minute: granularity === "minute",
    original: classifyAgainst === "original",
    skipCopies: copies === "skip",
    rate,
    fingerprint: JSON.stringify([
      period.from,
      period.to,
      evalMs,
      by,
      reference,
      granularity,
      classifyAgainst,
      copies,
      rate,
    ]),
  };
}

/** Adds one read record to the counts of its group. */
function tally(config: Config, r: ReadRecord, counts: number[]): boolean {
  const received = r.receivedMs;
  if (received > config.evalMs) return false;
  let endMs: number;
  if (r.kind === Kind.Normal) {
    endMs = config.returnedFirst
      ? Number.isNaN(r.returnedMs)
        ? r.readyMs
        : r.returnedMs
      : Number.isNaN(r.readyMs)
        ? r.returnedMs
        : r.readyMs;
  } else {
    endMs = !Number.isNaN(r.closedMs)
      ? r.closedMs
      : !Number.isNaN(r.readyMs)
        ? r.readyMs
        : !Number.isNaN(r.returnedMs)
          ? r.returnedMs
          : received;
  }
  if (endMs < config.startMs) return false; // finished before the period (NaN compares false)
  counts[RECEIVED]!++;
  if (received < config.startMs) counts[CARRIED]!++;
  else {
    counts[NEW]!++;
    counts[NEW_BY_CHANNEL[r.channel]]!++;
  }
  const useOriginal = config.original && !Number.isNaN(r.originalDueDay);
  const dueDay = useOriginal ? r.originalDueDay : r.dueDay;
  const dueMs = useOriginal ? r.originalDueMs : r.dueMs;
  if (endMs <= config.evalMs) {
    if (r.kind === Kind.Normal) {
      counts[RESOLVED]!++;
      // The shared verdict (REP-5): 0 early, 1 on time, 2 late, in column order from EARLY.
      counts[EARLY + verdictOf(endMs, dueDay, dueMs, config.minute)]!++;
      if (!(r.returnedMs <= config.evalMs)) counts[NOT_COLLECTED]!++;
    } else counts[r.kind === Kind.Withdrawn ? WITHDRAWN : r.kind === Kind.Refused ? REFUSED : STOPPED]!++;
  } else {
    counts[PENDING]!++;
    const overdue = config.minute ? config.evalMs > dueInstantMs(dueMs, dueDay) : config.evalDay > dueDay;
    counts[overdue ? OVERDUE : WITHIN]!++;
  }
  return true;
}

function row(key: string, counts: readonly number[], rate: PercentOptions): ProcessingRow {
  const entries: Record<string, number | string | null> = { key };
  COLUMNS.forEach((name, k) => {
    entries[name] = counts[k]!;
  });
  entries["onTimeRate"] = computePercent(counts[EARLY]! + counts[ON_TIME]!, counts[RESOLVED]!, rate);
  return entries as unknown as ProcessingRow;
}

interface State {
  readonly groups: Map<string, number[]>;
  /** records, copies, not received, outside. */
  readonly records: [number, number, number, number];
}

const STATES = new WeakMap<
  ReportAccumulator,
  { readonly config: Config; readonly state: State; readonly count: (r: ReadRecord, key: string) => void }
>();

function build(config: Config, state: State): ReportAccumulator {
  const { groups, records } = state;
  const [field, fallback] = groupFields(config);
  /** Counts a read record in the group `key`. */
  const count = (r: ReadRecord, key: string): void => {
    records[0]++;
    if (r.kind === Kind.NotReceived) {
      records[2]++;
      return;
    }
    if (r.isCopy && config.skipCopies) {
      records[1]++;
      return;
    }
    let counts = groups.get(key);
    const fresh = counts === undefined;
    if (counts === undefined) counts = new Array<number>(WIDTH).fill(0);
    if (tally(config, r, counts)) {
      if (fresh) groups.set(key, counts);
    } else records[3]++;
  };
  const accumulator: ReportAccumulator = {
    add(record) {
      const r = readRecord(record);
      // Own check of the channel (three comparisons): a channel named after an Object.prototype
      // member ("constructor", "toString"…) must never reach the counts.
      const channel = (record as { readonly channel?: unknown }).channel;
      if (channel !== "online" && channel !== "direct" && channel !== "postal") throw badChannel(channel);
      const fields = record as unknown as Record<string, unknown>;
      count(r, field === undefined ? "" : ((fields[field] ?? (fallback && fields[fallback]) ?? "") as string));
    },
    merge(other) {
      const that = STATES.get(other);
      if (that === undefined || that.config.fingerprint !== config.fingerprint) {
        throw new TthcError("INCOMPATIBLE_ACCUMULATORS", "the report accumulators were built with different options", {
          messageVi: "hai bộ tích lũy báo cáo có tùy chọn khác nhau",
        });
      }
      const merged = new Map<string, number[]>();
      for (const source of [groups, that.state.groups]) {
        for (const [key, counts] of source) {
          const into = merged.get(key);
          if (into === undefined) merged.set(key, [...counts]);
          else for (let k = 0; k < WIDTH; k++) into[k]! += counts[k]!;
        }
      }
      const r = that.state.records;
      return build(config, {
        groups: merged,
        records: [records[0] + r[0], records[1] + r[1], records[2] + r[2], records[3] + r[3]],
      });
    },
    result() {
      const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const total = new Array<number>(WIDTH).fill(0);
      const rows = keys.map((key) => {
        const counts = groups.get(key)!;
        for (let k = 0; k < WIDTH; k++) total[k]! += counts[k]!;
        return row(key, counts, config.rate);
      });
      return {
        period: config.period,
        evaluatedAt: formatVietnamInstant(toVietnamLocal(config.evalMs)),
        by: config.by,
        rows,
        total: row("", total, config.rate),
        records: {
          total: records[0],
          interAgencyCopies: records[1],
          notReceived: records[2],
          outsidePeriod: records[3],
        },
      };
    },
    snapshot() {
      return {
        version: 1,
        fingerprint: config.fingerprint,
        groups: [...groups].map(([key, counts]) => [key, [...counts]] as const),
        records: [...records],
      };
    },
  };
  STATES.set(accumulator, { config, state, count });
  return accumulator;
}

/**
 * The record field whose value keys a record's group (`undefined`: one group, `""`), and the field
 * read when it is empty (else the key is `""`).
 */
function groupFields(config: Config): readonly [string | undefined, string | undefined] {
  return [config.byField, config.by === "competentAgency" ? "receivingAgency" : undefined];
}

/**
 * Private (the CLI's byte reader): `accumulator`'s grouping fields (see `groupFields`) and its
 * count of a record read by `readNumbers`, in the group whose key the reader took from those fields.
 */
export function countsOf(accumulator: ReportAccumulator): {
  readonly group: readonly [string | undefined, string | undefined];
  readonly count: (r: ReadRecord, key: string) => void;
} {
  const own = STATES.get(accumulator);
  if (own === undefined) throw new TypeError("not a report accumulator");
  return { group: groupFields(own.config), count: own.count };
}

function badChannel(value: unknown): TthcError {
  return new TthcError("INVALID_REPORT_RECORD", `channel: expected direct, postal or online, got ${describe(value)}`, {
    path: ["channel"],
    messageVi: `channel: cần direct, postal hoặc online, nhận được ${describe(value)}`,
    details: { value },
  });
}

/** A snapshot no sequence of records could have written: the accumulator's own code, under `from`. */
function badSnapshot(path: Path, en: string, vi: string): TthcError {
  return new TthcError("INCOMPATIBLE_ACCUMULATORS", `the snapshot ${en}`, {
    path: ["from", ...path],
    messageVi: `bản lưu ${vi}`,
  });
}

const SNAPSHOT_KEYS: readonly string[] = ["version", "fingerprint", "groups", "records"];
const CHANNEL_KEYS: readonly string[] = ["online", "direct", "postal"];
/** Column equations of a row (REP-3): total column, then its parts. */
const SUMS: readonly (readonly number[])[] = [
  [RECEIVED, CARRIED, NEW],
  [NEW, ...NEW_BY_CHANNEL],
  [RECEIVED, RESOLVED, PENDING, WITHDRAWN, REFUSED, STOPPED],
  [RESOLVED, EARLY, ON_TIME, LATE],
  [PENDING, WITHIN, OVERDUE],
];

/** A count of a snapshot: a whole number 0 … 2⁵³ − 1. */
function snapshotCount(value: unknown, path: Path): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw badSnapshot(
      path,
      `holds ${describe(value)} where a whole number ≥ 0 belongs`,
      `có ${describe(value)} ở chỗ của một số nguyên không âm`,
    );
  }
  return value as number;
}

/**
 * Reads a snapshot back, refusing (with `INCOMPATIBLE_ACCUMULATORS`, path under `["from"]`) any that
 * no sequence of valid records could have produced: other options, a malformed shape, counts that
 * are not whole numbers ≥ 0, a repeated or impossible group key, a group with nothing received, a
 * row that breaks REP-3, or record totals that do not add up. Checked level by level, without
 * recursion.
 */
function restore(config: Config, from: unknown): State {
  if (typeof from !== "object" || from === null || Array.isArray(from)) {
    throw badSnapshot(
      [],
      `must be an object, got ${describe(from)}`,
      `phải là một đối tượng, nhận được ${describe(from)}`,
    );
  }
  const snap = from as Record<string, unknown>;
  for (const key of Object.keys(snap)) {
    if (!SNAPSHOT_KEYS.includes(key))
      throw badSnapshot([key], `has an unknown key '${key}'`, `có khóa không được hỗ trợ '${key}'`);
  }
  if (snap["version"] !== 1 || snap["fingerprint"] !== config.fingerprint) {
    throw badSnapshot(
      [],
      "is malformed or was made with different options",
      "không hợp lệ hoặc được tạo với tùy chọn khác",
    );
  }
  const list = snap["groups"];
  const totals = snap["records"];
  if (!Array.isArray(list)) throw badSnapshot(["groups"], "has no list of groups", "không có danh sách nhóm");
  if (!Array.isArray(totals) || totals.length !== 4) {
    throw badSnapshot(["records"], "has no four record totals", "không có đủ bốn tổng số bản ghi");
  }
  const records = totals.map((n, k) => snapshotCount(n, ["records", k])) as [number, number, number, number];
  if (!config.skipCopies && records[1] !== 0) {
    throw badSnapshot(
      ["records", 1],
      "counts copies left out, but copies are counted",
      "có bản sao bị bỏ qua, nhưng tùy chọn đếm bản sao",
    );
  }
  const groups = new Map<string, number[]>();
  let received = records[1] + records[2] + records[3];
  list.forEach((entry: unknown, g) => {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !Array.isArray(entry[1])) {
      throw badSnapshot(
        ["groups", g],
        "has a group that is not [key, counts]",
        "có nhóm không có dạng [khóa, số liệu]",
      );
    }
    const [key, cells] = entry as [string, unknown[]];
    if (groups.has(key)) throw badSnapshot(["groups", g, 0], `repeats the group '${key}'`, `lặp nhóm '${key}'`);
    if (cells.length !== WIDTH) {
      throw badSnapshot(
        ["groups", g, 1],
        `has ${cells.length} counts in a group, not ${WIDTH}`,
        `có ${cells.length} số liệu trong một nhóm, không phải ${WIDTH}`,
      );
    }
    const counts = cells.map((n, k) => snapshotCount(n, ["groups", g, 1, k]));
    const impossible = (why: string, whyVi: string): never => {
      throw badSnapshot(["groups", g], `has a group '${key}' that ${why}`, `có nhóm '${key}' ${whyVi}`);
    };
    if (counts[RECEIVED] === 0) impossible("received nothing", "không nhận hồ sơ nào");
    for (const [whole, ...parts] of SUMS) {
      let sum = 0;
      for (const part of parts) sum += counts[part]!;
      if (sum !== counts[whole!]) {
        const text = `${COLUMNS[whole!]} = ${parts.map((p) => COLUMNS[p]).join(" + ")}`;
        impossible(`breaks ${text}`, `sai ${text}`);
      }
    }
    if (counts[NOT_COLLECTED]! > counts[RESOLVED]!)
      impossible("breaks notCollected ≤ resolved", "sai notCollected ≤ resolved");
    if (config.evalMs < config.startMs && counts[NEW] !== 0) {
      impossible("received new dossiers before the period began", "nhận hồ sơ mới trước khi kỳ bắt đầu");
    }
    const by = config.by;
    if (by === "none" ? key !== "" : by === "channel" ? !CHANNEL_KEYS.includes(key) : by !== "sector" && key === "") {
      impossible(`is not a ${by} key`, `không phải khóa nhóm ${by}`);
    }
    if (by === "channel") {
      const own = NEW_BY_CHANNEL[CHANNEL_KEYS.indexOf(key)];
      for (const column of NEW_BY_CHANNEL) {
        if (column !== own && counts[column] !== 0) impossible(`counts ${COLUMNS[column]}`, `có ${COLUMNS[column]}`);
      }
    }
    received += counts[RECEIVED]!;
    groups.set(key, counts);
  });
  if (received !== records[0]) {
    throw badSnapshot(
      ["records", 0],
      `counts ${records[0]} records, but its groups and the records left out add up to ${received}`,
      `đếm ${records[0]} bản ghi, nhưng các nhóm và bản ghi bị loại cộng lại là ${received}`,
    );
  }
  return { groups, records };
}

/**
 * Creates a processing-report accumulator (báo cáo tình hình, kết quả giải quyết TTHC): add records
 * one by one in any order, merge accumulators built on shards, read the report at any time. Merging
 * is exact — any split of the records, merged, gives the one-pass report.
 *
 * For the period and the report instant T = min(asOf, end of period) (REP-4): a dossier received
 * before the period and unfinished at its start is carried over; one received in it is new, by
 * channel; one finished by T is resolved early, on time or late against its appointment (REP-5,
 * DL-14), or counted apart as withdrawn, refused or stopped; the rest are pending, overdue when T is
 * past the appointment. Refusals at intake are not received; liên thông copies count once, at the
 * origin (REP-10).
 *
 * @param options - Period, grouping and classification options; see {@link ReportOptions}.
 * @param from - A {@link ReportAccumulatorSnapshot} to continue from.
 * @returns An accumulator with `add`, `merge`, `result` and `snapshot`.
 * @throws {@link tthc!TthcError} `INVALID_PERIOD` for a bad period.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `asOf` is not an instant with a real offset (−12:00 to +14:00).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if `asOf` is before 13/6/1975 or after 2199.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown or out-of-range option.
 * @throws {@link tthc!TthcError} `INCOMPATIBLE_ACCUMULATORS` if `from` was made with other options, or is no
 * snapshot that records could have produced (malformed, unknown keys, counts that are not whole
 * numbers ≥ 0, a repeated group, a row breaking REP-3, totals that do not add up); path under
 * `["from"]`. Also from `merge` (path `[]`).
 * @throws {@link tthc!TthcError} `INVALID_REPORT_RECORD` from `add`, with the bad field's path (nothing is added).
 * @remarks Early / on time / late has no legal definition: the default (Vietnam date vs appointment
 * date) and the options are UNCONFIRMED (REP-5). A withdrawn, stopped or refused dossier without
 * `closedAt` (nor a result instant) is read as closed on its receipt day — an assumption.
 * @see TT 01/2020/TT-VPCP (RULES REP-1 to REP-11, DL-14)
 * @example
 * ```ts
 * import { createReportAccumulator } from "tthc/report";
 * const acc = createReportAccumulator({ period: "2026-01" });
 * acc.add({
 *   code: "H26-1", procedureCode: "1.001193", receivingAgency: "H26", channel: "online", status: "returned",
 *   receivedAt: "2026-01-05T09:00:00+07:00", dueDate: "2026-01-08",
 *   resultReadyAt: "2026-01-07T15:00:00+07:00", returnedAt: "2026-01-08T09:00:00+07:00",
 * });
 * acc.add({
 *   code: "H26-2", procedureCode: "1.001193", receivingAgency: "H26", channel: "direct", status: "inProcess",
 *   receivedAt: "2026-01-20T10:00:00+07:00", dueDate: "2026-01-23",
 * });
 * const { total } = acc.result();
 * [total.received, total.newOnline, total.resolvedEarly, total.pendingOverdue]; // => [2, 1, 1, 1]
 * total.onTimeRate; // => 100
 * ```
 * @category Report
 */
export function createReportAccumulator(options: ReportOptions, from?: ReportAccumulatorSnapshot): ReportAccumulator {
  const config = configure(options);
  return build(config, from === undefined ? { groups: new Map(), records: [0, 0, 0, 0] } : restore(config, from));
}

/**
 * Cột báo cáo — the columns of a {@link ProcessingRow} in report order (the CLI's `--csv` header).
 *
 * @example
 * ```ts
 * import { PROCESSING_COLUMNS } from "tthc/report";
 * PROCESSING_COLUMNS.slice(0, 4); // => ["key", "received", "carriedOver", "newTotal"]
 * ```
 * @category Report
 */
export const PROCESSING_COLUMNS: readonly (keyof ProcessingRow)[] = Object.freeze(["key", ...COLUMNS, "onTimeRate"]);

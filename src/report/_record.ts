/**
 * Private: checks one report record by hand (hot path, no zod) and reads it into numbers.
 */

import { describe } from "../_internal/checks.js";
import { parseIsoDateFast } from "../_internal/epochDay.js";
import { EARLIEST_INSTANT_MS, LATEST_INSTANT_MS, parseInstantMs } from "../_internal/instant.js";
import { TthcError } from "../errors.js";
import { DossierStatus, STATUS_TRAITS, type StatusTraits } from "../models/index.js";
import { REPORT_RECORD_FIELDS } from "./reportRecordFields.js";

/** What the report does with a record, by status. */
export const Kind = { NotReceived: 0, Normal: 1, Withdrawn: 2, Refused: 3, Stopped: 4 } as const;
/** One of {@link Kind}. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A record read into numbers (`NaN` = absent). */
export interface ReadRecord {
  readonly kind: Kind;
  readonly channel: 0 | 1 | 2;
  readonly receivedMs: number;
  readonly dueDay: number;
  readonly dueMs: number;
  readonly originalDueDay: number;
  readonly originalDueMs: number;
  readonly readyMs: number;
  readonly returnedMs: number;
  readonly closedMs: number;
  readonly isCopy: boolean;
}

const KIND_BY_NAME = {
  notReceived: Kind.NotReceived,
  normal: Kind.Normal,
  withdrawn: Kind.Withdrawn,
  refused: Kind.Refused,
  stopped: Kind.Stopped,
} as const satisfies Record<StatusTraits["reportKind"], Kind>;
const KIND_OF: ReadonlyMap<string, Kind> = new Map(
  DossierStatus.options.map((status) => [status, KIND_BY_NAME[STATUS_TRAITS[status].reportKind]]),
);
/** States a dossier may be in without a receipt instant (as the `Dossier` model). */
const MAY_LACK_RECEIPT: ReadonlySet<string> = new Set(
  DossierStatus.options.filter((status) => STATUS_TRAITS[status].receipt !== "required"),
);
/** A Map, not an object: a channel named `constructor` or `__proto__` must not find anything. */
const CHANNELS: ReadonlyMap<unknown, 0 | 1 | 2> = new Map([
  ["online", 0],
  ["direct", 1],
  ["postal", 2],
]);
/** The number {@link ReadRecord.channel} of a channel's name, or `undefined`. */
export function channelNumber(name: string): 0 | 1 | 2 | undefined {
  return CHANNELS.get(name);
}
/** The fields of a `ReportRecord`, as a set for the reader's unknown-key check. */
const REPORT_RECORD_KEYS: ReadonlySet<string> = new Set(REPORT_RECORD_FIELDS);

function fail(path: string, message: string, messageVi: string, value?: unknown): never {
  throw new TthcError("INVALID_REPORT_RECORD", `${path}: ${message}`, {
    path: [path],
    messageVi: `${path}: ${messageVi}`,
    details: { value },
  });
}

/** An instant field: ISO text with an offset (the shared parser's hand-read fast path) or a `Date`; `NaN` if absent. */
function instantMs(value: unknown, path: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const ms = typeof value === "string" ? parseInstantMs(value) : value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms) || ms < EARLIEST_INSTANT_MS || ms > LATEST_INSTANT_MS) {
    fail(
      path,
      `expected an ISO date-time with an offset (1975-06-13 to 2199), got ${describe(value)}`,
      `cần thời điểm ISO có múi giờ (từ 13/6/1975 đến 2199), nhận được ${describe(value)}`,
      value,
    );
  }
  return ms;
}

function day(value: unknown, path: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const n = typeof value === "string" ? parseIsoDateFast(value) : Number.NaN;
  if (Number.isNaN(n))
    fail(
      path,
      `expected a real date YYYY-MM-DD, got ${describe(value)}`,
      `cần ngày YYYY-MM-DD, nhận được ${describe(value)}`,
      value,
    );
  return n;
}

function text(r: Record<string, unknown>, key: string, required: boolean): void {
  const v = r[key];
  if (v === undefined ? required : typeof v !== "string" || v === "") {
    fail(key, `expected a non-empty string, got ${describe(v)}`, `cần chuỗi không rỗng, nhận được ${describe(v)}`, v);
  }
}

/** Checks a report record and reads it; throws `INVALID_REPORT_RECORD` with the field's path. */
export function readRecord(value: unknown): ReadRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TthcError("INVALID_REPORT_RECORD", `expected a record object, got ${describe(value)}`, {
      path: [],
      messageVi: `cần một bản ghi, nhận được ${describe(value)}`,
    });
  }
  const r = value as Record<string, unknown>;
  for (const key in r) if (!REPORT_RECORD_KEYS.has(key)) fail(key, "unknown field", "trường không được hỗ trợ");
  const status = r["status"];
  const kind = typeof status === "string" ? KIND_OF.get(status) : undefined;
  if (kind === undefined)
    fail(
      "status",
      `expected a dossier status, got ${describe(status)}`,
      `cần trạng thái hồ sơ, nhận được ${describe(status)}`,
      status,
    );
  const channel = CHANNELS.get(r["channel"]);
  if (channel === undefined)
    fail(
      "channel",
      `expected direct, postal or online, got ${describe(r["channel"])}`,
      `cần direct, postal hoặc online, nhận được ${describe(r["channel"])}`,
      r["channel"],
    );
  text(r, "procedureCode", true);
  text(r, "receivingAgency", true);
  text(r, "sector", false);
  text(r, "competentAgency", false);
  text(r, "originDossierCode", false);
  const receivedMs = instantMs(r["receivedAt"], "receivedAt");
  if (!checkReceipt(status as string, kind, receivedMs)) return NOT_RECEIVED;
  text(r, "code", true);
  const dueDay = day(r["dueDate"], "dueDate");
  if (Number.isNaN(dueDay)) fail("dueDate", "a received dossier needs dueDate", "hồ sơ đã tiếp nhận cần dueDate");
  const originalDueDay = day(r["originalDueDate"], "originalDueDate");
  const readyMs = instantMs(r["resultReadyAt"], "resultReadyAt");
  const returnedMs = instantMs(r["returnedAt"], "returnedAt");
  const closedMs = instantMs(r["closedAt"], "closedAt");
  checkEnds(status as string, receivedMs, readyMs, returnedMs, closedMs);
  return {
    kind,
    channel,
    receivedMs,
    dueDay,
    dueMs: instantMs(r["dueAt"], "dueAt"),
    originalDueDay,
    originalDueMs: instantMs(r["originalDueAt"], "originalDueAt"),
    readyMs,
    returnedMs,
    closedMs,
    isCopy: r["originDossierCode"] !== undefined,
  };
}

/**
 * The receipt rules: `false` for a dossier not received (no receipt instant, in a status that may
 * lack one); throws when the status and the receipt disagree.
 */
function checkReceipt(status: string, kind: Kind, receivedMs: number): boolean {
  if (Number.isNaN(receivedMs)) {
    if (!MAY_LACK_RECEIPT.has(status))
      fail("receivedAt", `status '${status}' needs receivedAt`, `trạng thái '${status}' cần receivedAt`);
    return false;
  }
  if (kind === Kind.NotReceived)
    fail(
      "status",
      `status '${status}' excludes a receipt instant`,
      `trạng thái '${status}' không có thời điểm tiếp nhận`,
      status,
    );
  return true;
}

/** The order of a received dossier's instants, and the ones its status needs. */
function checkEnds(status: string, receivedMs: number, readyMs: number, returnedMs: number, closedMs: number): void {
  if (readyMs < receivedMs) fail("resultReadyAt", "is before receivedAt", "trước thời điểm tiếp nhận");
  if (returnedMs < receivedMs) fail("returnedAt", "is before receivedAt", "trước thời điểm tiếp nhận");
  if (closedMs < receivedMs) fail("closedAt", "is before receivedAt", "trước thời điểm tiếp nhận");
  if (returnedMs < readyMs) fail("returnedAt", "is before resultReadyAt", "trước thời điểm có kết quả");
  if (status === "returned" && Number.isNaN(returnedMs))
    fail("returnedAt", "status 'returned' needs returnedAt", "trạng thái 'returned' cần returnedAt");
  if (status === "resolved" && Number.isNaN(readyMs))
    fail("resultReadyAt", "status 'resolved' needs resultReadyAt", "trạng thái 'resolved' cần resultReadyAt");
}

/** A {@link ReadRecord} to fill again and again (the CLI's byte reader: no object per record). */
export type ReadRecordSlot = { -readonly [K in keyof ReadRecord]: ReadRecord[K] };

/** A new {@link ReadRecordSlot}. */
export function readRecordSlot(): ReadRecordSlot {
  return { ...NOT_RECEIVED };
}

/** Bits of `present` in {@link readNumbers}: the text fields a record may need. */
export const HAS_CODE = 1;
export const HAS_PROCEDURE = 2;
export const HAS_AGENCY = 4;
const ABSENT: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * {@link readRecord} of a record read elsewhere into numbers (`NaN`: absent), with the same checks
 * in the same order: the CLI's byte reader, which gives only well-formed values, a status of the
 * list and a channel, and says which of code, procedure code and agency are present (`present`,
 * {@link HAS_CODE}…). Fills `into` and returns it; throws `INVALID_REPORT_RECORD` as readRecord
 * does (the caller then reads the record with readRecord, for the message).
 */
export function readNumbers(
  into: ReadRecordSlot,
  status: string,
  channel: 0 | 1 | 2,
  present: number,
  receivedMs: number,
  dueDay: number,
  dueMs: number,
  originalDueDay: number,
  originalDueMs: number,
  readyMs: number,
  returnedMs: number,
  closedMs: number,
  isCopy: boolean,
): ReadRecordSlot {
  const kind = KIND_OF.get(status);
  if (kind === undefined)
    fail(
      "status",
      `expected a dossier status, got ${describe(status)}`,
      `cần trạng thái hồ sơ, nhận được ${describe(status)}`,
      status,
    );
  if ((present & HAS_PROCEDURE) === 0) text(ABSENT, "procedureCode", true);
  if ((present & HAS_AGENCY) === 0) text(ABSENT, "receivingAgency", true);
  if (!checkReceipt(status, kind, receivedMs)) return Object.assign(into, NOT_RECEIVED);
  if ((present & HAS_CODE) === 0) text(ABSENT, "code", true);
  if (Number.isNaN(dueDay)) fail("dueDate", "a received dossier needs dueDate", "hồ sơ đã tiếp nhận cần dueDate");
  checkEnds(status, receivedMs, readyMs, returnedMs, closedMs);
  into.kind = kind;
  into.channel = channel;
  into.receivedMs = receivedMs;
  into.dueDay = dueDay;
  into.dueMs = dueMs;
  into.originalDueDay = originalDueDay;
  into.originalDueMs = originalDueMs;
  into.readyMs = readyMs;
  into.returnedMs = returnedMs;
  into.closedMs = closedMs;
  into.isCopy = isCopy;
  return into;
}

const NOT_RECEIVED: ReadRecord = Object.freeze({
  kind: Kind.NotReceived,
  channel: 0,
  receivedMs: Number.NaN,
  dueDay: Number.NaN,
  dueMs: Number.NaN,
  originalDueDay: Number.NaN,
  originalDueMs: Number.NaN,
  readyMs: Number.NaN,
  returnedMs: Number.NaN,
  closedMs: Number.NaN,
  isCopy: false,
});

/**
 * Properties of the one account of a dossier's time (issue 12), fixed seeds: for event logs mixing
 * supplements at intake and in processing, apologies, extra time, liên thông hand-offs, payments,
 * withdrawals and stops, over dates spanning Quốc khánh 2025, Tết Dương lịch and Tết Bính Ngọ 2026,
 * Giỗ Tổ and 30/4–1/5 2026, the workflow, the report, the testing kit and the control slip agree,
 * and the verdict moves the right way when a pause is added or the finish comes later.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isTthcError } from "../../src/errors.js";
import { stateToReportRecord, summarizeProcessing } from "../../src/report/index.js";
import { type TthcMatchers, tthcMatchers } from "../../src/testing/index.js";
import {
  buildProcessControlSlip,
  classifyTimeliness,
  computeDossierTime,
  createDossierState,
  type DossierEventInput,
  type DossierState,
  isOverdue,
  type TimelinessOptions,
  transition,
  type WorkflowContext,
} from "../../src/workflow/index.js";
import {
  APPLICANT,
  APPROVER,
  BIRTH_INTER_AGENCY_GROUP,
  CITIZEN,
  calendar,
  codeFor,
  contextFor,
  DESK,
  INTER_AGENCY,
  PROCESSOR,
} from "./_helpers.js";

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest declares
  interface Matchers<T = any> extends TthcMatchers<T> {}
}
expect.extend(tthcMatchers);

const CONTEXTS: readonly WorkflowContext[] = [
  contextFor(INTER_AGENCY, { maxSupplementRequests: 3 }),
  contextFor(INTER_AGENCY, { maxSupplementRequests: 3, pauseOnPaymentRequest: true }),
  contextFor(BIRTH_INTER_AGENCY_GROUP, { maxSupplementRequests: 3 }),
];
const EXTRA = (BIRTH_INTER_AGENCY_GROUP.channels[0]?.extraTime ?? []).map((e) => e.condition);
/** First days of the runs: around Quốc khánh 2025, Tết Dương lịch 2026, Tết Bính Ngọ, Giỗ Tổ and 30/4 2026. */
const STARTS = ["2025-08-18", "2025-12-15", "2026-01-26", "2026-02-09", "2026-04-13"];
const PERIOD = "2025-08-01..2026-12-31";
const ITEMS = [{ name: "Giấy chứng sinh", componentId: "birth-certificate", reason: "Bản chụp không rõ" }];
const RANK = { early: 0, onTime: 1, late: 2 } as const;

/** Vietnam-time ISO (`+07:00`) of an epoch instant in ms. */
const iso = (epochMs: number): string => `${new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
const ms = (instant: string): number => Date.parse(instant);
/** Vietnam-time ISO of `minutes` after 00:00 of `day`. */
const instant = (day: string, minutes: number): string => iso(ms(`${day}T00:00:00+07:00`) + minutes * 60_000);
/** `minutes` after `at`. */
const plus = (at: string, minutes: number): string => iso(ms(at) + minutes * 60_000);

type Kind =
  | "intakeSupplement"
  | "supplement"
  | "receive"
  | "transfer"
  | "handOver"
  | "requestSupplement"
  | "requestPayment"
  | "pay"
  | "apologise"
  | "approve"
  | "refuse"
  | "return"
  | "withdraw"
  | "stop";
const KINDS: readonly Kind[] = [
  "intakeSupplement",
  "supplement",
  "receive",
  "transfer",
  "handOver",
  "handOver",
  "requestSupplement",
  "requestSupplement",
  "supplement",
  "requestPayment",
  "pay",
  "apologise",
  "approve",
  "approve",
  "refuse",
  "return",
  "withdraw",
  "stop",
];
interface Move {
  readonly kind: Kind;
  /** Minutes after the previous event (up to ~9 days). */
  readonly gap: number;
  /** Extra time conditions picked at receipt; working days added to the appointment by an apology. */
  readonly pick: number;
}
const move = fc.record({
  kind: fc.constantFrom(...KINDS),
  gap: fc.integer({ min: 5, max: 13_000 }),
  pick: fc.integer({ min: 0, max: 6 }),
});
const scenario = fc.record({
  context: fc.integer({ min: 0, max: CONTEXTS.length - 1 }),
  start: fc.constantFrom(...STARTS),
  minute: fc.integer({ min: 6 * 60, max: 18 * 60 }),
  moves: fc.array(move, { minLength: 3, maxLength: 16 }),
  finish: fc.boolean(),
});

/** The event a move asks for in `state`, or `undefined` when it makes no sense there. */
function eventFor(state: DossierState, m: Move, at: string, context: WorkflowContext): DossierEventInput | undefined {
  const base = { at, version: state.version };
  switch (m.kind) {
    case "intakeSupplement":
      return { ...base, type: "requestSupplementAtIntake", actor: DESK, items: ITEMS };
    case "supplement":
      return { ...base, type: "supplement", actor: APPLICANT };
    case "receive": {
      const extraTime = EXTRA.filter((_, i) => (m.pick >> i) & 1);
      return { ...base, type: "receive", actor: DESK, code: codeFor(at), ...(extraTime.length ? { extraTime } : {}) };
    }
    case "transfer":
      return { ...base, type: "transfer", actor: DESK };
    case "handOver":
      return { ...base, type: "handOver", actor: PROCESSOR, step: (state.currentStep ?? 0) + 1 };
    case "requestSupplement":
      return { ...base, type: "requestSupplement", actor: PROCESSOR, items: ITEMS };
    case "requestPayment":
      return { ...base, type: "requestPayment", actor: PROCESSOR, amountVnd: 50_000 };
    case "pay":
      return { ...base, type: "pay", actor: APPLICANT };
    case "apologise": {
      const current = computeDossierTime(state, context, { at })?.current.dueDate;
      if (current === undefined) return undefined;
      const newDueDate = calendar.addWorkingDays(current, 1 + m.pick);
      return { ...base, type: "apologise", actor: APPROVER, newDueDate, reason: "Cần xác minh", letterRef: "01/XL" };
    }
    case "approve":
      return { ...base, type: "approve", actor: APPROVER };
    case "refuse":
      return { ...base, type: "refuse", actor: APPROVER, reason: "Không đủ điều kiện" };
    case "return":
      return { ...base, type: "return", actor: DESK, channel: "direct" };
    case "withdraw":
      return { ...base, type: "withdraw", actor: APPLICANT };
    case "stop":
      return { ...base, type: "stop", actor: APPROVER, reason: "Theo đề nghị của người nộp" };
  }
}

/** Applies an event, or leaves the state as it is when the workflow refuses it (TthcError). */
function attempt(state: DossierState, event: DossierEventInput, context: WorkflowContext): DossierState | undefined {
  try {
    return transition(state, event, context).state;
  } catch (error) {
    if (isTthcError(error)) return undefined;
    throw error;
  }
}

interface Run {
  readonly context: WorkflowContext;
  readonly log: DossierEventInput[];
  readonly state: DossierState;
}

/** Drives one dossier: submit, the moves the workflow accepts, and (if asked) the hand-overs and approval. */
function run(s: Scenario): Run {
  const context = CONTEXTS[s.context] as WorkflowContext;
  let at = instant(s.start, s.minute);
  let state = createDossierState(context);
  const log: DossierEventInput[] = [];
  const apply = (event: DossierEventInput | undefined) => {
    if (event === undefined) return;
    const next = attempt(state, event, context);
    if (next !== undefined) {
      state = next;
      log.push(event);
    }
  };
  apply({ type: "submit", at, actor: DESK, version: 0, channel: "direct", applicant: CITIZEN });
  for (const m of s.moves) {
    at = plus(at, m.gap);
    apply(eventFor(state, m, at, context));
  }
  if (s.finish) {
    const chain: Kind[] = ["supplement", "pay", "receive", "transfer", "handOver", "handOver", "handOver", "handOver"];
    for (const kind of [...chain, "handOver", "approve"] as Kind[]) {
      at = plus(at, 600);
      apply(eventFor(state, { kind, gap: 600, pick: 0 }, at, context));
    }
  }
  return { context, log, state };
}
interface Scenario {
  readonly context: number;
  readonly start: string;
  readonly minute: number;
  readonly moves: readonly Move[];
  readonly finish: boolean;
}

const replayLog = (log: readonly DossierEventInput[], context: WorkflowContext): DossierState | undefined => {
  let state: DossierState | undefined = createDossierState(context);
  for (const [version, event] of log.entries()) {
    state = attempt(state, { ...event, version } as DossierEventInput, context);
    if (state === undefined) return undefined;
  }
  return state;
};

const OPTIONS: readonly TimelinessOptions[] = (["day", "minute"] as const).flatMap((granularity) =>
  (["resultReady", "returned"] as const).flatMap((reference) =>
    (["original", "reappointed"] as const).map((classifyAgainst) => ({ granularity, reference, classifyAgainst })),
  ),
);

/** The report's verdict on one record: early / on time / late if counted resolved, else undefined. */
function reportVerdict(state: DossierState, context: WorkflowContext, o: TimelinessOptions) {
  const row = summarizeProcessing([stateToReportRecord(state, context, { receivingAgency: "000.00.12.H26" })], {
    period: PERIOD,
    ...o,
  }).total;
  if (row.resolvedEarly === 1) return "early";
  if (row.resolvedOnTime === 1) return "onTime";
  if (row.resolvedLate === 1) return "late";
  return undefined;
}

const PARAMS = { seed: 20260214, numRuns: 150 };

describe("one account of a dossier's time, across modules", () => {
  // One property per `reference`, so that a disagreement in one reading does not hide the other.
  for (const reference of ["resultReady", "returned"] as const) {
    test.prop([scenario], PARAMS)(
      `REP-5 / DL-14: classifyTimeliness equals the report's classification (reference ${reference})`,
      (s) => {
        const { state, context } = run(s);
        const resolved = state.status === "resolved" || state.status === "returned";
        for (const o of OPTIONS.filter((x) => x.reference === reference)) {
          const workflow = classifyTimeliness(state, context, o);
          const report = reportVerdict(state, context, o);
          // Refused, withdrawn, stopped: counted apart in the report; open: pending, no verdict.
          expect([o, state.status, report]).toEqual([o, state.status, resolved ? workflow : undefined]);
          if (!resolved) expect(workflow === undefined || state.status === "refusedAfterAcceptance").toBe(true);
        }
      },
    );
  }

  test.prop([scenario, fc.integer({ min: 0, max: 40 * 24 * 60 })], PARAMS)(
    "DL-15: the testing kit's toBeOverdueAt agrees with isOverdue",
    (s, later) => {
      const { state, context } = run(s);
      const at = plus(state.updatedAt ?? instant(s.start, s.minute), later);
      if (isOverdue(state, at, context)) expect(state).toBeOverdueAt(at, context);
      else expect(state).not.toBeOverdueAt(at, context);
    },
  );

  test.prop([scenario], PARAMS)("WF-13: the control slip rows are the account's handed-over steps", (s) => {
    const { state, context } = run(s);
    if (state.ruleSet === undefined) return;
    const steps = computeDossierTime(state, context)?.steps ?? [];
    const rows = buildProcessControlSlip(state, context).data.rows;
    const expected = steps.flatMap((step, i) =>
      step.handedOverAt === undefined
        ? []
        : [
            {
              order: step.order,
              name: step.name,
              unit: step.unit,
              startedAt: step.startedAt,
              handedOverAt: step.handedOverAt,
              stepDueAt: step.dueAt,
              outcome: step.outcome,
              by: state.steps[i]?.by,
            },
          ],
    );
    expect(rows).toEqual(expected);
  });
});

describe("monotonic verdicts", () => {
  const finished = scenario.map((s) => ({ ...s, finish: true }));

  test.prop([finished, fc.nat(), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })], PARAMS)(
    "DL-8: adding a supplement pause never makes a dossier later, nor its original due date earlier",
    (s, where, fromPct, lengthPct) => {
      const base = run(s);
      const { context, log } = base;
      if (base.state.resultReadyAt === undefined) return;
      // A gap between two events, after which the dossier is in process with no pause open.
      const gaps: number[] = [];
      let state = createDossierState(context);
      for (const [i, event] of log.entries()) {
        state = transition(state, event, context).state;
        const open = state.pauses.at(-1)?.to === undefined && state.pauses.length > 0;
        if (state.status === "inProcess" && !open && log[i + 1] !== undefined) gaps.push(i);
      }
      if (gaps.length === 0) return;
      const i = gaps[where % gaps.length] as number;
      const t0 = ms((log[i] as DossierEventInput).at);
      const t1 = ms((log[i + 1] as DossierEventInput).at);
      if (t1 - t0 < 3 * 60_000) return;
      const from = t0 + Math.max(60_000, Math.floor(((t1 - t0) * fromPct) / 100 / 60_000) * 60_000);
      const to = Math.min(t1 - 60_000, from + Math.max(60_000, Math.floor(((t1 - from) * lengthPct) / 100)));
      if (!(from < to && to < t1)) return;
      const inserted: DossierEventInput[] = [
        { type: "requestSupplement", at: iso(from), actor: PROCESSOR, version: 0, items: ITEMS },
        { type: "supplement", at: iso(to), actor: APPLICANT, version: 0 },
      ];
      const variant = replayLog([...log.slice(0, i + 1), ...inserted, ...log.slice(i + 1)], context);
      if (variant === undefined) return; // the pause makes a later event invalid (a count, an apology date)
      const a = computeDossierTime(base.state, context);
      const b = computeDossierTime(variant, context);
      expect(ms(b?.original.dueAt as string)).toBeGreaterThanOrEqual(ms(a?.original.dueAt as string));
      for (const o of OPTIONS) {
        const before = classifyTimeliness(base.state, context, o);
        const after = classifyTimeliness(variant, context, o);
        if (before !== undefined && after !== undefined) expect(RANK[after]).toBeLessThanOrEqual(RANK[before]);
      }
    },
  );

  test.prop([finished, fc.integer({ min: 1, max: 20 * 24 * 60 })], PARAMS)(
    "REP-5: finishing later never makes a dossier earlier",
    (s, delay) => {
      const { context, log, state } = run(s);
      const last = log.at(-1);
      if (last?.type !== "approve" || state.resultReadyAt === undefined) return;
      const later = replayLog([...log.slice(0, -1), { ...last, at: plus(last.at, delay) }], context);
      if (later === undefined) return;
      for (const o of OPTIONS) {
        const before = classifyTimeliness(state, context, o);
        const after = classifyTimeliness(later, context, o);
        if (before !== undefined && after !== undefined) expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      }
    },
  );
});

/**
 * `npm run build && node --expose-gc bench/replay.mjs`: replay 8-event dossier logs through the built
 * `tthc/workflow` (dist/) against an XState v5 machine of the same process driven by
 * `createActor(machine).start()` + `.send(…)`, in one process, on the same logs, like with like:
 *
 * - untrusted: every event validated, both sides with the same zod schema (`DossierEvent`; the
 *   XState side calls `DossierEvent.safeParse` before each `send`);
 * - trusted: logs validated when they were appended; neither side validates
 *   (`replay(log, context, { trusted: true })` against plain `send`).
 *
 * Both compute the appointment on receipt and the resumed due date after the supplement with
 * `computeDueDate` from dist/, dates only (`explain: false`, as the workflow asks for them). Prints dossiers/s and the ratios per round, then the ranges.
 * `DOSSIERS` (default 30,000) and `ROUNDS` (default 3) from the environment.
 */
import { assign, createActor, setup } from "xstate";
import { createWorkingCalendar } from "../dist/calendar/index.js";
import { computeDueDate } from "../dist/deadline/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../dist/fixtures/index.js";
import { DossierEvent, replay } from "../dist/workflow/index.js";

const DOSSIERS = Number(process.env.DOSSIERS ?? 30_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const calendar = createWorkingCalendar();
const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar };
const desk = { id: "desk", role: "receptionist" };
const officer = { id: "officer", role: "processor" };
const leader = { id: "leader", role: "approver" };
const citizen = { id: "citizen", role: "applicant" };
const LIMIT = BIRTH_INTER_AGENCY_GROUP.channels[0].timeLimit;

/** Working days of 2025–2026 to receive on. */
const days = [];
for (let d = "2025-01-02"; d < "2026-12-01"; d = calendar.nextWorkingDay(d)) days.push(d);

function log(i) {
  const day = days[i % days.length];
  const next = calendar.addWorkingDays(day, 1);
  const later = calendar.addWorkingDays(day, 3);
  const code = `000.00.12.H26-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String((i % 9999) + 1).padStart(4, "0")}`;
  return [
    {
      type: "submit",
      at: `${day}T08:00:00+07:00`,
      actor: desk,
      version: 0,
      channel: "direct",
      applicant: { kind: "citizen", name: "Nguyễn Văn A" },
    },
    { type: "receive", at: `${day}T08:10:00+07:00`, actor: desk, version: 1, code },
    { type: "transfer", at: `${day}T10:00:00+07:00`, actor: desk, version: 2 },
    {
      type: "requestSupplement",
      at: `${next}T09:00:00+07:00`,
      actor: officer,
      version: 3,
      items: [{ name: "Giấy chứng sinh", reason: "Không rõ", componentId: "birth-certificate" }],
    },
    { type: "supplement", at: `${next}T15:00:00+07:00`, actor: citizen, version: 4 },
    { type: "requestPayment", at: `${later}T09:00:00+07:00`, actor: officer, version: 5, amountVnd: 50000 },
    { type: "pay", at: `${later}T10:00:00+07:00`, actor: citizen, version: 6 },
    { type: "approve", at: `${later}T15:00:00+07:00`, actor: leader, version: 7 },
  ];
}

/** XState's `assign` of the fields computed from the context and the event. */
const assignDue = (fields) => assign(({ context: c, event }) => fields(c, event));

/** The same process in XState v5: states, role and count guards, due dates in context. */
const machine = setup({
  guards: {
    desk: ({ event }) => event.actor.role === "receptionist",
    officer: ({ event }) => event.actor.role === "processor",
    leader: ({ event }) => event.actor.role === "approver",
    applicant: ({ event }) => event.actor.role === "applicant" || event.actor.role === "receptionist",
    underLimit: ({ context: c, event }) => c.supplements < 1 && event.actor.role === "processor",
  },
}).createMachine({
  id: "dossier",
  initial: "draft",
  context: () => ({ supplements: 0, paid: true }),
  states: {
    draft: { on: { submit: { target: "submitted", guard: "applicant" } } },
    submitted: {
      on: {
        receive: {
          target: "received",
          guard: "desk",
          actions: assignDue((_c, event) => ({
            receivedAt: event.at,
            dueAt: computeDueDate({ receivedAt: event.at, duration: LIMIT, calendar, explain: false }).dueAt,
          })),
        },
        rejectAtIntake: { target: "rejectedAtIntake", guard: "desk" },
      },
    },
    received: { on: { transfer: { target: "inProcess", guard: "desk" }, withdraw: "withdrawn" } },
    inProcess: {
      on: {
        requestSupplement: {
          target: "supplementRequested",
          guard: "underLimit",
          actions: assignDue((c, event) => ({ supplements: c.supplements + 1, pausedAt: event.at })),
        },
        requestPayment: { target: "paymentRequested", guard: "officer", actions: assignDue(() => ({ paid: false })) },
        approve: { target: "resolved", guard: "leader" },
        refuse: { target: "refusedAfterAcceptance", guard: "leader" },
        withdraw: "withdrawn",
      },
    },
    supplementRequested: {
      on: {
        supplement: {
          target: "inProcess",
          guard: "applicant",
          actions: assignDue((c, event) => ({
            dueAt: computeDueDate({
              receivedAt: c.receivedAt,
              duration: LIMIT,
              calendar,
              pauses: [{ from: c.pausedAt, to: event.at }],
              explain: false,
            }).dueAt,
          })),
        },
      },
    },
    paymentRequested: {
      on: { pay: { target: "inProcess", guard: "applicant", actions: assignDue(() => ({ paid: true })) } },
    },
    resolved: { on: { return: { target: "returned", guard: "desk" } } },
    refusedAfterAcceptance: { on: { return: { target: "returned", guard: "desk" } } },
    rejectedAtIntake: { type: "final" },
    returned: { type: "final" },
    withdrawn: { type: "final" },
  },
});

const logs = Array.from({ length: DOSSIERS }, (_, i) => log(i));
const events = logs.reduce((n, l) => n + l.length, 0);
const TRUSTED = Object.freeze({ trusted: true });

const runs = {
  "tthc replay, untrusted": () => {
    let resolved = 0;
    for (const l of logs) if (replay(l, context).status === "resolved") resolved++;
    return resolved;
  },
  "xstate + zod, untrusted": () => {
    let resolved = 0;
    for (const l of logs) {
      const actor = createActor(machine).start();
      for (const e of l) {
        const parsed = DossierEvent.safeParse(e);
        if (!parsed.success) throw parsed.error;
        actor.send(parsed.data);
      }
      if (actor.getSnapshot().value === "resolved") resolved++;
      actor.stop();
    }
    return resolved;
  },
  "tthc replay, trusted": () => {
    let resolved = 0;
    for (const l of logs) if (replay(l, context, TRUSTED).status === "resolved") resolved++;
    return resolved;
  },
  "xstate, trusted": () => {
    let resolved = 0;
    for (const l of logs) {
      const actor = createActor(machine).start();
      for (const e of l) actor.send(e);
      if (actor.getSnapshot().value === "resolved") resolved++;
      actor.stop();
    }
    return resolved;
  },
};

const gc = globalThis.gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};

function time(name) {
  const fn = runs[name];
  const before = heapMb();
  const t0 = performance.now();
  const resolved = fn();
  const ms = performance.now() - t0;
  const after = heapMb();
  if (resolved !== DOSSIERS) throw new Error(`${name}: ${resolved} of ${DOSSIERS} resolved`);
  console.log(
    `  ${name.padEnd(26)} ${(DOSSIERS / (ms / 1000)).toFixed(0).padStart(8)} dossiers/s  ${((ms * 1000) / DOSSIERS).toFixed(1).padStart(6)} µs/dossier  heap ${before.toFixed(0)} → ${after.toFixed(0)} MB`,
  );
  return ms;
}

console.log(
  `Node ${process.version}; ${DOSSIERS} dossiers × ${events / DOSSIERS} events; dist/ build${gc ? "" : " (run with --expose-gc for exact heap)"}`,
);
for (const name of Object.keys(runs)) runs[name](); // warm-up on the same inputs
const ratios = { untrusted: [], trusted: [] };
for (let round = 1; round <= ROUNDS; round++) {
  console.log(`round ${round}`);
  const u = time("xstate + zod, untrusted") / time("tthc replay, untrusted");
  const t = time("xstate, trusted") / time("tthc replay, trusted");
  ratios.untrusted.push(u);
  ratios.trusted.push(t);
  console.log(`  ratio untrusted ${u.toFixed(2)}×   trusted ${t.toFixed(2)}×`);
}
const range = (list) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}×`;
console.log(`tthc / xstate, untrusted (both validate with DossierEvent): ${range(ratios.untrusted)} (goal ≥ 3×)`);
console.log(`tthc / xstate, trusted (neither validates): ${range(ratios.trusted)} (goal ≥ 10×)`);

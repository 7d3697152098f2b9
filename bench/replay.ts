/**
 * `npx tsx bench/replay.ts`: replay 100,000 dossier event logs (8 events each) through
 * `tthc/workflow`, against an XState v5 machine of the same process driven by
 * `createActor(machine).start()` + `.send(…)`, in one process on the same logs. Both compute the
 * appointment on receipt and the resumed due date after a supplement with `computeDueDate`, so
 * the comparison is the state-machine overhead. Prints dossiers/s, events/s, the ratio and memory.
 */
import { assign, createActor, setup } from "xstate";
import { createWorkingCalendar } from "../src/calendar/index.js";
import { computeDueDate } from "../src/deadline/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../src/models/fixtures/index.js";
import { type DossierEventInput, replay, type WorkflowContext } from "../src/workflow/index.js";

const DOSSIERS = Number(process.env["DOSSIERS"] ?? 100_000);
const calendar = createWorkingCalendar();
const context: WorkflowContext = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar };
const desk = { id: "desk", role: "receptionist" } as const;
const officer = { id: "officer", role: "processor" } as const;
const leader = { id: "leader", role: "approver" } as const;
const citizen = { id: "citizen", role: "applicant" } as const;

/** Working days of 2025–2026 to receive on. */
const days: string[] = [];
for (let d = "2025-01-02"; d < "2026-12-01"; d = calendar.nextWorkingDay(d)) days.push(d);

function log(i: number): DossierEventInput[] {
  const day = days[i % days.length] as string;
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

/** The same process in XState v5: states, role and count guards, due dates in context. */
const machine = setup({
  types: {
    context: {} as { receivedAt?: string; dueAt?: string; pausedAt?: string; supplements: number; paid: boolean },
    events: {} as DossierEventInput,
  },
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
  context: { supplements: 0, paid: true },
  states: {
    draft: { on: { submit: { target: "submitted", guard: "applicant" } } },
    submitted: {
      on: {
        receive: {
          target: "received",
          guard: "desk",
          actions: assign(({ event }) => {
            const due = computeDueDate({
              receivedAt: event.at,
              duration: { value: 20, unit: "workingDays" },
              calendar,
            });
            return { receivedAt: event.at, dueAt: due.dueAt };
          }),
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
          actions: assign(({ context: c, event }) => ({ supplements: c.supplements + 1, pausedAt: event.at })),
        },
        requestPayment: { target: "paymentRequested", guard: "officer", actions: assign({ paid: false }) },
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
          actions: assign(({ context: c, event }) => {
            const due = computeDueDate({
              receivedAt: c.receivedAt as string,
              duration: { value: 20, unit: "workingDays" },
              calendar,
              pauses: [{ from: c.pausedAt as string, to: event.at }],
            });
            return { dueAt: due.dueAt };
          }),
        },
      },
    },
    paymentRequested: { on: { pay: { target: "inProcess", guard: "applicant", actions: assign({ paid: true }) } } },
    resolved: { on: { return: { target: "returned", guard: "desk" } } },
    refusedAfterAcceptance: { on: { return: { target: "returned", guard: "desk" } } },
    rejectedAtIntake: { type: "final" },
    returned: { type: "final" },
    withdrawn: { type: "final" },
  },
});

const logs = Array.from({ length: DOSSIERS }, (_, i) => log(i));
const events = logs.reduce((n, l) => n + l.length, 0);

function runTthc(): number {
  let resolved = 0;
  for (const l of logs) if (replay(l, context).status === "resolved") resolved++;
  return resolved;
}

function runXState(): number {
  let resolved = 0;
  for (const l of logs) {
    const actor = createActor(machine).start();
    for (const e of l) actor.send(e);
    if (actor.getSnapshot().value === "resolved") resolved++;
    actor.stop();
  }
  return resolved;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};

function time(name: string, fn: () => number): number {
  fn(); // warm-up on the same inputs
  const before = heapMb();
  const t0 = performance.now();
  const resolved = fn();
  const ms = performance.now() - t0;
  const after = heapMb();
  if (resolved !== DOSSIERS) throw new Error(`${name}: ${resolved} of ${DOSSIERS} resolved`);
  console.log(
    `${name.padEnd(28)} ${(DOSSIERS / (ms / 1000)).toFixed(0).padStart(9)} dossiers/s  ${(events / (ms / 1000)).toFixed(0).padStart(10)} events/s  ${ms.toFixed(0)} ms  heap ${before.toFixed(1)} → ${after.toFixed(1)} MB`,
  );
  return ms;
}

console.log(
  `Node ${process.version}; ${DOSSIERS} dossiers × ${events / DOSSIERS} events${gc ? "" : " (run with --expose-gc for exact heap)"}`,
);
const tthc = time("tthc replay()", runTthc);
const xstate = time("xstate createActor + send", runXState);
console.log(`ratio tthc / xstate: ${(xstate / tthc).toFixed(2)}× (target ≥ 10×)`);

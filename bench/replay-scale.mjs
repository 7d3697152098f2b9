/**
 * `npm run build && node bench/replay-scale.mjs`: cost per event of `replay` on the built package as
 * dossiers grow from 8 to 1,000 events, in every option set that moves the clock: each log is
 * submit, receive, transfer (and, in half the runs, an apology), then requestPayment/pay and
 * requestSupplement/supplement cycles (each pause about 20 hours of every 24), then approve. With
 * `pauseOnPaymentRequest` every cycle pauses the clock, so a resume that recomputed the due date
 * over all earlier pauses would grow with the log. Prints µs per event, untrusted and trusted.
 * `SIZES` (default 8,64,256,1000) and `EVENTS` per measurement (default 24,000) from the environment.
 */
import { createWorkingCalendar } from "../dist/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../dist/fixtures/index.js";
import { replay } from "../dist/workflow/index.js";

const SIZES = (process.env.SIZES ?? "8,64,256,1000").split(",").map(Number);
const EVENTS = Number(process.env.EVENTS ?? 24_000);
const calendar = createWorkingCalendar();
const desk = { id: "desk", role: "receptionist" };
const officer = { id: "officer", role: "processor" };
const leader = { id: "leader", role: "approver" };
const citizen = { id: "citizen", role: "applicant" };
const HOUR = 3_600_000;
const iso = (ms) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;

const many = { maxSupplementRequests: 1000, maxReappointments: 1 };
const OPTION_SETS = {
  defaults: { ...many },
  pauseOnPaymentRequest: { ...many, pauseOnPaymentRequest: true },
  "pause + restart": { ...many, pauseOnPaymentRequest: true, deadline: { resumeMode: "restart" } },
  "pause + shiftByCalendarDays": {
    ...many,
    pauseOnPaymentRequest: true,
    deadline: { resumeMode: "shiftByCalendarDays" },
  },
  "pause + hours from receipt, same clock time": {
    ...many,
    pauseOnPaymentRequest: true,
    deadline: { dayCounting: "workingHoursFromReceipt", appointmentTime: "sameClockTime" },
  },
  "pause + next working start": {
    ...many,
    pauseOnPaymentRequest: true,
    deadline: { outOfHoursReceipt: "nextWorkingStart" },
  },
};

/** A log of `size` events received on `day` (index `i` picks minutes, so instants differ). */
function log(size, i, context, apology) {
  const days = ["2025-03-03", "2025-06-16", "2025-09-22", "2025-11-17"];
  const day = days[i % days.length];
  const start = Date.parse(`${day}T08:00:00+07:00`) + (i % 60) * 60_000;
  const code = `000.00.12.H26-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String((i % 9999) + 1).padStart(4, "0")}`;
  const events = [
    {
      type: "submit",
      at: iso(start),
      actor: desk,
      version: 0,
      channel: "direct",
      applicant: { kind: "citizen", name: "Nguyễn Văn A" },
    },
    { type: "receive", at: iso(start + 600_000), actor: desk, version: 1, code },
    { type: "transfer", at: iso(start + 2 * HOUR), actor: desk, version: 2 },
  ];
  if (apology) {
    const due = replay(events, context).appointments[0].dueDate;
    events.push({
      type: "apologise",
      at: iso(start + 2.5 * HOUR),
      actor: leader,
      version: 3,
      reason: "Chờ xác minh",
      newDueDate: calendar.addWorkingDays(due, 5),
      letterRef: "12/XL",
    });
  }
  let t = start + 3 * HOUR;
  for (let k = 0; events.length < size - 2; k++) {
    const [ask, answer] =
      k % 2 === 0
        ? [
            { type: "requestPayment", actor: officer, amountVnd: 50000 },
            { type: "pay", actor: citizen },
          ]
        : [
            {
              type: "requestSupplement",
              actor: officer,
              items: [{ name: "Giấy chứng sinh", reason: "Không rõ", componentId: "birth-certificate" }],
            },
            { type: "supplement", actor: citizen },
          ];
    events.push({ ...ask, at: iso(t), version: events.length });
    events.push({ ...answer, at: iso(t + 20 * HOUR), version: events.length });
    t += 24 * HOUR;
  }
  events.push({ type: "approve", at: iso(t), actor: leader, version: events.length });
  return events;
}

const TRUSTED = Object.freeze({ trusted: true });
console.log(`Node ${process.version}; dist/ build; µs per event (untrusted / trusted), ${EVENTS} events a cell`);
console.log(["option set", "apology", ...SIZES.map((n) => `${n} events`)].join(" | "));
for (const [name, options] of Object.entries(OPTION_SETS)) {
  const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar, options };
  for (const apology of [false, true]) {
    const cells = [];
    for (const size of SIZES) {
      const count = Math.max(3, Math.round(EVENTS / size));
      const logs = Array.from({ length: count }, (_, i) => log(size, i, context, apology));
      const total = logs.reduce((n, l) => n + l.length, 0);
      const measure = (opts) => {
        for (const l of logs.slice(0, 2)) replay(l, context, opts); // warm-up
        const t0 = performance.now();
        for (const l of logs) if (replay(l, context, opts).status !== "resolved") throw new Error("not resolved");
        return ((performance.now() - t0) * 1000) / total;
      };
      cells.push(`${measure(undefined).toFixed(2)} / ${measure(TRUSTED).toFixed(2)}`);
    }
    console.log([name, apology ? "yes" : "no", ...cells].join(" | "));
  }
}

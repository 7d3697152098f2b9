/**
 * `npx tsx bench/urgent.ts [dossiers]`: the morning early-warning list over 100,000 open dossiers
 * with `listUrgent`, against what a portal would write with the functions that existed before it
 * (`isOverdue` + `computeRemaining` per dossier, then a sort by the time left), in one process on
 * the same states. Both answer the same question; prints the time per dossier and the ratio.
 */
import { createWorkingCalendar } from "../src/calendar/index.js";
import { BIRTH_INTER_AGENCY_GROUP } from "../src/models/fixtures/index.js";
import { anEventLog } from "../src/testing/index.js";
import { computeRemaining, type DossierState, isOverdue, listUrgent } from "../src/workflow/index.js";

const DOSSIERS = Number(process.argv[2] ?? 100_000);
const calendar = createWorkingCalendar();
const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar };
const days: string[] = [];
for (let d = "2026-01-05"; d < "2026-04-01"; d = calendar.nextWorkingDay(d)) days.push(d);

let t = performance.now();
const states: DossierState[] = [];
for (let i = 0; i < DOSSIERS; i++) {
  const day = days[i % days.length] as string;
  let log = anEventLog({ sequence: (i % 9999) + 1 })
    .submit(`${day}T08:00`)
    .receive(`${day}T08:10`)
    .transfer(`${day}T10:00`);
  if (i % 7 === 0) log = log.requestSupplement(`${calendar.addWorkingDays(day, 2)}T09:00`);
  states.push(log.replay(context));
}
console.log(`${DOSSIERS} states replayed in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const at = "2026-03-31T09:00:00+07:00";
const naive = () => {
  const out: { code: string; minutes: number }[] = [];
  for (const s of states) {
    const left = computeRemaining(s, at, context);
    if (left === undefined) continue;
    const overdue = isOverdue(s, at, context);
    if (overdue || left.totalMinutes <= 16 * 60)
      out.push({ code: s.code ?? "", minutes: overdue ? -left.totalMinutes : left.totalMinutes });
  }
  return out.sort((a, b) => a.minutes - b.minutes);
};
const ours = () => listUrgent(states, at, context);
const best = { ours: Number.POSITIVE_INFINITY, naive: Number.POSITIVE_INFINITY };
let listed = 0;
for (let round = 0; round < 5; round++) {
  t = performance.now();
  listed = ours().length;
  best.ours = Math.min(best.ours, performance.now() - t);
  t = performance.now();
  naive();
  best.naive = Math.min(best.naive, performance.now() - t);
}
const perDossier = (ms: number) => `${((ms * 1000) / DOSSIERS).toFixed(2)} µs/dossier`;
console.log(
  `listUrgent (dossier and step, levels, labels)  ${best.ours.toFixed(0)} ms  ${perDossier(best.ours)}  ${listed} listed`,
);
console.log(`isOverdue + computeRemaining + sort           ${best.naive.toFixed(0)} ms  ${perDossier(best.naive)}`);
console.log(`ratio naive / listUrgent: ${(best.naive / best.ours).toFixed(2)}×`);

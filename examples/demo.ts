/**
 * `npm run demo`: a short, real demonstration of the time core.
 * Today's working-day status, Tết this year and next, and a due date across Tết with the days
 * skipped and why — all in Vietnam time, whatever this machine's time zone.
 */
import { canChi, createWorkingCalendar, tetDate, toLunar } from "../src/calendar/index.js";
import { computeDueDate } from "../src/deadline/index.js";

const calendar = createWorkingCalendar();
const now = new Date();
const today = calendar.dayInfo(now); // a Date is read in Asia/Ho_Chi_Minh
const lunar = toLunar(now);
const line = (s = "") => process.stdout.write(`${s}\n`);

line("tthc — lịch làm việc Việt Nam / Vietnamese working calendar");
line();
line(
  `Hôm nay / today: ${today.date} (âm lịch ${lunar.day}/${lunar.month}${lunar.leap ? " nhuận" : ""} năm ${canChi(lunar.year).vi})`,
);
line(
  `  ${today.working ? "Ngày làm việc / working day" : `Ngày nghỉ / day off: ${today.label.vi} — ${today.label.en}`}`,
);
if (!today.working) line(`  Ngày làm việc tiếp theo / next working day: ${calendar.nextWorkingDay(today.date)}`);
line();

const year = Number(today.date.slice(0, 4));
for (const y of [year, year + 1]) {
  const name = canChi(y);
  const tetDays = calendar.holidays(y).filter((d) => d.block === "lunarNewYear");
  const span = tetDays.length > 0 ? `${tetDays[0]!.date} … ${tetDays[tetDays.length - 1]!.date}` : "—";
  const provisional = tetDays.some((d) => d.provisional)
    ? " (tạm tính theo luật / provisional, by rule)"
    : " (theo thông báo / as announced)";
  line(`Tết ${name.vi} (${name.en}) ${y}: mùng 1 = ${tetDate(y)}; nghỉ / days off (weekdays): ${span}${provisional}`);
}
line();

// A dossier received on the last working afternoon before Tết of next year, with a 5-working-day limit.
const firstTetDayOff = calendar.holidays(year + 1).find((d) => d.block === "lunarNewYear")?.date ?? tetDate(year + 1);
const receipt = calendar.previousWorkingDay(firstTetDayOff);
const receivedAt = `${receipt}T15:30:00+07:00`;
const due = computeDueDate({ receivedAt, duration: { value: 5, unit: "workingDays" } });
line(`Hồ sơ tiếp nhận / dossier received ${receivedAt}, thời hạn / limit 5 ngày làm việc (working days):`);
line(`  Hẹn trả / due: ${due.dueDate}, ${due.dueAt.slice(11, 16)}`);
line(`  Bỏ qua ${due.skipped.length} ngày nghỉ / ${due.skipped.length} days off skipped:`);
for (const day of due.skipped) {
  line(`    ${day.date}  ${day.label.vi} — ${day.label.en}${day.provisional ? " (provisional)" : ""}`);
}
line("  Cách tính / reasoning:");
for (const step of due.trace) line(`    [${step.rule}] ${step.en}`);

// tthc from Node with `import`: a dossier received on the last working afternoon before Tết Bính Ngọ.
// Run: npm install && npm start   (in a project of your own: npm i tthc zod)
import { createWorkingCalendar } from "tthc/calendar";
import { computeDueDate } from "tthc/deadline";

const calendar = createWorkingCalendar();
const due = computeDueDate({
  receivedAt: "2026-02-13T15:30:00+07:00", // Friday 13/2/2026, the last working day before Tết
  duration: { value: 3, unit: "workingDays" }, // thời hạn giải quyết: 03 ngày làm việc
  calendar,
});

console.log(`Tiếp nhận / received: 2026-02-13 15:30 (giờ Việt Nam)`);
console.log(`Hẹn trả / due: ${due.dueDate} ${due.dueAt.slice(11, 16)}`);
console.log(`Bỏ qua / skipped ${due.skipped.length} ngày nghỉ:`);
for (const day of due.skipped) console.log(`  ${day.date}  ${day.label.vi} — ${day.label.en}`);

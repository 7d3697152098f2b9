/**
 * `npm run demo`: a short, real demonstration of the time core.
 * Today's working-day status, Tết this year and next, and a due date across Tết with the days
 * skipped and why — all in Vietnam time, whatever this machine's time zone. Then the receipt and
 * appointment slip of that dossier as a printable HTML page, written to the system's temporary
 * directory (or to the path given as the first argument or in TTHC_DEMO_RECEIPT).
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { canChi, createWorkingCalendar, tetDate, toLunar } from "../src/calendar/index.js";
import { computeDueDate } from "../src/deadline/index.js";
import { renderFormHtml } from "../src/forms-html/index.js";
import { ruleSetFor } from "../src/models/index.js";
import { createFormDocument } from "../src/workflow/index.js";

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
line();

// The receipt and appointment slip (Mẫu 01) of that dossier, ready to print.
const slip = createFormDocument(ruleSetFor(receivedAt), "appointmentSlip", {
  dossierCode: `000.00.12.H26-${receipt.slice(2, 4)}${receipt.slice(5, 7)}${receipt.slice(8, 10)}-0001`,
  applicantName: "Nguyễn Văn A",
  procedureName: "Đăng ký khai sinh",
  timeLimit: { value: 5, unit: "workingDays" },
  receivedAt,
  dueAt: due.dueAt,
  resultChannel: "direct",
});
const html = await renderFormHtml(slip, {
  parentAgencyName: "Ủy ban nhân dân thành phố Hà Nội",
  agencyName: "Ủy ban nhân dân phường Ba Đình",
  placeName: "Hà Nội",
  lookupUrl: "https://dichvucong.example.vn/tra-cuu?ma={dossierCode}",
});
const out = resolve(process.argv[2] ?? process.env["TTHC_DEMO_RECEIPT"] ?? join(tmpdir(), "tthc-demo-receipt.html"));
writeFileSync(out, html);
line(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả / receipt and appointment slip: ${out}`);
line("  (mở bằng trình duyệt và in / open it in a browser and print)");

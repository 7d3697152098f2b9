// A month grid (Monday first) coloured by tthc's day kinds: holidays, compensatory and swapped
// days off, makeup Saturdays (làm bù), with the receipt and due days outlined.
import type { DayInfo, WorkingCalendar } from "tthc/calendar";
import type { Words } from "./i18n.js";

export interface MonthView {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function shiftMonth(view: MonthView, by: number): MonthView {
  const index = view.year * 12 + (view.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function renderMonth(
  calendar: WorkingCalendar,
  view: MonthView,
  marks: { readonly receipt?: string; readonly due?: string },
  words: Words,
  lang: "vi" | "en",
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "month";
  const head = table.createTHead().insertRow();
  for (const name of words.weekdays) {
    const th = document.createElement("th");
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  const days = new Date(Date.UTC(view.year, view.month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(view.year, view.month - 1, 1)).getUTCDay(); // 0 = Sunday
  let row = body.insertRow();
  for (let i = 0; i < (firstWeekday + 6) % 7; i++) row.insertCell();
  for (let day = 1; day <= days; day++) {
    if (row.cells.length === 7) row = body.insertRow();
    const iso = `${view.year}-${pad(view.month)}-${pad(day)}`;
    const info: DayInfo = calendar.dayInfo(iso);
    const cell = row.insertCell();
    cell.dataset["date"] = iso;
    cell.classList.add(info.kind);
    if (iso === marks.receipt) cell.classList.add("receipt");
    if (iso === marks.due) cell.classList.add("due");
    cell.textContent = String(day);
    if (info.kind !== "workday" && info.kind !== "weekend") {
      const mark = document.createElement("span");
      mark.className = "mark";
      // Short marks in the cells; the full bilingual label is in the tooltip.
      mark.textContent =
        info.kind === "makeupWorkday" ? words.makeup : info.block === "lunarNewYear" ? "Tết" : info.label[lang];
      cell.append(mark);
      cell.title = info.label[lang];
    }
  }
  while (row.cells.length < 7) row.insertCell();
  return table;
}

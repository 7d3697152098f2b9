// tthc in the browser: pick a procedure (tthc/fixtures) and a receipt instant, see the due date,
// the days off skipped with their names, and the month around it. Vietnamese by default.
import { formatTthcError, isTthcError } from "tthc";
import { createWorkingCalendar } from "tthc/calendar";
import { computeDueDate, type DueDate, type Duration } from "tthc/deadline";
import { PROCEDURE_FIXTURES } from "tthc/fixtures";
import { renderFormHtml } from "tthc/forms-html";
import { type Procedure, ruleSetFor } from "tthc/models";
import { createFormDocument } from "tthc/workflow";
import { formatLimit, type Lang, WORDS, type Words } from "./i18n.js";
import { type MonthView, renderMonth, shiftMonth } from "./monthCalendar.js";

/** Everything a panel needs to draw itself. */
interface PageState {
  readonly lang: Lang;
  readonly words: Words;
  readonly procedure: Procedure;
  readonly limit: Duration;
  /** ISO instant with +07:00, or undefined when the input is empty. */
  readonly receivedAt: string | undefined;
  readonly due: DueDate | undefined;
}

/** A part of the page drawn from the state. */
interface Panel {
  render(state: PageState): void;
}

const $ = <T extends HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (element === null) throw new Error(`missing ${selector}`);
  return element;
};

const calendar = createWorkingCalendar();
const procedureSelect = $<HTMLSelectElement>("#procedure");
const limitSelect = $<HTMLSelectElement>("#limit");
const receivedInput = $<HTMLInputElement>("#received-at");
const errorBox = $<HTMLParagraphElement>("#error");
let lang: Lang = "vi";
let month: MonthView | undefined;

/** The time limits a procedure offers: one per channel, then one per case (trường hợp). */
function limitsOf(procedure: Procedure, words: Words): { label: string; limit: Duration }[] {
  const byChannel = procedure.channels.map((c) => ({
    label: `${words.channels[c.channel] ?? c.channel}: ${formatLimit(c.timeLimit, words)}`,
    limit: c.timeLimit,
  }));
  const byCase = (procedure.cases ?? []).flatMap((c) =>
    c.timeLimit === undefined ? [] : [{ label: `${c.name}: ${formatLimit(c.timeLimit, words)}`, limit: c.timeLimit }],
  );
  return [...byChannel, ...byCase];
}

function fillSelects(words: Words): void {
  const procedureIndex = Math.max(procedureSelect.selectedIndex, 0);
  procedureSelect.replaceChildren(
    ...PROCEDURE_FIXTURES.map(
      (p) => new Option(`${p.code} — ${p.name}`, p.code, false, p === PROCEDURE_FIXTURES[procedureIndex]),
    ),
  );
  const limitIndex = Math.max(limitSelect.selectedIndex, 0);
  const limits = limitsOf(PROCEDURE_FIXTURES[procedureIndex]!, words);
  limitSelect.replaceChildren(
    ...limits.map((l, i) => new Option(l.label, String(i), false, i === Math.min(limitIndex, limits.length - 1))),
  );
}

function currentState(): PageState {
  const words = WORDS[lang];
  const procedure = PROCEDURE_FIXTURES[procedureSelect.selectedIndex] ?? PROCEDURE_FIXTURES[0]!;
  const limit = limitsOf(procedure, words)[limitSelect.selectedIndex]?.limit ?? procedure.channels[0]!.timeLimit;
  const receivedAt = receivedInput.value === "" ? undefined : `${receivedInput.value.slice(0, 16)}:00+07:00`;
  errorBox.hidden = true;
  let due: DueDate | undefined;
  if (receivedAt === undefined) {
    errorBox.textContent = words.missingReceipt;
    errorBox.hidden = false;
  } else {
    try {
      const cutoff = procedure.sameDayCutoff;
      due = computeDueDate({ receivedAt, duration: limit, calendar, ...(cutoff === undefined ? {} : { cutoff }) });
    } catch (error) {
      if (!isTthcError(error)) throw error;
      errorBox.textContent = formatTthcError(error, lang);
      errorBox.hidden = false;
    }
  }
  return { lang, words, procedure, limit, receivedAt, due };
}

function formatDueAt(dueAt: string, words: Words): string {
  const instant = new Date(dueAt);
  const zone = { timeZone: "Asia/Ho_Chi_Minh" } as const;
  const day = new Intl.DateTimeFormat(words.locale, {
    ...zone,
    weekday: "long",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const time = new Intl.DateTimeFormat(words.locale, { ...zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day.format(instant)} ${words.at} ${time.format(instant)}`;
}

/**
 * The receipt and appointment slip (Mẫu 01) of the dossier on the page, as a printable document
 * (tthc/forms-html) opened in a new window that prints itself. The applicant and the agency are
 * samples.
 */
async function printReceipt(state: PageState, receivedAt: string, due: DueDate): Promise<void> {
  const popup = window.open("", "_blank");
  if (popup === null) {
    errorBox.textContent = state.words.popupBlocked;
    errorBox.hidden = false;
    return;
  }
  const day = receivedAt.slice(2, 10).replaceAll("-", "");
  const slip = createFormDocument(ruleSetFor(receivedAt), "appointmentSlip", {
    dossierCode: `000.00.12.H26-${day}-0001`,
    applicantName: "Nguyễn Văn A",
    procedureName: state.procedure.name,
    timeLimit: state.limit,
    receivedAt,
    dueAt: due.dueAt,
    resultChannel: "direct",
  });
  const html = await renderFormHtml(slip, {
    lang: state.lang,
    parentAgencyName: "Ủy ban nhân dân thành phố Hà Nội",
    agencyName: "Ủy ban nhân dân phường Ba Đình",
    placeName: "Hà Nội",
    lookupUrl: "https://dichvucong.example.vn/tra-cuu?ma={dossierCode}",
  });
  popup.location.href = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  popup.addEventListener("load", () => popup.print(), { once: true });
}

const duePanel: Panel = {
  render(state) {
    const { words, due, procedure, lang } = state;
    const root = $("#due-panel");
    if (due === undefined) {
      root.replaceChildren();
      return;
    }
    const heading = document.createElement("h2");
    heading.textContent = words.dueHeading;
    const dueLine = document.createElement("p");
    dueLine.className = "due-line";
    dueLine.id = "due-at";
    dueLine.textContent = formatDueAt(due.dueAt, words);
    const skippedHeading = document.createElement("h2");
    skippedHeading.textContent = words.skipped(due.skipped.length);
    const list = document.createElement("ul");
    list.className = "skipped";
    list.id = "skipped";
    for (const day of due.skipped) {
      const item = document.createElement("li");
      const date = document.createElement("time");
      date.dateTime = day.date;
      date.textContent = day.date.split("-").reverse().join("/");
      item.append(date, day.label[lang]);
      list.append(item);
    }
    if (due.skipped.length === 0)
      list.append(Object.assign(document.createElement("li"), { textContent: words.noneSkipped }));
    const reasoning = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = words.reasoning;
    const steps = document.createElement("ol");
    for (const step of due.trace)
      steps.append(Object.assign(document.createElement("li"), { textContent: `[${step.rule}] ${step[lang]}` }));
    reasoning.append(summary, steps);
    const parts: HTMLElement[] = [heading, dueLine, skippedHeading, list];
    if (procedure.sameDayCutoff !== undefined) {
      parts.push(Object.assign(document.createElement("p"), { textContent: words.cutoff(procedure.sameDayCutoff) }));
    }
    const print = Object.assign(document.createElement("button"), {
      type: "button",
      id: "print-receipt",
      textContent: words.printReceipt,
    });
    const receivedAt = state.receivedAt ?? "";
    print.addEventListener("click", () => void printReceipt(state, receivedAt, due));
    root.replaceChildren(...parts, reasoning, print);
  },
};

const calendarPanel: Panel = {
  render(state) {
    const root = $("#calendar-panel");
    const { words, due } = state;
    if (month === undefined) {
      const anchor = due?.dueDate ?? state.receivedAt ?? "2026-02-13";
      month = { year: Number(anchor.slice(0, 4)), month: Number(anchor.slice(5, 7)) };
    }
    const nav = document.createElement("div");
    nav.className = "month-nav";
    const previous = Object.assign(document.createElement("button"), {
      type: "button",
      textContent: words.previousMonth,
    });
    const next = Object.assign(document.createElement("button"), { type: "button", textContent: words.nextMonth });
    previous.addEventListener("click", () => moveMonth(-1));
    next.addEventListener("click", () => moveMonth(1));
    const title = document.createElement("h2");
    title.id = "month-title";
    title.textContent = `${String(month.month).padStart(2, "0")}/${month.year}`;
    nav.append(previous, title, next);
    const marks = { ...(due === undefined ? {} : { receipt: due.receiptDate, due: due.dueDate }) };
    const legend = document.createElement("div");
    legend.className = "legend";
    for (const [kind, text] of Object.entries(words.legend)) {
      const item = Object.assign(document.createElement("span"), { textContent: text });
      item.dataset["kind"] = kind;
      legend.append(item);
    }
    root.replaceChildren(nav, renderMonth(calendar, month, marks, words, state.lang), legend);
  },
};

/**
 * The panels, drawn in order on every change. Hook for the workflow module (tthc/workflow, in
 * progress): add a panel that draws the dossier's state diagram and timeline into
 * `#workflow-panel` (unhide it), e.g. `PANELS.push(workflowPanel($("#workflow-panel")))`, from
 * `state.procedure`, `state.receivedAt` and `state.due`.
 */
const PANELS: Panel[] = [duePanel, calendarPanel];

function render(): void {
  const words = WORDS[lang];
  document.documentElement.lang = words.htmlLang;
  document.title = `tthc — ${words.title}`;
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = element.dataset["text"] as keyof Words;
    const value = words[key];
    if (typeof value === "string") element.textContent = value;
  }
  $("#lang-toggle").textContent = words.toggle;
  const state = currentState();
  for (const panel of PANELS) panel.render(state);
}

function moveMonth(by: number): void {
  if (month !== undefined) month = shiftMonth(month, by);
  render();
}

$("#lang-toggle").addEventListener("click", () => {
  lang = lang === "vi" ? "en" : "vi";
  fillSelects(WORDS[lang]);
  render();
});
procedureSelect.addEventListener("change", () => {
  limitSelect.selectedIndex = 0;
  fillSelects(WORDS[lang]);
  month = undefined;
  render();
});
limitSelect.addEventListener("change", () => {
  month = undefined;
  render();
});
for (const type of ["input", "change"])
  receivedInput.addEventListener(type, () => {
    month = undefined;
    render();
  });

fillSelects(WORDS[lang]);
render();
document.body.dataset["ready"] = "true";

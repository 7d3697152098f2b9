/** The calendar and deadline matchers: toBeWorkingDay, toBeDueOn, toBeOverdueAt (for records and instants). */

import { engineOf } from "../_internal/calendarEngine.js";
import { checkObject, mustBe } from "../_internal/checks.js";
import { parseIsoDateFast } from "../_internal/epochDay.js";
import { toInstantMs } from "../_internal/instant.js";
import type { WorkingCalendar } from "../calendar/index.js";
import { computeDueDate, type DueDate, type DueDateInput, type Pause, remaining } from "../deadline/index.js";
import type { Appointment } from "../models/index.js";
import { computeDossierTime, type DossierState } from "../workflow/index.js";
import { describeDay, type MatcherOutcome, outcome, reasoningOf, show } from "./_format.js";
import { canonicalInstant } from "./_instant.js";
import { type Subject, subjectOf } from "./_subject.js";
import type { DueOnOptions, WorkingDayOptions } from "./matcherTypes.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toBeWorkingDay(
  received: unknown,
  calendar: WorkingCalendar,
  options?: WorkingDayOptions,
): MatcherOutcome {
  const o = options === undefined ? {} : checkObject(options, ["options"], "INVALID_OPTION", ["calendar"]);
  if (o["calendar"] !== undefined && engineOf(o["calendar"]) === undefined) {
    throw mustBe(
      "INVALID_OPTION",
      ["options", "calendar"],
      "made by createWorkingCalendar()",
      "được tạo bằng createWorkingCalendar()",
      o["calendar"],
    );
  }
  const cal = (o["calendar"] as WorkingCalendar | undefined) ?? calendar;
  const date = received as string | Date;
  const working = cal.isWorkingDay(date);
  const day = describeDay(cal.dayInfo(date));
  return working
    ? outcome(true, {
        en: `expected ${show(received)} not to be a working day, but it is: ${day.en}`,
        vi: `kỳ vọng ${show(received)} không phải ngày làm việc, nhưng đó là ngày làm việc: ${day.vi}`,
      })
    : outcome(false, {
        en: `expected ${show(received)} to be a working day, but it is not: ${day.en}`,
        vi: `kỳ vọng ${show(received)} là ngày làm việc, nhưng đó là ngày nghỉ: ${day.vi}`,
      });
}

/** The deadline options of `toBeDueOn`, with the procedure's cut-off (D-5) and a calendar. */
function deadlineOptions(
  options: DueOnOptions | undefined,
  calendar: WorkingCalendar,
): Omit<DueDateInput, "receivedAt" | "duration"> {
  const { procedure, ...rest } = options ?? {};
  const cutoff = rest.cutoff ?? procedure?.sameDayCutoff;
  return { calendar, ...rest, ...(cutoff === undefined ? {} : { cutoff }) };
}

/** Closed clock pauses of a workflow state, as computeDueDate pauses. */
function pausesOf(state: DossierState): Pause[] {
  return state.pauses.flatMap((p) => (p.to === undefined ? [] : [{ from: p.from, to: p.to, reason: p.reason }]));
}

interface Found {
  readonly what: string;
  readonly dueDate?: string | undefined;
  readonly dueAt?: string | undefined;
  readonly computed?: DueDate | undefined;
  readonly appointments: readonly Appointment[];
  readonly problem?: string;
}

/** The due date of what was received: computed for an input, the current appointment of a record. */
function findDue(subject: Subject, options: DueOnOptions | undefined, calendar: WorkingCalendar): Found {
  if (subject.kind === "input") {
    const computed = computeDueDate({
      ...deadlineOptions(options, subject.input.calendar ?? calendar),
      ...subject.input,
      ...withoutProcedure(options),
    });
    const what = `${show(subject.input.receivedAt)} + ${subject.input.duration.value} ${subject.input.duration.unit}`;
    return { what, dueDate: computed.dueDate, dueAt: computed.dueAt, computed, appointments: [] };
  }
  if (subject.kind !== "dossier" && subject.kind !== "state") {
    return {
      what: "value",
      appointments: [],
      problem: subject.kind === "other" ? subject.problem : `a ${subject.kind}`,
    };
  }
  const record = subject.kind === "dossier" ? subject.dossier : subject.state;
  const what = `dossier ${record.code ?? "(no code)"}`;
  if (subject.kind === "state" && options?.procedure !== undefined) {
    // A workflow state with its procedure: the appointment in force from the one account of its time.
    const time = computeDossierTime(subject.state, { procedure: options.procedure, calendar });
    if (time !== undefined) {
      return { what, dueDate: time.current.dueDate, dueAt: time.current.dueAt, appointments: record.appointments };
    }
  }
  const { receivedAt, timeLimit } = record;
  const computed =
    receivedAt === undefined || timeLimit === undefined
      ? undefined
      : computeDueDate({
          ...deadlineOptions(options, calendar),
          receivedAt,
          duration: timeLimit,
          ...(subject.kind === "state" && pausesOf(subject.state).length > 0
            ? { pauses: pausesOf(subject.state) }
            : {}),
        });
  const current = record.appointments[record.appointments.length - 1];
  if (current !== undefined) {
    return { what, dueDate: current.dueDate, dueAt: current.dueAt, computed, appointments: record.appointments };
  }
  if (computed === undefined) {
    return {
      what,
      appointments: [],
      problem: `${what} has no appointment and no receipt with a time limit (status '${record.status}')`,
    };
  }
  return { what, dueDate: computed.dueDate, dueAt: computed.dueAt, computed, appointments: [] };
}

function withoutProcedure(options: DueOnOptions | undefined): Omit<DueOnOptions, "procedure"> {
  if (options === undefined) return {};
  const { procedure: _procedure, ...rest } = options;
  return rest;
}

function appointmentLines(appointments: readonly Appointment[]): string[] {
  if (appointments.length === 0) return [];
  return [
    "Appointments / Lịch hẹn:",
    ...appointments.map(
      (a) =>
        `  ${a.kind}: ${a.dueDate}${a.dueAt === undefined ? "" : ` (${a.dueAt})`}, set / đặt lúc ${a.setAt}${a.reason === undefined ? "" : ` — ${a.reason}`}`,
    ),
  ];
}

export function toBeDueOn(
  received: unknown,
  expected: string,
  calendar: WorkingCalendar,
  options?: DueOnOptions,
): MatcherOutcome {
  if (typeof expected !== "string") {
    throw mustBe(
      "INVALID_OPTION",
      ["expected"],
      "a date YYYY-MM-DD or an instant",
      "ngày YYYY-MM-DD hoặc thời điểm",
      expected,
    );
  }
  if (options !== undefined) checkObject(options, ["options"], "INVALID_OPTION");
  const found = findDue(subjectOf(received), options, options?.calendar ?? calendar);
  if (found.problem !== undefined) {
    return outcome(false, {
      en: `toBeDueOn expects a dossier, a workflow state or a computeDueDate input: ${found.problem}`,
      vi: `toBeDueOn cần một hồ sơ, một trạng thái quy trình hoặc đầu vào của computeDueDate: ${found.problem}`,
    });
  }
  const byDate = ISO_DATE.test(expected);
  if (byDate && Number.isNaN(parseIsoDateFast(expected))) {
    throw mustBe("INVALID_DATE", ["expected"], "a real date YYYY-MM-DD", "ngày có thật YYYY-MM-DD", expected);
  }
  const wanted = byDate ? expected : canonicalInstant(expected, ["expected"]);
  const actual = byDate ? found.dueDate : found.dueAt;
  const pass = actual === wanted;
  const shown = `${found.dueDate ?? "?"}${found.dueAt === undefined ? "" : ` (${found.dueAt})`}`;
  const details = [
    ...appointmentLines(found.appointments),
    ...(found.computed === undefined ? [] : reasoningOf(found.computed)),
  ];
  if (
    found.computed !== undefined &&
    found.appointments.length > 0 &&
    found.appointments[0]?.dueDate !== found.computed.dueDate
  ) {
    details.push(
      `Note: recomputed from the receipt and time limit: ${found.computed.dueDate}; pass { procedure } or { cutoff } for a same-day cut-off`,
      `Lưu ý: tính lại từ thời điểm tiếp nhận và thời hạn: ${found.computed.dueDate}; truyền { procedure } hoặc { cutoff } nếu có giờ chốt trong ngày`,
    );
  }
  return pass
    ? outcome(
        true,
        {
          en: `expected ${found.what} not to be due on ${wanted}, but it is`,
          vi: `kỳ vọng ${found.what} không hẹn trả vào ${wanted}, nhưng đúng là như vậy`,
        },
        details,
        { actual, expected: wanted },
      )
    : outcome(
        false,
        {
          en: `expected ${found.what} to be due on ${wanted}, but it is due on ${shown}`,
          vi: `kỳ vọng ${found.what} hẹn trả vào ${wanted}, nhưng ngày hẹn trả là ${shown}`,
        },
        details,
        { actual, expected: wanted },
      );
}

/** Overdue at `at` against a due instant: for instants, `DueDate`s, dossier records and computeDueDate inputs. */
export function overdueByInstant(subject: Subject, at: string | Date, calendar: WorkingCalendar): MatcherOutcome {
  toInstantMs(at, ["at"]);
  let dueAt: string | Date | undefined;
  let details: string[] = [];
  let what = "due instant";
  if (subject.kind === "dueAt") {
    toInstantMs(subject.dueAt, ["received"]);
    dueAt = subject.dueAt;
    what = `due instant ${show(dueAt)}`;
  } else if (subject.kind === "input") {
    const computed = computeDueDate({ calendar, ...subject.input });
    dueAt = computed.dueAt;
    what = `${show(subject.input.receivedAt)} + ${subject.input.duration.value} ${subject.input.duration.unit} (due ${computed.dueAt})`;
    details = reasoningOf(computed);
  } else if (subject.kind === "dossier") {
    const d = subject.dossier;
    dueAt = d.dueAt ?? d.appointments[d.appointments.length - 1]?.dueAt;
    what = `dossier ${d.code ?? "(no code)"} (due ${dueAt ?? d.dueDate ?? "?"})`;
    details = appointmentLines(d.appointments);
  }
  if (dueAt === undefined) {
    const problem = subject.kind === "other" ? subject.problem : `${what} has no due instant (dueAt)`;
    return outcome(false, {
      en: `toBeOverdueAt expects a due instant, a dossier with dueAt, a computeDueDate input or a workflow state with a context: ${problem}`,
      vi: `toBeOverdueAt cần thời điểm hẹn trả, hồ sơ có dueAt, đầu vào computeDueDate hoặc trạng thái quy trình kèm ngữ cảnh: ${problem}`,
    });
  }
  const left = remaining(dueAt, at, { calendar });
  const label = `${left.label.en} / ${left.label.vi}`;
  return left.overdue
    ? outcome(
        true,
        {
          en: `expected ${what} not to be overdue at ${show(at)}, but it is: ${left.label.en}`,
          vi: `kỳ vọng ${what} chưa quá hạn lúc ${show(at)}, nhưng đã ${left.label.vi}`,
        },
        details,
      )
    : outcome(
        false,
        {
          en: `expected ${what} to be overdue at ${show(at)}, but it is not: ${label}`,
          vi: `kỳ vọng ${what} quá hạn lúc ${show(at)}, nhưng chưa: ${left.label.vi}`,
        },
        details,
      );
}

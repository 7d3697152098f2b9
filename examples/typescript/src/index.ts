// A strict TypeScript consumer: every subpath's types resolve, and the types say what the values are.
// Compiled twice (moduleResolution node16, then bundler) by `npm run typecheck`; `npm start` also runs it.
import { DateTime } from "luxon";
import { isTthcError, type TthcErrorCode } from "tthc";
import { createWorkingCalendar, type DayInfo, type WorkingCalendar } from "tthc/calendar";
import { addWorkingDays as addWorkingDaysToDate, type WorkingDayOptions } from "tthc/date-fns";
import { computeDueDate, type DueDate, type DueDateInput } from "tthc/deadline";
import { BIRTH_REGISTRATION, PROCEDURE_FIXTURES } from "tthc/fixtures";
import { addWorkingDays as addWorkingDaysToDateTime, computeDueDateTime, type DueDateTime } from "tthc/luxon";
import { DossierCode, type Procedure, parseDossierCode } from "tthc/models";

const calendar: WorkingCalendar = createWorkingCalendar();
const options: WorkingDayOptions = { calendar };

const input: DueDateInput = {
  receivedAt: "2026-02-13T15:30:00+07:00",
  duration: { value: 3, unit: "workingDays" },
  calendar,
};
const due: DueDate = computeDueDate(input);
const skipped: readonly DayInfo[] = due.skipped;

const nextDate: Date = addWorkingDaysToDate(new Date(2026, 1, 13), 1, options); // the host's day, as in date-fns
const receivedAt = DateTime.fromISO("2026-02-13T15:30:00", { zone: "Asia/Ho_Chi_Minh" });
const nextDateTime: DateTime = addWorkingDaysToDateTime(receivedAt, 1, options);
const dueDateTime: DueDateTime = computeDueDateTime({
  receivedAt,
  duration: BIRTH_REGISTRATION.channels[0]!.timeLimit,
});

const procedures: readonly Procedure[] = PROCEDURE_FIXTURES;
const code: DossierCode = DossierCode.parse("000.00.12.H26-260213-0001");
const parts = parseDossierCode(code); // { agency, date, sequence }
/** Compiled, never called: each line must be a type error, or `tsc` fails on the unused directive. */
export function typeErrors(): unknown[] {
  // @ts-expect-error a bare string is not a DossierCode (brands keep codes apart)
  const notACode: DossierCode = "000.00.12.H26-260213-0001";
  // @ts-expect-error units are a closed list
  const badUnit: DueDateInput["duration"] = { value: 3, unit: "days" };
  // @ts-expect-error a Date is not a luxon DateTime
  const notDateTime = addWorkingDaysToDateTime(new Date(), 1);
  return [
    notACode,
    badUnit,
    notDateTime,
    // @ts-expect-error strict input: a misspelt key is a type error
    computeDueDate({ recievedAt: "2026-02-13T15:30:00+07:00", duration: { value: 3, unit: "workingDays" } }),
  ];
}

let code2: TthcErrorCode | undefined;
try {
  parseDossierCode("nope");
} catch (error) {
  if (isTthcError(error)) code2 = error.code;
}

console.log(
  JSON.stringify({
    dueAt: due.dueAt,
    skipped: skipped.length,
    nextDate: nextDate.toDateString(), // "Mon Feb 23 2026" on any host
    nextDateTime: nextDateTime.toISO(),
    birthRegistrationDueAt: dueDateTime.dueAt.toISO(),
    procedures: procedures.length,
    code,
    sequence: parts.sequence,
    error: code2,
  }),
);

// tthc from Node with `require` (CommonJS): the same due date, the date-fns adapter on Dates,
// and a TthcError recognised across builds by isTthcError.
// Run: npm install && npm start   (in a project of your own: npm i tthc zod)
const { formatTthcError, isTthcError } = require("tthc");
const { computeDueDate } = require("tthc/deadline");
const { addWorkingDays, isWorkingDay } = require("tthc/date-fns");
const { parseProcedureCode } = require("tthc/models");

const due = computeDueDate({
  receivedAt: "2026-02-13T15:30:00+07:00",
  duration: { value: 3, unit: "workingDays" },
});
console.log(`Hẹn trả / due: ${due.dueDate} ${due.dueAt.slice(11, 16)}`);

// As in date-fns, a Date names the host's calendar day; the result is the host's midnight of the
// working day, so it prints the same day whatever TZ this process runs in.
const friday = new Date(2026, 1, 13);
console.log(`addWorkingDays(13/2, 1) = ${addWorkingDays(friday, 1).toDateString()}`); // Mon Feb 23 2026
console.log(`isWorkingDay(17/2/2026) = ${isWorkingDay(new Date(2026, 1, 17))}`); // false: Tết

try {
  parseProcedureCode("1.00119"); // one digit short
} catch (error) {
  if (!isTthcError(error)) throw error;
  console.log(`${error.code}: ${formatTthcError(error, "vi")}`);
}

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

// A Date is read in Asia/Ho_Chi_Minh whatever TZ this process runs in; the result is 00:00 in Vietnam.
const friday = new Date("2026-02-13T15:30:00+07:00");
console.log(`addWorkingDays(13/2, 1) = ${addWorkingDays(friday, 1).toISOString()}`); // 2026-02-22T17:00:00.000Z
console.log(`isWorkingDay(17/2/2026) = ${isWorkingDay(new Date("2026-02-17T09:00:00+07:00"))}`);

try {
  parseProcedureCode("1.00119"); // one digit short
} catch (error) {
  if (!isTthcError(error)) throw error;
  console.log(`${error.code}: ${formatTthcError(error, "vi")}`);
}

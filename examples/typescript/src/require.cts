// A CommonJS TypeScript file: under node16 resolution `import … = require()` resolves to the
// package's .d.cts types and .cjs builds (the "require" condition of its exports).
import dateFns = require("tthc/date-fns");
import deadline = require("tthc/deadline");

const { isWorkingDay } = dateFns;
const { computeDueDate } = deadline;

const due = computeDueDate({ receivedAt: "2026-02-13T15:30:00+07:00", duration: { value: 3, unit: "workingDays" } });
console.log(JSON.stringify({ cjsDueAt: due.dueAt, tet: isWorkingDay(new Date("2026-02-17T09:00:00+07:00")) }));

/**
 * `npm run example:portal` — what a one-stop portal does when a birth registration arrives:
 * validate the submission, issue the dossier code, compute the appointment with the time core.
 */
import { createWorkingCalendar } from "../src/calendar/index.js";
import { computeDueDate } from "../src/deadline/index.js";
import { formatTthcError } from "../src/errors.js";
import { BIRTH_REGISTRATION } from "../src/models/fixtures/index.js";
import { createDossierCodeGenerator, parseDossier, ruleSetFor, safeParseDossier } from "../src/models/index.js";

const line = (s = "") => process.stdout.write(`${s}\n`);

// 1. A form submission with a typo is refused with the path of the bad field, in both languages.
const typo = safeParseDossier({ procedureCode: "1.001193", recievedAt: "2026-02-13T16:30:00+07:00" });
if (!typo.success) {
  line(formatTthcError(typo.error, "vi"));
  line(formatTthcError(typo.error, "en"));
}

// 2. The desk accepts the dossier: a code from the host's atomic counter (here, in memory).
const counts = new Map<string, number>();
const generator = createDossierCodeGenerator({
  agency: "000.00.12.H26",
  counter: async ({ agency, date }) => {
    const next = (counts.get(`${agency}|${date}`) ?? 0) + 1;
    counts.set(`${agency}|${date}`, next);
    return next;
  },
});
const receivedAt = "2026-02-13T14:30:00+07:00"; // Friday before Tết Bính Ngọ, before the 15:00 cut-off
const code = await generator.generate("web-form-42", receivedAt);

// 3. The appointment: the procedure's own limit and cut-off, on the working calendar.
const limit = BIRTH_REGISTRATION.channels[0]!.timeLimit;
const due = computeDueDate({
  receivedAt,
  duration: limit,
  calendar: createWorkingCalendar(),
  cutoff: BIRTH_REGISTRATION.sameDayCutoff, // "15:00" (CAL-20)
});

const dossier = parseDossier({
  code,
  procedureCode: BIRTH_REGISTRATION.code,
  procedureVersion: BIRTH_REGISTRATION.version,
  ruleSet: ruleSetFor(receivedAt),
  receivingAgency: "000.00.12.H26",
  applicant: { kind: "citizen", name: "Trần Thị B", citizenId: "001190000002" },
  channel: "direct",
  receivedAt,
  components: [{ componentId: "birth-registration-form", name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0 }],
  fees: [],
  timeLimit: limit,
  dueDate: due.dueDate,
  appointments: [{ kind: "initial", dueDate: due.dueDate, setAt: receivedAt }],
  status: "received",
});
line();
line(`Mã hồ sơ / dossier code: ${dossier.code} (${dossier.ruleSet})`);
line(`Hẹn trả / due: ${due.dueAt}`);
// The same dossier received at 15:30, after the cut-off, is due on the first working day after Tết.
const late = computeDueDate({ receivedAt: "2026-02-13T15:30:00+07:00", duration: limit, cutoff: "15:00" });
line(`Received 15:30 (after the 15:00 cut-off): due ${late.dueAt}`);

/**
 * Issue 14: every `messageVi` is Vietnamese. Walks the error paths of every public function — the
 * hostile variants of the fuzz suite's samples, and bad records aimed at each cross-field rule of
 * the schemas — collects every `TthcError` and refuses an English sentence in its `messageVi`,
 * while the English `message` keeps its shape.
 */
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { isTthcError, type TthcError } from "../../src/errors.js";
import { createSipasAccumulator } from "../../src/indices/index.js";
import {
  BIRTH_REGISTRATION,
  PRIVATE_ENTERPRISE_REGISTRATION,
  SAMPLE_DOSSIER,
} from "../../src/models/fixtures/index.js";
import { parseDossier, parseProcedure } from "../../src/models/index.js";
import { createReportAccumulator } from "../../src/report/index.js";
import { createDossierState, replay, restoreSnapshot, snapshot, transition } from "../../src/workflow/index.js";
import { type Budget, discoverExports, variantsOf } from "../fuzz/_engine.js";
import { METHODS, SAMPLES } from "../fuzz/_samples.js";

/**
 * English that has no place in a Vietnamese sentence, as whole words (`receivedAt`, `expectedState`
 * name fields; `received` alone is a status, so only zod's `, received <type>` counts).
 */
const ENGLISH: readonly RegExp[] = [
  /\bmust\b/,
  /\bexpected (?:a|an|one|string|number|object|array|boolean|undefined|null)\b/i,
  /\bExpected\b/,
  /\b[Ii]nvalid\b/,
  /\bgot\b/,
  /, received (?:undefined|null|string|number|bigint|boolean|symbol|object|array|function|date|NaN|Infinity|-Infinity)\b/,
  /\bunrecognized\b/i,
  /\bunknown (?:key|field)\b/,
  /\bis not\b/,
  /\bmore\)/,
  /\bneeds?\b/,
  /\bduplicate\b/,
  /\bcannot\b/,
  /\bthe\b/,
  /\bshould\b/,
  /\bnot allowed\b/,
];

/**
 * The English words of a `messageVi`, read outside quoted text (values shown in code notation) and
 * past `Invalid Date`, which is how an invalid `Date` prints.
 */
function englishIn(messageVi: string): string[] {
  const bare = messageVi.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''").replaceAll("Invalid Date", "Date");
  return ENGLISH.filter((marker) => marker.test(bare)).map((marker) => marker.source);
}

interface Seen {
  readonly where: string;
  readonly error: TthcError;
}

/** Every `TthcError` met, by `messageVi` (one example each). */
const seen = new Map<string, Seen>();

function collect(where: string, error: unknown): void {
  if (isTthcError(error) && !seen.has(error.messageVi)) seen.set(error.messageVi, { where, error });
}

/** Calls `run`, keeping the `TthcError` it throws, returns (`{ success: false, error }`) or rejects with. */
async function attempt(where: string, run: () => unknown): Promise<void> {
  try {
    let result = run();
    if (typeof (result as { then?: unknown } | null)?.then === "function") result = await result;
    if (typeof result === "object" && result !== null && (result as { success?: unknown }).success === false) {
      collect(where, (result as { error?: unknown }).error);
    }
  } catch (error) {
    collect(where, error);
  }
}

const BUDGET: Budget = { enumerated: 80, random: 6, timeMs: 400 };

async function walk(
  where: string,
  fn: (...args: unknown[]) => unknown,
  samples: readonly (readonly unknown[])[],
  construct = false,
): Promise<void> {
  for (const variant of variantsOf(where, samples, BUDGET)) {
    let args: unknown[];
    try {
      args = variant.build();
    } catch {
      continue;
    }
    await attempt(`${where}: ${variant.label}`, () => (construct ? Reflect.construct(fn, args) : fn(...args)));
  }
}

// ---------------------------------------------------------------------------------------------
// Bad records aimed at each rule the schemas check beyond the shape.

type Data = Record<string, unknown>;
const dossier = structuredClone(SAMPLE_DOSSIER) as unknown as Data;
const procedure = structuredClone(BIRTH_REGISTRATION) as unknown as Data;
const without = (record: Data, key: string): Data => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};
const step = (order: number, value: number, unit = "workingDays") => ({
  order,
  name: "Thẩm định",
  unit: "Phòng Tư pháp",
  role: "Công chức",
  quota: { value, unit },
});
const enterprise = structuredClone(PRIVATE_ENTERPRISE_REGISTRATION) as unknown as Data;

const BAD_DOSSIERS: readonly Data[] = [
  without(dossier, "procedureVersion"),
  { ...dossier, recievedAt: dossier["receivedAt"] },
  { ...dossier, status: "processing" },
  { ...dossier, code: "000.00.12.H26-230231-0001" },
  { ...dossier, code: "not a code" },
  { ...dossier, code: "000.00.12.H27-230915-0001" },
  { ...dossier, code: "000.00.12.H26-230916-0001" },
  without(dossier, "code"),
  without(without(dossier, "receivedAt"), "dueDate"),
  { ...without(without(without(dossier, "receivedAt"), "dueDate"), "code"), appointments: [] },
  { ...dossier, status: "draft" },
  { ...dossier, submittedAt: "2023-09-16T09:00:00+07:00" },
  { ...dossier, ruleSet: "VN-2025" },
  { ...dossier, status: "stopped" },
  { ...dossier, dueDate: "2023-09-18" },
  { ...dossier, appointments: [{ kind: "extension", dueDate: "2023-09-15", setAt: "2023-09-15T09:00:00+07:00" }] },
  { ...dossier, originDossierCode: dossier["code"] },
  { ...dossier, receivedAt: "1990-01-01T09:00:00+07:00", code: "000.00.12.H26-900101-0001" },
  { ...dossier, applicant: { kind: "citizen", name: "Nguyễn Văn A".normalize("NFD") } },
  { ...dossier, applicant: { kind: "citizen", name: "Nguyễn Văn A", citizenId: "123" } },
  { ...dossier, timeLimit: { value: 2, unit: "sameDay" } },
  { ...dossier, timeLimit: { value: 1.5, unit: "workingDays" } },
  { ...dossier, timeLimit: { value: 0.001, unit: "workingHours" } },
  { ...dossier, receivingAgency: "000.00.12.h26" },
  { ...dossier, procedureCode: "1.00948" },
  { ...dossier, components: "none" },
  { ...dossier, fees: [{ kind: "charge" }] },
];

const channels = procedure["channels"] as Data[];
const BAD_PROCEDURES: readonly Data[] = [
  without(procedure, "name"),
  { ...procedure, colour: "red" },
  { ...procedure, channels: [...channels, channels[0]] },
  { ...procedure, components: [...(procedure["components"] as Data[]), (procedure["components"] as Data[])[0]] },
  {
    ...procedure,
    cases: [
      { id: "a", name: "Trường hợp A" },
      { id: "a", name: "Trường hợp B" },
    ],
  },
  { ...procedure, effectiveTo: "2015-01-01" },
  { ...procedure, effectiveFrom: "2025-07-01", levels: ["district"] },
  { ...procedure, sector: { code: "g15", name: "Hộ tịch" } },
  { ...procedure, sameDayCutoff: "24:00" },
  { ...procedure, internalWorkflows: [{ steps: [step(2, 4, "workingHours")] }] },
  { ...procedure, internalWorkflows: [{ steps: [step(1, 1, "workingDays")] }] },
  { ...procedure, internalWorkflows: [{ caseId: "nope", steps: [step(1, 1)] }] },
  { ...procedure, internalWorkflows: [{ channel: "postal", steps: [step(1, 1)] }] },
  { ...enterprise, internalWorkflows: [{ steps: [step(1, 1)] }] },
  { ...enterprise, internalWorkflows: [{ channel: "direct", steps: [step(1, 1), step(2, 1)] }] },
  { ...enterprise, channels: [{ ...(enterprise["channels"] as Data[])[0], timeLimit: 3 }] },
];

const calendar = createWorkingCalendar();
const context = { procedure: BIRTH_REGISTRATION, calendar };
const desk = { id: "desk-01", role: "receptionist" };
const submit = {
  type: "submit",
  at: "2026-02-13T08:00:00+07:00",
  actor: desk,
  version: 0,
  channel: "direct",
  applicant: { kind: "citizen", name: "Nguyễn Văn A" },
};
const draft = createDossierState(context);
const saved = JSON.parse(snapshot(draft)) as Data;
const record = {
  code: "000.00.12.H26-260105-0001",
  procedureCode: "1.001193",
  receivingAgency: "000.00.12.H26",
  channel: "online",
  receivedAt: "2026-01-05T09:00:00+07:00",
  dueDate: "2026-01-08",
  status: "returned",
};

const TARGETED: readonly (readonly [string, () => unknown])[] = [
  ...BAD_DOSSIERS.map((bad, i) => [`parseDossier #${i}`, () => parseDossier(bad)] as const),
  ...BAD_PROCEDURES.map((bad, i) => [`parseProcedure #${i}`, () => parseProcedure(bad)] as const),
  ["transition: no actor", () => transition(draft, without(submit, "actor") as never, context)],
  ["transition: unknown event", () => transition(draft, { ...submit, type: "approve" } as never, context)],
  ["transition: extra key", () => transition(draft, { ...submit, colour: "red" } as never, context)],
  ["transition: bad actor", () => transition(draft, submit as never, { ...context, actor: { id: 1 } } as never)],
  [
    "transition: bad procedure",
    () => transition(draft, submit as never, { ...context, procedure: { code: 1 } } as never),
  ],
  ["transition: bad state", () => transition({ ...draft, status: "lost" } as never, submit as never, context)],
  ["replay: bad event", () => replay([{ ...submit, at: "2026-02-30T08:00:00+07:00" }] as never, context)],
  ["restoreSnapshot: not JSON", () => restoreSnapshot("{")],
  ["restoreSnapshot: broken", () => restoreSnapshot(JSON.stringify({ ...saved, state: { status: 1 } }))],
  ["restoreSnapshot: extra key", () => restoreSnapshot(JSON.stringify({ ...saved, colour: "red" }))],
  ["restoreSnapshot: no version", () => restoreSnapshot(JSON.stringify(without(saved, "schemaVersion")))],
  [
    "SIPAS: bad answer",
    () =>
      createSipasAccumulator({ by: "province", onInvalid: "throw" }).add({ province: "A", answers: { "access.1": 9 } }),
  ],
  [
    "SIPAS: unknown criterion",
    () => createSipasAccumulator({ by: "province", onInvalid: "throw" }).add({ province: "A", answers: { x: 1 } }),
  ],
  [
    "SIPAS: unknown field",
    () => createSipasAccumulator({ by: "none", onInvalid: "throw" }).add({ colour: 1, answers: {} }),
  ],
  ["SIPAS: no unit", () => createSipasAccumulator({ by: "agency", onInvalid: "throw" }).add({ answers: {} })],
  ["SIPAS: not an object", () => createSipasAccumulator({ onInvalid: "throw" }).add(7)],
  [
    "report: bad record",
    () => createReportAccumulator({ period: "2026-01" }).add({ ...record, status: "lost" } as never),
  ],
  [
    "report: extra key",
    () => createReportAccumulator({ period: "2026-01" }).add({ ...record, colour: "red" } as never),
  ],
  ["calendar: bad date", () => calendar.addWorkingDays("2025-02-29", 1)],
];

// ---------------------------------------------------------------------------------------------

const exports = await discoverExports();
for (const target of exports) {
  if (target.kind !== "function") continue;
  const samples = SAMPLES[target.module]?.[target.name];
  if (samples !== undefined && samples.length > 0)
    await walk(`${target.module} ${target.name}`, target.fn, samples, target.construct);
}
for (const [module, table] of Object.entries(METHODS)) {
  for (const [name, { target, samples }] of Object.entries(table)) {
    await walk(`${module} ${name}`, target() as (...args: unknown[]) => unknown, samples);
  }
}
for (const [where, run] of TARGETED) await attempt(where, run);

/** Errors built from a zod error: `invalid <what> at <path>: <issue>`, maybe `(+N more)`. */
const fromSchema = [...seen.values()].filter(({ error }) =>
  Array.isArray((error.cause as { issues?: unknown })?.issues),
);

describe("messageVi is Vietnamese (issue 14)", () => {
  it("walks many error paths, schema-backed ones among them", () => {
    expect(seen.size).toBeGreaterThan(300);
    expect(fromSchema.length).toBeGreaterThan(40);
  });

  it("no messageVi holds an English sentence", () => {
    const english = [...seen.entries()]
      .map(([messageVi, { where, error }]) => ({ where, code: error.code, messageVi, words: englishIn(messageVi) }))
      .filter(({ words }) => words.length > 0);
    const report = english.map((e) => `${e.where} [${e.code}]: ${e.messageVi}  ← ${e.words.join(", ")}`).join("\n");
    expect(english.length, `${english.length} of ${seen.size} messageVi hold English:\n${report}`).toBe(0);
  });

  it("the English message keeps its shape", () => {
    for (const { error } of fromSchema) {
      expect(error.message).toMatch(/^invalid [\w. ]+( at \S+: .+?( \(\+\d+ more\))?)?$/s);
      expect(error.messageVi).not.toBe(error.message);
    }
  });
});

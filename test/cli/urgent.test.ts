/**
 * `tthc urgent`: the early warning over JSON Lines of dossier states. Levels and working time counted
 * by hand from the 2026 calendar (no holiday in March or early April 2026; working hours 07:00–11:30
 * and 13:30–17:00, 8 a day): BIRTH_INTER_AGENCY_GROUP has 20 working days counted from the day after
 * receipt (CAL-22, CAL-23), so a dossier received Mon 2/3 is due Mon 30/3 17:00, Tue 3/3 → Tue 31/3,
 * Wed 4/3 → Wed 1/4, Thu 5/3 → Thu 2/4.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/index.js";
import { run } from "../../src/cli/main.js";
import { BIRTH_INTER_AGENCY_GROUP, BIRTH_REGISTRATION } from "../../src/models/fixtures/index.js";
import { anEventLog } from "../../src/testing/index.js";
import { snapshot } from "../../src/workflow/index.js";
import { INTER_AGENCY } from "../workflow/_helpers.js";

const calendar = createWorkingCalendar();
const context = { procedure: BIRTH_INTER_AGENCY_GROUP, calendar };
const dir = mkdtempSync(join(tmpdir(), "tthc-urgent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Received on `day` at 09:05, transferred at 10:00; dossier code …-YYMMDD-000n. */
const receivedOn = (day: string, sequence: number) =>
  anEventLog({ sequence }).submit(`${day}T09:00`).receive(`${day}T09:05`).transfer(`${day}T10:00`).replay(context);

const [mon, tue, wed, thu] = [
  receivedOn("2026-03-02", 1),
  receivedOn("2026-03-03", 2),
  receivedOn("2026-03-04", 3),
  receivedOn("2026-03-05", 4),
];
const CODE = (day: string, n: number) => `000.00.12.H26-${day}-000${n}`;
// Snapshots and bare states mixed, not in order, with a blank line.
const LINES = [snapshot(thu), JSON.stringify(mon), "", snapshot(wed), JSON.stringify(tue)];

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const STATES = file("states.jsonl", `${LINES.join("\n")}\n`);
const AT = "2026-03-31T09:00:00+07:00"; // Tue 31/3 09:00
const PROC = ["--procedure", "BIRTH_INTER_AGENCY_GROUP"];

async function tthc(args: string[], stdin: string[] = []) {
  let out = "";
  let err = "";
  const code = await run(
    ["urgent", ...args],
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
    { stdin: Readable.from(stdin.map((s) => Buffer.from(s))) },
  );
  return { code, out, err };
}

const listedOf = (out: string) =>
  (JSON.parse(out).dossiers as { code: string; line: number; urgency: { level: string } }[]).map((d) => [
    d.code,
    d.urgency.level,
    d.line,
  ]);

describe("tthc urgent", () => {
  it("lists what needs attention at --at, most urgent first (--json with counts and line numbers)", async () => {
    const r = await tthc([STATES, ...PROC, "--at", AT, "--json"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    const result = JSON.parse(r.out);
    // Mon 2/3: due Mon 30/3 17:00, at Tue 31/3 09:00 overdue by 07:00–09:00 = 2 working hours.
    // Tue 3/3: due today 17:00, 2.5 h + 3.5 h left. Wed 4/3: due the next working day, 6 h + 8 h.
    // Thu 5/3: due Thu 2/4, two working days away: on track with the default threshold (1 day), not listed.
    expect(listedOf(r.out)).toEqual([
      [CODE("260302", 1), "overdue", 2],
      [CODE("260303", 2), "dueToday", 5],
      [CODE("260304", 3), "dueSoon", 4],
    ]);
    expect(
      result.dossiers.map((d: { urgency: { remaining: { label: { vi: string } } } }) => d.urgency.remaining.label.vi),
    ).toEqual(["Quá 2 giờ", "Còn 6 giờ", "Còn 1 ngày 6 giờ"]);
    expect(result.dossiers.map((d: { minutesLeft: number }) => d.minutesLeft)).toEqual([-120, 360, 840]);
    expect(result.dossiers[0].urgency.dueAt).toBe("2026-03-30T17:00:00+07:00");
    expect(result.counts).toEqual({ overdue: 1, dueToday: 1, dueSoon: 1, paused: 0, onTrack: 0, finished: 0 });
    expect(result.records).toEqual({ total: 4, valid: 4, invalid: 0 });
    expect(result.procedure.code).toBe(BIRTH_INTER_AGENCY_GROUP.code);
  });

  it("the table and --csv have the same columns; --bom", async () => {
    const csv = await tthc([STATES, ...PROC, "--at", AT, "--csv"]);
    expect(csv.code).toBe(0);
    expect(csv.out.split("\n")).toEqual([
      "code,level,remaining,dueAt,stepOrder,stepName,stepLevel,stepRemaining",
      `${CODE("260302", 1)},overdue,Quá 2 giờ,2026-03-30T17:00:00+07:00,,,,`,
      `${CODE("260303", 2)},dueToday,Còn 6 giờ,2026-03-31T17:00:00+07:00,,,,`,
      `${CODE("260304", 3)},dueSoon,Còn 1 ngày 6 giờ,2026-04-01T17:00:00+07:00,,,,`,
      "",
    ]);
    expect((await tthc([STATES, ...PROC, "--at", AT, "--csv", "--bom"])).out).toBe(`\uFEFF${csv.out}`);
    const table = await tthc([STATES, ...PROC, "--at", AT]);
    expect(table.code).toBe(0);
    const lines = table.out.split("\n");
    expect(lines[0]).toContain("3 hồ sơ / dossiers (quá hạn / overdue 1, đến hạn hôm nay / due today 1");
    expect(lines[1]).toMatch(/^Mã hồ sơ\s+Mức\s+Còn \/ Quá\s+Hạn\s+Bước\s+Tên bước\s+Mức của bước\s+Bước: còn \/ quá$/);
    expect(lines[2]).toMatch(/^code\s+level\s+left \/ overdue\s+due\s+step/);
    expect(lines[3]).toMatch(
      new RegExp(`^${CODE("260302", 1)}\\s+overdue\\s+Quá 2 giờ\\s+2026-03-30T17:00:00\\+07:00$`),
    );
    expect(lines).toHaveLength(7);
  });

  it("--within in working hours or working days; other units are a usage error", async () => {
    // 8 working hours: Wed 4/3's 14 hours left are no longer due soon.
    const hours = await tthc([STATES, ...PROC, "--at", AT, "--within", "8wh", "--json"]);
    expect(listedOf(hours.out).map(([code]) => code)).toEqual([CODE("260302", 1), CODE("260303", 2)]);
    // 2 working days: Thu 5/3's due date Thu 2/4 is two working days after Tue 31/3 (6 h + 8 h + 8 h left).
    const days = await tthc([STATES, ...PROC, "--at", AT, "--within", "2 ngày làm việc", "--json"]);
    expect(listedOf(days.out).at(-1)).toEqual([CODE("260305", 4), "dueSoon", 1]);
    expect(JSON.parse(days.out).dossiers.at(-1).urgency.remaining.label.vi).toBe("Còn 2 ngày 6 giờ");
    for (const limit of ["15cd", "trong ngày"]) {
      const bad = await tthc([STATES, ...PROC, "--at", AT, "--within", limit]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("usage error: --within takes working hours or working days");
    }
    expect((await tthc([STATES, ...PROC, "--at", AT, "--within", "3x"])).code).toBe(2);
  });

  it("--levels picks the levels; an unknown one is a usage error", async () => {
    const r = await tthc([STATES, ...PROC, "--at", AT, "--levels", "overdue,dueSoon", "--json"]);
    expect(listedOf(r.out).map(([, level]) => level)).toEqual(["overdue", "dueSoon"]);
    const all = await tthc([STATES, ...PROC, "--at", AT, "--levels", "onTrack", "--json"]);
    expect(listedOf(all.out)).toEqual([[CODE("260305", 4), "onTrack", 1]]);
    const bad = await tthc([STATES, ...PROC, "--at", AT, "--levels", "overdue,late"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--levels takes levels among overdue, dueToday, dueSoon");
  });

  it("a bad line is reported with its number and skipped; --strict stops with exit 1", async () => {
    // Line 2: not JSON; line 3: a state of another procedure (the workflow refuses it); line 4: not a state.
    const other = anEventLog()
      .submit("2026-03-02T09:00")
      .receive("2026-03-02T09:05")
      .replay({ procedure: BIRTH_REGISTRATION, calendar });
    const path = file("bad.jsonl", [snapshot(mon), "{oops", snapshot(other), '{"status":"inProcess"}', ""].join("\n"));
    const r = await tthc([path, ...PROC, "--at", AT, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("Dòng 2: không phải JSON hợp lệ | line 2: not valid JSON\n");
    expect(r.err).toMatch(/^Dòng 3: .*thủ tục trong ngữ cảnh khác thủ tục của hồ sơ/m);
    expect(r.err).toMatch(/^Dòng 4: /m);
    expect(r.err).toContain("3 dòng lỗi bị bỏ qua / 3 bad lines skipped");
    expect(JSON.parse(r.out).records).toEqual({ total: 4, valid: 1, invalid: 3 });
    expect(listedOf(r.out)).toEqual([[CODE("260302", 1), "overdue", 1]]);
    const strict = await tthc([path, ...PROC, "--at", AT, "--strict"]);
    expect(strict).toEqual({
      code: 1,
      out: "",
      err: "Dòng 2: không phải JSON hợp lệ | line 2: not valid JSON\n--strict: dừng ở dòng lỗi đầu tiên / stopped at the first bad line\n",
    });
  });

  it("- reads standard input (always JSON Lines)", async () => {
    const r = await tthc(["-", ...PROC, "--at", AT, "--json"], [`${LINES.join("\r\n")}\r\n`]);
    expect(r.code).toBe(0);
    expect(listedOf(r.out)).toEqual(listedOf((await tthc([STATES, ...PROC, "--at", AT, "--json"])).out));
    const empty = await tthc(["-", ...PROC, "--at", AT, "--json"], []);
    expect(JSON.parse(empty.out)).toMatchObject({ listed: 0, dossiers: [] });
    expect((await tthc([file("states.csv", "code\n"), ...PROC, "--at", AT])).code).toBe(2);
  });

  it("the step in progress: --agency and --step-role, with a procedure from a JSON file", async () => {
    // INTER_AGENCY's step 2 (UBND xã, 3 working days) starts at the transfer Tue 3/3 09:00: due Fri 6/3 17:00;
    // at Fri 6/3 10:00 it is due today with 10:00–11:30 and 13:30–17:00 = 5 hours left; the dossier is on track.
    const procedure = file("procedure.json", JSON.stringify(INTER_AGENCY));
    const ctx = { procedure: INTER_AGENCY, calendar };
    const state = anEventLog()
      .submit("2026-03-02T08:50")
      .receive("2026-03-02T09:00")
      .transfer("2026-03-03T09:00", { actor: { id: "desk-01", role: "receptionist" } })
      .replay(ctx);
    const path = file("steps.jsonl", `${snapshot(state)}\n`);
    const at = "2026-03-06T10:00:00+07:00";
    const csv = await tthc([path, "--procedure", procedure, "--at", at, "--csv", "--agency", "UBND xã"]);
    expect(csv.out.split("\n")[1]).toBe(
      `${state.code},onTrack,Còn 16 ngày 5 giờ,2026-03-30T17:00:00+07:00,2,Đăng ký khai sinh,dueToday,Còn 5 giờ`,
    );
    const json = JSON.parse((await tthc([path, "--procedure", procedure, "--at", at, "--json"])).out);
    expect(json.stepCounts.dueToday).toBe(1);
    expect(json.counts.onTrack).toBe(1);
    const role = (r: string) => tthc([path, "--procedure", procedure, "--at", at, "--step-role", r, "--json"]);
    expect(JSON.parse((await role("Công chức tư pháp - hộ tịch")).out).listed).toBe(1);
    expect(JSON.parse((await role("Chủ tịch UBND xã")).out).listed).toBe(0);
    expect(
      JSON.parse((await tthc([path, "--procedure", procedure, "--at", at, "--agency", "Công an xã", "--json"])).out)
        .listed,
    ).toBe(0);
  });

  it("usage errors exit 2: no --at, no --procedure, an unknown procedure name, a bad instant", async () => {
    const noAt = await tthc([STATES, ...PROC]);
    expect(noAt.code).toBe(2);
    expect(noAt.err).toContain("usage error: urgent needs --at");
    expect(noAt.err).toContain("Usage:\n  tthc urgent ");
    expect((await tthc([STATES, "--at", AT])).code).toBe(2);
    const unknown = await tthc([STATES, "--procedure", "BIRTH_FOO", "--at", AT]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown procedure 'BIRTH_FOO'");
    expect((await tthc([STATES, ...PROC, "--at", "2026-03-31 9h"])).code).toBe(2);
    expect((await tthc([STATES, ...PROC, "--at", AT, "--json", "--csv"])).code).toBe(2);
  });

  it("a procedure file that cannot be read or is not a valid record exits 1", async () => {
    const missing = await tthc([STATES, "--procedure", join(dir, "none.json"), "--at", AT]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no such file");
    const notJson = await tthc([STATES, "--procedure", file("p1.json", "{"), "--at", AT]);
    expect(notJson.code).toBe(1);
    const invalid = await tthc([STATES, "--procedure", file("p2.json", '{"code":"1.001193"}'), "--at", AT]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain("invalid procedure");
    const noStates = await tthc([join(dir, "none.jsonl"), ...PROC, "--at", AT]);
    expect(noStates.code).toBe(1);
  });

  it("--help prints the command's help with its columns and an example", async () => {
    for (const flag of ["-h", "--help"]) {
      const r = await tthc([flag]);
      expect(r).toMatchObject({ code: 0, err: "" });
      expect(r.out).toMatch(/^Usage:\n {2}tthc urgent /);
      expect(r.out).toContain("code, level, remaining, dueAt, stepOrder, stepName, stepLevel, stepRemaining");
      expect(r.out).toContain("e.g.  tthc urgent ");
      for (const other of ["due", "holidays", "report", "sipas"]) expect(r.out).not.toContain(`tthc ${other} `);
    }
  });
});

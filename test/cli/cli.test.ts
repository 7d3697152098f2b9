import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { REPORT_RECORD_FIELDS } from "../../src/report/index.js";

function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = run(
    args,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  if (typeof code !== "number") throw new Error("the synchronous commands return a number");
  return { code, out, err };
}

describe("tthc CLI", () => {
  it("due: the issue's example across Tết Giáp Thìn 2024 (official schedule 8–14/2/2024)", () => {
    // Received Wed 7/2/2024; days off Thu 8/2 … Wed 14/2 (MOLISA notice) and the weekend 17–18/2:
    // working days after receipt: Thu 15/2 (1), Fri 16/2 (2), Mon 19/2 (3).
    const r = cli("due", "2024-02-07T10:00+07:00", "3d");
    expect(r.code).toBe(0);
    expect(r.out).toContain("2024-02-19 (2024-02-19T17:00:00+07:00)");
    expect(r.out).toContain("2024-02-12  Tết Nguyên đán Giáp Thìn");
  });

  it("due: working hours and calendar days", () => {
    // 8 working hours from Fri 16:00 (hours 07:00–11:30, 13:30–17:00): 1 h Friday, 4.5 h + 2.5 h Monday → Mon 16:00.
    expect(cli("due", "2025-03-07T16:00:00+07:00", "8h", "--json").out).toContain(
      '"dueAt": "2025-03-10T16:00:00+07:00"',
    );
    // 15 calendar days from Mon 3/3/2025 → Tue 18/3/2025, a working day.
    expect(cli("due", "2025-03-03T09:00:00+07:00", "15cd", "--json").out).toContain('"dueDate": "2025-03-18"');
  });

  it("holidays: CSV with the 2025 swap (Fri 2/5 ↔ Sat 26/4, Công văn 8726/VPCP-KGVX)", () => {
    const r = cli("holidays", "2025", "--makeup", "--csv");
    expect(r.code).toBe(0);
    // Columns in the order of calendar --csv: date, working, kind, labels, then what is the command's own.
    expect(r.out.split("\n")[0]).toBe("date,working,kind,label_vi,label_en,provisional,source");
    expect(r.out).toMatch(/^2025-05-02,false,swap,/m);
    expect(r.out).toMatch(/^2025-04-26,true,makeupWorkday,/m);
  });

  it("lunar: Tết Bính Ngọ is 17/2/2026", () => {
    expect(cli("lunar", "2026-02-17").out).toContain("ngày 1 tháng 1 năm Bính Ngọ");
  });

  it("calendar: one row per day with a running working-day rank", () => {
    const rows = cli("calendar", "--from", "2026-02-12", "--to", "2026-02-24", "--csv").out.trim().split("\n");
    expect(rows).toHaveLength(14);
    expect(rows[1]).toBe("2026-02-12,true,workday,Ngày làm việc,Working day,1");
    // Tết Bính Ngọ: off Sat 14/2 … Sun 22/2; Mon 23/2 is the third working day from Thu 12/2.
    expect(rows[12]).toBe("2026-02-23,true,workday,Ngày làm việc,Working day,3");
  });

  it("bad input exits 2 with a bilingual message", () => {
    const r = cli("due", "2025-02-30T10:00+07:00", "3d");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Thời điểm không hợp lệ (receivedAt)");
    expect(r.err).toContain("Invalid date-time (receivedAt)");
    expect(cli("due", "2025-02-03T10:00+07:00", "3x").code).toBe(2);
    expect(cli("holidays", "1990").code).toBe(2);
    expect(cli("frobnicate").code).toBe(2);
    expect(cli("holidays", "2025", "--nope").code).toBe(2);
    expect(cli("--help").code).toBe(0);
  });

  it("boolean options take =true and =false; any other value is a usage error", () => {
    const text = cli("due", "2024-02-07T10:00+07:00", "3d");
    expect(cli("due", "2024-02-07T10:00+07:00", "3d", "--json=false")).toEqual(text);
    expect(cli("due", "2024-02-07T10:00+07:00", "3d", "--json=TRUE").out).toBe(
      cli("due", "2024-02-07T10:00+07:00", "3d", "--json").out,
    );
    expect(cli("due", "2024-02-07T10:00+07:00", "3d", "--json", "--json=false")).toEqual(text);
    expect(cli("holidays", "2025", "--csv=false", "--json=false").out).toBe(cli("holidays", "2025").out);
    const bad = cli("due", "2024-02-07T10:00+07:00", "3d", "--json=yes");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Lỗi cú pháp / usage error: --json takes no value other than true or false");
  });

  it("options with values, written with = or as the next word", () => {
    const a = cli("calendar", "--from=2026-02-12", "--to=2026-02-24", "--csv");
    expect(a).toEqual(cli("calendar", "--from", "2026-02-12", "--to", "2026-02-24", "--csv"));
    expect(a.code).toBe(0);
    const missing = cli("calendar", "--from", "2026-02-12", "--to");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("usage error: --to needs a value");
    expect(cli("due", "2024-02-07T10:00+07:00", "3d", "--cutoff=16:00").code).toBe(0);
    expect(cli("calendar", "-x").err).toContain("usage error: unknown option -x");
  });

  it("report and sipas through the main entry: exit 1 for a file that cannot be read, 2 for usage", async () => {
    const run1 = async (...args: string[]) => {
      let err = "";
      const code = await run(
        args,
        () => {},
        (s) => {
          err += s;
        },
      );
      return { code, err };
    };
    const missing = await run1("report", "no-such-file.csv", "--period", "2026");
    expect(missing).toEqual({
      code: 1,
      err: "Không đọc được tệp / cannot read the file 'no-such-file.csv': không có tệp này / no such file\n",
    });
    expect((await run1("sipas", "no-such-file.csv", "--nope")).code).toBe(2);
    expect((await run1("report", "no-such-file.csv")).code).toBe(2); // --period is required
  });

  it("the help lists the exit codes and the columns report and sipas need", () => {
    const help = cli("--help").out;
    expect(help).toContain("2 lỗi cú pháp / usage error");
    expect(help).toContain("CSV columns: code, procedureCode, receivingAgency, channel, status, receivedAt, dueDate");
    expect(help).toContain("--delimiter ,|;|tab");
  });
});

describe("habits (issue 14)", () => {
  const commands = ["due", "holidays", "lunar", "calendar", "report", "sipas"];

  it("-h and --help on every command print its own help on stdout, exit 0", () => {
    for (const command of commands) {
      for (const flag of ["-h", "--help", "--help=true"]) {
        const r = cli(command, flag);
        expect(r).toMatchObject({ code: 0, err: "" });
        expect(r.out).toMatch(new RegExp(`^Usage:\\n  tthc ${command} `));
        for (const other of commands.filter((c) => c !== command)) expect(r.out).not.toContain(`tthc ${other} `);
      }
    }
    // Help wins over the rest of the line, even a bad option.
    expect(cli("due", "2024-02-07T10:00+07:00", "3d", "--nope", "-h").code).toBe(0);
    expect(cli("help", "calendar").out).toBe(cli("calendar", "--help").out);
    expect(cli("help").out).toBe(cli("--help").out);
    expect(cli("-h").out).toContain("tthc sipas ");
  });

  it("-v, -V and --version print the version of package.json, exit 0", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    for (const flag of ["-v", "-V", "--version"]) {
      expect(cli(flag)).toEqual({ code: 0, out: `tthc ${version}\n`, err: "" });
      expect(cli("due", flag).out).toBe(`tthc ${version}\n`);
    }
  });

  it("a bare tthc is a usage error: the help on stderr, nothing on stdout, exit 2", () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(cli("--help").out);
    const noCommand = cli("--json");
    expect(noCommand.code).toBe(2);
    expect(noCommand.err).toContain("usage error: missing command");
  });

  it("a usage error prints the command's own help", () => {
    const r = cli("holidays", "2025", "--nope");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Lỗi cú pháp / usage error: unknown option --nope\n\nUsage:\n  tthc holidays ");
    expect(r.err).not.toContain("tthc due ");
    expect(cli("frobnicate").err).toContain("tthc sipas "); // an unknown command: the whole help
  });

  it("due reads every form of the one duration grammar (parseDuration)", () => {
    const at = "2024-02-07T10:00+07:00";
    const three = cli("due", at, "3d", "--json").out;
    for (const limit of [
      "3wd",
      "3WD",
      "3 workingDays",
      "3 working days",
      "3 ngày làm việc",
      "3 nga\u0300y la\u0300m vie\u0323\u0302c",
    ]) {
      expect(cli("due", at, limit, "--json").out).toBe(three);
    }
    expect(cli("due", at, "8wh", "--json").out).toBe(cli("due", at, "8h", "--json").out);
    expect(cli("due", at, "8 giờ làm việc", "--json").out).toBe(cli("due", at, "8h", "--json").out);
    expect(cli("due", at, "15 ngày", "--json").out).toBe(cli("due", at, "15cd", "--json").out);
    expect(cli("due", at, "trong ngày", "--json").out).toBe(cli("due", at, "sameday", "--json").out);
    const bad = cli("due", at, "3 ngay lam viec");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Thời hạn không hợp lệ (duration)");
    expect(bad.err).toContain("Invalid duration (duration)");
  });

  it("--bom starts every --csv output with a UTF-8 byte order mark, and needs --csv", () => {
    const calendar = ["calendar", "--from", "2026-02-12", "--to", "2026-02-13", "--csv"];
    expect(cli(...calendar, "--bom").out).toBe(`\uFEFF${cli(...calendar).out}`);
    expect(cli("holidays", "2025", "--csv", "--bom").out).toBe(`\uFEFF${cli("holidays", "2025", "--csv").out}`);
    expect(cli("holidays", "2025", "--bom").code).toBe(2);
    expect(cli("calendar", "--from", "2026-02-12", "--to", "2026-02-13", "--json", "--bom").code).toBe(2);
  });

  it("the README's calendar --csv columns are the output's", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const header = cli("calendar", "--from", "2026-02-12", "--to", "2026-02-12", "--csv").out.split("\n")[0]!;
    expect(readme).toContain(`# ${header.replaceAll(",", ", ")}`);
    expect(cli("calendar", "--help").out).toContain(header.replaceAll(",", ", "));
  });

  it("report's help lists every column it reads; sipas's the ones it needs", () => {
    const help = cli("report", "--help").out;
    for (const field of REPORT_RECORD_FIELDS) expect(help).toMatch(new RegExp(`\\b${field}\\b`));
    expect(help).toContain("CSV columns: code, procedureCode, receivingAgency, channel, status, receivedAt, dueDate");
    expect(cli("sipas", "--help").out).toContain("CSV columns: one per criterion of the method, e.g. access.1");
  });

  it("- reads standard input: CSV or JSON Lines, told by the first character", async () => {
    const header = "code,procedureCode,receivingAgency,channel,status,receivedAt,dueDate";
    const row = "000.00.01.H01-261001-0001,1.001,000.00.01.H01,direct,received,2026-10-01T09:00:00+07:00,2026-10-06";
    const record = Object.fromEntries(header.split(",").map((k, i) => [k, row.split(",")[i]]));
    const runWith = async (input: string[], ...args: string[]) => {
      let out = "";
      let err = "";
      const code = await run(
        args,
        (s) => {
          out += s;
        },
        (s) => {
          err += s;
        },
        { stdin: Readable.from(input.map((s) => Buffer.from(s))) },
      );
      return { code, out, err };
    };
    const csv = await runWith([`\uFEFF${header}\n`, `${row}\n`], "report", "-", "--period", "2026-10", "--json");
    expect(csv).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(csv.out).total.received).toBe(1);
    const jsonl = await runWith(
      ["\n", `${JSON.stringify(record)}\r`, "\n"],
      "report",
      "-",
      "--period=2026-10",
      "--json",
    );
    expect(jsonl.out).toBe(csv.out);
    const empty = await runWith([], "report", "-", "--period", "2026-10");
    expect(empty.code).toBe(1);
    expect(empty.err).toContain("missing columns: code");
    const sipas = await runWith(["id;province;access.1\n1;A;5\n"], "sipas", "-", "--json");
    expect(sipas.code).toBe(0);
    expect(JSON.parse(sipas.out).responses).toEqual({ total: 1, valid: 1, invalid: 0 });
  });
});

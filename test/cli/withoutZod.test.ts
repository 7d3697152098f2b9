import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Options } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../tsup.config.js";

// The CLI as tsup builds it (the project's own settings for dist/cli.js), written to a folder with
// no node_modules above it: `import "zod"` cannot resolve there, as for a user who installed tthc
// without zod. ESM resolution only walks up node_modules folders (NODE_PATH does not apply), so
// the folder's place is what makes zod unreachable; the `report` test below proves it is.
const dir = mkdtempSync(join(tmpdir(), "tthc-no-zod-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const cli = (config as Options[]).find((c) => typeof c.entry === "object" && "cli" in c.entry);
  if (cli === undefined) throw new Error("tsup.config.ts has no cli entry");
  await build({ ...cli, outDir: join(dir, "dist"), config: false, silent: true, sourcemap: false });
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: pkg.name, type: pkg.type, version: pkg.version }));
}, 60_000);

function tthc(...args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, "dist", "cli.js"), ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the built CLI without zod", () => {
  it("zod cannot be resolved from the folder", () => {
    const probe = spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("zod")'], {
      cwd: join(dir, "dist"),
      encoding: "utf8",
    });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr).toContain("ERR_MODULE_NOT_FOUND");
  });

  it("due, holidays, lunar and calendar run", () => {
    expect(tthc("due", "2025-01-23T06:45:00+07:00", "3d")).toMatchObject({ code: 0, err: "" });
    expect(tthc("due", "2025-01-23T06:45:00+07:00", "3d").out).toContain("2025-02-04");
    expect(tthc("holidays", "2026", "--csv")).toMatchObject({ code: 0, err: "" });
    expect(tthc("lunar", "2026-02-17").out).toContain("Bính Ngọ");
    expect(tthc("calendar", "--from", "2026-02-12", "--to", "2026-02-24", "--json").code).toBe(0);
    expect(tthc("due", "2025-02-30T10:00+07:00", "3d").code).toBe(2);
    expect(tthc("--version").out).toMatch(/^tthc \d/);
    expect(tthc("report", "--help")).toMatchObject({ code: 0, err: "" }); // the help needs no zod either
  });

  it("sql and calendar --sql run, from a chunk of their own (the entry file carries no SQL)", () => {
    expect(tthc("sql", "--dialect", "postgres")).toMatchObject({ code: 0, err: "" });
    expect(tthc("sql", "due-dates", "--dialect", "duckdb").out).toContain("CREATE OR REPLACE VIEW due_dates");
    expect(tthc("calendar", "--from", "2026-01-01", "--to", "2026-01-31", "--sql").out).toContain(
      "CREATE TABLE calendar",
    );
    expect(readFileSync(join(dir, "dist", "cli.js"), "utf8")).not.toContain("CREATE OR REPLACE VIEW");
  });

  it("report says it needs zod, exit 1; sipas runs or says the same", () => {
    const csv = join(dir, "dossiers.csv");
    writeFileSync(csv, "code\n");
    const needsZod = (command: string) =>
      `Lệnh ${command} cần gói zod / the ${command} command needs the zod package: npm i zod\n`;
    const report = tthc("report", csv, "--period", "2026");
    expect(report).toEqual({ code: 1, out: "", err: needsZod("report") });
    const responses = join(dir, "responses.csv");
    writeFileSync(responses, "id,access.1\n1,5\n");
    const sipas = tthc("sipas", responses, "--json");
    if (sipas.code === 0) expect(JSON.parse(sipas.out).responses.valid).toBe(1);
    else expect(sipas).toEqual({ code: 1, out: "", err: needsZod("sipas") });
  });

  it("the entry file imports no zod (report and sipas are chunks loaded on demand)", () => {
    const entry = readFileSync(join(dir, "dist", "cli.js"), "utf8");
    expect(entry).not.toMatch(/from\s*["']zod["']/);
    const files = readdirSync(join(dir, "dist"));
    expect(files.some((f) => /from\s*["']zod["']/.test(readFileSync(join(dir, "dist", f), "utf8")))).toBe(true);
    expect(execFileSync(process.execPath, [join(dir, "dist", "cli.js"), "-v"], { encoding: "utf8" })).toMatch(/^tthc/);
  });
});

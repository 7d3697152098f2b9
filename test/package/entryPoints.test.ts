import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../scripts/entryPoints.js";

const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  sideEffects: boolean;
  type: string;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional: boolean }>;
  dependencies?: Record<string, string>;
};
const typedoc = JSON.parse(readFileSync(new URL("typedoc.json", root), "utf8")) as { entryPoints: string[] };

describe("one list of entry points", () => {
  it("package.json exports match scripts/entryPoints.ts", () => {
    const expected: Record<string, unknown> = { "./package.json": "./package.json" };
    for (const e of ENTRY_POINTS) {
      expected[e.subpath] = {
        import: { types: `./dist/${e.build}.d.ts`, default: `./dist/${e.build}.js` },
        require: { types: `./dist/${e.build}.d.cts`, default: `./dist/${e.build}.cjs` },
      };
    }
    expect(pkg.exports).toEqual(expected);
  });

  it("typesVersions lets node10 resolution see every subpath", () => {
    const expected = Object.fromEntries(
      ENTRY_POINTS.filter((e) => e.subpath !== ".").map((e) => [e.subpath.slice(2), [`./dist/${e.build}.d.cts`]]),
    );
    expect(pkg.typesVersions["*"]).toEqual(expected);
  });

  it("typedoc documents every entry point", () => {
    expect([...typedoc.entryPoints].sort()).toEqual(ENTRY_POINTS.map((e) => e.source).sort());
  });

  it("is ESM-first, side-effect free; zod is its only required (peer) runtime dependency; luxon, echarts (charts) and lean-qr (QR codes) are optional peers", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies).toEqual({ zod: "^4.0.0", luxon: "^3.0.0", echarts: "^6.0.0", "lean-qr": "^2.7.0" });
    expect(pkg.peerDependenciesMeta).toEqual({
      luxon: { optional: true },
      echarts: { optional: true },
      "lean-qr": { optional: true },
    });
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});

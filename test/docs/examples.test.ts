/**
 * Every `@example` in the TSDoc of src/ is extracted, type-checked with the strict compiler options
 * and run; each `expr; // => value` line becomes an assertion. No example can rot.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../scripts/entryPoints.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(ROOT, ".tmp", "examples");

/** `tthc/…` specifiers → source barrels, from the one list of entry points. */
const SUBPATHS: Record<string, string> = Object.fromEntries(
  ENTRY_POINTS.map((e) => [e.subpath === "." ? "tthc" : `tthc${e.subpath.slice(1)}`, e.source]),
);

interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function extract(): Example[] {
  const examples: Example[] = [];
  // The README's TypeScript blocks are examples too (illustrative ones are fenced as js).
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    examples.push({ file: "README.md", index: examples.length, code: match[1]! });
  }
  for (const file of walk(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      const body = match[1]!
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      examples.push({ file: relative(ROOT, file), index: examples.length, code: body });
    }
  }
  return examples;
}

function toModule(example: Example, outFile: string): string {
  const importLine = (spec: string) => {
    const target = SUBPATHS[spec];
    if (target === undefined) throw new Error(`${example.file}: example imports unknown module ${spec}`);
    let rel = relative(dirname(outFile), join(ROOT, target)).replace(/\.ts$/, ".js");
    if (!rel.startsWith(".")) rel = `./${rel}`;
    return rel;
  };
  const lines = example.code.split("\n").map((line) => {
    const imported = line.replace(/from "(tthc(?:\/[a-z-]+)?)"/, (_, spec: string) => `from "${importLine(spec)}"`);
    const m = /^(\s*)(.+?);?\s*\/\/ => (.+)$/.exec(imported);
    if (m === null) return imported;
    return `${m[1]}__expect(${m[2]}, ${m[3]}, ${JSON.stringify(m[2])});`;
  });
  return [
    'import { isDeepStrictEqual } from "node:util";',
    "function __expect(actual: unknown, expected: unknown, what: string): void {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: generated code holds a template literal
    "  if (!isDeepStrictEqual(actual, expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);",
    "}",
    ...lines,
    "export {};",
  ].join("\n");
}

const examples = extract();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const files = examples.map((example) => {
  const path = join(OUT, `${example.file.replace(/[/\\.]/g, "_")}_${example.index}.ts`);
  writeFileSync(path, toModule(example, path));
  return { example, path };
});

describe("TSDoc @example blocks", () => {
  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  it("all type-check under the library's strict options", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, "tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    const options = { ...config!.options, noUnusedLocals: false, types: ["node"], noEmit: true };
    const program = ts.createProgram(
      files.map((f) => f.path),
      options,
    );
    const messages = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.startsWith(OUT))
      .map((d) => `${relative(ROOT, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(messages).toEqual([]);
  }, 60_000);

  it.each(files.map((f) => [`${f.example.file} #${f.example.index}`, f.path] as const))(
    "%s runs and its results hold",
    async (_, path) => {
      await import(pathToFileURL(path).href);
    },
  );
});

/**
 * What an entry loads when imported: the root `tthc`, `tthc/calendar`, `tthc/deadline` and
 * `tthc/indices` load no other package (no zod, no luxon) and no fixtures, so importing them costs
 * about what the calendar costs (bench/coldStart.mjs measures it). Checked on the source's static
 * import graph: type-only imports are erased by the build, and `import()` loads on demand.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Module specifiers a file loads when evaluated (type-only imports and exports left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every source file and package an entry loads, following relative imports. */
function loadedBy(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith(".")) visit(join(dirname(file), spec.replace(/\.js$/, ".ts")));
      else packages.add(spec);
    }
  };
  visit(join(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe("entries that load nothing else", () => {
  it.each(["src/index.ts", "src/calendar/index.ts", "src/deadline/index.ts", "src/indices/index.ts"])(
    "%s: no package, no fixtures, no schemas",
    (entry) => {
      const { files, packages } = loadedBy(entry);
      expect(packages).toEqual([]);
      expect(files.filter((f) => f.startsWith("src/models/fixtures/"))).toEqual([]);
      expect(files.length).toBeGreaterThan(5); // the walk did follow the imports
    },
  );

  it("the zod-backed entries do load zod (the walk sees it when it is there)", () => {
    expect(loadedBy("src/models/index.ts").packages).toContain("zod");
    expect(loadedBy("src/workflow/index.ts").packages).toContain("zod");
  });
});

/**
 * Every symbol exported from a public entry point has TSDoc with a summary and an `@example`
 * (the examples themselves are compiled and run by examples.test.ts).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../scripts/entryPoints.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("public API documentation", () => {
  const program = ts.createProgram(
    ENTRY_POINTS.map((e) => join(ROOT, e.source)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
  );
  const checker = program.getTypeChecker();

  it.each(ENTRY_POINTS.map((e) => [e.subpath, e.source] as const))(
    "every export of %s has a summary and an @example",
    (_, source) => {
      const file = program.getSourceFile(join(ROOT, source));
      expect(file).toBeDefined();
      const moduleSymbol = checker.getSymbolAtLocation(file!);
      expect(moduleSymbol).toBeDefined();
      const missing: string[] = [];
      const exports = checker.getExportsOfModule(moduleSymbol!);
      for (const exported of exports) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declarations = symbol.declarations ?? [];
        const documented = declarations.some((d) => {
          const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
          const tags = ts.getJSDocTags(node);
          const comment = ts.getJSDocCommentsAndTags(node).some((c) => ts.isJSDoc(c) && c.comment !== undefined);
          return comment && tags.some((t) => t.tagName.text === "example");
        });
        if (!documented) missing.push(exported.name);
      }
      expect(exports.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    },
    60_000,
  );
});

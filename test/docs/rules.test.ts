/**
 * The rules reference (docs/guides/rules.md) and the rule IDs the code cites agree: every ID that
 * src/ cites has an entry, every entry is cited by src/ or test/, and every entry says how sure
 * the rule is and where it comes from. The docs, README and API comments point to the reference,
 * not to notes outside the product.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const REFERENCE = join(ROOT, "docs/guides/rules.md");

/** Rule-ID prefixes, one per area of the reference. */
const PREFIX = "LAW|CAL|DL|MOD|WF|DOC|REP|IDX|SIP|SVC|CC|TGT|PAR|D";
const ID = new RegExp(`\\b(${PREFIX})-(\\d+)\\b`, "g");
/** `CAL-1 … CAL-6`, `DL-11 to DL-14`, `SIP-3 to SIP-7`: a range cites every ID in it. */
const RANGE = new RegExp(`\\b(${PREFIX})-(\\d+)\\s*(?:…|\\.\\.\\.|to|–)\\s*(?:RULES\\s+)?(${PREFIX})-(\\d+)\\b`, "g");
const STATUS_WORDS = ["binding", "practice", "unconfirmed"] as const;

function filesUnder(dir: string, accept: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, accept);
    return accept(path) ? [path] : [];
  });
}

/** IDs a text cites, ranges expanded. */
function citedIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(ID)) ids.add(`${m[1]}-${m[2]}`);
  for (const m of text.matchAll(RANGE)) {
    if (m[1] !== m[3]) continue;
    for (let n = Number(m[2]); n <= Number(m[4]); n++) ids.add(`${m[1]}-${n}`);
  }
  return ids;
}

/** ID → files (relative to the repository) that cite it. */
function citations(files: readonly string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    for (const id of citedIn(readFileSync(file, "utf8"))) {
      const list = byId.get(id) ?? [];
      list.push(relative(ROOT, file));
      byId.set(id, list);
    }
  }
  return byId;
}

const byNumber = (a: string, b: string): number => {
  const [pa = "", na = "0"] = a.split("-");
  const [pb = "", nb = "0"] = b.split("-");
  return pa === pb ? Number(na) - Number(nb) : pa.localeCompare(pb);
};

interface Entry {
  readonly id: string;
  readonly body: string;
}

/** Entries of the reference: a `### <ID>` heading (anchor `#<id>`) and the text up to the next heading. */
function entriesOf(markdown: string): Entry[] {
  const entries: Entry[] = [];
  const headings = [...markdown.matchAll(/^#{1,6} (.*)$/gm)];
  headings.forEach((heading, i) => {
    const title = (heading[1] ?? "").trim();
    if (!heading[0].startsWith("### ") || !new RegExp(`^(${PREFIX})-\\d+$`).test(title)) return;
    const start = (heading.index ?? 0) + heading[0].length;
    const end = headings[i + 1]?.index ?? markdown.length;
    entries.push({ id: title, body: markdown.slice(start, end) });
  });
  return entries;
}

const reference = readFileSync(REFERENCE, "utf8");
const entries = entriesOf(reference);
const entryIds = new Set(entries.map((e) => e.id));
const srcFiles = filesUnder(join(ROOT, "src"), (p) => p.endsWith(".ts"));
const testFiles = filesUnder(join(ROOT, "test"), (p) => /\.(ts|json|csv)$/.test(p) && p !== THIS_FILE);
const citedBySrc = citations(srcFiles);
const citedByTests = citations(testFiles);

describe("rules reference (docs/guides/rules.md)", () => {
  it("is a project document with its title", () => {
    expect(reference.startsWith("---\ntitle: Rules reference (quy tắc)\n---\n")).toBe(true);
  });

  it("has entries, each ID once", () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.length).toBe(entryIds.size);
  });

  it("has an entry for every rule ID cited in src/", () => {
    const missing = [...citedBySrc.keys()]
      .filter((id) => !entryIds.has(id))
      .sort(byNumber)
      .map((id) => `${id} (${citedBySrc.get(id)?.join(", ")})`);
    expect(missing).toEqual([]);
  });

  it("has no dead entries: each is cited in src/ or test/", () => {
    const dead = entries.map((e) => e.id).filter((id) => !citedBySrc.has(id) && !citedByTests.has(id));
    expect(dead).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e] as const))("%s has a statement, a status word and a source", (_, entry) => {
    expect(entry.body).toMatch(/^\s*\*\*[^*\n]+\.\*\* \S/);
    const status = /^- \*\*Status:\*\* (\w+)/m.exec(entry.body)?.[1];
    expect(STATUS_WORDS).toContain(status);
    expect(entry.body).toMatch(/^- \*\*Source:\*\* \S/m);
    expect(entry.body).toMatch(/^- \*\*Implemented:\*\* \S/m);
    expect(entry.body).toMatch(/^- \*\*Tested:\*\* \S/m);
  });

  it("lists each area's entries in its summary table, linked to their anchors", () => {
    const linked = new Set(
      [...reference.matchAll(new RegExp(`^\\| \\[(${PREFIX})-(\\d+)\\]\\(#([a-z]+-\\d+)\\) \\|`, "gm"))].map((m) => {
        expect(m[3]).toBe(`${m[1]}-${m[2]}`.toLowerCase());
        return `${m[1]}-${m[2]}`;
      }),
    );
    expect([...linked].sort(byNumber)).toEqual([...entryIds].sort(byNumber));
  });

  it("names only existing test files", () => {
    const named = new Set([...reference.matchAll(/`(test\/[^`]+)`/g)].map((m) => m[1] ?? ""));
    const unknown = [...named].filter((path) => {
      try {
        return !statSync(join(ROOT, path)).isFile();
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });
});

describe("pointers to the rules", () => {
  /** Names of notes outside the product: users cannot follow them. */
  const NOTES = /\b(?:RULES|INDICES|DECISIONS|GLOSSARY|STYLE)\.md\b|\b(?:RULES|INDICES|STYLE)\s+§/;

  it.each([
    "README.md",
    ...filesUnder(join(ROOT, "docs/guides"), (p) => p.endsWith(".md")).map((p) => relative(ROOT, p)),
  ])("%s points to the rules reference, not to outside notes", (path) => {
    const lines = readFileSync(join(ROOT, path), "utf8")
      .split("\n")
      .filter((line) => NOTES.test(line));
    expect(lines).toEqual([]);
  });

  it("API comments in src/ cite rule IDs or the rules reference, not outside notes", () => {
    const found = srcFiles.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => NOTES.test(line))
        .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("the README links the rules reference", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("](docs/guides/rules.md)");
  });
});

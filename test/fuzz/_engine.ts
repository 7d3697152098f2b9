/**
 * The fuzz engine: finds every export of every entry point, derives hostile variants of each
 * function's sample arguments, calls it and records what went wrong. Free of vitest, so that
 * `test/fuzz/report.ts` can run it from the command line.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as fc from "fast-check";
import { ENTRY_POINTS } from "../../scripts/entryPoints.js";
import { isTthcError } from "../../src/errors.js";
import { KNOWN_ERROR_CODES } from "./_codes.js";
import {
  cloneData,
  deepFreezeData,
  fingerprint,
  firstDifference,
  hostileValue,
  isDeepFrozen,
  isPlainData,
  NODE_CHANGES,
  PLANTED,
  REPLACEMENTS,
  type Replacement,
  throwingObject,
} from "./_hostile.js";

/** Seed of every random choice the suite makes. */
export const SEED = 20_251_301;

const ROOT = resolve(import.meta.dirname, "../..");

type AnyFunction = (...args: unknown[]) => unknown;

/** A function reachable from an entry point. */
export interface FunctionExport {
  readonly kind: "function";
  /** Import specifier of the most specific entry point exporting it (`tthc/models`). */
  readonly module: string;
  /** Export name, or `constant.member` for a function held by an exported constant. */
  readonly name: string;
  readonly fn: AnyFunction;
  /** Called with `new` (a class). */
  readonly construct: boolean;
  /** A `safe…` twin: must return `{ success: false, error }` instead of throwing. */
  readonly safe: boolean;
}

/** A zod schema reachable from an entry point. */
export interface SchemaExport {
  readonly kind: "schema";
  readonly module: string;
  readonly name: string;
  readonly schema: { safeParse(input: unknown): unknown };
}

/** Any other exported value (frozen constants). */
export interface ConstantExport {
  readonly kind: "constant";
  readonly module: string;
  readonly name: string;
  readonly value: unknown;
}

export type Export = FunctionExport | SchemaExport | ConstantExport;

function specifier(subpath: string): string {
  return subpath === "." ? "tthc" : `tthc/${subpath.slice(2)}`;
}

function isSchema(value: unknown): value is SchemaExport["schema"] {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    "_zod" in value &&
    typeof (value as { safeParse?: unknown }).safeParse === "function"
  );
}

/**
 * Every value export of every entry point in `scripts/entryPoints.ts`, each once, under the most
 * specific entry point that exports it (`tthc/models`, not the root that re-exports it). Functions
 * held by an exported frozen constant (the matchers of `tthcMatchers`) are listed as functions too.
 */
export async function discoverExports(): Promise<Export[]> {
  const home = new Map<unknown, { module: string; name: string }>();
  for (const entry of ENTRY_POINTS) {
    const barrel = (await import(pathToFileURL(resolve(ROOT, entry.source)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(barrel)) {
      const known = home.get(value);
      if (known === undefined || (known.module === "tthc" && entry.subpath !== ".")) {
        home.set(value, { module: specifier(entry.subpath), name });
      }
    }
  }
  const exports: Export[] = [];
  for (const [value, { module, name }] of home) {
    if (isSchema(value)) exports.push({ kind: "schema", module, name, schema: value });
    else if (typeof value === "function") exports.push(functionExport(module, name, value as AnyFunction));
    else {
      exports.push({ kind: "constant", module, name, value });
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        for (const [member, held] of Object.entries(value)) {
          if (typeof held === "function")
            exports.push(functionExport(module, `${name}.${member}`, held as AnyFunction));
        }
      }
    }
  }
  return exports.sort((a, b) => a.module.localeCompare(b.module) || a.name.localeCompare(b.name));
}

function functionExport(module: string, name: string, fn: AnyFunction): FunctionExport {
  const construct = /^class\b/.test(Function.prototype.toString.call(fn));
  return { kind: "function", module, name, fn, construct, safe: /^safe[A-Z]/.test(name) };
}

// ---------------------------------------------------------------------------------------------
// Variants

type Key = string | number;

/** A way to call a function: a label for the report and fresh arguments. */
export interface Variant {
  readonly label: string;
  readonly build: () => unknown[];
  /**
   * Set when the call must refuse: the position (`arg1.options.lang`) that now holds a value of
   * the wrong type, an impossible date or an unknown key, and what was put there. Silent success is a failure.
   */
  readonly mustRefuse?: { readonly at: string; readonly what: string };
  /** The positions the variant changed (`arg0.data`), for leniencies bound to a position. */
  readonly at?: readonly string[];
}

/** Text a result never shows unless the input did: the marks of a missing or broken value. */
export const SUSPECT_TEXT = ["undefined", "NaN", "Infinity", "[object Object]"] as const;

/**
 * Why an export is allowed what the oracles otherwise refuse, declared next to its samples:
 * - `accepts`: the position (`arg0`, `arg1.lang`; a prefix covers what is below it, `*` all)
 *   takes any value, or with `of` only that replacement (`"null"`, `"wrong type"`, `"extra key"`…);
 * - `refusesWith`: a predicate or checker whose refusal is an answer (`false`, a non-empty list);
 * - `prints`: its results may hold that text (or `"non-finite"` numbers), with `at` only for
 *   inputs changed at or below that position.
 * Each carries the reason, in a few words.
 */
export type Leniency =
  | { readonly accepts: string; readonly of?: string; readonly reason: string }
  | { readonly refusesWith: "false" | "a non-empty list"; readonly reason: string }
  | {
      readonly prints: (typeof SUSPECT_TEXT)[number] | "non-finite";
      /** Only when the call's input was changed at or below this position. */
      readonly at?: string;
      readonly reason: string;
    };

/**
 * Whether `value` put where the sample has `original` is of the wrong type: a number where a
 * string is, a string where a number or boolean is, `NaN` or ±`Infinity` anywhere, `null` where the
 * sample has a value, an array where an object is or the other way round.
 */
export function isWrongType(original: unknown, value: unknown): boolean {
  if (original === undefined) return false;
  if (typeof value === "number" && !Number.isFinite(value)) return true;
  if (value === null) return original !== null;
  switch (typeof original) {
    case "string":
      return typeof value === "number";
    case "number":
    case "boolean":
      return typeof value === "string";
    case "object":
      return isPlainData(original) && isPlainData(value) && Array.isArray(original) !== Array.isArray(value);
    default:
      return false;
  }
}

/**
 * Impossible dates and instants (a 30 February, month 13, an offset past ±14:00): refused wherever
 * the sample has a date or an instant (leniencies name them `of: "impossible date"`).
 */
const IMPOSSIBLE_DATES: ReadonlySet<string> = new Set([
  '"2025-02-30"',
  '"2025-13-01"',
  '"2025-02-30T09:00:00+07:00"',
  '"2025-07-01T09:00:00+14:59"',
  '"2025-07-01T09:00:00+99:00"',
]);

/** Free-text fields whose samples look like dates (`version: "2016-01-01"`): no date oracle there. */
const FREE_TEXT_KEYS: ReadonlySet<Key> = new Set(["version", "procedureVersion"]);

/** Whether the replacement `label` put at `key`, where the sample has `original`, must be refused. */
function mustRefuseAt(label: string, key: Key | undefined, original: unknown, value: () => unknown): boolean {
  if (IMPOSSIBLE_DATES.has(label)) {
    return typeof original === "string" && /^\d{4}-\d{2}-\d{2}/.test(original) && !FREE_TEXT_KEYS.has(key ?? "");
  }
  return STRICT_LABELS.has(label) && isWrongType(original, value());
}

/** The replacements the refusal oracle judges (one of each kind of wrong type; the rest are variations). */
const STRICT_LABELS: ReadonlySet<string> = new Set([
  "null",
  "NaN",
  "Infinity",
  "-Infinity",
  "wrong type",
  '""',
  "[]",
  "{}",
]);

/** Whether the declared leniencies let the value `what` (a replacement's label) at `at` through. */
function accepted(at: string, what: string, lenient: readonly Leniency[]): boolean {
  return lenient.some((l) => "accepts" in l && (l.of === undefined || l.of === what) && covers(l.accepts, at));
}

/** Whether the position `outer` (`*` for all) is `at` or holds it. */
function covers(outer: string, at: string): boolean {
  if (outer === "*" || outer === at) return true;
  return at.startsWith(outer) && (at[outer.length] === "." || at[outer.length] === "[");
}

/** The leniencies that apply to a call whose input was changed at `changed` (output ones may be bound to a position). */
function applying(lenient: readonly Leniency[], changed: readonly string[] | undefined): readonly Leniency[] {
  return lenient.filter(
    (l) =>
      !("prints" in l) ||
      l.at === undefined ||
      (changed !== undefined && changed.length > 0 && changed.every((at) => covers(l.at as string, at))),
  );
}

function formatPath(path: readonly Key[]): string {
  let text = `arg${path[0]}`;
  for (const key of path.slice(1)) text += typeof key === "number" ? `[${key}]` : `.${key}`;
  return text;
}

/** Paths to every argument and every field below it, down to `maxDepth` keys (first array item only). */
export function pathsOf(args: readonly unknown[], maxDepth = 4): Key[][] {
  const paths: Key[][] = [];
  const stack: { path: Key[]; value: unknown }[] = args.map((value, i) => ({ path: [i], value })).reverse();
  while (stack.length > 0) {
    const { path, value } = stack.pop()!;
    paths.push(path);
    if (!isPlainData(value) || path.length > maxDepth) continue;
    const children: { path: Key[]; value: unknown }[] = [];
    if (Array.isArray(value)) {
      if (value.length > 0) children.push({ path: [...path, 0], value: value[0] });
    } else {
      for (const key of Object.keys(value)) children.push({ path: [...path, key], value: value[key] });
    }
    stack.push(...children.reverse());
  }
  return paths;
}

function valueAt(root: unknown[], path: readonly Key[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (!isPlainData(node)) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

type Edit = (parent: Record<Key, unknown>, key: Key) => void;

/** A fresh copy of `args` with `edit` applied at `path` (the copy is mutable: edits never touch the sample). */
function edited(args: readonly unknown[], path: readonly Key[], edit: Edit): unknown[] {
  const copy = cloneData([...args]);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<Key, unknown>;
  edit(parent, path[path.length - 1]!);
  return copy;
}

const set =
  (make: () => unknown): Edit =>
  (parent, key) => {
    Object.defineProperty(parent, key, { value: make(), enumerable: true, writable: true, configurable: true });
  };

const plantGetter: Edit = (parent, key) => {
  Object.defineProperty(parent, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw PLANTED;
    },
  });
};

function replaceWith(r: Replacement, original: unknown): () => unknown {
  return () => r.make(original);
}

/** A small deterministic generator (mulberry32) for picking variants under the cap. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Limits of one function's fuzz. */
export interface Budget {
  /** Deterministic variants per function (arity changes and whole-argument replacements always run). */
  readonly enumerated: number;
  /** fast-check variants per function. */
  readonly random: number;
  /**
   * CPU time per function, in ms: past it the rest is skipped (noted by the report, not failed).
   * CPU rather than wall-clock time, so that a busy machine does not cut the run short.
   */
  readonly timeMs: number;
}

export const DEFAULT_BUDGET: Budget = { enumerated: 160, random: 20, timeMs: 1_000 };

/** The deterministic variants of one sample: arity changes, then every path × every replacement. */
function enumeratedVariants(args: readonly unknown[], cap: number, seed: number): Variant[] {
  const always: Variant[] = [
    { label: "no arguments", build: () => [] },
    { label: "an extra argument", build: () => [...cloneData([...args]), throwingObject([])] },
  ];
  for (let k = 1; k < args.length; k++) {
    always.push({ label: `only ${k} argument(s)`, build: () => cloneData(args.slice(0, k)) });
  }
  // An options object holding functions (`{ counter }`, `{ validate }`) is not walked as data, but an
  // unknown key beside them must still be refused.
  args.forEach((arg, i) => {
    if (typeof arg !== "object" || arg === null || isPlainData(arg) || Object.getPrototypeOf(arg) !== Object.prototype)
      return;
    always.push({
      label: `arg${i} extra key (beside functions)`,
      at: [`arg${i}`],
      mustRefuse: { at: `arg${i}`, what: "extra key" },
      build: () => args.map((a, j) => (j === i ? { ...(a as object), zzUnknownKey: 1 } : cloneData(a))),
    });
  });
  const rest: Variant[] = [];
  for (const path of pathsOf(args)) {
    const original = valueAt(args as unknown[], path);
    const where = formatPath(path);
    const bucket = path.length === 1 ? always : rest;
    // Wrong types down to a field of a field (`arg1.options.lang`) always run: the refusal oracle needs them.
    const strictBucket = path.length <= 3 ? always : rest;
    for (const r of REPLACEMENTS) {
      const strict = mustRefuseAt(r.label, path[path.length - 1], original, () => r.make(original));
      const variant = {
        label: `${where} ← ${r.label}`,
        at: [where],
        build: () => edited(args, path, set(replaceWith(r, original))),
      };
      const what = IMPOSSIBLE_DATES.has(r.label) ? "impossible date" : r.label;
      if (strict) strictBucket.push({ ...variant, mustRefuse: { at: where, what } });
      else bucket.push(variant);
    }
    if (path.length > 1) {
      bucket.push({ label: `${where} ← throwing getter`, at: [where], build: () => edited(args, path, plantGetter) });
      if (typeof path[path.length - 1] === "string") {
        bucket.push({
          label: `${where} absent`,
          at: [where],
          build: () =>
            edited(args, path, (parent, key) => {
              delete parent[key];
            }),
        });
      }
    }
    if (isPlainData(original)) {
      for (const change of NODE_CHANGES) {
        if (change.on !== "both" && change.on !== (Array.isArray(original) ? "array" : "object")) continue;
        const variant = {
          label: `${where} ${change.label}`,
          at: [where],
          build: () => edited(args, path, set(replaceWith(change, original))),
        };
        if (change.label === "extra key")
          strictBucket.push({ ...variant, mustRefuse: { at: where, what: "extra key" } });
        else bucket.push(variant);
      }
    }
  }
  if (always.length + rest.length <= cap) return [...always, ...rest];
  // Over the cap: keep a seeded random selection of the deeper variants, in their original order.
  const next = random(seed);
  const keep = Math.max(0, cap - always.length);
  const chosen = rest
    .map((variant, index) => ({ variant, index, order: next() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, keep)
    .sort((a, b) => a.index - b.index)
    .map((item) => item.variant);
  return [...always, ...chosen];
}

/** Variants drawn by fast-check: one or two fields (any depth) set to arbitrary hostile values. */
function randomVariants(args: readonly unknown[], runs: number, seed: number): Variant[] {
  const paths = pathsOf(args);
  if (paths.length === 0 || runs === 0) return [];
  const pick = fc.tuple(fc.nat(paths.length - 1), hostileValue);
  const drawn = fc.sample(fc.array(pick, { minLength: 1, maxLength: 2 }), { seed, numRuns: runs });
  return drawn.map((edits) => ({
    label: `fast-check (seed ${seed}): ${edits.map(([i, value]) => `${formatPath(paths[i]!)} ← ${show(value)}`).join(", ")}`,
    at: edits.map(([i]) => formatPath(paths[i]!)),
    build: () => {
      let copy = cloneData([...args]);
      for (const [i, value] of edits) {
        const at = paths[i]!;
        // A path may no longer exist once an earlier edit replaced its parent: then edit the root arg.
        const path = isPlainData(valueAt(copy, at.slice(0, -1))) ? at : at.slice(0, 1);
        copy = edited(
          copy,
          path,
          set(() => value),
        );
      }
      return copy;
    },
  }));
}

/** A short, safe rendering of any value for the report. */
export function show(value: unknown): string {
  try {
    if (typeof value === "string")
      return value.length > 40 ? `"${value.slice(0, 20)}…" (${value.length} chars)` : JSON.stringify(value);
    if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value !== "object" || value === null) return String(value);
    if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? "Invalid" : value.toISOString()})`;
    const ctor = Object.getPrototypeOf(value) === null ? "null-prototype" : (value.constructor?.name ?? "object");
    const keys = Reflect.ownKeys(value).filter((k) => k !== "length");
    const head = keys
      .slice(0, 3)
      .map((k) => String(k))
      .join(", ");
    return `${Array.isArray(value) ? "Array" : ctor}{${head}${keys.length > 3 ? ", …" : ""}}`;
  } catch {
    return "(unprintable)";
  }
}

// ---------------------------------------------------------------------------------------------
// Running

/** One thing that went wrong. */
export interface Failure {
  readonly module: string;
  readonly name: string;
  /** The variant (path ← replacement). */
  readonly variant: string;
  /** What was wrong: "threw TypeError: …", "mutated its input at …", "took 1200 ms"… */
  readonly problem: string;
}

/** The outcome of one export's fuzz. */
export interface Outcome {
  readonly module: string;
  readonly name: string;
  readonly calls: number;
  readonly ms: number;
  readonly slowest: { readonly ms: number; readonly variant: string };
  readonly failures: readonly Failure[];
  /** Set when the time budget stopped the run early. */
  readonly truncated?: string;
}

const WATCHED: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
  ["Symbol.prototype", Symbol.prototype],
  ["Date.prototype", Date.prototype],
  ["RegExp.prototype", RegExp.prototype],
  ["Error.prototype", Error.prototype],
  ["Promise.prototype", Promise.prototype],
  ["Map.prototype", Map.prototype],
  ["Set.prototype", Set.prototype],
  ["Object", Object],
  ["Array", Array],
  ["JSON", JSON],
  ["Math", Math],
];

function prototypeState(): unknown[][] {
  return WATCHED.map(([, object]) => {
    const tokens: unknown[] = [Object.isExtensible(object)];
    for (const key of Reflect.ownKeys(object)) {
      const d = Object.getOwnPropertyDescriptor(object, key)!;
      tokens.push(key, d.value, d.get, d.set);
    }
    return tokens;
  });
}

let prototypes = prototypeState();

/** Names the built-in prototypes changed since the last check (and takes the new state as baseline). */
function changedPrototypes(): string[] {
  const now = prototypeState();
  const changed = WATCHED.filter((_, i) => firstDifference(prototypes[i]!, now[i]!) !== -1).map(([name]) => name);
  if (changed.length > 0) prototypes = now;
  return changed;
}

/** Why an error is not an acceptable `TthcError`, or `undefined` when it is. */
export function tthcErrorProblem(error: unknown): string | undefined {
  if (!isTthcError(error)) return undefined === error ? "undefined" : describeError(error);
  const { code, path, message } = error as { code: unknown; path: unknown; message: unknown };
  if (typeof code !== "string" || !KNOWN_ERROR_CODES.has(code)) return `TthcError with unknown code ${show(code)}`;
  if (!Array.isArray(path) || !path.every((key) => typeof key === "string" || typeof key === "number")) {
    return `TthcError ${code} with a bad path ${show(path)}`;
  }
  if (typeof message !== "string" || message.length === 0) return `TthcError ${code} without a message`;
  return undefined;
}

/** `Constructor: message` of anything thrown. */
export function describeError(error: unknown): string {
  try {
    if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
      const ctor = (error as Error).constructor?.name ?? "Error";
      const message = String((error as Error).message).split("\n")[0]!;
      return `${ctor}: ${message.length > 160 ? `${message.slice(0, 160)}…` : message}`;
    }
    return `non-error ${show(error)}`;
  } catch {
    return "(unprintable error)";
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** Whether some string in the input (keys included) holds `token`; `true` when the walk gives up (deep input). */
function inputMentions(args: readonly unknown[], token: string): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: args, depth: 0 }];
  const seen = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes(token)) return true;
      continue;
    }
    // A result may describe a bad number it was given (`got NaN`).
    if (typeof value === "number" && !Number.isFinite(value) && String(value).includes(token)) return true;
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    if (depth > 64 || ++nodes > 50_000) return true;
    seen.add(value);
    if (!isPlainData(value) && !(value instanceof Map) && !(value instanceof Set)) continue;
    const entries = value instanceof Map || value instanceof Set ? [...value.entries()].flat() : undefined;
    if (entries !== undefined) for (const item of entries) stack.push({ value: item, depth: depth + 1 });
    else
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === "string" && key.includes(token)) return true;
        const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
        if ("value" in descriptor) stack.push({ value: descriptor.value, depth: depth + 1 });
      }
  }
  return false;
}

/**
 * The first non-finite number (an Invalid Date too) or suspect text (`undefined`, `NaN`…, unless
 * the input holds it too) in a result, walked as data to depth 8; functions and objects with
 * methods or a class are skipped (a calendar, a builder, the error of a `safe…` result).
 */
export function outputProblem(
  result: unknown,
  args: readonly unknown[],
  lenient: readonly Leniency[],
): string | undefined {
  const prints = new Set(lenient.flatMap((l) => ("prints" in l ? [l.prints] : [])));
  const stack: { value: unknown; at: string; depth: number }[] = [{ value: result, at: "result", depth: 0 }];
  const seen = new Set<object>();
  const suspect = (text: string): string | undefined =>
    SUSPECT_TEXT.find((token) => text.includes(token) && !prints.has(token) && !inputMentions(args, token));
  while (stack.length > 0) {
    const { value, at, depth } = stack.pop()!;
    if (typeof value === "number") {
      if (!Number.isFinite(value) && !prints.has("non-finite")) return `returned ${show(value)} at ${at}`;
    } else if (value instanceof Date) {
      if (Number.isNaN(value.getTime()) && !prints.has("non-finite")) return `returned an Invalid Date at ${at}`;
    } else if (typeof value === "string") {
      const token = suspect(value);
      if (token !== undefined) return `returned text with "${token}" at ${at}: ${show(value)}`;
    } else if (isPlainData(value) && depth < 8 && !seen.has(value)) {
      seen.add(value);
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key === "symbol" || (Array.isArray(value) && key === "length")) continue;
        const token = suspect(key);
        if (token !== undefined) return `returned a key with "${token}" at ${at}: ${show(key)}`;
        const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
        if ("value" in descriptor) {
          const child = Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`;
          stack.push({ value: descriptor.value, at: child, depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}

/** What the oracles need to know of a call beyond its arguments. */
interface CallSpec {
  /** The sample as given: it must run. */
  readonly asGiven: boolean;
  /** The position of a wrong type or unknown key the call must refuse (after the declared leniencies). */
  readonly mustRefuse: string | undefined;
  readonly lenient: readonly Leniency[];
}

/** Calls `target` once with `args` and returns the problems seen (empty when all is well). */
async function callOnce(
  target: FunctionExport,
  args: unknown[],
  { asGiven, mustRefuse, lenient }: CallSpec,
): Promise<{ problems: string[]; ms: number }> {
  const problems: string[] = [];
  const before = fingerprint(args);
  let threw = false;
  let thrown: unknown;
  let result: unknown;
  const start = performance.now();
  try {
    result = target.construct ? Reflect.construct(target.fn, args) : target.fn(...args);
    if (isThenable(result)) {
      result = await Promise.race([
        result,
        new Promise((_, reject) => setTimeout(() => reject(new Error("promise not settled within 1 s")), 1_000)),
      ]);
    }
  } catch (error) {
    threw = true;
    thrown = error;
  }
  const ms = performance.now() - start;
  if (asGiven && (threw || (target.safe && (result as { success?: unknown } | null)?.success !== true))) {
    const why = threw ? describeError(thrown) : `returned ${show(result)}`;
    problems.push(`the sample does not run as given (${why}): fix it in test/fuzz/_samples.ts`);
  } else if (threw && thrown !== PLANTED) {
    const problem = tthcErrorProblem(thrown);
    if (target.safe) problems.push(`threw ${problem ?? `${describeError(thrown)} (a safe… function must return it)`}`);
    else if (problem !== undefined) problems.push(`threw ${problem}`);
  }
  if (!threw && target.safe) {
    const r = result as { success?: unknown; error?: unknown } | null;
    if (typeof r !== "object" || r === null || typeof r.success !== "boolean") {
      problems.push(`returned ${show(result)} instead of { success, … }`);
    } else if (r.success === false && r.error !== PLANTED) {
      const problem = tthcErrorProblem(r.error);
      if (problem !== undefined) problems.push(`returned { success: false, error: ${problem} }`);
    }
  }
  if (!threw && mustRefuse !== undefined) {
    const answer = lenient.find((l) => "refusesWith" in l)?.refusesWith;
    const refused = target.safe
      ? (result as { success?: unknown } | null)?.success === false
      : (answer === "false" && result === false) ||
        (answer === "a non-empty list" && Array.isArray(result) && result.length > 0);
    if (!refused)
      problems.push(
        `accepted a wrong type, impossible date or unknown key at ${mustRefuse} (returned ${show(result)})`,
      );
  }
  if (!threw && !(target.safe && (result as { success?: unknown } | null)?.success === false)) {
    const problem = outputProblem(result, args, lenient);
    if (problem !== undefined) problems.push(problem);
  }
  const after = fingerprint(args);
  const at = firstDifference(before, after);
  if (at !== -1) problems.push(`mutated its input (near token ${at}: ${show(before[at])} → ${show(after[at])})`);
  const changed = changedPrototypes();
  if (changed.length > 0 || "polluted" in {}) problems.push(`changed ${changed.join(", ") || "Object.prototype"}`);
  if (ms > 1_000) problems.push(`took ${Math.round(ms)} ms (over 1 s)`);
  return { problems, ms };
}

/** All variants of all samples of one function, in run order. */
export function variantsOf(id: string, samples: readonly (readonly unknown[])[], budget: Budget): Variant[] {
  const perSample = Math.max(1, Math.floor(budget.enumerated / samples.length));
  const randomPer = Math.max(1, Math.floor(budget.random / samples.length));
  const variants: Variant[] = [];
  samples.forEach((args, i) => {
    const seed = (SEED ^ hash(`${id}#${i}`)) >>> 0;
    variants.push({ label: `sample ${i} as given`, build: () => cloneData([...args]) });
    variants.push(...enumeratedVariants(args, perSample, seed));
    variants.push(...randomVariants(args, randomPer, seed));
  });
  return variants;
}

/** Fuzzes one function with the variants of its samples. */
export async function fuzzFunction(
  target: FunctionExport,
  samples: readonly (readonly unknown[])[],
  budget: Budget = DEFAULT_BUDGET,
  lenient: readonly Leniency[] = [],
): Promise<Outcome> {
  const id = `${target.module}.${target.name}`;
  const failures: Failure[] = [];
  const variants = variantsOf(id, samples, budget);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let slowest = { ms: 0, variant: "" };
  let calls = 0;
  let truncated: string | undefined;
  changedPrototypes();
  for (const [index, variant] of variants.entries()) {
    const used = process.cpuUsage(cpu);
    if ((used.user + used.system) / 1000 > budget.timeMs) {
      truncated = `CPU budget of ${budget.timeMs} ms reached after ${calls} of ${variants.length} variants`;
      break;
    }
    let args: unknown[];
    try {
      args = variant.build();
    } catch (error) {
      failures.push({
        module: target.module,
        name: target.name,
        variant: variant.label,
        problem: `fuzz suite could not build the variant: ${describeError(error)}`,
      });
      continue;
    }
    // Half the calls get deep-frozen inputs: a function that writes to its input throws there.
    if (index % 2 === 1) deepFreezeData(args);
    const refuse = variant.mustRefuse;
    const mustRefuse = refuse !== undefined && !accepted(refuse.at, refuse.what, lenient) ? refuse.at : undefined;
    const { problems, ms } = await callOnce(target, args, {
      asGiven: variant.label.endsWith("as given"),
      mustRefuse,
      lenient: applying(lenient, variant.at),
    });
    calls++;
    if (ms > slowest.ms) slowest = { ms, variant: variant.label };
    const label = index % 2 === 1 ? `${variant.label} (deep-frozen)` : variant.label;
    for (const problem of problems)
      failures.push({ module: target.module, name: target.name, variant: label, problem });
  }
  const outcome = {
    module: target.module,
    name: target.name,
    calls,
    ms: performance.now() - started,
    slowest,
    failures,
  };
  return truncated === undefined ? outcome : { ...outcome, truncated };
}

/** Schemas: `safeParse` never throws (but the planted getter's error) and always answers `{ success }`. */
export function fuzzSchema(
  target: SchemaExport,
  samples: readonly unknown[],
  budget: Budget = DEFAULT_BUDGET,
): Outcome {
  const id = `${target.module}.${target.name}`;
  const seed = (SEED ^ hash(id)) >>> 0;
  const inputs: Variant[] = [
    ...REPLACEMENTS.map((r) => ({ label: r.label, build: () => [r.make(undefined)] })),
    ...fc.sample(hostileValue, { seed, numRuns: Math.min(40, budget.random) }).map((value) => ({
      label: `fast-check (seed ${seed}): ${show(value)}`,
      build: () => [value],
    })),
  ];
  for (const sample of samples) inputs.push(...variantsOf(id, [[sample]], { ...budget, enumerated: 150, random: 20 }));
  const failures: Failure[] = [];
  const started = performance.now();
  let slowest = { ms: 0, variant: "" };
  changedPrototypes();
  for (const input of inputs) {
    const [value] = input.build();
    const start = performance.now();
    const problems: string[] = [];
    try {
      const result = target.schema.safeParse(value) as { success?: unknown } | null;
      if (typeof result !== "object" || result === null || typeof result.success !== "boolean") {
        problems.push(`safeParse returned ${show(result)}`);
      }
    } catch (error) {
      if (error !== PLANTED) problems.push(`safeParse threw ${describeError(error)}`);
    }
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { ms, variant: input.label };
    if (ms > 1_000) problems.push(`safeParse took ${Math.round(ms)} ms (over 1 s)`);
    const changed = changedPrototypes();
    if (changed.length > 0 || "polluted" in {}) problems.push(`changed ${changed.join(", ") || "Object.prototype"}`);
    for (const problem of problems)
      failures.push({ module: target.module, name: target.name, variant: input.label, problem });
  }
  return {
    module: target.module,
    name: target.name,
    calls: inputs.length,
    ms: performance.now() - started,
    slowest,
    failures,
  };
}

/** Constants: frozen all the way down (a primitive is), and still as first seen. */
export function checkConstant(target: ConstantExport, firstSeen: readonly unknown[]): Failure[] {
  const failures: Failure[] = [];
  const where = { module: target.module, name: target.name, variant: "the exported value" };
  if (!isDeepFrozen(target.value))
    failures.push({ ...where, problem: "is not deep-frozen (a caller can change it for everyone)" });
  const at = firstDifference(firstSeen, fingerprint(target.value));
  if (at !== -1) failures.push({ ...where, problem: `was changed by the calls of the fuzz (near token ${at})` });
  return failures;
}

/** Failures grouped by problem (first variant as the example), most frequent first. */
export function groupFailures(failures: readonly Failure[]): { problem: string; count: number; example: string }[] {
  const groups = new Map<string, { problem: string; count: number; example: string }>();
  for (const failure of failures) {
    const key = failure.problem.replace(/\d+(\.\d+)? ms/, "… ms").replace(/near token \d+/, "near token …");
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { problem: failure.problem, count: 1, example: failure.variant });
    else group.count++;
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** A readable report of one export's failures. */
export function formatFailures(module: string, name: string, failures: readonly Failure[], limit = 12): string {
  const groups = groupFailures(failures);
  const lines = [`${module} ${name}: ${failures.length} failing call(s), ${groups.length} distinct problem(s)`];
  for (const group of groups.slice(0, limit)) {
    lines.push(`  - ${group.problem}  [${group.count}×]`, `      e.g. ${group.example}`);
  }
  if (groups.length > limit) lines.push(`  … and ${groups.length - limit} more`);
  return lines.join("\n");
}

/** The message of an exported function with no samples. */
export function missingSamplesMessage(module: string, name: string): string {
  return `${module} exports the function '${name}' but the fuzz suite has no sample arguments for it: add one or more valid argument lists under SAMPLES["${module}"]["${name}"] in test/fuzz/_samples.ts (from the fixtures or its TSDoc example)`;
}

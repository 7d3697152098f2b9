/**
 * Hostile values and the walkers the fuzz suite needs: a structural clone that keeps class
 * instances (calendars, luxon `DateTime`s, builders) by reference, a deep freeze and a fingerprint
 * to prove an input was not mutated. Every walker is iterative: the inputs include 10,000-deep
 * nestings that would overflow a recursive one.
 */
import * as fc from "fast-check";

/** The error thrown by the getters the suite plants: the only foreign error allowed through. */
export class PlantedGetterError extends Error {
  constructor() {
    super("planted getter");
    this.name = "PlantedGetterError";
  }
}

/** One planted error for the whole run: a call may rethrow it unchanged, nothing else. */
export const PLANTED = new PlantedGetterError();

/** `true` for arrays and plain objects (prototype `Object.prototype` or `null`) holding no function. */
export function isPlainData(value: unknown): value is Record<PropertyKey, unknown> | unknown[] {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor && typeof descriptor.value === "function") return false;
  }
  return true;
}

/** A mutable structural copy: plain data is copied (accessors too), anything else is shared. */
export function cloneData<T>(value: T): T {
  if (!isPlainData(value)) return value;
  const copies = new Map<object, object>();
  const stack: [object, object][] = [];
  const copyOf = (source: object): object => {
    const known = copies.get(source);
    if (known !== undefined) return known;
    const target: object = Array.isArray(source) ? [] : Object.create(Object.getPrototypeOf(source));
    copies.set(source, target);
    stack.push([source, target]);
    return target;
  };
  const root = copyOf(value);
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const key of Reflect.ownKeys(source)) {
      const descriptor = Object.getOwnPropertyDescriptor(source, key)!;
      if ("value" in descriptor && isPlainData(descriptor.value)) descriptor.value = copyOf(descriptor.value);
      if (Array.isArray(target) && key === "length") continue;
      const enumerable = descriptor.enumerable ?? false;
      Object.defineProperty(
        target,
        key,
        "value" in descriptor
          ? { value: descriptor.value, enumerable, writable: true, configurable: true }
          : { ...descriptor, enumerable, configurable: true },
      );
    }
  }
  return root as T;
}

/** Freezes plain data and everything it holds (class instances are left alone: their owners decide). */
export function deepFreezeData<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isPlainData(node) || seen.has(node)) continue;
    seen.add(node);
    Object.freeze(node);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Object.getOwnPropertyDescriptor(node, key)!;
      if ("value" in descriptor) stack.push(descriptor.value);
    }
  }
  return value;
}

/**
 * A flat list of tokens describing a value: for each plain node its identity, frozenness, keys and
 * values (accessors by their getter), class instances by identity (a `Date` by its time too).
 * Two fingerprints are equal (`Object.is`, token by token) when nothing reachable was changed.
 */
export function fingerprint(value: unknown, limit = 200_000): unknown[] {
  const tokens: unknown[] = [];
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0 && tokens.length < limit) {
    const node = stack.pop();
    tokens.push(node);
    if (node instanceof Date) tokens.push(node.getTime());
    if (!isPlainData(node) && !isFrozenConstant(node)) continue;
    const object = node as object;
    if (seen.has(object)) continue;
    seen.add(object);
    tokens.push(Object.isFrozen(object), Object.getPrototypeOf(object));
    const keys = Reflect.ownKeys(object);
    tokens.push(keys.length);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key)!;
      tokens.push(key);
      if ("value" in descriptor) stack.push(descriptor.value);
      else tokens.push(descriptor.get, descriptor.set);
    }
  }
  return tokens;
}

/** Exported constants may hold functions (matchers): walk them as data all the same. */
function isFrozenConstant(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.isFrozen(value) && !(value instanceof Date);
}

/** Index of the first differing token, or -1. */
export function firstDifference(before: readonly unknown[], after: readonly unknown[]): number {
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i++) if (!Object.is(before[i], after[i])) return i;
  return -1;
}

/** `true` when the value and every plain object or array it reaches is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Object.isFrozen(node)) return false;
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Object.getOwnPropertyDescriptor(node, key)!;
      if ("value" in descriptor) stack.push(descriptor.value);
    }
  }
  return true;
}

/** An array nested `depth` deep: `[[[…[]…]]]`. */
export function deepArray(depth: number): unknown[] {
  const root: unknown[] = [];
  let node = root;
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = [];
    node.push(next);
    node = next;
  }
  return root;
}

/** An object nested `depth` deep: `{ a: { a: … {} } }`. */
export function deepObject(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 1; i < depth; i++) {
    const next: Record<string, unknown> = {};
    node["a"] = next;
    node = next;
  }
  return root;
}

/** An object whose every listed key (or `value`) is a getter throwing {@link PLANTED}. */
export function throwingObject(keys: readonly string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of keys.length > 0 ? keys : ["value"]) {
    Object.defineProperty(object, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw PLANTED;
      },
    });
  }
  return object;
}

/** A hostile value, named for the report. */
export interface Replacement {
  readonly label: string;
  readonly make: (original: unknown) => unknown;
}

const HUGE_STRING = "9".repeat(1_000_000);

/** The wrong-type counterpart of a value: string↔number, boolean→string, array↔object. */
function wrongType(original: unknown): unknown {
  switch (typeof original) {
    case "string":
      return original.length > 0 && !Number.isNaN(Number(original)) ? Number(original) : 42;
    case "number":
      return String(original);
    case "boolean":
      return original ? "true" : 1;
    case "object":
      if (original === null) return "null";
      return Array.isArray(original) ? { ...original } : [original];
    default:
      return "wrong type";
  }
}

/** Every value a field is replaced by, one at a time (the deterministic part of the fuzz). */
export const REPLACEMENTS: readonly Replacement[] = [
  { label: "undefined", make: () => undefined },
  { label: "null", make: () => null },
  { label: "NaN", make: () => Number.NaN },
  { label: "Infinity", make: () => Number.POSITIVE_INFINITY },
  { label: "-Infinity", make: () => Number.NEGATIVE_INFINITY },
  { label: "-0", make: () => -0 },
  { label: "1e308", make: () => 1e308 },
  { label: "2**53", make: () => 2 ** 53 },
  { label: "-1", make: () => -1 },
  { label: "0.5", make: () => 0.5 },
  { label: "wrong type", make: wrongType },
  { label: "true", make: () => true },
  { label: '""', make: () => "" },
  { label: '"2025-02-30"', make: () => "2025-02-30" },
  { label: '"2025-13-01"', make: () => "2025-13-01" },
  { label: '"2025-02-30T09:00:00+07:00"', make: () => "2025-02-30T09:00:00+07:00" },
  { label: '"2025-07-01T09:00:00+14:59"', make: () => "2025-07-01T09:00:00+14:59" },
  { label: '"2025-07-01T09:00:00+99:00"', make: () => "2025-07-01T09:00:00+99:00" },
  { label: "Invalid Date", make: () => new Date(Number.NaN) },
  { label: "[]", make: () => [] },
  { label: "{}", make: () => ({}) },
  { label: "__proto__ key", make: () => JSON.parse('{"__proto__":{"polluted":true}}') },
  { label: "constructor key", make: () => JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') },
  { label: "1e6-character string", make: () => HUGE_STRING },
  { label: "10,000-deep array", make: () => deepArray(10_000) },
  { label: "10,000-deep object", make: () => deepObject(10_000) },
  {
    label: "object with throwing getters",
    make: (original) => throwingObject(isPlainData(original) && !Array.isArray(original) ? Object.keys(original) : []),
  },
];

/** A change made to an object or array node as a whole (besides replacing it). */
export interface NodeChange extends Replacement {
  /** The nodes it applies to. */
  readonly on: "object" | "array" | "both";
}

function withHole(array: readonly unknown[]): unknown[] {
  const holed: unknown[] = [];
  holed[1] = null; // index 0 is a hole
  holed.push(...array);
  return holed;
}

/** What is done to an object or array node as a whole. */
export const NODE_CHANGES: readonly NodeChange[] = [
  { on: "object", label: "extra key", make: (o) => Object.assign(cloneData(o) as object, { zzUnknownKey: 1 }) },
  {
    on: "object",
    label: "own __proto__ key",
    make: (o) => Object.assign(JSON.parse('{"__proto__":{"polluted":true}}'), cloneData(o)),
  },
  {
    on: "object",
    label: "own constructor key",
    make: (o) => Object.assign(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'), cloneData(o)),
  },
  { on: "object", label: "null prototype", make: (o) => Object.assign(Object.create(null), cloneData(o)) },
  { on: "both", label: "frozen", make: (o) => Object.freeze(cloneData(o)) },
  { on: "array", label: "with a hole and a null first", make: (o) => withHole(o as unknown[]) },
  { on: "array", label: "empty", make: () => [] },
];

/** Hostile values drawn by fast-check (seeded): the arbitrary part of the fuzz. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "then")),
  }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc
    .tuple(
      fc.integer({ min: -1, max: 10_000 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom("", "T09:00:00+07:00", "T24:00:00Z", "T09:60:00-12:00", "T09:00", "T09:00:00+14:59"),
    )
    .map(
      ([y, m, d, rest]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${rest}`,
    ),
  fc.constantFrom(...REPLACEMENTS.map((r) => r.make)).map((make) => make(undefined)),
);

import {
  checkChoice,
  checkInteger,
  checkObject,
  checkOptions,
  describe,
  mustBe,
  type Path,
} from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { type Rounding, type RoundSettings, roundRatio, roundSettings, roundValue } from "./_round.js";
import { SIPAS_QD_2640, type SipasMethod } from "./sipasMethods.js";

/**
 * Phiếu khảo sát — one citizen's answers: criterion id → answer on the scale; `null` or a missing
 * key means no answer (it leaves the denominator).
 *
 * @example
 * ```ts
 * import type { SipasResponse } from "tthc/indices";
 * const r: SipasResponse = { province: "Quảng Ninh", answers: { "access.1": 5, "access.2": null } };
 * ```
 * @category Indices
 */
export interface SipasResponse {
  /** Số phiếu — identifies the form in the list of invalid responses. */
  readonly id?: string;
  /** Tỉnh, thành phố — the province unit. */
  readonly province?: string;
  /** Cơ quan — the agency unit. */
  readonly agency?: string;
  /** Answers by criterion id (`"access.1"` …). */
  readonly answers: Readonly<Record<string, number | null | undefined>>;
}

/**
 * Tùy chọn tính SIPAS.
 *
 * @example
 * ```ts
 * import type { SipasOptions } from "tthc/indices";
 * const options: SipasOptions = { by: "province", aggregate: "meanOfUnits" };
 * ```
 * @category Indices
 */
export interface SipasOptions {
  /** Questionnaire. @defaultValue {@link SIPAS_QD_2640} */
  readonly method?: SipasMethod;
  /** Unit of the index: one per province, one per agency, or the whole set as one unit. @defaultValue `"none"` */
  readonly by?: "none" | "province" | "agency";
  /** Answers counted as satisfied. @defaultValue the method's (`[4, 5]`, SIP-3) */
  readonly satisfiedAnswers?: readonly number[];
  /** Codes for "không biết / không nhớ": valid answers that leave the denominator (SIP-3). @defaultValue `[]` */
  readonly dontKnowAnswers?: readonly number[];
  /** Element weights by element code; missing elements weigh 0 once any is given. @defaultValue equal weights (SIP-6) */
  readonly elementWeights?: Readonly<Record<string, number>>;
  /**
   * Overall figure: unweighted mean of the unit indices (`meanOfUnits`, SIP-7) or one index over all
   * responses pooled (`pooled`). @defaultValue `"meanOfUnits"`
   */
  readonly aggregate?: "meanOfUnits" | "pooled";
  /** Decimal places of the published figures. @defaultValue `2` (IDX-1) */
  readonly decimals?: number;
  /** Rounding of the published figures. @defaultValue `"halfUp"` */
  readonly rounding?: Rounding;
  /** `record` keeps invalid responses in the result's list; `throw` stops at the first. @defaultValue `"record"` */
  readonly onInvalid?: "record" | "throw";
  /** Invalid responses kept with their issues (all are counted). @defaultValue `1000` */
  readonly maxInvalidDetails?: number;
}

/**
 * Default {@link SipasOptions}.
 *
 * @example
 * ```ts
 * import { DEFAULT_SIPAS_OPTIONS } from "tthc/indices";
 * DEFAULT_SIPAS_OPTIONS.aggregate; // => "meanOfUnits"
 * ```
 * @category Indices
 */
export const DEFAULT_SIPAS_OPTIONS = Object.freeze({
  method: SIPAS_QD_2640,
  by: "none",
  dontKnowAnswers: Object.freeze([]) as readonly number[],
  aggregate: "meanOfUnits",
  decimals: 2,
  rounding: "halfUp",
  onInvalid: "record",
  maxInvalidDetails: 1000,
} as const);

/**
 * Phiếu không hợp lệ — an invalid response with where it was (`at`: its index, line or id) and why.
 *
 * @example
 * ```ts
 * import type { SipasInvalidResponse } from "tthc/indices";
 * type Why = SipasInvalidResponse["issues"][number]["message"];
 * ```
 * @category Indices
 */
export interface SipasInvalidResponse {
  /** Index of the response, or the position the caller gave (a CSV line). */
  readonly at: number | string;
  /** The response's `id`, when it has one. */
  readonly id?: string;
  /** What is wrong, field by field: `message` in English, `messageVi` in Vietnamese. */
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
    readonly messageVi: string;
  }[];
}

/**
 * Chỉ số theo tiêu chí — SIP-4: satisfied ÷ valid answers × 100.
 *
 * @example
 * ```ts
 * import type { SipasCriterionIndex } from "tthc/indices";
 * type N = SipasCriterionIndex["answered"];
 * ```
 * @category Indices
 */
export interface SipasCriterionIndex {
  /** Criterion id. */
  readonly id: string;
  /** Element code. */
  readonly element: string;
  /** Answers counted as satisfied. */
  readonly satisfied: number;
  /** Valid answers (the denominator). */
  readonly answered: number;
  /** The index, `null` with no valid answer. */
  readonly index: number | null;
}

/**
 * Chỉ số SIPAS của một đơn vị — criterion, element and overall indices of one unit.
 *
 * @example
 * ```ts
 * import type { SipasUnitIndex } from "tthc/indices";
 * type Sipas = SipasUnitIndex["index"];
 * ```
 * @category Indices
 */
export interface SipasUnitIndex {
  /** Province or agency name (`""` when `by` is `none`). */
  readonly unit: string;
  /** Valid responses of the unit. */
  readonly responses: number;
  /** SIP-4. */
  readonly criteria: readonly SipasCriterionIndex[];
  /** SIP-5: element code → mean of its criterion indices (`null` with none). */
  readonly elements: Readonly<Record<string, number | null>>;
  /** SIP-6: (weighted) mean of the element indices. */
  readonly index: number | null;
}

/**
 * Kết quả SIPAS — unit indices, the overall figure and the invalid responses.
 *
 * @example
 * ```ts
 * import type { SipasResult } from "tthc/indices";
 * type Overall = SipasResult["overall"]["index"];
 * ```
 * @category Indices
 */
export interface SipasResult {
  /** Method id. */
  readonly method: string;
  /** Unit kind. */
  readonly by: "none" | "province" | "agency";
  /** How the overall figure was formed. */
  readonly aggregate: "meanOfUnits" | "pooled";
  /** One entry per unit, sorted by unit name. */
  readonly units: readonly SipasUnitIndex[];
  /** Overall element indices and index (SIP-7). */
  readonly overall: { readonly elements: Readonly<Record<string, number | null>>; readonly index: number | null };
  /** Responses seen, counted and refused. */
  readonly responses: { readonly total: number; readonly valid: number; readonly invalid: number };
  /** The first `maxInvalidDetails` invalid responses with their issues. */
  readonly invalid: readonly SipasInvalidResponse[];
}

/**
 * Bộ tích lũy SIPAS — adds responses one at a time (a stream), merges with another accumulator built
 * with the same options (shards, workers), and gives the result at any time.
 *
 * @example
 * ```ts
 * import { createSipasAccumulator } from "tthc/indices";
 * const acc = createSipasAccumulator();
 * acc.add({ answers: { "access.1": 5 } }); // => undefined
 * ```
 * @category Indices
 */
export interface SipasAccumulator {
  /**
   * Adds one response; returns `undefined` when it was counted, or the invalid entry (recorded in the
   * result, or thrown with `onInvalid: 'throw'`). `at` names it in that entry (default: its index).
   */
  add(response: unknown, at?: number | string): SipasInvalidResponse | undefined;
  /** A new accumulator holding both; neither input changes. */
  merge(other: SipasAccumulator): SipasAccumulator;
  /** The indices of what was added so far. */
  result(): SipasResult;
}

interface Config {
  readonly method: SipasMethod;
  readonly by: "none" | "province" | "agency";
  readonly satisfied: ReadonlySet<number>;
  readonly dontKnow: ReadonlySet<number>;
  readonly weights: readonly number[];
  readonly aggregate: "meanOfUnits" | "pooled";
  readonly round: RoundSettings;
  readonly onInvalid: "record" | "throw";
  readonly maxInvalid: number;
  /** criterion id → column index. */
  readonly column: ReadonlyMap<string, number>;
  /** column → element index. */
  readonly elementOf: readonly number[];
  /** column → criterion id. */
  readonly ids: readonly string[];
  readonly fingerprint: string;
}

interface State {
  /** unit → [satisfied₀, answered₀, satisfied₁, …, responses]. */
  readonly units: Map<string, number[]>;
  total: number;
  invalid: number;
  readonly details: SipasInvalidResponse[];
}

const KEYS = [
  "method",
  "by",
  "satisfiedAnswers",
  "dontKnowAnswers",
  "elementWeights",
  "aggregate",
  "decimals",
  "rounding",
  "onInvalid",
  "maxInvalidDetails",
];

function integerList(value: unknown, path: string): ReadonlySet<number> {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "number" || !Number.isInteger(v))) {
    throw new TthcError("INVALID_OPTION", `${path} must be a list of whole numbers, got ${describe(value)}`, {
      path: [path],
      messageVi: `${path} phải là danh sách số nguyên, nhận được ${describe(value)}`,
    });
  }
  return new Set(value as number[]);
}

/**
 * A method given as an option: the fields the accumulator reads, checked level by level (no
 * recursion, whatever the nesting of the value).
 */
function checkMethod(value: unknown): SipasMethod {
  const path: Path = ["method"];
  const method = checkObject(value, path, "INVALID_OPTION", undefined, "a SipasMethod", "một SipasMethod");
  if (typeof method["id"] !== "string")
    throw mustBe("INVALID_OPTION", ["method", "id"], "a string", "chuỗi", method["id"]);
  const elements = method["elements"];
  if (!Array.isArray(elements) || elements.length === 0) {
    throw mustBe(
      "INVALID_OPTION",
      ["method", "elements"],
      "a non-empty array of elements",
      "mảng yếu tố không rỗng",
      elements,
    );
  }
  elements.forEach((item: unknown, e) => {
    const element = checkObject(item, ["method", "elements", e], "INVALID_OPTION");
    if (typeof element["code"] !== "string") {
      throw mustBe("INVALID_OPTION", ["method", "elements", e, "code"], "a string", "chuỗi", element["code"]);
    }
    const criteria = element["criteria"];
    if (!Array.isArray(criteria)) {
      throw mustBe("INVALID_OPTION", ["method", "elements", e, "criteria"], "an array", "một mảng", criteria);
    }
    criteria.forEach((c: unknown, k) => {
      const id = checkObject(c, ["method", "elements", e, "criteria", k], "INVALID_OPTION")["id"];
      if (typeof id !== "string") {
        throw mustBe("INVALID_OPTION", ["method", "elements", e, "criteria", k, "id"], "a string", "chuỗi", id);
      }
    });
  });
  const scale = checkObject(method["scale"], ["method", "scale"], "INVALID_OPTION");
  const min = checkInteger(scale["min"], ["method", "scale", "min"], "INVALID_OPTION");
  checkInteger(scale["max"], ["method", "scale", "max"], "INVALID_OPTION", min);
  return value as SipasMethod;
}

function configure(options: SipasOptions): Config {
  const o = { ...DEFAULT_SIPAS_OPTIONS, ...checkOptions(options, KEYS) } as typeof DEFAULT_SIPAS_OPTIONS & SipasOptions;
  const method = o.method === DEFAULT_SIPAS_OPTIONS.method ? o.method : checkMethod(o.method);
  const column = new Map<string, number>();
  const elementOf: number[] = [];
  const ids: string[] = [];
  method.elements.forEach((element, e) => {
    for (const criterion of element.criteria) {
      if (column.has(criterion.id)) {
        throw new TthcError("INVALID_OPTION", `criterion id '${criterion.id}' appears twice`, {
          path: ["method", "elements", e],
          messageVi: `mã tiêu chí '${criterion.id}' bị lặp`,
        });
      }
      column.set(criterion.id, elementOf.length);
      elementOf.push(e);
      ids.push(criterion.id);
    }
  });
  const codes = method.elements.map((element) => element.code);
  codes.forEach((code, e) => {
    if (codes.indexOf(code) !== e) {
      throw new TthcError("INVALID_OPTION", `element code '${code}' appears twice`, {
        path: ["method", "elements", e, "code"],
        messageVi: `mã yếu tố '${code}' bị lặp`,
      });
    }
  });
  let weights = codes.map(() => 1);
  if (o.elementWeights !== undefined) {
    const given = checkObject(o.elementWeights, ["elementWeights"], "INVALID_OPTION");
    for (const key of Object.keys(given)) checkChoice(key, codes, ["elementWeights"]);
    weights = codes.map((code) => {
      const w = Object.hasOwn(given, code) ? given[code] : 0; // own keys: "constructor" is not a weight
      if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
        throw new TthcError("INVALID_OPTION", `weight of '${code}' must be a finite number ≥ 0, got ${describe(w)}`, {
          path: ["elementWeights", code],
          messageVi: `trọng số của '${code}' phải là số hữu hạn không âm, nhận được ${describe(w)}`,
        });
      }
      return w;
    });
    if (!weights.some((w) => w > 0)) {
      throw new TthcError("INVALID_OPTION", "at least one element weight must be positive", {
        path: ["elementWeights"],
        messageVi: "phải có ít nhất một trọng số dương",
      });
    }
  }
  const maxInvalid = o.maxInvalidDetails;
  if (!Number.isInteger(maxInvalid) || maxInvalid < 0) {
    throw new TthcError("INVALID_OPTION", `maxInvalidDetails must be a whole number ≥ 0, got ${describe(maxInvalid)}`, {
      path: ["maxInvalidDetails"],
      messageVi: `maxInvalidDetails phải là số nguyên không âm, nhận được ${describe(maxInvalid)}`,
    });
  }
  const satisfied = integerList(
    o.satisfiedAnswers === undefined ? method.satisfiedAnswers : o.satisfiedAnswers,
    "satisfiedAnswers",
  );
  const dontKnow = integerList(o.dontKnowAnswers, "dontKnowAnswers");
  const config = {
    method,
    by: checkChoice(o.by, ["none", "province", "agency"], ["by"]),
    satisfied,
    dontKnow,
    weights,
    aggregate: checkChoice(o.aggregate, ["meanOfUnits", "pooled"], ["aggregate"]),
    round: roundSettings(o.decimals, o.rounding),
    onInvalid: checkChoice(o.onInvalid, ["record", "throw"], ["onInvalid"]),
    maxInvalid,
    column,
    elementOf,
    ids,
  };
  // The method as far as counting goes (ids and scale, not the wording): never the caller's whole
  // value, which may hold anything (cycles, BigInts, deep nesting).
  const fingerprint = JSON.stringify([
    method.id,
    ids,
    elementOf,
    [method.scale.min, method.scale.max],
    config.by,
    [...satisfied],
    [...dontKnow],
    weights,
    config.aggregate,
    config.round,
    config.onInvalid,
    maxInvalid,
  ]);
  return { ...config, fingerprint };
}

type Issue = SipasInvalidResponse["issues"][number];

/** Checks one response; returns its unit and answer columns, or the issues. */
function read(config: Config, response: unknown): { unit: string; cells: [number, number][] } | Issue[] {
  if (typeof response !== "object" || response === null || Array.isArray(response)) {
    return [
      {
        path: [],
        message: `expected an object, got ${describe(response)}`,
        messageVi: `phiếu phải là một đối tượng, nhận được ${describe(response)}`,
      },
    ];
  }
  const r = response as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(r)) {
    if (!["id", "province", "agency", "answers"].includes(key))
      issues.push({ path: [key], message: "unknown field", messageVi: "trường không được hỗ trợ" });
  }
  let unit = "";
  if (config.by !== "none") {
    const value = r[config.by];
    if (typeof value !== "string" || value.trim() === "") {
      issues.push({
        path: [config.by],
        message: `${config.by} is needed to group by it, got ${describe(value)}`,
        messageVi: `cần ${config.by} để nhóm theo trường này, nhận được ${describe(value)}`,
      });
    } else unit = value;
  }
  const answers = r["answers"];
  const cells: [number, number][] = [];
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    issues.push({
      path: ["answers"],
      message: `expected an object of answers, got ${describe(answers)}`,
      messageVi: `answers phải là một đối tượng các câu trả lời, nhận được ${describe(answers)}`,
    });
  } else {
    const { min, max } = config.method.scale;
    for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
      const col = config.column.get(id);
      if (col === undefined) {
        issues.push({
          path: ["answers", id],
          message: `'${id}' is not a criterion of ${config.method.id}`,
          messageVi: `'${id}' không phải tiêu chí của ${config.method.id}`,
        });
        continue;
      }
      if (value === null || value === undefined || (typeof value === "number" && config.dontKnow.has(value))) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        issues.push({
          path: ["answers", id],
          message: `answer must be a whole number ${min}–${max}, got ${describe(value)}`,
          messageVi: `câu trả lời phải là số nguyên từ ${min} đến ${max}, nhận được ${describe(value)}`,
        });
        continue;
      }
      cells.push([col, config.satisfied.has(value) ? 1 : 0]);
    }
  }
  return issues.length > 0 ? issues : { unit, cells };
}

function mean(values: readonly (number | null)[], weights?: readonly number[]): number | null {
  let sum = 0;
  let weight = 0;
  values.forEach((v, i) => {
    const w = weights === undefined ? 1 : (weights[i] ?? 0);
    if (v !== null && w > 0) {
      sum += v * w;
      weight += w;
    }
  });
  return weight === 0 ? null : sum / weight;
}

/** Unrounded indices of one unit's counts. */
function unitIndices(
  config: Config,
  counts: readonly number[],
): { criteria: (number | null)[]; elements: (number | null)[]; index: number | null } {
  const criteria = config.elementOf.map((_, col) => {
    const answered = counts[2 * col + 1]!;
    return answered === 0 ? null : (100 * counts[2 * col]!) / answered;
  });
  const elements = config.method.elements.map((_, e) =>
    mean(criteria.filter((__, col) => config.elementOf[col] === e)),
  );
  return { criteria, elements, index: mean(elements, config.weights) };
}

function build(config: Config, state: State): SipasAccumulator {
  const width = 2 * config.elementOf.length + 1;
  const round = (v: number | null): number | null => (v === null ? null : roundValue(v, config.round));
  const byCode = (values: readonly (number | null)[]): Record<string, number | null> =>
    Object.fromEntries(config.method.elements.map((element, e) => [element.code, round(values[e] ?? null)]));
  const accumulator: SipasAccumulator = {
    add(response, at) {
      if (at !== undefined && typeof at !== "string" && !(Number.isSafeInteger(at) && at >= 0)) {
        throw mustBe("INVALID_OPTION", ["at"], "a string or an index ≥ 0", "chuỗi hoặc chỉ số ≥ 0", at);
      }
      const where = at ?? state.total;
      state.total++;
      const outcome = read(config, response);
      if (Array.isArray(outcome)) {
        state.invalid++;
        const id = (response as { id?: unknown } | null)?.id;
        const entry: SipasInvalidResponse = { at: where, ...(typeof id === "string" ? { id } : {}), issues: outcome };
        if (config.onInvalid === "throw") {
          const first = outcome[0]!;
          throw new TthcError("INVALID_SURVEY_RESPONSE", `response ${where}: ${first.message}`, {
            path: [where, ...first.path],
            messageVi: `phiếu ${where} không hợp lệ: ${first.messageVi}`,
            details: { issues: outcome },
          });
        }
        if (state.details.length < config.maxInvalid) state.details.push(entry);
        return entry;
      }
      let counts = state.units.get(outcome.unit);
      if (counts === undefined) {
        counts = new Array<number>(width).fill(0);
        state.units.set(outcome.unit, counts);
      }
      for (const [col, ok] of outcome.cells) {
        counts[2 * col] = counts[2 * col]! + ok;
        counts[2 * col + 1] = counts[2 * col + 1]! + 1;
      }
      counts[width - 1] = counts[width - 1]! + 1;
      return undefined;
    },
    merge(other) {
      const otherState = STATES.get(other);
      if (otherState === undefined || otherState.config.fingerprint !== config.fingerprint) {
        throw new TthcError("INCOMPATIBLE_ACCUMULATORS", "the SIPAS accumulators were built with different options", {
          messageVi: "hai bộ tích lũy SIPAS có tùy chọn khác nhau",
        });
      }
      const units = new Map<string, number[]>();
      for (const source of [state.units, otherState.state.units]) {
        for (const [unit, counts] of source) {
          const into = units.get(unit);
          if (into === undefined) units.set(unit, [...counts]);
          else for (let i = 0; i < width; i++) into[i] = into[i]! + counts[i]!;
        }
      }
      const details = [...state.details, ...otherState.state.details].slice(0, config.maxInvalid);
      return build(config, {
        units,
        total: state.total + otherState.state.total,
        invalid: state.invalid + otherState.state.invalid,
        details,
      });
    },
    result() {
      const names = [...state.units.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const computed = names.map((unit) => ({
        unit,
        counts: state.units.get(unit)!,
        ...unitIndices(config, state.units.get(unit)!),
      }));
      const units: SipasUnitIndex[] = computed.map(({ unit, counts, elements, index }) => ({
        unit,
        responses: counts[width - 1]!,
        criteria: config.elementOf.map((e, col) => ({
          id: config.ids[col]!,
          element: config.method.elements[e]!.code,
          satisfied: counts[2 * col]!,
          answered: counts[2 * col + 1]!,
          index:
            counts[2 * col + 1] === 0 ? null : roundRatio(counts[2 * col]!, counts[2 * col + 1]!, 100, config.round),
        })),
        elements: byCode(elements),
        index: round(index),
      }));
      let overall: SipasResult["overall"];
      if (config.aggregate === "pooled") {
        const pooled = new Array<number>(width).fill(0);
        for (const { counts } of computed) for (let i = 0; i < width; i++) pooled[i] = pooled[i]! + counts[i]!;
        const p = unitIndices(config, pooled);
        overall = { elements: byCode(p.elements), index: round(computed.length === 0 ? null : p.index) };
      } else {
        const elements = config.method.elements.map((_, e) => mean(computed.map((u) => u.elements[e] ?? null)));
        overall = { elements: byCode(elements), index: round(mean(computed.map((u) => u.index))) };
      }
      return {
        method: config.method.id,
        by: config.by,
        aggregate: config.aggregate,
        units,
        overall,
        responses: { total: state.total, valid: state.total - state.invalid, invalid: state.invalid },
        invalid: [...state.details],
      };
    },
  };
  STATES.set(accumulator, { config, state });
  return accumulator;
}

/** The private state behind each accumulator (so `merge` can read another's counts). */
const STATES = new WeakMap<SipasAccumulator, { readonly config: Config; readonly state: State }>();

/**
 * Creates a SIPAS accumulator: criterion indices (SIP-4), element indices (SIP-5), unit indices
 * (SIP-6) by province or agency, and the overall figure (SIP-7), from responses added one by one.
 *
 * Bộ tích lũy chỉ số hài lòng SIPAS: invalid responses (unknown criterion, answer off the scale,
 * missing unit) are counted and listed, never silently dropped.
 *
 * @param options - Method, grouping, satisfied answers, weights, aggregation and rounding; see {@link SipasOptions}.
 * @returns An accumulator with `add`, `merge` and `result`.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object, an unknown or ill-typed option, a malformed method (path into `method`) or one with duplicate criterion ids, or weights that are all 0; from `add`, an `at` that is neither a string nor an index ≥ 0 (path `["at"]`).
 * @throws {@link tthc!TthcError} `INVALID_SURVEY_RESPONSE` from `add` with `onInvalid: 'throw'`.
 * @throws {@link tthc!TthcError} `INCOMPATIBLE_ACCUMULATORS` from `merge` when the options differ.
 * @remarks SIP-3 to SIP-7 are UNCONFIRMED: the satisfied set, the unweighted means and the mean of
 * provinces for the national figure are defaults, each an option.
 * @see QĐ 2640/QĐ-BNV (2017); QĐ 1001/QĐ-BNV (2023); RULES SIP-3 to SIP-7, SIP-10
 * @example
 * ```ts
 * import { createSipasAccumulator } from "tthc/indices";
 * const acc = createSipasAccumulator({ by: "province" });
 * acc.add({ province: "A", answers: { "access.1": 5, "access.2": 3 } }); // => undefined
 * acc.add({ province: "A", answers: { "access.1": 9 } }, "line 3")?.issues[0]?.path; // => ["answers", "access.1"]
 * const result = acc.result();
 * result.units[0]?.elements["access"]; // => 50
 * result.invalid[0]?.at; // => "line 3"
 * ```
 * @category Indices
 */
export function createSipasAccumulator(options: SipasOptions = {}): SipasAccumulator {
  return build(configure(options), { units: new Map(), total: 0, invalid: 0, details: [] });
}

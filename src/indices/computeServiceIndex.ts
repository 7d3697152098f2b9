import { checkObject, checkOptions, checkResult, describe, mustBe, type Path } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { type Rounding, roundSettings, roundValue } from "./_round.js";
import { computeIndicatorScore } from "./computeIndicatorScore.js";
import { computeServiceBand } from "./computeServiceBand.js";
import { QD766_PORTAL, type ServiceBand, type ServiceIndexScheme } from "./qd766Schemes.js";

/**
 * Tùy chọn bộ chỉ số QĐ 766.
 *
 * @example
 * ```ts
 * import type { ServiceIndexOptions } from "tthc/indices";
 * const options: ServiceIndexOptions = { groupMax: { CLGQ: 12 }, targets: { "3.3": 60 } };
 * ```
 * @category Indices
 */
export interface ServiceIndexOptions {
  /** Indicators, groups and bands. @defaultValue {@link QD766_PORTAL} */
  readonly scheme?: ServiceIndexScheme;
  /** Group maxima overriding the scheme's, by group code. */
  readonly groupMax?: Readonly<Record<string, number>>;
  /** Indicator targets (percent, or `null` for none) overriding the scheme's, by indicator id. */
  readonly targets?: Readonly<Record<string, number | null>>;
  /** Bands overriding the scheme's, highest first. */
  readonly bands?: readonly ServiceBand[];
  /** Decimal places of the scores. @defaultValue `2` */
  readonly decimals?: number;
  /** Rounding of the scores. @defaultValue `"halfUp"` */
  readonly rounding?: Rounding;
}

/**
 * Kết quả bộ chỉ số — scores by indicator and group, the total and its band.
 *
 * @example
 * ```ts
 * import type { ServiceIndexResult } from "tthc/indices";
 * type Total = ServiceIndexResult["total"];
 * ```
 * @category Indices
 */
export interface ServiceIndexResult {
  /** Scheme id. */
  readonly scheme: string;
  /** One entry per indicator of the scheme: its value, score and maximum (`null` = not given). */
  readonly indicators: readonly {
    readonly id: string;
    readonly value: number | null;
    readonly score: number | null;
    readonly max: number;
  }[];
  /** One entry per group: score scaled to the group maximum (`null` when no indicator was given). */
  readonly groups: readonly { readonly code: string; readonly score: number | null; readonly max: number }[];
  /** Sum of the group scores. */
  readonly total: number;
  /** Sum of the maxima of the groups that were scored (100 when every group is). */
  readonly maxAvailable: number;
  /** Band of the total (`undefined` below every band). */
  readonly band: ServiceBand | undefined;
}

/**
 * Computes the QĐ 766 service index: each indicator's score from its percentage and target (SVC-4,
 * SVC-5), group scores scaled to the group maxima, the total (0–100) and its band (SVC-9).
 *
 * Bộ chỉ số phục vụ người dân, doanh nghiệp theo thời gian thực. Indicators not given (or `null`) are
 * left out: their group is scored on the indicators present, scaled to its maximum; a group with
 * none is `null`, left out of the total, and `maxAvailable` says so.
 *
 * @param values - Indicator percentages by id (`"2.1"`, `"3.3"`…), e.g. from {@link computeOnTimeProcessingRate}.
 * @param options - Scheme, overrides and rounding; see {@link ServiceIndexOptions}.
 * @returns Scores rounded once at the end.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options or `values` that are not objects, an unknown option, indicator id or group code, a malformed scheme, a bad maximum, target or band list.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if group maxima are so large that the total overflows a finite number.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if a value is outside 0–100.
 * @remarks The group weights conflict between sources (SVC-2): the default is the portal's six groups
 * ({@link QD766_PORTAL}); {@link QD766_DECISION} has the decision's five; override with `groupMax`.
 * The split of CLGQ's 12 points and the treatment of missing indicators are assumptions (UNCONFIRMED).
 * @see QĐ 766/QĐ-TTg (23/6/2022); RULES SVC-1 to SVC-9
 * @example
 * ```ts
 * import { computeServiceIndex } from "tthc/indices";
 * const r = computeServiceIndex({ "2.1": 95, "3.3": 40, "5.4": 90 });
 * r.groups.find((g) => g.code === "TDGQ")?.score; // => 19
 * r.groups.find((g) => g.code === "CLGQ")?.score; // => 9.6
 * r.total; // => 46.6
 * r.maxAvailable; // => 50
 * ```
 * @category Indices
 */
export function computeServiceIndex(
  values: Readonly<Record<string, number | null>>,
  options: ServiceIndexOptions = {},
): ServiceIndexResult {
  checkOptions(options, ["scheme", "groupMax", "targets", "bands", "decimals", "rounding"]);
  const scheme = options.scheme === undefined ? QD766_PORTAL : checkScheme(options.scheme);
  const round = roundSettings(options.decimals === undefined ? 2 : options.decimals, options.rounding ?? "halfUp");
  const given = checkObject(values, ["values"], "INVALID_OPTION");
  const known = new Map(scheme.indicators.map((indicator) => [indicator.id, indicator]));
  const unknown = (path: string, key: string): never => {
    throw new TthcError("INVALID_OPTION", `'${key}' is not in scheme ${scheme.id}`, {
      path: [path, key],
      messageVi: `'${key}' không có trong bộ chỉ số ${scheme.id}`,
    });
  };
  for (const key of Object.keys(given)) if (!known.has(key)) unknown("values", key);
  const targets = options.targets === undefined ? {} : checkObject(options.targets, ["targets"], "INVALID_OPTION");
  for (const key of Object.keys(targets)) if (!known.has(key)) unknown("targets", key);
  const groupMax = options.groupMax === undefined ? {} : checkObject(options.groupMax, ["groupMax"], "INVALID_OPTION");
  for (const key of Object.keys(groupMax)) if (!scheme.groups.some((g) => g.code === key)) unknown("groupMax", key);

  const indicators = scheme.indicators.map((indicator) => {
    // Own keys only: an indicator id such as "constructor" must not read Object.prototype.
    const value: unknown = Object.hasOwn(given, indicator.id) ? (given[indicator.id] ?? null) : null;
    if (value !== null && typeof value !== "number") {
      throw new TthcError(
        "INVALID_COUNT",
        `value of ${indicator.id} must be a number or null, got ${describe(value)}`,
        {
          path: ["values", indicator.id],
          messageVi: `giá trị của ${indicator.id} phải là số hoặc null, nhận được ${describe(value)}`,
        },
      );
    }
    const target: unknown = Object.hasOwn(targets, indicator.id) ? (targets[indicator.id] ?? null) : indicator.target;
    return {
      id: indicator.id,
      value,
      score: computeIndicatorScore(value, { max: indicator.max, target: target as number | null }),
      max: indicator.max,
    };
  });
  const byId = new Map(indicators.map((entry) => [entry.id, entry]));
  let total = 0;
  let maxAvailable = 0;
  const groups = scheme.groups.map((group) => {
    const max = Object.hasOwn(groupMax, group.code) ? groupMax[group.code] : group.max;
    if (typeof max !== "number" || !Number.isFinite(max) || max < 0) {
      throw new TthcError(
        "INVALID_OPTION",
        `maximum of group ${group.code} must be a number ≥ 0, got ${describe(max)}`,
        {
          path: ["groupMax", group.code],
          messageVi: `điểm tối đa của nhóm ${group.code} phải là số không âm, nhận được ${describe(max)}`,
        },
      );
    }
    let score = 0;
    let weight = 0;
    for (const id of group.indicators) {
      const entry = byId.get(id);
      if (entry === undefined) unknown("groups", id);
      if (entry?.score === null || entry === undefined) continue;
      score += entry.score;
      weight += entry.max;
    }
    if (weight === 0) return { code: group.code, score: null, max };
    const product = score * max;
    // score ≤ weight: dividing first cannot overflow where the product does (a huge max).
    const scaled = Number.isFinite(product) ? product / weight : (score / weight) * max;
    total += scaled;
    maxAvailable += max;
    return { code: group.code, score: roundValue(scaled, round), max };
  });
  checkResult(total, ["groupMax"], "the total of the group maxima", "tổng điểm tối đa các nhóm");
  const rounded = roundValue(total, round);
  return {
    scheme: scheme.id,
    indicators: indicators.map((entry) => ({
      ...entry,
      score: entry.score === null ? null : roundValue(entry.score, round),
    })),
    groups,
    total: rounded,
    maxAvailable: roundValue(maxAvailable, round),
    band: computeServiceBand(rounded, options.bands ?? scheme.bands),
  };
}

/** A scheme given as an option: the shape the computation reads, checked without recursion. */
function checkScheme(value: unknown): ServiceIndexScheme {
  const path: Path = ["scheme"];
  const scheme = checkObject(value, path, "INVALID_OPTION");
  if (typeof scheme["id"] !== "string")
    throw mustBe("INVALID_OPTION", [...path, "id"], "a string", "chuỗi", scheme["id"]);
  const list = (key: string): unknown[] => {
    const items = scheme[key];
    if (!Array.isArray(items)) throw mustBe("INVALID_OPTION", [...path, key], "an array", "một mảng", items);
    return items;
  };
  list("indicators").forEach((item, k) => {
    const indicator = checkObject(item, [...path, "indicators", k], "INVALID_OPTION");
    if (typeof indicator["id"] !== "string") {
      throw mustBe("INVALID_OPTION", [...path, "indicators", k, "id"], "a string", "chuỗi", indicator["id"]);
    }
    // max and target are checked by computeIndicatorScore, with the indicator named.
  });
  list("groups").forEach((item, k) => {
    const group = checkObject(item, [...path, "groups", k], "INVALID_OPTION");
    if (typeof group["code"] !== "string") {
      throw mustBe("INVALID_OPTION", [...path, "groups", k, "code"], "a string", "chuỗi", group["code"]);
    }
    const ids = group["indicators"];
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
      const at = [...path, "groups", k, "indicators"];
      throw mustBe("INVALID_OPTION", at, "an array of indicator ids", "mảng mã chỉ số", ids);
    }
  });
  list("bands");
  return value as ServiceIndexScheme;
}

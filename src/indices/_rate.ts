/**
 * Private: a percentage of a part in its total, with the counts checked. Never re-exported.
 */
import { checkCount, checkObject, checkPart } from "../_internal/checks.js";
import { computePercent, type PercentOptions } from "./computePercent.js";

/** Reads the count fields of an input object (path = field name). */
export function readCounts<K extends string>(
  input: unknown,
  keys: readonly K[],
  optional: readonly K[] = [],
): Record<K, number> {
  const record = checkObject(input, [], "INVALID_COUNT");
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const value = record[key];
    out[key] = value === undefined && optional.includes(key) ? 0 : checkCount(value, [key]);
  }
  for (const key of Object.keys(record)) if (!keys.includes(key as K)) checkCount(Number.NaN, [key]);
  return out;
}

/** `100 × part ÷ total` after checking part ≤ total. */
export function partRate(
  part: number,
  partName: string,
  total: number,
  totalName: string,
  options: PercentOptions,
): number | null {
  checkPart(part, total, [partName], totalName);
  return computePercent(part, total, options);
}

import { describe, MAX_YEAR, MIN_YEAR } from "../../_internal/epochDay.js";
import { TthcError } from "../../errors.js";

/**
 * Validates a Gregorian year argument (1900–2199).
 *
 * @throws TthcError `INVALID_DATE` if not an integer, `OUT_OF_RANGE` if outside 1900–2199.
 */
export function checkYear(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    const shown = describe(value);
    throw new TthcError("INVALID_DATE", `the year must be an integer, got ${shown}`, {
      path,
      messageVi: `năm phải là số nguyên, nhận được ${shown}`,
      details: { value },
    });
  }
  if (value < MIN_YEAR || value > MAX_YEAR) {
    throw new TthcError("OUT_OF_RANGE", `year ${value} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`, {
      path,
      messageVi: `năm ${value} nằm ngoài phạm vi hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`,
      details: { value, min: MIN_YEAR, max: MAX_YEAR },
    });
  }
  return value;
}

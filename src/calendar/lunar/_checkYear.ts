import { mustBe, type Path } from "../../_internal/checks.js";
import { MAX_YEAR, MIN_YEAR } from "../../_internal/epochDay.js";

/**
 * Validates a Gregorian year argument (1900–2199).
 *
 * @throws TthcError `INVALID_DATE` if not an integer, `OUT_OF_RANGE` if outside 1900–2199.
 */
export function checkYear(value: unknown, path: Path): number {
  if (typeof value !== "number" || !Number.isInteger(value))
    throw mustBe("INVALID_DATE", path, "an integer year", "năm là số nguyên", value);
  if (value < MIN_YEAR || value > MAX_YEAR)
    throw mustBe(
      "OUT_OF_RANGE",
      path,
      `a year in ${MIN_YEAR}–${MAX_YEAR}`,
      `năm từ ${MIN_YEAR} đến ${MAX_YEAR}`,
      value,
    );
  return value;
}

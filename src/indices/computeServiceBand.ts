import { checkFinite, checkObject, describe, mustBe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import { SERVICE_INDEX_BANDS, type ServiceBand } from "./qd766Schemes.js";

/**
 * Finds the band (xếp loại) of a total score: the first band, highest first, whose lower bound
 * (inclusive) the score reaches.
 *
 * @param total - Total score (0–100).
 * @param bands - Bands, highest first. @defaultValue {@link SERVICE_INDEX_BANDS}
 * @returns The band, or `undefined` when the score is below every band.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `total` is not a finite number.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` if `bands` is not an array of `{ min, nameVi, nameEn }` (finite `min`, string names, no other key), sorted highest first (path `["bands", k, …]`).
 * @remarks Default thresholds are UNCONFIRMED (SVC-9).
 * @see RULES SVC-9
 * @example
 * ```ts
 * import { computeServiceBand } from "tthc/indices";
 * computeServiceBand(80)?.nameVi; // => "Tốt"
 * computeServiceBand(79.99)?.nameVi; // => "Khá"
 * ```
 * @category Indices
 */
export function computeServiceBand(
  total: number,
  bands: readonly ServiceBand[] = SERVICE_INDEX_BANDS,
): ServiceBand | undefined {
  if (typeof total !== "number" || !Number.isFinite(total)) {
    throw new TthcError("INVALID_COUNT", `total must be a finite number, got ${describe(total)}`, {
      path: ["total"],
      messageVi: `total phải là số hữu hạn, nhận được ${describe(total)}`,
    });
  }
  if (!Array.isArray(bands)) throw mustBe("INVALID_OPTION", ["bands"], "an array of bands", "mảng xếp loại", bands);
  bands.forEach((band: unknown, k) => {
    const b = checkObject(band, ["bands", k], "INVALID_OPTION", ["min", "nameVi", "nameEn"]);
    checkFinite(b["min"], ["bands", k, "min"], "INVALID_OPTION");
    for (const key of ["nameVi", "nameEn"]) {
      if (typeof b[key] !== "string") throw mustBe("INVALID_OPTION", ["bands", k, key], "a string", "chuỗi", b[key]);
    }
  });
  for (let k = 1; k < bands.length; k++) {
    if (!(bands[k - 1]!.min > bands[k]!.min)) {
      throw new TthcError("INVALID_OPTION", "bands must be sorted by min, highest first", {
        path: ["bands", k],
        messageVi: "bands phải xếp theo min giảm dần",
      });
    }
  }
  return bands.find((band) => total >= band.min);
}

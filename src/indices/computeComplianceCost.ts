import { checkAmount, checkKnownKeys, checkObject, checkResult } from "../_internal/checks.js";

/**
 * Đầu vào chi phí tuân thủ một lần thực hiện TTHC — the work time and its value, the fees and the
 * other legal costs, each in its unit (CC-6).
 *
 * @example
 * ```ts
 * import type { ComplianceCostInput } from "tthc/indices";
 * const input: ComplianceCostInput = { workHours: 8, hourlyWageVnd: 30_000, feesVnd: 50_000 };
 * ```
 * @category Indices
 */
export interface ComplianceCostInput {
  /** Giờ làm việc — hours of work the rules require (preparing, travelling, waiting…). */
  readonly workHours: number;
  /** Thu nhập bình quân một giờ (VND per hour). */
  readonly hourlyWageVnd: number;
  /** Phí, lệ phí (VND). @defaultValue `0` */
  readonly feesVnd?: number;
  /** Chi phí khác theo quy định: copies, services, travel (VND). @defaultValue `0` */
  readonly otherCostsVnd?: number;
}

/**
 * Chi phí tuân thủ một lần — the parts and the total (VND per execution).
 *
 * @example
 * ```ts
 * import type { ComplianceCost } from "tthc/indices";
 * type Total = ComplianceCost["totalVnd"];
 * ```
 * @category Indices
 */
export interface ComplianceCost {
  /** Work hours × hourly wage. */
  readonly workVnd: number;
  /** Fees and charges. */
  readonly feesVnd: number;
  /** Other legal costs. */
  readonly otherCostsVnd: number;
  /** The sum. */
  readonly totalVnd: number;
}

/**
 * Computes the compliance cost of one execution of a procedure (chi phí tuân thủ TTHC): the cost of
 * the work the rules require (hours × hourly wage) plus fees, charges and other legal costs (CC-1).
 *
 * @param input - See {@link ComplianceCostInput}.
 * @returns The parts and the total in VND, not rounded.
 * @throws {@link tthc!TthcError} `INVALID_COUNT` if `input` is not an object, or an amount is not a number (`null` included), negative, `NaN` or infinite.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown field (path: the field).
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if the cost overflows a finite number (path `["workHours"]` for the work cost, `[]` for the total).
 * @remarks How each element is valued is not verified (CC-6, UNCONFIRMED); no opportunity cost is
 * counted (CC-3).
 * @see TT 02/2017/TT-VPCP Art. 27 (RULES CC-1, CC-3, CC-6)
 * @example
 * ```ts
 * import { computeComplianceCost } from "tthc/indices";
 * computeComplianceCost({ workHours: 6.5, hourlyWageVnd: 40_000, feesVnd: 100_000, otherCostsVnd: 20_000 }).totalVnd; // => 380000
 * ```
 * @category Indices
 */
export function computeComplianceCost(input: ComplianceCostInput): ComplianceCost {
  const record = checkObject(input, [], "INVALID_COUNT");
  checkKnownKeys(record, ["workHours", "hourlyWageVnd", "feesVnd", "otherCostsVnd"]);
  const workVnd =
    checkAmount(record["workHours"], ["workHours"]) * checkAmount(record["hourlyWageVnd"], ["hourlyWageVnd"]);
  // Absent is 0; `null` is refused like any other non-number (it is not "no fee").
  const feesVnd = record["feesVnd"] === undefined ? 0 : checkAmount(record["feesVnd"], ["feesVnd"]);
  const otherCostsVnd =
    record["otherCostsVnd"] === undefined ? 0 : checkAmount(record["otherCostsVnd"], ["otherCostsVnd"]);
  checkResult(workVnd, ["workHours"], "workHours × hourlyWageVnd", "workHours × hourlyWageVnd");
  const totalVnd = checkResult(workVnd + feesVnd + otherCostsVnd, [], "the total cost", "tổng chi phí");
  return { workVnd, feesVnd, otherCostsVnd, totalVnd };
}

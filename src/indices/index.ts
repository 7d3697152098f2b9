/**
 * `tthc/indices` — measurement: SIPAS satisfaction indices, the QĐ 766 service index, compliance
 * cost per TT 02/2017/TT-VPCP, published national figures, and percentages with explicit rounding.
 *
 * **When to use**: computing or checking the indices an agency is scored on, or comparing with the
 * published figures; percentages round the way the published reports do.
 *
 * Guide: [indices](../../docs/guides/indices.md).
 *
 * @module tthc/indices
 * @primaryExport
 * @packageDocumentation
 */
export type { AnnualComplianceCostInput } from "./computeAnnualComplianceCost.js";
export { computeAnnualComplianceCost } from "./computeAnnualComplianceCost.js";
export type { ComplianceCost, ComplianceCostInput } from "./computeComplianceCost.js";
export { computeComplianceCost } from "./computeComplianceCost.js";
export type { DigitisationCounts } from "./computeDigitisationRate.js";
export { computeDigitisationRate } from "./computeDigitisationRate.js";
export type { IndicatorScoring } from "./computeIndicatorScore.js";
export { computeIndicatorScore } from "./computeIndicatorScore.js";
export { computeLowerMiddleValue } from "./computeLowerMiddleValue.js";
export type { OnlineDossierCounts } from "./computeOnlineDossierRate.js";
export { computeOnlineDossierRate } from "./computeOnlineDossierRate.js";
export type { OnlinePaymentCounts } from "./computeOnlinePaymentRate.js";
export { computeOnlinePaymentRate } from "./computeOnlinePaymentRate.js";
export type { OnTimeProcessingCounts } from "./computeOnTimeProcessingRate.js";
export { computeOnTimeProcessingRate } from "./computeOnTimeProcessingRate.js";
export type { PercentOptions, Rounding } from "./computePercent.js";
export { computePercent, DEFAULT_PERCENT_OPTIONS } from "./computePercent.js";
export type { RankedUnit } from "./computeRanking.js";
export { computeRanking } from "./computeRanking.js";
export type { SatisfactionCounts, SatisfactionRateOptions } from "./computeSatisfactionRate.js";
export { computeSatisfactionRate } from "./computeSatisfactionRate.js";
export { computeServiceBand } from "./computeServiceBand.js";
export type { ServiceIndexOptions, ServiceIndexResult } from "./computeServiceIndex.js";
export { computeServiceIndex } from "./computeServiceIndex.js";
export { computeSimplificationRate } from "./computeSimplificationRate.js";
export type { SimplificationSavings } from "./computeSimplificationSavings.js";
export { computeSimplificationSavings } from "./computeSimplificationSavings.js";
export { computeSipas, safeComputeSipas } from "./computeSipas.js";
export type {
  SipasAccumulator,
  SipasCriterionIndex,
  SipasInvalidResponse,
  SipasOptions,
  SipasResponse,
  SipasResult,
  SipasUnitIndex,
} from "./createSipasAccumulator.js";
export { createSipasAccumulator, DEFAULT_SIPAS_OPTIONS } from "./createSipasAccumulator.js";
export type { ParIndexResult, PublishedScore, SipasNationalResult } from "./publishedResults.js";
export { PAR_INDEX_RESULTS, SIPAS_NATIONAL_RESULTS } from "./publishedResults.js";
export type { ServiceBand, ServiceIndexGroup, ServiceIndexScheme, ServiceIndicator } from "./qd766Schemes.js";
export { QD766_DECISION, QD766_PORTAL, SERVICE_INDEX_BANDS } from "./qd766Schemes.js";
export { roundPercent } from "./roundPercent.js";
export type { SipasCriterion, SipasElement, SipasMethod } from "./sipasMethods.js";
export { SIPAS_QD_1001, SIPAS_QD_2640 } from "./sipasMethods.js";

/**
 * tthc — Vietnamese administrative procedures (thủ tục hành chính) under the one-stop mechanism
 * (cơ chế một cửa).
 *
 * **This root entry re-exports** every name of `tthc/calendar`, `tthc/deadline` and `tthc/indices`
 * (the parts that load nothing else: no zod, no fixtures), plus the errors ({@link TthcError},
 * {@link isTthcError}, {@link formatTthcError}), which live only here. Each name is documented once,
 * on the page of the subpath it comes from; this page lists the errors. Importing it costs about as
 * much as `tthc/calendar` (bench/coldStart.mjs), which matters to serverless functions and the CLI.
 *
 * **The zod-backed modules are on their subpaths only**, so that zod loads where it is used:
 * `tthc/models` (schemas), `tthc/workflow`, `tthc/report`, and `tthc/fixtures`, `tthc/testing`,
 * `tthc/date-fns`, `tthc/luxon`, `tthc/forms-html`, `tthc/report-html`.
 *
 * | Import | For |
 * |---|---|
 * | `tthc/calendar` | is this a working day; counting working days; lunar dates |
 * | `tthc/deadline` | due date and instant of a dossier; time remaining |
 * | `tthc/models` | zod schemas and types of procedures, dossiers, agencies; identifiers |
 * | `tthc/workflow` | the one-stop state machine, forms, statuses |
 * | `tthc/report` | processing reports over dossier records |
 * | `tthc/indices` | SIPAS, the service index, compliance cost, percentages |
 * | `tthc/fixtures` | real procedures and a sample dossier for tests |
 * | `tthc/testing` | matchers, builders and scenario tables for test suites |
 * | `tthc/date-fns`, `tthc/luxon` | the calendar and deadlines on `Date` or luxon `DateTime` |
 * | `tthc/forms-html` | the one-stop forms as printable HTML |
 * | `tthc/report-html` | the processing report as an HTML page with charts |
 *
 * @module tthc
 * @packageDocumentation
 */

export type {
  CanChi,
  DateInput,
  DayInfo,
  DayKind,
  HolidayBlock,
  Label,
  LocalDay,
  LunarDate,
  NationalDaySecondDay,
  ScheduleEntry,
  ScheduleRowKind,
  StatutoryHolidayRule,
  WorkingCalendar,
  WorkingCalendarOptions,
} from "./calendar/index.js";
export {
  canChi,
  createWorkingCalendar,
  DEFAULT_CALENDAR_OPTIONS,
  fromLunar,
  hungKingsDate,
  OFFICIAL_SCHEDULE,
  tetDate,
  toLunar,
} from "./calendar/index.js";
export type {
  DueDate,
  DueDateInput,
  Duration,
  DurationUnit,
  Pause,
  Remaining,
  TimeRange,
  TraceStep,
  WorkingHours,
  WorkingTime,
  WorkingTimeOptions,
} from "./deadline/index.js";
export {
  computeDueDate,
  DURATION_UNITS,
  parseDuration,
  remaining,
  safeComputeDueDate,
  WORKING_HOURS_PRESETS,
  workingTimeBetween,
} from "./deadline/index.js";
export type { SafeResult, TthcErrorCode, TthcErrorOptions } from "./errors.js";
export { formatTthcError, isTthcError, RULES_REFERENCE_PAGE, ruleAnchor, TthcError } from "./errors.js";
export type {
  AnnualComplianceCostInput,
  ComplianceCost,
  ComplianceCostInput,
  DigitisationCounts,
  IndicatorScoring,
  OnlineDossierCounts,
  OnlinePaymentCounts,
  OnTimeProcessingCounts,
  ParIndexResult,
  PercentOptions,
  PublishedScore,
  RankedUnit,
  Rounding,
  SatisfactionCounts,
  SatisfactionRateOptions,
  ServiceBand,
  ServiceIndexGroup,
  ServiceIndexOptions,
  ServiceIndexResult,
  ServiceIndexScheme,
  ServiceIndicator,
  SimplificationSavings,
  SipasAccumulator,
  SipasCriterion,
  SipasCriterionIndex,
  SipasElement,
  SipasInvalidResponse,
  SipasMethod,
  SipasNationalResult,
  SipasOptions,
  SipasResponse,
  SipasResult,
  SipasUnitIndex,
} from "./indices/index.js";
export {
  computeAnnualComplianceCost,
  computeComplianceCost,
  computeDigitisationRate,
  computeIndicatorScore,
  computeLowerMiddleValue,
  computeOnlineDossierRate,
  computeOnlinePaymentRate,
  computeOnTimeProcessingRate,
  computePercent,
  computeRanking,
  computeSatisfactionRate,
  computeServiceBand,
  computeServiceIndex,
  computeSimplificationRate,
  computeSimplificationSavings,
  computeSipas,
  createSipasAccumulator,
  DEFAULT_PERCENT_OPTIONS,
  DEFAULT_SIPAS_OPTIONS,
  PAR_INDEX_RESULTS,
  QD766_DECISION,
  QD766_PORTAL,
  roundPercent,
  SERVICE_INDEX_BANDS,
  SIPAS_NATIONAL_RESULTS,
  SIPAS_QD_1001,
  SIPAS_QD_2640,
  safeComputeSipas,
} from "./indices/index.js";

/**
 * `tthc/models` — typed models of Vietnamese administrative procedures: zod schemas that are also the
 * TypeScript types (one name for both: `Procedure`, `Dossier`, `Agency`…), branded identifiers
 * (agency, procedure and dossier codes, citizen ids), rule sets by effective date and the parse API.
 *
 * **When to use**: to validate records at the edge of a system (`parseProcedure`, `safeParseDossier`),
 * to type your own code with the national catalogue's shapes, to read, format or generate codes, or
 * to extend our schemas with your own fields (zod is a peer dependency).
 *
 * Guide: [models](../../docs/guides/models.md).
 *
 * @module tthc/models
 * @primaryExport
 * @packageDocumentation
 */
export { AdministrativeLevel, Agency, CommuneKind } from "./agency.js";
export type { AgencyCodeParts, DecodedAgencyCode } from "./agencyCode.js";
export { decodeAgencyCode, formatAgencyCode, isAgencyCode, parseAgencyCode } from "./agencyCode.js";
export type { CitizenIdOptions, CitizenIdParts, CitizenIdValidator } from "./citizenId.js";
export {
  DEFAULT_CITIZEN_ID_VALIDATOR,
  decodeCitizenId,
  formatCitizenId,
  isCitizenId,
  parseCitizenId,
  redactCitizenId,
} from "./citizenId.js";
export { Channel, Instant, IsoDate, LegalBasis, Source, TimeLimit, TimeOfDay } from "./common.js";
export type {
  DossierCodeGenerator,
  DossierCodeGeneratorOptions,
  DossierCounter,
  DossierCounterKey,
} from "./createDossierCodeGenerator.js";
export {
  createDossierCodeGenerator,
  DEFAULT_DOSSIER_CODE_GENERATOR_OPTIONS,
} from "./createDossierCodeGenerator.js";
export type { DossierInput } from "./dossier.js";
export {
  Address,
  Applicant,
  Appointment,
  Delegate,
  Dossier,
  FeePayment,
  IdDocument,
  SuppliedComponent,
} from "./dossier.js";
export type { DossierCodeParts } from "./dossierCode.js";
export { formatDossierCode, isDossierCode, parseDossierCode } from "./dossierCode.js";
export { AgencyCode, CitizenId, DossierCode, ProcedureCode } from "./ids.js";
export type { MapLegacyOnlineLevelOptions } from "./mapLegacyOnlineLevel.js";
export { DEFAULT_LEGACY_LEVEL_MAP, mapLegacyOnlineLevel } from "./mapLegacyOnlineLevel.js";
export { parseDossier, safeParseDossier } from "./parseDossier.js";
export { parseProcedure, safeParseProcedure } from "./parseProcedure.js";
export type { ProcedureInput } from "./procedure.js";
export {
  ChannelOption,
  DossierComponent,
  ExtraTime,
  Fee,
  FormTemplate,
  ImplementingAgency,
  InterAgency,
  InternalWorkflow,
  LegacyOnlineLevel,
  OnlineLevel,
  Procedure,
  ProcedureCase,
  ProcedureStep,
  PublicationDecision,
  Sector,
  Subject,
  VietnameseText,
  WorkflowStep,
} from "./procedure.js";
export type { ProcedureCodeParts } from "./procedureCode.js";
export { decodeProcedureCode, formatProcedureCode, isProcedureCode, parseProcedureCode } from "./procedureCode.js";
export { FormKind, OneStopForm, RULE_SETS, RuleSet, RuleSetId } from "./ruleSet.js";
export { ruleSetFor } from "./ruleSetFor.js";
export type { NationalStatus, StatusTraits } from "./status.js";
export {
  DossierStatus,
  NATIONAL_STATUS_CODES,
  NationalStatusCode,
  nationalStatusCodeOf,
  STATUS_TRAITS,
} from "./status.js";
export type { TimeLimitSelector } from "./timeLimitOf.js";
export { timeLimitOf } from "./timeLimitOf.js";
export type { JsonSchema, ModelJsonSchemas } from "./toJsonSchemas.js";
export { toJsonSchemas } from "./toJsonSchemas.js";

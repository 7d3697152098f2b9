/**
 * `tthc/workflow` — the one-stop state machine (cơ chế một cửa, một cửa liên thông): pure
 * transitions over an event-sourced dossier, guards, derived deadlines and statuses, forms of
 * TT 01/2018 and TT 03/2025, snapshots and a Mermaid diagram.
 *
 * **When to use**: a one-stop portal or back office that records what happens to a dossier (receipt,
 * supplement requests, pauses, approval, return) and needs the state, the allowed next steps, the
 * forms to issue and the dates that follow from the law; `transition` and `replay` are the core.
 *
 * Guide: [workflow](../../docs/guides/workflow.md).
 *
 * @module tthc/workflow
 * @primaryExport
 * @packageDocumentation
 */
export { buildDossierRegisterRow } from "./buildDossierRegisterRow.js";
export { buildProcessControlSlip } from "./buildProcessControlSlip.js";
export { can } from "./can.js";
export { classifyTimeliness } from "./classifyTimeliness.js";
export type { Urgency, UrgencyLevel, UrgencyOf, UrgencyOptions } from "./classifyUrgency.js";
export { classifyUrgency, URGENCY_ORDER } from "./classifyUrgency.js";
export type { DossierTime, DossierTimeOptions, DueMoment, StepTime, TimelinessOptions } from "./computeDossierTime.js";
export { computeDossierTime } from "./computeDossierTime.js";
export { computeRemaining } from "./computeRemaining.js";
export type { WorkflowContext, WorkflowOptions } from "./context.js";
export { DEFAULT_WORKFLOW_OPTIONS } from "./context.js";
export { createDossierState } from "./createDossierState.js";
export type { NotifyTemplate, WorkflowEffect } from "./effects.js";
export type { DossierEventInput, DossierEventType } from "./events.js";
export { Actor, DossierEvent, EVENT_TYPES, SupplementItem, WorkflowRole } from "./events.js";
export type {
  ApologyLetterData,
  AppointmentSlipData,
  DossierRegisterData,
  FormDataByKind,
  IntakeRefusalNoticeData,
  OneStopFormDocument,
  ProcessControlRow,
  ProcessControlSlipData,
  StopProcessingNoticeData,
  SupplementRequestData,
  Timeliness,
} from "./forms.js";
export { createFormDocument } from "./forms.js";
export type { InterAgencyProgress } from "./interAgencyProgress.js";
export { interAgencyProgress } from "./interAgencyProgress.js";
export { isOverdue } from "./isOverdue.js";
export { EVENT_LABELS, ROLE_LABELS, STATE_LABELS } from "./labels.js";
export type { ListUrgentOptions, UrgentDossier } from "./listUrgent.js";
export { listUrgent } from "./listUrgent.js";
export { nationalStatusOf } from "./nationalStatusOf.js";
export { nextEvents } from "./nextEvents.js";
export { renderFormText } from "./renderFormText.js";
export type { ReplayOptions } from "./replay.js";
export { replay } from "./replay.js";
export { restoreSnapshot, SNAPSHOT_SCHEMA_VERSION, snapshot, WorkflowSnapshot } from "./snapshot.js";
export type { TransitionRule } from "./states.js";
export {
  ClockPause,
  DossierState,
  InterAgencyHandoff,
  StepRecord,
  TRANSITIONS,
} from "./states.js";
export type { MermaidOptions } from "./toMermaid.js";
export { toMermaid } from "./toMermaid.js";
export type { TransitionResult } from "./transition.js";
export { transition } from "./transition.js";

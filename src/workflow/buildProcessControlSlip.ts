/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ — the process-control slip of a dossier, with each
 * hand-over's outcome against its step quota.
 */

import { TthcError } from "../errors.js";
import { checkContext, checkState } from "./_boundary.js";
import { type DossierTime, dossierTimeOf } from "./computeDossierTime.js";
import type { WorkflowContext } from "./context.js";
import { createFormDocument, type OneStopFormDocument, type ProcessControlRow } from "./forms.js";
import type { DossierState } from "./states.js";

/** Rows of the slip: each hand-over with its step due instant (moved by pauses, DL-8) and outcome (WF-13). */
export function controlRows(state: DossierState, time: DossierTime | undefined): ProcessControlRow[] {
  const rows: ProcessControlRow[] = [];
  for (const [i, step] of (time?.steps ?? []).entries()) {
    const record = state.steps[i];
    if (record === undefined || step.handedOverAt === undefined || step.outcome === undefined) continue;
    rows.push({
      order: step.order,
      name: step.name,
      unit: step.unit,
      startedAt: step.startedAt,
      handedOverAt: step.handedOverAt,
      stepDueAt: step.dueAt,
      outcome: step.outcome,
      by: record.by,
    });
  }
  return rows;
}

/**
 * Lập phiếu kiểm soát — the process-control slip (Mẫu 05 under `VN-2018`, Mẫu 06 under `VN-2025`):
 * one row per hand-over of the internal workflow, each marked Trước hạn / Đúng hạn / Quá hạn by the
 * Vietnam date it was handed on against the step's due date (start + quota; whole days counted as
 * working days from the next day, fractions as working hours), moved by the supplement pauses inside
 * the step (DL-8): the applicant's time never counts against a step. Dates come from
 * {@link computeDossierTime}.
 *
 * @param state - A received dossier.
 * @param context - Procedure, calendar, options.
 * @returns The filled form.
 * @throws {@link tthc!TthcError} `TRANSITION_NOT_ALLOWED` if the dossier has not been received (no rule set yet).
 * @throws {@link tthc!TthcError} `INVALID_DOSSIER` if `state` is not a dossier state; `INVALID_OPTION` / `INVALID_PROCEDURE` for a bad context.
 * @see TT 01/2018/TT-VPCP Mẫu 05; TT 03/2025/TT-VPCP Mẫu 06 (RULES WF-13, WF-32, REP-6)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { BIRTH_REGISTRATION } from "tthc/fixtures";
 * import { buildProcessControlSlip, replay } from "tthc/workflow";
 * const context = { procedure: BIRTH_REGISTRATION, calendar: createWorkingCalendar() };
 * const desk = { id: "desk-01", role: "receptionist" } as const;
 * const state = replay([
 *   { type: "submit", at: "2025-07-01T08:00:00+07:00", actor: desk, version: 0, channel: "direct", applicant: { kind: "citizen", name: "Nguyễn Văn A" } },
 *   { type: "receive", at: "2025-07-01T08:05:00+07:00", actor: desk, version: 1, code: "000.00.12.H26-250701-0001" },
 * ], context);
 * const slip = buildProcessControlSlip(state, context);
 * slip.number; // => "06"
 * slip.data.rows.length; // => 0
 * ```
 * @category Workflow
 */
export function buildProcessControlSlip(
  state: DossierState,
  context: WorkflowContext,
): Extract<OneStopFormDocument, { form: "processControlSlip" }> {
  checkState(state);
  checkContext(context, state);
  if (state.ruleSet === undefined) {
    throw new TthcError("TRANSITION_NOT_ALLOWED", "the dossier has not been received", {
      path: ["status"],
      messageVi: "hồ sơ chưa được tiếp nhận",
    });
  }
  const time = dossierTimeOf(state, context, undefined);
  return createFormDocument(state.ruleSet, "processControlSlip", {
    dossierCode: state.code ?? "",
    applicantName: state.applicant?.name ?? "",
    dueAt: time?.current.dueAt ?? "",
    rows: controlRows(state, time),
  });
}

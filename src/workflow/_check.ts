/**
 * The one check behind {@link transition} and {@link can}: the transition table row, the role, the
 * rule set, then the guards.
 */
import type { TthcErrorCode } from "../errors.js";
import { GUARDS } from "./_guards.js";
import type { ResolvedOptions } from "./_options.js";
import type { WorkflowContext } from "./context.js";
import type { DossierEventType, WorkflowRole } from "./events.js";
import { type DossierState, RULE_INDEX } from "./states.js";

export interface Refusal {
  readonly code: TthcErrorCode;
  readonly en: string;
  readonly vi: string;
  readonly path: readonly string[];
}

export function checkAllowed(
  state: DossierState,
  type: DossierEventType,
  role: WorkflowRole | undefined,
  context: WorkflowContext,
  options: ResolvedOptions,
): Refusal | undefined {
  const rule = RULE_INDEX.get(`${state.status}:${type}`);
  if (rule === undefined) {
    return {
      code: "TRANSITION_NOT_ALLOWED",
      en: `'${type}' is not allowed in state '${state.status}'`,
      vi: `không được thực hiện '${type}' ở trạng thái '${state.status}'`,
      path: ["type"],
    };
  }
  if (role !== undefined && !rule.roles.includes(role)) {
    return {
      code: "FORBIDDEN_ROLE",
      en: `role '${role}' may not send '${type}' (allowed: ${rule.roles.join(", ")})`,
      vi: `vai trò '${role}' không được thực hiện '${type}' (được phép: ${rule.roles.join(", ")})`,
      path: ["actor", "role"],
    };
  }
  if (rule.ruleSets !== undefined && (state.ruleSet === undefined || !rule.ruleSets.includes(state.ruleSet))) {
    return {
      code: "TRANSITION_NOT_ALLOWED",
      en: `'${type}' exists only under rule set ${rule.ruleSets.join(", ")} (dossier: ${state.ruleSet ?? "not received"})`,
      vi: `'${type}' chỉ áp dụng theo bộ quy tắc ${rule.ruleSets.join(", ")} (hồ sơ: ${state.ruleSet ?? "chưa tiếp nhận"})`,
      path: ["type"],
    };
  }
  for (const guard of GUARDS[type] ?? []) {
    const failure = guard(state, context, options);
    if (failure !== undefined) return { ...failure, path: ["type"] };
  }
  return undefined;
}

/**
 * Sơ đồ quy trình — the one-stop process as a Mermaid `stateDiagram-v2`.
 */
import { checkChoice, checkObject } from "../_internal/checks.js";
import type { Procedure } from "../models/procedure.js";
import { RuleSetId } from "../models/ruleSet.js";
import { checkProcedure } from "./_boundary.js";
import { EVENT_LABELS, STATE_LABELS } from "./labels.js";
import { TRANSITIONS } from "./states.js";

/**
 * Options of {@link toMermaid}.
 *
 * @example
 * ```ts
 * import type { MermaidOptions } from "tthc/workflow";
 * const options: MermaidOptions = { ruleSet: "VN-2018", lang: "en" };
 * ```
 * @category Workflow
 */
export interface MermaidOptions {
  /** Draw only the transitions of this rule set (VN-2018 has no stop). @defaultValue all */
  readonly ruleSet?: RuleSetId;
  /** Labels in Vietnamese or English. @defaultValue `"vi"` */
  readonly lang?: "vi" | "en";
}

/**
 * Sơ đồ trạng thái — the transition table ({@link TRANSITIONS}) as a Mermaid `stateDiagram-v2`,
 * states named by their ids and described by their labels, edges labelled with the events. Given a
 * procedure with an internal workflow, `inProcess` is drawn as a composite state holding its steps,
 * partner agencies' steps marked.
 *
 * @param procedure - Optional: a procedure whose first internal workflow is drawn inside `inProcess`.
 * @param options - See {@link MermaidOptions}.
 * @returns The diagram source, lines joined by `\n`.
 * @see Rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), DL-16
 * @example
 * ```ts
 * import { toMermaid } from "tthc/workflow";
 * const diagram = toMermaid(undefined, { ruleSet: "VN-2018", lang: "en" });
 * diagram.split("\n")[0]; // => "stateDiagram-v2"
 * diagram.includes("stopped"); // => false
 * diagram.includes("draft --> submitted: Submit"); // => true
 * ```
 * @category Workflow
 */
export function toMermaid(procedure?: Procedure, options: MermaidOptions = {}): string {
  if (procedure !== undefined) checkProcedure(procedure, []);
  const o = checkObject(options, ["options"], "INVALID_OPTION", ["lang", "ruleSet"]);
  const lang = o["lang"] === undefined ? "vi" : checkChoice(o["lang"], ["vi", "en"] as const, ["options", "lang"]);
  if (o["ruleSet"] !== undefined) checkChoice(o["ruleSet"], RuleSetId.options, ["options", "ruleSet"]);
  const rules = TRANSITIONS.filter(
    (rule) => options.ruleSet === undefined || rule.ruleSets === undefined || rule.ruleSets.includes(options.ruleSet),
  );
  const states = new Set<string>(["draft"]);
  for (const rule of rules) {
    states.add(rule.from);
    for (const to of rule.to) states.add(to);
  }
  const lines = ["stateDiagram-v2", "  [*] --> draft"];
  for (const state of states) lines.push(`  ${state}: ${STATE_LABELS[state as keyof typeof STATE_LABELS][lang]}`);
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const to of rule.to) {
      const edge = `  ${rule.from} --> ${to}: ${EVENT_LABELS[rule.event][lang]}`;
      if (!seen.has(edge)) lines.push(edge);
      seen.add(edge);
    }
  }
  for (const end of ["rejectedAtIntake", "returned", "withdrawn", "stopped"]) {
    if (states.has(end)) lines.push(`  ${end} --> [*]`);
  }
  const workflow = procedure?.internalWorkflows?.[0];
  if (workflow !== undefined) {
    lines.push("  state inProcess {");
    workflow.steps.forEach((step, i) => {
      const owner =
        step.agency === undefined
          ? step.unit
          : `${step.agency.name} (${lang === "vi" ? "liên thông" : "inter-agency"})`;
      lines.push(
        `    step${step.order}: ${step.order}. ${step.name} — ${owner}, ${step.quota.value} ${step.quota.unit}`,
      );
      lines.push(i === 0 ? `    [*] --> step${step.order}` : `    step${step.order - 1} --> step${step.order}`);
    });
    lines.push(`    step${workflow.steps.length} --> [*]`, "  }");
  }
  return lines.join("\n");
}

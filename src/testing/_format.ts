/** Failure messages of the matchers: one English line, one Vietnamese line, then the reasoning. */
import type { DayInfo, Label } from "../calendar/index.js";
import type { DueDate } from "../deadline/index.js";
import { RULES_REFERENCE_PAGE, ruleAnchor, rulesCitedIn } from "../errors.js";

const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEKDAYS_VI = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];

/** What a matcher returns: `message` is read only when the assertion fails. */
export interface MatcherOutcome {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** One day of a calendar in both languages: `2026-02-17 (Tue, holiday: Tết …) / (T3, ngày lễ: Tết …)`. */
export function describeDay(day: DayInfo): Label {
  const source = day.source === undefined ? "" : ` [${day.source}]`;
  return {
    en: `${day.date} (${WEEKDAYS_EN[day.weekday]}, ${day.kind}: ${day.label.en})${source}`,
    vi: `${day.date} (${WEEKDAYS_VI[day.weekday]}, ${day.label.vi})${source}`,
  };
}

/** The calendar reasoning behind a due date: the trace of computeDueDate and every day skipped. */
export function reasoningOf(due: DueDate): string[] {
  const lines = ["Calendar reasoning / Lập luận theo lịch:"];
  for (const step of due.trace) lines.push(`  [${step.rule}] ${step.en}`, `  [${step.rule}] ${step.vi}`);
  if (due.skipped.length === 0) {
    lines.push("  No day off between receipt and due date / Không có ngày nghỉ giữa ngày tiếp nhận và ngày hẹn trả");
  } else {
    lines.push(`  Days not counted / Ngày không tính (${due.skipped.length}):`);
    // One line a day, both languages on it, the source once.
    for (const day of due.skipped) {
      const source = day.source === undefined ? "" : ` [${day.source}]`;
      lines.push(
        `    ${day.date} (${WEEKDAYS_EN[day.weekday]} / ${WEEKDAYS_VI[day.weekday]}, ${day.kind}: ${day.label.en} / ${day.label.vi})${source}`,
      );
    }
  }
  return lines;
}

/**
 * A matcher outcome whose message is `en`, `vi`, then `details` lines, and last the anchors of the
 * rules it cites in the rules reference (`#cal-22`), so that a reader can look each one up.
 */
export function outcome(
  pass: boolean,
  text: Label,
  details: readonly string[] = [],
  values: { readonly actual?: unknown; readonly expected?: unknown } = {},
): MatcherOutcome {
  const message = () => {
    const lines = [text.en, text.vi, ...(details.length > 0 ? ["", ...details] : [])];
    const rules = rulesCitedIn(lines.join("\n"));
    if (rules.length > 0) {
      lines.push(
        `Rules reference / Tài liệu quy tắc (${RULES_REFERENCE_PAGE}): ${rules.map((r) => `${r} #${ruleAnchor(r)}`).join(", ")}`,
      );
    }
    return lines.join("\n");
  };
  return { pass, message, ...values };
}

/** `JSON.stringify` for short values in messages. */
export function show(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" ? value : JSON.stringify(value);
}

import { checkObject, checkOptions, mustBe } from "../_internal/checks.js";
import { createWorkingCalendar, type WorkingCalendar } from "../calendar/index.js";
import { overdueByInstant, toBeDueOn, toBeWorkingDay } from "./_deadlineMatchers.js";
import { outcome } from "./_format.js";
import { canonicalInstant } from "./_instant.js";
import { subjectOf } from "./_subject.js";
import {
  stateDueSoonAt,
  stateOverdueAt,
  toAllowEvent,
  toBeInState,
  toHaveIssuedForm,
  toHaveNationalStatus,
} from "./_workflowMatchers.js";
import type { TthcMatcherFunctions, TthcMatchersOptions } from "./matcherTypes.js";

/**
 * Tạo bộ so khớp — builds the `tthc` matchers for `expect.extend` (vitest or jest) on a calendar
 * and a default workflow context, for a province with its own days off or a suite about one
 * procedure. Each matcher calls the public API (`isWorkingDay`/`dayInfo`, `computeDueDate`,
 * `remaining`, `isOverdue`, `computeRemaining`, `nationalStatusOf`, `can`, `nextEvents`), so a suite
 * can never disagree with the library; its failure message gives one English line, one
 * Vietnamese line, then the reasoning (trace of `computeDueDate`, every day skipped and why).
 *
 * Matchers and what they receive:
 * - `toBeWorkingDay(options?)` — a date `YYYY-MM-DD` or a `Date`.
 * - `toBeDueOn(expected, options?)` — a `computeDueDate` input (computed), or a dossier / workflow
 *   state / transition result (its current appointment, with the computation as reasoning);
 *   `expected` is a date `YYYY-MM-DD` (compared with `dueDate`) or an instant (with `dueAt`).
 * - `toBeOverdueAt(at, context?)` — a due instant, a `DueDate`, a dossier with `dueAt` or a
 *   `computeDueDate` input (`remaining`), or a workflow state (`isOverdue`, needs a context).
 * - `toBeDueSoonAt(at, options?)` — a workflow state or transition result whose urgency (or its
 *   step's) is `dueSoon` or `dueToday` at `at` (`classifyUrgency`; `options.within`, `options.context`).
 * - `toBeInState(status)`, `toHaveNationalStatus(code)` — a workflow state, a transition result or a dossier.
 * - `toAllowEvent(type, context?)` — a workflow state (`can`, for the context's actor).
 * - `toHaveIssuedForm(form, options?)` — the effects of a transition, or the transition result.
 *
 * @param options - Calendar and default workflow context.
 * @returns A plain object of matcher functions; no test runner is imported.
 * @throws `TthcError` `INVALID_OPTION` if `options` is not an object, has a key other than
 * `calendar` and `context` (path: the key), or `calendar` is not a working calendar (path `["calendar"]`).
 * @throws `TthcError` (from a matcher) `INVALID_OPTION` when a workflow matcher has no context, or
 * `toHaveNationalStatus` is given a code that is not a whole number 1–10 (path `["code"]`);
 * the library's own codes (`INVALID_INSTANT`, `INVALID_DURATION`, `OUT_OF_RANGE`…) for malformed input.
 * @see RULES CAL-15 … CAL-24, DL-1 … DL-15; rules reference: [workflow outline](../../docs/guides/rules.md#workflow-outline), [national status codes](../../docs/guides/rules.md#national-status-codes)
 * @example
 * ```ts
 * import { createWorkingCalendar } from "tthc/calendar";
 * import { createTthcMatchers } from "tthc/testing";
 * const province = createWorkingCalendar({ extraDaysOff: ["2026-02-23"] });
 * const { toBeWorkingDay, toBeDueOn } = createTthcMatchers({ calendar: province });
 * toBeWorkingDay("2026-02-23").pass; // => false
 * toBeDueOn({ receivedAt: "2026-02-13T09:00:00+07:00", duration: { value: 3, unit: "workingDays" } }, "2026-02-26").pass; // => true
 * ```
 * @category Testing
 */
export function createTthcMatchers(options: TthcMatchersOptions = {}): TthcMatcherFunctions {
  const given = checkOptions(options, ["calendar", "context"]);
  if (given["calendar"] !== undefined && !isCalendar(given["calendar"])) {
    throw mustBe("INVALID_OPTION", ["calendar"], "a WorkingCalendar", "một WorkingCalendar", given["calendar"]);
  }
  if (given["context"] !== undefined) checkObject(given["context"], ["context"], "INVALID_OPTION");
  let calendar: WorkingCalendar | undefined = options.calendar ?? options.context?.calendar;
  const calendarOf = (): WorkingCalendar => {
    calendar ??= createWorkingCalendar();
    return calendar;
  };
  const fallback = options.context;
  return Object.freeze({
    toBeWorkingDay(received, opts) {
      return toBeWorkingDay(received, calendarOf(), opts);
    },
    toBeDueOn(received, expected, opts) {
      return toBeDueOn(received, expected, calendarOf(), opts);
    },
    toBeOverdueAt(received, at, context) {
      const subject = subjectOf(received);
      const instant = canonicalInstant(at, ["at"]);
      return subject.kind === "state"
        ? stateOverdueAt(subject.state, instant, context, fallback)
        : overdueByInstant(subject, instant, context?.calendar ?? calendarOf());
    },
    toBeDueSoonAt(received, at, opts) {
      const subject = subjectOf(received);
      const instant = canonicalInstant(at, ["at"]);
      if (subject.kind !== "state") {
        return outcome(false, {
          en: `toBeDueSoonAt expects a workflow state or a transition result: ${subject.kind === "other" ? subject.problem : `a ${subject.kind}`}`,
          vi: `toBeDueSoonAt cần trạng thái quy trình hoặc kết quả chuyển trạng thái: ${subject.kind === "other" ? subject.problem : subject.kind}`,
        });
      }
      return stateDueSoonAt(subject.state, instant, opts, fallback);
    },
    toBeInState(received, status) {
      return toBeInState(subjectOf(received), status);
    },
    toHaveNationalStatus(received, code) {
      return toHaveNationalStatus(subjectOf(received), code);
    },
    toAllowEvent(received, type, context) {
      return toAllowEvent(subjectOf(received), type, context, fallback);
    },
    toHaveIssuedForm(received, form, opts) {
      return toHaveIssuedForm(subjectOf(received), form, opts);
    },
  } satisfies TthcMatcherFunctions);
}

/** Whether a value looks like a {@link WorkingCalendar} (the methods the matchers call). */
function isCalendar(value: unknown): value is WorkingCalendar {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<WorkingCalendar>).isWorkingDay === "function" &&
    typeof (value as Partial<WorkingCalendar>).dayInfo === "function"
  );
}

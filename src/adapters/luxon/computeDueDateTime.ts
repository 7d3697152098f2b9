import type { DateTime } from "luxon";
import { parseInstantMs } from "../../_internal/instant.js";
import { computeDueDate, type DueDate, type DueDateInput, type Pause } from "../../deadline/computeDueDate.js";
import { msOfDateTime, vietnamDateTimeAt } from "./_dateTime.js";

/**
 * Tạm dừng tính thời hạn — a pause of the clock (yêu cầu bổ sung) with luxon `DateTime` bounds.
 *
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import type { PauseDateTime } from "tthc/luxon";
 * const pause: PauseDateTime = {
 *   from: DateTime.fromISO("2025-03-07T10:00:00+07:00"),
 *   to: DateTime.fromISO("2025-03-11T10:00:00+07:00"),
 *   reason: "supplement",
 * };
 * ```
 * @category Adapters
 */
export interface PauseDateTime extends Omit<Pause, "from" | "to"> {
  /** When the clock stopped, in any zone. */
  readonly from: DateTime;
  /** When it resumed, in any zone. */
  readonly to: DateTime;
}

/**
 * Input of {@link computeDueDateTime}: `DueDateInput` of `tthc/deadline` with luxon `DateTime`s
 * for the receipt and the pauses; every other option is the same, with the same defaults.
 *
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import type { DueDateTimeInput } from "tthc/luxon";
 * const input: DueDateTimeInput = {
 *   receivedAt: DateTime.fromISO("2025-01-23T06:45:00+07:00"),
 *   duration: { value: 3, unit: "workingDays" },
 * };
 * ```
 * @category Adapters
 */
export interface DueDateTimeInput extends Omit<DueDateInput, "receivedAt" | "pauses"> {
  /** Thời điểm tiếp nhận — the receipt instant, a valid `DateTime` in any zone. */
  readonly receivedAt: DateTime;
  /** Periods when the clock stops (supplement requests). @defaultValue none */
  readonly pauses?: readonly PauseDateTime[];
}

/**
 * Result of {@link computeDueDateTime}: `DueDate` of `tthc/deadline` with the due instant as a
 * `DateTime` in Asia/Ho_Chi_Minh.
 *
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { computeDueDateTime } from "tthc/luxon";
 * const due = computeDueDateTime({
 *   receivedAt: DateTime.fromISO("2025-01-23T06:45:00+07:00"),
 *   duration: { value: 3, unit: "workingDays" },
 * });
 * due.dueAt.toFormat("dd/MM/yyyy HH:mm"); // => "04/02/2025 17:00"
 * ```
 * @category Adapters
 */
export interface DueDateTime extends Omit<DueDate, "dueAt"> {
  /** Thời điểm hẹn trả kết quả — the due instant, a `DateTime` in Asia/Ho_Chi_Minh. */
  readonly dueAt: DateTime;
}

/**
 * Tính ngày hẹn trả kết quả — `computeDueDate` of `tthc/deadline` with luxon `DateTime`s: the
 * receipt (in any zone) is read in Asia/Ho_Chi_Minh, and the due instant comes back as a
 * `DateTime` in Asia/Ho_Chi_Minh, with the receipt's locale.
 *
 * @remarks The rules and defaults are those of `computeDueDate`, to which this hands over.
 * @param input - See {@link DueDateTimeInput}; unknown keys are refused.
 * @returns The {@link DueDateTime}, with the days skipped and a bilingual trace.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if `receivedAt` or a pause bound is not a valid luxon `DateTime`.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` if `duration` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_TIME` if `cutoff` or `workingHours` is malformed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for an unknown key or option value, or a calendar not made by `createWorkingCalendar`.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` if an instant is before 1975-06-13 or the result leaves the calendar.
 * @see RULES CAL-15, CAL-22, CAL-23; Mẫu 01, TT 01/2018/TT-VPCP (appointment date and time)
 * @example
 * ```ts
 * import { DateTime } from "luxon";
 * import { computeDueDateTime } from "tthc/luxon";
 * // 15:30 on Friday 13/2/2026 in Vietnam, recorded by a server in Berlin:
 * const receivedAt = DateTime.fromISO("2026-02-13T09:30:00", { zone: "Europe/Berlin" });
 * const due = computeDueDateTime({ receivedAt, duration: { value: 3, unit: "workingDays" } });
 * due.dueDate; // => "2026-02-25"
 * due.dueAt.toISO(); // => "2026-02-25T17:00:00.000+07:00"
 * due.skipped.some((day) => day.label.vi === "Tết Nguyên đán Bính Ngọ"); // => true
 * ```
 * @category Adapters
 */
export function computeDueDateTime(input: DueDateTimeInput): DueDateTime {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    computeDueDate(input as unknown as DueDateInput); // throws INVALID_OPTION: the input must be an object
  }
  const receivedAt = new Date(msOfDateTime(input.receivedAt, ["receivedAt"], "INVALID_INSTANT"));
  const pauses = input.pauses;
  const due = computeDueDate({
    ...input,
    receivedAt,
    ...(Array.isArray(pauses)
      ? {
          pauses: pauses.map((pause: PauseDateTime, i): Pause => {
            // The other keys go on as given, so that computeDueDate refuses an unknown one.
            return {
              ...pause,
              from: new Date(msOfDateTime(pause?.from, ["pauses", i, "from"], "INVALID_INSTANT")),
              to: new Date(msOfDateTime(pause?.to, ["pauses", i, "to"], "INVALID_INSTANT")),
            } as Pause;
          }),
        }
      : {}),
  } as DueDateInput);
  const result: DueDateTime = { ...due, dueAt: vietnamDateTimeAt(input.receivedAt, parseInstantMs(due.dueAt)) };
  return Object.freeze(result);
}

import { toInstantMs, toVietnamLocal } from "../_internal/instant.js";
import type { Label } from "../calendar/index.js";
import { breakDown, clockFor, type WorkingTime, type WorkingTimeOptions } from "./workingTimeBetween.js";

/**
 * Thời gian còn lại — how long until a due instant, or how long past it, in working time.
 *
 * @example
 * ```ts
 * import type { Remaining } from "tthc/deadline";
 * const r: Remaining = { overdue: false, totalMinutes: 1140, days: 2, hours: 3, minutes: 0, label: { vi: "Còn 2 ngày 3 giờ", en: "2 days 3 hours left" } };
 * ```
 * @category Deadline
 */
export interface Remaining extends WorkingTime {
  // `totalMinutes` is a magnitude here: how much is left, or, when `overdue`, by how much it is late.
  /** Quá hạn — `true` once `now` is past the due instant. */
  readonly overdue: boolean;
  /** "Còn 2 ngày 3 giờ" / "Quá 1 ngày 2 giờ", and in English. */
  readonly label: Label;
}

function parts(t: WorkingTime): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  if (t.days > 0) {
    vi.push(`${t.days} ngày`);
    en.push(`${t.days} ${t.days === 1 ? "day" : "days"}`);
  }
  if (t.hours > 0) {
    vi.push(`${t.hours} giờ`);
    en.push(`${t.hours} ${t.hours === 1 ? "hour" : "hours"}`);
  }
  if (t.days === 0 && t.minutes > 0) {
    vi.push(`${t.minutes} phút`);
    en.push(`${t.minutes} ${t.minutes === 1 ? "minute" : "minutes"}`);
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}

/**
 * Còn / quá hạn — the working time left until `dueAt` at instant `now` (never read from a clock),
 * or by how much it is overdue; 1 day = 8 working hours by default (RULES DL-15). Overdue is
 * derived at an instant, never stored.
 *
 * @param dueAt - The due instant (ISO with offset, or a `Date`).
 * @param now - The instant to judge at (ISO with offset, or a `Date`).
 * @param options - Calendar, working hours, hours per day.
 * @returns The {@link Remaining} working time with a bilingual label.
 * @throws {@link tthc!TthcError} `INVALID_INSTANT` if an instant is malformed.
 * @throws {@link tthc!TthcError} `INVALID_OPTION` for options that are not an object, an unknown or ill-typed option, or a foreign calendar.
 * @throws {@link tthc!TthcError} `INVALID_TIME` if `workingHours` is malformed.
 * @throws {@link tthc!TthcError} `OUT_OF_RANGE` outside the supported range.
 * @see RULES DL-15
 * @example
 * ```ts
 * import { remaining } from "tthc/deadline";
 * remaining("2026-02-25T17:00:00+07:00", "2026-02-23T14:00:00+07:00").label.vi; // => "Còn 2 ngày 3 giờ"
 * remaining("2026-02-12T17:00:00+07:00", "2026-02-23T09:00:00+07:00").label.en; // => "1 day 2 hours overdue"
 * ```
 * @category Deadline
 */
export function remaining(dueAt: string | Date, now: string | Date, options?: WorkingTimeOptions): Remaining {
  const due = toVietnamLocal(toInstantMs(dueAt, ["dueAt"]));
  const at = toVietnamLocal(toInstantMs(now, ["now"]));
  const { clock, hoursPerDay } = clockFor(options);
  clock.checkInRange(due, ["dueAt"]);
  clock.checkInRange(at, ["now"]);
  const overdue = at > due;
  const t = breakDown(overdue ? clock.between(due, at) : clock.between(at, due), hoursPerDay);
  const p = parts(t);
  let label: Label;
  if (t.totalMinutes === 0)
    label = overdue ? { vi: "Vừa quá hạn", en: "Just overdue" } : { vi: "Đến hạn", en: "Due now" };
  else if (overdue) label = { vi: `Quá ${p.vi}`, en: `${p.en} overdue` };
  else label = { vi: `Còn ${p.vi}`, en: `${p.en} left` };
  return Object.freeze({ ...t, overdue, label: Object.freeze(label) });
}

import { describe, mustBe } from "../_internal/checks.js";
import { TthcError } from "../errors.js";
import type { Duration, DurationUnit } from "./duration.js";

/** Where a bad text is reported: the duration being read, as `computeDueDate` names it. */
const PATH = ["duration"] as const;
/** Longer texts are refused before any work (hostile input); `12345 working hours` is 18. */
const MAX_LENGTH = 64;

/** Unit words after a number, lower case, NFC, one space between words. */
const UNITS: ReadonlyMap<string, DurationUnit> = new Map<string, DurationUnit>([
  ["d", "workingDays"],
  ["wd", "workingDays"],
  ["h", "workingHours"],
  ["wh", "workingHours"],
  ["cd", "calendarDays"],
  ["workingdays", "workingDays"],
  ["working days", "workingDays"],
  ["working day", "workingDays"],
  ["ngày làm việc", "workingDays"],
  ["workinghours", "workingHours"],
  ["working hours", "workingHours"],
  ["working hour", "workingHours"],
  ["giờ làm việc", "workingHours"],
  ["calendardays", "calendarDays"],
  ["calendar days", "calendarDays"],
  ["calendar day", "calendarDays"],
  ["ngày", "calendarDays"],
  ["sameday", "sameDay"],
  ["same day", "sameDay"],
]);
/** Same-day limits written without a number. */
const SAME_DAY = ["sameday", "same day", "trong ngày", "trongngay"];

function invalid(text: unknown): TthcError {
  return new TthcError(
    "INVALID_DURATION",
    `duration must be like 3d, 3wd, 8h, 8wh, 15cd, sameday, '3 working days', '3 ngày làm việc', '8 giờ làm việc', '15 ngày' or 'trong ngày', got ${describe(text)}`,
    {
      path: PATH,
      messageVi: `thời hạn phải có dạng 3d, 3wd, 8h, 8wh, 15cd, sameday, '3 ngày làm việc', '8 giờ làm việc', '15 ngày' hoặc 'trong ngày', nhận được ${describe(text)}`,
      details: { value: text },
    },
  );
}

/**
 * Đọc thời hạn giải quyết — reads a time limit written as text into a {@link Duration}: the one
 * grammar of the command line, the testing kit's scenario tables and the docs.
 *
 * Short forms: `3d` or `3wd` (ngày làm việc, working days), `8h` or `8wh` (giờ làm việc, working
 * hours), `15cd` (ngày, calendar days), `sameday` (trong ngày). Long forms: `3 workingDays`,
 * `3 working days`, `3 ngày làm việc`, `8 workingHours`, `8 working hours`, `8 giờ làm việc`,
 * `15 calendarDays`, `15 calendar days`, `15 ngày`, `sameDay`, `same day`, `trong ngày`. English
 * is read in any case; Vietnamese needs its diacritics (NFD text is normalised to NFC first);
 * spaces around the text and between words do not matter. Days are whole numbers, hours whole
 * minutes (`1.5h`); a same-day limit has no number other than 1.
 *
 * @param text - The limit as written, e.g. `"3d"` or `"3 ngày làm việc"`.
 * @returns The limit as `{ value, unit }`, ready for `computeDueDate`.
 * @throws {@link tthc!TthcError} `INVALID_DURATION` (path `["duration"]`) if `text` is not a string, is
 * none of the forms above, or holds an amount its unit refuses (`2.5d`, `2 sameday`).
 * @see RULES DL-1 (a time limit always carries its unit); DECISIONS D-2
 * @example
 * ```ts
 * import { parseDuration } from "tthc/deadline";
 * parseDuration("3d"); // => { value: 3, unit: "workingDays" }
 * parseDuration("3 ngày làm việc"); // => { value: 3, unit: "workingDays" }
 * parseDuration("8wh"); // => { value: 8, unit: "workingHours" }
 * parseDuration("15 ngày"); // => { value: 15, unit: "calendarDays" }
 * parseDuration("trong ngày"); // => { value: 1, unit: "sameDay" }
 * ```
 * @category Deadline
 */
export function parseDuration(text: string): Duration {
  if (typeof text !== "string" || text.length > MAX_LENGTH) throw invalid(text);
  const words = text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  if (SAME_DAY.includes(words)) return { value: 1, unit: "sameDay" };
  const m = /^(\d+(?:\.\d+)?) ?([^\d. ].*)$/.exec(words);
  const unit = m === null ? undefined : UNITS.get(m[2]!);
  if (unit === undefined) throw invalid(text);
  const value = Number(m![1]);
  if (unit === "workingHours" ? !Number.isInteger(Math.round(value * 60 * 1e6) / 1e6) : !Number.isInteger(value)) {
    throw mustBe(
      "INVALID_DURATION",
      PATH,
      unit === "workingHours" ? "a number of hours in whole minutes" : "a whole number of days",
      unit === "workingHours" ? "số giờ tính theo phút nguyên" : "số ngày nguyên",
      text,
    );
  }
  if (unit === "sameDay" && value !== 1)
    throw mustBe("INVALID_DURATION", PATH, "1 (trong ngày)", "1 (trong ngày)", text);
  return { value, unit };
}

/** Durations written in a cell: `3 workingDays`, `8 workingHours`, `20 calendarDays`, `sameDay`, or in Vietnamese. */
import { describe } from "../_internal/checks.js";
import { DURATION_UNITS, type Duration, type DurationUnit } from "../deadline/index.js";
import { TthcError } from "../errors.js";

const VIETNAMESE_UNITS: Readonly<Record<string, DurationUnit>> = {
  "ngày làm việc": "workingDays",
  "giờ làm việc": "workingHours",
  ngày: "calendarDays",
};

/** A `Duration` from `{ value, unit }` or text; throws `INVALID_SCENARIO` at `path`. */
export function readDuration(value: unknown, path: readonly (string | number)[]): Duration {
  if (typeof value === "object" && value !== null) return value as Duration; // computeDueDate checks it
  const text = typeof value === "string" ? value.trim().normalize("NFC") : "";
  if (text === "sameDay" || text === "trong ngày") return { value: 1, unit: "sameDay" };
  const m = /^(\d+(?:\.\d+)?)\s+(.+)$/.exec(text);
  const unit = m?.[2] === undefined ? undefined : (VIETNAMESE_UNITS[m[2]] ?? m[2]);
  if (m === null || !DURATION_UNITS.includes(unit as DurationUnit)) {
    throw new TthcError(
      "INVALID_SCENARIO",
      `duration must be '<n> <unit>' with a unit among ${DURATION_UNITS.join(", ")} (or 'sameDay'), got ${describe(value)}`,
      {
        path,
        messageVi: `thời hạn phải có dạng '<số> <đơn vị>' với đơn vị là ${DURATION_UNITS.join(", ")}, 'ngày làm việc', 'giờ làm việc', 'ngày' (hoặc 'trong ngày'), nhận được ${describe(value)}`,
      },
    );
  }
  return { value: Number(m[1]), unit: unit as DurationUnit };
}

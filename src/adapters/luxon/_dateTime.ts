/** Reading luxon `DateTime`s as instants and days in Vietnam, and making `DateTime`s there, with no runtime luxon import. */
import type { DateTime } from "luxon";
import { describe } from "../../_internal/checks.js";
import { formatIsoDate } from "../../_internal/epochDay.js";
import { vietnamDayOfMs } from "../../_internal/instant.js";
import { TthcError, type TthcErrorCode } from "../../errors.js";

/** The zone every `DateTime` this adapter returns is in. */
const VIETNAM_ZONE = "Asia/Ho_Chi_Minh";

/**
 * Epoch milliseconds of a valid luxon `DateTime` (checked by luxon's own `isLuxonDateTime` mark,
 * so a `DateTime` from another copy of luxon is accepted too).
 *
 * @throws TthcError `code` at `path` for anything else, or an invalid `DateTime` (with luxon's reason).
 */
export function msOfDateTime(
  value: unknown,
  path: readonly (string | number)[],
  code: Extract<TthcErrorCode, "INVALID_DATE" | "INVALID_INSTANT">,
): number {
  const record = value as { isLuxonDateTime?: unknown; toMillis?: unknown; setZone?: unknown } | null;
  if (
    typeof value !== "object" ||
    record === null ||
    record.isLuxonDateTime !== true ||
    typeof record.toMillis !== "function" ||
    typeof record.setZone !== "function" // an object that only claims to be one
  ) {
    throw new TthcError(code, `expected a luxon DateTime, got ${describe(value)}`, {
      path,
      messageVi: `cần một DateTime của luxon, nhận được ${describe(value)}`,
      details: { value },
    });
  }
  const dateTime = value as DateTime;
  if (!dateTime.isValid) {
    const reason = dateTime.invalidReason ?? "invalid";
    throw new TthcError(code, `the DateTime is invalid (${reason})`, {
      path,
      messageVi: `DateTime không hợp lệ (${reason})`,
      details: { reason },
    });
  }
  const ms = dateTime.toMillis();
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw new TthcError(code, `the DateTime is invalid (toMillis gave ${describe(ms)})`, {
      path,
      messageVi: `DateTime không hợp lệ (toMillis trả về ${describe(ms)})`,
      details: { value: ms },
    });
  }
  return ms;
}

/** `YYYY-MM-DD` of the day a `DateTime` falls on in Asia/Ho_Chi_Minh, whatever its zone. */
export function isoDayOfDateTime(value: unknown, path: string): string {
  return formatIsoDate(vietnamDayOfMs(msOfDateTime(value, [path], "INVALID_DATE")));
}

/**
 * The `DateTime` at epoch `ms` in Asia/Ho_Chi_Minh, made from `like` (so it keeps `like`'s locale
 * and luxon copy): `plus` with milliseconds moves the instant exactly.
 */
export function vietnamDateTimeAt(like: DateTime, ms: number): DateTime {
  const inVietnam = like.setZone(VIETNAM_ZONE);
  return inVietnam.plus({ milliseconds: ms - inVietnam.toMillis() });
}

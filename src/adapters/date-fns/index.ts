/**
 * `tthc/date-fns` — the Vietnamese working calendar with date-fns style signatures on `Date`:
 * `addWorkingDays` for `addBusinessDays`, `subWorkingDays`, `differenceInWorkingDays`,
 * `isWorkingDay`. As in date-fns, a `Date` names the day its getters show (the host's day; a
 * `TZDate`'s zone), and date-fns v4's `in` option (`tz("Asia/Ho_Chi_Minh")`) reads and makes dates
 * in a zone; returned dates are 00:00 of the working day, so `format` shows it on any host.
 * date-fns itself is not loaded.
 *
 * **When to use**: code that already works with `Date`s and date-fns and wants Vietnamese working
 * days in place of `addBusinessDays`. Code that can pass `YYYY-MM-DD` strings should use
 * `tthc/calendar` directly.
 *
 * Guide: [adapters](../../../docs/guides/adapters.md).
 *
 * @module tthc/date-fns
 * @primaryExport
 * @packageDocumentation
 */
export type { DateContext, WorkingDayOptions } from "./_dateArg.js";
export { addWorkingDays } from "./addWorkingDays.js";
export { differenceInWorkingDays } from "./differenceInWorkingDays.js";
export { isWorkingDay } from "./isWorkingDay.js";
export { subWorkingDays } from "./subWorkingDays.js";

/**
 * `tthc/date-fns` — the Vietnamese working calendar with date-fns style signatures on `Date`:
 * `addWorkingDays` for `addBusinessDays`, `subWorkingDays`, `differenceInWorkingDays`,
 * `isWorkingDay`. Dates are read in Asia/Ho_Chi_Minh whatever the host's time zone; returned
 * `Date`s are 00:00 in Vietnam (17:00 UTC the day before). date-fns itself is not loaded.
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
export type { WorkingDayOptions } from "../_shared.js";
export { addWorkingDays } from "./addWorkingDays.js";
export { differenceInWorkingDays } from "./differenceInWorkingDays.js";
export { isWorkingDay } from "./isWorkingDay.js";
export { subWorkingDays } from "./subWorkingDays.js";

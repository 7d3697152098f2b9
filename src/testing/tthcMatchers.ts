import { createTthcMatchers } from "./createTthcMatchers.js";
import type { TthcMatcherFunctions } from "./matcherTypes.js";

/**
 * Bộ so khớp mặc định — the `tthc` matchers on the national calendar (`createWorkingCalendar()`,
 * built on first use) with no default workflow context, ready for `expect.extend(tthcMatchers)`
 * in vitest or jest. See {@link createTthcMatchers} for what each matcher receives.
 *
 * @example
 * ```ts
 * import { tthcMatchers } from "tthc/testing";
 * // in a test file or setup file: expect.extend(tthcMatchers);
 * const { toBeWorkingDay, toBeDueOn } = tthcMatchers;
 * toBeWorkingDay("2026-02-17").pass; // => false
 * const result = toBeDueOn({ receivedAt: "2026-02-13T09:00:00+07:00", duration: { value: 3, unit: "workingDays" } }, "2026-02-24");
 * result.pass; // => false
 * result.message().split("\n")[0]; // => "expected 2026-02-13T09:00:00+07:00 + 3 workingDays to be due on 2026-02-24, but it is due on 2026-02-25 (2026-02-25T17:00:00+07:00)"
 * ```
 * @see {@link createTthcMatchers}
 * @category Testing
 */
export const tthcMatchers: TthcMatcherFunctions = /* @__PURE__ */ createTthcMatchers();

/** The documented jest augmentation type-checks under the strict options, with @jest/globals' expect. */
import { expect } from "@jest/globals";
import { expectTypeOf, test } from "vitest";
import type { TthcMatchers } from "../../src/testing/index.js";
import { tthcMatchers } from "../../src/testing/index.js";

declare module "expect" {
  interface Matchers<R extends void | Promise<void>, T = unknown> extends TthcMatchers<R> {}
}

test("jest's expect knows the matchers", () => {
  expectTypeOf(expect.extend).toBeCallableWith(tthcMatchers);
  expectTypeOf(expect("2026-02-13").toBeWorkingDay).returns.toEqualTypeOf<void>();
  expectTypeOf(expect({}).not.toBeDueOn).toBeCallableWith("2026-02-25", { cutoff: "15:00" });
  // @ts-expect-error a date is a string
  expectTypeOf(expect({}).toBeDueOn).toBeCallableWith(20260225);
  // @ts-expect-error no such national status code
  expectTypeOf(expect({}).toHaveNationalStatus).toBeCallableWith(11);
});

// Setup file: adds the tthc matchers to vitest's expect, and tells TypeScript about them.
import { type TthcMatchers, tthcMatchers } from "tthc/testing";
import { expect } from "vitest";

expect.extend(tthcMatchers);

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: the shape vitest declares
  interface Matchers<T = any> extends TthcMatchers<T> {}
}

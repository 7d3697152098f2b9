/**
 * Validates values against the exported JSON Schemas (draft 2020-12) with a standard validator,
 * ajv in strict mode with formats, the way a non-TypeScript consumer would.
 */
import { createRequire } from "node:module";
import type { Ajv2020 as Ajv2020Type } from "ajv/dist/2020.js";

const require = createRequire(import.meta.url);
const { Ajv2020 } = require("ajv/dist/2020.js") as { Ajv2020: typeof Ajv2020Type };
const addFormats = require("ajv-formats") as (ajv: Ajv2020Type) => Ajv2020Type;

const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));

/** Errors of `value` against `schema` (empty when valid), as `path: message` lines. */
export function checkJsonSchema(schema: object, value: unknown): string[] {
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "$"}: ${e.message ?? e.keyword}`);
}

/**
 * JSON Schema export of the records, for consumers outside TypeScript.
 */
import * as z from "zod";
import { Dossier } from "./dossier.js";
import { Procedure } from "./procedure.js";

/**
 * Lược đồ JSON — a JSON Schema document (draft 2020-12), as plain JSON data.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from "tthc/models";
 * const schema: JsonSchema = { type: "string" };
 * ```
 * @category Models
 */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * Lược đồ JSON của mô hình — the JSON Schemas of {@link Procedure} and {@link Dossier}.
 *
 * @example
 * ```ts
 * import type { ModelJsonSchemas } from "tthc/models";
 * type Names = keyof ModelJsonSchemas; // "Procedure" | "Dossier"
 * ```
 * @category Models
 */
export interface ModelJsonSchemas {
  /** Thủ tục hành chính. */
  readonly Procedure: JsonSchema;
  /** Hồ sơ. */
  readonly Dossier: JsonSchema;
}

function toPlainJson(title: string, schema: z.ZodType): JsonSchema {
  // Round-trip through JSON: the result is plain data (no zod internals), safe to write to a file.
  const generated = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12" }))) as JsonSchema;
  return { ...generated, title };
}

/**
 * Lược đồ JSON — the JSON Schemas (draft 2020-12) of the procedure and dossier records, generated from
 * the zod schemas with `z.toJSONSchema`, for validators in other languages.
 *
 * @returns New plain objects `{ Procedure, Dossier }` on each call.
 * @remarks JSON Schema carries the shape (strict objects, patterns, enums, required keys); the
 * cross-field checks of {@link parseProcedure} and {@link parseDossier} (workflow sums, code against
 * receipt date, rule set by date) are not expressible there and stay in the parse API.
 * @see RULES MOD-1 to MOD-3, MOD-20 (the records); JSON Schema draft 2020-12
 * @example
 * ```ts
 * import { toJsonSchemas } from "tthc/models";
 * const schemas = toJsonSchemas();
 * schemas.Procedure.additionalProperties; // => false
 * schemas.Dossier.required?.includes("procedureCode"); // => true
 * ```
 * @category Models
 */
export function toJsonSchemas(): ModelJsonSchemas {
  return { Procedure: toPlainJson("Procedure", Procedure), Dossier: toPlainJson("Dossier", Dossier) };
}

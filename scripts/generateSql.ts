/**
 * `npm run generate:sql`: writes docs/sql/ from the one SQL generator (src/cli/_sql.ts), the text
 * `tthc sql` prints with the default options — DuckDB at the top level (as before), PostgreSQL in
 * docs/sql/postgres/. test/sql/generate.test.ts fails while the files and the generator differ.
 */
import { writeFileSync } from "node:fs";
import { docsSqlFiles } from "../src/cli/_sql.js";

for (const { path, text } of docsSqlFiles()) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}

/**
 * PostgreSQL for the SQL agreement test and bench/sql.ts: the server named by `TTHC_PG_URL` (a
 * connection string for a role that may create databases, e.g. `postgresql://root@/postgres?host=/var/run/postgresql`),
 * a throwaway database created on it and dropped afterwards, and the loading of records.
 */
import pg from "pg";
import type { ReportRecord } from "../../src/report/index.js";
import { TABLE_COLUMNS } from "./_data.js";

/** The server to test against, or `undefined` when none is configured. */
export const PG_URL: string | undefined = process.env["TTHC_PG_URL"] || undefined;

/** The connection string `url` with another database (a string's database wins over a `database` option). */
function withDatabase(url: string, database: string): string {
  const m = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?(.*)$/s.exec(url);
  if (m === null) throw new Error(`TTHC_PG_URL must be a postgresql:// URL, got ${url}`);
  return `${m[1]}/${database}${m[3]}`;
}

/** A connection to a fresh database, and how to drop it. */
export interface Throwaway {
  readonly client: pg.Client;
  readonly name: string;
  /** Its connection string (for psql). */
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates a database with a unique name on the server of `url` and connects to it. */
export async function throwawayDatabase(url: string, prefix: string): Promise<Throwaway> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const own = withDatabase(url, name);
  const client = new pg.Client({ connectionString: own });
  await client.connect();
  return {
    client,
    name,
    url: own,
    async drop() {
      await client.end();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** `CREATE TABLE report_dossiers` with typed columns (TEXT, DATE, TIMESTAMPTZ), or all TEXT. */
export function createDossierTable(typed: boolean, table = "report_dossiers"): string {
  const columns = TABLE_COLUMNS.map(([name, type]) => `"${name}" ${typed ? type : "TEXT"}`);
  return `CREATE TABLE ${table} (${columns.join(", ")})`;
}

/** Inserts records into `table` (made by {@link createDossierTable}), 20,000 to a statement as JSON. */
export async function loadDossiers(
  client: pg.Client,
  records: Iterable<ReportRecord>,
  table = "report_dossiers",
): Promise<number> {
  let batch: ReportRecord[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
      JSON.stringify(batch),
    ]);
    count += batch.length;
    batch = [];
  };
  for (const record of records) {
    batch.push(record);
    if (batch.length === 20_000) await flush();
  }
  await flush();
  return count;
}

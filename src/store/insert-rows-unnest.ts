/**
 * Bulk insert with one array parameter per column: `INSERT … SELECT * FROM unnest($1::bigint[], …)`.
 * The same SQL runs on PGlite and PostgreSQL (85–115k rows/s measured, research/tech.md), and the number of
 * parameters does not grow with the rows, so PostgreSQL's 65 535-parameter limit never bites.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';

/** The SQL element types a column can be sent as (a whitelist: the name is written into the SQL). */
export const UNNEST_TYPES = [
  'text',
  'integer',
  'smallint',
  'bigint',
  'numeric',
  'double precision',
  'boolean',
  'date',
  'timestamptz',
] as const;
export type UnnestType = (typeof UNNEST_TYPES)[number];

/** Column name → element type, in the order the columns are sent. Columns left out get their defaults. */
export type UnnestColumns<T extends keyof Database> = {
  readonly [C in keyof Insertable<Database[T]> & string]?: UnnestType;
};

/** Rows per statement: bounds the size of one message (the arrays are sent as text). */
const DEFAULT_CHUNK_SIZE = 10_000;

/**
 * Insert `rows` into `table`, sending each listed column as one array. A value that is undefined goes in as
 * NULL (not the column default). Run it inside a transaction when the rows must all go in or none.
 * Returns the number of rows inserted.
 */
export async function insertRowsUnnest<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  columns: UnnestColumns<T>,
  rows: readonly Insertable<Database[T]>[],
  options: { chunkSize?: number } = {},
): Promise<number> {
  const spec = Object.entries(columns) as [keyof Insertable<Database[T]> & string, UnnestType][];
  if (spec.length === 0) throw new Error('insertRowsUnnest: no columns');
  for (const [, type] of spec) {
    if (!(UNNEST_TYPES as readonly string[]).includes(type)) throw new Error(`insertRowsUnnest: bad type ${type}`);
  }
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays = spec.map(([name, type]) => {
      const values = chunk.map((row) => row[name] ?? null);
      return sql`${values}::${sql.raw(type)}[]`;
    });
    const result = await sql`insert into ${sql.table(table)} (${sql.join(spec.map(([name]) => sql.ref(name)))})
      select * from unnest(${sql.join(arrays)})`.execute(db);
    inserted += Number(result.numAffectedRows ?? 0n);
  }
  return inserted;
}

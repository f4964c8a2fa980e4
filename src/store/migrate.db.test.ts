import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import { appliedMigrations, MigrationError, migrateToLatest } from './index.ts';
import { migrations } from './migrations/index.ts';
import { forEachEngine } from './testing.ts';

forEachEngine(
  'migrations',
  (ctx) => {
    it('migrate to the latest version, then a second run does nothing', async () => {
      const first = await migrateToLatest(ctx.db);
      expect(first.map((r) => [r.migrationName, r.status])).toStrictEqual(
        Object.keys(migrations).map((name) => [name, 'Success']),
      );
      expect(await migrateToLatest(ctx.db)).toStrictEqual([]);
      expect(await appliedMigrations(ctx.db)).toStrictEqual(Object.keys(migrations));
    });

    it('every table carries the tenant key at the head of its primary key', async () => {
      const { rows } = await sql<{ table_name: string; columns: string[]; per_year: boolean }>`
        select c.relname as table_name,
               array_agg(a.attname::text order by k.ord) as columns,
               exists (select 1 from pg_attribute f
                        where f.attrelid = c.oid and f.attname = 'fiscal_year' and not f.attisdropped) as per_year
          from pg_index i
          join pg_class c on c.oid = i.indrelid
          join pg_namespace n on n.oid = c.relnamespace
          cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
          join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
         where i.indisprimary and n.nspname = current_schema() and c.relname not like 'kysely_%'
         group by c.oid, c.relname
         order by c.relname`.execute(ctx.db);
      expect(rows.length).toBeGreaterThanOrEqual(12);
      for (const row of rows) {
        expect(row.columns.slice(0, 2), row.table_name).toStrictEqual(['region_code', 'department_code']);
        // A table about one department-year keys it right after the tenant.
        if (row.per_year) expect(row.columns[2], row.table_name).toBe('fiscal_year');
      }
    });

    it('a failing migration throws a clear error naming the step, and the run is rolled back', async () => {
      const bad = {
        '29990101000000_good': {
          up: async (db: Kysely<unknown>) => {
            await sql`create table migration_probe (id integer primary key)`.execute(db);
          },
        },
        '29990101000001_bad': {
          up: async (db: Kysely<unknown>) => {
            await sql`alter table no_such_table add column x integer`.execute(db);
          },
        },
      };
      const error = await migrateToLatest(ctx.db, { migrations: { ...migrations, ...bad } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toMatch(/^数据库迁移失败（步骤 29990101000001_bad）：.*no_such_table/);
      expect((error as MigrationError).results.map((r) => r.status)).toStrictEqual(['Success', 'Error']);
      // Kysely runs all pending migrations in one transaction on PostgreSQL: the good step is rolled back too.
      const probe = await sql<{ n: string | null }>`select to_regclass('migration_probe')::text as n`.execute(ctx.db);
      expect(probe.rows[0]!.n).toBeNull();
    });
  },
  { migrate: false },
);

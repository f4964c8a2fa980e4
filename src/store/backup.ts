/**
 * Backup and restore that work the same on PGlite and PostgreSQL, and across them (an embedded folder can move
 * to a county server): a gzip'd JSON-lines file with every row of every Jixiao table, as the database itself
 * serialises it (`row_to_json`), and restored by the database itself (`json_populate_recordset`), so no value
 * passes through a JavaScript number on the way (bigint 分 stay exact).
 *
 * Generic over the tables that exist: a table a later migration adds is carried without a change here. Live
 * sign-in sessions are left out (a backup must not carry working session tokens; a restored copy signs
 * everyone in afresh). Identity columns (users, audit_log, workflow_events, stocktake confirmations …) keep
 * their values (`overriding system value`) and every sequence moves past the restored ids. A backup made by an
 * older version restores into the layout it was made with, and the target is then migrated forward.
 *
 * Format, one JSON value per line:
 *   {"format":"jixiao-backup","version":1,"createdAt":…,"migrations":[…],"tables":[{"name","rows"}…]}
 *   {"table":"departments"} then that table's rows, one per line, then the next table …
 */
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { appliedMigrations, knownMigrations, migrateToLatest, migrateUpTo } from './migrate.ts';

export const BACKUP_FORMAT = 'jixiao-backup';

export class BackupError extends Error {
  override name = 'BackupError';
}

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/** Kysely's own bookkeeping tables are recreated by migrating the target, not copied. */
const SKIP = new Set(['kysely_migration', 'kysely_migration_lock']);

/** Tables whose rows are not carried: live sign-in sessions (tokens that would still work from the file). */
export const NOT_CARRIED: ReadonlySet<string> = new Set(['sessions']);

/** The tables a backup carries, parents first. */
async function carriedTables(db: Kysely<Database>): Promise<string[]> {
  return (await tablesInOrder(db)).filter((t) => !NOT_CARRIED.has(t));
}

/** A table's columns that take a value on insert (generated columns are computed), and whether any is an identity. */
async function insertableColumns(db: Kysely<Database>, table: string): Promise<{ columns: string[]; identity: boolean }> {
  const r = await sql<{ name: string; identity: string }>`
    select a.attname as name, a.attidentity as identity from pg_attribute a
    where a.attrelid = ${quoteIdent(table)}::regclass and a.attnum > 0 and not a.attisdropped
      and a.attgenerated = '' order by a.attnum`.execute(db);
  return { columns: r.rows.map((c) => c.name), identity: r.rows.some((c) => c.identity !== '') };
}

/** Jixiao's tables in the current schema, parents before children (foreign keys), then by name. */
export async function tablesInOrder(db: Kysely<Database>): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const names = tables.rows.map((r) => r.name).filter((n) => !SKIP.has(n));
  const edges = await sql<{ child: string; parent: string }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const strip = (n: string) => n.replace(/^.*\./, '').replace(/"/g, '');
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const e of edges.rows) {
    const child = strip(e.child);
    const parent = strip(e.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  const visit = (n: string, path: Set<string>) => {
    if (done.has(n) || path.has(n)) return;
    path.add(n);
    for (const p of [...(parents.get(n) ?? [])].sort()) visit(p, path);
    done.add(n);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

/** Every row of a table as the database's JSON text, in primary-key order so two backups compare equal. */
async function* tableRows(db: Kysely<Database>, table: string): AsyncGenerator<string> {
  const batch = 5000;
  for (let offset = 0; ; offset += batch) {
    const rows = await sql<{ j: string }>`
      select row_to_json(t)::text as j from ${sql.table(table)} t
      order by row_to_json(t)::text collate "C" limit ${batch} offset ${offset}`.execute(db);
    for (const r of rows.rows) yield r.j;
    if (rows.rows.length < batch) return;
  }
}

async function* backupLines(db: Kysely<Database>): AsyncGenerator<string> {
  const tables = await carriedTables(db);
  const counts: { name: string; rows: number }[] = [];
  for (const name of tables) {
    const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts.push({ name, rows: Number(r.rows[0]?.n ?? 0) });
  }
  const header: Header = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(db),
    tables: counts,
  };
  yield `${JSON.stringify(header)}\n`;
  for (const { name } of counts) {
    yield `${JSON.stringify({ table: name })}\n`;
    for await (const row of tableRows(db, name)) yield `${row}\n`;
  }
}

/**
 * Write a backup of the whole database to `file` (gzip), readable by its owner only (mode 0600: it holds
 * password hashes and every department's figures). Runs in one repeatable-read transaction so the copy is
 * consistent while the server keeps working. Written under a temporary name and renamed into place, so `file`
 * is either the previous file or a whole new backup. Returns the row counts.
 */
export async function backupDatabase(db: Kysely<Database>, file: string): Promise<{ table: string; rows: number }[]> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read`.execute(trx);
    const counts: { table: string; rows: number }[] = [];
    let current = '';
    const source = Readable.from(
      (async function* () {
        for await (const line of backupLines(trx)) {
          if (line.startsWith('{"table":')) {
            current = (JSON.parse(line) as { table: string }).table;
            counts.push({ table: current, rows: 0 });
          } else if (current) {
            counts[counts.length - 1]!.rows++;
          }
          yield line;
        }
      })(),
    );
    const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
    try {
      await pipeline(source, createGzip(), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      renameSync(partial, file);
    } catch (err) {
      rmSync(partial, { force: true });
      throw err;
    }
    return counts;
  });
}

/**
 * Restore a backup into a database that has no Jixiao data yet: bring the target to the backup's migration,
 * load every table in one transaction (all or nothing), move each sequence past the restored ids, then migrate
 * to this version's latest layout. Call it on a database that has not been migrated beyond the backup (a new
 * folder or an empty PostgreSQL schema is fine; so is one at the same version).
 * @throws BackupError when the file is not a Jixiao backup, was made by a newer version, or the target holds data.
 */
export async function restoreDatabase(db: Kysely<Database>, file: string): Promise<{ table: string; rows: number }[]> {
  const raw = createReadStream(file);
  const gunzip = createGunzip();
  // pipe() does not forward errors: a missing file or a folder would be an unhandled 'error' that kills the process.
  raw.on('error', (err) => gunzip.destroy(err));
  const lines = createInterface({ input: raw.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    return await restoreFrom(db, iterator);
  } finally {
    lines.close();
    raw.destroy();
  }
}

async function restoreFrom(db: Kysely<Database>, iterator: AsyncIterator<string>): Promise<{ table: string; rows: number }[]> {
  let header: Header;
  try {
    const first = await iterator.next();
    header = JSON.parse(String(first.value ?? '')) as Header;
  } catch (err) {
    // A file-system error (missing file, a folder) keeps its code so the CLI can say what happened.
    if ((err as NodeJS.ErrnoException).syscall !== undefined) throw err;
    throw new BackupError('不是有效的 Jixiao 备份文件 / not a Jixiao backup file');
  }
  if (header?.format !== BACKUP_FORMAT || header.version !== 1 || !Array.isArray(header.migrations) || !Array.isArray(header.tables)) {
    throw new BackupError('不是有效的 Jixiao 备份文件 / not a Jixiao backup file');
  }
  const known = new Set(knownMigrations());
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new BackupError(`备份来自更新的版本（迁移 ${unknown.join(', ')}），请先升级 / the backup is from a newer version`);
  }
  const madeAt = [...header.migrations].sort().at(-1);
  const carried = new Set(header.migrations);
  const beyond = (await appliedMigrations(db)).filter((m) => !carried.has(m));
  if (beyond.length > 0) {
    throw new BackupError(
      `目标数据库已升级到比备份更新的结构（迁移 ${beyond.join(', ')}），请恢复到新建的空数据目录或空数据库 / ` +
        'the target database has a newer layout than the backup: restore into a new, empty data folder or database',
    );
  }
  if (madeAt !== undefined) await migrateUpTo(db, madeAt);
  const tables = new Set(await tablesInOrder(db));
  const counts = await db.transaction().execute(async (trx) => {
    for (const name of tables) {
      const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(name)}`.execute(trx);
      if (Number(r.rows[0]?.n ?? 0) > 0) {
        throw new BackupError(`目标数据库已有数据（表 ${name}），只能恢复到空库 / the target database is not empty`);
      }
    }
    for (const t of header.tables) {
      if (!tables.has(t.name)) throw new BackupError(`目标数据库没有表 ${t.name} / unknown table in backup`);
    }
    const counts: { table: string; rows: number }[] = [];
    let table = '';
    let insert: { columns: string[]; identity: boolean } = { columns: [], identity: false };
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const json = `[${batch.join(',')}]`;
      const cols = sql.join(insert.columns.map((c) => sql.ref(c)));
      // Identity columns are `generated always`: keep the backup's ids (audit entries, events are referred to by them).
      const overriding = insert.identity ? sql`overriding system value` : sql``;
      await sql`insert into ${sql.table(table)} (${cols}) ${overriding}
        select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(trx);
      counts[counts.length - 1]!.rows += batch.length;
      batch = [];
    };
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const line = String(next.value);
      if (line === '') continue;
      if (line.startsWith('{"table":')) {
        await flush();
        table = (JSON.parse(line) as { table: string }).table;
        if (!tables.has(table) || NOT_CARRIED.has(table)) throw new BackupError(`目标数据库没有表 ${table} / unknown table in backup`);
        insert = await insertableColumns(trx, table);
        counts.push({ table, rows: 0 });
        continue;
      }
      batch.push(line);
      if (batch.length >= 2000) await flush();
    }
    await flush();
    for (const t of header.tables) {
      const got = counts.find((c) => c.table === t.name)?.rows ?? 0;
      if (got !== t.rows) throw new BackupError(`备份文件不完整（表 ${t.name}：应有 ${t.rows} 行，读到 ${got} 行） / truncated backup`);
    }
    await resetSequences(trx);
    return counts;
  });
  await migrateToLatest(db);
  return counts;
}

/** Move every serial and identity sequence of the schema past the largest value its column holds. */
async function resetSequences(db: Kysely<Database>): Promise<void> {
  const sequences = await sql<{ tbl: string; col: string }>`
    select table_name as tbl, column_name as col from information_schema.columns
    where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(db);
  for (const s of sequences.rows) {
    await sql`select setval(pg_get_serial_sequence(${quoteIdent(s.tbl)}, ${s.col}), coalesce((select max(${sql.ref(s.col)}) from ${sql.table(s.tbl)}), 0) + 1, false)`.execute(db);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The content a backup carries, as text lines (no timestamp of the backup itself, no live sessions), for
 * comparing two databases in tests.
 */
export async function databaseFingerprint(db: Kysely<Database>): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    // Timestamps print in the session's time zone; fix it so two engines print the same text.
    await sql`set local time zone 'UTC'`.execute(trx);
    const out: string[] = [];
    for (const name of await carriedTables(trx)) {
      out.push(`# ${name}`);
      for await (const row of tableRows(trx, name)) out.push(row);
    }
    return out;
  });
}

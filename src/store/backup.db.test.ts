import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDepartmentYears } from '../gen/generate.ts';
import { entry } from '../ledger/testing/fixtures.ts';
import { loadDemo } from '../reference/demo.ts';
import { createUser } from './accounts-repository.ts';
import { appendAuditEntry } from './audit-log-repository.ts';
import { BackupError, backupDatabase, databaseFingerprint, restoreDatabase } from './backup.ts';
import { getDepartmentYear, saveDepartmentYear } from './department-year-repository.ts';
import { readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { appliedMigrations, knownMigrations, migrateUpTo } from './migrate.ts';
import { asStoredByOldRelease, type LegacyTables, toRows } from './migrations/legacy-department-year-rows.ts';
import type { OpenedDatabase } from './open-database.ts';
import { createSession } from './sessions-repository.ts';
import type { Database } from './database.ts';
import { forEachEngine, openTestPglite } from './testing.ts';
import { applyTransition } from './workflow-repository.ts';

const DEMO_TENANT = { regionCode: '431222', departmentCode: 'yuanling-commerce' };

/** Ledger entries with every optional field, the function name the ledger writes beside the code among them. */
const LEDGER = [
  entry({ functionCode: '2220101', functionName: '行政运行', payee: '县文具店' }),
  entry({ nature: 'project', projectCode: 'XM001', projectName: '电商', economicCode: '30216', fundSource: '上级补助', column: 17 }),
];

/** The demo as the release before documents stored it: a header row and its child tables (frozen legacy mapping). */
async function saveDemoInOldLayout(db: Kysely<Database>): Promise<void> {
  const rows = toRows(loadDemo());
  const old = db as unknown as Kysely<LegacyTables>;
  await old.transaction().execute(async (trx) => {
    await trx.insertInto('departments').values(rows.department).execute();
    await trx.insertInto('department_years').values(rows.header).execute();
    const children = [
      ['staffing_establishment', rows.staffingEstablishment],
      ['staffing_stated_counts', rows.staffingStatedCounts],
      ['goals', rows.goals],
      ['goal_evaluations', rows.goalEvaluations],
      ['amount_lines', rows.amountLines],
      ['projects', rows.projects],
      ['project_fund_sources', rows.projectFundSources],
      ['indicators', rows.indicators],
      ['three_public', rows.threePublic],
      ['narrative_items', rows.narrativeItems],
    ] as const;
    for (const [table, values] of children) {
      // biome-ignore lint/suspicious/noExplicitAny: each list is typed by the legacy mapping for its table
      if (values.length > 0) await trx.insertInto(table).values(values as any).execute();
    }
  });
}

function newUser(username: string) {
  return { username, displayName: username, role: 'officer' as const, regionCode: '431222', departmentCode: 'yuanling-commerce', passwordHash: 'x' };
}

forEachEngine('backup and restore', (ctx) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-backup-'));
  const file = path.join(dir, 'backup.jsonl.gz');
  let target: OpenedDatabase;

  beforeAll(async () => {
    await saveDepartmentYear(ctx.db, loadDemo());
    for (const dy of generateDepartmentYears({ departments: 15, seed: 9 })) await saveDepartmentYear(ctx.db, dy);
    // What every real installation has: accounts, a live session, workflow events and audit entries — the
    // identity columns a plain insert may not set.
    const officer = await createUser(ctx.db, newUser('backup-officer'));
    await createUser(ctx.db, newUser('backup-officer-2'));
    await createSession(ctx.db, { tokenHash: 'live-session-token-hash', user: officer, csrfToken: 'csrf', expiresAt: new Date(Date.now() + 3600_000) });
    const actor = { userId: officer.id, name: officer.displayName };
    const submitted = await applyTransition(ctx.db, DEMO_TENANT, 2024, { actor, role: 'officer', request: { action: 'submit' } });
    expect(submitted?.ok, 'the demo can be submitted').toBe(true);
    await appendAuditEntry(ctx.db, { tenant: DEMO_TENANT, fiscalYear: 2024, actor, action: 'update', version: 1, changes: [] });
    await replaceLedgerEntries(ctx.opened, DEMO_TENANT, 2024, LEDGER, { source: 'ledger.csv', format: 'csv' });
    // A fresh embedded database as the target: the same file restores across engines.
    target = await openTestPglite();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('round-trips every row into an empty database with identical content', async () => {
    const counts = await backupDatabase(ctx.db, file);
    expect(counts.find((c) => c.table === 'department_years')?.rows).toBe(16);
    await restoreDatabase(target.db, file);
    expect(await databaseFingerprint(target.db)).toEqual(await databaseFingerprint(ctx.db));
    for (const table of ['users', 'workflow_events', 'audit_log', 'ledger_entries']) {
      expect(counts.find((c) => c.table === table)?.rows, `${table} is carried`).toBeGreaterThan(0);
    }
    expect(await readLedgerEntries(target, DEMO_TENANT, 2024), 'ledger entries come back whole, function names and columns too').toEqual(LEDGER);
  });

  it('writes the file readable by its owner only, without live sessions', () => {
    expect(statSync(file).mode & 0o777, 'mode 0600: the file holds password hashes').toBe(0o600);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    expect(text).toContain('backup-officer');
    expect(text, 'no session token in the file').not.toContain('live-session-token-hash');
    expect(text).not.toContain('{"table":"sessions"}');
  });

  it('keeps the restored ids, and new rows continue after them', async () => {
    const ids = async (db: typeof target.db) =>
      (await sql<{ username: string; id: number }>`select username, id from users order by id`.execute(db)).rows;
    expect(await ids(target.db)).toEqual(await ids(ctx.db));
    const before = Math.max(...(await ids(target.db)).map((u) => u.id));
    const added = await createUser(target.db, newUser('after-restore'));
    expect(added.id, 'the identity sequence moved past the restored ids').toBeGreaterThan(before);
    await appendAuditEntry(target.db, { tenant: DEMO_TENANT, fiscalYear: 2024, actor: { userId: added.id, name: 'x' }, action: 'update', version: 2, changes: [] });
  });

  it('refuses to restore over existing data and leaves it as it was', async () => {
    const before = await databaseFingerprint(target.db);
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(BackupError);
    expect(await databaseFingerprint(target.db)).toEqual(before);
  });

  it('refuses a truncated backup and writes nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length * 0.7)).join('\n')));
    const empty = await openTestPglite();
    try {
      await expect(restoreDatabase(empty.db, truncated)).rejects.toThrow(/不完整/);
      const fp = await databaseFingerprint(empty.db);
      expect(fp.filter((l) => !l.startsWith('#'))).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const junk = path.join(dir, 'junk.gz');
    writeFileSync(junk, gzipSync('hello\n'));
    await expect(restoreDatabase(target.db, junk)).rejects.toThrow(/不是有效的 Jixiao 备份文件/);
  });

  it('restores a backup made by an older version into its own layout, then migrates it forward', async () => {
    const older = knownMigrations().find((m) => m.includes('accounts'));
    expect(older, 'a migration that creates the accounts').toBeDefined();
    const old = await openTestPglite();
    const fresh = await openTestPglite();
    try {
      await migrateUpTo(old.db, older!);
      await createUser(old.db, newUser('from-an-older-version'));
      const oldFile = path.join(dir, 'older.jsonl.gz');
      await backupDatabase(old.db, oldFile);
      await restoreDatabase(fresh.db, oldFile);
      expect(await appliedMigrations(fresh.db), 'migrated to this version').toEqual(knownMigrations());
      const users = await sql<{ username: string }>`select username from users`.execute(fresh.db);
      expect(users.rows.map((u) => u.username)).toEqual(['from-an-older-version']);
    } finally {
      await old.close();
      await fresh.close();
    }
  });

  it('restores a backup of the release before documents (child-table layout) as documents, read back whole', async () => {
    const names = knownMigrations();
    const before = names[names.indexOf('20261202220000_department_year_documents') - 1];
    expect(before, 'the documents migration and the one before it are listed').toBeDefined();
    const old = await openTestPglite();
    const fresh = await openTestPglite();
    try {
      await migrateUpTo(old.db, before!);
      await saveDemoInOldLayout(old.db);
      await createUser(old.db, newUser('officer-of-the-old-release'));
      const oldFile = path.join(dir, 'release-before-documents.jsonl.gz');
      await backupDatabase(old.db, oldFile);
      await restoreDatabase(fresh.db, oldFile);
      expect(await appliedMigrations(fresh.db)).toEqual(names);
      const demo = await getDepartmentYear(fresh.db, DEMO_TENANT, 2024);
      // As the old release read it back: fields added to the model since had no column in the old layout.
      expect(demo?.data, 'the demo reads back as the model it was saved from').toEqual(asStoredByOldRelease(loadDemo()));
      // …and the restored copy is a working database: it saves a new version.
      expect((await saveDepartmentYear(fresh.db, loadDemo(), { expectedVersion: demo!.version })).version).toBe(demo!.version + 1);
    } finally {
      await old.close();
      await fresh.close();
    }
  });

  it('refuses a target already migrated beyond the backup, and names the way out', async () => {
    const older = knownMigrations()[0]!;
    const old = await openTestPglite();
    try {
      await migrateUpTo(old.db, older);
      const oldFile = path.join(dir, 'oldest.jsonl.gz');
      await backupDatabase(old.db, oldFile);
      await expect(restoreDatabase(target.db, oldFile)).rejects.toThrow(/空数据目录|newer layout/);
    } finally {
      await old.close();
    }
  });
});

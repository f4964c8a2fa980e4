import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDepartmentYears } from '../gen/generate.ts';
import { loadDemo } from '../reference/demo.ts';
import { BackupError, backupDatabase, databaseFingerprint, restoreDatabase } from './backup.ts';
import { saveDepartmentYear } from './department-year-repository.ts';
import { type OpenedDatabase, openDatabase } from './open-database.ts';
import { forEachEngine } from './testing.ts';

forEachEngine('backup and restore', (ctx) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-backup-'));
  const file = path.join(dir, 'backup.jsonl.gz');
  let target: OpenedDatabase;

  beforeAll(async () => {
    await saveDepartmentYear(ctx.db, loadDemo());
    for (const dy of generateDepartmentYears({ departments: 15, seed: 9 })) await saveDepartmentYear(ctx.db, dy);
    // A fresh embedded database as the target: the same file restores across engines.
    target = await openDatabase({ dataDir: 'memory://', log: () => {} });
  });
  afterAll(async () => {
    await target?.close();
  });

  it('round-trips every row into an empty database with identical content', async () => {
    const counts = await backupDatabase(ctx.db, file);
    expect(counts.find((c) => c.table === 'department_years')?.rows).toBe(16);
    await restoreDatabase(target.db, file);
    expect(await databaseFingerprint(target.db)).toEqual(await databaseFingerprint(ctx.db));
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
    const empty = await openDatabase({ dataDir: 'memory://', log: () => {} });
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
});

import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { insertRowsUnnest, saveDepartmentYear } from './index.ts';
import { forEachEngine } from './testing.ts';
import { minimalDepartmentYear } from './testing-fixtures.ts';

forEachEngine('insertRowsUnnest', (ctx) => {
  const key = { region_code: '431222', department_code: 'BULK-1', fiscal_year: 2024 };
  const columns = {
    region_code: 'text',
    department_code: 'text',
    fiscal_year: 'integer',
    kind: 'text',
    position: 'integer',
    code: 'text',
    name: 'text',
    phase: 'text',
    amount: 'bigint',
  } as const;

  it('inserts awkward values exactly: NULLs, big amounts, quotes, backslashes, braces, "NULL", empty text', async () => {
    await saveDepartmentYear(ctx.db, minimalDepartmentYear({ departmentCode: key.department_code }));
    const names = ['引号"双"', "单'引", '反斜杠\\n', '{大,括号}', 'NULL', '', ' 空格 ', '换行\n第二行'];
    const rows = names.map((name, position) => ({
      ...key,
      kind: 'function' as const,
      position,
      code: position % 2 === 0 ? null : `C${position}`,
      name,
      phase: 'initialBudget' as const,
      amount: position === 0 ? 0 : 1069600000000 + position,
    }));
    expect(await insertRowsUnnest(ctx.db, 'department_year_lines', columns, rows)).toBe(rows.length);
    const back = await ctx.db
      .selectFrom('department_year_lines')
      .selectAll()
      .where('kind', '=', 'function')
      .orderBy('position')
      .execute();
    expect(back).toStrictEqual(rows);
  });

  it('loads many rows in chunks, in one transaction', async () => {
    const count = 25_000;
    const rows = Array.from({ length: count }, (_, position) => ({
      ...key,
      kind: 'economic' as const,
      position,
      code: String(position % 1000),
      name: `第${position}行 摘要`,
      phase: 'final' as const,
      amount: position * 1_000_003,
    }));
    const started = Date.now();
    const inserted = await ctx.db
      .transaction()
      .execute((trx) => insertRowsUnnest(trx, 'department_year_lines', columns, rows, { chunkSize: 10_000 }));
    const ms = Date.now() - started;
    console.info(`insertRowsUnnest [${ctx.engine}]: ${count} rows in ${ms} ms (${Math.round((count / ms) * 1000)} rows/s)`);
    expect(inserted).toBe(count);
    const { rows: totals } = await sql<{ n: number; s: string }>`
      select count(*) as n, sum(amount)::text as s from department_year_lines where kind = 'economic'`.execute(
      ctx.db,
    );
    const expected = rows.reduce((sum, r) => sum + BigInt(r.amount), 0n);
    expect(totals[0]).toStrictEqual({ n: count, s: expected.toString() });
  });

  it('inserts nothing for no rows', async () => {
    expect(await insertRowsUnnest(ctx.db, 'department_year_lines', columns, [])).toBe(0);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { type AssetsCommandDeps, assetsCommand } from './cli.ts';
import { CHROMIUM_PATH } from './labels/print-pdf.ts';
import { memoryAssetStore } from './memory-store.ts';

const DEPT = '431222.yuanling-commerce';

function harness() {
  const store = memoryAssetStore();
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Buffer | string>([
    ['small.csv', readFileSync(repoPath('test/fixtures/assets/ledger-small.csv'))],
    ['bad.csv', readFileSync(repoPath('test/fixtures/assets/ledger-bad.csv'))],
    ['grp.xls', readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls'))],
    ['grp.xlsx', readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xlsx'))],
    ['grp.et', readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls'))],
    ['cut.xls', readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls')).subarray(0, 3000)],
  ]);
  let clock = Date.parse('2026-11-20T08:00:00Z');
  const deps: AssetsCommandDeps = {
    withAssetStore: (work) => work(store),
    write: (t) => void out.push(t),
    writeError: (t) => void err.push(t),
    readFile: async (f) => {
      const v = files.get(f);
      if (v === undefined) throw new Error('ENOENT');
      return Buffer.isBuffer(v) ? v : Buffer.from(v);
    },
    writeFile: async (f, d) => void files.set(f, d),
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  };
  const run = async (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    const code = await assetsCommand(argv, deps);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  return { run, files };
}

describe('jixiao assets', () => {
  it('imports, refusing a bad ledger with exit 1 and one line per bad cell', async () => {
    const { run } = harness();
    const bad = await run('import', 'bad.csv', '--department', DEPT);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('bad.csv:第3行 C 分类代码「A99999999」');
    expect(bad.out).toContain('未导入任何资产');
    const good = await run('import', 'small.csv', '--department', DEPT);
    expect(good.code).toBe(0);
    expect(good.out).toContain('已导入 8 项资产');
    expect(good.out).toContain('asset-below-threshold');
    // Re-importing the same register is an update import that finds nothing to change.
    const again = await run('import', 'small.csv', '--department', DEPT, '--json');
    expect(again.code).toBe(0);
    const plan = JSON.parse(again.out).plan;
    expect({ added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged, absent: plan.absent.length }).toEqual({
      added: 0,
      updated: 0,
      unchanged: 8,
      absent: 0,
    });
  });

  it('imports a real Excel 97–2003 register (.xls, or WPS .et) like its .xlsx twin; a cut-off .xls is refused in one line', async () => {
    const { run } = harness();
    const first = await run('import', 'grp.xls', '--department', DEPT, '--json');
    expect(first.code).toBe(0);
    const added = JSON.parse(first.out).plan.added as { assetNumber: string; originalValue: number; acquiredOn: string }[];
    expect(added).toHaveLength(6);
    // The file's own 合计 row: 575,498.69 元.
    expect(added.reduce((s, a) => s + a.originalValue, 0)).toBe(57_549_869);
    expect(added.find((a) => a.assetNumber === 'XHZR-2020-0014')).toMatchObject({ originalValue: 499_999, acquiredOn: '2020-09-10' });
    for (const twin of ['grp.xlsx', 'grp.et']) {
      const again = JSON.parse((await run('import', twin, '--department', DEPT, '--json')).out).plan;
      expect({ twin, added: again.added.length, updated: again.updated.length, unchanged: again.unchanged }).toEqual({ twin, added: 0, updated: 0, unchanged: 6 });
    }
    const help = await run('import', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Excel 97–2003 .xls（WPS .et）');
    const cut = await run('import', 'cut.xls', '--department', DEPT);
    expect(cut.code).toBe(2);
    expect(cut.err).toMatch(/^错误：cut\.xls：/u);
    expect(cut.err).not.toMatch(/\n\s+at /);
  });

  it('runs a stocktake: open, confirm, close with an approver, and prints the reconciliation', async () => {
    const { run } = harness();
    await run('import', 'small.csv', '--department', DEPT);
    const opened = await run('stocktake', 'open', '--department', DEPT, '--year', '2026', '--by', '王会计', '--json');
    expect(opened.code, opened.err).toBe(0);
    const { id } = JSON.parse(opened.out) as { id: string };
    for (const n of ['ZC2020-0001', 'ZC2020-0002', 'ZC2021-0003', 'ZC2022-0005', 'ZC2022-0006', 'ZC2023-0007']) {
      const where = n === 'ZC2020-0001' ? ['--location', '会议室'] : [];
      const r = await run('stocktake', 'confirm', '--department', DEPT, '--stocktake', id, '--asset', n, '--by', '小刘', '--condition', n === 'ZC2022-0006' ? '待报废' : n === 'ZC2021-0003' ? '毁损' : '在用', ...where);
      expect(r.code, r.err).toBe(0);
    }
    const self = await run('stocktake', 'close', '--department', DEPT, '--stocktake', id, '--by', '王会计', '--approver', '王会计');
    expect(self).toMatchObject({ code: 2, err: '错误：审批人不能是盘点发起人 / the approver must be someone other than the opener' });
    const closed = await run('stocktake', 'close', '--department', DEPT, '--stocktake', id, '--by', '王会计', '--approver', '李局长');
    expect(closed.code).toBe(0);
    expect(closed.out).toContain('结论：账实不符');
    expect(closed.out).toMatch(/盘亏 2 项 — 盘亏：查明原因/);
    expect(closed.out).toContain('ZC2021-0004 投影仪');
    expect(closed.out).toContain('地点变动 1 项');
    expect(closed.out).toContain('ZC2021-0003 多功能一体机 12,600.00元 账面“在用” → 实际“毁损”');
    const applied = await run('stocktake', 'apply', '--department', DEPT, '--stocktake', id);
    expect(applied.out).toContain('已按盘点结果更新 2 张资产卡片');
    expect(applied.out).toContain('ZC2020-0001 台式计算机 会议室 在用');
    expect(applied.out).toContain('ZC2021-0003 多功能一体机 文印室 毁损');
    const ind = await run('indicators', '--department', DEPT, '--year', '2026');
    expect(ind.out).toContain('固定资产利用率：');
    expect(ind.out).toContain('年度盘点：符合');
  });

  it('exports, lists idle assets and handles disposal', async () => {
    const { run, files } = harness();
    await run('import', 'small.csv', '--department', DEPT);
    expect((await run('export', '--department', DEPT, '--out', 'out.xlsx')).code).toBe(0);
    expect(Buffer.isBuffer(files.get('out.xlsx'))).toBe(true);
    const csv = await run('export', '--department', DEPT);
    expect(csv.out.split('\n')[0]).toBe('资产编号,资产名称,分类代码,分类名称,规格型号,计量单位,数量,原值（元）,累计折旧（元）,净值（元）,取得日期,财务入账日期,资金来源,存放地点,使用人,使用部门,状态,状态日期,标签编码');
    const idle = await run('idle', '--department', DEPT, '--as-of', '2026-11-27');
    expect(idle.out).toContain('ZC2021-0004 投影仪 会议室 闲置');
    const req = await run('dispose', 'request', '--department', DEPT, '--asset', 'ZC2022-0006', '--kind', '报废', '--reason', '镜头损坏', '--by', '王会计', '--json');
    const { id } = JSON.parse(req.out) as { id: string };
    expect((await run('dispose', 'approve', '--department', DEPT, '--disposal', id, '--by', '李局长')).out).toContain('已处置');
  });

  it.skipIf(!existsSync(CHROMIUM_PATH))('prints labels and, asked to, sets the label codes to the asset numbers', { timeout: 60_000 }, async () => {
    const { run, files } = harness();
    await run('import', 'small.csv', '--department', DEPT);
    expect((await run('check', '--department', DEPT)).code, 'a label mismatch is an error finding').toBe(1);
    const r = await run('labels', '--department', DEPT, '--out', 'labels.pdf', '--numbers', 'ZC2022-0005,ZC2023-0007', '--mark-applied', '--name', '沅陵县商务局');
    expect(r.code, r.err).toBe(0);
    expect(Buffer.from(files.get('labels.pdf') ?? '').subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.out).toContain('已将 2 张卡片的标签编码更新为资产编号');
    const check = await run('check', '--department', DEPT, '--json');
    expect(check.code).toBe(0);
    expect((JSON.parse(check.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['asset-below-threshold']);
  });

  it('answers bad arguments with exit 2 and one line', async () => {
    const { run } = harness();
    expect(await run('import', 'missing.csv', '--department', DEPT)).toMatchObject({ code: 2, err: expect.stringMatching(/^错误：无法读取文件/) });
    expect(await run('check', '--department', 'nope')).toMatchObject({ code: 2 });
    expect(await run('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/^错误：未知命令/) });
    expect(await run('stocktake', 'open', '--department', DEPT, '--year', '26')).toMatchObject({ code: 2 });
    expect(await run('indicators', '--department', DEPT, '--year', '2026', '--bogus')).toMatchObject({ code: 2, err: '错误：未知参数“--bogus” / unknown argument "--bogus"' });
    const r = await run('stocktake', 'confirm', '--department', DEPT, '--stocktake', 'PD-NONE', '--asset', 'X', '--by', '甲');
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/不存在/) });
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

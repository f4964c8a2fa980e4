import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../core/department-year.ts';
import { loadDemo } from '../reference/demo.ts';
import { type ReportCommandDeps, reportCommand } from './index.ts';
import { completeDemo, } from './test-support.ts';

interface Captured {
  out: string[];
  err: string[];
  deps: ReportCommandDeps;
}

function deps(years: Record<string, DepartmentYear> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    deps: {
      loadDepartmentYear: async (id, year) => years[`${id}/${year}`] ?? null,
      loadDemo: async () => loadDemo(),
      print: (l) => out.push(l),
      printError: (l) => err.push(l),
    },
  };
}

describe('jixiao report', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-report-cli-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 with a one-line Chinese/English message and the usage on bad arguments', async () => {
    for (const argv of [
      ['--demo', '--out', 'x.docx'],
      ['--demo', '--format', 'odt', '--out', 'x.odt'],
      ['--demo', '--format', 'html'],
      ['--format', 'html', '--out', 'x.html'],
      ['--department', '431222.yuanling-commerce', '--year', '24', '--format', 'html', '--out', 'x.html'],
      ['--demo', '--format', 'html', '--out', 'x.html', '--bogus'],
      ['--demo', '--format', 'html', '--out', 'x.html', '--outline', 'nope'],
    ]) {
      const c = deps();
      expect(await reportCommand(argv, c.deps), argv.join(' ')).toBe(2);
      expect(c.err[0], argv.join(' ')).toMatch(/[\u4e00-\u9fa5].* \/ [a-z-]/);
      expect(c.err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });

  it('prints the usage with --help (exit 0)', async () => {
    const c = deps();
    expect(await reportCommand(['--help'], c.deps)).toBe(0);
    expect(c.out[0]).toMatch(/^用法 \/ usage: jixiao report/);
  });

  it('exits 2 when the department-year does not exist', async () => {
    const c = deps();
    const code = await reportCommand(
      ['--department', '431222.nobody', '--year', '2024', '--format', 'html', '--out', join(dir, 'x.html')],
      c.deps,
    );
    expect(code).toBe(2);
    expect(c.err).toEqual(['找不到部门 431222.nobody 的 2024 年度数据 / no data for 431222.nobody 2024']);
  });

  it('exits 1 and lists the validation errors when a final report of inconsistent data is asked', async () => {
    const c = deps();
    const code = await reportCommand(['--demo', '--format', 'html', '--out', join(dir, 'refused.html')], c.deps);
    expect(code).toBe(1);
    expect(c.err[0]).toMatch(/^拒绝生成正式报告：数据校验发现2个错误，缺少\d+项内容 \/ refused: 2 validation error\(s\), \d+ missing item\(s\)$/);
    // What only the officer can supply is listed like a validation error, naming what to fill.
    expect(c.err).toContain('  [report-incomplete] 需填写：固定资产原值（资产管理情况）');
    expect(c.err.some((l) => l.includes('[sum-mismatch]'))).toBe(true);
    expect(c.err.at(-1)).toContain('--draft');
  });

  it('writes a watermarked draft with --draft (exit 0)', async () => {
    const c = deps();
    const out = join(dir, 'draft.html');
    expect(await reportCommand(['--demo', '--draft', '--format', 'html', '--out', out], c.deps)).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('class="watermark"');
    expect(c.out[0]).toMatch(/^已生成草稿：.*draft\.html（html，\d+ KB） \/ written/);
  });

  it('writes the final report of a loaded department-year (exit 0)', async () => {
    const dy = completeDemo();
    const c = deps({ '431222.yuanling-commerce/2024': dy });
    const out = join(dir, 'final.html');
    const code = await reportCommand(
      ['--department', '431222.yuanling-commerce', '--year=2024', '--format', 'html', '--out', out, '--outline', 'provincial-ten-2024'],
      c.deps,
    );
    expect(code, c.err.join('\n')).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('九、部门整体支出绩效自评结果拟应用和公开情况');
    expect(html).not.toContain('class="watermark"');
  });
});

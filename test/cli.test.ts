import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../bin/jixiao.js');
const demo = path.resolve(import.meta.dirname, '../data/demo/yuanling-commerce-2024.json');

async function jixiao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('jixiao validate', () => {
  it('prints the demo findings and exits 1 because the seed has sums that do not add up', async () => {
    const r = await jixiao('validate', demo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('458.18 + 64.37 + 85.77 + 0 + 0 = 608.32 ≠ 609.29');
    expect(r.stdout).toMatch(/共 2 个错误/);
  });

  it('gives machines JSON with the same findings', async () => {
    const r = await jixiao('validate', demo, '--json');
    const out = JSON.parse(r.stdout) as { summary: { errors: number }; findings: { rule: string }[] };
    expect(out.summary.errors).toBe(2);
    expect(out.findings.filter((f) => f.rule === 'sum-mismatch')).toHaveLength(2);
  });

  it('exits 2 with a one-line message naming the field for bad input, never a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, fiscalYear: 2024, region: { code: '431222', province: '湖南省' }, department: { code: 'x', name: '测试', kind: 'administrative' }, staffing: {}, revenue: { bySource: [{ name: '财政拨款', amounts: { final: '12.3.4万元' } }] }, expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: {} } } }, threePublic: {} }));
    const r = await jixiao('validate', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('revenue.bySource[0].amounts.final');
    expect(r.stderr).toContain('无法识别的金额');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file and for an unknown command', async () => {
    expect((await jixiao('validate', '/no/such/file.json')).code).toBe(2);
    const unknown = await jixiao('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令');
  });
});

describe('jixiao <command> --help', () => {
  it('prints the command\'s usage and exits 0 without running it (serve would start, demo would write the database)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-help-'));
    const data = path.join(dir, 'data');
    for (const name of ['serve', 'demo', 'check', 'codes', 'backup', 'restore', 'validate', 'evaluate', 'gen']) {
      const { stdout, stderr } = await run(process.execPath, [bin, name, '--help'], { env: { ...process.env, NO_COLOR: '1', JIXIAO_DATA: data, DATABASE_URL: '' }, timeout: 20_000 });
      expect(stdout).toContain(`用法 / usage: jixiao ${name}`);
      expect(stderr).toBe('');
    }
    expect(existsSync(data)).toBe(false);
  });

  it('lists every option of check, which the overview shows on two lines', async () => {
    const r = await jixiao('check', '-h');
    expect(r.code).toBe(0);
    for (const option of ['--json', '--html', '--fiscal-year', '--department', '--profile']) expect(r.stdout).toContain(option);
  });
});

/** `jixiao check`: exit codes, one-line errors on stderr, and the JSON contract. */
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GOOD = '2024年度某局部门整体支出绩效自评报告\n基本支出609.29万元，其中：工资福利支出500万元、商品和服务支出109.29万元。\n';
// An error (a heading number used twice) and a warning (a complete 其中 list short of its total: a 警告 by its evidence
// shape, data/audit/severity.json); only errors make the exit code 1.
const BAD = '2024年度某局部门整体支出绩效自评报告\n一、基本情况\n本局内设机构3个。\n二、收支情况\n基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元、其他支出0万元。\n二、绩效情况\n各项目均按期完成。\n';
const WARNING_ONLY = '2024年度某局部门整体支出绩效自评报告\n基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元、其他支出0万元。\n';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('checkCommand', () => {
  it('passes --region (a name or a 行政区划代码) to the outline rule, and JIXIAO_REGION when none is given', async () => {
    const six = '某县水利局2023年度部门整体支出绩效自评报告\n一、部门概况\n略。\n二、部门整体支出情况\n略。\n三、绩效目标设定及完成情况\n略。\n四、存在的问题及原因\n略。\n五、下一步改进措施\n略。\n';
    const file = write('six.txt', six);
    const saved = process.env.JIXIAO_REGION;
    delete process.env.JIXIAO_REGION;
    try {
      await checkCommand([file, '--json']);
      expect(out).not.toContain('政府性基金预算支出情况');
      out = '';
      await checkCommand([file, '--json', '--region', '湖南省']);
      expect(out).toContain('政府性基金预算支出情况');
      out = '';
      process.env.JIXIAO_REGION = '431222';
      await checkCommand([file, '--json']);
      expect(out).toContain('政府性基金预算支出情况');
    } finally {
      if (saved === undefined) delete process.env.JIXIAO_REGION;
      else process.env.JIXIAO_REGION = saved;
    }
  });

  it('returns 0 when there are no errors', async () => {
    expect(await checkCommand([write('good.txt', GOOD)])).toBe(0);
    expect(out).toContain('体检');
  });

  it('returns 0 when there are warnings only, and prints them', async () => {
    expect(await checkCommand([write('warning.txt', WARNING_ONLY)])).toBe(0);
    expect(out).toContain('【警告】1 项');
  });

  it('returns 1 on warnings with --fail-on warning, and 0 on a clean text whatever the level', async () => {
    expect(await checkCommand([write('warning2.txt', WARNING_ONLY), '--fail-on', 'warning'])).toBe(1);
    expect(await checkCommand([write('warning3.txt', WARNING_ONLY), '--fail-on=error'])).toBe(0);
    expect(await checkCommand([write('good2.txt', GOOD), '--fail-on', 'info'])).toBe(0);
  });

  it('returns 1 when there are errors, and prints the contract JSON with --json', async () => {
    expect(await checkCommand([write('bad.txt', BAD), '--json'])).toBe(1);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['file', 'fiscalYear', 'department', 'summary', 'findings']);
    const findings = json.findings as Record<string, unknown>[];
    expect(Object.keys(findings[0]!)).toEqual(['rule', 'severity', 'message', 'evidence', 'calculation']);
    expect(Object.keys((findings[0]!.evidence as object[])[0]!)).toEqual(['quote', 'start', 'end', 'line']);
  });

  it('writes the HTML view with --html and honours --fiscal-year, --department and --profile', async () => {
    const html = join(dir, 'out.html');
    const code = await checkCommand([write('bad2.txt', BAD), '--html', html, '--fiscal-year', '2023', '--department', '某局', '--profile', 'strict']);
    expect(code).toBe(1);
    expect(readFileSync(html, 'utf8')).toContain('<mark class="error"');
    expect(out).toContain('2023年度');
  });

  it('returns 2 with a one-line message for unreadable input and bad arguments', async () => {
    for (const argv of [[], [join(dir, 'nope.txt')], [write('empty.txt', '')], ['--bogus', 'x'], ['a', 'b'], ['--fiscal-year', '24', 'x'], ['--profile', 'loose', 'x'], ['--fail-on', 'warnings', 'x'], ['x', '--fail-on']]) {
      err = '';
      expect(await checkCommand(argv)).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).not.toContain('    at ');
    }
  });
});

/**
 * Fuzz: random and adversarial text never crashes auditText, and no input takes a second (a regular
 * expression that backtracks catastrophically, or a quadratic loop, would show here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, renderHtml, renderTerminal } from './index.ts';

const LIMIT_MS = 1000;

/**
 * CPU time (ms, this process) of one audit of `text`: CPU rather than wall time, so a busy machine running
 * other test files at the same time does not fail the test, while a catastrophic backtrack or a quadratic loop
 * still does. The adversarial inputs are first run once on a third of their length in the same profile, so the
 * first JIT compilation and the first collections of a large heap are not counted: on a 2,000-character slice the
 * optimising compiler had not yet run, and the first full call of `headings only` took 0.8–1.0 s of CPU against
 * 0.2–0.4 s on later calls (measured 2026-12-04, load 5), so the limit tested warm-up rather than the algorithm.
 * A quadratic loop or a catastrophic backtrack is still caught: it grows with the whole input, not the warm-up.
 */
function timed(text: string, warm = false): number {
  if (warm) auditText(text.slice(0, Math.ceil(text.length / 3)), { profile: 'strict' });
  const before = process.cpuUsage();
  const report = auditText(text, { profile: 'strict' });
  renderTerminal(report);
  renderHtml(report);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const pieces = [
  '其中', '，', '。', '、', '：', '（', '）', '(', ')', '“', '”', '万元', '元', '亿元', '%', '个', '人', '名', '年', '月', '日',
  '2024', '2025', '1-12', '609.29', '0', '.', ',', '1,234', '一、', '（一）', '1.', '（1）', '目标1：', '按功能分类分，',
  '分别为：', '以下简称“', '局', '中心', '现实有', '整体支出', '增加到', '由', '比上年', '执行率', '完成年度任务的', '\n', '\t', '|',
  'XX', '增长（下降）', '合计', '单位：万元', '年初预算数', '全年预算数', '决算数', '满分', '100分', '存在的问题', '七、', '8、',
];

describe('fuzz', () => {
  it('survives random token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (tokens) => {
        expect(timed(tokens.join(''))).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        expect(timed(s)).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a long digit run', '9'.repeat(200_000)],
    ['digits and dots', '1.'.repeat(50_000)],
    ['thousands groups', `1${',000'.repeat(30_000)}万元`],
    ['nested brackets', `${'（'.repeat(20_000)}1万元${'）'.repeat(20_000)}`],
    ['100k repeated 其中', '其中'.repeat(100_000)],
    // The rest at about 60,000 characters, twice a long report.
    ['其中 with amounts', '合计100万元，其中'.repeat(5_000)],
    ['one endless sentence of amounts', '甲1.5万元、'.repeat(8_000)],
    ['headings only', '一、\n（一）\n1.\n（1）\n'.repeat(4_000)],
    ['spaces (table-like lines)', `${'a  1  2  3\n'.repeat(6_000)}`],
    ['tabs and pipes', '|1|2|3|\n1\t2\t3\n'.repeat(4_000)],
    ['dates', '2024年13月32日2025年9以来'.repeat(3_000)],
    ['self-context words', '发改局现实有整体支出'.repeat(6_000)],
    ['quotes after 以下简称', `以下简称${'“'.repeat(50_000)}`],
  ])('survives %s', (_, text) => {
    expect(timed(text, true)).toBeLessThan(LIMIT_MS);
  });
});

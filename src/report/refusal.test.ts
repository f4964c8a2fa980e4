import { describe, expect, it } from 'vitest';
import { finding } from '../core/finding.ts';
import { ReportRefusedError } from './refusal.ts';

describe('a refused final report', () => {
  const blocker = finding({ rule: 'sum-mismatch', severity: 'error', message: '合计不符 / totals disagree', evidence: [] });
  const err = new ReportRefusedError([blocker]);
  it('tells the command line to add --draft', () => {
    expect(err.message).toBe('拒绝生成正式报告：数据校验发现1个错误（可加 --draft 生成带“草稿”水印的草稿）：[sum-mismatch] 合计不符 / totals disagree / refused: 1 validation error(s); use draft mode for a watermarked draft');
  });
  it('tells the web app to download the draft with its 草稿 buttons, naming no flag', () => {
    expect(err.webMessage).toMatch(/^拒绝生成正式报告：数据校验发现1个错误（可点“草稿”按钮下载带水印的草稿）：\[sum-mismatch\] 合计不符 \/ /u);
    expect(err.webMessage).not.toMatch(/--[a-z]/u);
  });
  it('lists a finding by its web wording on the web and its command-line wording on the command line', () => {
    const hinted = new ReportRefusedError([finding({ rule: 'r', severity: 'error', message: '可用 jixiao x 补齐 / run it', webMessage: '请在页面补齐 / fill it in', evidence: [] })]);
    expect(hinted.message).toContain('[r] 可用 jixiao x 补齐');
    expect(hinted.webMessage).toContain('[r] 请在页面补齐');
    expect(hinted.webMessage).not.toContain('jixiao');
  });
});

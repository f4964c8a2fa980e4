import { describe, expect, it } from 'vitest';
import { finding } from '../../core/finding.ts';
import { auditText, renderHtml, renderTerminal, toJson } from '../index.ts';

const TEXT = '2024年度某局部门整体支出绩效自评报告\n基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元、其他支出0万元。\n<script>alert(1)</script>';

describe('renderers', () => {
  const report = auditText(TEXT, { file: 'a.txt' });

  it('groups the terminal report by severity, with line numbers and the calculation', () => {
    const out = renderTerminal(report);
    // A complete 其中 list short of its total is a 警告 by its evidence shape (data/audit/severity.json).
    expect(out).toContain('【警告】1 项');
    expect(out).toContain('第2行：“基本支出609.29万元”');
    expect(out).toContain('计算：458.18 + 64.37 + 0 = 522.55 ≠ 609.29');
  });

  it('highlights the evidence in a self-contained, escaped HTML page with working anchors', () => {
    const html = renderHtml(report);
    expect(html).toContain('<mark class="warning"');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${anchor}"`);
  });

  it('colours a mark by its most severe finding: a 警告 over a 提示 on the same words', () => {
    const text = '基本支出609.29万元。';
    const on = { quote: '基本支出609.29万元', start: 0, end: 13, line: 1 };
    const html = renderHtml({
      file: 'b.txt',
      fiscalYear: 2024,
      department: null,
      summary: { errors: 0, warnings: 1, infos: 1 },
      findings: [
        finding({ rule: 'sum-mismatch', severity: 'warning', message: '甲', evidence: [on] }),
        finding({ rule: 'precision', severity: 'info', message: '乙', evidence: [on] }),
      ],
      notChecked: [],
      text,
    });
    expect(html).toContain('<mark class="warning" data-findings="0 1"');
  });

  it('produces exactly the JSON contract', () => {
    const json = toJson(report) as { findings: { evidence: object[] }[] };
    expect(Object.keys(json)).toEqual(['file', 'fiscalYear', 'department', 'summary', 'findings']);
    expect(json.findings[0]!.evidence[0]).toEqual({ quote: '基本支出609.29万元', start: 21, end: 33, line: 2 });
  });
});

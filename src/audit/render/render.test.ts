import { describe, expect, it } from 'vitest';
import { auditText, renderHtml, renderTerminal, toJson } from '../index.ts';

const TEXT = '2024年度某局部门整体支出绩效自评报告\n基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元、其他支出0万元。\n<script>alert(1)</script>';

describe('renderers', () => {
  const report = auditText(TEXT, { file: 'a.txt' });

  it('groups the terminal report by severity, with line numbers and the calculation', () => {
    const out = renderTerminal(report);
    expect(out).toContain('【错误】1 项');
    expect(out).toContain('第2行：“基本支出609.29万元”');
    expect(out).toContain('计算：458.18 + 64.37 + 0 = 522.55 ≠ 609.29');
  });

  it('highlights the evidence in a self-contained, escaped HTML page with working anchors', () => {
    const html = renderHtml(report);
    expect(html).toContain('<mark class="error"');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${anchor}"`);
  });

  it('produces exactly the JSON contract', () => {
    const json = toJson(report) as { findings: { evidence: object[] }[] };
    expect(Object.keys(json)).toEqual(['file', 'fiscalYear', 'department', 'summary', 'findings']);
    expect(json.findings[0]!.evidence[0]).toEqual({ quote: '基本支出609.29万元', start: 21, end: 33, line: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { auditText } from '../../audit-text.ts';

const TABLE = '一、基本支出决算情况说明\n基本支出决算表\n单位：万元\n项目\t决算数\n人员经费\t1259.07\n公用经费\t438.04\n基本支出合计\t1697.11\n';

describe('foldSameDefect', () => {
  it('reports a prose total that differs from its cell and from its 其中 parts by the same amount once, with both proofs', () => {
    const report = auditText(`${TABLE}2024年度基本支出1694.61万元，其中：人员经费1259.07万元，公用经费438.04万元。`);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['table-text-mismatch']);
    expect(errors[0]!.message).toContain('文中所列各项之和也相符');
    expect(errors[0]!.calculation).toContain('1259.07 + 438.04');
  });

  it('keeps the two findings apart when the differences are not the same (two defects)', () => {
    const report = auditText(`${TABLE}2024年度基本支出1694.61万元，其中：人员经费1269.07万元，公用经费438.04万元。`);
    const rules = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort();
    expect(rules).toContain('sum-mismatch');
    expect(rules).toContain('table-text-mismatch');
  });
});

import { describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../../core/department-year.ts';
import { fen } from '../../core/money.ts';
import { loadDemo } from '../../reference/demo.ts';
import { context, entry } from '../testing/fixtures.ts';
import { reconcileFinal } from './reconcile-final.ts';

function yearWith(expenditure: DepartmentYear['expenditure']): DepartmentYear {
  return { ...loadDemo(), expenditure };
}

describe('ledger.reconcile-final', () => {
  const entries = [
    entry({ economicCode: '30101', functionCode: '2010601', amount: 100_000 }),
    entry({ economicCode: '30201', functionCode: '2010601', amount: 50_000 }),
    entry({ nature: 'project', projectCode: 'XM001', economicCode: '30216', functionCode: '2013802', amount: 30_000 }),
  ];

  it('finds nothing when the published figures are the sums of the entries', () => {
    const dy = yearWith({
      total: { final: fen(180_000) },
      byFunction: [{ code: '201', name: '一般公共服务支出', amounts: { final: fen(180_000) } }],
      byEconomic: [
        { code: '301', name: '工资福利支出', amounts: { final: fen(100_000) } },
        { code: '302', name: '商品和服务支出', amounts: { final: fen(80_000) } },
      ],
      byNature: {
        basic: {
          amounts: { final: fen(150_000) },
          byEconomic: [
            { code: '30101', name: '基本工资', amounts: { final: fen(100_000) } },
            { code: '30201', name: '办公费', amounts: { final: fen(50_000) } },
          ],
        },
        project: { amounts: { final: fen(30_000) } },
      },
    });
    expect(reconcileFinal.check(entries, context({ departmentYear: dy }))).toEqual([]);
  });

  it('reports each difference with both figures, and classes the published table lacks', () => {
    const dy = yearWith({
      total: { final: fen(180_050) },
      byFunction: [{ code: '20106', name: '财政事务', amounts: { final: fen(150_000) } }],
      byEconomic: [],
      byNature: { basic: { amounts: { final: fen(160_000) }, byEconomic: [] }, project: { amounts: { final: fen(30_000) } } },
    });
    const found = reconcileFinal.check(entries, context({ departmentYear: dy }));
    const total = found.find((f) => f.evidence[1]?.path === 'expenditure.total.final')!;
    expect(total.severity).toBe('info');
    expect(total.difference).toBe(-50);
    const basic = found.find((f) => f.evidence[1]?.path === 'expenditure.byNature.basic.amounts.final')!;
    expect(basic.severity).toBe('error');
    expect(basic.message).toContain('1,500.00元');
    expect(basic.message).toContain('1,600.00元');
    expect(found.some((f) => f.message.includes('201 类') && f.message.includes('1 笔'))).toBe(true);
  });

  it('says a class kept under its name (the table settles no code) cannot be matched by code: a warning by its first level, no 类 error', () => {
    const named = entry({ functionCode: '一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行', amount: 20_000 });
    const dy = yearWith({
      byFunction: [{ code: '201', name: '一般公共服务支出', amounts: { final: fen(180_000) } }],
      byEconomic: [],
      byNature: { basic: { byEconomic: [], amounts: {} }, project: { amounts: {} } },
    });
    const found = reconcileFinal.check([...entries, named], context({ departmentYear: dy }));
    const uncovered = found.filter((f) => f.message.includes('无法按编码'));
    expect(uncovered.map((f) => f.severity)).toEqual(['warning']);
    expect(uncovered[0]!.message).toContain('（一般公共服务支出…）');
    expect(found.some((f) => f.message.includes('类支出'))).toBe(false);
  });

  it('says so when there is no department-year', () => {
    expect(reconcileFinal.check(entries, context())[0]!.severity).toBe('info');
  });
});

import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const project = { nature: 'project' as const, projectCode: 'XM001', projectName: '电子商务进农村综合示范项目', economicCode: '30216' };

describe('ledger.summary-project-mismatch', () => {
  it('flags a 摘要 that shares no word with the project and keeps those that do', () => {
    const matching = entry({ ...project, summary: '农村电商培训讲师课酬' });
    const unrelated = entry({ ...project, summary: '购买无人机航拍器材' });
    const found = summaryProjectMismatch.check([matching, unrelated], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence[0]!.path).toBe(`ledger[row ${unrelated.row}]`);
  });

  it('uses the project goal and indicators of the department-year, and configured keywords', () => {
    const e = entry({ ...project, summary: '冷链仓储库容扩建' });
    expect(summaryProjectMismatch.check([e], context())).toHaveLength(1);
    const withKeywords = context({ projectKeywords: { XM001: ['冷链'] } });
    expect(summaryProjectMismatch.check([e], withKeywords)).toEqual([]);
  });

  it('ranks the least likely first, larger amounts first among equals', () => {
    const small = entry({ ...project, summary: '律师诉讼代理', amount: 100 });
    const large = entry({ ...project, summary: '绿化苗木栽植', amount: 900_000 });
    const found = summaryProjectMismatch.check([small, large], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${large.row}]`, `ledger[row ${small.row}]`]);
    expect(found[0]!.message).toContain('排序 1');
  });

  it('ignores basic entries and generic words such as 项目 and 经费', () => {
    const generic = entry({ ...project, summary: '支付项目经费' });
    expect(summaryProjectMismatch.check([generic, entry({ summary: '购买无人机' })], context())).toHaveLength(1);
  });
});

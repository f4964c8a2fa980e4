/**
 * ledger.summary-project-mismatch and ledger.basic-on-project: causes read on held-out 4 and 16 after they were spent
 * as dev (dev-ythx, dev-xkxy, 2026-12-05), in wordings that are not the files' own.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.summary-project-mismatch: kinds from the spent held-out files', () => {
  const platform = { nature: 'project' as const, projectCode: 'TJ03', projectName: '统计信息化平台运维经费', economicCode: '30213', payee: '县信息技术公司' };
  const yearbook = { nature: 'project' as const, projectCode: 'TJ05', projectName: '统计执法检查及统计年鉴编印经费', economicCode: '30202', payee: '县印务公司' };
  const census = { nature: 'project' as const, projectCode: 'TJ01', projectName: '经济普查工作经费', economicCode: '30226', payee: '普查员' };
  const theirs = () => [
    ...['统计执法检查差旅费', '统计法治宣传资料印刷'].map((summary) => entry({ ...yearbook, summary })),
    entry({ ...census, summary: '经济普查普查员劳务费' }),
  ];

  it('an own word that lies inside a run of another project’s name (统计 of 统计年鉴) is part of that name, no tie', () => {
    const own = ['统计数据中心服务器维保', '统计专网等级保护测评'].map((summary) => entry({ ...platform, summary }));
    const misplaced = entry({ ...platform, economicCode: '30202', summary: '《县统计年鉴2024》排版印刷费', payee: '县印务公司' });
    const found = summaryProjectMismatch.check([...own, ...theirs(), misplaced], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
    expect(found[0]!.message).toContain('统计执法检查及统计年鉴编印经费');
  });

  it('the same run stays silent when the own project’s other entries use the 摘要’s other words', () => {
    const own = ['统计数据中心服务器维保', '统计数据中心服务器维保（续签）'].map((summary) => entry({ ...platform, summary }));
    const ownWork = entry({ ...platform, summary: '统计年鉴数据库服务器维保' });
    expect(summaryProjectMismatch.check([...own, ...theirs(), ownWork], context()).map((x) => x.message)).toEqual([]);
  });
});

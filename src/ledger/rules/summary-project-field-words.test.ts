/**
 * ledger.summary-project-mismatch: one long word of another project's name (活动中心 of 文化活动中心安全隐患整治) alone is
 * no evidence when other entries of the entry's own project write it too — it names the places or people both projects
 * deal with, the unit's field, as a telling run of a name is read. After held-out 55 spent as dev-u8pzcx (2026-12-07, l55):
 * a venue heads' course material and a printing of the venues' annual-inspection files, on the administration-and-training
 * project whose audit of the venues also names them, were read as the venue-safety project's.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const venues = { nature: 'project' as const, projectCode: 'WH01', projectName: '文化活动中心安全隐患整治' };
const market = { nature: 'project' as const, projectCode: 'WH02', projectName: '文化市场依法管理及从业人员培训' };
const venueEntries = () => [
  entry({ ...venues, economicCode: '30227', summary: '文化活动中心消防隐患排查服务' }),
  entry({ ...venues, economicCode: '30227', summary: '文化活动中心电气线路改造补助' }),
  entry({ ...venues, economicCode: '30227', summary: '文化活动中心防雷检测' }),
];
const marketAudit = () => entry({ ...market, economicCode: '30227', summary: '文化市场执法检查 委托第三方审计（文化活动中心）' });
const course = () => entry({ ...market, economicCode: '30216', summary: '文化活动中心负责人轮训 教材资料' });

describe('ledger.summary-project-mismatch: a long word of another name that the own project’s entries write too', () => {
  it('stays silent when another entry of the own project names the same places', () => {
    const a = course();
    expect(summaryProjectMismatch.check([...venueEntries(), marketAudit(), a], context())).toEqual([]);
  });

  it('still flags it when no other entry of the own project writes the word', () => {
    const a = course();
    const found = summaryProjectMismatch.check([...venueEntries(), a], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([a.row]);
  });

  it('does not count the same 摘要 repeated (a monthly bill) as another entry writing it', () => {
    const a = course();
    const b = course();
    const found = summaryProjectMismatch.check([...venueEntries(), a, b], context());
    expect(found.map((f) => f.evidence[0]!.line).sort()).toEqual([a.row, b.row].sort());
  });
});

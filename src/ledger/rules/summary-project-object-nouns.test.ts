/**
 * ledger.summary-project-mismatch: a habitual word of another project written right before a piece of furniture or
 * fitting (project-match.json otherProject.objectNouns) names who uses the thing bought — lchk 2026-12-07, the class
 * of dev-pzdy's look-alike (评标室专家接待台及储物柜采购); wordings here are not the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const court = { nature: 'project' as const, projectCode: 'FY2402', projectName: '人民陪审员履职保障', economicCode: '30226', payee: '' };
const hall = { nature: 'project' as const, projectCode: 'FY2405', projectName: '诉讼服务中心改造', economicCode: '31002', payee: '县美家家具城' };

describe('ledger.summary-project-mismatch: a habitual word before a piece of furniture', () => {
  const theirs = [1, 2, 3, 4].map((n) => entry({ ...court, summary: `陪审员参审补助（第${n}批）` }));
  const own = ['诉讼服务中心地面改造', '诉讼服务中心电路改造'].map((summary) => entry({ ...hall, summary }));

  it('names who uses the desk bought for the hall (陪审员座椅), not the juror project', () => {
    const chairs = entry({ ...hall, summary: '调解室陪审员座椅及文件柜采购' });
    expect(summaryProjectMismatch.check([...theirs, ...own, chairs], context())).toEqual([]);
  });

  it('the same word naming the work itself still names the other project', () => {
    const pay = entry({ ...hall, economicCode: '30226', summary: '陪审员参审误工补贴' });
    const found = summaryProjectMismatch.check([...theirs, ...own, pay], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([pay.row]);
  });
});

import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.summary-project-mismatch: a word right before the thing the own project is about', () => {
  // Given a boat-renewal project whose entries name boats (船), and a pumping-station project whose entries write 抽水 and 保养
  const boats = { nature: 'project' as const, projectName: '水上巡查船只更新', economicCode: '31003', payee: '县江帆船舶修造厂' };
  const pumps = { nature: 'project' as const, projectName: '排涝泵站运行维护', economicCode: '30213', payee: '县机电设备安装公司' };
  const own = ['购置玻璃钢巡逻船1艘', '冲锋舟及巡逻船配件'].map((summary) => entry({ ...boats, summary }));
  const theirs = ['泵站抽水机组年度保养', '泵站抽水机组年度保养', '泵站抽水管道更换'].map((summary) => entry({ ...pumps, summary }));

  it('抽水 of 抽水船 (a pump boat) names a kind of the own project’s boats, not the pumping station’s work', () => {
    const boat = entry({ ...boats, economicCode: '30213', summary: '抽水船年度保养及检修' });
    expect(summaryProjectMismatch.check([...own, ...theirs, boat], context())).toEqual([]);
  });

  it('the same words about the station’s machines still name the pumping project', () => {
    const units = entry({ ...boats, economicCode: '30213', summary: '抽水机组年度保养及检修' });
    const found = summaryProjectMismatch.check([...own, ...theirs, units], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([units.row]);
  });
});

import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const brand = { nature: 'project' as const, projectCode: 'SW2403', projectName: '茶叶品牌营销推介', economicCode: '30202', payee: '县彩虹印务有限公司' };
const station = { nature: 'project' as const, projectCode: 'SW2405', projectName: '电商服务站点运维', economicCode: '30227', payee: '县农村电商服务中心' };

describe('ledger.summary-project-mismatch: a habitual word before a noun of a kind of body', () => {
  const theirs = [1, 2, 3, 4].map((n) => entry({ ...brand, summary: `营销手册印制（第${n}批）` }));
  const own = ['站点网络及设备运维', '站点网络及设备运维'].map((summary) => entry({ ...station, summary }));

  it('names the kind of enterprise a service deals with (营销 of 营销企业), not the marketing project', () => {
    const census = entry({ ...station, summary: '营销企业年度统计年报服务' });
    expect(summaryProjectMismatch.check([...theirs, ...own, census], context())).toEqual([]);
  });

  it('the same word naming the work itself still names the other project', () => {
    const leaflets = entry({ ...station, summary: '营销年度统计年报服务' });
    const found = summaryProjectMismatch.check([...theirs, ...own, leaflets], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([leaflets.row]);
  });
});

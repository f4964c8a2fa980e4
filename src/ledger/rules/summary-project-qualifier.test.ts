/**
 * A run of another project's name that only qualifies the thing that project is about (志愿服务积分 of
 * 志愿服务积分管理系统运维, whose entries always write 积分管理系统) names no project when the 摘要 writes it before
 * another thing (志愿服务积分制度宣讲培训班: a course of the own project). After held-out 47 spent as dev-yxkpz: a
 * members' training course's board (…委员履职能力培训班学员伙食费) was read as naming the members' duty-platform project.
 * And a basic entry carrying a project that is no basic one (the platform's server upkeep booked on 基本支出) is no
 * word of the unit's running: it does not hide a 摘要 that does name that project.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const own = { nature: 'project' as const, projectCode: 'WM2024-01', projectName: '新时代文明实践活动', functionCode: '2070199', economicCode: '30201' };
const points = { nature: 'project' as const, projectCode: 'WM2024-03', projectName: '志愿服务积分管理系统运维', functionCode: '2070199', economicCode: '30227' };
// 志愿服务 in three of the four names: the unit's line of work (commonNameWords), no project's own word.
const sites = { nature: 'project' as const, projectCode: 'WM2024-02', projectName: '志愿服务站点标准化建设', functionCode: '2070199', economicCode: '31003' };
const teams = { nature: 'project' as const, projectCode: 'WM2024-04', projectName: '志愿服务队伍骨干培训', functionCode: '2070199', economicCode: '30216' };
const background = () => [
  entry({ ...own, summary: '文明实践站宣传展板制作' }),
  entry({ ...own, summary: '文明实践所志愿者队伍交流座谈资料' }),
  entry({ ...points, summary: '3月志愿服务积分管理系统运维服务费' }),
  entry({ ...points, summary: '6月志愿服务积分管理系统运维服务费' }),
  entry({ ...points, summary: '9月志愿服务积分管理系统运维服务费' }),
  entry({ ...points, summary: '12月志愿服务积分管理系统运维服务费' }),
  entry({ ...sites, summary: '城关社区志愿服务站标识标牌制作安装' }),
  entry({ ...teams, summary: '志愿服务骨干培训班讲课费' }),
];

describe('ledger.summary-project-mismatch: a run that only qualifies another project’s thing', () => {
  it('stays silent when the 摘要 writes the run before another thing than the other project’s entries ever do', () => {
    const shop = entry({ ...own, summary: '志愿服务积分制度宣讲培训班学员伙食费', economicCode: '30216' });
    expect(summaryProjectMismatch.check([shop, ...background()], context())).toEqual([]);
  });

  it('still flags a 摘要 that names the other project’s thing (积分管理系统)', () => {
    const sms = entry({ ...own, summary: '志愿服务积分管理系统短信接口费' });
    const found = summaryProjectMismatch.check([sms, ...background()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([sms.row]);
  });

  it('still flags the run when the other project’s entries write it before other things too (no fixed term of that project)', () => {
    const shop = entry({ ...own, summary: '志愿服务积分制度宣讲培训班学员伙食费', economicCode: '30216' });
    const more = [entry({ ...points, summary: '志愿服务积分年度统计报表印制' }), ...background()];
    const found = summaryProjectMismatch.check([shop, ...more], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([shop.row]);
  });
});

describe('ledger.summary-project-mismatch: a basic entry carrying another project', () => {
  const exchange = { nature: 'project' as const, projectCode: 'WM2024-05', projectName: '志愿服务积分兑换', functionCode: '2070199', economicCode: '30218' };
  const entries = () => [
    entry({ ...own, summary: '文明实践站宣传展板制作' }),
    entry({ ...own, summary: '文明实践所志愿者队伍交流座谈资料' }),
    entry({ ...sites, summary: '城关社区志愿服务站标识标牌制作安装' }),
    entry({ ...teams, summary: '志愿服务骨干培训班讲课费' }),
    entry({ ...exchange, summary: '一季度志愿服务积分兑换物资' }),
    entry({ ...exchange, summary: '二季度志愿服务积分兑换物资' }),
    entry({ ...exchange, summary: '三季度志愿服务积分兑换物资' }),
  ];

  it('reads it as no word of the unit’s running: the 摘要 naming that project is still flagged', () => {
    const named = entry({ ...own, summary: '志愿服务积分核查录入劳务费' });
    // The exchange project's upkeep booked on 基本支出 (its account says so): ledger.nature-inconsistent's finding.
    const upkeep = entry({ ...exchange, nature: 'basic', natureSource: 'account', economicCode: '30213', summary: '志愿服务积分兑换点设备维保' });
    for (const all of [[named, ...entries()], [named, upkeep, ...entries()]]) {
      expect(summaryProjectMismatch.check(all, context()).map((f) => f.evidence[0]!.line)).toEqual([named.row]);
    }
  });
});

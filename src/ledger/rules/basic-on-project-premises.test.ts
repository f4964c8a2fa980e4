import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';

const rows = (entries: ReturnType<typeof entry>[]) => basicOnProject.check(entries, context()).map((f) => f.evidence[0]!.line);

describe('ledger.basic-on-project: works on the unit’s own premises, and the people a project serves', () => {
  it('a repair of the office building on a project named for repairing the offices is the project’s purpose', () => {
    const refit = { nature: 'project' as const, projectCode: 'ZW2402', projectName: '政务中心业务用房修缮改造', payee: '县兴业建筑安装有限公司' };
    const roof = entry({ ...refit, economicCode: '30213', summary: '行政楼三楼卫生间漏水维修' });
    const lift = entry({ ...refit, economicCode: '31003', summary: '办公楼电梯更换' });
    expect(rows([roof, lift])).toEqual([]);
  });

  it('the same repair on a project that runs the premises but names no works, and supplies on the refit project, stay basic', () => {
    const canteen = { nature: 'project' as const, projectCode: 'ZW2404', projectName: '机关食堂运营补助' };
    const refit = { nature: 'project' as const, projectCode: 'ZW2402', projectName: '政务中心业务用房修缮改造' };
    const roof = entry({ ...canteen, economicCode: '30213', summary: '行政楼三楼卫生间漏水维修' });
    const paper = entry({ ...refit, economicCode: '30201', summary: '行政办公室购打印纸' });
    expect(rows([roof, paper])).toEqual([roof.row, paper.row]);
  });

  it('a routine word about the children a project serves (新生儿筛查体检) is the project’s work, the staff’s 体检 is not', () => {
    const care = { nature: 'project' as const, projectCode: 'FY2403', projectName: '妇幼健康服务能力提升', economicCode: '30227', payee: '县人民医院' };
    const babies = entry({ ...care, summary: '新生儿先天性疾病筛查体检费' });
    const staff = entry({ ...care, summary: '中心职工年度体检费' });
    expect(rows([babies, staff])).toEqual([staff.row]);
  });
});

/**
 * ledger.summary-project-mismatch and ledger.basic-on-project: causes read on held-out 4 and 16 after they were spent
 * as dev (dev-ythx, dev-xkxy, 2026-12-05), in wordings that are not the files' own.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';
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

describe('ledger.summary-project-mismatch: the own project’s vocabulary read in characters', () => {
  it('a pair of characters the own project’s entries write again and again (院民, cut 院民及 by jieba) ties the entry to it', () => {
    const home = { nature: 'project' as const, projectCode: 'FL01', projectName: '特困人员集中供养', economicCode: '30218', payee: '县农贸市场' };
    const orphans = { nature: 'project' as const, projectCode: 'FL02', projectName: '孤儿基本生活保障', economicCode: '30305', payee: '集中供养孤儿' };
    const own = ['院民冬季被褥采购', '3月院民副食品配送', '院民防暑药品采购'].map((summary) => entry({ ...home, summary }));
    const theirs = ['发放1月孤儿基本生活费', '发放2月孤儿基本生活费', '发放3月孤儿基本生活费', '发放4月孤儿基本生活费', '发放5月孤儿基本生活费', '孤儿冬季服装采购'].map((summary) => entry({ ...orphans, summary }));
    const basic = entry({ nature: 'basic', economicCode: '30213', summary: '院民家属接待室空调维修' });
    const both = entry({ ...home, summary: '元宵院民及孤儿汤圆加餐' });
    expect(summaryProjectMismatch.check([...own, ...theirs, basic, both], context())).toEqual([]);
    // Without the residents named, the other project's people alone name it.
    const other = entry({ ...home, summary: '元宵孤儿汤圆加餐' });
    const found = summaryProjectMismatch.check([...own, ...theirs, basic, other], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([other.row]);
  });
});

describe('ledger.summary-project-mismatch: a word both projects’ entries write', () => {
  it('is the vocabulary of both (城区 of 城区护栏 and of 城区道路清扫): with one more word of the other project it names nothing', () => {
    const works = { nature: 'project' as const, projectCode: 'SZ01', projectName: '市政设施维护经费', economicCode: '30213', payee: '县市政工程公司' };
    const cleaning = { nature: 'project' as const, projectCode: 'HW01', projectName: '城区环境卫生保洁经费', economicCode: '30227', payee: '县环卫服务公司' };
    const own = ['城区护栏维修', '更换城区破损窨井盖', '城区路灯维修'].map((summary) => entry({ ...works, summary }));
    const theirs = [
      ...['1月城区道路清扫保洁服务费', '2月城区道路清扫保洁服务费', '3月城区道路清扫保洁服务费', '4月城区道路清扫保洁服务费'].map((summary) => entry({ ...cleaning, summary })),
      entry({ ...cleaning, economicCode: '30213', summary: '压缩站液压系统检修' }),
    ];
    const gate = entry({ ...works, summary: '城区地下通道排水系统维护' });
    expect(summaryProjectMismatch.check([...own, ...theirs, gate], context())).toEqual([]);
  });
});

describe('ledger.summary-project-mismatch: a purpose of another function', () => {
  it('驻村 work paid from a project of another function is unrelated; on its own function or its own project it is not', () => {
    const survey = { nature: 'project' as const, projectCode: 'TJ02', projectName: '农业产量调查经费', economicCode: '30299', functionCode: '2010505' };
    const own = ['早稻产量调查测产劳务费', '秋粮产量抽样调查差旅费'].map((summary) => entry({ ...survey, summary }));
    const paired = entry({ ...survey, summary: '驻村工作队工作手册印制' });
    const found = summaryProjectMismatch.check([...own, paired], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([paired.row]);
    expect(found[0]!.message).toContain('驻村');
    const rural = { nature: 'project' as const, projectCode: 'XC01', projectName: '防止返贫动态监测经费', economicCode: '30299', functionCode: '2130599' };
    const team = { nature: 'project' as const, projectCode: 'ZC01', projectName: '驻村帮扶工作经费', economicCode: '30299', functionCode: '2010502' };
    expect(summaryProjectMismatch.check([entry({ ...rural, summary: '驻村工作队工作手册印制' })], context())).toEqual([]);
    expect(summaryProjectMismatch.check([entry({ ...team, summary: '驻村工作队工作手册印制' })], context())).toEqual([]);
  });
});

describe('ledger.summary-project-mismatch: what was done is no subject word', () => {
  it('a shared place and a repair (维修) do not name another project; a shared place and its subject do', () => {
    const opening = { nature: 'project' as const, projectCode: 'TY01', projectName: '体育场馆免费开放补助', economicCode: '30213', payee: '县电子公司' };
    const works = { nature: 'project' as const, projectCode: 'TY02', projectName: '游泳馆屋面及看台维修改造', economicCode: '31006', payee: '县建筑公司' };
    const ledger = [entry({ ...opening, summary: '免费开放时段场馆保洁' }), entry({ ...works, summary: '屋面防水工程进度款' })];
    const screen = entry({ ...opening, summary: '游泳馆售票窗口电子屏维修' });
    expect(summaryProjectMismatch.check([...ledger, screen], context())).toEqual([]);
    const stands = entry({ ...opening, summary: '游泳馆看台座椅维修' });
    expect(summaryProjectMismatch.check([...ledger, stands], context()).map((f) => f.evidence[0]!.line)).toEqual([stands.row]);
  });
});

describe('ledger.summary-project-mismatch: a kind of work as another project’s habitual word', () => {
  const platform = { nature: 'project' as const, projectCode: 'CG04', projectName: '数字城管平台运维', economicCode: '30202', payee: '县印务公司' };
  const cleanUp = { nature: 'project' as const, projectCode: 'CG03', projectName: '城区市容秩序整治', economicCode: '30227', payee: '县市政服务公司' };
  const theirs = () =>
    ['沿街占道经营整治劳务费', '背街小巷占道经营整治劳务费', '夜市占道经营整治劳务费', '农贸市场周边占道经营整治劳务费'].map((summary) => entry({ ...cleanUp, summary }));
  const own = () => ['数字城管平台专线租用费', '数字城管平台运维服务费'].map((summary) => entry({ ...platform, summary }));

  it('alone (店招整治) it names nothing; with the neighbour that project’s entries write (占道经营整治) it does', () => {
    const signs = entry({ ...platform, summary: '违规店招整治告知书印制' });
    expect(summaryProjectMismatch.check([...own(), ...theirs(), signs], context())).toEqual([]);
    const stalls = entry({ ...platform, summary: '占道经营整治告知书印制' });
    expect(summaryProjectMismatch.check([...own(), ...theirs(), stalls], context()).map((f) => f.evidence[0]!.line)).toEqual([stalls.row]);
  });
});

describe('ledger.basic-on-project: a routine word naming a subject or an errand is no cost of the unit', () => {
  const survey = { nature: 'project' as const, projectCode: 'TJ02', projectName: '常规统计调查经费', economicCode: '30211' };
  const home = { nature: 'project' as const, projectCode: 'FL01', projectName: '特困人员集中供养', economicCode: '30214' };
  const flagged = (summary: string, fields: typeof survey | typeof home = survey) =>
    basicOnProject.check([entry({ ...fields, summary })], context()).length;

  it('before a noun of statistics, policy or oversight, the word is the work’s subject', () => {
    expect(flagged('乡镇劳动工资统计年报会审差旅费')).toBe(0);
    expect(flagged('公积金政策宣传折页印制')).toBe(0);
    // The unit's own staff named: its payroll or its staff's checks stay basic.
    expect(flagged('机关干部工资统计表印制')).toBe(1);
    expect(flagged('发放在职职工工资')).toBe(1);
  });

  it('after a trip’s verb, the word is the errand; the bill of the errand itself, or the staff’s, stays basic', () => {
    expect(flagged('包车送院民前往乡卫生院体检', home)).toBe(0);
    expect(flagged('赴县人民医院体检费', home)).toBe(1);
    expect(flagged('组织职工赴县医院体检交通费', home)).toBe(1);
  });
});

describe('ledger.summary-project-mismatch: a run of another project’s name that cuts a word (2026-12-05, sled, after dev-rfbzx and dev-sfl)', () => {
  it('ending inside a word of the 摘要 (应急指挥 of 应急指挥部) it names that word’s thing, not the project', () => {
    const network = { nature: 'project' as const, projectCode: 'DZ01', projectName: '应急避难场所维护', economicCode: '30213', payee: '县物业服务公司' };
    const command = { nature: 'project' as const, projectCode: 'DZ02', projectName: '应急指挥系统建设', economicCode: '31002', payee: '县智能科技公司' };
    const own = ['避难场所标识牌更换', '避难场所应急供水设施检修'].map((summary) => entry({ ...network, summary }));
    const theirs = ['应急指挥大屏采购', '指挥系统软件开发'].map((summary) => entry({ ...command, summary }));
    const room = entry({ ...network, summary: '应急指挥部值班室空调维修' });
    expect(summaryProjectMismatch.check([...own, ...theirs, room], context())).toEqual([]);
    const misplaced = entry({ ...network, economicCode: '31002', summary: '应急指挥系统服务器采购' });
    const found = summaryProjectMismatch.check([...own, ...theirs, misplaced], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
  });

  it('beginning inside a word of that name (民族特色 of 少数民族特色村寨) it names no more than its whole words do', () => {
    const unity = { nature: 'project' as const, projectCode: 'MZ01', projectName: '民族团结进步创建', economicCode: '30202', payee: '县广告制作部' };
    const villages = { nature: 'project' as const, projectCode: 'MZ02', projectName: '少数民族特色村寨保护', economicCode: '30213', payee: '县古建筑修缮公司' };
    const own = ['民族团结进步宣传栏制作', '民族团结示范单位授牌'].map((summary) => entry({ ...unity, summary }));
    const theirs = ['村寨风貌修缮', '村寨消防设施维护'].map((summary) => entry({ ...villages, summary }));
    const show = entry({ ...unity, summary: '民族特色服饰展演道具' });
    expect(summaryProjectMismatch.check([...own, ...theirs, show], context())).toEqual([]);
    const misplaced = entry({ ...unity, summary: '少数民族特色村寨挂牌制作' });
    const found = summaryProjectMismatch.check([...own, ...theirs, misplaced], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
  });
});

describe('ledger.summary-project-mismatch: a purpose word naming an event the project holds (2026-12-05, sled, after dev-siyuan)', () => {
  const fair = { nature: 'project' as const, projectCode: 'SW01', projectName: '农产品产销对接活动经费', economicCode: '30214', payee: '县会展服务公司' };
  const own = ['农产品产销对接会场地布置', '产销对接活动宣传册印制'].map((summary) => entry({ ...fair, summary }));
  it('年货 written with 大集 or 节 names the fair (年货大集, 年货节), not a gift', () => {
    const stalls = entry({ ...fair, summary: '迎春年货大集展位租赁' });
    const lorry = entry({ ...fair, summary: '租用厢式货车运送年货节参展农产品' });
    expect(summaryProjectMismatch.check([...own, stalls, lorry], context())).toEqual([]);
  });
  it('a holiday (年货节日, 节前) or the word written again for staff is still read', () => {
    const gifts = entry({ ...fair, economicCode: '30299', summary: '年货节日慰问品采购', payee: '县百货超市' });
    const staff = entry({ ...fair, economicCode: '30299', summary: '年货大集结束后采购职工年货', payee: '县百货超市' });
    const found = summaryProjectMismatch.check([...own, gifts, staff], context());
    expect(found.map((f) => f.evidence[0]!.line).sort()).toEqual([gifts.row, staff.row].sort());
  });
});

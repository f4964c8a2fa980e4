/**
 * After held-out 56 and 57 spent as dev-u8sl and dev-ythsj (2026-12-07, l5657): three classes of entry misread, stated
 * here in other words than the files'. Each test also shows that the data entry is what makes the difference.
 * - ledger.three-public (data/ledger/three-public.json excludeWords.partyOverrides): 来访接待 names the public's
 *   reception (信访), unless the 摘要 names a visiting party — then it is that party's hospitality.
 * - ledger.summary-project-mismatch (data/ledger/project-match.json unrelatedPurposeWords.subjectMarkers.objectOf.before):
 *   goods seized, distrained or confiscated (查扣, 扣押, 查封, 没收, 罚没) are the object of enforcement, not a purchase.
 * - ledger.basic-on-project (data/ledger/classification.json projectSiteCosts.unitOfficeWords): an 办公区 is an office;
 *   a site noun in a note beside it says whose office, not a site the project runs.
 */
import { describe, expect, it } from 'vitest';
import { threePublicTotals } from './three-public.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';
import { basicOnProject } from './basic-on-project.ts';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums } from '../testing/three-public-sums.ts';

describe('ledger.three-public: 来访接待 of a visiting party', () => {
  it('is the party’s hospitality when the 摘要 names a group that came, under 会议费 or 其他', () => {
    expect(oneEntrySums('30215', '邻市农业农村局调研组来访接待午餐').reception).toBe(1000);
    expect(oneEntrySums('30299', '兄弟单位交流团来访接待工作餐').reception).toBe(1000);
    expect(oneEntrySums('30215', '省厅专家组一行来访接待晚餐').reception).toBe(1000);
  });

  it('stays the public’s reception without a party, and the other negative words still hold', () => {
    expect(oneEntrySums('30215', '来访接待午餐').reception).toBe(0);
    expect(oneEntrySums('30201', '群众来访接待登记簿印制').reception).toBe(0);
    expect(oneEntrySums('30213', '检查组来访接待室空调维修').reception).toBe(0);
  });

  it('is what lets the meal count: without partyOverrides the group’s meal is silent', () => {
    const ctx = context();
    const { partyOverrides: _p, ...excludeWords } = ctx.rules.threePublic.excludeWords;
    const rules = { ...ctx.rules, threePublic: { ...ctx.rules.threePublic, excludeWords } };
    const e = entry({ economicCode: '30215', summary: '邻市农业农村局调研组来访接待午餐', amount: 1000 });
    expect(threePublicTotals([e], { ...ctx, rules }).totals.hidden.reception).toBe(0);
    expect(threePublicTotals([e], ctx).totals.hidden.reception).toBe(1000);
  });
});

describe('ledger.summary-project-mismatch: seized goods are the object of enforcement', () => {
  const enforcement = { nature: 'project' as const, projectCode: 'ZF01', projectName: '烟草市场综合执法', economicCode: '30214' };
  const seized = () => [
    entry({ ...enforcement, summary: '租用仓库存放扣押走私香烟' }),
    entry({ ...enforcement, economicCode: '30227', summary: '没收假冒茶叶无害化处理' }),
  ];

  it('does not read 扣押走私香烟 or 没收假冒茶叶 as buying cigarettes or tea', () => {
    expect(summaryProjectMismatch.check(seized(), context())).toEqual([]);
  });

  it('still flags a purchase of the same goods on the project', () => {
    const bought = entry({ ...enforcement, economicCode: '30299', summary: '购买香烟' });
    const found = summaryProjectMismatch.check([...seized(), bought], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bought.row]);
  });

  it('is what keeps them silent: with the earlier enforcement verbs only both are flagged', () => {
    const ctx = context();
    const pm = ctx.rules.projectMatch;
    const up = pm.unrelatedPurposeWords!;
    const objectOf = up.subjectMarkers!.objectOf!;
    const before = objectOf.before.filter((w) => !['查扣', '扣押', '查封', '没收', '罚没'].includes(w));
    const rules = {
      ...ctx.rules,
      projectMatch: { ...pm, unrelatedPurposeWords: { ...up, subjectMarkers: { ...up.subjectMarkers!, objectOf: { ...objectOf, before } } } },
    };
    const entries = seized();
    expect(summaryProjectMismatch.check(entries, { ...ctx, rules }).map((f) => f.evidence[0]!.line)).toEqual(entries.map((e) => e.row));
  });
});

describe('ledger.basic-on-project: an 办公区 is an office', () => {
  const testing = { nature: 'project' as const, projectCode: 'JC01', projectName: '农产品质量检测能力提升', economicCode: '30209', payee: '县安居物业公司' };

  it('flags the property fee of an office area whose note names a 检测所', () => {
    const office = entry({ ...testing, summary: '缴纳办公区二季度物业服务费（检测所）' });
    expect(basicOnProject.check([office], context()).map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it('keeps the project’s own site (a 检测所 lab with no office word) and a project named for the office area', () => {
    const lab = entry({ ...testing, summary: '缴纳检测所实验室二季度物业服务费' });
    const refit = entry({ ...testing, projectName: '机关办公区改造', summary: '办公区改造期间物业服务费' });
    expect(basicOnProject.check([lab, refit], context())).toEqual([]);
  });

  it('is what flags it: without 办公区 among unitOfficeWords the office area reads as the 检测所 site', () => {
    const ctx = context();
    const cls = ctx.rules.classification;
    const site = cls.projectSiteCosts!;
    const rules = {
      ...ctx.rules,
      classification: { ...cls, projectSiteCosts: { ...site, unitOfficeWords: site.unitOfficeWords!.filter((w) => w !== '办公区') } },
    };
    const office = entry({ ...testing, summary: '缴纳办公区二季度物业服务费（检测所）' });
    expect(basicOnProject.check([office], { ...ctx, rules })).toEqual([]);
  });
});

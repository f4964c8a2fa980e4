/**
 * The unit's own county (岑川 of 岑川县… payees) and hired venues (宾馆, 会议中心) are where any project of the unit
 * works and meets: sharing them with another project's entries names no other project (data/ledger/project-match.json
 * localPlaces, venueWords). After dev-yjzx: 全县防汛业务培训 岑川宾馆多功能厅租用 on the training project was read as
 * the flood-relief project's, whose entries also paid 岑川宾馆.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { localPlaceNames, ownAreaNames, summaryProjectMismatch } from './summary-project-mismatch.ts';

const training = { nature: 'project' as const, projectCode: 'YJ03', projectName: '应急救援技能培训及演练', economicCode: '30216' };
const flood = { nature: 'project' as const, projectCode: 'YJ01', projectName: '防汛抗旱应急抢险', economicCode: '30299' };
const trainingEntries = () => [
  entry({ ...training, summary: '森林火灾扑救综合演练 导调及评估服务', payee: '湖南安科应急技术咨询有限公司' }),
  entry({ ...training, summary: '应急救援队员心肺复苏技能培训教材', payee: '岑川县新华书店' }),
];
const floodEntries = () => [
  entry({ ...flood, summary: '汛期抢险队员岑川宾馆住宿', payee: '岑川宾馆' }),
  entry({ ...flood, summary: '防汛会商岑川宾馆工作餐', payee: '岑川宾馆' }),
  entry({ ...flood, summary: '抢险冲锋舟燃油', payee: '岑川县城东加油站' }),
  entry({ ...flood, summary: '防汛抢险编织袋采购', payee: '岑川县农资公司' }),
];

describe('ledger.summary-project-mismatch: the own county and hired venues name no project', () => {
  it('stays silent on a course at the county hotel that another project also paid', () => {
    const a = entry({ ...training, summary: '全县防汛业务培训 岑川宾馆多功能厅租用', payee: '岑川宾馆' });
    expect(summaryProjectMismatch.check([a, ...trainingEntries(), ...floodEntries()], context())).toEqual([]);
  });

  it('flags it without the two word lists (the lists are what keeps it silent)', () => {
    const a = entry({ ...training, summary: '全县防汛业务培训 岑川宾馆多功能厅租用', payee: '岑川宾馆' });
    const ctx = context();
    const { venueWords: _v, localPlaces: _l, ...projectMatch } = ctx.rules.projectMatch;
    const found = summaryProjectMismatch.check([a, ...trainingEntries(), ...floodEntries()], { ...ctx, rules: { ...ctx.rules, projectMatch } });
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([a.row]);
  });

  it('still flags an entry naming the other project by what the money was for', () => {
    const a = entry({ ...training, summary: '汛期抢险队员住宿及防汛抢险编织袋', payee: '岑川宾馆' });
    const found = summaryProjectMismatch.check([a, ...trainingEntries(), ...floodEntries()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([a.row]);
  });
});

describe('localPlaceNames / ownAreaNames', () => {
  it('reads the names before an administrative suffix at the start of payees, one after another', () => {
    const names = localPlaceNames(['岑川县美居布艺店', '湖南省长沙市华美印务', '中石化岑川城东加油站', '市场监督管理局', '湘西自治州民族印刷厂'], ['自治州', '省', '县', '市', '州'], 4);
    expect([...names].sort()).toEqual(['岑川', '湖南', '湘西', '长沙'].sort());
  });

  it('keeps a name that is part of a work’s title in the ledger (《岩口文艺》)', () => {
    const entries = [entry({ payee: '岩口县墨香文化工作室', summary: '《岩口文艺》第3期稿酬' }), entry({ payee: '溪口县印刷厂' })];
    expect([...ownAreaNames(entries, ['县'], 4)]).toEqual(['溪口']);
  });
});

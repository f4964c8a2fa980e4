/**
 * lev2 (2026-12-07): a hidden 三公 finding rests on two independent signals, unless its one signal is a strong
 * structured fact (data/ledger/three-public-score.json: one word of the 摘要 weighs less than the threshold; a second
 * word, the payee's kind, a class of the books or a fact completes it). Findings are ranked by the summed evidence.
 * Wordings of no fixture.
 */
import { describe, expect, it } from 'vitest';
import { loadLedgerRuleData } from '../rule-data.ts';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums, threePublicSums } from '../testing/three-public-sums.ts';
import { makeThreePublicScorer } from '../three-public-score.ts';
import { threePublicTotals } from './three-public.ts';

const rules = loadLedgerRuleData();
const data = rules.threePublicScore;
const scorer = makeThreePublicScorer(data, rules.threePublic);

describe('the weights as data', () => {
  it('one word is short of the threshold; two words reach it; a plate, a party or a place abroad reaches it alone', () => {
    expect(data.text.word).toBeLessThan(data.threshold);
    expect(data.text.word + data.secondWord.weight).toBeGreaterThanOrEqual(data.threshold);
    expect(data.text.pair).toBe(data.text.word + data.secondWord.weight);
    expect(data.text.weak).toBe(data.text.word + data.secondWord.weight);
    for (const fact of [data.structured.plate, data.structured.party, data.structured.abroad]) expect(fact.weight).toBeGreaterThanOrEqual(data.threshold);
  });
});

describe('one word of the 摘要 alone is no finding', () => {
  it.each([
    ['30299', '接待费', 'reception'],
    ['30299', '因公出国费用结算', 'overseasTravel'],
    ['30299', '车辆年审', 'vehicleOperation'],
    ['30299', '购车款', 'vehiclePurchase'],
  ] as const)('%s %s', (code, summary, c) => {
    expect(oneEntrySums(code, summary, '罗晓燕')[c]).toBe(0);
  });
});

describe('a second signal completes it', () => {
  it('a second word of the category, not the first written again', () => {
    expect(oneEntrySums('30299', '接待费（晚餐）', '罗晓燕').reception).toBe(1000);
    expect(oneEntrySums('30299', '公务用车洗车费', '罗晓燕').vehicleOperation).toBe(1000);
    expect(oneEntrySums('30299', '接待费 接待费', '罗晓燕').reception).toBe(0);
  });
  it('the car and what was paid for it are two facts; the car named twice is one', () => {
    expect(oneEntrySums('30299', '单位皮卡交强险', '罗晓燕').vehicleOperation).toBe(1000);
    expect(scorer.secondWord('单位皮卡交强险', ['交强险'], 'vehicleOperation')).toBe('皮卡');
    expect(scorer.secondWord('公务用车车辆调度', ['公务用车'], 'vehicleOperation')).toBeUndefined();
    // 车辆 inside the found 车辆维修 is that word; 巡逻车 reaching before it is a car of its own.
    expect(scorer.secondWord('车辆维修', ['车辆维修'], 'vehicleOperation')).toBeUndefined();
    expect(scorer.secondWord('巡逻车辆维修', ['车辆维修'], 'vehicleOperation')).toBe('巡逻车');
  });
  it('a restaurant paid: its kind, not its name in the 摘要 as a second word', () => {
    expect(oneEntrySums('30299', '接待费', '县桂香楼饭庄').reception).toBe(1000);
    expect(scorer.secondWord('接待费（付县桂香楼饭庄）', ['接待费'], 'reception')).toBeUndefined();
  });
  it('a car bought under a capital class; the same words under another class are one signal', () => {
    expect(oneEntrySums('31002', '购置公务用车一台', '罗晓燕').vehiclePurchase).toBe(1000);
    expect(oneEntrySums('30299', '购置公务用车一台', '罗晓燕').vehiclePurchase).toBe(0);
  });
  it('a word of a trip abroad booked as a journey (差旅费)', () => {
    expect(oneEntrySums('30211', '境外培训费用', '罗晓燕').overseasTravel).toBe(1000);
    expect(oneEntrySums('30299', '境外培训费用', '罗晓燕').overseasTravel).toBe(0);
  });
  it('a purchase tax paid to a tax office, a registration paid to the 车管所', () => {
    expect(oneEntrySums('30299', '车辆购置税', '国家税务总局江华瑶族自治县税务局').vehiclePurchase).toBe(1000);
    expect(oneEntrySums('30299', '车辆购置税', '罗晓燕').vehiclePurchase).toBe(0);
    expect(oneEntrySums('30299', '新车上牌', '江华县公安局交通警察大队车辆管理所').vehiclePurchase).toBe(1000);
  });
});

describe('a payee abroad', () => {
  it('a school abroad paid under 培训费 is a course abroad; the same bill under 办公费, or a course about that country at home, is not', () => {
    expect(oneEntrySums('30216', '领导力课程学费', '日本筑波大学研修中心').overseasTravel).toBe(1000);
    expect(oneEntrySums('30201', '领导力课程学费', '日本筑波大学研修中心').overseasTravel).toBe(0);
    expect(oneEntrySums('30216', '日本职业教育经验专题课程', '县职业教育中心').overseasTravel).toBe(0);
  });
});

describe('a strong fact needs no second signal', () => {
  it('a visiting party named with its size, a plate on a repair', () => {
    expect(oneEntrySums('30299', '市档案馆指导组一行3人', '罗晓燕').reception).toBe(0);
    expect(oneEntrySums('30299', '接待费（市档案馆指导组一行3人）', '罗晓燕').reception).toBe(1000);
    expect(oneEntrySums('30299', '湘M·2J7Q5 更换刹车片', '罗晓燕').vehicleOperation).toBe(1000);
  });
});

describe('a refund is never a finding of its own', () => {
  it('one word ties it to the bill it returns', () => {
    const bill = entry({ economicCode: '30299', summary: '接待费（晚餐）', payee: '罗晓燕', amount: 2_000 });
    const refund = entry({ economicCode: '30299', summary: '退回接待费', payee: '', amount: -500, date: '2024-06-30' });
    const sums = threePublicSums([bill, refund]);
    expect(sums.reception).toBe(1_500);
    expect(sums.rows).toEqual([bill.row]);
  });
});

describe('findings ranked by their summed evidence', () => {
  it('the strongest first, a class of the books before the 摘要; equal ones in the ledger’s order', () => {
    const twoWords = entry({ economicCode: '30299', summary: '公务用车洗车费', payee: '罗晓燕' });
    const party = entry({ economicCode: '30299', summary: '接待费（市档案馆指导组一行3人）', payee: '县桂香楼饭庄' });
    const alsoTwoWords = entry({ economicCode: '30299', summary: '接待费（晚餐）', payee: '罗晓燕' });
    const wrongClass = entry({ economicCode: '30217', summary: '公务用车加油费', payee: '中国石化销售股份有限公司湖南永州石油分公司' });
    const { findings } = threePublicTotals([twoWords, party, alsoTwoWords, wrongClass], context());
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual([wrongClass.row, party.row, twoWords.row, alsoTwoWords.row]);
  });
});

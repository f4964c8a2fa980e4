/**
 * Causes read on held-out 32 after it was spent as dev (dev-gwk, a county co-operative federation's 公务卡
 * 消费明细及报销核销对账表; 2026-12-06, sled32), stated in wordings that are not the file's own, each with the look-alike
 * or the event's meal that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../read-ledger-file.ts';
import { oneEntrySums as one, threePublicSums } from '../testing/three-public-sums.ts';

const counted = (s: ReturnType<typeof one>) => [s.reception, s.rows.length];

describe('ledger.three-public: a visit received, named by the kind of visit or by the unit’s own kind of place', () => {
  it('a 视察组/视察团 (人大代表, 政协委员 inspecting) at table is a visiting group like a 检查组', () => {
    expect(counted(one('30299', '市人大代表视察组工作餐', ''))).toEqual([1000, 1]);
    expect(counted(one('30226', '省政协视察团一行晚餐', ''))).toEqual([1000, 1]);
  });

  it('a party written as coming to the unit’s place (来园, 来中心, 前来) to inspect or study is received, whatever the place’s word', () => {
    expect(counted(one('30299', '省供销总社领导来园调研用餐', ''))).toEqual([1000, 1]);
    expect(counted(one('30211', '兄弟单位来中心交流住宿费', '某酒店'))).toEqual([1000, 1]);
    expect(counted(one('30299', '市局督导组来县督查工作餐', ''))).toEqual([1000, 1]);
    expect(counted(one('30299', '省馆专家来我馆指导午餐', ''))).toEqual([1000, 1]);
    expect(counted(one('30211', '兄弟学校来校交流住宿费', '某酒店'))).toEqual([1000, 1]);
  });

  it('来 inside another word, a trip to a place named with 来, and an event’s meal stay silent', () => {
    expect(counted(one('30299', '未来社区建设调研午餐', ''))).toEqual([0, 0]);
    expect(counted(one('30299', '来料加工企业检查午餐', ''))).toEqual([0, 0]);
    expect(counted(one('30211', '往来款项核查出差住宿费', '某酒店'))).toEqual([0, 0]);
    expect(counted(one('30211', '赴来凤县考察住宿费', '某酒店'))).toEqual([0, 0]);
    // A place whose name begins with 来 (来凤县, 来安县, its short name 来凤) written without a verb of going: the unit's
    // own people there, no party come to the unit. (来宾市 is read through 来宾, guests, an older word of the list.)
    expect(counted(one('30211', '来凤县考察学习住宿费', '某酒店'))).toEqual([0, 0]);
    expect(counted(one('30299', '局领导带队来凤县调研午餐', ''))).toEqual([0, 0]);
    expect(counted(one('30211', '来安县交流学习住宿费', '某酒店'))).toEqual([0, 0]);
    expect(counted(one('30299', '来凤考察期间工作餐', ''))).toEqual([0, 0]);
    expect(counted(one('30299', '本年以来督查工作会议午餐', ''))).toEqual([0, 0]);
    // Booked as 会议费 and naming the meeting, the group not written as a party that came: the participants' meal.
    expect(counted(one('30215', '县政协视察组座谈会午餐', '某宾馆'))).toEqual([0, 0]);
  });
});

describe('import: a 公务卡 listing names the party paid as the card’s merchant (商户名称)', () => {
  it('the merchant is the payee (not the cardholder), so a restaurant paid by card under 办公费 is evidence', async () => {
    const csv = [
      '公务卡消费明细',
      '序号,交易日期,持卡人,商户名称,交易类型,交易金额,报销事由,支出功能分类,部门经济分类,支出类型,核销金额,凭证号,记账日期',
      '1,2024-03-02,张立新,某县老街酒楼,消费,860.00,工作餐,2010301 行政运行,30201 办公费,基本支出,860.00,记-4,2024-03-06',
      '2,2024-03-05,王芳,某县文具店,消费,120.00,购打印纸,2010301 行政运行,30201 办公费,基本支出,120.00,记-5,2024-03-08',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'card.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.payee)).toEqual(['某县老街酒楼', '某县文具店']);
    const sums = threePublicSums(read.entries);
    expect([sums.reception, sums.rows]).toEqual([86_000, [3]]);
  });
});

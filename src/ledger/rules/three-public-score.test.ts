/**
 * lev (2026-12-07): combined evidence of hidden 三公 spending (data/ledger/three-public-score.json) — one case per
 * combination of signals, in wordings of no fixture: structured facts, the payee's kind by the shape of its name, the
 * 摘要's reading, and the ranked negative words.
 */
import { describe, expect, it } from 'vitest';
import { loadLedgerRuleData } from '../rule-data.ts';
import { entry } from '../testing/fixtures.ts';
import { oneEntrySums, threePublicSums } from '../testing/three-public-sums.ts';
import { makeThreePublicScorer } from '../three-public-score.ts';

const rules = loadLedgerRuleData();
const scorer = makeThreePublicScorer(rules.threePublicScore, rules.threePublic);

describe('payee kind by the shape of its name', () => {
  it.each([
    ['澧水源生态农庄有限公司', 'catering'],
    ['县枫林大酒店（普通合伙）', 'catering'],
    ['中国石油化工股份有限公司湖南常德石油分公司', 'fuel'],
    ['中国人民财产保险股份有限公司石门支公司', 'insurer'],
    ['石门县顺驰汽车维修服务有限公司', 'vehicleService'],
    ['县中青国际旅行社有限责任公司', 'travelAgency'],
    ['石门县自然资源局', 'publicBody'],
  ])('%s is %s', (name, kind) => {
    expect(scorer.payeeKind(name)?.kind).toBe(kind);
  });
  it.each([
    // The trade word does not end the name: an association of the trade, a school teaching it.
    ['县餐饮行业协会', 'publicBody'],
    ['县汽修技工学校', 'publicBody'],
  ])('%s is %s, not its trade', (name, kind) => {
    expect(scorer.payeeKind(name)?.kind).toBe(kind);
  });
  it('a claimant’s name is no kind', () => {
    expect(scorer.payeeKind('覃雪梅')).toBeUndefined();
  });
});

describe('scores: the text reading is the tie-breaker', () => {
  const score = (text: string, payee: string, payeeIsTrader: boolean, c: 'reception' | 'vehicleOperation', reading: 'word' | 'purpose' | 'facts') =>
    scorer.score({ text, payee, payeeIsTrader, c, reading });
  it('a purpose word alone does not reach the threshold; with a restaurant paid, or a visiting party, it does', () => {
    expect(score('午饭', '覃雪梅', false, 'reception', 'purpose').clears).toBe(false);
    expect(score('午饭', '县澧兰饭庄', true, 'reception', 'purpose').clears).toBe(true);
    expect(score('州林业局核查组一行4人午饭', '覃雪梅', false, 'reception', 'purpose').clears).toBe(true);
  });
  it('a 公函 adds to a reading, less than a fact', () => {
    const withLetter = score('凭县政协接待函 午饭', '覃雪梅', false, 'reception', 'purpose');
    const bare = score('午饭', '覃雪梅', false, 'reception', 'purpose');
    expect(withLetter.total - bare.total).toBeGreaterThan(0);
    expect(withLetter.total - bare.total).toBeLessThan(rules.threePublicScore.structured.party.weight);
  });
  it('a public body paid counts against a word of hospitality', () => {
    // With a restaurant the word clears; a public body paid takes a point where a claimant takes none.
    expect(score('公务接待费', '石门县澧兰饭庄', true, 'reception', 'word').clears).toBe(true);
    expect(score('公务接待费', '石门县自然资源局', true, 'reception', 'word').total).toBeLessThan(score('公务接待费', '覃雪梅', false, 'reception', 'word').total);
  });
});

describe('two facts and no word', () => {
  it('a plated car’s bill from a garage is the car’s running cost; the garage alone or the plate alone is not', () => {
    expect(oneEntrySums('30299', '赣K·3M827 结算单第118号', '樟树市顺达汽车修理厂').vehicleOperation).toBe(1000);
    expect(oneEntrySums('30299', '结算单第118号', '樟树市顺达汽车修理厂').vehicleOperation).toBe(0);
    expect(oneEntrySums('30299', '赣K·3M827 结算单第118号', '覃雪梅').vehicleOperation).toBe(0);
  });
  it('a visiting party’s bill from a farm restaurant is hospitality; under 会议费 or with 会议 named it is the meeting’s', () => {
    expect(oneEntrySums('30299', '省林业局调研组一行4人', '澧水源生态农庄有限公司').reception).toBe(1000);
    expect(oneEntrySums('30215', '省林业局调研组一行4人', '澧水源生态农庄有限公司').reception).toBe(0);
    expect(oneEntrySums('30299', '省林业局调研组一行4人 座谈会议', '澧水源生态农庄有限公司').reception).toBe(0);
  });
  it('a plated car’s bill from a dealer under a capital class is a purchase', () => {
    const sums = oneEntrySums('31002', '赣K·3M827 合同尾款', '樟树市顺达汽车销售服务有限公司');
    expect(sums.vehiclePurchase).toBe(1000);
    expect(sums.vehicleOperation).toBe(0);
  });
});

describe('ranked negative words', () => {
  it('a plate outranks an audit named as the errand (an activity noun no list holds beside a plate)', () => {
    expect(oneEntrySums('30299', '财务审计下乡 湘K·5G203 加油').vehicleOperation).toBe(1000);
  });
  it('a visiting party with its size outranks the audit it came for', () => {
    expect(oneEntrySums('30299', '市审计局审计组一行5人决算审计期间工作餐').reception).toBe(1000);
  });
  it('an audit with no fact beside it outranks the words: a weak word and a meal stay out', () => {
    expect(oneEntrySums('30299', '决算审计 接待 工作餐').reception).toBe(0);
  });
  it('a word naming the vehicle (hired, a lorry) or the car by its use outranks a plate', () => {
    expect(oneEntrySums('30299', '租用货车（湘K·8F112）运送救灾物资 燃油').vehicleOperation).toBe(0);
    expect(oneEntrySums('30299', '湘K·5G203 加油（财务审计用车）').vehicleOperation).toBe(0);
  });
  it('a word naming the people fed outranks a visiting party', () => {
    expect(oneEntrySums('30299', '省评估组一行3人及参训学员午餐').reception).toBe(0);
  });
  it('without the topic ranks the audit silences the plate', () => {
    const data = { ...rules.threePublicScore, negative: { ...rules.threePublicScore.negative, topicShapes: [] } };
    const strict = makeThreePublicScorer(data, rules.threePublic);
    expect(strict.outranks('财务审计下乡 湘K·5G203 加油', 'vehicleOperation', ['财务审计'])).toBeUndefined();
    expect(scorer.outranks('财务审计下乡 湘K·5G203 加油', 'vehicleOperation', ['财务审计'])?.signal).toBe('plate');
  });
});

describe('the gate takes the best reading, and a trader’s name names no party', () => {
  it('a purpose word at a payee of no recognised kind falls short, the 摘要’s own words still count', () => {
    expect(oneEntrySums('30299', '公务用车年度检测费', '县联运机动车检测场').vehicleOperation).toBe(1000);
  });
  it('a visitor word inside a hotel’s name is no visiting party', () => {
    expect(oneEntrySums('30299', '县来宾楼宾馆外墙清洗').reception).toBe(0);
    expect(scorer.structured('县来宾楼宾馆外墙清洗', 'reception')).toEqual([]);
  });
});

describe('a payee whose trade sells none of the 三公 items', () => {
  const withoutOtherTrade = () => {
    const data = { ...rules.threePublicScore, payeeKinds: { ...rules.threePublicScore.payeeKinds, kinds: rules.threePublicScore.payeeKinds.kinds.filter((k) => k.kind !== 'otherTrade') } };
    return makeThreePublicScorer(data, rules.threePublic);
  };
  it('a 三公 word in the bill of a consultancy or a printer names the service’s subject', () => {
    const bill = { text: '因公出访审批事项专项核查咨询服务费', payee: '湘北华信工程造价咨询有限公司', payeeIsTrader: true, c: 'overseasTravel' as const, reading: 'word' as const };
    expect(scorer.score(bill).total).toBeLessThan(withoutOtherTrade().score(bill).total);
  });
  it('a plate outranks the trade: the car’s bill from any payee is the car’s', () => {
    expect(scorer.score({ text: '湘K·5G203 维修', payee: '县宏达彩印有限公司', payeeIsTrader: true, c: 'vehicleOperation', reading: 'purpose' }).clears).toBe(true);
  });
  it('a name holding a 三公 trade’s word is not of another trade (汽车电器 repairs cars)', () => {
    expect(scorer.payeeKind('县汽车电器维修部')?.kind).not.toBe('otherTrade');
    expect(scorer.payeeKind('县明远电器维修部')?.kind).toBe('otherTrade');
  });
  it('the 摘要’s subject is no payee of another trade', () => {
    expect(oneEntrySums('30299', '省网信办督查组来县检查网络安全工作晚餐').reception).toBe(1000);
  });
});

describe('booked under a 三公 class, a payee of another trade and a 摘要 naming nothing of it', () => {
  it('is mis-booked and left out; a meal, or a plate, named keeps it counted', () => {
    const service = threePublicSums([entry({ economicCode: '30217', summary: '第三季度服务费', payee: '县云帆网络科技有限公司', amount: 1000 })]);
    expect(service.reception).toBe(0);
    expect(service.rows).toHaveLength(1);
    expect(oneEntrySums('30217', '来宾用餐代订', '县悦达家政服务有限公司').reception).toBe(1000);
    expect(oneEntrySums('30231', '湘K·5G203 车身贴膜', '县墨香图文广告有限公司').vehicleOperation).toBe(1000);
  });
});

describe('a payee of another trade under a 三公 class, the 摘要 naming a thing of the category', () => {
  it('stays counted (a car-mounted terminal’s data fee from a software company)', () => {
    expect(oneEntrySums('30231', '车载定位终端年度流量费', '县北辰信息技术有限公司').vehicleOperation).toBe(1000);
  });
});

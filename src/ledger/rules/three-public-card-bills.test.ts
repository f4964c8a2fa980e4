/**
 * A 公务卡 repayment line names the merchant where the card was used (the bank statement's 商户名称); a restaurant
 * there is a meal bought. Booked under a class of goods a restaurant does not sell (办公费, 印刷费 …) with nothing else
 * said, it is hidden hospitality — not under a class that explains a meal (差旅费), the staff's own (工会经费) or the
 * catch-all 其他商品和服务支出, not when a word explains it, nor when the merchant's trade is not only dining (宾馆:
 * lodging). data/ledger/three-public.json
 * (genericPayees.cardBillWords, categories.reception.cardMerchant).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';

const run = (entries: Parameters<typeof threePublicTotals>[0]) => {
  const { totals, findings } = threePublicTotals(entries, context());
  return { reception: totals.booked.reception + totals.hidden.reception, rows: findings.map((f) => f.evidence[0]!.line), messages: findings.map((f) => f.message) };
};

describe('三公: a restaurant named in a 公务卡 repayment', () => {
  it('counts a 土菜馆 bill repaid on the card under 办公费, the cardholder as payee', () => {
    const bill = entry({ economicCode: '30201', summary: '公务卡还款-王海涛-栗山人家土菜馆', payee: '王海涛', amount: 162_800 });
    const r = run([bill]);
    expect(r.reception).toBe(162_800);
    expect(r.rows).toEqual([bill.row]);
    expect(r.messages[0]).toContain('公务卡');
  });

  it('counts it worded otherwise: the merchant in brackets, 公务卡报销, under 印刷费; or the restaurant as payee', () => {
    const bracketed = entry({ economicCode: '30202', summary: '公务卡报销（县聚福楼酒家）', payee: '公务卡', amount: 98_000 });
    const asPayee = entry({ economicCode: '30201', summary: '公务卡还款', payee: '县河畔饭庄', amount: 45_600 });
    const r = run([bracketed, asPayee]);
    expect(r.reception).toBe(98_000 + 45_600);
    expect(r.rows).toEqual([bracketed.row, asPayee.row]);
  });

  it('stays silent on look-alikes: a hotel on a trip, a canteen, a hotel under 办公费, a union dinner, another purpose named, the catch-all class', () => {
    const trip = entry({ economicCode: '30211', summary: '公务卡还款-邓志强-长沙 岳麓山宾馆住宿费（差旅）', payee: '邓志强', amount: 68_000 });
    const canteen = entry({ economicCode: '30299', summary: '公务卡还款-杨柳青-机关食堂米面油采购', payee: '杨柳青', amount: 132_000 });
    const hotel = entry({ economicCode: '30201', summary: '公务卡还款-王五-县金桂宾馆', payee: '王五', amount: 30_000 });
    const union = entry({ economicCode: '30228', summary: '公务卡还款-李娟-老街土菜馆', payee: '李娟', amount: 88_000 });
    const other = entry({ economicCode: '30201', summary: '公务卡还款-赵强-县好味饭店 打印纸', payee: '赵强', amount: 12_000 });
    const noCard = entry({ economicCode: '30201', summary: '农家乐消防安全检查宣传资料', payee: '张伟', amount: 5_000 });
    // 其他商品和服务支出 may hold a staff meal the local rules allow: the bare card line there is one fact only.
    const catchAll = entry({ economicCode: '30299', summary: '公务卡还款（县好味饭店）', payee: '公务卡还款', amount: 7_000 });
    const r = run([trip, canteen, hotel, union, other, noCard, catchAll]);
    expect(r.reception).toBe(0);
    expect(r.rows).toEqual([]);
  });
});

describe('三公: a 公务卡 repayment saying the card was used at a restaurant (消费)', () => {
  it('counts it under 其他商品和服务支出, in two wordings', () => {
    const dated = entry({ economicCode: '30299', summary: '公务卡还款 张立军 湘味轩酒楼 5月14日消费', payee: '张立军', amount: 148_600 });
    const swiped = entry({ economicCode: '30299', summary: '公务卡报销-李红-县聚福楼酒家刷卡结账', payee: '公务卡', amount: 66_000 });
    const r = run([dated, swiped]);
    expect(r.reception).toBe(148_600 + 66_000);
    expect(r.rows).toEqual([dated.row, swiped.row]);
    expect(r.messages[0]).toContain('消费');
  });

  it('stays silent on look-alikes: a course’s meal, 消费帮扶 at a 农家乐, the card word 公务卡消费 alone, the staff’s dinner', () => {
    const course = entry({ economicCode: '30299', summary: '公务卡还款 王芳 湘味轩酒楼 5月20日消费（业务培训班）', payee: '王芳', amount: 52_000 });
    const help = entry({ economicCode: '30299', summary: '公务卡还款 刘洋 山里人家农家乐 消费帮扶农副产品', payee: '刘洋', amount: 30_000 });
    const cardWord = entry({ economicCode: '30299', summary: '公务卡消费（县好味饭店）', payee: '公务卡', amount: 7_000 });
    const staff = entry({ economicCode: '30299', summary: '公务卡还款 陈静 湘味轩酒楼 职工聚会消费', payee: '陈静', amount: 40_000 });
    const r = run([course, help, cardWord, staff]);
    expect(r.reception).toBe(0);
    expect(r.rows).toEqual([]);
  });
});

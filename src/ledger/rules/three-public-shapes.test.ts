/**
 * 三公 detection on the shapes a new export may take (sled40, 2026-12-06): the class written by name only or inside a
 * 科目 path, vehicle purchase classes, travel abroad under 差旅费, refunds and red ink per category, and 调账 between
 * classes. Invented data; each case states the totals a reviewer would reach by hand.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../read-ledger-file.ts';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums as one, threePublicSums as sums } from '../testing/three-public-sums.ts';
import { threePublicTotals } from './three-public.ts';

const read = (csv: string) => readLedgerFile(new TextEncoder().encode(csv), 'shapes.csv', { fiscalYear: 2024 });

describe('a 三公 class written by name only', () => {
  it('reads informal names of the four classes and a name cut short, and counts the bills under them', async () => {
    const file = await read(
      '凭证日期,凭证号,摘要,功能分类,经济分类,借方金额\n' +
        '2024-04-08,记-1,接待市局调研组工作餐,2011301,接待费,860.00\n' +
        '2024-04-09,记-2,公务用车加油,2011301,公车运行维护费,120.00\n' +
        '2024-04-10,记-3,赴新加坡考察机票,2011301,出国费,9000.00\n' +
        '2024-04-11,记-4,公务用车保养,2011301,公务用车运行维护,300.00\n' +
        '2024-04-12,记-5,购置公务用车一辆,2011301,公务用车购置费,150000.00\n' +
        '2024-04-13,记-6,接待省厅检查组工作餐,2011301,商品和服务支出—公务接待,640.00\n',
    );
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => e.economicCode)).toEqual(['30217', '30231', '30212', '30231', '31013', '30217']);
    const { totals, findings } = threePublicTotals(file.entries, context());
    expect(totals.booked).toEqual({ reception: 150_000, overseasTravel: 900_000, vehicleOperation: 42_000, vehiclePurchase: 15_000_000 });
    expect(findings).toEqual([]);
  });

  it('keeps a cut that begins several classes’ names, or a short one, as written', async () => {
    const file = await read('凭证日期,凭证号,摘要,功能分类,经济分类,借方金额\n2024-04-08,记-1,公务用车加油,2011301,公务用车,120.00\n2024-04-09,记-2,购买办公用品,2011301,办公,80.00\n');
    expect(file.entries.map((e) => e.economicCode)).toEqual(['公务用车', '办公']);
  });
});

describe('a 三公 class inside a 科目 path', () => {
  it('takes the class from the account’s last level, by name or by code', async () => {
    const file = await read(
      '凭证日期,凭证号,摘要,会计科目,功能分类,借方金额\n' +
        '2024-04-08,记-1,接待市局调研组工作餐,行政支出—财政拨款支出—基本支出—商品和服务支出—公务接待费,2011301 行政运行,860.00\n' +
        '2024-04-09,记-2,公务用车加油,7101010130231 行政支出-基本支出-公务用车运行维护费,2011301 行政运行,120.00\n' +
        '2024-04-10,记-3,购置执法执勤用车,71010201031013,2011301 行政运行,150000.00\n',
    );
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => e.economicCode)).toEqual(['30217', '30231', '31013']);
  });
});

describe('公务用车购置 (30913/31013) and running costs', () => {
  it('counts a purchase under either purchase class; a car bought under 办公设备购置 from a dealer is a hidden purchase', () => {
    expect(one('31013', '购置公务用车（新能源轿车）', '').vehiclePurchase).toBe(1000);
    expect(one('30913', '购置执法执勤用车', '').vehiclePurchase).toBe(1000);
    const dealer = one('31002', '购置越野车一辆（执法执勤）', '县顺达汽车销售公司');
    expect([dealer.vehiclePurchase, dealer.rows.length]).toEqual([1000, 1]);
  });

  it('a car’s insurance booked under the purchase class is running cost, flagged; the purchase tax stays a purchase', () => {
    const insurance = one('31013', '公务用车保险', '');
    expect([insurance.vehicleOperation, insurance.vehiclePurchase, insurance.rows.length]).toEqual([1000, 0, 1]);
    const firstYear = one('31013', '购置公务用车（含首年保险）', '');
    expect([firstYear.vehiclePurchase, firstYear.rows.length]).toEqual([1000, 0]);
    const tax = one('31013', '公务用车车辆购置税', '');
    expect([tax.vehiclePurchase, tax.rows.length]).toEqual([1000, 0]);
  });

  it('staff insurance and a safe are no car’s', () => {
    for (const text of ['职工意外伤害保险', '购置保险柜', '办公楼财产保险']) {
      const got = one('30299', text, '');
      expect([text, got.vehicleOperation, got.rows.length]).toEqual([text, 0, 0]);
    }
  });
});

describe('因公出国（境） under 30212 and under 差旅费 30211', () => {
  it('a trip abroad or to Hong Kong, Macao or Taiwan under 差旅费 is hidden travel abroad; 30212 counts as booked', () => {
    for (const text of ['赴日本东京考察机票', '赴澳门考察交通费', '赴港考察住宿费', '出国考察签证费']) {
      const got = one('30211', text, '');
      expect([text, got.overseasTravel, got.rows.length]).toEqual([text, 1000, 1]);
    }
    expect(one('30212', '赴新加坡考察机票', '').overseasTravel).toBe(1000);
  });

  it('domestic places that begin like a place abroad stay ordinary travel', () => {
    for (const text of ['赴日喀则对口支援差旅费', '赴台州学习考察差旅费', '赴港口码头调研差旅费']) {
      const got = one('30211', text, '');
      expect([text, got.overseasTravel, got.rows.length]).toEqual([text, 0, 0]);
    }
  });
});

describe('refunds and red ink net within their category', () => {
  it('a restaurant’s refund nets the hidden meal, not the hidden fuel of the same class and project', () => {
    const meal = entry({ economicCode: '30299', summary: '市调研组工作餐', payee: '县福满楼酒家', amount: 100_000, projectCode: 'P1' });
    const fuel = entry({ economicCode: '30299', summary: '湘A12345加油', payee: '县城南加油站', amount: 50_000, projectCode: 'P1' });
    const refund = entry({ economicCode: '30299', summary: '退回多付餐费', payee: '县福满楼酒家', amount: -20_000, projectCode: 'P1', date: '2024-04-01' });
    const got = sums([meal, fuel, refund]);
    expect([got.reception, got.vehicleOperation]).toEqual([80_000, 50_000]);
  });

  it('red ink of a duplicated hidden trip abroad nets the trip; a booked refund nets its class', () => {
    const trip = entry({ economicCode: '30211', summary: '赴日本考察机票', amount: 700_000, date: '2024-03-10' });
    const twice = entry({ economicCode: '30211', summary: '赴日本考察机票', amount: 700_000, date: '2024-03-12' });
    const red = entry({ economicCode: '30211', summary: '冲销重复报销的赴日本考察机票', amount: -700_000, date: '2024-03-20' });
    const repair = entry({ economicCode: '30231', summary: '公务用车维修', amount: 80_000 });
    const back = entry({ economicCode: '30231', summary: '退回维修款', amount: -10_000, date: '2024-05-01' });
    const got = sums([trip, twice, red, repair, back]);
    expect([got.overseasTravel, got.vehicleOperation, got.reception]).toEqual([700_000, 70_000, 0]);
  });
});

describe('调账 moving amounts between classes', () => {
  it('a bill moved from one 三公 class to another counts once, in the class moved to, and is not flagged', () => {
    const wrong = entry({ economicCode: '30217', summary: '公务用车加油', amount: 30_000 });
    const into = entry({ economicCode: '30231', summary: '调账：公务用车加油误记接待费', amount: 30_000, voucher: '转-1', date: '2024-06-30' });
    const out = entry({ economicCode: '30217', summary: '调账：公务用车加油误记接待费', amount: -30_000, voucher: '转-1', date: '2024-06-30' });
    const got = sums([wrong, into, out]);
    expect([got.vehicleOperation, got.reception, got.rows]).toEqual([30_000, 0, []]);
  });

  it('a meeting’s meal moved out of 公务接待费 leaves nothing in it', () => {
    const meal = entry({ economicCode: '30217', summary: '全县工作会议午餐', amount: 40_000 });
    const into = entry({ economicCode: '30215', summary: '调账：会议餐费误记接待费', amount: 40_000, voucher: '转-2', date: '2024-06-30' });
    const out = entry({ economicCode: '30217', summary: '调账：会议餐费误记接待费', amount: -40_000, voucher: '转-2', date: '2024-06-30' });
    expect(sums([meal, into, out]).reception).toBe(0);
  });

  it('a hidden bill moved into the class, in a later month, whole or in part, counts once', () => {
    const fuel = entry({ economicCode: '30201', summary: '湘A12345加油', payee: '县城南加油站', amount: 35_000, date: '2024-03-10' });
    const into = entry({ economicCode: '30231', summary: '调整3月加油费科目', amount: 35_000, voucher: '转-1', date: '2024-12-20' });
    const out = entry({ economicCode: '30201', summary: '调整3月加油费科目', amount: -35_000, voucher: '转-1', date: '2024-12-20' });
    expect(sums([fuel, into, out]).vehicleOperation).toBe(35_000);
    const meal = entry({ economicCode: '30299', summary: '省检查组工作餐', payee: '县福满楼酒家', amount: 60_000 });
    const part = '调账：省检查组工作餐部分转列公务接待费';
    const partIn = entry({ economicCode: '30217', summary: part, amount: 20_000, voucher: '转-4', date: '2024-07-30' });
    const partOut = entry({ economicCode: '30299', summary: part, amount: -20_000, voucher: '转-4', date: '2024-07-30' });
    expect(sums([meal, partIn, partOut]).reception).toBe(60_000);
  });
});

describe('a higher body’s working group not in the list of group words', () => {
  it('a level, a kind of official work and 组 or 团, fed by the unit, is a visiting group', () => {
    for (const text of ['省级复核组工作餐', '市级抽查组工作餐', '省作协慰问团午餐', '市督办组工作餐', '省委宣传部联络组晚餐']) {
      const got = one('30299', text, '');
      expect([text, got.reception, got.rows.length]).toEqual([text, 1000, 1]);
    }
  });

  it('the unit’s own teams and troupes, a market or a city’s name, and a meeting’s meal stay silent', () => {
    for (const [code, text] of [
      ['30299', '合唱团排练晚餐'],
      ['30299', '本局检查组下乡午餐'],
      ['30299', '市场监管执法检查组下乡午餐'],
      ['30299', '组织全市文艺家采风团伙食补助'],
      ['30215', '全县文化工作会议午餐（市督办组及各乡镇）'],
    ] as const) {
      const got = one(code, text, '');
      expect([text, got.reception, got.rows.length]).toEqual([text, 0, 0]);
    }
  });
});

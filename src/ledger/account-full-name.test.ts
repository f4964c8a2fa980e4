/**
 * An export that prints the account's name as its full path under 科目全名 or 科目全称 beside the 科目编码
 * (金蝶云星空's 凭证查询: 7101.01.01 | 行政支出_财政拨款支出_基本支出) states the nature there: the path's 明细科目
 * 基本支出/项目支出 (data/ledger/header-synonyms.json account; classification.json accountClasses.natureInAccount).
 * After held-out 47 spent as dev-yxkpz: without it both natures were inferred from the project cell, and a project's
 * entry booked on 基本支出 (or a 项目支出 line with no project) was not seen.
 */
import { describe, expect, it } from 'vitest';
import { checkLedger } from './check-ledger.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { context } from './testing/fixtures.ts';

const read = (nameHeader: string) => {
  const header = ['日期', '凭证号', '摘要', '科目编码', nameHeader, '功能科目', '经济科目', '项目编码', '项目名称', '金额'];
  const lines = [
    ['2024-02-05', '记-1', '2月办公用品', '7101.01.01', '行政支出_财政拨款支出_基本支出', '2010301 行政运行', '30201 办公费', '', '', '860.00'],
    ['2024-03-11', '记-4', '档案管理系统服务器维保', '7101.01.01', '行政支出_财政拨款支出_基本支出', '2010302 一般行政管理事务', '30213 维修（护）费', 'DA2024-02', '档案管理系统运维', '7200.00'],
    ['2024-04-09', '记-2', '档案管理系统运维服务费', '7101.01.02', '行政支出_财政拨款支出_项目支出', '2010302 一般行政管理事务', '30227 委托业务费', 'DA2024-02', '档案管理系统运维', '15000.00'],
    ['2024-05-20', '记-6', '5月机关电话费', '7101.01.02', '行政支出_财政拨款支出_项目支出', '2010301 行政运行', '30207 邮电费', '', '', '1320.00'],
  ];
  return readLedgerFile(new TextEncoder().encode(`${[header, ...lines].map((l) => l.join(',')).join('\n')}\n`), 'pzcx.csv', { fiscalYear: 2024 });
};

describe('the account’s full name (科目全名, 科目全称) beside its code', () => {
  for (const nameHeader of ['科目全名', '科目全称']) {
    it(`reads the nature from the 明细科目 of the path under ${nameHeader}`, async () => {
      const { entries, errors } = await read(nameHeader);
      expect(errors).toEqual([]);
      expect(entries.map((e) => [e.voucher, e.nature, e.natureSource])).toEqual([
        ['记-1', 'basic', 'account'],
        ['记-4', 'basic', 'account'],
        ['记-2', 'project', 'account'],
        ['记-6', 'project', 'account'],
      ]);
      // The project's upkeep booked on 基本支出 and the 项目支出 line with no project contradict their accounts.
      const report = checkLedger(entries, context());
      const flagged = report.flagged.filter((f) => f.rules.includes('ledger.nature-inconsistent')).map((f) => f.entry.voucher);
      expect(flagged.sort()).toEqual(['记-4', '记-6']);
    });
  }
});

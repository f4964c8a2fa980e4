/**
 * Rows of a register that are no cards, beside the cards they belong to (invented rows): a spreadsheet's 分类汇总 row
 * 「<组名> 汇总」 is a total; a 附属设备 sub-row (no number, a tree mark or a 附属设备： label, no class code, no date)
 * belongs to the card above and is never added to its 原值; a row without a number and without such a mark is still a
 * card missing its number. Two-part status words (在用-出租, 闲置-待调剂, 待处置(报废)) are read by their main part.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, importLedger, loadAssetConfig } from './index.ts';
import { STATED_STATUS } from './ledger-import.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const HEAD = ['资产编号', '资产名称', '分类代码', '分类名称', '规格型号', '数量', '计量单位', '原值', '取得日期', '使用状况'];
const card = (n: string, name: string, value: string, status = '在用'): string[] => [n, name, 'A02010105', '台式计算机', '', '1', '台', value, '2021-03-18', status];

describe('register rows that belong to cards', () => {
  it('skips 分类汇总 rows as totals and keeps a card whose own name ends in 汇总', () => {
    const result = importLedger(
      [HEAD, card('A-1', '台式计算机', '5000'), ['', '', '', '台式计算机 汇总', '', '1', '', '5000', '', ''], card('A-2', '数据汇总', '3000'), ['', '', '', '总计', '', '2', '', '8000', '', '']],
      { config, classes },
    );
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.assetNumber)).toEqual(['A-1', 'A-2']);
    expect(result.skipped?.total).toBe(2);
  });

  it('attaches 附属设备 sub-rows to the card above without adding their amount, and refuses an unmarked row without a number', () => {
    const sub = (name: string, value: string) => ['', name, '', '', 'X1', '1', '台', value, '', ''];
    const result = importLedger([HEAD, card('A-1', 'CT', '100000'), sub('　└附属设备：UPS电源', '8000'), sub('附件：工作站', '2000'), card('A-2', '服务器', '30000')], {
      config,
      classes,
    });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.originalValue])).toEqual([
      ['A-1', 10_000_000],
      ['A-2', 3_000_000],
    ]);
    expect(result.assets[0]?.extra?.附属设备).toBe('UPS电源 X1 1台 8000.00元；工作站 X1 1台 2000.00元');
    expect(result.skipped?.attachment).toBe(2);
    const refused = importLedger([HEAD, card('A-1', 'CT', '100000'), sub('UPS电源', '8000')], { config, classes });
    expect(refused.errors.map((e) => [e.row, e.field])).toContainEqual([3, 'assetNumber']);
    // A marked row under no card (the first row) is not attached to anything: refused too.
    const orphan = importLedger([HEAD, sub('└附属设备：UPS电源', '8000'), card('A-1', 'CT', '100000')], { config, classes });
    expect(orphan.errors.map((e) => [e.row, e.field])).toContainEqual([2, 'assetNumber']);
  });

  it('reads two-part status words by their main part and keeps the word', () => {
    const result = importLedger(
      [HEAD, card('A-1', 'a', '5000', '在用-出租'), card('A-2', 'b', '5000', '闲置-待调剂'), card('A-3', 'c', '5000', '待处置(报废)'), card('A-4', 'd', '5000', '丢失-不明')],
      { config, classes, today: '2026-12-06' },
    );
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.status)).toEqual(['in-use', 'idle', 'pending-scrap', 'in-use']);
    expect(result.assets.map((a) => a.extra?.[STATED_STATUS])).toEqual(['在用-出租', '闲置-待调剂', '待处置(报废)', '丢失-不明']);
    // A word whose parts are in no group stays unmapped (warned), not read by a guess.
    expect(result.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toHaveLength(1);
  });
});

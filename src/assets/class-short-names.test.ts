/**
 * Short class names (data/assets/class-short-names.json): a register's 分类名称 台式机 or 笔记本电脑 gets the code
 * GB/T 14885 gives 台式计算机 / 便携式计算机; an exact table name still wins; a name the table reads more than one
 * way (空调, 电脑) keeps the marked gap. Every listed entry cites a row the shipped table has, by code and name.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, importLedger, loadAssetConfig } from './index.ts';
import { classNameKey, classShortNames, shortNameCodes } from './class-short-names.ts';
import { MISSING_CLASS_CODE } from './ledger-import.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const HEAD = ['资产编号', '资产名称', '资产类别', '原值', '取得日期'];
const card = (n: number, className: string) => [`A-${n}`, '设备', className, '5000', '2021-03-18'];

describe('short class names', () => {
  it('reads the short names registers write as the code the table gives, and leaves ambiguous ones to a person', () => {
    const names = ['台式机', '笔记本电脑', ' 台式 电脑 ', 'ups', '打印机', '办公桌', '沙发', '电视机', '空调', '电脑', '椅子', '台式机子'];
    const result = importLedger([HEAD, ...names.map((n, i) => card(i + 1, n))], { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.className, a.classCode, a.extra?.[MISSING_CLASS_CODE] ?? null])).toEqual([
      ['台式机', 'A02010105', null],
      ['笔记本电脑', 'A02010108', null],
      ['台式 电脑', 'A02010105', null],
      ['ups', 'A02061504', null],
      // exact names of the table, as before
      ['打印机', 'A02021000', null],
      ['办公桌', 'A05010201', null],
      // 沙发类, 普通电视设备（电视机） in the table
      ['沙发', 'A05010400', null],
      ['电视机', 'A02091001', null],
      // more than one reading, or not a listed name: the marked gap
      ['空调', '', '空调'],
      ['电脑', '', '电脑'],
      ['椅子', '', '椅子'],
      ['台式机子', '', '台式机子'],
    ]);
  });

  it('cites, for every short name, a row of the shipped GB/T 14885 table by its code and name, and no table name', () => {
    const { names, notMapped } = classShortNames();
    expect(names.length).toBeGreaterThan(10);
    for (const s of names) {
      expect(classes.entries.get(s.code)?.name, `${s.name} → ${s.code}`).toBe(s.standard);
      const sameName = [...classes.entries.values()].filter((e) => classNameKey(e.name) === classNameKey(s.name));
      expect(sameName, `${s.name} is itself a table name: the table decides`).toEqual([]);
    }
    expect(shortNameCodes(classes.entries).size).toBe(names.length);
    expect(notMapped).toContain('空调');
  });

  it('drops a short name whose cited row the table lacks or names otherwise (to the marked gap)', () => {
    const renamed = new Map(classes.entries);
    renamed.set('A02010105', { ...classes.entries.get('A02010105')!, name: '台式电子计算机' });
    const codes = shortNameCodes(renamed);
    expect(codes.has(classNameKey('台式机'))).toBe(false);
    expect(codes.get(classNameKey('笔记本电脑'))).toBe('A02010108');
  });
});

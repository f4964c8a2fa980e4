/**
 * The general pieces blind pair 15 (test/fixtures/exports/blind-2026-12-06l) brought, each stated by its own rows: header
 * units in any bracket style, a 数量 carrying its unit, month-only dates, and a card's continuation rows.
 */
import { describe, expect, it } from 'vitest';
import { headerUnitOf, monthOnlyDate, normaliseHeader, quantityWithUnit } from './ledger-columns.ts';
import { assetClasses, importLedger, loadAssetConfig } from './index.ts';
import { RULE_MONTH_ONLY_DATE } from './register-checks.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);

describe('header units in any bracket style', () => {
  it('drops the unit from the name and reads a money unit', () => {
    for (const h of ['原值（元）', '原值(元)', '原值[元]', '原值［元］', '原值【元】', '原值〔元〕', '原值／元', '原值/元', '原值（单位：元）']) {
      expect(normaliseHeader(h), h).toBe('原值');
    }
    expect(headerUnitOf('累计折旧[万元]')).toBe('万元');
    expect(headerUnitOf('原值【千元】')).toBe('千元');
    expect(headerUnitOf('原值')).toBeUndefined();
    // A slash that is not before a unit stays part of the name.
    expect(normaliseHeader('使用人/保管人')).toBe('使用人/保管人');
    expect(normaliseHeader('数量/面积')).toBe('数量/面积');
  });
});

describe('数量 with its unit and month-only dates', () => {
  it('splits 5台 and reads 2019年6月 as the first of the month', () => {
    expect(quantityWithUnit('5台')).toEqual({ quantity: '5', unit: '台' });
    expect(quantityWithUnit('12 组')).toEqual({ quantity: '12', unit: '组' });
    expect(quantityWithUnit('1,865.40㎡')).toEqual({ quantity: '1,865.40', unit: '㎡' });
    expect(quantityWithUnit('５台')).toEqual({ quantity: '5', unit: '台' });
    expect(quantityWithUnit('5')).toBeUndefined();
    expect(quantityWithUnit('台5')).toBeUndefined();
    expect(monthOnlyDate('2019年6月')).toBe('2019-06-01');
    expect(monthOnlyDate('2019-06')).toBe('2019-06-01');
    expect(monthOnlyDate('2019年13月')).toBeUndefined();
    expect(monthOnlyDate('2019年6月5日')).toBeUndefined();
  });
});

describe('a hand-kept register: [元] headers, 5台, month-only dates, continuation rows', () => {
  const HEAD = ['序号', '资产编号', '资产名称', '分类代码', '规格型号', '数量', '取得时间', '累计折旧[元]', '原值[元]', '净值[元]', '使用状况', '备注'];
  const card = (i: string, n: string, spec: string, qty: string, note = ''): string[] =>
    [i, n, '台式计算机', 'A02010105', spec, qty, '2019年6月', '1000.00', '5000.00', '4000.00', '正常使用', note];

  it('reads the amounts by their headers, 数量 with its unit, the month as its first day, and joins a second row to its card', () => {
    const result = importLedger(
      [HEAD, card('1', 'A-1', '联想 M720', '5台', '第一行'), ['', '', '', '', '含显示器', '', '', '', '', '', '', '第二行'], card('2', 'A-2', '', '2套'), ['', '', '设备 分类小计', '', '', '', '', '2000.00', '10000.00', '8000.00', '', '']],
      { config, classes },
    );
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.quantity, a.unit, a.originalValue, a.accumulatedDepreciation, a.acquiredOn])).toEqual([
      ['A-1', 5, '台', 500_000, 100_000, '2019-06-01'],
      ['A-2', 2, '套', 500_000, 100_000, '2019-06-01'],
    ]);
    expect(result.assets[0]?.specification).toBe('联想 M720\n含显示器');
    expect(result.assets[0]?.extra?.备注).toBe('第一行\n第二行');
    expect(result.skipped).toMatchObject({ 'card-continuation': 1, total: 1 });
    expect(result.findings.find((f) => f.rule === RULE_MONTH_ONLY_DATE)?.message).toContain('2 个日期只写到月');
  });

  it('never joins a row with an amount or a name, and a 计量单位 cell wins over the unit in 数量', () => {
    const withAmount = importLedger([HEAD, card('1', 'A-1', 'x', '1台'), ['', '', '', '', '含显示器', '', '', '', '300.00', '', '', '']], { config, classes });
    expect(withAmount.errors.map((e) => [e.row, e.field])).toContainEqual([3, 'assetNumber']);
    const head = [...HEAD, '计量单位'];
    const own = importLedger([head, [...card('1', 'A-1', 'x', '5台'), '套']], { config, classes });
    expect(own.errors).toEqual([]);
    expect([own.assets[0]?.quantity, own.assets[0]?.unit]).toEqual([5, '套']);
  });
});

describe('a register grouped under 部门 rows (blind pair 17, test/fixtures/exports/blind-2026-12-07n)', () => {
  const HEAD = ['序号', '使用部门', '资产编号', '资产名称', '分类代码', '原值', '购置日期', '使用状况'];
  const group = (text: string) => HEAD.map(() => text);
  const card = (n: string, dept = ''): string[] => ['1', dept, n, '台式计算机', 'A02010105', '5000.00', '2020-05-06', '在用'];

  it('gives each card the department of the group row above it when its own cell is empty; the group rows are no cards', () => {
    const result = importLedger(
      [HEAD, group('部门：教务处'), card('A-1'), card('A-2', '信息中心'), ['小计（教务处，2张）', '', '', '', '', '10000.00', '', ''], [], group('科室：[03]总务处'), card('A-3'), group('部门：合计'), card('A-4')],
      { config, classes },
    );
    expect(result.errors).toEqual([]);
    // A card's own 使用部门 wins; a code before the name is dropped; 部门：合计 closes the groups.
    expect(result.assets.map((a) => [a.assetNumber, a.departmentUnit])).toEqual([
      ['A-1', '教务处'],
      ['A-2', '信息中心'],
      ['A-3', '总务处'],
      ['A-4', ''],
    ]);
    expect(result.skipped).toMatchObject({ 'department-group': 2, total: 2 });
  });

  it('ends a group at a plain 合计, 小计 or 总计 row: the cards after it take no department from the group above', () => {
    const total = (label: string) => [label, '', '', '', '', '5000.00', '', ''];
    for (const label of ['合计', '小计', '总计', '合 计', '小计：']) {
      const result = importLedger([HEAD, group('部门：教务处'), card('A-1'), total(label), card('A-2')], { config, classes });
      expect(result.errors, label).toEqual([]);
      expect(
        result.assets.map((a) => [a.assetNumber, a.departmentUnit]),
        label,
      ).toEqual([
        ['A-1', '教务处'],
        ['A-2', ''],
      ]);
      expect(result.skipped, label).toMatchObject({ 'department-group': 1, total: 1 });
    }
  });

  it('ends a group at the next group row, and keeps it over a page total (本页合计) of a printed register', () => {
    const result = importLedger(
      [HEAD, group('部门：教务处'), card('A-1'), ['本页合计', '', '', '', '', '5000.00', '', ''], card('A-2'), group('部门：总务处'), card('A-3'), ['总计', '', '', '', '', '15000.00', '', ''], card('A-4')],
      { config, classes },
    );
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.departmentUnit])).toEqual([
      ['A-1', '教务处'],
      ['A-2', '教务处'],
      ['A-3', '总务处'],
      ['A-4', ''],
    ]);
  });

  it('in a group listed by class (一、通用设备 … 小计 per class), a total closes the class first, the next one the group', () => {
    const total = (label: string) => [label, '', '', '', '', '5000.00', '', ''];
    const result = importLedger(
      [HEAD, group('部门：教务处'), group('一、通用设备'), card('A-1'), total('小计'), group('二、家具、用具'), card('A-2'), total('小计'), total('合计'), card('A-3')],
      { config, classes },
    );
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.departmentUnit])).toEqual([
      ['A-1', '教务处'],
      ['A-2', '教务处'],
      ['A-3', ''],
    ]);
  });

  it('reads the departments from the group rows in a register without a 使用部门 column, so that an update compares them', () => {
    const head = HEAD.filter((h) => h !== '使用部门');
    const row = (n: string) => ['1', n, '台式计算机', 'A02010105', '5000.00', '2020-05-06', '在用'];
    const result = importLedger([head, head.map(() => '部门：办公室'), row('B-1')], { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets[0]?.departmentUnit).toBe('办公室');
    expect(result.fieldsPresent).toContain('departmentUnit');
    // Without group rows, no department is read and none is claimed.
    expect(importLedger([head, row('B-1')], { config, classes }).fieldsPresent).not.toContain('departmentUnit');
  });
});

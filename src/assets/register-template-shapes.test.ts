/**
 * The general pieces added after blind pair 14 (a14, 2026-12-06), on invented rows: a class written as a path of
 * GB/T 14885 names, 累计折旧 beside 累计摊销, an area in 数量, `code-name` drop-down cells, a hint row under the header,
 * a field-key row above it, and a blank 使用状况 read as unknown (not in use).
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, assetIndicators, importLedger, loadAssetConfig, openStocktake } from './index.ts';
import { classPathCode, classPathNames } from './class-path.ts';
import { MISSING_CLASS_CODE, STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { codeNameColumn, isAreaUnit, isFieldKeyRow } from './ledger-columns.ts';
import { RULE_CLASS_FROM_NAME, RULE_UNKNOWN_STATUS, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
import { BLANK_STATUS, UNMAPPED_STATUS } from './types.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);

describe('a class written as a path of GB/T 14885 names', () => {
  it('reads the one row named as the leaf whose parents hold the other names in order', () => {
    expect(classPathNames('房屋和构筑物/房屋/业务用房/教育用房')).toEqual(['房屋和构筑物', '房屋', '业务用房', '教育用房']);
    expect(classPathCode(['房屋和构筑物', '房屋', '业务用房', '教育用房'], classes.entries)).toBe('A01010211');
    // A level left out of the path is allowed; the leaf at level 3 too.
    expect(classPathCode(['设备', '教学仪器'], classes.entries)).toBe('A02102100');
    expect(classPathCode(['无形资产', '信息数据类无形资产', '计算机软件', '应用软件'], classes.entries)).toBe('A08060303');
  });

  it('gives no code for a path the table does not have, or whose parents contradict it; a code or a plain name is no path', () => {
    expect(classPathCode(['家具和用具', '计算机', '台式计算机'], classes.entries)).toBeUndefined();
    expect(classPathCode(['设备', '信息化设备', '计算机', '量子计算机'], classes.entries)).toBeUndefined();
    expect(classPathNames('A02010105')).toBeUndefined();
    expect(classPathNames('台式计算机')).toBeUndefined();
    expect(classPathNames('2024/12/31')).toBeUndefined();
  });

  it('imports a register whose class column holds paths; an unknown path is a marked gap, not a refusal', () => {
    const r = importLedger(
      [
        ['资产编号', '资产名称', '资产分类', '原值', '取得日期'],
        ['S-1', '台式机', '设备/信息化设备/计算机/台式计算机', '5000', '2021-03-18'],
        ['S-2', '怪东西', '设备/信息化设备/计算机/量子计算机', '5000', '2021-03-18'],
      ],
      { config, classes },
    );
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => [a.classCode, a.className, a.extra?.[MISSING_CLASS_CODE]])).toEqual([
      ['A02010105', '台式计算机', undefined],
      ['', '量子计算机', '设备/信息化设备/计算机/量子计算机'],
    ]);
    const f = r.findings.find((x) => x.rule === RULE_CLASS_FROM_NAME);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('第3行');
  });
});

describe('累计折旧 beside 累计摊销', () => {
  const head = ['资产编号', '资产名称', '分类代码', '原值', '累计折旧', '累计摊销', '账面价值', '取得日期'];
  it('the card’s accumulated amount is the sum of the two, each kept by its header; 账面价值 is the net value', () => {
    const r = importLedger(
      [
        head,
        ['S-1', '台式机', 'A02010105', '6000.00', '1000.00', '', '5000.00', '2021-03-18'],
        ['R-1', '财务软件', 'A08060303', '12000.00', '', '3000.50', '8999.50', '2022-01-10'],
        ['T-1', '图书', 'A04010101', '900.00', '', '', '900.00', '2022-01-10'],
      ],
      { config, classes },
    );
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => [a.accumulatedDepreciation, a.netValue, a.extra?.['累计折旧'], a.extra?.['累计摊销']])).toEqual([
      [100_000, 500_000, '1000.00', undefined],
      [300_050, 899_950, undefined, '3000.50'],
      [undefined, 90_000, undefined, undefined],
    ]);
    expect(r.findings.find((f) => f.rule === RULE_VALUE_FROM_PARTS)?.message).toContain('累计折旧、累计摊销分列两栏');
  });

  it('a cell that is not an amount is an error naming its column', () => {
    const r = importLedger([head, ['S-1', '台式机', 'A02010105', '6000', '一千', '', '5000', '2021-03-18']], { config, classes });
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'E 累计折旧', field: 'accumulatedDepreciation' });
  });
});

describe('an area in 数量', () => {
  it('a card counted in an area unit is one item keeping its figure, whole or not', () => {
    expect(['平方米', '㎡', 'M2', '亩'].map(isAreaUnit)).toEqual([true, true, true, true]);
    expect(['台', '册', '栋'].map(isAreaUnit)).toEqual([false, false, false]);
    const r = importLedger(
      [
        ['资产编号', '资产名称', '分类代码', '计量单位', '数量', '原值', '取得日期'],
        ['F-1', '教学楼', 'A01010211', '平方米', '5210', '9000000', '2015-08-15'],
        ['T-1', '图书', 'A04010101', '册', '12860', '385800', '2015-10-12'],
      ],
      { config, classes },
    );
    expect(r.assets.map((a) => [a.quantity, a.extra?.[STATED_QUANTITY]])).toEqual([
      [1, '5210'],
      [12860, undefined],
    ]);
  });
});

describe('code-name drop-down cells', () => {
  it('reads a column written code-name as a whole, with one code length; a name with a dash among plain names is a name', () => {
    const read = codeNameColumn(['1-在用', '4-闲置', '1-在用', ''])!;
    expect(read('3-出借')).toEqual({ code: '3', name: '出借' });
    expect(read('04-经济股')).toBeUndefined();
    expect(codeNameColumn(['办公室', '2-3号楼仓库', '财务股', '审计股'])).toBeUndefined();
    expect(codeNameColumn(['ABC-1', 'ABC-2'])).toBeUndefined();
  });

  it('imports the status, the department and a kept column by their names, each code kept beside', () => {
    const r = importLedger(
      [
        ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用部门', '取得方式', '使用状况'],
        ['S-1', '台式机', 'A02010105', '5000', '2021-03-18', '04-经济责任审计股', '01-新购', '1-在用'],
        ['S-2', '笔记本', 'A02010108', '6000', '2021-03-18', '02-法规审理股', '03-接受捐赠', '3-出借'],
      ],
      { config, classes },
    );
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => [a.departmentUnit, a.status, a.extra])).toEqual([
      ['经济责任审计股', 'in-use', { 取得方式: '新购', '取得方式（代码）': '01', '使用状况（代码）': '1', '使用部门（代码）': '04' }],
      ['法规审理股', 'in-use', { 取得方式: '接受捐赠', '取得方式（代码）': '03', [STATED_STATUS]: '出借', '使用状况（代码）': '3', '使用部门（代码）': '02' }],
    ]);
  });
});

describe('rows around the header of an import template', () => {
  const header = ['*资产编号', '*资产名称', '*资产分类', '*原值(元)', '累计折旧(元)', '*取得日期', '财务入账日期'];
  it('a field-key row above the header and a hint row under it are no cards', () => {
    expect(isFieldKeyRow(['ZCBH', 'ZCMC', 'ZCFL', 'YZ', 'LJZJ', 'QDRQ', 'RZRQ'], header)).toBe(true);
    expect(isFieldKeyRow(['资产清单', '', '', '', '', '', ''], header)).toBe(false);
    const r = importLedger(
      [
        ['ZCBH', 'ZCMC', 'ZCFL', 'YZ', 'LJZJ', 'QDRQ', 'RZRQ'],
        header,
        ['系统生成，勿改', '必填', '下拉选择（代码-名称）', '数字，两位小数', '数字', 'yyyy-mm-dd', 'yyyy-mm-dd，已入账必填'],
        ['S-1', '台式机', 'A02010105', '5000.00', '1000.00', '2021-03-18', '2021-03-25'],
      ],
      { config, classes },
    );
    expect(r.errors).toEqual([]);
    expect(r.skipped).toEqual({ 'field-keys': 1, hints: 1 });
    expect(r.assets.map((a) => a.assetNumber)).toEqual(['S-1']);
  });

  it('a card with unreadable amounts stays a card and its errors are named (a hint row holds no digit, a card’s number has one)', () => {
    const r = importLedger(
      [header, ['S-1', '台式机', 'A02010105', '五千元', '一千', '2021-03-18', '']],
      { config, classes },
    );
    expect(r.errors.map((e) => e.column)).toEqual(['D *原值(元)', 'E 累计折旧(元)']);
    // Amounts and dates all words: still a card, its asset number has a digit; its cells are named, nothing skipped.
    const words = importLedger([header, ['S-1', '台式机', 'A02010105', '待定', '待定', '', '']], { config, classes });
    expect(words.errors.map((e) => e.column)).toEqual(['D *原值(元)', 'E 累计折旧(元)', 'F *取得日期']);
    expect(words.skipped).toEqual({});
  });
});

describe('a blank 使用状况', () => {
  const rows = [
    ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况'],
    ['A-1', '台式计算机', 'A02010105', '5000', '2021-03-18', '在用'],
    ['A-2', '打印机', 'A02021003', '3000', '2021-03-18', ''],
  ];
  it('is unknown, not in use: held, marked like an unrecognised word, one warning naming its rows, not counted as in use', () => {
    const r = importLedger(rows, { config, classes, today: '2026-12-06' });
    expect(r.errors).toEqual([]);
    const blank = r.assets.find((a) => a.assetNumber === 'A-2')!;
    expect(blank).toMatchObject({ status: 'in-use', statusSince: '2026-12-06', extra: { [UNMAPPED_STATUS]: BLANK_STATUS } });
    const warnings = r.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('F 使用状况为空（第3行，1 张卡片）');
    const ind = assetIndicators(r.assets, [], 2026, { inUseStatuses: config.inUseStatuses, activeStatuses: config.activeStatuses });
    expect(ind.utilisation).toMatchObject({ inUseOriginalValue: 500_000, unknownStatus: { count: 1, originalValue: 300_000 } });
    const opened = openStocktake(r.assets, { id: 'PD', fiscalYear: 2026, scope: {}, openedBy: '甲', openedAt: '2026-12-01T00:00:00Z' }, config);
    expect(opened.expected.find((e) => e.assetNumber === 'A-2')?.unmappedStatus).toBe(BLANK_STATUS);
  });

  it('a register without a status column marks nothing', () => {
    const r = importLedger(rows.map((x) => x.slice(0, 5)), { config, classes });
    expect(r.assets.some((a) => a.extra?.[UNMAPPED_STATUS] !== undefined)).toBe(false);
    expect(r.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
  });
});

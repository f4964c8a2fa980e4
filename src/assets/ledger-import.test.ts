import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../reference/spreadsheet.ts';
import { repoPath } from '../reference/paths.ts';
import { assetClasses, checkRegister, importLedger, formatImportError, ledgerRows, loadAssetConfig, memoryAssetStore } from './index.ts';
import { MISSING_CLASS_CODE } from './ledger-import.ts';
import { RULE_CLASS_FROM_NAME, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const fixture = (name: string) => readCsv(readFileSync(repoPath(`test/fixtures/assets/${name}`), 'utf8'));

describe('ledger import', () => {
  it('reads a ledger with a title line, Chinese headers and mixed amount and date styles', () => {
    const result = importLedger(fixture('ledger-small.csv'), { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets).toHaveLength(8);
    const [first, , third, fourth] = result.assets;
    expect(first?.originalValue).toBe(485000);
    expect(third?.originalValue).toBe(1260000);
    expect(third?.acquiredOn).toBe('2021-03-18');
    expect(fourth?.status).toBe('idle');
    expect(fourth?.statusSince).toBe('2022-01-10');
    expect(first?.statusSince, 'status date defaults to the acquisition date').toBe('2020-05-12');
  });

  it('flags, but keeps, a card whose unit value is below the 1000元 threshold', () => {
    const result = importLedger(fixture('ledger-small.csv'), { config, classes });
    const below = result.findings.filter((f) => f.rule === 'asset-below-threshold');
    expect(below).toHaveLength(1);
    expect(below[0]?.message).toContain('ZC2023-0007');
    expect(below[0]?.calculation).toBe('1700.00元 ÷ 2 = 850.00元 < 1000.00元');
    expect(result.assets.some((a) => a.assetNumber === 'ZC2023-0007')).toBe(true);
  });

  it('names every bad row by row and column, and returns nothing to write', () => {
    const result = importLedger(fixture('ledger-bad.csv'), { config, classes });
    expect(result.assets, 'a failed import yields no cards at all').toEqual([]);
    const lines = result.errors.map(formatImportError);
    expect(lines).toEqual([
      expect.stringMatching(/^第3行 C 分类代码「A99999999」：分类代码“A99999999”不在 GB\/T 14885-2022 中/),
      expect.stringMatching(/^第4行 E 原值（元）「-5699」：原值不能为负数 \/ original value must not be negative/),
      expect.stringMatching(/^第5行 A 资产编号「ZC-1」：资产编号“ZC-1”与第2行重复/),
      expect.stringMatching(/^第6行 A 资产编号：资产编号为空 \/ assetNumber is missing/),
      expect.stringMatching(/^第7行 F 取得日期「2023-02-30」：日期应为 YYYY-MM-DD/),
    ]);
    // 丢了 is a status word nobody listed: not an error of its own (see the test of unknown status words).
    expect(result.errors.some((e) => e.field === 'status')).toBe(false);
  });

  it('refuses an asset number already in the register', () => {
    const rows = fixture('ledger-small.csv');
    const result = importLedger(rows, { config, classes, existingNumbers: new Set(['ZC2021-0004']) });
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[6, 'assetNumber']]);
  });

  it('reads English headers and reports a missing required column', () => {
    const ok = importLedger(
      [
        ['assetNumber', 'name', 'classCode', 'originalValue', 'acquiredOn'],
        ['X1', 'Desk', 'A05010200', '1800', '2024-01-02'],
      ],
      { config, classes },
    );
    expect(ok.errors).toEqual([]);
    expect(ok.assets[0]?.status).toBe('in-use');
    const missing = importLedger([['资产编号', '资产名称', '原值'], ['X1', '桌', '1']], { config, classes });
    // No class column is no refusal (the cards keep an empty, marked code); a missing 取得日期 column still is.
    expect(missing.errors.map((e) => e.field)).toEqual(['acquiredOn']);
  });

  it('an exported ledger imports back to the same cards', () => {
    const first = importLedger(fixture('ledger-small.csv'), { config, classes });
    const again = importLedger(ledgerRows(first.assets, config), { config, classes });
    expect(again.errors).toEqual([]);
    expect(again.assets).toEqual(first.assets);
  });
});

describe('register checks', () => {
  it('finds the label that does not equal its asset number and the card without a label', () => {
    const { assets } = importLedger(fixture('ledger-small.csv'), { config, classes });
    const findings = checkRegister(assets, config, classes);
    expect(findings.map((f) => `${f.rule} ${f.evidence[0]?.path}`)).toEqual([
      'asset-label-mismatch assets[4].labelCode',
      'asset-below-threshold assets[6].originalValue',
      'asset-label-missing assets[6].labelCode',
    ]);
  });
});

describe('ledger import: shapes of other systems (hand-written rows)', () => {
  const head = ['资产编号', '资产名称', '分类代码', '原值', '取得日期'];

  it('imports GB/T 14885-2010 codes with one warning, but still refuses a code of neither edition', () => {
    const older = importLedger([head, ['A-1', '台式机', '2010104', '5680', '2019-03-05'], ['A-2', '办公桌', '6010201', '1200', '2019-03-05']], { config, classes });
    expect(older.errors).toEqual([]);
    expect(older.assets.map((a) => a.classCode)).toEqual(['2010104', '6010201']);
    const warning = older.findings.filter((f) => f.rule === 'asset-older-class-code');
    expect(warning).toHaveLength(1);
    expect(warning[0]?.message).toMatch(/^2 张卡片的分类代码是 GB\/T 14885-2010 的7位旧代码（2010104、6010201）/);
    expect(checkRegister(older.assets, config, classes).map((f) => f.message)).toContain('资产“A-1”的分类代码“2010104”不在 GB/T 14885-2022 中（是 GB/T 14885-2010 的旧代码，请按 2022 版重新分类）');
    // 8 is no 门类 of the 2010 edition, and a 2022 code carries its letter.
    const neither = importLedger([head, ['A-1', '土地', '8010100', '1', '2019-03-05']], { config, classes });
    expect(neither.errors.map((e) => e.message)).toEqual(['分类代码“8010100”不在 GB/T 14885-2022 中 / unknown class code']);
  });

  it('reads code and name from one 资产类别 cell when there is no code column', () => {
    const rows = [
      ['资产编号', '资产名称', '资产类别', '原值', '取得日期'],
      ['A-1', '台式计算机', 'A02010105 台式计算机', '5680', '2019-03-05'],
      ['A-2', '打印机', '[A02021003]A4黑白打印机', '1680', '2019-03-05'],
      ['A-3', '办公桌', 'A05010201-办公桌', '1200', '2019-03-05'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.classCode, a.className])).toEqual([
      ['A02010105', '台式计算机'],
      ['A02021003', 'A4黑白打印机'],
      ['A05010201', '办公桌'],
    ]);
    expect(result.extraColumns).toEqual([]);
    // A 资产类别 column of names only is a class name: the code is the one GB/T 14885 gives that name; a name the table
    // lacks and no short name reads one way (空调: 空调机 or 空调机组?) leaves the code empty and marked, with one
    // warning naming the row — never a refused register.
    const namesOnly = importLedger(
      [rows[0]!, ['A-1', '台式计算机', '台式计算机', '5680', '2019-03-05'], ['A-2', '格力空调', '空调', '4980', '2019-03-05']],
      { config, classes },
    );
    expect(namesOnly.errors).toEqual([]);
    expect(namesOnly.assets.map((a) => [a.classCode, a.className, a.extra?.[MISSING_CLASS_CODE]])).toEqual([
      ['A02010105', '台式计算机', undefined],
      ['', '空调', '空调'],
    ]);
    expect(namesOnly.fieldsPresent).toContain('classCode');
    const gap = namesOnly.findings.filter((f) => f.rule === RULE_CLASS_FROM_NAME);
    expect(gap.map((f) => [f.severity, f.evidence.map((e) => e.path)])).toEqual([['warning', ['第3行.classCode']]]);
  });

  it('takes the class code from a 资产类别 column of codes beside a 类别名称 column of names', () => {
    const rows = [
      ['资产编号', '资产名称', '资产类别', '类别名称', '原值', '取得日期'],
      ['A-1', '台式计算机', 'A02010105', '台式计算机', '5680', '2019-03-05'],
      ['A-2', '打印机', 'A02021003', 'A4黑白打印机', '1680', '2019-03-05'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.classCode, a.className])).toEqual([
      ['A02010105', '台式计算机'],
      ['A02021003', 'A4黑白打印机'],
    ]);
    expect(result.findings.filter((f) => f.rule === RULE_CLASS_FROM_NAME)).toEqual([]);
  });

  it('matches a header cell written on several lines on any of its lines, and keeps the column by the whole cell', () => {
    const rows = [
      ['Asset No.\n资产编号', 'Asset Name\n资产名称', 'Class Code\n分类代码', 'Original Value\n原值', 'Acquired\n取得日期', 'Remarks\n备注', 'No.\n序号'],
      ['A-1', '台式计算机', 'A02010105', '5680', '2019-03-05', '含显示器', '1'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.name, a.classCode, a.originalValue, a.acquiredOn, a.extra])).toEqual([
      ['A-1', '台式计算机', 'A02010105', 568000, '2019-03-05', { 'Remarks\n备注': '含显示器' }],
    ]);
  });

  it('reads 原值 as 财政性资金 + 非财政性资金 when no column names it (data valueFromParts), in 分, and says so', () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '财政性资金', '非财政性资金', '取得日期'],
      ['A-1', '测报楼', 'A01010209', '2468000.00', '312000.00', '2008-09-20'],
      ['A-2', '水质仪', 'A02101800', '0.00', '156000.10', '2021-06-22'],
      ['A-3', '雷达水位计', 'A02101800', '76400', '', '2019-08-03'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.originalValue)).toEqual([278000000, 15600010, 7640000]);
    expect(result.assets[0]?.extra).toEqual({ 财政性资金: '2468000.00', 非财政性资金: '312000.00' });
    expect(result.fieldsPresent).toContain('originalValue');
    expect(result.findings.filter((f) => f.rule === RULE_VALUE_FROM_PARTS).map((f) => f.severity)).toEqual(['info']);
    // A part that is not an amount is an error naming row and column; both parts empty is a missing 原值.
    const bad = importLedger([rows[0]!, ['A-1', '测报楼', 'A01010209', '两百万', '0', '2008-09-20'], ['A-2', '仪', 'A02101800', '', '', '2021-06-22']], { config, classes });
    expect(bad.errors.map((e) => [e.row, e.column, e.field])).toEqual([
      [2, 'D 财政性资金', 'originalValue'],
      [3, 'D 财政性资金、E 非财政性资金', 'originalValue'],
    ]);
    // With a 原值 column the parts are only kept.
    const both = importLedger([['资产编号', '资产名称', '分类代码', '原值', '财政性资金', '非财政性资金', '取得日期'], ['A-1', '楼', 'A01010209', '100', '60', '30', '2008-09-20']], { config, classes });
    expect(both.assets.map((a) => a.originalValue)).toEqual([10000]);
  });

  it('reads [code]name and name(code) department and person cells as names, the code kept beside (data codedNames)', () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用科室', '责任人'],
      ['A-1', '电针治疗仪', 'A02320900', '33600', '2019-04-12', '[03]针灸推拿科', '韩梅(0305)'],
      ['A-2', '投影仪', 'A02020200', '12600', '2020-05-11', '[01]院办', '陈刚(0201)'],
      ['A-3', '台式计算机', 'A02010105', '5680', '2021-12-01', '[05]内科', '李明(0112)'],
      ['A-4', '打印机', 'A02021003', '2680', '2021-12-01', '[05]内科', '张华(0113)'],
      ['A-5', '打印机', 'A02021003', '2680', '2021-12-01', '[05]内科', '王芳（7）'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.departmentUnit, a.custodian, a.extra?.['使用科室（代码）'], a.extra?.['责任人（代码）']])).toEqual([
      ['针灸推拿科', '韩梅', '03', '0305'],
      ['院办', '陈刚', '01', '0201'],
      ['内科', '李明', '05', '0112'],
      ['内科', '张华', '05', '0113'],
      // A one-character code (or one of another length than the column's) is part of the name.
      ['内科', '王芳（7）', '05', undefined],
    ]);
    expect(result.extraColumns).toEqual(['使用科室（代码）', '责任人（代码）']);
  });

  it('leaves a name that merely ends in a number in brackets, in a column of plain names, as written (codedNames.column)', () => {
    const plain = [
      ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用部门', '使用人'],
      ['A-1', '台式计算机', 'A02010105', '5680', '2021-12-01', '办公室(01)', '张三'],
      ['A-2', '投影仪', 'A02020200', '12600', '2020-05-11', '财务股', '李四'],
      ['A-3', '打印机', 'A02021003', '2680', '2021-12-01', '第二(2)班', '王五(12)'],
      ['A-4', '打印机', 'A02021003', '2680', '2021-12-01', '综合股', '赵六'],
    ];
    const read = importLedger(plain, { config, classes });
    expect(read.errors).toEqual([]);
    expect(read.assets.map((a) => [a.departmentUnit, a.custodian])).toEqual([
      ['办公室(01)', '张三'],
      ['财务股', '李四'],
      ['第二(2)班', '王五(12)'],
      ['综合股', '赵六'],
    ]);
    expect((read.extraColumns ?? []).filter((c) => c.endsWith('（代码）'))).toEqual([]);
    // The same column written whole as name(code): now the codes are a dictionary's and are kept aside.
    const coded = plain.map((r, i) => (i === 0 ? r : [...r.slice(0, 5), `${['', '办公室', '财务股', '教务处', '综合股'][i]}(0${i})`, r[6]!]));
    expect(importLedger(coded, { config, classes }).assets.map((a) => [a.departmentUnit, a.extra?.['使用部门（代码）']])).toEqual([
      ['办公室', '01'],
      ['财务股', '02'],
      ['教务处', '03'],
      ['综合股', '04'],
    ]);
    // Two shapes in one column, or codes of two lengths, are not one dictionary: read as written.
    const mixed = coded.map((r, i) => (i === 2 ? [...r.slice(0, 5), '[02]财务股', r[6]!] : i === 3 ? [...r.slice(0, 5), '教务处(0301)', r[6]!] : r));
    expect(importLedger(mixed, { config, classes }).assets.map((a) => a.departmentUnit)).toEqual(['办公室(01)', '[02]财务股', '教务处(0301)', '综合股(04)']);
  });

  it('skips a 栏次 row numbering the columns under the header', () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值', '取得日期'],
      ['1', '2', '3', '4', '5'],
      ['A-1', '台式计算机', 'A02010105', '5680', '2019-03-05'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(1);
    expect(result.skipped).toEqual({ 'column-numbers': 1 });
    // 甲 乙 before the numbers, or 栏次 as a label, is the same row.
    const lettered = importLedger([rows[0]!, ['甲', '乙', '1', '2', '3'], rows[2]!], { config, classes });
    expect(lettered.skipped).toEqual({ 'column-numbers': 1 });
  });

  it('joins a group row above the field row when it names merged-down columns (序号, 备注) the field row leaves empty', () => {
    const rows = [
      ['资产卡片导出', '', '', '', '', '', ''],
      ['序号', '基本信息', '', '', '价值信息', '', '备注'],
      ['', '资产编号', '资产名称', '分类代码', '原值', '取得日期', ''],
      ['1', 'A-1', '台式计算机', 'A02010105', '5,680.00', '2019-03-05', '含显示器'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.headerRow).toBe(3);
    expect(result.extraColumns).toEqual(['备注']);
    expect(result.assets[0]?.extra).toEqual({ 备注: '含显示器' });
    expect(result.skipped).toEqual({ title: 1 });
    // A 单位名称：… line above a one-row header is not a group row.
    const titled = importLedger([['单位名称：某局', '', '', '导出日期'], ...rows.slice(2)], { config, classes });
    expect(titled.extraColumns).toEqual([]);
  });

  it('skips a 小计 row labelled in a column that is not the asset number (浪潮: 设备 小计 under 卡片编号)', () => {
    const rows = [
      ['卡片编号', '资产编号', '资产名称', '分类代码', '原值', '取得日期'],
      ['KP000001', 'Z-1', '台式计算机', 'A02010105', '5680', '2019-03-05'],
      ['设备 小计', '', '', '', '5680', ''],
      ['合  计', '', '', '', '5680', ''],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.assetNumber)).toEqual(['Z-1']);
    expect(result.skipped).toEqual({ total: 2 });
    // A row with an asset number is a card even when another cell ends in 小计.
    const card = importLedger([rows[0]!, ['办公室小计', 'Z-2', '台式计算机', 'A02010105', '5680', '2019-03-05']], { config, classes });
    expect(card.assets.map((a) => a.assetNumber)).toEqual(['Z-2']);
  });

  it('reads 金额 under a merged 原值 as the 原值 (its unit from the group), and 数量 under it as the quantity', () => {
    // A merged range as the spreadsheet readers give it: the group's text in every cell it spans.
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值（万元）', '原值（万元）', '使用信息', '使用信息', '取得日期'],
      ['资产编号', '资产名称', '分类代码', '数量', '金额', '使用部门', '使用人', '取得日期'],
      ['A-1', '会议椅', 'A05010303', '20', '0.76', '办公室', '', '2014-07-01'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.quantity, a.originalValue, a.departmentUnit])).toEqual([[20, 760000, '办公室']]);
    expect(result.extraColumns).toEqual([]);
    // 金额 alone, or under a group that is not a value (使用信息), names no field: the 原值 column is still required.
    const alone = importLedger([rows[1]!, rows[2]!], { config, classes });
    expect(alone.errors.map((e) => e.field)).toEqual(['originalValue']);
  });

  it('carries a merged group written once (a CSV of the spreadsheet) over the empty cells to its right, not a merged-down name', () => {
    // As a CSV writes a merged range: the group's text in its first cell only. 累计折旧 is merged down (empty below).
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值', '', '累计折旧', '使用信息', '', '取得日期'],
      ['', '', '', '数量', '金额', '', '使用部门', '使用人', ''],
      ['A-1', '会议椅', 'A05010303', '20', '7,600.00', '1,200.00', '办公室', '李明', '2014-07-01'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.quantity, a.originalValue, a.accumulatedDepreciation, a.departmentUnit])).toEqual([[20, 760000, 120000, '办公室']]);
    // An empty upper cell right of a merged-down name is not carried on: 金额 there is no 原值.
    const noGroup = importLedger([['资产编号', '资产名称', '分类代码', '累计折旧', '', '取得日期'], ['', '', '', '', '金额', ''], ['A-1', '会议椅', 'A05010303', '1,200.00', '7,600.00', '2014-07-01']], { config, classes });
    expect(noGroup.errors.map((e) => e.field)).toEqual(['originalValue']);
  });

  it('reads a class cell with the code in brackets after the name, and keeps the name as written', () => {
    const rows = [
      ['资产编号', '资产名称', '资产分类', '原值', '取得日期'],
      ['A-1', '液晶电视', '普通电视设备（电视机）(A02091001)', '6,999.00', '44257'],
      ['A-2', '台式计算机', '台式计算机（A02010105）', '5,680.00', '2019-03-05'],
      ['A-3', '打印机', 'A02021003', '1,680.00', '2019-03-05'],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.classCode, a.className, a.originalValue, a.acquiredOn])).toEqual([
      ['A02091001', '普通电视设备（电视机）', 699900, '2021-03-02'],
      ['A02010105', '台式计算机', 568000, '2019-03-05'],
      ['A02021003', undefined, 168000, '2019-03-05'],
    ]);
    expect(result.fieldsPresent).toContain('className');
    // A name with brackets but no code in them is not a code.
    const bad = importLedger([rows[0]!, ['A-4', '柜子', '文件柜（钢制）', '1200', '2019-03-05']], { config, classes });
    expect(bad.errors.map((e) => e.field)).toEqual(['classCode']);
  });

  it('reads text amounts with thousands separators exactly to the 分, and skips 小计（部门） rows and blank rows, counted', () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '使用部门', '原值', '累计折旧', '取得日期'],
      ['2006010001', '办公楼', 'A01010100', '办公室', '3,864,200.01', '1,403,991.94', '38978'],
      ['小计（办公室）', '小计（办公室）', '小计（办公室）', '小计（办公室）', '3,864,200.01', '1,403,991.94', ''],
      [],
      ['2016020012', '台式计算机', 'A02010105', '农村统计股', '4,600.00', '4,600.00', '42467'],
      ['小计（农村统计股）', '小计（农村统计股）', '小计（农村统计股）', '小计（农村统计股）', '4,600.00', '4,600.00', ''],
      [],
      ['合计', '合计', '合计', '合计', '3,868,800.01', '1,408,591.94', ''],
    ];
    const result = importLedger(rows, { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => [a.originalValue, a.accumulatedDepreciation, a.acquiredOn])).toEqual([
      [386420001, 140399194, '2006-09-18'],
      [460000, 460000, '2016-04-07'],
    ]);
    expect(result.skipped).toMatchObject({ total: 3, blank: 2 });
  });
});

describe('rows and sheets around the cards (third blind pass)', () => {
  const head = ['资产编号', '资产名称', '分类代码', '原值', '已计提折旧（元）', '取得日期'];
  const card = ['GD-0101', '打印机', 'A02021003', '2,400.00', '800.00', '2021/7/9'];

  it('skips a record-count line under the cards as part of the footer, and keeps a card that mentions a count', () => {
    const counted = ['GD-0102', '网线 共12条', 'A02010202', '3,100.00', '0.00', '2022/1/4'];
    for (const line of [['共 2 项'], ['记录总数：2'], ['', '共有2条记录', '']]) {
      const result = importLedger([head, card, counted, ['合计', '', '', '5,500.00', '800.00', ''], line], { config, classes });
      expect(result.errors, line.join('|')).toEqual([]);
      expect(result.assets.map((a) => a.assetNumber)).toEqual(['GD-0101', 'GD-0102']);
      expect(result.skipped).toMatchObject({ total: 1, footer: 1 });
    }
  });

  it('reads 已提折旧 / 已计提折旧 as 累计折旧', () => {
    const result = importLedger([head, card], { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets[0]).toMatchObject({ originalValue: 240_000, accumulatedDepreciation: 80_000 });
    expect(result.extraColumns).toEqual([]);
  });

  it('leaves a summary sheet without asset numbers alone wherever it stands, and still refuses a workbook without a register', async () => {
    const summary = [['分类', '张数', '原值合计'], ['办公设备', '1', '2400.00']];
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2025-03-01T08:00:00Z') };
    const tenant = { regionCode: '110101', departmentCode: 'sheets' };
    const result = await importRegisterSheets(ctx, tenant, [
      { sheet: '分类汇总', rows: summary },
      { sheet: '设备', rows: [head, card] },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.plan?.added.map((a) => a.assetNumber)).toEqual(['GD-0101']);
    expect(result.ignoredSheets, 'a sheet left alone is named, never silent').toEqual(['分类汇总']);
    expect(result.skippedNote).toContain('未读取的工作表（没有“资产编号”列）：分类汇总');
    const none = await importRegisterSheets(ctx, tenant, [{ sheet: '分类汇总', rows: summary }, { sheet: '说明', rows: [['填表说明']] }]);
    expect(none.errors.map((e) => e.message)).toEqual([expect.stringContaining('找不到表头')]);
  });

  it('keeps 会计期间 / 单位代码 with one value per file as facts of the file, but on the cards when they differ within it', () => {
    const head = ['单位代码', '会计期间', '资产编号', '资产名称', '分类代码', '原值', '取得日期', '备注'];
    const row = (unit: string, period: string, n: string) => [unit, period, n, '台式计算机', 'A02010105', '5000.00', '2020-01-05', ''];
    const one = importLedger([head, row('218001', '2024-12', 'ZC1'), row('218001', '2024-12', 'ZC2')], { config, classes });
    expect(one.errors).toEqual([]);
    expect(one.fileFacts).toEqual({ 单位代码: '218001', 会计期间: '2024-12' });
    expect(one.assets.map((a) => a.extra)).toEqual([undefined, undefined]);
    expect(one.extraColumns).toEqual(['备注']);
    const mixed = importLedger([head, row('218001', '2024-12', 'ZC1'), row('218002', '2024-12', 'ZC2')], { config, classes });
    expect(mixed.fileFacts).toEqual({ 会计期间: '2024-12' });
    expect(mixed.assets.map((a) => a.extra?.['单位代码'])).toEqual(['218001', '218002']);
  });

  it('skips the upper row of a two-row header repeated on a later page even when it named no field of its own', () => {
    const upper = ['序号', '资产编号', '资产名称', '分类代码', '价值信息（元）', '价值信息（元）', '取得日期'];
    const lower = ['序号', '资产编号', '资产名称', '分类代码', '原值', '累计折旧', '取得日期'];
    const card = (i: number) => [String(i), `ZC${i}`, '台式计算机', 'A02010105', '5000.00', '100.00', '2020-01-05'];
    const result = importLedger([upper, lower, card(1), ['第1页 共2页'], upper, lower, card(2)], { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.assetNumber)).toEqual(['ZC1', 'ZC2']);
    expect(result.skipped?.['header-repeat']).toBe(2);
  });
});

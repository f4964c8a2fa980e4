import { describe, expect, it } from 'vitest';
import { classifyRow, isPageNumberText, sectionOfRow, titleRowKey } from './row-kinds.ts';

describe('page furniture of a ledger printed page by page', () => {
  const header = ['日期', '凭证号', '摘要', '借方', '贷方'];
  const labels = [2, 0, 1];
  const page = {
    titles: new Set([titleRowKey(['明细账', '明细账', '明细账', '明细账', '明细账'])!, titleRowKey(['单位：溪山县档案馆', '', '期间：2024年1月', '', '金额单位：元'])!]),
    amountColumns: [3, 4],
  };

  it.each([
    '第 1 页 共 8 页',
    '第1页/共8页',
    '共 8 页 第 2 页',
    '第 3 页',
    '第3/8页',
    'Page 2 of 8',
    'page 2/8',
    '- 3 -',
    '— 12 —',
  ])('%s is a page number', (text) => {
    expect(isPageNumberText(text)).toBe(true);
  });

  it.each(['3', '1/8', '复印第3页', '第3页复印费', '共8页', '-3'])('%s is not a page number', (text) => {
    expect(isPageNumberText(text)).toBe(false);
  });

  it.each([
    // A footer merged across the row repeats its text in every cell.
    [['第 1 页 共 8 页', '第 1 页 共 8 页', '第 1 页 共 8 页', '第 1 页 共 8 页', '第 1 页 共 8 页'], 'page-number'],
    [['', '', 'Page 2 of 8', '', ''], 'page-number'],
    [['- 3 -', '', '', '', ''], 'page-number'],
    // The title and the 单位/期间 line again at the next page's head (another month in the period: numbers masked).
    [['明细账', '明细账', '明细账', '明细账', '明细账'], 'title-repeat'],
    [['明细账', '', '', '', ''], 'title-repeat'],
    [['单位：溪山县档案馆', '', '期间：2024年3月', '', '金额单位：元'], 'title-repeat'],
    // A 单位/科目/期间 line unlike the first page's: every cell a page-info label with its value.
    [['核算单位：溪山县档案馆', '会计科目：7101 行政支出', '', '', ''], 'title-repeat'],
  ])('%j is skipped as %s', (cells, reason) => {
    expect(classifyRow(cells, labels, header, page)).toBe(reason);
  });

  it.each([
    // A 摘要 that is (or mentions) a page, beside an amount, is data.
    [['', '', '第 3 页 共 8 页', '120.00', '']],
    [['', '', '复印档案第3页', '￥36.00', '']],
    [['', '第 3 页', '', '36', '']],
    // A title or page-info text with an amount is no page furniture.
    [['明细账', '', '', '1,200.00', '']],
    [['单位：溪山县档案馆', '', '', '￥1,200.00', '']],
    // 单位 without a value, or a word that only starts like a label, is no page-info line.
    [['单位：', '', '', '', '']],
    [['单位名称不详的付款', '', '', '', '']],
  ])('%j is not skipped as page furniture', (cells) => {
    const reason = classifyRow(cells, labels, header, page);
    expect(reason === 'page-number' || reason === 'title-repeat').toBe(false);
  });

  it('without the page context only page numbers are known: a title row needs the rows above the header', () => {
    expect(classifyRow(['明细账', '', '', '', ''], labels, header)).toBeUndefined();
    expect(classifyRow(['第 1 页 共 8 页', '', '', '', ''], labels, header)).toBe('page-number');
  });

  it('a title key masks numbers and needs a letter', () => {
    expect(titleRowKey(['明细账 第1页', '明细账 第1页'])).toBe(titleRowKey(['明细账第2页']));
    expect(titleRowKey(['2024', ''])).toBeUndefined();
    expect(titleRowKey(['', ''])).toBeUndefined();
  });
});

describe('section rows and totals of a 辅助明细账 and a 支付明细 (dev-dyfz, dev-gxzf)', () => {
  it('reads a project section label written inside one bracket pair, and 项目：合计 as the closing of the sections', () => {
    // Given 用友 GRP's 辅助项 head rows, the label inside 【】
    // Then the bracket pair is no part of the label, and a 合计 project is no project
    expect(sectionOfRow(['【项目：DY2401 农村客运公交化运营补贴】', '', ''])).toEqual({
      kind: 'project',
      label: '【项目：DY2401 农村客运公交化运营补贴】',
      code: 'DY2401',
      name: '农村客运公交化运营补贴',
    });
    expect(sectionOfRow(['【项目：合计】', '', ''])).toEqual({ kind: 'total', label: '【项目：合计】' });
    // A code joined to the name by a dash or a slash.
    expect(sectionOfRow(['项目：DY2401-农村客运公交化运营补贴'])).toMatchObject({ kind: 'project', code: 'DY2401', name: '农村客运公交化运营补贴' });
    expect(sectionOfRow(['项目：XM-2024-03/中小学教师培训'])).toMatchObject({ kind: 'project', code: 'XM-2024-03', name: '中小学教师培训' });
    expect(sectionOfRow(['项目：2024年乡村振兴衔接资金项目'])).toMatchObject({ kind: 'project', name: '2024年乡村振兴衔接资金项目' });
    // A bracketed code alone, or brackets that do not enclose the whole text, open no section.
    expect(sectionOfRow(['【2024001】', '', ''])).toBeUndefined();
    expect(sectionOfRow(['【项目：A】说明【B】', '', ''])?.kind).not.toBe('total');
  });

  it.each([['1月小计'], ['12月合计'], ['2024年03月小计'], ['第一季度小计']])('%s (a period before a total word) is a total row', (label) => {
    expect(classifyRow([label, '', '', '128,388.48', ''], [2, 1])).toBe('total');
  });

  it.each([['1月电费'], ['3月份工资'], ['第一季度物业费']])('%s (a period before another word) is not a total row', (label) => {
    expect(classifyRow([label, '', '', '128.00', ''], [2, 1])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { otherYearColumns, tableTextMismatch } from './table-text-mismatch.ts';

const TABLE = '表1 收入支出决算表\n单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n基本支出\t515.93\t609.29\t609.29\n项目支出\t179.90\t1059.41\t1059.41\n';

describe('table-text-mismatch', () => {
  it('reads an item\'s amount with its change on last year against its row in a table of both years (shape year-row-restated)', () => {
    const table = '三、政府采购预算表\n单位：万元\n项目\t2025年预算\t2024年预算\n合计\t86.40\t92.10\n货物\t42.00\t50.30\n服务\t44.40\t41.80\n';
    const shapes = (s: string) => runRule(tableTextMismatch, table + s, { fiscalYear: 2025 }).findings.filter((f) => f.shape === 'year-row-restated').map((f) => f.calculation);
    expect(shapes('2025年政府采购预算合计86.40万元，比上年减少5.70万元。')).toEqual([]);
    expect(shapes('2025年政府采购预算合计84.60万元，比上年减少5.70万元。')).toEqual(['86.40 − 92.10 = −5.70；84.60 ≠ 86.40']);
    // A row named as the prose names it is compared by the cell check already: not reported twice.
    expect(shapes('其中货物24.00万元，比上年减少8.30万元。')).toEqual([]);
    expect(runRule(tableTextMismatch, `${table}其中货物24.00万元，比上年减少8.30万元。`, { fiscalYear: 2025 }).findings).toHaveLength(1);
    // The change not made by the row's cells: which figure differs is unknown — silent.
    expect(shapes('其中货物24.00万元，比上年减少6.30万元。')).toEqual([]);
  });

  it('reads a sentence restating a table\'s column totals: a figure of one column\'s unit that differs from its total (shape column-total-restated)', () => {
    const table = '表3 2024年农机购置补贴发放情况\n乡镇\t补贴台数（台）\t受益农户（户）\t补贴金额（万元）\n东林镇\t42\t38\t61.20\n西河乡\t27\t25\t40.35\n南坪镇\t35\t31\t52.80\n合计\t104\t94\t154.35\n';
    const shapes = (s: string) => runRule(tableTextMismatch, table + s).findings.filter((f) => f.shape === 'column-total-restated').map((f) => f.calculation);
    expect(shapes('全年共补贴农机具104台，受益农户94户，发放补贴资金154.35万元。')).toEqual([]);
    expect(shapes('全年共补贴农机具104台，受益农户49户，发放补贴资金154.35万元。')).toEqual(['表1“受益农户（户）”列各行之和 = 94户 ≠ 49户']);
    expect(shapes('全年共补贴农机具104台，受益农户94户，发放补贴资金145.35万元。')).toEqual(['表1“补贴金额（万元）”列各行之和 = 154.35万元 ≠ 145.35万元']);
    // No other figure of the sentence restates a total: which figures it gives is unknown — silent.
    expect(shapes('其中东林镇补贴农机具24台，受益农户83户。')).toEqual([]);
    // A count of another measure, or far from the total, is another quantity.
    expect(shapes('全年共补贴农机具104台，受益农户94户，涉及行政村49个。')).toEqual([]);
    expect(shapes('全年共补贴农机具104台，受益农户94户，其中补贴资金40.35万元。')).toEqual([]);
    // A column naming amounts without a unit of its own is in the caption's unit.
    const captioned = '表4 培训经费使用情况\n单位：万元\n培训类别\t培训人数（人）\t培训经费\n农业技术\t320\t12.80\n电商营销\t180\t9.60\n家政服务\t150\t6.20\n合计\t650\t28.60\n';
    const other = (s: string) => runRule(tableTextMismatch, captioned + s).findings.filter((f) => f.shape === 'column-total-restated').map((f) => f.calculation);
    expect(other('全年培训650人，使用培训经费28.60万元。')).toEqual([]);
    expect(other('全年培训650人，使用培训经费26.80万元。')).toEqual(['表1“培训经费”列各行之和 = 28.6万元 ≠ 26.80万元']);
  });

  it('reads no prose amount against an empty table (its 收入总计 and 合计 rows all 0.00)', () => {
    const empty = '表8 政府性基金预算财政拨款收入支出决算表\n单位：万元\n项目\t年初结转和结余\t本年收入\t本年支出\n收入总计\t0.00\t0.00\t0.00\n合计\t0.00\t0.00\t0.00\n';
    expect(runRule(tableTextMismatch, `${empty}本年收入总计3602.76万元。`).findings).toEqual([]);
    // Look-alike: the same table with amounts is read.
    expect(runRule(tableTextMismatch, `${empty.replace(/0\.00\n合计/, '3600.00\n合计')}本年收入总计3602.76万元。`).findings.length).toBe(1);
  });

  it('reads 本年收入合计 in the prose against the 本年收入合计 row, not against the 政府性基金 table’s 本年收入 column (audit-pdf 785, 832, 837)', () => {
    const tables = [
      '表1 收入支出决算总表',
      '单位：万元',
      '收入项目\t收入决算数',
      '一、一般公共预算财政拨款收入\t311.42',
      '二、政府性基金预算财政拨款收入\t66.97',
      '本年收入合计\t378.39',
      '年初结转和结余\t35.60',
      '总计\t413.99',
      '表8 政府性基金预算财政拨款收入支出决算表',
      '单位：万元',
      '项目\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余',
      '合计\t0.00\t66.97\t66.97\t0.00',
      '229 其他支出\t0.00\t66.97\t66.97\t0.00',
    ].join('\n');
    const prose = (amount: string): string => `${tables}\n一、收入支出决算总体情况说明\n2024年度本年收入合计${amount}万元，其中：财政拨款收入378.39万元。\n`;
    expect(runRule(tableTextMismatch, prose('378.39')).findings).toEqual([]);
    // Look-alike: an amount that agrees with neither is still reported.
    expect(runRule(tableTextMismatch, prose('388.39')).findings.length).toBe(1);
    // A 总计 (with the balances) is read against no 合计 row by its subject alone; nor is an amount whose words name
    // no 本年 (the 三公 total, subject 支出) read against the 本年支出合计 row.
    expect(runRule(tableTextMismatch, `${tables}\n一、收入支出决算总体情况说明\n2024年度收入总计413.99万元。\n`).findings).toEqual([]);
    const spending = `${tables.split('\n表8')[0]!.replace('总计\t413.99', '本年支出合计\t395.74\n总计\t413.99')}\n七、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费支出预算为17.00万元，支出决算为14.60万元。\n`;
    expect(runRule(tableTextMismatch, spending).findings).toEqual([]);
  });

  it('reads a 四、…决算总体情况说明 sentence in its own two-sided 财政拨款收入支出决算总表 (表四 …, the 支出 half after the 收入 half)', () => {
    const table = [
      '表四　财政拨款收入支出决算总表',
      '编制单位：某局 单位：元',
      '收入项目\t收入决算数',
      '一、一般公共预算财政拨款\t4,540,674.51',
      '本年收入合计\t4,540,674.51',
      '年初财政拨款结转和结余\t110,642.84',
      '总计\t4,651,317.35',
      '',
      '支出项目\t支出合计\t一般公共预算财政拨款\t政府性基金预算财政拨款',
      '一、一般公共服务支出\t4,625,378.18\t4,625,378.18\t-',
      '本年支出合计\t4,625,378.18\t4,625,378.18\t-',
      '年末财政拨款结转和结余\t25,939.17\t25,939.17\t-',
      '总计\t4,651,317.35\t4,651,317.35\t-',
      '表五　一般公共预算财政拨款支出决算表',
      '单位：元',
      '科目编码\t科目名称\t决算数',
      '201\t一般公共服务支出\t4,625,378.18',
    ].join('\n');
    const prose = (end: string): string =>
      `\n四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入4,540,674.51元，年初财政拨款结转和结余110,642.84元；财政拨款支出4,625,378.18元，年末财政拨款结转和结余${end}元。\n`;
    expect(runRule(tableTextMismatch, `${table}${prose('25,939.17')}`).findings).toEqual([]);
    // The balance carried to next year is an amount of the year (its 结余 no saving), read in the 合计 column of its half.
    const { findings } = runRule(tableTextMismatch, `${table}${prose('55,939.17')}`);
    expect(findings.map((f) => [f.severity, f.evidence[1]!.quote])).toEqual([['error', '25,939.17']]);
  });

  it('reports a prose figure that differs from its table cell, quoting both', () => {
    const { findings } = runRule(tableTextMismatch, `${TABLE}基本支出决算数619.29万元。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[1]!.quote).toBe('609.29');
    expect(findings[0]!.evidence[1]!.cell).toEqual({ table: '表1', row: '基本支出', column: '决算数' });
  });

  it('reads a 决算 amount in the 小计 column of the section’s own 决算 table when no column says 合计 (本年支出 小计 | 基本支出 | 项目支出)', () => {
    const all = '表3 支出决算表\n单位：万元\n科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n2101501\t行政运行\t260.20\t260.20\t0.00\n';
    const own = '表5 一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t本年支出小计\t本年支出基本支出\t本年支出项目支出\n2101501\t行政运行\t257.93\t257.93\t0.00\n';
    const prose = (amount: string): string => `五、一般公共预算财政拨款支出决算情况说明\n1.行政运行（项）。支出决算为${amount}万元。\n`;
    expect(runRule(tableTextMismatch, `${all}${own}${prose('257.93')}`).findings).toEqual([]);
    // Look-alike: a wrong amount is still reported, against the own table's 小计 cell, as an error.
    const { findings } = runRule(tableTextMismatch, `${all}${own}${prose('255.93')}`);
    expect(findings.map((f) => [f.severity, f.evidence[1]!.quote])).toEqual([['error', '257.93']]);
  });

  it('makes a mismatch with a cell found only by its row label in another section’s table a 提示 (info); in the section’s own table an error', () => {
    expect(runRule(tableTextMismatch, `${TABLE}基本支出决算数619.29万元。`).findings.map((f) => f.severity)).toEqual(['info']);
    const own = `一、收入支出决算情况说明\n收入支出决算表\n${TABLE.split('\n').slice(1).join('\n')}基本支出决算数619.29万元。`;
    expect(runRule(tableTextMismatch, own).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads the 三公 section against its table though the two word the fund otherwise, an amount without phase in the sole 决算数 column', () => {
    const text = (running: string): string =>
      '表7 一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\n合计\t22.70\t21.67\n因公出国（境）费\t0.00\t0.00\n公务用车运行维护费\t5.20\t4.84\n公务接待费\t1.50\t1.23\n' +
      `五、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费财政拨款支出预算为227,000.00元，支出决算为216,700.00元。其中：公务用车运行维护费${running}元；公务接待费12,300.00元。\n`;
    const { findings } = runRule(tableTextMismatch, text('48,900.00'));
    expect(findings.map((f) => [f.severity, f.evidence[1]!.cell])).toEqual([['error', { table: '表1', row: '公务用车运行维护费', column: '决算数' }]]);
    expect(runRule(tableTextMismatch, text('48,400.00')).findings).toEqual([]);
    // Column titles read one cell left of their amounts (项目 | 预算数 | 决算数 | ⌴): the amounts are still read under their own titles.
    const shifted = text('48,400.00').replace(/\t(?=[\d.]+\t[\d.]+\n)/g, '\t\t').replace('决算数\n', '决算数\t\n');
    expect(shifted).toContain('合计\t\t22.70\t21.67');
    expect(runRule(tableTextMismatch, shifted).findings).toEqual([]);
  });

  describe('unit slips (amounts off by 10⁴), gathered', () => {
    const section = (caption: string, basic: string, project: string, prose: string): string =>
      `一、收入支出决算情况说明\n收入支出决算表\n${caption}\n项目\t决算数\n基本支出\t${basic}\n项目支出\t${project}\n${prose}`;

    it('reports a table whose amounts are 元 under 单位：万元 once, as a unit slip of the table, not one mismatch per amount', () => {
      const { findings } = runRule(tableTextMismatch, section('单位：万元', '6,092,900.00', '10,594,100.00', '基本支出决算数609.29万元。\n项目支出决算数1059.41万元。'));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.rule).toBe('unit');
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toMatch(/^正文2处金额与表1中对应数字均相差一万倍.*疑表1的金额单位有误/);
      expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['基本支出决算数609.29万元', '6,092,900.00', '项目支出决算数1059.41万元', '10,594,100.00']);
    });

    it('reports a paragraph whose amounts are 元 under 万元 once, as a unit slip of that paragraph', () => {
      const twoTables =
        '一、收入支出决算情况说明\n收入决算表\n单位：万元\n项目\t决算数\n财政拨款收入\t1668.70\n其他收入\t12.00\n支出决算表\n单位：万元\n项目\t决算数\n基本支出\t609.29\n项目支出\t1059.41\n' +
        '财政拨款收入决算数16,687,000.00万元，基本支出决算数6,092,900.00万元。\n其他收入决算数12.00万元。';
      const { findings } = runRule(tableTextMismatch, twoTables);
      expect(findings.map((f) => [f.rule, f.message.slice(0, 21)])).toEqual([['unit', '同一段中2处金额与表中对应数字均相差一万倍']]);
      expect(findings[0]!.message).toMatch(/疑本段金额单位写错$/);
    });

    it('reports a 三公 table in 元 under 万元, read against its …费支出 sentences, once, naming the table', () => {
      const text = [
        '一、支出决算情况说明',
        '支出决算表',
        '单位：万元',
        '项目\t决算数',
        '基本支出\t609.29',
        '项目支出\t1059.41',
        '基本支出决算数609.29万元，项目支出决算数1059.41万元。',
        '二、“三公”经费支出决算情况说明',
        '“三公”经费支出决算表',
        '单位：万元',
        '项目\t决算数',
        '1.公务用车运行费\t72,600.00',
        '2.公务接待费\t35,800.00',
        '合计\t108,400.00',
        '公务用车运行费支出决算为7.26万元，公务接待费支出决算为3.58万元。',
      ].join('\n');
      const { findings } = runRule(tableTextMismatch, text);
      expect(findings.map((f) => f.rule)).toEqual(['unit']);
      expect(findings[0]!.message).toMatch(/均相差一万倍.*表2的金额单位有误/);
      expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(expect.arrayContaining(['72,600.00', '35,800.00']));
    });

    it('reports one prose amount written in 元 for 万元 as a unit slip, and a mismatch of other digits as a mismatch', () => {
      const one = runRule(tableTextMismatch, section('单位：万元', '609.29', '1059.41', '基本支出决算数609.29元，项目支出决算数1059.41万元。')).findings;
      expect(one.map((f) => f.rule)).toEqual(['unit']);
      expect(one[0]!.message).toContain('相差一万倍');
      const digits = runRule(tableTextMismatch, section('单位：万元', '609.29', '1059.41', '基本支出决算数690.29万元。')).findings;
      expect(digits.map((f) => f.rule)).toEqual(['table-text-mismatch']);
    });
  });

  it('accepts agreeing figures, including the same amount in 元', () => {
    expect(runRule(tableTextMismatch, `${TABLE}基本支出决算数609.29万元，项目支出年初预算数179.9万元。`).findings).toEqual([]);
  });

  it('says which lines hold table data it could not read by column, rather than guess (a row left as prose)', () => {
    const text = `${TABLE}207 文化旅游体育与传媒支出 5,258,798.92 3,126,480.52 2,132,318.40\n基本支出决算数609.29万元。`;
    const { notChecked, findings } = runRule(tableTextMismatch, text);
    expect(findings).toEqual([]);
    // Other rules may add their own notes on the same lines (sum-mismatch: a row of another width read as a
    // continued piece); this rule's note is the one under test.
    expect(notChecked.filter((n) => n.startsWith('table-text-mismatch'))).toEqual([expect.stringMatching(/^table-text-mismatch：1行像表格数据却未能按列读出（如第\d+行）/)]);
    expect(runRule(tableTextMismatch, `${TABLE}基本支出决算数609.29万元，项目支出1059.41万元，合计1668.70万元。`).notChecked).toEqual([]);
  });

  it('does not compare prose with a table whose own sums mostly fail (misread columns), and says so', () => {
    const shifted = '表1 收入支出决算表\n单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n合计\t100.00\t110.00\t90.00\n基本支出\t70.00\t60.00\t65.00\n项目支出\t50.00\t40.00\t35.00\n';
    const r = runRule(tableTextMismatch, `${shifted}基本支出决算数60.00万元。`);
    expect(r.findings).toEqual([]);
    expect(r.notChecked.join('\n')).toContain('疑为表格读取有误');
    // The same prose against a table whose sums agree is compared.
    const sound = '表1 收入支出决算表\n单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n合计\t100.00\t110.00\t90.00\n基本支出\t60.00\t70.00\t65.00\n项目支出\t40.00\t40.00\t25.00\n';
    expect(runRule(tableTextMismatch, `${sound}基本支出决算数60.00万元。`).findings).toHaveLength(1);
  });

  it('says when there is no table or no unit', () => {
    expect(runRule(tableTextMismatch, '基本支出609.29万元。').notChecked[0]).toContain('表格');
    expect(runRule(tableTextMismatch, '项目\t决算数\t预算数\n基本支出\t1\t2\n项目支出\t3\t4\n').notChecked[0]).toContain('单位');
  });

  describe('a 部门决算: tables of several scopes', () => {
    const doc = (agri: string, item: string): string =>
      [
        '一、收入支出决算总表',
        '单位：万元',
        '支出\t决算数',
        '十三、农林水支出\t3366.74',
        '五、一般公共预算财政拨款支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t年初预算数\t决算数合计\t决算数基本支出\t决算数项目支出',
        '213\t农林水支出\t2187.50\t3351.44\t1461.09\t1890.35',
        '2130104\t事业运行\t452.10\t448.73\t448.73\t0.00',
        '五、一般公共预算财政拨款支出决算情况说明',
        '（二）一般公共预算财政拨款支出决算结构情况',
        `2024年度一般公共预算财政拨款支出主要用于：农林水支出${agri}万元。`,
        `1.农林水支出（类）农业农村（款）事业运行（项）：年初预算为452.10万元，支出决算为${item}万元。`,
      ].join('\n');

    it('reads a sentence against the table of its own section (财政拨款, not all funds), and a 项 by its name', () => {
      expect(runRule(tableTextMismatch, doc('3351.44', '448.73')).findings).toEqual([]);
    });

    it('reports a 类 amount and a 项 决算 that differ from their cells', () => {
      const { findings } = runRule(tableTextMismatch, doc('3361.44', '458.73'));
      expect(findings.map((f) => f.evidence[1]!.cell)).toEqual([
        { table: '表2', row: '农林水支出', column: '决算数合计' },
        { table: '表2', row: '事业运行', column: '决算数合计' },
      ]);
    });
  });
});

describe('table-text-mismatch: a 决算 table whose columns name no phase', () => {
  const doc = (item: string): string =>
    [
      '青山县发展和改革局2024年度部门决算',
      '青山县发展和改革局收入决算表',
      '公开表2 单位：万元',
      '科目编码\t科目名称\t本年收入合计\t财政拨款收入',
      '2010404\t战略规划与实施\t50.00\t50.00',
      '青山县发展和改革局一般公共预算财政拨款支出决算表',
      '公开表5 单位：万元',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '2010401\t行政运行\t312.46\t312.46\t0.00',
      '2010404\t战略规划与实施\t46.32\t0.00\t46.32',
      '五、一般公共预算财政拨款支出决算情况说明',
      `1.一般公共服务支出（类）发展与改革事务（款）战略规划与实施（项）：年初预算为40.00万元，支出决算为${item}万元。`,
    ].join('\n');

  it('reads a 决算 against the 合计 column of its own section’s table (title led by the department’s name)', () => {
    expect(runRule(tableTextMismatch, doc('46.32')).findings).toEqual([]);
    const { findings } = runRule(tableTextMismatch, doc('43.62'));
    expect(findings.map((f) => [f.severity, f.evidence[1]!.quote, f.evidence[1]!.cell?.column])).toEqual([['error', '46.32', '合计']]);
  });

  it('does not read a 支出 决算 against a 本年收入合计 column', () => {
    const text = doc('50.00').replace('青山县发展和改革局一般公共预算财政拨款支出决算表', '某局其他表').replace('五、一般公共预算财政拨款支出决算情况说明\n', '').replace('2010404\t战略规划与实施\t46.32\t0.00\t46.32\n', '');
    expect(runRule(tableTextMismatch, text.replace('50.00万元', '46.32万元')).findings).toEqual([]);
  });
});

describe('table-text-mismatch: a table in 元 under 单位：万元, the prose confirmed by another table', () => {
  const doc = (reception: string): string =>
    [
      '青山县人力资源和社会保障局2024年度部门决算',
      '一般公共预算财政拨款基本支出决算表（表6）',
      '单位：万元',
      '经济分类科目编码\t科目名称\t决算数',
      '30217\t公务接待费\t3.58',
      '30231\t公务用车运行维护费\t7.26',
      '一般公共预算财政拨款“三公”经费支出决算表（表7）',
      '单位：万元',
      '项目\t预算数\t决算数',
      '1.公务用车购置及运行费\t80,000.00\t72,600.00',
      `2.公务接待费\t40,000.00\t${reception}`,
      '合计\t120,000.00\t108,400.00',
      '七、一般公共预算财政拨款“三公”经费支出决算情况说明',
      '公务用车购置及运行费支出决算为7.26万元；公务接待费支出决算为3.58万元。',
    ].join('\n');

  it('names the table’s unit, quoting its total, when the same amounts agree with another table', () => {
    const { findings } = runRule(tableTextMismatch, doc('35,800.00'));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['unit', 'error']]);
    expect(findings[0]!.message).toContain('而与其他表中同一项目相符：疑表2的金额单位有误');
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['公务用车购置及运行费支出决算为7.26万元', '72,600.00', '公务接待费支出决算为3.58万元', '35,800.00', '108,400.00']);
  });

  it('leaves the paragraph-or-table reading when no other table confirms the prose', () => {
    const text = doc('35,800.00').replace('30217\t公务接待费\t3.58\n', '');
    const { findings } = runRule(tableTextMismatch, text);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^同一段中2处金额.*疑本段金额单位写错，或表2的金额单位有误$/)]);
  });
});

describe('table-text-mismatch: a 类 named alone (农林水支出（类）决算数为…)', () => {
  const doc = (agri: string): string =>
    [
      '五、一般公共预算财政拨款支出决算表',
      '单位：万元',
      '科目编码\t科目名称\t年初预算数\t决算数合计\t决算数基本支出\t决算数项目支出',
      '213\t农林水支出\t249.57\t243.67\t223.25\t20.42',
      '2130106\t科技转化与推广服务\t249.57\t243.67\t223.25\t20.42',
      '五、一般公共预算财政拨款支出决算情况说明',
      '（二）一般公共预算财政拨款支出决算结构情况',
      '一般公共预算财政拨款支出决算按功能分类的类级科目情况如下：',
      `农林水支出（类）决算数为${agri}万元，占62.99%。`,
    ].join('\n');

  it('reads the 类 by the words before its mark and compares them with its row', () => {
    expect(runRule(tableTextMismatch, doc('243.67')).findings).toEqual([]);
    expect(runRule(tableTextMismatch, doc('246.67')).findings.map((f) => f.evidence[1]!.cell)).toEqual([{ table: '表1', row: '农林水支出', column: '决算数合计' }]);
  });
});


describe('table-text-mismatch: the column a prose amount names by its own words', () => {
  const table = (header: string): string =>
    `二、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t${header}\t基本支出\t项目支出\n` +
    '\t合计\t390.00\t435.00\t422.65\t268.45\t154.20\n2130301\t行政运行\t270.00\t275.00\t268.45\t268.45\t0.00\n2130314\t防汛\t120.00\t160.00\t154.20\t0.00\t154.20\n';

  it('reads 调整预算 against the 调整预算 column, not the 决算 合计 (two headers, two wordings)', () => {
    for (const header of ['年初预算\t调整预算\t决算合计', '年初预算数\t调整预算数\t决算数合计']) {
      const ok = `${table(header)}行政运行（项）年初预算270.00万元，调整预算275.00万元，决算268.45万元。\n防汛（项）调整预算为160.00万元，决算154.20万元。\n`;
      expect(runRule(tableTextMismatch, ok).findings).toEqual([]);
      // A 调整预算 that is not the cell's is still reported, against the 调整预算 column.
      const bad = ok.replace('调整预算275.00', '调整预算285.00');
      expect(runRule(tableTextMismatch, bad).findings.map((f) => f.evidence[1]!.cell?.column)).toEqual([header.split('\t')[1]]);
    }
  });

  it('reads no amount introduced by 大于 / 高于 … (a difference of two columns) as a cell', () => {
    for (const sentence of ['防汛（项）决算数大于年初预算数34.20万元，主要原因是追加防汛资金。', '防汛（项）决算高于年初预算34.20万元。']) {
      expect(runRule(tableTextMismatch, `${table('年初预算\t调整预算\t决算合计')}${sentence}\n`).findings).toEqual([]);
    }
  });

  it('stays silent on an amount named by a budget word it does not know, and still reads a plain 决算 amount', () => {
    const text = `${table('年初预算\t调整预算\t决算合计')}防汛（项）追加后预算170.00万元。\n防汛（项）支出154.30万元。\n`;
    expect(runRule(tableTextMismatch, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['防汛（项）支出154.30万元']);
  });
});

describe('table-text-mismatch: a table numbered 公开05表 / 决算五表 is its section’s own table', () => {
  const text = (title: string, prose: string): string =>
    `${title} 一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t年初预算数\t决算合计\n207\t文化旅游体育与传媒支出\t355.00\t360.71\n` +
    `三、一般公共预算财政拨款支出决算情况说明\n文化旅游体育与传媒支出（类）年初预算为355.00万元，支出决算为${prose}万元。\n`;

  it('reports a mismatch against it as an error, not a 提示 inferred from another table (two numberings)', () => {
    for (const title of ['公开05表', '决算五表']) {
      expect(runRule(tableTextMismatch, text(title, '360.17')).findings.map((f) => [f.severity, f.evidence[1]!.cell?.table])).toEqual([['error', '表1']]);
      expect(runRule(tableTextMismatch, text(title, '360.71')).findings).toEqual([]);
    }
  });

  it('keeps a title that only starts like a number (公开招标表) as it reads: no table of the section, a 提示', () => {
    expect(runRule(tableTextMismatch, text('公开招标', '360.17')).findings.map((f) => f.severity)).toEqual(['info']);
  });
});

describe('table-text-mismatch: the one row of amounts under a header naming every column', () => {
  const table = '某局2022年“三公”经费预算情况\n一、2022年一般公共预算“三公”经费支出预算表\n单位:万元\n“三公”经费合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n||\n小计 |\n公务用车购置费 |\n公务用车运行费 |\n|||\n79 |\n0 |\n75 |\n50 |\n25 |\n4 |\n二、2022年一般公共预算“三公”经费支出预算情况说明\n';
  it('reads the prose amount of an item against the column its header names (a 三公 table flattened one cell per line)', () => {
    const { findings } = runRule(tableTextMismatch, `${table}公务接待费支出预算为4万元。公务用车运行费50万元，公务用车购置费25万元。`);
    expect(findings.map((f) => f.calculation)).toEqual(['50万元 ≠ 25万元', '25万元 ≠ 50万元']);
  });
  it('says nothing when the amounts agree, or when the table has several unlabelled rows (whose row is unknown)', () => {
    expect(runRule(tableTextMismatch, `${table}公务接待费支出预算为4万元。公务用车运行费25万元，公务用车购置费50万元。`).findings).toEqual([]);
    const twoRows = table.replace('4 |\n', '4 |\n|||\n80 |\n0 |\n76 |\n50 |\n26 |\n4 |\n');
    expect(runRule(tableTextMismatch, `${twoRows}公务用车运行费50万元。`).findings).toEqual([]);
  });
});

describe('table-text-mismatch: an item named in a sentence of its own before its figures', () => {
  const text = (amount: string, fund: string): string =>
    [
      '附表5 一般公共预算财政拨款支出决算表',
      '单位：元',
      '科目编码及名称\t年初预算数\t决算数小计\t决算数基本支出\t决算数项目支出',
      '合计\t2,570,000.00\t2,499,700.00\t2,499,700.00\t0.00',
      '2050204高中教育\t2,328,600.00\t2,257,400.00\t2,257,400.00\t0.00',
      '2210201住房公积金\t241,600.00\t242,300.00\t242,300.00\t0.00',
      '附表6 一般公共预算财政拨款基本支出决算表',
      '单位：元',
      '科目编码\t科目名称\t决算数',
      '30113\t住房公积金\t225,000.00',
      '五、一般公共预算财政拨款支出决算情况说明',
      `1．教育支出（类）普通教育（款）高中教育（项）。年初预算为232.86万元，支出决算为${amount}万元，完成年初预算的96.94%。`,
      `2．住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为24.16万元，支出决算为${fund}万元。`,
    ].join('\n');

  it('reads the figures after 高中教育（项）。 against that item’s cell, in the 决算数小计 column', () => {
    expect(runRule(tableTextMismatch, text('225.74', '24.23')).findings).toEqual([]);
    expect(runRule(tableTextMismatch, text('225.83', '24.23')).findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error 正文“高中教育”225.83万元与表1“高中教育”行“决算数小计”列的2,257,400.00元不一致',
    ]);
  });

  it('does not read a functional item (住房公积金（项）) against the economic item of the same name (30113 住房公积金)', () => {
    // 24.23 is the 项's 决算 (242,300.00); the 基本支出 table's 30113 住房公积金 (225,000.00) is another thing.
    expect(runRule(tableTextMismatch, text('225.74', '24.23')).findings).toEqual([]);
    expect(runRule(tableTextMismatch, text('225.74', '24.33')).findings.map((f) => f.message)).toEqual(['正文“住房公积金”24.33万元与表1“住房公积金”行“决算数小计”列的242,300.00元不一致']);
  });
});

describe('table-text-mismatch and columns of another year', () => {
  const table = (header: string, rows: string[]): string => `表7 一般公共预算财政拨款支出决算表\n单位：万元\n${header}\n${rows.join('\n')}\n`;
  const prose = '七、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出中，社会保障和就业支出127.81万元，卫生健康支出5.19万元。\n';
  const doc = (t: string): string => `某局2024年度部门决算\n${t}${prose}`;

  it('reads no report-year amount in a 上年 column when the row’s report-year cells were lost', () => {
    const lost = table('科目名称\t上年决算数\t本年决算数', ['合计\t112.00\t133.00', '社会保障和就业支出\t105.70', '卫生健康支出\t6.30']);
    expect(runRule(tableTextMismatch, doc(lost)).findings).toEqual([]);
    // Look-alike: the report-year cell read is still compared, and a wrong prose amount reported against it.
    const read = table('科目名称\t上年决算数\t本年决算数', ['合计\t112.00\t133.00', '社会保障和就业支出\t105.70\t120.81', '卫生健康支出\t6.30\t5.19']);
    expect(runRule(tableTextMismatch, doc(read)).findings.map((f) => f.evidence[1]!.quote)).toEqual(['120.81']);
  });

  it('takes a column headed by a year before the report’s (2023年决算数) for another year’s', () => {
    const only2023 = table('科目名称\t2023年决算数', ['合计\t112.00', '社会保障和就业支出\t105.70', '卫生健康支出\t6.30']);
    expect(runRule(tableTextMismatch, doc(only2023)).findings).toEqual([]);
    // The report's own year is read as before: a wrong cell under 2024年决算数 is reported.
    expect(runRule(tableTextMismatch, doc(only2023.replace('2023年', '2024年'))).findings.length).toBe(2);
  });

  it('knows the other-year columns by word or by year', () => {
    expect(otherYearColumns(['科目名称', '上年决算数', '本年决算数'], 2024)).toEqual([false, true, false]);
    expect(otherYearColumns(['项目', '2023年决算数', '2024年决算数'], 2024)).toEqual([false, true, false]);
    // Without the report's year: the earlier of the years the headers name.
    expect(otherYearColumns(['项目', '2024年度', '2023年度'], null)).toEqual([false, false, true]);
    expect(otherYearColumns(['项目', '2023年决算数'], null)).toEqual([false, false]);
  });
});

describe('table-text-mismatch: a 总计 of the prose and a table’s 合计 row', () => {
  // 收入决算表 (this year's income only) and the prose of 财政拨款收入支出决算总体情况: the 总计 holds the balance brought in.
  const income = '表2 收入决算表\n单位：万元\n项目\t本年收入合计\t财政拨款收入\t其他收入\n合计\t1567.37\t1567.37\t0.00\n行政运行\t1567.37\t1567.37\t0.00\n';
  it('does not read a prose 总计 (this year plus the balances) against a 合计 row’s column', () => {
    expect(runRule(tableTextMismatch, `${income}四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入总计1653.77万元，支出总计1653.77万元。\n`).findings).toEqual([]);
  });
  it('still reads the year’s amount against it, and a 总计 against a 总计 row', () => {
    const { findings } = runRule(tableTextMismatch, `${income}二、收入决算情况说明\n2024年度财政拨款收入1653.77万元。\n`);
    expect(findings.map((f) => f.evidence[1]?.quote)).toEqual(['1567.37']);
    const gross = '表2 收入决算表\n单位：万元\n项目\t本年收入合计\t财政拨款收入\t其他收入\n总计\t1567.37\t1567.37\t0.00\n';
    expect(runRule(tableTextMismatch, `${gross}四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入总计1653.77万元。\n`).findings.length).toBe(1);
  });
});

describe('table-text-mismatch: 本年…总计', () => {
  it('reads a 总计 whose label names this year’s amount (本年收入总计) against the 合计 row', () => {
    const income = '表2 收入决算表\n单位：万元\n项目\t本年收入合计\t财政拨款收入\t其他收入\n合计\t1567.37\t1567.37\t0.00\n行政运行\t1567.37\t1567.37\t0.00\n';
    expect(runRule(tableTextMismatch, `${income}二、收入决算情况说明\n2024年度本年财政拨款收入总计1653.77万元。\n`).findings.length).toBe(1);
  });

  it('reads an item named with 经费 or 费用 in the prose against its row named with 费 (公务接待经费 / 公务接待费), glosses and all', () => {
    // Shape (a mirror's 三公 summary and its note, test21 spent), invented wording.
    const text = (note: string): string =>
      ['某区2019年三公经费汇总表 | |', '单位：万元 | |', '项目 | 本年决算数 |', '合计 | 86 |', '1、公务接待费 | 30 |', '2、公务用车费用 | 56 |', `注：${note}`].join('\n');
    const messages = (t: string): string[] => runRule(tableTextMismatch, t).findings.map((f) => f.message);
    expect(messages(text('全区公务接待经费32万元。'))).toEqual([expect.stringContaining('“1、公务接待费”行')]);
    expect(messages(text('全区公务用车费56万元。'))).toEqual([]);
    expect(messages(text('全区公务接（jiē）待经费32万（wàn）元。'))).toEqual([expect.stringContaining('“1、公务接待费”行')]);
    expect(messages(text('全区公务接待经费30万元。'))).toEqual([]);
  });
});

describe('table-text-mismatch: one header named under two phases (audit-pdf 815)', () => {
  // The 三公 table's spanning 预算数 / 决算数 read into the first column of each group only: 公务接待费 twice.
  const text = (reception: string): string =>
    [
      '一般公共预算财政拨款“三公”经费支出决算表',
      '公开07表 单位：万元',
      '预算数合计因公出国（境）费\t预算数公务用车购置及运行费小计\t公务接待费\t决算数合计因公出国（境）费\t决算数公务用车购置及运行费小计\t公务接待费',
      '8.70\t5.50\t3.20\t7.88\t5.02\t2.86',
      '七、“三公”经费财政拨款支出决算情况说明',
      `3.公务接待费支出决算为${reception}万元，主要用于上级部门检查指导工作等公务接待支出。`,
    ].join('\n');

  it('compares a 决算 amount with the column of the 决算 group', () => {
    expect(runRule(tableTextMismatch, text('2.86')).findings).toEqual([]);
    const found = runRule(tableTextMismatch, text('3.46')).findings;
    expect(found.map((f) => f.calculation)).toEqual(['3.46万元 ≠ 2.86万元']);
  });
});

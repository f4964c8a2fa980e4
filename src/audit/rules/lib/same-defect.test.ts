import { describe, expect, it } from 'vitest';
import { finding } from '../../../core/finding.ts';
import { auditText } from '../../audit-text.ts';
import { foldSameDefect } from './same-defect.ts';

const TABLE = '一、基本支出决算情况说明\n基本支出决算表\n单位：万元\n项目\t决算数\n人员经费\t1259.07\n公用经费\t438.04\n基本支出合计\t1697.11\n';

describe('foldSameDefect', () => {
  it('reports a prose total that differs from its cell and from its 其中 parts by the same amount once, with both proofs', () => {
    const report = auditText(`${TABLE}2024年度基本支出1694.61万元，其中：人员经费1259.07万元，公用经费438.04万元。`);
    const serious = report.findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['table-text-mismatch']);
    expect(serious[0]!.message).toContain('文中所列各项之和也相符');
    expect(serious[0]!.calculation).toContain('1259.07 + 438.04');
  });

  it('keeps the two findings apart when the differences are not the same (two defects)', () => {
    const report = auditText(`${TABLE}2024年度基本支出1694.61万元，其中：人员经费1269.07万元，公用经费438.04万元。`);
    // Any severity: the 其中 sum may be a 提示 by its evidence shape (data/audit/severity.json); it must not be folded.
    const rules = report.findings.map((f) => f.rule).sort();
    expect(rules).toContain('sum-mismatch');
    expect(rules).toContain('table-text-mismatch');
  });

  it('folds the prose that states the value a wrong cell should have into the finding on that cell', () => {
    // 20101 written 50.00: its 类 (600 = 50 + 100) and its own 项 (200 + 300) both fail; the text says 500.00.
    const table = (kuan: string): string =>
      [
        '一、支出决算情况说明',
        '支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t决算数',
        '201\t一般公共服务支出\t600.00',
        `20101\t人大事务\t${kuan}`,
        '2010101\t行政运行\t200.00',
        '2010102\t一般行政管理事务\t300.00',
        '20102\t政协事务\t100.00',
        '2010201\t行政运行\t100.00',
        '人大事务决算数500.00万元。',
      ].join('\n');
    expect(auditText(table('500.00')).findings).toEqual([]);
    const findings = auditText(table('50.00')).findings;
    expect(findings.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(findings[0]!.message).toMatch(/^表1“20101人大事务”行“决算数”列的50\.00使2处合计不符，改为500\.00.*正文所写也正是改正后的数/);
    expect(findings[0]!.evidence.map((e) => e.quote)).toContain('人大事务决算数500.00万元');
  });
  it('folds a rate and an order that rest on a prose amount differing from its cell into that amount’s finding, when the cell’s value makes them right', () => {
    const table = ['五、一般公共预算财政拨款支出决算情况说明', '一般公共预算财政拨款支出决算表', '单位：万元', '科目编码\t科目名称\t年初预算数\t决算数合计', '20801\t人力资源和社会保障管理事务\t95.00\t90.43', '2080101\t行政运行\t52.00\t50.00', '2080104\t公共就业服务和职业技能鉴定机构\t43.00\t40.43'].join('\n');
    const prose = (amount: string, rate: string): string =>
      `${table}\n1.社会保障和就业支出（类）人力资源和社会保障管理事务（款）公共就业服务和职业技能鉴定机构（项）：年初预算为43.00万元，支出决算为${amount}万元，完成年初预算的${rate}。决算数小于年初预算数的主要原因是严格控制支出。`;
    const serious = (text: string) => auditText(text).findings.filter((f) => f.severity !== 'info');
    expect(serious(prose('40.43', '94.02%'))).toEqual([]);
    // 44.03 for the cell's 40.43: 44.03 ÷ 43 ≠ 94.02% and 44.03 > 43.00 — both right of 40.43, so one defect.
    const one = serious(prose('44.03', '94.02%'));
    expect(one.map((f) => f.rule)).toEqual(['table-text-mismatch']);
    expect(one[0]!.calculation).toBe('44.03万元 ≠ 40.43万元；44.03 ÷ 43 = 102.40% ≠ 94.02%；44.03 > 43.00');
    expect(one[0]!.evidence.map((e) => e.quote)).toContain('决算数小于年初预算数');
    // A rate wrong of the cell's value too (40.43 ÷ 43 ≠ 90.00%) is a defect of its own and stays apart.
    expect(serious(prose('44.03', '90.00%')).map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'table-text-mismatch']);
  });
  it('recognises the cell finding by its locus, not by its wording', () => {
    const cell = { table: '表1', row: '人大事务', column: '决算数' };
    const sum = (locus: boolean) =>
      finding({
        rule: 'sum-mismatch',
        severity: 'error',
        message: '某格有误',
        evidence: [{ quote: '50.00', start: 10, end: 15, cell }],
        difference: 45000,
        ...(locus ? { locus: 'cell' as const } : {}),
      });
    const prose = finding({
      rule: 'table-text-mismatch',
      severity: 'error',
      message: '正文与表不符',
      evidence: [{ quote: '500.00万元', start: 40, end: 48 }, { quote: '50.00', start: 10, end: 15, cell }],
      difference: 45000,
    });
    const folded = foldSameDefect([sum(true), prose]);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.message).toBe('某格有误；正文所写也正是改正后的数（正文与表不符）');
    expect(folded[0]!.locus).toBe('cell');
    expect(foldSameDefect([sum(false), prose])).toHaveLength(2);
  });
});

describe('foldSameDefect: a rate computed from the cell, the prose amount wrong', () => {
  const text = (sentence: string): string =>
    '三、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t年初预算数\t决算数\n' +
    `\t合计\t388.00\t392.15\n207\t文化旅游体育与传媒支出\t355.00\t360.71\n210\t卫生健康支出\t33.00\t31.44\n${sentence}\n`;

  it('reports the wrong amount once, the rate that agrees with the cell folded into it (two wordings)', () => {
    for (const sentence of [
      '文化旅游体育与传媒支出（类）年初预算为355.00万元，支出决算为360.17万元，完成年初预算的101.61%。',
      '文化旅游体育与传媒支出（类）年初预算数355.00万元，决算数360.17万元，预算执行率101.6%。',
    ]) {
      const serious = auditText(text(sentence)).findings.filter((f) => f.severity !== 'info');
      expect(serious.map((f) => f.rule)).toEqual(['table-text-mismatch']);
      expect(serious[0]!.message).toContain('也相符');
    }
  });

  it('keeps the rate finding when the rate agrees with neither the prose nor the cell (two defects)', () => {
    const serious = auditText(text('文化旅游体育与传媒支出（类）年初预算为355.00万元，支出决算为360.17万元，完成年初预算的103.61%。')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'table-text-mismatch']);
  });

  it('folds the rate the same where the prose is in 万元 and the table in 元 (153.26万元 against 1,523,600.00元; audit-pdf 604)', () => {
    const inYuan = (sentence: string): string =>
      '三、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出决算表\n单位：元\n科目编码\t科目名称\t年初预算数\t决算数\n' +
      `\t合计\t3,880,000.00\t3,921,500.00\n207\t文化旅游体育与传媒支出\t3,550,000.00\t3,607,100.00\n210\t卫生健康支出\t330,000.00\t314,400.00\n${sentence}\n`;
    const serious = auditText(inYuan('文化旅游体育与传媒支出（类）年初预算为355.00万元，支出决算为360.17万元，完成年初预算的101.61%。')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['table-text-mismatch']);
    expect(serious[0]!.message).toContain('也相符');
    // A rate right of neither: two defects, two findings.
    const two = auditText(inYuan('文化旅游体育与传媒支出（类）年初预算为355.00万元，支出决算为360.17万元，完成年初预算的103.61%。')).findings.filter((f) => f.severity !== 'info');
    expect(two.map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'table-text-mismatch']);
  });
});

describe('foldSameDefect: a rate written of the 三公 items’ sum, the total wrong', () => {
  const text = (rate: string): string =>
    '七、财政拨款“三公”经费支出决算情况说明\n' +
    `（一）总体情况。2024年度“三公”经费财政拨款支出决算为69,460.61元。与2023年度相比，“三公”经费支出减少5,839.39元，下降${rate}，主要原因是严控公务接待。\n` +
    '（二）具体情况。1.因公出国（境）费支出决算为0元。2.公务用车购置及运行费支出决算为59,575.86元，其中：公务用车购置费0元；公务用车运行费59,575.86元。3.公务接待费支出决算为7,884.75元。\n';

  it('reports the total once, the change rate right of the items’ sum folded into it (691)', () => {
    const serious = auditText(text('7.97%')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(serious[0]!.message).toContain('按所列各项之和');
  });

  it('keeps the rate finding when the rate is right of neither (two defects)', () => {
    const serious = auditText(text('9.97%')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'sum-mismatch']);
  });
});

describe('foldSameDefect: the 三公 total named by the budget before it, an item stated as 为0 (audit-pdf 299, 319)', () => {
  const text = (total: string, rate: string): string =>
    '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n' +
    `2024年度“三公”经费财政拨款支出预算为8.50万元，支出决算为${total}万元，完成预算的${rate}，比上年减少0.81万元。\n` +
    '具体情况如下：（一）因公出国（境）费支出决算为0，与上年持平。\n' +
    '（二）公务用车购置及运行维护费支出预算为6.00万元，支出决算为5.42万元。（三）公务接待费支出预算为2.50万元，支出决算为1.86万元。\n';

  it('adds the items up against the total, the completion rate right of their sum folded into it', () => {
    expect(auditText(text('7.28', '85.65%')).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const serious = auditText(text('7.78', '85.65%')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(serious[0]!.calculation).toMatch(/^0 \+ 5\.42 \+ 1\.86 = 7\.28 ≠ 7\.78；7\.78 ÷ 8\.5 = 91\.53% ≠ 85\.65%/);
  });

  it('keeps a rate right of neither apart (two defects)', () => {
    const serious = auditText(text('7.78', '80.00%')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule).sort()).toEqual(['percent-mismatch', 'sum-mismatch']);
  });
});

describe('foldSameDefect: a share right of the part the list needs, the part wrong (audit-pdf 339, 801)', () => {
  const text = (basic: string, share: string, project: string): string =>
    `三、支出决算情况说明\n2024年度本年支出合计194.60万元，其中：基本支出${basic}万元，占${share}；项目支出${project}万元，占18.41%。\n`;

  it('folds the share into the sum when the parts add up to more than the total, at the sum’s or the share’s severity', () => {
    const serious = auditText(text('168.78', '81.59%', '35.82')).findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(serious[0]!.message).toContain('按合计减去其余各项');
  });

  it('leaves the share alone where the parts fall short (an item may be unlisted: dev 059)', () => {
    // 148.78 + 35.82 = 184.60, 10 short of 194.60; 81.59% is right of 158.78, what the list would need.
    const rules = auditText(text('148.78', '81.59%', '35.82')).findings.map((f) => f.rule).sort();
    expect(rules).toEqual(['percent-mismatch', 'sum-mismatch']);
  });
});

describe('foldSameDefect: the prose states the value that mends a table sum (audit-pdf 345, 802)', () => {
  const cell = (quote: string, start: number) => ({ quote, start, end: start + quote.length, cell: { table: '表10', row: '', column: '本年决算数' } });
  const sum = finding({
    rule: 'sum-mismatch',
    severity: 'error',
    message: '合计不符',
    evidence: [cell('8.61', 10), cell('0.00', 20), cell('7.31', 30), cell('2.30', 40)],
    calculation: '0.00 + 7.31 + 2.30 = 9.61 ≠ 8.61',
    difference: 10000,
  });
  const prose = (amount: string) =>
    finding({
      rule: 'table-text-mismatch',
      severity: 'error',
      message: '正文与表不符',
      evidence: [{ quote: `公务用车购置及运行维护费支出${amount}万元`, start: 100, end: 120 }, cell('7.31', 30)],
      calculation: `${amount}万元 ≠ 7.31万元`,
      difference: 10000,
    });

  it('folds the mismatch into the sum whose part cell it names when the prose value makes the sum hold', () => {
    const folded = foldSameDefect([sum, prose('6.31')]);
    expect(folded.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(folded[0]!.message).toContain('正文所写也正是改正后的数');
  });

  it('keeps both when the prose value does not mend the sum', () => {
    expect(foldSameDefect([sum, prose('8.31')])).toHaveLength(2);
  });
});

describe('foldSameDefect: one amount in the wrong unit read several ways (audit-pdf 223, 302)', () => {
  const amount = { quote: '机关运行经费支出46.82元', start: 100, end: 114 };
  const unit = (severity: 'error' | 'warning' | 'info', message: string, evidence: { quote: string; start: number; end: number }[]) =>
    finding({ rule: 'unit', severity, message, evidence, calculation: message });

  it('reports the unit findings that quote one place as one, at the gravest severity, every proof kept', () => {
    const folded = foldSameDefect([
      unit('warning', '同一数字两种单位', [amount, { quote: '公用经费46.82万元', start: 40, end: 51 }]),
      unit('error', '变动率只合于万元', [amount, { quote: '下降4.74%', start: 120, end: 127 }]),
      unit('warning', '占57.00缺少%', [{ quote: '占57.00', start: 200, end: 206 }]),
    ]);
    expect(folded.map((f) => [f.severity, f.message])).toEqual([
      ['error', '变动率只合于万元；同一处单位另据（同一数字两种单位）'],
      ['warning', '占57.00缺少%'],
    ]);
    expect(folded[0]!.evidence.map((e) => e.quote)).toEqual(['机关运行经费支出46.82元', '下降4.74%', '公用经费46.82万元']);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { percentMismatch } from './percent-mismatch.ts';

describe('percent-mismatch', () => {
  it('checks each change rate against last year\'s figure given after 上年同期分别为 in the same order (shape respective-base-rate)', () => {
    const shapes = (t: string) => runRule(percentMismatch, t).findings.filter((f) => f.shape === 'respective-base-rate').map((f) => f.calculation);
    const text = (r: string) => `全年举办各类培训班58期，同比增长${r}；培训人员3,260人次，同比下降5.2%。上年同期分别为48期和3,440人次。`;
    expect(shapes(text('20.8%'))).toEqual([]);
    expect(shapes(text('12.8%'))).toEqual(['(58 − 48) ÷ 48 = 20.83% ≠ 12.8%']);
    // Last year's figures not given together after 分别为: nothing is paired.
    expect(shapes(text('12.8%').replace('分别为48期和3,440人次', '为48期'))).toEqual([]);
  });

  it('reads a share of a whole restated in brackets in another unit against either figure (0.524亿元（524.00万元）)', () => {
    const shapes = (t: string) => runRule(percentMismatch, t).findings.map((f) => f.shape);
    // The restatement slipped its unit (the unit rule's finding); the share fits the bracketed figure: no second finding.
    expect(shapes('全年下拨农机补贴资金0.524亿元（524.00万元），其中购置补贴资金312.40万元，占59.62%。')).toEqual([]);
    // A share that fits neither is still wrong.
    expect(shapes('全年下拨农机补贴资金0.524亿元（524.00万元），其中购置补贴资金312.40万元，占58.62%。')).toEqual(['share-of-list-total']);
  });

  it('reads a rate after a bound word (执行率超过100%，系…) as the bound compared with, not the rate written (dev 3043)', () => {
    const text = '1.馆藏档案数字化加工：全年预算80.00万元，实际支出86.40万元，执行率108.00%。执行率超过100%，系本年同时使用了上年结转资金6.40万元。';
    expect(runRule(percentMismatch, text).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The same sentence stating the rate as 100% is checked.
    expect(runRule(percentMismatch, text.replace('执行率超过100%', '执行率为100%')).findings.length).toBeGreaterThan(0);
  });

  it('leaves a bare share to the whole its sibling names (占收入总额的R1%；…，占R2%) when the list total is another', () => {
    const shares = (t: string) => runRule(percentMismatch, t).findings.filter((f) => f.shape === 'share-of-list-total').map((f) => f.calculation);
    const named = '本年收入2,000.00万元，其中财政拨款1,600.00万元，占收入总额的64.00%；事业收入400.00万元，占16.00%。';
    expect(shares(named)).toEqual([]);
    // Without the sibling's named whole, the bare share is read against the list's total.
    expect(shares(named.replace('占收入总额的64.00%', '占80.00%'))).toHaveLength(1);
  });

  it('checks a change rate whose direction words keep the form\'s alternative (减少（增加）C，下降（增加）R%) against both directions', () => {
    // Real shape (a school's 2017 三公 budget note, spent dev 2336), new wording: the form's either/or left in both the
    // change and its rate; the direction is unknown, so the rate must fit one of the two.
    const text = '本单位2019年“三公”经费财政拨款预算安排8.40万元，其中：公务用车运行费5万元，公务接待费3.40万元。2019年“三公”经费预算数较2018年减少（增加）0.40万元，同比下降（增加）12%。';
    const found = runRule(percentMismatch, text).findings;
    expect(found.map((f) => f.calculation)).toEqual(['0.4 ÷ (8.4 − 0.4) = 5.00%，0.4 ÷ (8.4 + 0.4) = 4.55%，均 ≠ 12%']);
    // A rate that fits either direction is right whichever was meant.
    expect(runRule(percentMismatch, text.replace('12%', '5%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text.replace('12%', '4.55%')).findings).toEqual([]);
    // A reading that leaves no base (a rise of the whole amount from 0) is not the one meant: the rate must fit the other.
    const fromNothing = '2023年度支出总计67.65万元，与2022年度相比，支出总计增加（减少）67.65万元，增长（下降）100%。';
    expect(runRule(percentMismatch, fromNothing).findings.map((f) => f.calculation)).toEqual(['67.65 − 67.65 = 0，无基数，67.65 ÷ (67.65 + 67.65) = 50.00%，均 ≠ 100%']);
  });

  it('finds the named whole of a share stated under the own lead of the report (its year, its own body, its own area) in an earlier sentence', () => {
    // Real shape (a town's 2022 budget, dev 2299), new wording and figures: the whole is stated as 2023年某乡人民政府收入预算总额,
    // the share names it 收入预算总额, and the 其中 list is cut by the page (no list total to fall back on).
    const text = (rate: string, lead = '2023年青石乡人民政府'): string =>
      `青石乡人民政府2023年部门预算\n\n（一）收入预算情况\n${lead}收入预算总额为1200万元，比上年增加100万元。其中：财政拨款收入900万元，占收入预算总额的75%；其他收入280万元，占收入预算总额的${rate}%；上年结`;
    expect(runRule(percentMismatch, text('23.33')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('25.33')).findings.map((f) => f.message)).toEqual([expect.stringContaining('1200万元计算应为23.33%')]);
    expect(runRule(percentMismatch, text('25.33', '2023年全乡')).findings.map((f) => f.message)).toEqual([expect.stringContaining('1200万元计算应为23.33%')]);
    // Precondition: another year or another body before the name is another quantity — nothing is said.
    expect(runRule(percentMismatch, text('25.33', '2022年青石乡人民政府')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('25.33', '2023年白河乡人民政府')).findings).toEqual([]);
  });

  it('leaves a target count (不少于N) out of the two counts a named rate divides (former test32 2724)', () => {
    const text = (rate: string): string => `年度目标为完成监督抽检不少于1,500批次，实际完成抽检1,926批次，合格1,878批次，抽检合格率${rate}%，处置率100%。`;
    expect(runRule(percentMismatch, text('97.51')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('98.6')).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('1,878 ÷ 1,926')]);
  });

  it('leaves a share that fits its part read in the whole\'s unit to the unit rule (402.80元 among 万元; former test31 2718)', () => {
    const text = (unit: string, rate = '1.11'): string =>
      `2025年一般公共预算拨款支出36,418.20万元，其中：教育支出33,972.60万元，占93.28%；社会保障和就业支出1,508.40万元，占4.14%；卫生健康支出402.80${unit}，占${rate}%；住房保障支出534.40万元，占1.47%。`;
    expect(runRule(percentMismatch, text('元')).findings).toEqual([]);
    // A share that fits neither reading is still reported.
    expect(runRule(percentMismatch, text('万元', '2.11')).findings.map((f) => f.message)).toEqual([expect.stringContaining('应为1.11%')]);
  });

  it('leaves a bare 占R% alone after a sibling share that names another whole than the list\'s total', () => {
    // Invented figures: 人员经费 and 公用经费 are both given as shares of 支出总额 (1000), not of 基本支出 (900).
    const text = (lead: string): string =>
      `全年支出1,000.00万元。基本支出900.00万元，其中人员经费810.00万元，${lead}81.00%；公用经费90.00万元，占9.00%。`;
    expect(runRule(percentMismatch, text('占支出总额的')).findings).toEqual([]);
    // Without the sibling's named whole, both bare shares are read against the list's total, and both are wrong.
    expect(runRule(percentMismatch, text('占')).findings.map((f) => f.calculation)).toEqual([
      expect.stringContaining('810 ÷ 900 = 90.00% ≠ 81.00%'),
      expect.stringContaining('90 ÷ 900 = 10.00% ≠ 9.00%'),
    ]);
  });

  it('reads a 拨付率 as paid ÷ allotted, like an execution rate (former test32 2720)', () => {
    const text = (rate: string): string => `全年下达基本公共卫生服务项目资金612.40万元，已拨付至各镇街卫生院587.90万元，拨付率${rate}%，剩余资金待考核后拨付。`;
    expect(runRule(percentMismatch, text('96.00')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('97.00')).findings.map((f) => f.message)).toEqual(['拨付率写为97.00%，按所列数字计算应为96.00%']);
  });

  it('reads an amount labelled with the year before the change\'s own as the base of its rate (2023年实际支出A，2024年比上年增加C)', () => {
    // Class of former test32 (2723, 2730): the prior year's amount stands first, the change names its own later year.
    const text = (rate: string): string =>
      '（二）预算执行\n2024年实际支出2,652.40万元，其中基本支出1,298.66万元、项目支出1,353.74万元。\n2023年实际支出2,513.08万元，2024年比上年增加139.32万元，增长' + rate + '%，主要是补助资金增加。';
    // 139.32 ÷ 2,513.08 = 5.54 %: right over the prior year's amount.
    expect(runRule(percentMismatch, text('5.54')).findings).toEqual([]);
    // Precondition: the years are written; a rate fitting neither reading is still reported.
    expect(runRule(percentMismatch, text('8.54')).findings.length).toBe(1);
  });

  it('reads a change against the amount of the sentence before whose whole subject it names, not the nearest sharing a word', () => {
    const text = (rate: string): string =>
      `2024年度财政拨款收入4,318,223.09元，年初财政拨款结转和结余62,965.82元；财政拨款支出4,322,896.24元，年末财政拨款结转和结余58,292.67元。财政拨款收入较上年增加8,552.77元，增长${rate}%。`;
    expect(runRule(percentMismatch, text('0.20')).findings).toEqual([]);
    // 8,552.77 ÷ (4,318,223.09 − 8,552.77) = 0.20 %: a rate of 0.30 % is wrong against it.
    expect(runRule(percentMismatch, text('0.30')).findings.map((f) => f.message)).toEqual([expect.stringContaining('4,318,223.09')]);
  });

  it('reads a saving rate against the amount saved and the budget stated before it (节约 ÷ 预算)', () => {
    // 386.2 ÷ 4120.5 = 9.37 %, not 9.73 %.
    const text = '全年政府采购预算4120.5万元，实际采购3734.3万元，节约资金386.2万元，资金节约率9.73%。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('= 9.37% ≠ 9.73%')]);
    expect(runRule(percentMismatch, text.replace('9.73%', '9.37%')).findings).toEqual([]);
    // Without a stated budget (the plan is the scale plus the saving) the rate is not read.
    expect(runRule(percentMismatch, '全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元，资金节约率达14.41%。').findings).toEqual([]);
  });

  it('reads a gap in percentage points against the two rates before it, each signed by its direction word', () => {
    // +21.4 and −6.3 are 27.7 points apart, not 17.7.
    const text = '各乡镇中，增幅最大的是东关镇，同比增长21.4%；降幅最大的是西河乡，同比下降6.3%，两者相差17.7个百分点。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings.map((f) => f.calculation)).toEqual([expect.stringContaining('= 27.7 ≠ 17.7')]);
    // Right gaps, two levels without a direction word, and a gap with more or fewer than two rates say nothing.
    expect(runRule(percentMismatch, '增幅最大的是东关镇，同比增长21.4%；降幅最大的是西河乡，同比下降6.3%，两者相差27.7个百分点。').findings).toEqual([]);
    expect(runRule(percentMismatch, '税收收入占比为72.4%，非税收入占比为27.6%，差距为44.8个百分点。').findings).toEqual([]);
    expect(runRule(percentMismatch, '东关镇同比增长21.4%，南桥镇增长9.0%，西河乡下降6.3%，最高与最低相差17.7个百分点。').findings).toEqual([]);
    expect(runRule(percentMismatch, '本年执行率为96.5%，比全省平均水平相差3.5个百分点。').findings).toEqual([]);
  });

  it('reads X占Y的R% with no amount in its sentence against the amounts named X and Y in the sentence before', () => {
    const text = (r1: string): string => `本年基本支出417.66万元，其中：人员经费367.55万元，主要包括工资等；公用经费50.11万元，主要包括办公费等。人员经费占基本支出的${r1}，公用经费占基本支出的12.00%。`;
    expect(runRule(percentMismatch, text('88.00%')).findings).toEqual([]);
    const { findings } = runRule(percentMismatch, text('86.00%'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('88.00%');
  });

  it('leaves a rate that fits its own direction word against an opposite change word (减少C，增长R%) to the direction rule', () => {
    expect(runRule(percentMismatch, '本年机关运行经费支出50.17万元，比上年减少0.92万元，增长1.87%。').findings).toEqual([]);
    // A rate that fits neither reading is still wrong.
    expect(runRule(percentMismatch, '本年机关运行经费支出50.17万元，比上年减少0.92万元，增长9.87%。').findings).toHaveLength(1);
  });

  it('reads a change after a 含 / 包括 list against the whole the list is included in, not only its last item', () => {
    // 100 / (1100 − 100) = 10 %: the whole's rate; against the last item 300 it would be 50 %.
    expect(runRule(percentMismatch, '本局2024年收支总预算1100万元，含下属中心经费200万元、培训费300万元；比上年增加100万元，增长10%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '全年支出总额880万元（包括专项资金120万元，工程款160万元），较上年减少120万元，下降12%。').findings).toEqual([]);
    // Direction word opposite to the change, with the rate fitting the whole read the other way: the direction rule's.
    expect(runRule(percentMismatch, '收支总预算1100万元，含下属中心经费200万元、培训费300万元；比上年减少100万元，增长10%。').findings).toEqual([]);
    // A rate that fits neither the whole nor the item is still wrong; and an item without 含 is read as before.
    expect(runRule(percentMismatch, '本局2024年收支总预算1100万元，含下属中心经费200万元、培训费300万元；比上年增加100万元，增长17%。').findings).toHaveLength(1);
    expect(runRule(percentMismatch, '本局收支总预算1100万元，其他单位经费300万元，比上年增加100万元，增长10%。').findings).toHaveLength(1);
  });

  it('reads an execution rate against the amount stated as the whole (共 / 总额) before the amount paid out, in one sentence', () => {
    expect(runRule(percentMismatch, '本项目资金共500万元，截至12月底已拨付450万元，执行率100%。').findings.map((f) => f.calculation)).toEqual(['450 ÷ 500 = 90.00% ≠ 100%']);
    expect(runRule(percentMismatch, '项目资金总额为1200万元，年内实际支出1140万元，资金执行率为100%。').findings).toHaveLength(1);
    // Rates that fit, two wholes, or the whole in another sentence are left alone.
    expect(runRule(percentMismatch, '本项目资金共500万元，截至12月底已拨付450万元，执行率90%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '资金共500万元，另有配套共300万元，已拨付450万元，执行率100%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '本项目资金共500万元。截至12月底已拨付450万元，执行率100%。').findings).toEqual([]);
  });

  it('checks a change against the budget (决算A，比年初预算减少C，下降R%) as C ÷ (A ± C)', () => {
    const text = (rate: string): string => `一般公共服务支出（类）支出决算为128,600.00元，占4.18%；比年初预算减少21,400.00元，下降\n${rate}。主要原因是按实际需要安排支出。`;
    expect(runRule(percentMismatch, text('14.27%')).findings).toEqual([]);
    const { findings } = runRule(percentMismatch, text('42.80%'));
    expect(findings.map((f) => f.calculation)).toEqual([expect.stringContaining('= 14.27% ≠ 42.80%')]);
    // A rate that fits only the opposite change (both words wrong) is the direction rule's finding.
    expect(runRule(percentMismatch, '支出决算为330.53万元，比年初预算减少6.53万元，下降2.02%。').findings).toEqual([]);
    // So too against last year (与上年相比，各增加63.12，增长9.58% with 9.58% = 63.12 ÷ (595.66 + 63.12): a fall).
    const lastYear = (rate: string): string => `2024年度收入总计595.66万元，支出总计595.66万元。与上年相比，收、支总计各增加63.12万元，增长${rate}。`;
    expect(runRule(percentMismatch, lastYear('9.58%')).findings).toEqual([]);
    expect(runRule(percentMismatch, lastYear('7.00%')).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('= 11.85% ≠ 7.00%')]);
  });

  it('leaves a completion rate that fits the sum of its 决算’s listed parts to sum-mismatch (the 决算 is the wrong figure)', () => {
    const text = (rate: string): string => `“三公”经费财政拨款支出预算为5.00万元，支出决算为4.63万元，完成预算的${rate}。其中：因公出国（境）费0.00万元；公务用车购置费0.00万元；公务用车运行维护费4.20万元；公务接待费0.33万元。`;
    expect(runRule(percentMismatch, text('90.60%')).findings).toEqual([]);
    // A rate that fits neither the 决算 nor its parts is still wrong.
    expect(runRule(percentMismatch, text('80.60%')).findings).toHaveLength(1);
  });

  it('reports an execution rate that its figures do not give', () => {
    const { findings } = runRule(percentMismatch, '全年预算数1059.41万元，决算数1000万元，预算执行率98%。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('1000 ÷ 1059.41 = 94.39% ≠ 98%');
  });

  it('accepts a rate within rounding', () => {
    expect(runRule(percentMismatch, '全年预算数1059.41万元，决算数1000万元，预算执行率94.39%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '全年预算数1059.41万元，决算数1059.41万元，执行率100%。').findings).toEqual([]);
  });

  it('reports a change rate that the amount and its change do not give', () => {
    const { findings } = runRule(percentMismatch, '收入合计120万元，较上年决算数增加20万元，增长25%。');
    expect(findings[0]!.calculation).toBe('20 ÷ (120 − 20) = 20.00% ≠ 25%');
    expect(runRule(percentMismatch, '收入合计6567.06万元，较上年决算数减少710.50万元，下降9.76%。').findings).toEqual([]);
  });

  it('makes a rate cut in its last digit (8.158 % written 8.15 %) a 提示 (info), a larger gap an error', () => {
    const cut = runRule(percentMismatch, '公务接待费为201.25万元，比上年增加15.18万元，增长8.15%。');
    expect(cut.findings.map((f) => f.severity)).toEqual(['info']);
    const off = runRule(percentMismatch, '公务接待费为201.25万元，比上年增加15.18万元，增长8.13%。');
    expect(off.findings.map((f) => f.severity)).toEqual(['error']);
    // A whole-number rate one point off is no cut digit.
    expect(runRule(percentMismatch, '全年预算数100.00万元，决算数95.00万元，预算执行率94%。').findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(percentMismatch, '全年预算数1059.41万元，决算数1000万元，预算执行率94.38%。').findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('does not guess without both figures', () => {
    expect(runRule(percentMismatch, '完成年度任务的111.7%。预算执行率98%。').findings).toEqual([]);
  });
});

describe('percent-mismatch: shares (占)', () => {
  it('reports a share that the named whole does not give', () => {
    const text = '基本支出881300.39元。其中人员经费716052.51元，占基本支出的81.25%；公用经费165247.88元，占基本支出的18.76%。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('165247.88 ÷ 881300.39 = 18.75% ≠ 18.76%');
  });

  it('says nothing of a share of several amounts together (两项合计占)', () => {
    const text = '本年收入合计42828.11万元，其中：财政拨款17229.53万元，占40.2%；经营收入16.35万元，附属单位上缴收入3.36万元，两项合计占0.05%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    expect(runRule(percentMismatch, text.replace('40.2%', '45.2%')).findings).toHaveLength(1);
  });

  it('takes the whole written under the name the share gives (占本年支出合计的), not a nearer amount of a shorter label', () => {
    const text =
      '本年支出合计5,389,530.97元，其中：基本支出3,765,750.47元。财政拨款支出总计中，本年支出5,350,930.97元。一般公共预算财政拨款支出5,350,930.97元，占本年支出合计的99.28%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    const wrong = runRule(percentMismatch, text.replace('99.28%', '98.28%')).findings;
    expect(wrong.map((f) => f.calculation)).toEqual(['5350930.97 ÷ 5389530.97 = 99.28% ≠ 98.28%']);
    // Without an amount written under that name, the nearest amount of the label is still the whole.
    const shorter = runRule(percentMismatch, '本年支出5,389,530.97元。一般公共预算财政拨款支出5,350,930.97元，占本年支出合计的98.28%。').findings;
    expect(shorter.map((f) => f.calculation)).toEqual(['5350930.97 ÷ 5389530.97 = 99.28% ≠ 98.28%']);
  });

  it('takes the whole of the rate’s own sentence written under the body and year that lead it (石牖县水利局2024年度本年收入合计)', () => {
    const text = (rate: string): string =>
      `石牖县水利局2024年度本年收入合计2005.97万元，其中：财政拨款收入1964.27万元，占本年收入合计的${rate}；其他收入41.70万元，占本年收入合计的2.08%。`;
    expect(runRule(percentMismatch, text('97.92%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('95.92%')).findings.map((f) => f.calculation)).toEqual(['1964.27 ÷ 2005.97 = 97.92% ≠ 95.92%']);
    // Look-alike: a year-led amount in another sentence is not taken for the whole by that name.
    expect(runRule(percentMismatch, '2023年度本年收入合计1800.00万元。财政拨款收入1964.27万元，占本年收入合计的95.92%。').findings).toEqual([]);
  });

  it('says nothing when the whole is not stated by name', () => {
    expect(runRule(percentMismatch, '公用经费165247.88元，占一般公共预算支出的18.76%。').findings).toEqual([]);
  });
});

describe('percent-mismatch: a rate of the amounts spent and left unspent', () => {
  it('checks 支付率 against spent ÷ (spent + unspent) when no budget is stated', () => {
    const text = (rate: string) => `巩固成果资金支付18501.096万元，未支703万元，支付率${rate}。`;
    expect(runRule(percentMismatch, text('95%')).findings.map((f) => f.calculation)).toEqual(['18501.096 ÷ (18501.096 + 703) = 96.34% ≠ 95%']);
    expect(runRule(percentMismatch, text('96.34%')).findings).toEqual([]);
    // Two unspent amounts: which one is of this rate is unknown.
    expect(runRule(percentMismatch, '资金支付100万元，未支10万元，未支付质保金5万元，支付率50%。').findings).toEqual([]);
  });
});

describe('percent-mismatch: 执行率 in a table', () => {
  const table = (rate: string) => `项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t90\t90\t89.974\t10\t${rate}\t10\n`;

  it('reports a rate that the row’s amounts do not give', () => {
    const { findings } = runRule(percentMismatch, table('0'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('89.974 ÷ 90 = 99.97% ≠ 0');
  });

  it('accepts the right rate, as a percent or a fraction', () => {
    expect(runRule(percentMismatch, table('99.97%')).findings).toEqual([]);
    expect(runRule(percentMismatch, table('0.9997')).findings).toEqual([]);
  });

  it('reads nothing from a row one column off its header (the label’s column lost to a row above)', () => {
    const shifted = (rate: string) => `预算资金（万元）\n年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t329.77\t329.77\t338.31\t10\t${rate}\n`;
    expect(runRule(percentMismatch, shifted('102.59%')).findings).toEqual([]);
    // The same row under a header with the label's column is read, and the 分值 10 is no rate.
    expect(runRule(percentMismatch, `项目\t${shifted('102.59%').split('\n')[1]}\n年度资金总额\t329.77\t329.77\t338.31\t10\t95%\n`).findings).toHaveLength(1);
  });

  it('reads a row under a header whose label column names the block with a phase word in it (预算执行情况(万元))', () => {
    // Invented, in the shape of a provincial 项目支出绩效自评表: the funds block's own header over its one row.
    const block = (rate: string) => `项目名称 | 社区书屋更新 | | |\n预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n年度财政资金总额 | 12 | 10.8 | ${rate} | 18 |\n`;
    expect(runRule(percentMismatch, block('100%')).findings.map((f) => f.calculation)).toEqual(['10.8 ÷ 12 = 90.00% ≠ 100%']);
    expect(runRule(percentMismatch, block('90%')).findings).toEqual([]);
    // Still nothing from a row one column off a header of amount titles only (年初预算数 over the label).
    expect(runRule(percentMismatch, `年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 | 12 | 12 | 10.8 | 10 | 100% |\n`).findings).toEqual([]);
  });

  it('reads nothing from a row whose per-cent stands left of the rate column (a cell lost in the copy)', () => {
    const header = '项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n';
    // 全年执行数 lost: 10 (the 分值) under 全年执行数, 100% under 分值, 10 (the 得分) under 执行率.
    expect(runRule(percentMismatch, `${header}年度资金总额\t387664.62\t387664.62\t10\t100%\t10\n`).findings).toEqual([]);
    // The whole row is read, and a wrong bare rate beside a per-cent in no other column is still found.
    expect(runRule(percentMismatch, `${header}年度资金总额\t387664.62\t387664.62\t387664.62\t10\t90\t10\n`).findings).toHaveLength(1);
  });
});

describe('percent-mismatch: a column whose header names its ratio (决算数为年初预算数的%)', () => {
  const table = (p: string) =>
    [
      '单位：万元',
      '科目编码\t科目名称\t年初预算数\t决算数小计\t决算数基本支出\t决算数项目支出\t决算数为年初预算数的%',
      `2110101\t行政运行\t1097.99\t1069.41\t1069.41\t0.00\t${p}`,
      '2110102\t一般行政管理事务\t200.00\t150.00\t0.00\t150.00\t75.00',
    ].join('\n');

  it('reports a share the row’s 决算 小计 and 年初预算 do not give, and accepts the right one', () => {
    const { findings } = runRule(percentMismatch, table('88.40'));
    expect(findings.map((f) => f.calculation)).toEqual(['1069.41 ÷ 1097.99 = 97.40% ≠ 88.40']);
    expect(runRule(percentMismatch, table('97.40')).findings).toEqual([]);
  });

  it('reads a small share as per cent under a % header (0.85 is 0.85 %, not 85 %)', () => {
    const small = ['单位：万元', '科目名称\t年初预算数\t决算数\t决算数为年初预算数的%', '行政运行\t1000.00\t8.50\t0.85'].join('\n');
    expect(runRule(percentMismatch, small).findings).toEqual([]);
  });
});

describe('percent-mismatch: 执行率 of a 自评表 flattened one cell per line', () => {
  const broken = '项目资金\n(万元)\n年初\n预算数\n全年预算数\n全年\n执行数\n分值\n执行率\n得分\n';
  const whole = '项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n';

  it('reports a rate that the row’s amounts do not give, whatever the header’s line breaks', () => {
    const a = runRule(percentMismatch, `${broken}年度资金总额\n4753.66万元\n4753.66万元\n3824.26万元\n10\n100%\n10\n`);
    expect(a.findings.map((f) => f.calculation)).toEqual(['3824.26万元 ÷ 4753.66万元 = 80.45% ≠ 100%']);
    const b = runRule(percentMismatch, `${whole}年度资金总额\n120\n118\n106.2\n10\n90%\n9\n其中：当年财政拨款\n120\n118\n106.2\n—\n95.5%\n—\n`);
    expect(b.findings.map((f) => f.evidence[0]!.quote)).toEqual(['95.5%']);
  });

  it('reads the row on one line with its cells set apart by single spaces (年度资金总额: 80 80 72 10 100% 10)', () => {
    // Shape (a project self-evaluation table as a page's text, test21 spent), invented wording.
    const header = '项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n';
    const rows = (rate: string): string => `${header}年度资金总额: 80 80 72 10 ${rate} 10\n 其中:本年财政拨款 80 80 72 - 90% -\n`;
    expect(runRule(percentMismatch, rows('100%')).findings.map((f) => f.calculation)).toEqual(['72 ÷ 80 = 90.00% ≠ 100%']);
    expect(runRule(percentMismatch, rows('90%')).findings).toEqual([]);
    // The header in its other wordings (rule-words stackedHeader*): 年初预算, 调整后预算数, 预算执行率.
    const reworded = rows('100%').replace('年初预算数', '年初预算').replace('全年预算数', '调整后预算数').replace('执行率', '预算执行率');
    expect(runRule(percentMismatch, reworded).findings.map((f) => f.calculation)).toEqual(['72 ÷ 80 = 90.00% ≠ 100%']);
    // Without the form's header the pieces are not read as its cells.
    expect(runRule(percentMismatch, '年度资金总额: 80 80 72 10 100% 10\n').findings).toEqual([]);
  });

  it('accepts the right rate and reads no stacked lines without the form’s header', () => {
    expect(runRule(percentMismatch, `${broken}年度资金总额\n43.2\n43.2\n37.24\n10\n86%\n9\n`).findings).toEqual([]);
    expect(runRule(percentMismatch, '项目\n预算数\n调整数\n决算数\n序号\n占比\n基本支出\n100\n20\n60\n1\n45%\n').findings).toEqual([]);
  });
});

describe('percent-mismatch: shares over 100%', () => {
  it('reports shares of one whole that add up to more than 100%', () => {
    const text = '1. 基本支出预算2476260.58元，占一般公共预算支出的84.06%。\n2. 项目支出469500元，占一般公共预算支出的19.62%。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings.map((f) => f.calculation)).toEqual(['84.06 + 19.62 = 103.68% > 100%']);
  });

  it('does not add up completion rates against each item’s own plan (占调整预算R%)', () => {
    const text = '收入完成800万元，占调整预算的100%，支出完成4100万元，占调整预算的100%。税务部门完成130万元，占调整预算100.93%；财政部门完成140万元，占调整预算110.14%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    // A named whole that is a total, not a plan, is still one whole.
    const shares = '税务部门完成130万元，占收入总额的60%；财政部门完成140万元，占收入总额的50%。';
    expect(runRule(percentMismatch, shares).findings.map((f) => f.calculation)).toContain('60 + 50 = 110.00% > 100%');
  });

  it('does not add a part’s share to its whole’s', () => {
    const text = '基本支出80万元，占总支出的80%，其中：工资50万元，占总支出的50%；公用30万元，占总支出的30%。项目支出20万元，占总支出的20%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
  });

  it('keeps a second complete breakdown of the same whole (after 其中, adding up to 100%) apart from the first', () => {
    const head = '项目支出预算48100元，占支出总预算的4.43%，同比无增减变化。\n其中：\n';
    const one = '（一）文化支出类科目850088.3元，\n占支出总预算78.33%，同比减少54357.12元。\n（二）社保支出类科目116433.12元，\n占支出总预算10.73%，同比增加16803.36元。\n';
    const two = '（三）卫生支出类科目43897.73元，\n占支出总预算4.04%，同比减少6014.46元。\n（四）住房支出类科目74784.48元，\n占支出总预算6.90%，同比增加62.16元。';
    expect(runRule(percentMismatch, head + one + two).findings).toEqual([]);
    // Shares of the numbered items that do not make up a whole are still added up (the share in the unnumbered
    // sentence before them is not one of the list's items).
    const partial = runRule(percentMismatch, head + one.replace('10.73%', '30.73%')).findings;
    expect(partial.map((f) => f.calculation)).toEqual(['78.33 + 30.73 = 109.06% > 100%']);
  });

  it('makes a rate whose base is inferred, not named, a 提示 (info)', () => {
    // A change naming no item, read against the sole amount of the sentence before.
    const sole = runRule(percentMismatch, '本年支出合计100.00万元。比上年增加20.00万元，增长30.00%。');
    expect(sole.findings.map((f) => f.severity)).toEqual(['info']);
    const named = runRule(percentMismatch, '本年支出合计100.00万元，比上年增加20.00万元，增长30.00%。');
    expect(named.findings.map((f) => f.severity)).toEqual(['error']);
    // A share whose whole is taken from the sentence's lead (…决算中，A万元，占R%).
    const lead = runRule(percentMismatch, '2023年度“三公”经费财政拨款支出决算为62.00万元。2023年度“三公”经费财政拨款支出决算中，因公出国（境）费12.02万元，占29.4%。');
    expect(lead.findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('says nothing of rates listed together, which pair with their amounts by order (A和B，占X的R1%和R2%)', () => {
    const text = '全国政府采购规模为33067.0亿元。中央、地方政府采购规模分别为2666.3亿元和30400.7亿元，占全国政府采购规模的8.1%和91.9%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
  });

  it('adds only the shares of one breakdown: one sentence or one numbered list, not shares by other criteria', () => {
    const text =
      '货物类、工程类和服务类采购金额分别为6571.4亿元、11155.2亿元和3343.9亿元，占全国政府采购规模的比重为31.2%、52.9%和15.9%。公开招标金额为16413.5亿元，占全国政府采购规模的77.9%。\n' +
      '节能产品规模达到1346.3亿元，占同类产品采购规模的71.5%；环保产品规模达到1360亿元，占同类产品采购规模的81.5%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    const one = '货物类采购6571.4亿元，占全国政府采购规模的41.2%；工程类采购11155.2亿元，占全国政府采购规模的62.9%。';
    expect(runRule(percentMismatch, one).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads a numbered line that ends in a comma on into the next line (its amount is the rate’s base)', () => {
    const text = '（一）文化旅游体育与传媒支出类科目 850088.3 元，\n占支出总预算 78.33%，同比减少 54357.12 元，下降 6.00 %。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings.map((f) => f.message)).toEqual(['变动率写为6.00 %，按本年850088.3 元、变动54357.12 元计算应为6.01%']);
  });

  it('checks the second of paired rates against the second amount and change (分别减少C1和C2，下降R1和R2)', () => {
    const text = '包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.02亿元和0.56亿元，下降12.5%和43.7%。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual(['0.56 ÷ (1.27 + 0.56) = 30.60% ≠ 43.7%']);
    expect(runRule(percentMismatch, text.replace('43.7%', '30.6%')).findings).toEqual([]);
    // Pairs written with a comma, the unit after the second, the amounts in the sentence before (各是A1,A2万元。).
    const comma = '2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.26%。';
    expect(runRule(percentMismatch, comma).findings.map((f) => f.calculation)).toEqual(['2570.97 ÷ (4143.91 + 2570.97) = 38.29% ≠ 38.26%']);
    expect(runRule(percentMismatch, comma.replace('38.26%', '38.29%')).findings).toEqual([]);
    // The unit of the pair wrapped onto the next line of the sentence (…1267.86,2570.97⏎万元,…) is still theirs.
    const wrapped = comma.replace('各减少1267.86,2570.97万元', '各减少1267.86,2570.97\n万元').replace('与2021年相比', '经对比分析，与2021年相比');
    expect(runRule(percentMismatch, wrapped).findings.map((f) => f.calculation)).toEqual(['2570.97 ÷ (4143.91 + 2570.97) = 38.29% ≠ 38.26%']);
    // The years written in Chinese digits (与二〇二一年相比) read the same; the quote keeps them as written.
    const cn = comma.replace('2022年度', '二〇二二年度').replace('与2021年', '与二〇二一年');
    const found = runRule(percentMismatch, cn).findings;
    expect(found.map((f) => f.calculation)).toEqual(['2570.97 ÷ (4143.91 + 2570.97) = 38.29% ≠ 38.26%']);
    expect(found.flatMap((f) => f.evidence.map((e) => e.quote)).join('')).not.toMatch(/20[0-9]{2}/);
    // Without 分别/各 the changes are not said to pair with the amounts.
    expect(runRule(percentMismatch, text.replace('分别减少', '减少')).findings).toEqual([]);
  });

  it('checks a change rate against the prior year’s amount stated right before the change (上年度…B元，减少C元，下降R%)', () => {
    const text = '本年度收入合计3258909.77元,上年度收入合计3736198.37元,收入减少477288.6元,同比下降12.770%;本年度支出合计3258909.77元,上年度支出合计3785198.37元,支出减少526288.6元,同比下降13.90%。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual(['477288.6 ÷ 3736198.37 = 12.775% ≠ 12.770%']);
    expect(runRule(percentMismatch, text.replace('12.770%', '12.77%')).findings).toEqual([]);
  });

  it('takes an amount named by 去年 but followed by its own 同比 change as the later year’s amount, not the base', () => {
    // Invented wording: a news item of January telling last year's revenue and its change on the year before.
    const text = '记者获悉，去年全年全县一般公共预算收入完成52400万元，同比增加4400万元，增长9.2%。';
    // 4400 ÷ (52400 − 4400) = 9.17 %: no mismatch (against 52400 itself it would read 8.40 %).
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    // Without the 同比 the 上年 amount is still the base of the change that follows it.
    expect(runRule(percentMismatch, '上年度收入合计52400万元，收入增加4400万元，增长9.2%。').findings.map((f) => f.calculation)).toEqual(['4400 ÷ 52400 = 8.40% ≠ 9.2%']);
  });

  it('checks a change rate whose current amount stands in the sentence before (与2023年相比 …)', () => {
    const text = '2024年度收、支总计均为3602.76万元。与2023年相比，收、支总计各增加478.76万元，增长13.29%。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual(['478.76 ÷ (3602.76 − 478.76) = 15.33% ≠ 13.29%']);
    expect(runRule(percentMismatch, text.replace('13.29%', '15.33%')).findings).toEqual([]);
  });

  it('does not join bare shares across a 其中 that breaks down another stated amount', () => {
    const text = '2. 收入情况。本年收入合计520.00万元，较上年增加6.00万元。其中：财政拨款收入520.00万元，占100%。\n3. 支出情况。本年支出合计480.00万元，较上年增加2.00万元。其中：基本支出360.00万元，占75.0%；项目支出120.00万元，占25.0%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    // Within one breakdown the odd share is still found.
    const one = '支出情况。其中：基本支出360.00万元，占75.0%；项目支出120.00万元，占25.0%；其他支出60.00万元，占30.0%。';
    expect(runRule(percentMismatch, one).findings).toHaveLength(1);
  });

  it('checks a share without a named whole against the total of its 其中 list', () => {
    const text = '本年收入合计400万元，其中：财政拨款收入300万元，占75%；事业收入60万元，占25%。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings.map((f) => f.calculation)).toEqual(['60 ÷ 400 = 15.00% ≠ 25%']);
    expect(runRule(percentMismatch, '本年收入合计400万元，其中：财政拨款收入300万元，占75%；事业收入100万元，占25%。').findings).toEqual([]);
  });

  it('accepts a part of a part given as a share of the outer total', () => {
    const text = '三公经费合计50万元，其中：公务接待费10万元，占20%；公务用车购置及运行维护费40万元，其中：运行维护费30万元，占60%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
  });
});

describe('percent-mismatch: brackets and rounding', () => {
  it('reads a change after a bracket as the change of the figure before the bracket', () => {
    const text = '公务用车购置及运行费80万元（包括购置费20万元、运行费60万元），比上年减少20万元，下降20%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    const wrong = '公务用车购置及运行费80万元（包括购置费20万元、运行费60万元），比上年减少20万元，下降25%。';
    expect(runRule(percentMismatch, wrong).findings[0]!.calculation).toBe('20 ÷ (80 + 20) = 20.00% ≠ 25%');
  });

  it('allows for whole-万元 rounding only when no amount of the sentence has decimals', () => {
    expect(runRule(percentMismatch, '三公经费预算共计3923万元，比上年减少332万元，下降7.81%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '三公经费预算共计3923.00万元，比上年减少332.00万元，下降7.81%。').findings).toHaveLength(1);
  });

  it('reads 完成预算的R% as 决算 ÷ 预算 from the two amounts just before it', () => {
    expect(runRule(percentMismatch, '三公经费预算为40万元，支出决算为30万元，完成预算的75%。').findings).toEqual([]);
    const { findings } = runRule(percentMismatch, '三公经费预算为40万元，支出决算为30万元，完成预算的80%。');
    expect(findings[0]!.calculation).toBe('30 ÷ 40 = 75.00% ≠ 80%');
    // A part after a list has no budget of its own in the text.
    expect(runRule(percentMismatch, '三公经费预算为40万元，支出决算为30万元，完成预算的75%。其中：公务接待费支出决算为10万元，完成预算的50%。').findings).toEqual([]);
  });

  it('takes no fund’s revenue for the budget of a completion rate: 预算 in a fund’s name (一般公共预算收入) names no budget amount', () => {
    // A county's final-accounts report: revenue with its own rate, then spending with a rate whose budget is not stated.
    const text = '2022年，全县一般公共预算收入36.5亿元，为预算的101.4%；支出88.2亿元，完成预算的93.6%。政府性基金预算收入12.0亿元，为预算的80.5%；支出15.3亿元，完成预算的90%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    // Look-alike: a budget amount stated for the spending is still the denominator.
    const stated = '2022年，全县一般公共预算支出预算为94.0亿元，支出88.2亿元，完成预算的90%。';
    expect(runRule(percentMismatch, stated).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('88.2 ÷ 94')]);
  });

  it('reads 支出决算完成年初预算的R% against the one spent amount of the sentence before and the one budget of its own (former test34 2766)', () => {
    const text = (rate: string, lead = '支出决算'): string => `2025年度一般公共预算财政拨款支出450.00万元，占本年支出合计的90.00%。年初预算为500.00万元，${lead}完成年初预算的${rate}。`;
    expect(runRule(percentMismatch, text('90.00%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('95.00%')).findings.map((f) => f.calculation)).toEqual(['450 ÷ 500 = 90.00% ≠ 95.00%']);
    // Look-alikes: a rate whose clause names no final spending; a second amount in the sentence before (the spending a guess).
    expect(runRule(percentMismatch, text('95.00%', '')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('95.00%').replace('占本年支出合计', '其中基本支出300.00万元，占本年支出合计')).findings.filter((f) => f.calculation?.includes('÷ 500'))).toEqual([]);
  });

  it('reads 完成预算的R% whose words a line wrap cut (完⏎成预算的R%) as one clause', () => {
    const { findings } = runRule(percentMismatch, '本部门三公经费支出预算为40万元，支出决算为30万元，完\n成预算的80%。');
    expect(findings.map((f) => f.calculation)).toEqual(['30 ÷ 40 = 75.00% ≠ 80%']);
    // Two sentences, the second on a line of its own: 完成 and 预算 in another clause are not read together.
    expect(runRule(percentMismatch, '三公经费预算为40万元，支出决算为30万元，完成。\n预算的80%').findings).toEqual([]);
  });

  it('reports a completion rate that fits only with the budget in another unit as a unit slip', () => {
    const { findings } = runRule(percentMismatch, '三公经费支出预算为200,000.00万元，支出决算为50,000.00元，完成预算的25%。');
    expect(findings.map((f) => f.rule)).toEqual(['unit']);
    expect(findings[0]!.evidence[0]!.quote).toContain('200,000.00万元');
  });

  it('reads a change sentence that names no item against the one amount of the sentence before', () => {
    const { findings } = runRule(percentMismatch, '本单位财政拨款收入决算总计120万元。与上年相比增加20万元，增长25%。');
    expect(findings[0]!.calculation).toBe('20 ÷ (120 − 20) = 20.00% ≠ 25%');
    expect(runRule(percentMismatch, '本单位财政拨款收入决算总计120万元。与上年相比增加20万元，增长20%。').findings).toEqual([]);
    // Two amounts before: which one changed is not said.
    expect(runRule(percentMismatch, '收入120万元，支出110万元。与上年相比增加20万元，增长25%。').findings).toEqual([]);
  });

  it('checks a completion rate against the amount by which the final exceeds or falls short of the budget', () => {
    const wrong = '本单位一般公共预算财政拨款支出总计110万元，与上年相比减少5万元；完成年初预算100%，决算数大于预算数10万元，主要原因是追加工资。';
    expect(runRule(percentMismatch, wrong).findings[0]!.calculation).toBe('110 ÷ (110 − 10) = 110.00% ≠ 100%');
    const right = '本单位一般公共预算财政拨款支出总计110万元，与上年相比减少5万元；完成年初预算110%，决算数大于预算数10万元，主要原因是追加工资。';
    expect(runRule(percentMismatch, right).findings).toEqual([]);
    const pinyin = '本单位一般公共预（yù）算财政拨款支出总计110万元；完成年初预（yù）算100%，决算数（shù）大于预（yù）算数（shù）10万元。';
    expect(runRule(percentMismatch, pinyin).findings).toHaveLength(1);
  });

  it('checks shares of a whole the sentence names in its lead (…决算中，), against the amount stated before', () => {
    const head = '2023年度“三公”经费财政拨款支出决算为50万元，完成预算的80%。\n2023年度“三公”经费财政拨款支出决算中，';
    expect(runRule(percentMismatch, `${head}因公出国（境）费10万元，占20%；公务接待费支出40万元，占80%。`).findings).toEqual([]);
    const wrong = runRule(percentMismatch, `${head}因公出国（境）费10万元，占20%；公务接待费支出40万元，占60%。`).findings;
    expect(wrong.map((f) => f.calculation)).toEqual(['40 ÷ 50 = 80.00% ≠ 60%']);
  });

  it('reports a fall of more than 100 % and reads 降幅达到R% and 减少支出C', () => {
    expect(runRule(percentMismatch, '公务用车购置费0.14亿元，减少0.18亿元，下降133.1%。').findings.map((f) => f.calculation)).toEqual(['133.1% > 100%']);
    // Not where the rate is exactly a rise of the change onto the year's amount (276,165.74 − 219,465.74 = 56,700.00,
    // 219,465.74 ÷ 56,700.00 = 387.06%): the direction words are wrong, direction-mismatch's finding.
    const rise = '“三公”经费支出决算为276,165.74元。与2023年度相比，“三公”经费支出减少219,465.74元，下降387.06%，主要原因是更新公务用车。';
    expect(runRule(percentMismatch, rise).findings).toEqual([]);
    expect(runRule(percentMismatch, rise.replace('387.06%', '187.06%')).findings.map((f) => f.calculation)).toEqual(['187.06% > 100%']);
    const { findings } = runRule(percentMismatch, '2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到38.7%。');
    expect(findings.map((f) => f.calculation)).toEqual(['0.88 ÷ (2.29 + 0.88) = 27.76% ≠ 38.7%']);
  });

  it('checks a rate right after two years\' amounts, and a share of a whole named by its label', () => {
    expect(runRule(percentMismatch, '2023年支出112万元，2022年支出100万元，增长15%。').findings.map((f) => f.calculation)).toEqual(['|112 − 100| ÷ 100 = 12.00% ≠ 15%']);
    expect(runRule(percentMismatch, '2023年支出112万元，2022年支出100万元，增长12%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '本年支出合计200万元，其中基本支出150万元，占本年支出合计的70%。').findings.map((f) => f.calculation)).toEqual(['150 ÷ 200 = 75.00% ≠ 70%']);
  });
});

describe('percent-mismatch: a change over last year against a budget named before it', () => {
  const text = (rate: string): string =>
    `2024年度“三公”经费财政拨款支出预算为20.00万元，支出决算为16.00万元，完成预算的80.00%，决算数小于预算数的主要原因是压减接待。与2023年度相比，“三公”经费支出减少4.00万元，下降${rate}。`;

  it('reads the change against the 决算 of the sentence before, not its 预算', () => {
    // Prior year 16.00 + 4.00 = 20.00: 4.00 ÷ 20.00 = 20.00 %. Against the budget it would be 4.00 ÷ 24.00 = 16.67 %.
    expect(runRule(percentMismatch, text('20.00%')).findings).toEqual([]);
  });

  it('still reports a rate that fits neither amount', () => {
    expect(runRule(percentMismatch, text('25.00%')).findings.map((f) => f.rule)).toEqual(['percent-mismatch']);
  });
});

describe('percent-mismatch: a rate explained by the amount\'s unit slip is the unit rule\'s', () => {
  it('leaves 38.50元 … 减少1.50万元，下降3.75% to the unit rule', () => {
    const text = '2024年度本部门机关运行经费支出38.50元，与2023年度相比，机关运行经费支出减少1.50万元，下降3.75%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    expect(runRule(percentMismatch, text.replace('3.75%', '9.99%')).findings.map((f) => f.rule)).toEqual(['percent-mismatch']);
  });
});

describe('percent-mismatch: a change said of each of several equal amounts (各增加)', () => {
  it('reads 收入、支出总计各增加C against the equal totals of the sentence before', () => {
    const text = (rate: string): string => `2024年度收入总计1,200.00万元、支出总计1,200.00万元。与2023年度相比，收入、支出总计各增加200.00万元，增长${rate}，主要原因是业务增加。`;
    // 200 ÷ (1,200 − 200) = 20.00 %; 16.67 % is 200 ÷ 1,200, over this year's total.
    expect(runRule(percentMismatch, text('20.00%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('16.67%')).findings.map((f) => [f.rule, f.severity])).toEqual([['percent-mismatch', 'error']]);
  });

  it('reads a change of 收支 together (收支增加C) as one of both equal totals, never a change of 收支结余', () => {
    // Invented figures: the two totals equal, the change of both named 收支 without 各.
    const text = (subject: string, rate: string): string => `本单位2024年度收入总计540.00万元，支出总计540.00万元。与2023年度决算数相比，${subject}增加90.00万元、增长${rate}，主要原因是专项经费增加。`;
    // 90 ÷ (540 − 90) = 20.00 %.
    expect(runRule(percentMismatch, text('收支', '20.00%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('收支', '22.00%')).findings.map((f) => f.shape)).toEqual(['change-rate-base-elsewhere']);
    expect(runRule(percentMismatch, text('收支总计', '22.00%')).findings).toHaveLength(1);
    // 收支结余 is another amount: its base is not stated.
    expect(runRule(percentMismatch, text('收支结余', '22.00%')).findings).toEqual([]);
    // Totals that differ: which one changed is not known.
    expect(runRule(percentMismatch, text('收支', '22.00%').replace('支出总计540.00万元', '支出总计520.00万元')).findings).toEqual([]);
  });

  it('reads 收入总计减少C against the 收入总计 of the sentence before, each side by its own total (former test34 2764)', () => {
    // Invented figures: 100 ÷ (900 + 100) = 10.00 %.
    const text = (income: string, spending = '10.00%', side = '收入总计'): string => `2023年度收入总计900.00万元，支出总计900.00万元。与2022年度相比，${side}减少100.00万元，下降${income}；支出总计减少100.00万元，下降${spending}。`;
    expect(runRule(percentMismatch, text('10.00%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('12.00%')).findings.map((f) => f.calculation)).toEqual(['100 ÷ (900 + 100) = 10.00% ≠ 12.00%']);
    // Look-alikes: the side named without its total word (收入减少C) is too short a name to tell; a total word the amount
    // was not written with (收入合计 against 收入总计).
    expect(runRule(percentMismatch, text('12.00%', '10.00%', '收入')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('12.00%', '10.00%', '收入合计')).findings).toEqual([]);
  });

  it('takes 上年 from the clause before the change (与上年相比，财政拨款收、支总计各减少C) as the comparison with last year', () => {
    const text = (rate: string): string =>
      `2024年度财政拨款收入总计10,178,959.41元，支出总计10,178,959.41元。与上年相比，财政拨款收、支总计各减少407,158.37元，下降${rate}。`;
    // 407,158.37 ÷ (10,178,959.41 + 407,158.37) = 3.85 %; 4.00 % is over this year's total.
    expect(runRule(percentMismatch, text('3.85%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('4.00%')).findings.map((f) => [f.rule, f.severity])).toEqual([['percent-mismatch', 'error']]);
  });

  it('checks a 完成率 column of a table with 预算数 and 决算数 columns (the 三公 table) as 决算数 ÷ 预算数', () => {
    const table = (rate: string): string =>
      ['一般公共预算财政拨款“三公”经费支出决算表', '单位：万元', '项目\t预算数\t决算数\t完成率', '合计\t3.00\t2.66\t88.67%', '因公出国（境）费\t0.00\t0.00\t—', `公务用车运行费\t2.40\t2.19\t${rate}`, '公务接待费\t0.60\t0.47\t78.33%'].join('\n');
    expect(runRule(percentMismatch, table('91.25%')).findings).toEqual([]);
    expect(runRule(percentMismatch, table('97.50%')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['97.50%']);
  });
});


describe('percent-mismatch: a rate named after the count it divides', () => {
  const run = (t: string) => runRule(percentMismatch, t).findings.filter((f) => f.shape === 'named-count-rate').map((f) => f.calculation);
  it('reads the named count over the other count of its clause group', () => {
    // Invented figures: a health centre's screening and a bureau's inspections.
    expect(run('全年辖区新生儿2400人，完成听力筛查2316人，听力筛查率96.50%；复筛率100%。')).toEqual([]);
    expect(run('全年辖区新生儿2400人，完成听力筛查2316人，听力筛查率95.60%；复筛率100%。')).toEqual(['2316 ÷ 2400 = 96.50% ≠ 95.60%']);
    expect(run('检查企业80家，检查合格76家，检查合格率98%。')).toEqual(['76 ÷ 80 = 95.00% ≠ 98%']);
  });
  it('is silent when the name is in both labels or in neither, when the counts are of two measures or more than two', () => {
    expect(run('应检查企业80家，实际检查企业76家，检查率98%。')).toEqual([]);
    expect(run('接待来访群众80人，其中满意76人，办结率98%。')).toEqual([]);
    expect(run('全年辖区新生儿2400人，完成听力筛查2316人次，听力筛查率95.60%。')).toEqual([]);
    expect(run('全年辖区新生儿2400人，其中外地户籍300人，完成听力筛查2316人，听力筛查率95.60%。')).toEqual([]);
    // A count's change is no base.
    expect(run('全年辖区新生儿比上年增加240人，完成听力筛查2316人，听力筛查率95.60%。')).toEqual([]);
    // A rate of last year beside this year's counts (its name holds 上年): another year's rate.
    expect(run('全年辖区新生儿2400人，完成听力筛查2316人，听力筛查率96.50%（上年听力筛查率95.60%）。')).toEqual([]);
  });
});

describe('percent-mismatch: a satisfaction rate against the valid responses and the satisfied answers (former test34 2762)', () => {
  // (Its severity is capped to a 警告 by data/audit/severity.json's survey-rate ceiling, after the rule.)
  const run = (t: string) => runRule(percentMismatch, t).findings.filter((f) => f.shape === 'survey-rate').map((f) => f.calculation);
  it('reads the satisfied answers over the valid responses of its clause group', () => {
    // Invented figures.
    expect(run('项目组发放调查问卷800份，收回有效问卷780份，其中表示满意或基本满意的741份，满意度95.00%，高于年度目标值90%。')).toEqual([]);
    expect(run('项目组发放调查问卷800份，收回有效问卷780份，其中表示满意或基本满意的741份，满意度97.00%，高于年度目标值90%。')).toEqual(['741 ÷ 780 = 95.00% ≠ 97.00%']);
    expect(run('共发放问卷384份，回收有效问卷376份，其中“满意”和“基本满意”的349份，群众满意度为94.3%。')).toEqual(['349 ÷ 376 = 92.82% ≠ 94.3%']);
  });
  it('is silent without the valid responses, with answers counted by kind, with 不满意 or with another measure word', () => {
    expect(run('发放调查问卷800份，其中表示满意或基本满意的741份，满意度97.00%。')).toEqual([]);
    expect(run('收回有效问卷780份，其中非常满意500份、满意241份，满意度97.00%。')).toEqual([]);
    expect(run('收回有效问卷780份，其中表示不满意的39份，满意度97.00%。')).toEqual([]);
    expect(run('收回有效问卷780份，表示满意的受访者741人，满意度97.00%。')).toEqual([]);
    // A rate of another name, and a satisfaction target (不低于90%) before the counts, are no survey rate read.
    expect(run('收回有效问卷780份，其中表示满意或基本满意的741份，回收率97.00%。')).toEqual([]);
  });
});

describe('percent-mismatch: completion rate of a work quantity', () => {
  it('reports a completion rate that is not done ÷ planned in its clause group', () => {
    const text = '全年实施河道清淤工程50公里，完成投资300万元，截至年底完成40公里清淤任务，完成率为100%。';
    const { findings } = runRule(percentMismatch, text);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('应为80.00%')]);
  });

  it('reads the clause group across a line wrapped inside the sentence, but not across a line break ending a paragraph', () => {
    // Precondition (segment()): the line before the break is long enough and not closed by punctuation, so the
    // sentence goes on; the break is then a wrap, no group break.
    const wrapped = '全年实施河道清淤工程50公里，完成投资300万元，截至年底完成40\n公里清淤任务，完成率为100%。';
    expect(runRule(percentMismatch, wrapped).findings.map((f) => f.message)).toEqual([expect.stringContaining('应为80.00%')]);
    // A line closed by 。 is a real break: the planned quantity before it is not in the rate's group.
    expect(runRule(percentMismatch, '全年实施河道清淤工程50公里。\n截至年底完成40公里清淤任务，完成率为100%。').findings).toEqual([]);
  });

  it('says nothing when the rate fits, when both are done or when the quantities are not a pair', () => {
    expect(runRule(percentMismatch, '全年实施河道清淤工程50公里，完成40公里，完成率为80%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '完成清淤50公里，完成护坡40公里，完成率为100%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '实施清淤50公里、护坡20公里，完成40公里，完成率为100%。').findings).toEqual([]);
    expect(runRule(percentMismatch, '实施清淤50公里；完成40公里，完成率为100%。').findings).toEqual([]);
  });

  it('reads no share against an amount when another number stands between them (an amount the reader could not bind is the rate\'s own part)', () => {
    const text = (u: string): string =>
      `2020年本年收入合计3765.66万元，其中：一般公共预算财政拨款收入1008.64万元，占26.79%；  政府性基金预算财政拨款收入605.99${u}，占16.09%；事业收入2148.69万元，占57.06%。`;
    // 605.99万 元 in a line whose double space keeps its spaces: not read as an amount, so 16.09 % is not 1008.64's.
    expect(runRule(percentMismatch, text('万 元')).findings).toEqual([]);
    // Read, it is checked: 605.99 / 3765.66 = 16.09 %, and a wrong rate is reported.
    expect(runRule(percentMismatch, text('万元')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('万元').replace('占16.09%', '占18.09%')).findings).toHaveLength(1);
  });

  it('reads no execution rate against a budget when another amount of its sentence gives the rate (使用率 of the funds received)', () => {
    const text = (spent: string): string => `2023年本级财政预算安排医保局专项资金共计2646.34万元，计划用于6类专项支出，截至2023年6月30日，专项资金已到位672.44万元，使用${spent}万元，使用率100%。`;
    expect(runRule(percentMismatch, text('672.44')).findings).toEqual([]);
    // A rate no amount of the sentence gives is still reported.
    expect(runRule(percentMismatch, text('600.44')).findings).toHaveLength(1);
  });

  it('pairs rates listed together with their amounts by order whether the list is joined by 、，or ；', () => {
    for (const mark of ['、', '，', '；']) {
      const text = `2023年全国政府采购规模为33929.6亿元。其中，货物${mark}工程${mark}服务政府采购规模分别为7738.1亿元${mark}14486.8亿元和11704.8亿元，占全国政府采购规模比例为22.8%${mark}42.7%和34.5%。`;
      expect(runRule(percentMismatch, text).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});


describe('percent-mismatch on shares paired by order with the amounts listed under 分别', () => {
  const messages = (t: string): string[] => runRule(percentMismatch, t).findings.map((f) => f.message);

  it('finds the one share off the whole the other pairs agree on', () => {
    expect(messages('全市货物、工程、服务类采购金额分别为1200万元、2500万元和1300万元，占采购总额的24%、50%和36%。')).toEqual([
      '占比写为36%，同句按顺序列出的其余2项（1200万元占24%、2500万元占50%）共同指向的总数约为5000.5万元，按1300万元计算应为26.00%',
    ]);
    expect(messages('基本支出、项目支出和经营支出分别为300.5万元、120万元、80万元，分别占总支出的60.1%、42%、16%。')).toHaveLength(1);
    expect(messages('三项分别为300万元、120万元和80万元，占比分别为60%、42%和16%。')).toHaveLength(1);
  });

  it('stays silent when the pairs agree, when two pairs only, without 分别, or when the list lengths differ', () => {
    expect(messages('全市货物、工程、服务类采购金额分别为1200万元、2500万元和1300万元，占采购总额的24%、50%和26%。')).toEqual([]);
    expect(messages('中央和地方采购规模分别为2666.3亿元和30400.7亿元，占全国政府采购规模的8.1%和91.9%。')).toEqual([]);
    expect(messages('货物采购1200万元、工程采购2500万元和服务采购1300万元，占采购总额的24%、50%和36%。')).toEqual([]);
    expect(messages('全市采购金额分别为900万元、1200万元、2500万元和1300万元，占采购总额的24%、50%和36%。')).toEqual([]);
    // Shares adding up to 100 %: the odd amount is what is off, not its rate.
    expect(messages('三类采购金额分别为1200万元、2500万元和1500万元，占采购总额的24%、50%和26%。')).toEqual([]);
  });
});

describe('percent-mismatch on a change told from one amount to another (由A增加到B，增长R%)', () => {
  const messages = (t: string): string[] => runRule(percentMismatch, t).findings.map((f) => f.message);

  it('reads the rate as (B − A) ÷ A', () => {
    expect(messages('全县一般公共预算收入从8.5亿元增至10.2亿元，增长了25%。')).toEqual(['变动率写为25%，按由8.5亿元增加到10.2亿元计算应为20.00%']);
    expect(messages('公用经费由120万元降至96万元，下降25%。')).toHaveLength(1);
    expect(messages('全镇财政总收入由201x年的2.66亿元增加到202x年的4.559亿元，增长比例达55%。')).toHaveLength(1);
  });

  it('stays silent on a right rate, words of two directions, 调整为 and rates of rates', () => {
    expect(messages('全县一般公共预算收入从2019年的8.5亿元增至2023年的10.2亿元，增长了20%。')).toEqual([]);
    expect(messages('全镇财政总收入由2.66亿元增加到4.559亿元，增长71.4%。')).toEqual([]);
    expect(messages('公用经费由120万元降至96万元，增长20%。')).toEqual([]);
    expect(messages('项目预算由500万元调整为450万元，调减10%。')).toEqual([]);
    expect(messages('贫困发生率由12.5%降至0.8%，下降11.7个百分点。')).toEqual([]);
  });

  it('reads 减幅 as a rate of a fall, and a change opening its own line against the amount of the line before named by its subject', () => {
    const messages = (t: string): string[] => runRule(percentMismatch, t).findings.map((f) => f.message);
    const line = '2018年财政拨款“三公”经费预算总额为2.7万元，其中，因公出国（境）费支出0万元，公务接待费支出1.2万元。';
    // 0.06 ÷ (2.7 + 0.06) = 2.17 %, not 0.02 %.
    expect(messages(`${line}2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。`)).toEqual(['变动率写为0.02%，按本年2.7万元、变动0.06万元计算应为2.17%']);
    expect(messages(`${line}\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。`)).toEqual(['变动率写为0.02%，按本年2.7万元、变动0.06万元计算应为2.17%']);
    expect(messages(`${line}\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅2.17%。`)).toEqual([]);
    // The line before states the year compared with: its amount is the base, not the amount changed.
    expect(messages(`${line.replace('2018年', '2017年')}\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。`)).toEqual([]);
    // A rate near the one computed against the line before may be right and that amount wrong: nothing is said.
    expect(messages('2024年度财政拨款收入449.99万元，年初财政拨款结转和结余12.00万元。\n财政拨款收入较上年减少56.46万元，下降11.21%。')).toEqual([]);
    expect(messages('2024年度财政拨款收入449.99万元，年初财政拨款结转和结余12.00万元。\n财政拨款收入较上年减少56.46万元，下降31.21%。')).toHaveLength(1);
    // A line before naming another item: no base.
    expect(messages('2018年公务接待费支出1.2万元。\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。')).toEqual([]);
  });

  it('reads a rate without words of its own in brackets right after a change (较上年减少1.5万元（42.86%）) as that change’s rate', () => {
    const messages = (t: string): string[] => runRule(percentMismatch, t).findings.map((f) => f.message);
    // 1.5 ÷ (2.30 + 1.5) = 39.47 %.
    expect(messages('2、公务接待费2.30万元，较上年减少1.5万元（42.86%），减少的主要原因是厉行节约。')).toEqual(['变动率写为42.86%，按本年2.30万元、变动1.5万元计算应为39.47%']);
    expect(messages('2、公务接待费2.30万元，较上年减少1.5万元（39.47%），减少的主要原因是厉行节约。')).toEqual([]);
    // A bracketed rate with words of another kind, or not right after the change, is not read so.
    expect(messages('2、公务接待费2.30万元，较上年减少1.5万元（占总额42.86%），主要原因是厉行节约。').filter((m) => m.startsWith('变动率'))).toEqual([]);
    expect(messages('2、公务接待费2.30万元，较上年减少1.5万元，完成（42.86%）。').filter((m) => m.startsWith('变动率'))).toEqual([]);
  });
});

describe('percent-mismatch: a share of a 其中 total named loosely', () => {
  it('reads 占财政支出的R% after 一般公共预算支出A，其中B as a share of A (no amount is stated under 财政支出)', () => {
    // Real shape (a city's 2021 livelihood-spending news, dev 2298), new wording and figures.
    const text = (rate: string): string => `2022年全县一般公共预算支出36.4亿元，其中民生支出29.8亿元，占财政支出的${rate}，连续两年保持在80%以上。`;
    expect(runRule(percentMismatch, text('81.9%')).findings).toEqual([]);
    const wrong = runRule(percentMismatch, text('89.1%')).findings;
    expect(wrong.map((f) => [f.shape, f.calculation])).toEqual([['share-loosely-named-total', '29.8 ÷ 36.4 = 81.87% ≠ 89.1%']]);
    // Look-alikes: a whole of another head noun (占审计资金额的R%); a whole stated under its own name elsewhere; the part
    // not opened by 其中 right after the total.
    expect(runRule(percentMismatch, text('89.1%').replace('占财政支出的', '占上级补助资金额的')).findings).toEqual([]);
    expect(runRule(percentMismatch, `全县财政支出40亿元。${text('74.5%')}`).findings).toEqual([]);
    expect(runRule(percentMismatch, text('89.1%').replace('，其中民生支出', '，民生支出')).findings).toEqual([]);
  });
});

describe('percent-mismatch: a completion rate of a budget written as its base (完成年初预算A万元的R%)', () => {
  it('reads the budget right before 的 as the denominator', () => {
    // Real shape (a town's half-year execution note, dev 2090), new wording and figures.
    const text = (rate: string): string => `5、城乡社区支出812万元，完成年初预算计划1960万元的${rate}。`;
    expect(runRule(percentMismatch, text('41.4%')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('44%')).findings.map((f) => f.calculation)).toEqual(['812 ÷ 1960 = 41.43% ≠ 44%']);
    // Look-alike: an amount before 的 not named as a budget (完成任务数…的R%) is not read so.
    expect(runRule(percentMismatch, text('44%').replace('年初预算计划', '全年任务数')).findings).toEqual([]);
  });
});

describe('percent-mismatch: no whole taken from a bound or a range, no total row among its shares (fcrules, first contact)', () => {
  const of = (text: string): string[] => runRule(percentMismatch, text).findings.map((f) => f.shape ?? '');

  it('reads no share against a floor per unit or the upper end of a range', () => {
    // New wording: shares of a per-village minimum and of a forecast range.
    expect(of('扶持标准为每个村不低于100万元，其中省级资金30万元，占30%，县级资金50万元，占60%。')).toEqual([]);
    expect(of('预计全年税收收入在120亿元至170亿元之间，其中增值税60亿元，占40%。')).toEqual([]);
    // Still found under a stated whole.
    expect(of('下达扶持资金100万元，其中省级资金30万元，占30%，县级资金50万元，占60%。')).toEqual(['share-of-list-total']);
  });

  it('does not add the whole stated as its own 100 % share to the shares of its items', () => {
    // New wording: an economic breakdown of a bureau's spending closing with its total row.
    const total = '本年支出按经济分类，工资福利支出300万元，占本年支出的60%；商品和服务支出200万元，占本年支出的40%；合计500万元，占本年支出的100%。';
    expect(of(total)).toEqual([]);
    expect(of('1.基本支出300万元，占支出总额的60%。2.项目支出200万元，占支出总额的40%。3.支出合计500万元，占支出总额的100%。')).toEqual([]);
    // Still found: items whose own shares pass 100 % beside the total row.
    expect(of(total.replace('占本年支出的40%', '占本年支出的70%'))).toContain('shares-over-hundred');
  });
});

describe('percent-mismatch: an execution rate whose item’s budget is stated in another sentence (rsums)', () => {
  // Invented figures in the shape of a ministry's 三公 news (dev 2264): the items' spending with their execution
  // rates, then the budget and its 其中 list naming the same items.
  const text =
    '2015年某部“三公”经费支出5000.00万元，其中：因公出国（境）费3000.00万元，预算执行比例为75.00%，公务用车购置及运行费1800.00万元，预算执行比例为90.00%，公务接待费200.00万元，预算执行比例为50.00%。\n2015年某部“三公”经费预算6400.00万元，其中：因公出国（境）费4000.00万元，公务用车购置及运行费2000.00万元，公务接待费400.00万元。';

  it('reads each item’s rate against the budget stated under its name', () => {
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    expect(runRule(percentMismatch, text.replace('预算执行比例为90.00%', '预算执行比例为99.00%')).findings.map((f) => f.calculation)).toEqual(['1800 ÷ 2000 = 90.00% ≠ 99.00%']);
  });

  it('stays silent where the item’s budget is stated with two values, or not named as a budget', () => {
    const wrong = text.replace('预算执行比例为90.00%', '预算执行比例为99.00%');
    expect(runRule(percentMismatch, `${wrong}年中调整后预算6600.00万元，其中：因公出国（境）费4000.00万元，公务用车购置及运行费2200.00万元，公务接待费400.00万元。`).findings).toEqual([]);
    expect(runRule(percentMismatch, wrong.replace('“三公”经费预算6400.00万元', '“三公”经费决算6400.00万元')).findings).toEqual([]);
  });
});

describe('percent-mismatch: the figures of an execution rate in whole self-evaluation reports (spent test23 / test24)', () => {
  it('never takes the difference between the final and the budget (决算数小于预算数C) for the spent amount of an execution rate', () => {
    // Shape of the spent test24 reports (2560–2567): the budget, the final, their difference, then the rate.
    const text = '全年调整后预算数8125.00万元，决算支出7721.22万元，决算数小于预算数403.78万元，预算执行率为95.03%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    const wrong = runRule(percentMismatch, text.replace('95.03%', '96.03%')).findings;
    expect(wrong.map((f) => f.calculation)).toEqual(['7721.22 ÷ 8125 = 95.03% ≠ 96.03%']);
  });

  it('reads an execution rate against the whole, not one source listed under it (其中县级财政预算安排…), nor silently against one base where another fits', () => {
    // Shape of the spent test24 project reports (2569, 2570): the sources of the funds after 其中, the spent amount and
    // the rate in the next sentence.
    const road = '项目年初预算7200.00万元，全年实际到位资金7200.00万元，其中县级财政预算安排3880.00万元，省级补助资金2460.00万元，车购税资金860.00万元。截至2024年12月31日，实际支出7200.00万元，预算执行率100.00%。';
    expect(runRule(percentMismatch, road).findings).toEqual([]);
    const wrong = runRule(percentMismatch, road.replace('预算执行率100.00%', '预算执行率98.00%')).findings;
    expect(wrong.map((f) => f.calculation)).toEqual(['7200 ÷ 7200 = 100.00% ≠ 98.00%']);
    // The rate of the funds received (846.00) in the sentence before, not of the initial budget (860.00): not said wrong.
    const youth = '项目年初预算860.00万元，全年实际到位资金846.00万元，其中县级财政预算安排600.00万元，社会募集资金246.00万元。截至2024年12月31日，实际支出803.80万元，预算执行率95.01%。';
    expect(runRule(percentMismatch, youth).findings).toEqual([]);
  });

  it('reads a change of this year (本年较上年减少C) against the prior-year amount right before it', () => {
    const text = '上年收入5123.77万元，本年较上年减少401.77万元，下降8.74%。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual(['401.77 ÷ 5123.77 = 7.84% ≠ 8.74%']);
    expect(runRule(percentMismatch, text.replace('8.74%', '7.84%')).findings).toEqual([]);
  });
});

describe('percent-mismatch: a share of 总X (spent test24)', () => {
  it('reads 占总支出的R% against the amount stated as 支出 alone (全年支出合计A万元)', () => {
    const text = '2024年度县应急管理局收入合计2141.26万元，其中一般公共预算财政拨款收入2077.26万元，上级补助收入64.00万元。全年支出合计2119.16万元，其中基本支出691.56万元、项目支出1427.60万元。\n（一）基本支出\n2024年基本支出691.56万元，占总支出的36.23%，主要用于保障机构正常运转。';
    expect(runRule(percentMismatch, text).findings.map((f) => f.calculation)).toEqual(['691.56 ÷ 2119.16 = 32.63% ≠ 36.23%']);
    expect(runRule(percentMismatch, text.replace('36.23%', '32.63%')).findings).toEqual([]);
  });

  it('reads an execution rate after a list of parts against the listed whole as well as the nearest part', () => {
    // The budget names no item, so the rate may be of the whole (支出合计) — not only of the last part read before it.
    const text = (rate: string): string => `一、部门支出情况\n2024年度支出合计860.00万元，其中：基本支出600.00万元，项目支出260.00万元。全年预算数900.00万元，预算执行率为${rate}%。`;
    expect(runRule(percentMismatch, text('95.56')).findings).toEqual([]);
    // A rate that fits neither reading is wrong; it is shown against the whole.
    expect(runRule(percentMismatch, text('90.56')).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('860 ÷ 900 = 95.56%')]);
    // A spent amount read from the sentence before among other amounts there is a guess: nothing is said.
    const twoBack = '2023年度支出合计8,600,000.00元。按支出性质分：基本支出6,000,000.00元；项目支出2,600,000.00元。年度调整后预算数9,000,000.00元，预算执行率90.56%。';
    expect(runRule(percentMismatch, twoBack).findings).toEqual([]);
  });

  it('reads an amount framed as the base of a comparison (与上年的A相比 / 与2023年度B资金A相比) as the year before\'s', () => {
    const text = (rate: string, frame = '与上年度的'): string => `2024年度收入合计1260.00万元，${frame}1400.00万元相比，减少140.00万元，下降${rate}%。`;
    // 140 ÷ 1400 = 10.00 %; read as this year's amount the base would be 1540 (9.09 %).
    expect(runRule(percentMismatch, text('10.00')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('10.00', '与2023年度省级专项补助资金')).findings).toEqual([]);
    expect(runRule(percentMismatch, text('11.11')).findings.map((f) => f.calculation)).toEqual([expect.stringContaining('140 ÷ 1400')]);
    // Without a year in the frame (与预算数A相比) the amount is not read as last year's.
    expect(runRule(percentMismatch, text('10.00', '与预算数')).findings.map((f) => f.calculation)).not.toEqual([expect.stringContaining('140 ÷ 1400')]);
  });

  it('leaves shares of the parts\' own sum to sum-mismatch when the stated total breaks that sum', () => {
    const text = (rate: string): string => `2024年度支出合计1010.00万元，其中：基本支出400.00万元，占比40.00%；项目支出600.00万元，占比${rate}%。`;
    // 400 + 600 = 1000 ≠ 1010: the shares are of 1000, the total is the wrong figure.
    expect(runRule(percentMismatch, text('60.00')).findings).toEqual([]);
    // A share that fits neither the total nor the parts' sum is wrong.
    expect(runRule(percentMismatch, text('65.00')).findings).toHaveLength(1);
  });
});

describe('percent-mismatch: counts of livestock and trees (头, 只, 株, 棵)', () => {
  const rates = (t: string): string[] => runRule(percentMismatch, t).findings.map((f) => f.evidence.map((e) => e.quote).join(' | '));
  it('reads a completion rate of counts in these measure words', () => {
    expect(rates('全年计划补植苗木5000株，实际完成4620株，完成率94.40%。')).toEqual(['全年计划补植苗木5000株 | 实际完成4620株 | 完成率94.40%']);
    expect(rates('全年计划补植苗木5000株，实际完成4620株，完成率92.40%。')).toEqual([]);
    expect(rates('生猪口蹄疫免疫计划2400头（只），实际完成2210头（只），完成率95.08%。').length).toBe(1);
  });
});

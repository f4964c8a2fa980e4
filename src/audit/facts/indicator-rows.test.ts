import { describe, expect, it } from 'vitest';
import { INDICATOR_ROWS } from '../config.ts';
import { lowerRestatement, missesTarget, parseIndicatorValue, readGoalPairs, readIndicatorRows, readScoreTables, readScoreTotals, fundsRowAbove, readStandard, standardScore } from './indicator-rows.ts';

const W = INDICATOR_ROWS;
const rows = (text: string) => readIndicatorRows(text, W);
const brief = (text: string) => rows(text).map((r) => [r.shape, r.name.text, r.target.text, r.actual.text, r.weight?.text ?? null, r.score?.text ?? null]);

describe('parseIndicatorValue', () => {
  it('reads a comparison, a number, a round-figure mark, a unit and a bound', () => {
    expect(parseIndicatorValue('≥1290.3平方米', W)).toEqual({ op: '>=', value: 1290.3, unit: '平方米', approx: false });
    expect(parseIndicatorValue('不低于85%', W)).toEqual({ op: '>=', value: 85, unit: '%', approx: false });
    expect(parseIndicatorValue('300余户', W)).toEqual({ op: null, value: 300, unit: '户', approx: true });
    expect(parseIndicatorValue('12场以上', W)).toEqual({ op: '>=', value: 12, unit: '场', approx: false });
    expect(parseIndicatorValue('>= 98 %(百分比)', W)).toEqual({ op: '>=', value: 98, unit: '%', approx: false });
  });

  it('reads no qualitative target, deadline or words', () => {
    for (const t of ['优', '达标', '有效', '11月底前', '9月前', '2023年12月底', '完成', '3台变压器']) expect(parseIndicatorValue(t, W)).toBeNull();
  });
});

describe('readIndicatorRows: shapes', () => {
  it('reads pipe rows, a comparison and a unit in cells of their own', () => {
    const text = '一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n产出指标 | 巡查河段数 | ≥ | 40 | 段 | 38段 | 8 | 6 | 汛期道路中断 |\n';
    expect(brief(text)).toEqual([['pipe', '巡查河段数', '≥40段', '38段', '8', '6']]);
    expect(rows(text)[0]!.remark?.text).toBe('汛期道路中断');
  });

  it('reads tab rows and space rows with a scoring standard between actual and weight', () => {
    const tab = '三级指标\t年度指标值\t实际完成值\t分值\t得分\n义诊次数\t12次\t12次\t5\t5\n';
    expect(brief(tab)).toEqual([['tab', '义诊次数', '12次', '12次', '5', '5']]);
    const space = '三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因\n目标值 完成值\n数量指标 走访企业户数 30户 30户 本指标满分5分，走访达30户得5分，少一户扣1分。 5 5 已完成\n';
    const r = rows(space);
    expect(r.map((x) => [x.shape, x.name.text, x.target.text, x.actual.text, x.weight?.value, x.score?.value, x.remark?.text])).toEqual([['space', '走访企业户数', '30户', '30户', 5, 5, '已完成']]);
    expect(r[0]!.standard?.text).toContain('少一户扣1分');
  });

  it('splits an actual run into its standard when the reader dropped the space (11场本指标…)', () => {
    const text = '三级指标 指标值 完成值 评分标准 分值 得分\n数量指标 讲座场数 8场 9场本指标满分4分，达8场得4分。 4 4\n';
    expect(brief(text)).toEqual([['space', '讲座场数', '8场', '9场', '4', '4']]);
  });

  it('reads a table flattened one cell per line, and a whole table on one line', () => {
    const stacked = '三级指标\n\n年度\n\n指标值\n\n实际\n\n完成值\n\n分值\n\n得分\n\n数量指标\n\n造林面积\n\n2.5万亩\n\n2.4万亩\n\n10\n\n9\n\n抚育面积\n\n6万亩\n\n6万亩\n\n8\n\n8\n';
    expect(brief(stacked)).toEqual([
      ['stacked', '造林面积', '2.5万亩', '2.4万亩', '10', '9'],
      ['stacked', '抚育面积', '6万亩', '6万亩', '8', '8'],
    ]);
    const oneLine = '绩效指标 一级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因 产出指标 维修路灯数量 ≥120盏 130 8 8 质量指标 验收合格率 ≥95% 97% 8 8 时效指标 完成时间 10月底前 9月 5 5';
    expect(brief(oneLine)).toEqual([
      ['space', '维修路灯数量', '≥120盏', '130', '8', '8'],
      ['space', '验收合格率', '≥95%', '97%', '8', '8'],
    ]);
  });

  it('reads the weight before the target when the form puts 分值 first', () => {
    const text = '三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分\n救助人数 | 5 | ≥400人 | 380人 | 5\n';
    expect(brief(text)).toEqual([['pipe', '救助人数', '≥400人', '380人', '5', '5']]);
  });

  it('reads an indicator told in a sentence', () => {
    const text = '第二，培训家政人员人次年初指标值为不低于60人，全年实际完成值52人。';
    const r = rows(text);
    expect(r.map((x) => [x.shape, x.name.text, x.target.text, x.actual.text])).toEqual([['prose', '培训家政人员人次', '不低于60人', '52人']]);
  });

  it('reads an indicator told in a sentence with other words for the target and the actual (任务数, 完成值)', () => {
    const text = '数量指标。全年参保缴费人数年初任务数1500人，全年完成值1380人；培训场次计划数12场，完成数12场。';
    const r = rows(text);
    expect(r.map((x) => [x.name.text, x.target.text, x.actual.text])).toEqual([
      ['全年参保缴费人数', '1500人', '1380人'],
      ['培训场次', '12场', '12场'],
    ]);
    // A number after a word of neither kind is no pair
    expect(rows('全年参保缴费人数年初任务数1500人，其中新增1380人。')).toEqual([]);
  });

  it('reads no row it does not recognise', () => {
    const text = [
      '三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '群众满意度 | 优 | 优 | 10 | 10', // qualitative
      '完成时限 | 11月底前 | 10月 | 5 | 5', // a deadline
      '设备购置 | 550 | 20 | 9 | 9', // two bare numbers: no unit, no comparison
      '覆盖率 | ≥90 | 95% | 5 | 5', // a count against a percentage
      '合格率 | ≥98% | 99% | 25.00 | 25.00 | 6.25', // three numbers after the actual
      '参与人数 | ≥300人 | 300余人以上 | 5 | 5', // the actual is not one value
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });

  it('reads no row without a header naming target, actual and score', () => {
    expect(rows('项目 | 预算数 | 执行数\n培训人次 | ≥200人次 | 150人次 | 10 | 10\n')).toEqual([]);
  });
});

describe('missesTarget', () => {
  const one = (t: string, a: string) => rows(`三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n指标甲 | ${t} | ${a} | 5 | 5\n`)[0]!;
  it('follows the comparison the target states', () => {
    expect(missesTarget(one('≥95%', '93%'), W)).toBe(true);
    expect(missesTarget(one('≤5300元/户', '5830元/户'), W)).toBe(true);
    expect(missesTarget(one('≤4个', '3个'), W)).toBe(false); // a ceiling met by a lower actual
    expect(missesTarget(one('≥200人', '260人'), W)).toBe(false);
    expect(missesTarget(one('500', '600余人'), W)).toBe(false);
  });
  it('does not judge an amount of money without a comparison (a cost may be a ceiling)', () => {
    expect(missesTarget(one('80万元', '76万元'), W)).toBeNull();
  });
});

describe('readStandard and standardScore', () => {
  const row = (target: string, actual: string, standard: string, w: number, s: number) =>
    rows(`三级指标 | 年度指标值 | 实际完成值 | 评分标准 | 分值 | 得分\n指标乙 | ${target} | ${actual} | ${standard} | ${w} | ${s}\n`)[0]!;

  it('reads the full points, the value that earns them and the points off per unit short', () => {
    const r = row('10场', '7场', '本指标满分6分，达10场得6分，少一场扣1分，扣完为止。', 6, 6);
    const std = readStandard(r.standard!, '场', W);
    expect(std.full).toBe(6);
    expect(std.target?.value).toBe(10);
    expect(std.deduction).toEqual({ step: 1, points: 1 });
    expect(standardScore(r, std)).toBe(3);
  });

  it('floors the score at 0 and gives full points at or above the standard', () => {
    const r = row('10场', '2场', '达10场得6分，每少一场扣1分，扣完为止', 6, 0);
    expect(standardScore(r, readStandard(r.standard!, '场', W))).toBe(0);
    const met = row('10场', '12场', '达10场得6分，每少一场扣1分', 6, 6);
    expect(standardScore(met, readStandard(met.standard!, '场', W))).toBe(6);
  });

  it('gives no score for a ceiling, a standard in another unit or one without deductions', () => {
    const ceiling = row('≤3起', '2起', '发生1起扣2分', 4, 4);
    expect(standardScore(ceiling, readStandard(ceiling.standard!, '起', W))).toBeNull();
    const other = row('10场', '8场', '达到100%得5分，少一户扣1分', 5, 5);
    const std = readStandard(other.standard!, '场', W);
    expect(std.target).toBeNull();
    const none = row('10场', '8场', '按完成比例得分', 5, 4);
    expect(standardScore(none, readStandard(none.standard!, '场', W))).toBeNull();
  });
});

describe('readGoalPairs and lowerRestatement', () => {
  it('pairs the goals set and told done, and finds one number lowered in the same words', () => {
    const text = '年度总体目标 | 预期目标 | 实际完成情况\n目标1：新建仓库800平方米；目标2：购置冷链车4辆。 | 目标1：新建仓库800平方米；目标2：购置冷链车3辆。 |\n';
    const pairs = readGoalPairs(text);
    expect(pairs.map((p) => p.number)).toEqual([1, 2]);
    expect(lowerRestatement(pairs[0]!)).toBeNull();
    const lower = lowerRestatement(pairs[1]!);
    expect([lower?.expected.text, lower?.actual.text]).toEqual(['4', '3']);
  });

  it('compares no goal told in other words, or told higher', () => {
    const text = '预期目标 | 实际完成情况\n目标1：完成培训200人次 | 目标1：全年共培训180人次，覆盖全部乡镇\n目标1：新建道路5公里 | 目标1：新建道路6公里\n';
    expect(readGoalPairs(text).map(lowerRestatement)).toEqual([null, null]);
  });
});

describe('readScoreTotals', () => {
  const head = '三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n';
  it('reads every row\'s weight and score down to the total row, qualitative rows too', () => {
    const text = `${head}培训人次 | ≥200人次 | 210人次 | 40 | 40 |\n群众满意度 | 优 | 良 | 30 | 25 | 个别乡镇反映慢\n完成时限 | 11月底前 | 10月 | 30 | 30 |\n合计 | 100 | 95 |\n`;
    const [t] = readScoreTotals(text, W);
    expect(t?.label.text).toBe('合计');
    expect([t?.weight.value, t?.score.value]).toEqual([100, 95]);
    expect(t?.rows.map((r) => [r.weight.value, r.score.value])).toEqual([
      [40, 40],
      [30, 25],
      [30, 30],
    ]);
  });

  it('gives no total for a table with a row whose weight cannot be told, or one cell a line', () => {
    expect(readScoreTotals(`${head}设备购置 | 550 | 20 | 9 | 9 |\n合计 | 100 | 95 |\n`, W)).toEqual([]);
    expect(readScoreTotals(`${head}合格率\n≥98%\n99%\n50\n50\n合计 | 100 | 95 |\n`, W)).toEqual([]);
  });
});

describe('fundsRowAbove / readScoreTables with a funds row (项目支出绩效自评表, 财预〔2020〕10号)', () => {
  const form = (sep: string) =>
    [
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '320.00', '356.00', '341.76', '10', '96.00%', '9.60'],
      ['其中：当年财政拨款', '300.00', '330.00', '318.12', '—', '96.40%', '—'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '新打水源井数量', '≥6眼', '6眼', '50', '50'],
      ['满意度指标', '满意度指标', '受益群众满意度', '≥90%', '88.6%', '40', '36'],
      ['总分', '100', '96.60'],
    ]
      .map((r) => r.join(sep))
      .join('\n');

  it('reads the funds row’s weight and score into the rows the total adds up', () => {
    for (const sep of ['\t', '    ']) {
      const text = form(sep);
      const f = fundsRowAbove(text, text.indexOf('一级指标'), INDICATOR_ROWS);
      expect(f?.weight.value).toBe(10);
      expect(f?.score.value).toBe(9.6);
      const t = readScoreTables(text, INDICATOR_ROWS)[0]!.total!;
      expect(t.rows.map((r) => r.score.value)).toEqual([9.6, 50, 36]);
    }
  });

  it('reads no funds row without a rate column or with a row of another shape', () => {
    const noRate = form('\t').replace('\t执行率', '\t比例');
    expect(fundsRowAbove(noRate, noRate.indexOf('一级指标'), INDICATOR_ROWS)).toBeNull();
    const short = form('\t').replace('\t96.00%', '');
    expect(fundsRowAbove(short, short.indexOf('一级指标'), INDICATOR_ROWS)).toBeNull();
  });
});

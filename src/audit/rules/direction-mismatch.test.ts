import { describe, expect, it } from 'vitest';
import { directionMismatch } from './direction-mismatch.ts';
import { runRule } from './lib/run-rule.ts';

describe('direction-mismatch', () => {
  it('leaves two years\' amounts in different units whose numbers bear the word out to the unit rule (a slipped unit, not a direction)', () => {
    const shapes = (t: string) => runRule(directionMismatch, t).findings.filter((f) => f.shape === 'year-amounts').length;
    expect(shapes('2024年度机关运行经费支出86.52元，比上年82.10万元增加4.42万元。')).toBe(0);
    expect(shapes('2024年度机关运行经费支出86.52万元，比上年92.10万元增加4.42万元。')).toBe(1);
  });

  it('reads a rank told from one place to another: a rise is a smaller number (shape rank-direction)', () => {
    const shapes = (t: string) => runRule(directionMismatch, t).findings.filter((f) => f.shape === 'rank-direction').map((f) => f.calculation);
    expect(shapes('全市营商环境评价排名从第12名上升至第18名。')).toEqual(['18 > 12']);
    expect(shapes('全市营商环境评价排名从第18名上升至第12名。')).toEqual([]);
    expect(shapes('在全省考核中排名由21位下降到9位。')).toEqual(['9 < 21']);
    // No rank named: a count of people (名) may rise as its number does.
    expect(shapes('参训人员从120名上升至180名。')).toEqual([]);
  });

  it('reads a change on last year against the item\'s row in a table of this year\'s and last year\'s columns (shape change-against-year-columns)', () => {
    const table = '表5 “三公”经费预算表\n单位：万元\n项目\t2025年预算数\t2024年预算数\n合计\t9.80\t10.40\n1.因公出国（境）费\t0.00\t0.00\n2.公务用车购置及运行费\t6.50\t7.60\n3.公务接待费\t3.30\t2.80\n';
    const shapes = (s: string) => runRule(directionMismatch, table + s, { fiscalYear: 2025 }).findings.filter((f) => f.shape === 'change-against-year-columns').map((f) => f.calculation);
    expect(shapes('公务接待费3.30万元，比上年增加0.50万元。')).toEqual([]);
    expect(shapes('公务接待费3.30万元，比上年减少0.50万元。')).toEqual(['3.30 > 2.80']);
    // No row of the item, or the year's amount not the table's: which amounts are compared is unknown — silent.
    expect(shapes('会议费3.30万元，比上年减少0.50万元。')).toEqual([]);
    expect(shapes('公务接待费2.30万元，比上年增加0.50万元。')).toEqual([]);
  });

  it('reads a claim of surpassing a target of the same unit named right after the year\'s figure (shape over-target-claim-short)', () => {
    const shapes = (t: string) => runRule(directionMismatch, t, { fiscalYear: 2024 }).findings.filter((f) => f.shape === 'over-target-claim-short').map((f) => f.calculation);
    expect(shapes('全年开展送戏下乡演出36场，超额完成全年计划的40场目标。')).toEqual(['36 < 40']);
    expect(shapes('全年开展送戏下乡演出46场，超额完成全年计划的40场目标。')).toEqual([]);
    expect(shapes('改造农村公路12.5公里，超额完成12.5公里的年度目标。')).toEqual(['12.5 = 12.5']);
    // Another unit, or no target named: not the same quantity.
    expect(shapes('全年开展送戏下乡演出36场，超额完成全年计划的40个村目标。')).toEqual([]);
    expect(shapes('全年开展送戏下乡演出36场，超过上年的40场。')).toEqual([]);
  });

  it('reads a comparison word before a base framed as last year\'s against the year\'s own figure right before it (shape compared-with-framed-base)', () => {
    const shapes = (t: string) => runRule(directionMismatch, t, { fiscalYear: 2024 }).findings.filter((f) => f.shape === 'compared-with-framed-base').map((f) => f.calculation);
    expect(shapes('2024年度中心项目资金执行率为93.60%，高于上年的95.20%，主要是设备采购延期。')).toEqual(['93.60 < 95.20']);
    expect(shapes('2024年度中心项目资金执行率为96.60%，高于上年的95.20%。')).toEqual([]);
    expect(shapes('2024年度新增就业2,410人，低于2023年的2,380人。')).toEqual(['2,410 > 2,380']);
    // A year by number that is not before the report's, another unit, or a figure between: not last year's base.
    expect(shapes('2024年度新增就业2,410人，低于2024年的2,480人。')).toEqual([]);
    expect(shapes('2024年度新增就业2,410人，低于上年的2,380户。')).toEqual([]);
    expect(shapes('执行率93.60%，其中项目支出2,100万元，高于上年的95.20%。')).toEqual([]);
  });

  it('reads 由/从 before a base framed as last year\'s (由上年的79.6%提高到75.2%; former test33 2740, 2750) as a 警告', () => {
    const found = (t: string) => runRule(directionMismatch, t).findings.map((f) => [f.severity, f.shape]);
    expect(found('“两癌”检查早诊率由上年的79.6%提高到75.2%；全县评选“最美家庭”120户。')).toEqual([['warning', 'from-to-framed']]);
    expect(found('农村居民人均可支配收入从2023年的17,862元下降到18,935元。')).toEqual([['warning', 'from-to-framed']]);
    expect(found('“两癌”检查早诊率由上年的75.2%提高到79.6%。')).toEqual([]);
    // Without 由/从 the base is no start of a from-to change.
    expect(found('早诊率较上年的79.6%提高到75.2%。')).not.toContainEqual(['warning', 'from-to-framed']);
  });

  it('reads a bare direction word after a base framed as last year\'s in the unit of the year\'s amount (386万平方米，较上年的392万平方米有所增加; former test32 2725)', () => {
    const text = (word: string, tail = '；处理率100%。'): string => `（一）环境卫生。全县城区环卫作业面积达到386万平方米，较上年的392万平方米有所${word}${tail}`;
    expect(runRule(directionMismatch, text('增加')).findings.map((f) => [f.severity, f.message])).toEqual([['warning', '方向词“有所增加”与数字不符：本年386万平方米，上年392万平方米，实为减少']]);
    expect(runRule(directionMismatch, text('减少')).findings).toEqual([]);
    // Precondition: the change states no amount of its own in the clause.
    expect(runRule(directionMismatch, text('增加', '6万平方米；处理率100%。')).findings).toEqual([]);
  });

  it('reads the year\'s amount paragraphs above a change written after its subject and framed base (2023年支出较2022年的B增加C; former test32 2721, 2729)', () => {
    const text = (word: string, base = '16,102.5531'): string =>
      '（二）预算执行情况\n2023年全年支出15,873.0462万元，预算执行率97.93%。按支出性质分：基本支出11,204.6385万元，项目支出4,668.4077万元。\n' +
      `按经济分类分：工资福利支出9,862.1056万元，资本性支出1,657.0420万元。\n2023年支出较2022年的${base}万元${word}229.5069万元，主要是基建支出回落。`;
    const found = runRule(directionMismatch, text('增加')).findings;
    expect(found.map((f) => [f.severity, f.message])).toEqual([['warning', '方向词“增加”与数字不符：15,873.0462万元少于比较基数16,102.5531万元，实为减少']]);
    expect(runRule(directionMismatch, text('减少')).findings).toEqual([]);
    // Precondition: an amount making the change exactly; none (a base 0.01 off) — nothing is said.
    expect(runRule(directionMismatch, text('增加', '16,102.5532')).findings).toEqual([]);
  });

  it('reads a budget stated inside the comparison (决算F，比年初预算B增加C) against the 决算 before it', () => {
    const messages = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.message);
    expect(messages('项目支出决算数为64万元，比年初预算数80万元增加16万元。')).toEqual(['方向词“增加”与数字不符：决算64万元小于预算80万元，实为减少']);
    expect(messages('会议费决算3.5万元，较全年预算2万元减少1.5万元。')).toEqual(['方向词“减少”与数字不符：决算3.5万元大于预算2万元，实为增加']);
    // The direction that fits, and a budget amount that is no part of the comparison.
    expect(messages('项目支出决算数为64万元，比年初预算数80万元减少16万元。')).toEqual([]);
    expect(messages('项目支出决算数为64万元，年初预算数80万元，人员增加16人。')).toEqual([]);
  });

  it('takes amounts equal as rounded beside a rate off 100 % in the word’s direction for no contradiction (tables in 元, prose in 万元)', () => {
    const t = (rate: string, word: string): string => `年初预算为51.51万元，支出决算为51.51万元，完成年初预算的${rate}，决算数${word}年初预算数，主要原因是人员调资。`;
    expect(runRule(directionMismatch, t('100.01%', '大于')).findings).toEqual([]);
    expect(runRule(directionMismatch, t('99.99%', '小于')).findings).toEqual([]);
    // A rate of 100 % or one on the other side does not excuse the word.
    expect(runRule(directionMismatch, t('100.00%', '大于')).findings.length).toBeGreaterThan(0);
    expect(runRule(directionMismatch, t('99.99%', '大于')).findings.length).toBeGreaterThan(0);
  });

  it('takes a rate rounded to zero after a non-zero change in its direction (增加0.03万元，增长0.00%) for no contradiction', () => {
    const text = (change: string, rate: string): string => `与上年相比，一般公共预算财政拨款支出${change}，${rate}。`;
    expect(runRule(directionMismatch, text('增加0.03万元', '增长0.00%')).findings).toEqual([]);
    expect(runRule(directionMismatch, text('减少3元', '下降0.00%')).findings).toEqual([]);
    // The mirror: an amount in 万元 rounded to zero beside a non-zero rate (tables in 元, a change of 9 元).
    expect(runRule(directionMismatch, text('增加0.00万元', '增长0.01%')).findings).toEqual([]);
    expect(runRule(directionMismatch, text('增加0.00万元', '下降0.01%')).findings.length).toBeGreaterThan(0);
    // A zero change, or a zero rate with no change beside it, is still 持平 written as a change.
    expect(runRule(directionMismatch, text('增加0.00万元', '增长0.00%')).findings.length).toBeGreaterThan(0);
    expect(runRule(directionMismatch, '三公经费较上年增长0.00%。').findings).toHaveLength(1);
  });

  it('reports a change against the budget whose agreeing words the rate contradicts (决算A，比年初预算减少C，下降R% with R = C ÷ (A − C))', () => {
    // 6.53 ÷ (330.53 − 6.53) = 2.02 %: the budget was 324.00, below the 决算 — a rise written as a fall.
    const wrong = runRule(directionMismatch, '一般公共服务支出（类）支出决算为330.53万元，占84.11%；比年初预算减少6.53万元，\n下降2.02%。');
    expect(wrong.findings.map((f) => f.message)).toEqual([expect.stringContaining('应为“增加”“增长”')]);
    // 6.53 ÷ (330.53 + 6.53) = 1.94 %: the fall is right.
    expect(runRule(directionMismatch, '支出决算为330.53万元，比年初预算减少6.53万元，下降1.94%。').findings).toEqual([]);
    // A rate that fits neither reading is the rate rule's.
    expect(runRule(directionMismatch, '支出决算为330.53万元，比年初预算减少6.53万元，下降9.02%。').findings).toEqual([]);
  });

  it('reports a change against last year whose agreeing words the rate contradicts (各增加C，增长R% with R = C ÷ (A + C))', () => {
    // 63.12 ÷ (595.66 + 63.12) = 9.58 %: last year was 658.78, above this year — a fall written as a rise.
    const text = (words: string, rate: string): string => `2024年度收入总计595.66万元，支出总计595.66万元。与上年相比，收、支总计各${words}63.12万元，${rate}。`;
    const wrong = runRule(directionMismatch, text('增加', '增长9.58%'));
    expect(wrong.findings.map((f) => f.message)).toEqual([expect.stringContaining('只合于减少（比较基数658.78万元）：“增加”“增长”应为“减少”“下降”')]);
    expect(wrong.findings[0]!.evidence[0]!.quote).toContain('增加63.12万元');
    // The same in the label (比上年减少C，下降R% with R = C ÷ (A − C): a rise).
    expect(runRule(directionMismatch, '本年支出50.17万元，比上年减少0.92万元，下降1.87%。').findings.map((f) => f.message)).toEqual([expect.stringContaining('应为“增加”“增长”')]);
    // Words the rate bears out, or a rate that fits neither reading (the rate rule's): nothing.
    expect(runRule(directionMismatch, text('减少', '下降9.58%')).findings).toEqual([]);
    expect(runRule(directionMismatch, text('增加', '增长11.85%')).findings).toEqual([]);
    expect(runRule(directionMismatch, text('增加', '增长7.00%')).findings).toEqual([]);
    // A rate that is also C ÷ A (571.6 ÷ 36,399 = 1.57 %, a rate over the wrong base) does not tell the direction.
    expect(runRule(directionMismatch, '2021年全国政府采购规模为36,399亿元，较上年减少571.6亿元，下降1.6%。').findings).toEqual([]);
    // No year or budget named before the change: its base is unknown, nothing is read.
    expect(runRule(directionMismatch, '2024年度收入总计595.66万元。收入总计增加63.12万元，增长9.58%。').findings).toEqual([]);
  });

  it('reads last year named by its number before the change (与2023年度相比 in a 2024 text; audit-pdf 606)', () => {
    // 870 ÷ (42,920 + 870) = 1.99 %: 2023 was 43,790, above 2024 — a fall written as a rise.
    const text = (base: string): string =>
      `2024年度部门决算\n2024年度“三公”经费财政拨款支出预算为48,000.00元，支出决算为42,920.00元，完成预算的94.82%。${base}，“三公”经费支出增加870.00元，增长1.99%。`;
    expect(runRule(directionMismatch, text('与2023年度相比')).findings.map((f) => f.message)).toEqual([expect.stringContaining('只合于减少（比较基数43790元）')]);
    // Another year than the one before (2022, or the report's own): the base is not last year's, nothing is read.
    expect(runRule(directionMismatch, text('与2022年度相比')).findings).toEqual([]);
    expect(runRule(directionMismatch, text('与2024年度预测相比')).findings).toEqual([]);
  });

  it('reports the change word or the rate word that the rate contradicts (比上年减少C，增长R%)', () => {
    // 0.92 ÷ (50.17 − 0.92) = 1.87 %: a rise, so 减少 is wrong.
    const rise = runRule(directionMismatch, '本年机关运行经费支出50.17万元，比上年减少0.92万元，增长1.87%。');
    expect(rise.findings.map((f) => f.message)).toEqual([expect.stringContaining('“减少”应为“增加”')]);
    // 6.82 ÷ (54.67 + 6.82) = 11.09 %: a fall against the budget, so 增长 is wrong.
    const fall = runRule(directionMismatch, '公路养护决算数为54.67万元；与年初预算相比，减少6.82万元，增长11.09%。');
    expect(fall.findings.map((f) => f.message)).toEqual([expect.stringContaining('“增长”应为“下降”')]);
    // The amount in the sentence before (收、支总计均为A元。与上年相比，各减少C元，增长R%).
    const before = runRule(directionMismatch, '收入总计2,898,501.10元、支出总计2,898,501.10元。与上年相比，收、支总计各减少207,314.56元，增长7.70%。');
    expect(before.findings).toHaveLength(1);
    // A rate that fits both readings (a small change): the words contradict each other, neither named.
    const both = runRule(directionMismatch, '本年支出345,923.00元，比上年减少2,317.00元，增长0.67%。');
    expect(both.findings.map((f) => f.calculation)).toEqual(['减少 ≠ 增长']);
    // Words that agree say nothing.
    expect(runRule(directionMismatch, '本年支出50.17万元，比上年增加0.92万元，增长1.87%。').findings).toEqual([]);
  });

  it('reads revenue and spending change words (增收, 减支) and a rate after a year-base word (同比下降R%)', () => {
    // 2480 ÷ (12650 − 2480) = 24.39 %: a rise, so 下降 is wrong.
    const news = runRule(directionMismatch, '1至9月，全区税收收入完成12650万元，比上年同期增收2480万元，同比下降24.4%。');
    expect(news.findings.map((f) => f.message)).toEqual([expect.stringContaining('“下降”应为“增长”')]);
    // 310 ÷ (4120 + 310) = 7.00 %: a fall, so 增长 is wrong.
    const spending = runRule(directionMismatch, '一般公共服务支出4120万元，较上年减支310万元，较上年增长7.0%。');
    expect(spending.findings.map((f) => f.message)).toEqual([expect.stringContaining('“增长”应为“下降”')]);
    // Agreeing words say nothing; nor does a change against the budget beside a rate against last year.
    expect(runRule(directionMismatch, '税收收入完成12650万元，比上年同期增收2480万元，同比增长24.4%。').findings).toEqual([]);
    expect(runRule(directionMismatch, '税收收入完成12650万元，比年初预算增收2480万元，同比下降3.5%。').findings).toEqual([]);
  });

  it('reports 增加 where the figures fall', () => {
    const { findings } = runRule(directionMismatch, '“三公”经费由30.5万元增加到26.34万元。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('26.34 < 30.5');
  });

  it('reports 比上年…减少 where the figures rise', () => {
    const { findings } = runRule(directionMismatch, '本年支出120万元，比上年100万元减少20万元。');
    expect(findings).toHaveLength(1);
  });

  it('does not take the base of a rate (预算A万元的R%) for this year’s amount', () => {
    const text = '基金支出总额700万元，完成年初预算300万元的233.33%，比上年400万元增加300万元。';
    expect(runRule(directionMismatch, text).findings).toEqual([]);
    // With this year's amount smaller than last year's, 增加 is still wrong.
    expect(runRule(directionMismatch, text.replace('700万元', '350万元')).findings).toHaveLength(1);
  });

  it('accepts directions that agree', () => {
    expect(runRule(directionMismatch, '由30.5万元减少到26.34万元。本年支出120万元，比上年100万元增加20万元。').findings).toEqual([]);
  });

  it('reports 决算数大于年初预算数 where the 决算 stated just before is smaller, across a wrapped line', () => {
    const text = '2.事业运行（项）：年初预算为452.10万元，支出决算为448.73万元，完成年初预算的99.25%。决算数\n大于年初预算数的主要原因是人员变动。';
    const { findings } = runRule(directionMismatch, text);
    expect(findings.map((f) => f.calculation)).toEqual(['448.73 < 452.10']);
    expect(findings[0]!.evidence).toHaveLength(3);
  });

  it('reports 等于 where 决算 and 预算 differ, and accepts a comparison that agrees', () => {
    expect(runRule(directionMismatch, '“三公”经费支出预算为80.00万元，支出决算为64.80万元。决算数等于预算数的主要原因是厉行节约。').findings).toHaveLength(1);
    expect(runRule(directionMismatch, '“三公”经费支出预算为80.00万元，支出决算为64.80万元。决算数小于预算数的主要原因是厉行节约。').findings).toEqual([]);
  });

  it('stays silent when the two amounts are not both stated before the comparison', () => {
    expect(runRule(directionMismatch, '支出决算为64.80万元。决算数大于预算数的主要原因是追加项目。').findings).toEqual([]);
  });

  it('reports a signed change that contradicts its direction word', () => {
    const { findings } = runRule(directionMismatch, '三公经费比上年减少5万元，下降-20%。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toBe('下降-20%');
    expect(runRule(directionMismatch, '三公经费比上年减少5万元，下降20%，增长率为-20%。').findings).toEqual([]);
  });

  it('reads the direction word before a sign across a line wrapped inside the sentence, not across a sentence break', () => {
    // Precondition (segment()): the line before the break is long enough and not closed by punctuation.
    const { findings } = runRule(directionMismatch, '本年度一般公共预算三公经费比上年减少5万元，下降\n-20%，主要是压减公务接待。');
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['下降\n-20%']);
    // A line closed by 。 ends the sentence: the word before the break is not the figure's.
    expect(runRule(directionMismatch, '本年度一般公共预算三公经费比上年继续下降。\n-20%为上年的变动率。').findings).toEqual([]);
  });
});

describe('direction-mismatch: 决算数与年初预算数持平 (the word after the budget)', () => {
  it('reports a change against the budget (较年初预算增加) whose direction the sentence’s 决算 and 预算 contradict', () => {
    const text = (word: string): string => `行政运行（项）：年初预算为30.00万元，支出决算为28.65万元，决算数为年初预算的95.50%，较年初预算${word}1.35万元。`;
    const { findings } = runRule(directionMismatch, text('增加'));
    expect(findings.map((f) => [f.message, f.calculation])).toEqual([['方向词“增加”与数字不符：决算28.65万元小于预算30.00万元，实为减少', '28.65 < 30.00']]);
    expect(runRule(directionMismatch, text('减少')).findings).toEqual([]);
    // Without the budget in the sentence nothing is said.
    expect(runRule(directionMismatch, '行政运行支出决算为28.65万元，较年初预算增加1.35万元。').findings).toEqual([]);
  });

  it('reports 持平 where the 决算 differs from the 年初预算, and accepts it where they are equal', () => {
    const text = (final: string): string => `基层治理（项）：年初预算为50.00万元，支出决算为${final}万元，完成年初预算的${final === '50.00' ? '100.00' : '110.00'}%，决算数与年初预算数持平。`;
    expect(runRule(directionMismatch, text('55.00')).findings.map((f) => f.rule)).toEqual(['direction-mismatch']);
    expect(runRule(directionMismatch, text('50.00')).findings).toEqual([]);
  });
});

describe('direction-mismatch: a change after the two years’ amounts it compares', () => {
  const found = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.calculation ?? '');
  it('reports a direction word against this year’s and last year’s amounts stated just before it', () => {
    expect(found('某局2023年度部门决算\n本年收入90万元，上年收入100万元，较上年增长10%。')).toHaveLength(1);
    expect(found('某局2023年度部门决算\n2023年“三公”经费支出8万元，2022年支出6万元，比上年减少2万元。')).toHaveLength(1);
    expect(found('某局2023年度部门决算\n2023年度机关运行经费为45.6万元，2022年度为50.2万元，同比增加4.6万元。')).toHaveLength(1);
  });
  it('says nothing when the word fits, the years are not consecutive, the change is another item’s or against a budget', () => {
    expect(found('某局2023年度部门决算\n本年收入110万元，上年收入100万元，较上年增长10%。')).toEqual([]);
    expect(found('某局2023年度部门决算\n2023年支出8万元，2021年支出6万元，比上年减少2万元。')).toEqual([]);
    expect(found('某局2023年度部门决算\n本年收入90万元，上年收入100万元，其中项目支出较上年增长10%。')).toEqual([]);
    expect(found('某局2023年度部门决算\n本年支出90万元，上年支出100万元，较年初预算增加5万元。')).toEqual([]);
  });

  it('reads a direction word followed by a signed change (比上年的A增长-R%) as the sign says: a fall is no rise wrongly worded', () => {
    const shapes = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.shape ?? '');
    // 11541.49 < 16814.12 and the growth is −31.36 %: the numbers agree; only the sign after 增长 is reported.
    expect(shapes('全区普通高中为11541.49元，比上年的16814.12元增长-31.36%。')).toEqual(['negative-sign']);
    // Without the sign, or with a sign against numbers that rise, the word contradicts the numbers.
    expect(shapes('全区普通高中为11541.49元，比上年的16814.12元增长31.36%。')).toEqual(['year-amounts']);
    expect(shapes('全区普通高中为21541.49元，比上年的16814.12元增长-28.12%。')).toEqual(['year-amounts', 'negative-sign']);
    // The same for the two amounts of two years before the change, and for a change against the budget.
    expect(shapes('某局2023年度部门决算\n本年支出90万元，上年支出100万元，较上年增长-10%。')).toEqual(['negative-sign']);
    expect(shapes('会议费决算1.5万元，较全年预算2万元增加-0.5万元。')).toEqual(['negative-sign']);
  });

  it('reports a change and its own rate worded opposite ways side by side even without the amount changed (较上年减0.04万元，增0.01%)', () => {
    const messages = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.message);
    expect(messages('2.商品和服务支出较上年减0.04万元，增0.01%。')).toEqual(['同一变动写作“减0.04万元”又写作“增0.01%”，方向相反，其中一个方向词有误']);
    expect(messages('2.商品和服务支出较上年减少0.04万元，增长0.01%。')).toHaveLength(1);
    // The same direction, a signed rate, a neutral 增减, or anything else between the change and the rate: nothing.
    expect(messages('2.商品和服务支出较上年减0.04万元，减0.01%。')).toEqual([]);
    expect(messages('2.商品和服务支出较上年减少0.04万元，增长-0.01%。').filter((m) => m.includes('方向相反'))).toEqual([]);
    expect(messages('2.商品和服务支出较上年增减0.04万元，增0.01%。')).toEqual([]);
    expect(messages('2.商品和服务支出较上年减少0.04万元，人员经费增长0.01%。')).toEqual([]);
  });

  it('reports one amount stated twice in a sentence with changes on the year before of one size and opposite directions', () => {
    // Shape (a budget's total and its only unit's spending, test21 spent), invented wording.
    const messages = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.message);
    const both = '本单位2023年预算安排经费88.20万元，比上年下降6.30万元，其中本级支出88.20万元，比上年增长6.30万元。';
    expect(messages(both)).toEqual(['同一金额88.20万元与上年相比，先写“比上年下降6.30万元”，后写“比上年增长6.30万元”：增减方向自相矛盾']);
    // Silent: one direction; two amounts or two changes that differ; the two in separate sentences.
    expect(messages(both.replace('比上年增长', '比上年下降'))).toEqual([]);
    expect(messages(both.replace('本级支出88.20', '本级支出80.20'))).toEqual([]);
    expect(messages(both.replace('增长6.30', '增长2.30'))).toEqual([]);
    expect(messages(both.replace('，其中本级', '。其中本级'))).toEqual([]);
    // The year base in its other wordings (rule-words yearBaseLeads / yearBaseClosers): 与上年相比, 较上年度.
    expect(messages(both.replace('比上年增长', '与上年相比增长'))).toHaveLength(1);
    expect(messages(both.replace('比上年增长', '较上年度增长'))).toHaveLength(1);
  });
});

describe('direction-mismatch: a comparison told by a word without a figure of its own (usd, new wordings)', () => {
  const claims = (t: string) => runRule(directionMismatch, t, { fiscalYear: 2023 }).findings.filter((f) => f.shape === 'claim-without-figure').map((f) => f.calculation);
  it('holds 无增减 / 持平 / 没有变化 / 超预算 / 未达到预算 against the budget or last year stated before', () => {
    expect(claims('2023年公务接待费预算为6万元，支出决算为4.2万元，与预算相比无增减。')).toEqual(['4.2万元 < 6万元']);
    expect(claims('2023年公务接待费支出3.5万元，上年支出4.1万元，与上年持平。')).toEqual(['3.5万元 < 4.1万元']);
    expect(claims('公务用车运行维护费年初预算15万元。公务用车运行维护费支出决算2.48万元，与年初预算相比没有变化。')).toEqual(['2.48万元 < 15万元']);
    expect(claims('项目预算资金50万元，实际支出45万元，超预算。')).toEqual(['45万元 < 50万元']);
    expect(claims('全年收入预算1200万元，实际完成1350万元，未达到预算目标。')).toEqual(['1350万元 > 1200万元']);
  });
  it('is silent when the word fits, is approximate, compares with last year’s budget, or the base is another item’s', () => {
    expect(claims('2023年公务接待费预算为6万元，支出决算为6万元，与预算相比无增减。')).toEqual([]);
    expect(claims('2023年公务接待费支出4.12万元，上年支出4.1万元，与上年基本持平。')).toEqual([]);
    expect(claims('2023年公务接待费支出4.11万元，上年支出4.1万元，与上年持平。')).toEqual([]);
    expect(claims('2023年“三公”经费预算安排520万元，与2022年预算持平。')).toEqual([]);
    expect(claims('三公经费预算1969万元，较上年的2190万元减少221万元；其中：因公出国（境）经费40万元，较上年持平。')).toEqual([]);
    expect(claims('车辆购置预算20万元。公务接待费支出5万元，与预算相比无变化。')).toEqual([]);
  });
});

describe('direction-mismatch: 节支 as a direction (usd)', () => {
  const shapes = (t: string) => runRule(directionMismatch, t).findings.map((f) => f.shape);
  it('reads 节支 against the budget: spending above it is no saving', () => {
    expect(shapes('全年调整后预算为860万元，实际支出905.2万元，比预算节支45.2万元。')).toEqual(['final-vs-budget']);
    expect(shapes('年初预算为500万元，全年预算数为600万元。全年实际支出580万元，比全年预算数节支20万元。')).toEqual([]);
    // Another paragraph's budget is not read.
    expect(shapes('全年预算数为600万元。\n全年实际支出580万元，比全年预算数超支20万元。')).toEqual([]);
  });
});

describe('direction-mismatch: a change against a budget stated in the sentence before (spent test23)', () => {
  it('reads 超支 against the 全年预算数 stated once in the sentence before', () => {
    const text = '2024年年初预算3180.00万元，年中追加调整后全年预算数为3580.00万元。全年实际支出3512.36万元，占全年预算的98.11%，比全年预算数超支67.64万元。';
    const found = runRule(directionMismatch, text).findings;
    expect(found.map((f) => f.calculation)).toEqual(['3512.36 < 3580.00']);
    // Spending above the budget: 超支 is right.
    expect(runRule(directionMismatch, text.replace('3512.36万元', '3647.64万元').replace('98.11%', '101.89%')).findings).toEqual([]);
    // Two budgets of that phase in the sentence before: which one is meant is not known.
    expect(runRule(directionMismatch, text.replace('2024年年初预算3180.00万元', '全年预算数原为3180.00万元')).findings).toEqual([]);
  });
});

describe('direction-mismatch: a change after an amount framed as its base', () => {
  const shapes = (t: string): string[] => runRule(directionMismatch, t).findings.filter((f) => f.shape === 'framed-base').map((f) => f.calculation ?? '');
  it('reads the framed amount as the base and the one amount that makes the change as the year\'s', () => {
    expect(shapes('2024年度收入合计1260.00万元，其中财政拨款1200.00万元，其他收入60.00万元。与2023年度的1400.00万元相比，较上年增加140.00万元，增长10.00%。')).toEqual(['1260.00 < 1400.00']);
    expect(shapes('2024年度支出合计980.00万元。与上年的900.00万元相比，下降8.89%。')).toEqual(['980.00 > 900.00']);
    // Right words, or no amount making the change: nothing is said.
    // The base said again in its other wordings (较2023年 — the frame's own year only —, 与上年相比).
    const framed = '2024年度收入合计1260.00万元。与2023年度的1400.00万元相比，较上年增加140.00万元。';
    expect(shapes(framed.replace('较上年增加', '较2023年增加'))).toEqual(['1260.00 < 1400.00']);
    expect(shapes(framed.replace('较上年增加', '与上年相比增加'))).toEqual(['1260.00 < 1400.00']);
    expect(shapes(framed.replace('较上年增加', '较2022年增加'))).toEqual([]);
    expect(shapes('2024年度收入合计1260.00万元。与2023年度的1400.00万元相比，较上年减少140.00万元，下降10.00%。')).toEqual([]);
    expect(shapes('2024年度收入合计1300.00万元。与2023年度的1400.00万元相比，较上年增加140.00万元，增长10.00%。')).toEqual([]);
    // A frame without a year (与预算数A相比) is no base of a change on last year.
    expect(shapes('决算数1260.00万元，与预算数1400.00万元相比，增加140.00万元。')).toEqual([]);
  });
  it('reads counts with decimals, whose difference a float only nearly gives (former test34 2763)', () => {
    expect(shapes('1.城乡居民参保人数：年度目标不少于21.5万人，实际21.63万人。较上年21.92万人增加0.29万人，主要是外出务工人员转为职工医保参保。')).toEqual(['21.63 < 21.92']);
    expect(shapes('1.城乡居民参保人数：年度目标不少于21.5万人，实际21.63万人。较上年21.92万人减少0.29万人，主要是外出务工人员转为职工医保参保。')).toEqual([]);
    // A change that no amount makes (0.28) is not read.
    expect(shapes('1.城乡居民参保人数：年度目标不少于21.5万人，实际21.63万人。较上年21.92万人增加0.28万人。')).toEqual([]);
  });
});

describe('direction-mismatch: a rise explained by cutting spending (former test34 2767)', () => {
  const found = (t: string): string[] => runRule(directionMismatch, t).findings.filter((f) => f.shape === 'reason-against-direction').map((f) => f.calculation ?? '');
  it('reads the reason right after a rise against last year', () => {
    expect(found('2023年度“三公”经费财政拨款支出决算27.00万元。较上年增加3.00万元，主要原因是严格控制公务接待和公务用车使用。')).toEqual(['增加 ↔ 严格控制']);
    expect(found('2025年“三公”经费预算28.50万元，较2024年预算增加2.70万元，增长10.47%，主要原因是压减公务接待费。')).toEqual(['增加 ↔ 压减']);
  });
  it('is silent on a fall, on a reason that also adds, on a reason far from the change, and on a rise against nothing', () => {
    expect(found('2023年度“三公”经费财政拨款支出决算27.00万元。较上年减少3.00万元，主要原因是严格控制公务接待和公务用车使用。')).toEqual([]);
    expect(found('较上年增加3.00万元，主要原因是新增公务用车购置，同时严格控制公务接待。')).toEqual([]);
    expect(found('较上年增加3.00万元，用于外勤审计车辆的燃料、维修、保险等支出，主要原因是严格控制公务接待。')).toEqual([]);
    expect(found('全年增加3.00万元，主要原因是严格控制公务接待。')).toEqual([]);
  });
});

describe('direction-mismatch: a change right after an amount framed as its base', () => {
  it('reads no direction from the rate when the amount before is the base (与上年的A相比)', () => {
    const found = (t: string): string[] => runRule(directionMismatch, t).findings.map((f) => f.shape ?? '');
    // 2.40 ÷ 21.60 = 11.11 %: the rate over this year's amount, not a rise — a rate slip for percent-mismatch.
    expect(found('本年会议费实际支出21.60万元。与上年的24.00万元相比，减少2.40万元，下降11.11%。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { precision } from './precision.ts';

describe('precision', () => {
  it('reports an amount with more decimals than the rest of the report', () => {
    const text = '甲151.66万元、乙348.6698万元、丙34.4万元、丁108万元、戊238.18万元、己100万元、庚78.5万元。';
    const { findings } = runRule(precision, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toContain('348.6698万元');
    // Alone, an amount with more decimals is likely an exact sum copied from 元 (blind annotators took every such
    // amount for right at first contact): a 提示, not a warning.
    expect(findings[0]!.severity).toBe('info');
  });

  it('warns when an amount with more decimals also stands rounded, whatever the number of extra decimals', () => {
    const twin = '本年财政拨款90万元，执行89.9745万元，完成预算资金89.97万元，其中30万元、29.99万元。';
    expect(runRule(precision, twin).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('makes one decimal more a 提示 (info) unless the same amount also stands rounded', () => {
    const text = '一批投资3374.3万元（其中建筑工程3292万元），二批投资2069.51万元（其中建筑工程1975.775万元），三批投资778.59万元。';
    expect(runRule(precision, text).findings.map((f) => f.severity)).toEqual(['info']);
    const twin = '本年财政拨款90万元，执行89.974万元，完成预算资金89.97万元，其中30万元、29.99万元。';
    expect(runRule(precision, twin).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it("compares an amount with its rounded twin exactly, also at the scale of a province's budget, where floats are too coarse", () => {
    // 18765432.005万元 (about 1877亿元) rounds to 18765432.01 (half up); as floats their difference comes out above 0.005.
    const twin = '本年一般公共预算支出18765433.00万元，执行18765432.005万元，完成预算资金18765432.01万元，其中30000.00万元、29999.99万元。';
    expect(runRule(precision, twin).findings.map((f) => f.severity), 'the rounded twin stands in the text: a warning').toEqual(['warning']);
    const alone = twin.replace('18765432.01万元', '18765432.02万元');
    expect(runRule(precision, alone).findings.map((f) => f.severity), 'no amount is its rounding: a 提示').toEqual(['info']);
  });

  it('stays silent when no other amount of the unit shows how many decimals the report writes', () => {
    // Every other amount is whole: the report states no precision the exact amount could break.
    const whole = '年初安排资金300万元，追加资金45万元，调减资金12万元，全年支出332.417806万元。';
    expect(runRule(precision, whole).findings).toEqual([]);
    // One amount written with two decimals shows the convention: the six decimals stand out again.
    expect(runRule(precision, whole.replace('调减资金12万元', '调减资金12.58万元')).findings).toHaveLength(1);
  });

  it('accepts consistent precision and amounts in different units', () => {
    expect(runRule(precision, '甲151.66万元、乙348.67万元、丙34.4万元、丁108万元、戊238.18万元、己1500.25元。').findings).toEqual([]);
  });

  it('leaves alone two exact amounts that split a stated amount exactly (spent and left over)', () => {
    const text = '下达预算2596万元，另有甲151.66万元、乙34.4万元，全年实际支出2595.6208万元，剩余未执行的0.3792万元结转下年。';
    expect(runRule(precision, text).findings).toEqual([]);
    // The same amounts not making up a stated one, but whose extra digits cancel in their sum (2596.0000), are an exact split still.
    expect(runRule(precision, text.replace('2596万元', '2600万元')).findings).toEqual([]);
    // Extra digits that do not cancel are reported.
    expect(runRule(precision, text.replace('2596万元', '2600万元').replace('0.3792万元', '0.3793万元')).findings).toHaveLength(2);
  });

  it('leaves alone two amounts kept to the 分 whose extra digits cancel in their sum (a round amount split exactly, its total unstated)', () => {
    // Invented wording: items of an allocation, two of them to the 分 in 万元 adding to 81.29.
    const text = '一是安排道路维修120万元；二是安排水渠改造63.418206万元；三是安排培训9.5万元；四是调整上年项目资金17.871794万元；五是安排公厕建设26.75万元。';
    expect(runRule(precision, text).findings).toEqual([]);
    // Change one digit and the sum keeps its odd digits: both are reported.
    expect(runRule(precision, text.replace('17.871794', '17.871795')).findings).toHaveLength(2);
  });

  it('leaves alone exact amounts of a breakdown whose parts add up to its total exactly', () => {
    const text = '本级留用329.40万元。用于群众体育支出332.3407万元，占总数的100.0%。其中：用于援建公共体育场地和设施201.5227万元；用于资助群众体育组织11.40万元；用于开展全民健身活动101.778万元；用于宣传7.86万元；用于其他9.78万元。';
    expect(runRule(precision, text).findings).toEqual([]);
    // A part written with a bare 万 (its 元 left out, or wrapped onto the next line) is of the same unit.
    expect(runRule(precision, text.replace('11.40万元；', '11.40万；')).findings).toEqual([]);
    // Parts that do not add up exactly: the extra digits stay a finding — a 提示, as no rounded twin contradicts them.
    expect(runRule(precision, text.replace('201.5227万元', '201.5237万元')).findings.filter((f) => f.severity === 'info').length).toBeGreaterThan(0);
    // Kept to the 分 (six decimals in 万元) is beyond an account to the 元: still a finding (a 提示).
    const fen = '实际执行9265.353442万元，执行率88.74%。其中中央补助执行7177.373442万元，省级配套执行2087.98万元，另有结余1175.65万元。';
    expect(runRule(precision, fen).findings.filter((f) => f.severity === 'info').length).toBeGreaterThan(0);
  });

  it('leaves alone the operands of a written-out calculation', () => {
    const text = '基本支出609.29万元，项目支出1059.41万元，三公经费26.34万元，接待费26.34万元。按数据计算：79.8127万元 / 80.8971万元 × 100% = 98.66%。';
    expect(runRule(precision, text).findings).toEqual([]);
    expect(runRule(precision, text.replace(' / ', '/')).findings).toEqual([]);
  });

  it('leaves alone an amount with extra digits stated identically twice (an exact figure given on purpose)', () => {
    const text = '清华大学以269.45亿元居首，浙大154.65亿元，上海交大144.88亿元。西安交大预算收入为80.3945亿元，位居第15位。西安交大以80.3945亿元位居75所部属高校的第15位。';
    expect(runRule(precision, text).findings).toEqual([]);
    // Stated once, the extra digits stay a finding.
    expect(runRule(precision, text.replace('西安交大以80.3945亿元', '西安交大以80.39亿元')).findings).toHaveLength(1);
  });
});

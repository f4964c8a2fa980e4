import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { unit } from './unit.ts';

describe('unit', () => {
  it('reads one item named with and without a generic noun at its end as the same (tspend, dev 2137)', () => {
    expect(runRule(unit, '年末结转和结余资金为5862.89万元。一般公共预算财政拨款年末结转和结余5862.89元。').findings).toHaveLength(1);
    expect(runRule(unit, '项目支出资金为12.5万元。本单位项目支出12.5元。').findings).toHaveLength(1);
    // Two items that share only the generic noun are not one.
    expect(runRule(unit, '培训资金为12.5万元。会议资金12.5元。').findings).toEqual([]);
  });

  it('reads the rate of a change written without its % right after the change as an amount', () => {
    const messages = (t: string): string[] => runRule(unit, t).findings.map((f) => f.message);
    const shares = '基本支出占70%，项目支出占30%。';
    expect(messages(`支出合计500万元，比上年增加40万元，增长8.7，主要是人员增加。${shares}`)).toEqual(['比率“增长8.7”缺少单位“%”']);
    expect(messages(`收入合计300万元，较上年减少12万元，下降了3.8；${shares}`)).toEqual(['比率“下降了3.8”缺少单位“%”']);
    // A change in people, a rate after no amount, a text writing no other per-cent: not judged.
    expect(messages(`在职人员较上年增加4人，增长8.7，${shares}`)).toEqual([]);
    expect(messages(`支出合计500万元，增长8.7，${shares}`)).toEqual([]);
    // 增长 / 下降 after 比 / 较 in their own clause take only a rate.
    expect(messages(`支出合计500万元，较上年增长8.7，${shares}`)).toEqual(['比率“增长8.7”缺少单位“%”']);
    expect(messages(`支出合计500万元，同比下降2.5；${shares}`)).toEqual(['比率“下降2.5”缺少单位“%”']);
    expect(messages(`学校比上年增加2，${shares}`)).toEqual([]);
    expect(messages('支出合计500万元，比上年增加40万元，增长8.7，主要是人员增加。')).toEqual([]);
  });

  it('reports one amount written with the same digits in 元 and, under a label sharing four characters, in 万元 (former test32 2726)', () => {
    const text = (label: string): string =>
      `项目支出主要用于：乌兰牧骑基层惠民演出经费186.20万元，公共文化场馆免费开放经费95.00万元，文物保护经费143.64万元。\n旗文化馆全年免费开放，${label}95.00元全部用于场馆日常运行。`;
    expect(runRule(unit, text('中央免费开放补助资金')).findings.filter((f) => f.shape === 'same-digits-in-wan').map((f) => f.severity)).toEqual(['warning']);
    // Labels sharing no run of four characters: two amounts, not read.
    expect(runRule(unit, text('门票收入')).findings.filter((f) => f.shape === 'same-digits-in-wan')).toEqual([]);
  });

  it('does not read a number with a thousands separator as a share cut at its comma (占道经营1,520起; former test32 2725)', () => {
    const messages = (t: string): string[] => runRule(unit, t).findings.map((f) => f.message);
    const rates = '结案率97.87%，覆盖率100%。';
    expect(messages(`${rates}拆除违法建设42处，规范占道经营1,520起，清理广告牌匾286块。`)).toEqual([]);
    // A share without its % before a half-width comma is still one.
    expect(messages(`${rates}基本支出占总支出的65,项目支出占35%。`)).toEqual(['比例“占总支出的65”缺少单位“%”']);
  });

  it('reports one amount in 元 among amounts of one sentence in 万元 of the same size (万元 written as 元)', () => {
    // Given three items of one fund, the third written in 元 with a number like the others'
    const text = '其中支持小企业项目1650万元、支持融资服务项目1996.5万元、支持服务体系建设项目1709.98元。';
    const found = runRule(unit, text).findings;
    // Then the 元 amount is reported
    expect(found.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '支持服务体系建设项目1709.98元']]);
    // But a small amount far below the others, a per-head amount, or two amounts in 元 are no slip
    expect(runRule(unit, text.replace('1709.98元', '170.5元')).findings).toEqual([]);
    expect(runRule(unit, '补助资金1650万元、1996.5万元，人均补助1800元。').findings).toEqual([]);
    expect(runRule(unit, text.replace('1650万元', '1650元')).findings).toEqual([]);
  });

  it('reports the one part of a breakdown in another unit when read in the total’s unit it makes the parts add up', () => {
    const text = (gongcheng: string): string =>
      `2024年度本部门政府采购支出总额36.99万元，其中：政府采购货物支出6.89万元、政府采购工程支出${gongcheng}、政府采购服务支出10.25万元。`;
    const { findings } = runRule(unit, text('19.85元'));
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['error', '政府采购工程支出19.85元']]);
    expect(findings[0]!.calculation).toBe('6.89万元 + 19.85万元 + 10.25万元 = 36.99万元');
    // Parts that add up as written, or that do not add up in either unit, are no unit slip.
    expect(runRule(unit, text('19.85万元')).findings).toEqual([]);
    expect(runRule(unit, text('18.85元')).findings).toEqual([]);
  });

  it('reports the odd part the other way round too: one part in 万元 among 元 parts of a total in 元', () => {
    const text = (part: string): string => `2024年度办公经费支出合计1,019.85元，其中：办公费1,000.00元、印刷费${part}。`;
    const { findings } = runRule(unit, text('19.85万元'));
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['error', '印刷费19.85万元']]);
    expect(runRule(unit, text('19.85元')).findings).toEqual([]);
  });

  it('reports the same digits in 元 and 万元 for one item named with and without a qualifier', () => {
    const text = '2015年部门决算公开公务接待费1.58元，经核查，2015年度我单位支出公务接待费为1.58万元。';
    const { findings } = runRule(unit, text);
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    // Different items with the same digits are not compared.
    expect(runRule(unit, '公务接待费1.58元。会议费为1.58万元。').findings).toEqual([]);
  });

  it('reports a total in 元 whose parts are in 万元', () => {
    const { findings } = runRule(unit, '2024年初财政批复“三公”经费预算数为28元，其中：公务接待费28万元、因公出国（境）费用0万元。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.calculation).toContain('28元 × 10000');
  });

  it('reports the same item stated in 万元 and 元 with the same number', () => {
    const { findings } = runRule(unit, '公务接待费预算数28万元。\n本年公务接待费预算数28元，严格控制。');
    expect(findings.some((f) => f.message.includes('公务接待费'))).toBe(true);
  });

  it('is silent when units agree', () => {
    expect(runRule(unit, '“三公”经费26.34万元，其中：公务接待费26.34万元、公务用车费0万元。').findings).toEqual([]);
  });

  it('reports a share written without % where the text writes its other shares with %', () => {
    const text = '本年收入合计3602.76万元，其中：财政拨款收入3587.46万元，占99.58%；其他收入15.30万元，占0.42%。一般公共预算财政拨款支出3587.46万元，占本年支出合计的99.58。';
    const { findings } = runRule(unit, text);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['占本年支出合计的99.58']);
  });

  it('reports a ratio to a named base (为年初预算的96.5, 相当于上年同期的87.3) written without %, not one with 倍 or a measure word', () => {
    const shares = '一般公共预算收入完成5200万元，为调整预算的101.2%；税收收入3100万元，为调整预算的98.6%。';
    const quotes = (t: string): string[] => runRule(unit, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes(`${shares}一般公共预算支出8000万元，为年初预算的96.5，主要是项目延期。`)).toEqual(['为年初预算的96.5']);
    expect(quotes(`${shares}政府性基金支出1200万元，相当于上年同期的87.3；`)).toEqual(['相当于上年同期的87.3']);
    expect(quotes(`${shares}非税收入2100万元，为上年的1.5倍。`)).toEqual([]);
    expect(quotes(`${shares}确定为全县的3个重点村。`)).toEqual([]);
    expect(quotes(`${shares}债务支出500万元，为调整预算的99.17%。`)).toEqual([]);
    expect(quotes('一般公共预算支出8000万元，为年初预算的96.5，主要是项目延期。')).toEqual([]);
    // 完成…的R (a 决算 against its budget, over 100 where funds were added), and its look-alike with a measure word.
    expect(quotes(`${shares}审计业务支出101.19万元，完成年初预算的113.38。`)).toEqual(['完成年初预算的113.38']);
    expect(quotes(`${shares}完成年度计划的12项。`)).toEqual([]);
  });

  it('stays silent on 占 followed by a measure word or in a text without shares', () => {
    expect(runRule(unit, '项目占地50亩，占比达到30%，其中绿地占20%。').findings).toEqual([]);
    expect(runRule(unit, '一般公共预算财政拨款支出占本年支出合计的99.58。').findings).toEqual([]);
    expect(runRule(unit, '本年收入占比20%，占地面积1332m2，业务用房1450m2，其中绿地占20%。').findings).toEqual([]);
  });
});

describe('unit: a rate written without %', () => {
  const shares = '本年支出合计200万元，其中基本支出150万元，占75%；项目支出50万元，占25%。';
  const quotes = (t: string): string[] => runRule(unit, t).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reports a rate (执行率, 到位率, 支付比例) whose number has no % where the text writes its other rates with %', () => {
    expect(quotes(`${shares}全年预算执行率为98.5，较上年有所提高。`)).toEqual(['执行率为98.5']);
    expect(quotes(`${shares}项目资金到位率达到96；资金支付比例100%。`)).toEqual(['到位率达到96']);
    expect(quotes(`${shares}截至年底，资金拨付率87.25，未拨付部分结转下年。`)).toEqual(['拨付率87.25']);
  });
  it('stays silent on a rate with its unit, a ratio that is no per-cent (容积率, 汇率), a form’s cell and a text without rates in %', () => {
    expect(quotes(`${shares}全年预算执行率为98.5%，较上年提高2个百分点。`)).toEqual([]);
    expect(quotes(`${shares}项目容积率为2.5，绿地率35%。`)).toEqual([]);
    expect(quotes(`${shares}按汇率6.8折算。`)).toEqual([]);
    expect(quotes(`${shares}\n预算执行率\t98.5\t10\t10\n`)).toEqual([]);
    expect(quotes(`${shares}执行率为3:1。满意度为95分。`)).toEqual([]);
    expect(quotes('本年支出合计200万元。全年预算执行率为98.5，较上年有所提高。')).toEqual([]);
  });
});

describe('unit: the change of a share', () => {
  const text = '公开招标金额占全国政府采购规模的77.9%，所占比重比上年下降6.6个百分点。分散采购金额为4365亿元，占全国政府采购规模的比重为20.7%，较上年上升5.5%。';
  it('reports a share’s change in % where the text writes such changes in 百分点', () => {
    expect(runRule(unit, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['5.5%']);
  });

  it('says nothing in a text that never writes 百分点', () => {
    expect(runRule(unit, text.replace('6.6个百分点', '6.6%')).findings).toEqual([]);
  });

  it('reads the share and its change across a line wrapped inside the sentence, not across a paragraph break', () => {
    // Precondition (segment()): the line before the break is long enough and open, so the sentence goes on over it.
    const wrapped = text.replace('规模的比重为', '规模的比\n重为');
    expect(runRule(unit, wrapped).findings.map((f) => f.evidence[0]!.quote)).toEqual(['5.5%']);
    // A short line (a heading, a cell) is no wrap: its break stays a break, and 比 and 重 are not read as one word.
    const split = '公开招标金额比重比上年下降6.6个百分点。\n分散采购比\n重为20.7%，较上年上升5.5%。';
    expect(runRule(unit, split).findings).toEqual([]);
  });
});

describe('unit: an amount whose change rate fits only in the change\'s unit', () => {
  it('reports 元 written for 万元 when the rate after its change in 万元 fits only 万元', () => {
    const text = '2024年度本部门机关运行经费支出38.50元，与2023年度相比，机关运行经费支出减少1.50万元，下降3.75%。';
    // 1.50 ÷ (38.50 + 1.50) = 3.75 %: the amount is 38.50万元.
    const { findings } = runRule(unit, text);
    expect(findings.map((f) => [f.rule, f.severity, f.evidence[0]!.quote?.endsWith('38.50元')])).toEqual([['unit', 'error', true]]);
    // And so when a completion rate stands between the amount and its change.
    const between = runRule(unit, '公务接待费支出决算为0.80元，完成预算的80.00%，较上年减少0.20万元，下降20.00%。').findings;
    expect(between.map((f) => f.evidence[0]!.quote?.endsWith('0.80元'))).toEqual([true]);
  });

  it('stays silent when the rate fits as written or fits neither unit', () => {
    expect(runRule(unit, '机关运行经费支出385,000.00元，比上年减少15,000.00元，下降3.75%。').findings).toEqual([]);
    expect(runRule(unit, '机关运行经费支出38.50元，比上年减少1.50万元，下降9.99%。').findings).toEqual([]);
  });
});


describe('unit: a paragraph in 元 in a text otherwise in 万元', () => {
  const wanParagraphs = Array.from({ length: 6 }, (_, i) => `${i + 1}.某项支出决算为${10 + i}.50万元，较上年增加${i + 1}.00万元。`).join('\n');
  const procurement = '2024年度本部门政府采购支出总额63.30元，其中：政府采购货物支出24.60元、政府采购服务支出38.70元。';

  it('makes a paragraph whose small amounts are all in 元 a 提示 (info)', () => {
    const { findings } = runRule(unit, `${wanParagraphs}\n${procurement}`);
    expect(findings.map((f) => [f.severity, f.evidence.map((e) => e.quote)])).toEqual([['info', ['2024年度本部门政府采购支出总额63.30元', '政府采购货物支出24.60元', '政府采购服务支出38.70元']]]);
  });

  it('stays silent on 元 amounts of a text in 元, on large or per-head amounts, and with few 万元 amounts', () => {
    expect(runRule(unit, `${wanParagraphs.replaceAll('万元', '元')}\n${procurement}`).findings).toEqual([]);
    expect(runRule(unit, `${wanParagraphs}\n${procurement.replace('63.30元', '63,300.00元')}`).findings).toEqual([]);
    expect(runRule(unit, `${wanParagraphs}\n公务接待人均标准150.00元，每人每天住宿费350.00元。`).findings).toEqual([]);
    expect(runRule(unit, `1.某项支出决算为10.50万元。\n${procurement}`).findings).toEqual([]);
  });
});

describe('unit: an indicator value against its unit column', () => {
  it('reports an amount whose 计量单位 cell says %, not a rate or a value without a unit', () => {
    const head = '一级指标 | 二级指标 | 三级指标 | 指标值类型 | 指标值 | 计量单位 | 指标解释 |\n';
    const row = (value: string, unitCell: string) => `产出指标 | 数量指标 | 业务工作支出安排金额 | 定量 | ${value} | ${unitCell} | 考察支出安排情况 |\n`;
    const { findings } = runRule(unit, head + row('28.8万元', '%') + row('100', '%'));
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['28.8万元']);
    expect(runRule(unit, head + row('28.8', '万元') + row('100', '%')).findings).toEqual([]);
  });
  it('reports a measure word of a physical quantity glued between an amount and its 元 (3万亩元), not a price per unit', () => {
    expect(runRule(unit, '项目间接费用3万亩元，已全部支付。').findings.map((f) => f.message)).toEqual(['单位错误：“3万亩元”——“万亩元”不是金额单位，“亩”疑为误入，应为3万元']);
    expect(runRule(unit, '垃圾清运补助资金合计12.5吨元。').findings.map((f) => f.severity)).toEqual(['error']);
    // Prices per unit and quantities beside amounts are fine.
    expect(runRule(unit, '补助标准为200元/亩，共1万亩，每吨30元，计30万元。').findings).toEqual([]);
    expect(runRule(unit, '完成造林1.2万亩，元旦前完成验收。').findings).toEqual([]);
  });

  it('reports a change told in 元 that is the difference of this year’s and last year’s 万元 amounts', () => {
    const text = '教育支出24,338万元，比上年同期22,303万元增支2,035万元，增长9.1%；科学技术支出259万元，比上年同期139万元增支120元，增长86.3%；文化旅游体育与传媒支出2,865万元，比上年同期1,283万元增支1,582万元。';
    const found = runRule(unit, text).findings;
    expect(found.map((f) => f.message)).toEqual(['单位错误：259万元比139万元增支120元，两者之差为120万元：“元”疑为“万元”']);
    // A change in 元 that is not the difference read in 万元, or told against the sign of the difference, is left alone.
    expect(runRule(unit, text.replace('增支120元', '增支125元')).findings).toEqual([]);
    expect(runRule(unit, text.replace('139万元增支120元', '379万元增支120元')).findings).toEqual([]);
    // The amounts written in 元 (2590000元, 1390000元): the change's 120元 is still 10⁴ off their difference.
    expect(runRule(unit, '科学技术支出2590000元，比上年同期1390000元增支120元，增长86.3%。').findings.map((f) => f.message)).toEqual(['单位错误：2590000元比1390000元增支120元，两者之差为120万元：“元”疑为“万元”']);
  });

  it('reports one length in kilometres two orders above all the others (metres written in 千米), not a total or a distance', () => {
    const works = '该项目在东沟村硬化道路长1.6千米，宽4米。该项目在西沟村砌护渠道2.3千米。该项目在南沟村铺设管道0.85千米。';
    const run = (text: string) => runRule(unit, text).findings.filter((f) => f.message.includes('长度'));
    expect(run(`${works}该项目在北坡村硬化道路长3200千米。`).map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '3200千米']]);
    // Look-alikes: a network's total, a distance, a length only some tens of times the others, too few other lengths.
    expect(run(`${works}全县农村公路总里程3200千米。`)).toEqual([]);
    expect(run(`${works}北坡村距县城320公里。`)).toEqual([]);
    expect(run(`${works}该项目在北坡村硬化道路长32千米。`)).toEqual([]);
    expect(run('该项目在东沟村硬化道路长1.6千米。该项目在北坡村硬化道路长3200千米。')).toEqual([]);
  });

  it('reports the one amount in 亿元 of a text otherwise in 万元, told as the body\'s own spending and a thousand times its other amounts', () => {
    // Shapes (a county's direct-funds note and a district's budget report, test21 spent), invented wording.
    const shapes = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'yi-among-wan').map((f) => f.evidence[0]!.quote);
    const note = (line: string): string =>
      `一、资金情况\n本年下达我镇补助资金共计3821.40万元，其中中央资金2100.00万元，省级资金900.00万元，县级资金821.40万元，已支出3500.20万元。\n二、资金使用\n${line}\n`;
    expect(shapes(note('安排补助资金1265.30亿元，用于道路养护。'))).toEqual(['安排补助资金1265.30亿元']);
    // Too large for 分 (above 90万亿元): no figure is read, still the one amount in 亿元.
    expect(shapes(note('累计完成道路养护支出2,655,100亿元。'))).toEqual(['2,655,100亿元']);
    expect(shapes(note('安排补助资金1265.30万元，用于道路养护。'))).toEqual([]);
    // Silent: an economy-wide figure with no spending word; a 亿元 amount near the text's own scale; two amounts in 亿元.
    expect(shapes(note('全镇地区生产总值1265.30亿元。'))).toEqual([]);
    expect(shapes(note('安排补助资金0.38亿元，用于道路养护。'))).toEqual([]);
    expect(shapes(note('安排补助资金1265.30亿元，另安排养护资金2.1亿元。'))).toEqual([]);
  });

  it('reports one number stated in 元 and in 万元 anywhere in the text, whatever the two are named (usd, new wordings)', () => {
    const shapes = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'same-digits-anywhere').map((f) => f.evidence.map((e) => e.quote));
    // A long number twice: the one in the text's minority unit quoted first.
    expect(shapes('一、收入情况：本年度部门收入合计382.15万元，其中财政拨款收入350万元，其他收入32.15万元。\n二、绩效情况：全年到位资金382.15元，资金到位率100%。')).toEqual([['全年到位资金382.15元', '本年度部门收入合计382.15万元']]);
    // A per-unit standard in 万元 beside the same standard in 元, whatever its digits.
    expect(shapes('学校按每生每天补助标准4万元发放营养餐补助。县财政按照每生每天4元标准足额拨付资金。')).toEqual([['学校按每生每天补助标准4万元', '县财政按照每生每天4元']]);
    // Silent: a short number twice (120元 and 120万元 may both be right), a standard beside an amount of its own.
    expect(shapes('全年支出120万元。慰问困难职工每户120元。')).toEqual([]);
    expect(shapes('发放补助资金45.8万元，资金到位45.8元。')).toEqual([]);
    expect(shapes('按每人每月300元标准发放，全年发放300万元。')).toEqual([]);
  });

  it('reads a list over lines closed by its total on a line of its own (a notice or a table flattened one item a line)', () => {
    const odd = (t: string) => runRule(unit, t).findings.map((f) => f.evidence[0]!.quote);
    const numbered = '一、资金来源\n1.中央财政衔接资金2300万元\n2.省级财政衔接资金86元\n3.市级财政衔接资金400万元\n以上资金合计2786万元。\n';
    expect(odd(numbered)).toEqual(['2.省级财政衔接资金86元']);
    const unnumbered = '“三公”经费决算情况如下：\n因公出国（境）费：0万元\n公务接待费：3.2元\n公务用车运行维护费：12.6万元\n合计：15.8万元\n';
    expect(odd(unnumbered)).toEqual(['3.2元']);
    // Not a list: numbered lines that do not start at 1, or prose lines above the total.
    expect(odd(numbered.replace('1.中央', '5.中央').replace('2.省级', '6.省级').replace('3.市级', '7.市级'))).toEqual([]);
  });

  it('reports a count written with a money unit (接待人次为180万元), not an amount per head or an amount beside a count', () => {
    const counts = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'count-with-money-unit').map((f) => f.evidence[0]!.quote);
    expect(counts('全年共接待公务来访25批次，接待人次为180万元，公务接待费支出3.2万元。')).toEqual(['接待人次为180万元']);
    expect(counts('截至年底，本单位年末实有人数52万元。')).toEqual(['本单位年末实有人数52万元']);
    expect(counts('资助学生人数1200人，资助金额60万元。')).toEqual([]);
    expect(counts('人均接待费用每人次0.01万元。')).toEqual([]);
  });

  it('reports a budget whose difference from the amount spent fits only in the other unit (预算12.00元，实际支出8.60万元 … 节约3.40万元)', () => {
    const shapes = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'budget-difference-unit').map((f) => f.evidence[0]!.quote);
    expect(shapes('本年公务接待费预算6.50元，决算支出4.75万元。决算支出较年初预算减少1.75万元。')).toEqual(['本年公务接待费预算6.50元']);
    expect(shapes('项目预算资金80万元，实际支出72.5元，比预算节约7.5万元。')).toEqual(['实际支出72.5元']);
    // Silent: the difference fits as written (units may differ), or fits neither reading.
    expect(shapes('项目预算资金80万元，实际支出725000元，比预算节约75000元。')).toEqual([]);
    expect(shapes('本年公务接待费预算6.50元，决算支出4.75万元。决算支出较年初预算减少2.75万元。')).toEqual([]);
  });
});

describe('unit: 万元 written as 元 in whole self-evaluation reports (spent test23 / test24)', () => {
  it('reads a budget in 元 a little above the 万元 amounts of its sentence, amounts of 0元 aside, as 万元 written as 元', () => {
    const text = '2024年度“三公”经费预算12.00元，实际支出8.60万元，其中：因公出国（境）费0元，公务用车购置费0元，公务用车运行维护费5.42万元，公务接待费3.81万元。';
    const found = runRule(unit, text).findings;
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('疑应为12.00万元')]);
    // Far beyond the range of the 万元 amounts (more than twice the largest), an amount in 元 may be meant so.
    expect(runRule(unit, text.replace('预算12.00元', '预算38.00元')).findings).toEqual([]);
    // An average is rightly in 元 (平均: rule-words unit.perUnit).
    expect(runRule(unit, '下达资金：高中助学金按平均2000元，共1106.97万元，中职助学金809.33万元，免学费376.98万元。').findings).toEqual([]);
  });

  it('reads a source of funds named by the county budget (县级财政预算安排) as a part of the funds received, so the part in 元 is found by the sum', () => {
    const text = '项目年初预算7200.00万元，全年实际到位资金7200.00万元，其中县级财政预算安排3880.00万元，省级补助资金2460.00元，车购税资金860.00万元。';
    const found = runRule(unit, text).findings;
    expect(found.map((f) => f.calculation)).toEqual(['3880.00万元 + 2460.00万元 + 860.00万元 = 7200.00万元']);
  });
});

describe('unit: per-cents declared once for their block', () => {
  const shares = '本年支出合计200万元，其中基本支出150万元，占75%；项目支出50万元，占25%。\n';
  const quotes = (t: string): string[] => runRule(unit, t).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('stays silent on bare per-cents under a declaration naming % (单位：%, 单位：万元、%), down to a blank line or a sentence', () => {
    const block = (caption: string): string =>
      `${shares}（四）重点项目执行情况${caption}\n道路养护：预算数80.00，执行数76.40，执行率95.50，占项目支出比重40.10\n路灯维修：预算数20.00，执行数19.70，执行率98.50\n`;
    expect(quotes(block('（金额单位：万元，比率单位：%）'))).toEqual([]);
    expect(quotes(block('（单位：万元、%）'))).toEqual([]);
    // Without the declaration the same lines are per-cents written without their sign.
    expect(quotes(block('')).sort()).toEqual(['占项目支出比重40.10', '执行率95.50', '执行率98.50', '比重40.10'].sort());
    // The declaration does not reach past a blank line or a finished sentence.
    expect(quotes(`${shares}（单位：万元、%）\n\n全年预算执行率为98.5，较上年有所提高。`)).toEqual(['执行率为98.5']);
    expect(quotes(`${shares}下表单位：%。本部门全年预算执行率为97.5，较上年提高。\n资金到位率达到96，未到位部分已催收。`)).toEqual(['执行率为97.5', '到位率达到96']);
  });
  it('reports a bare number where parallel clauses of its paragraph give the same measure with % (the % dropped)', () => {
    const messages = (t: string): string[] => runRule(unit, t).findings.map((f) => f.message);
    // Given three items each with its change, the last change written without its %
    const text = (last: string): string => `其中，差旅费12.5万元，下降18%；会议费8.2万元，下降12.8%；培训费6.6万元，${last}。`;
    expect(messages(text('下降36.9'))).toEqual(['比率“下降36.9”缺少单位“%”']);
    // Then every one with its %, or the words taking other units too, say nothing
    expect(messages(text('下降36.9%'))).toEqual([]);
    expect(messages(text('下降3.5万元'))).toEqual([]);
    // The direction worded otherwise in one clause (unit.parallelSameWords): the same measure
    expect(messages(text('下降36.9').replace('下降12.8%', '减少12.8%'))).toEqual(['比率“下降36.9”缺少单位“%”']);
    expect(messages(text('降低36.9'))).toEqual(['比率“降低36.9”缺少单位“%”']);
    // Ratios of two bodies, the words alike after a linking word
    expect(messages('甲公司资产负债率为68.1%；乙公司资产负债率为62。')).toEqual(['比率“公司资产负债率为62”缺少单位“%”']);
    // Words that end otherwise (a count after other words), two bare numbers, or a table row: not judged
    expect(messages('资金到位率100%，培训人次为62。')).toEqual([]);
    expect(messages('甲校合格率98%；乙校合格率62；丙校合格率70。')).toEqual([]);
    expect(messages('甲公司负债率\t68.1%\t乙公司负债率\t62')).toEqual([]);
    // A unit declaration naming % for the block makes the bare number its declared style
    expect(messages('单位：万元、%\n甲项目执行率98.5%，乙项目执行率62。')).toEqual([]);
  });
  it('reports an item restated with the digits of the exact amount read in 万元 but written in 元 (rounded restatement)', () => {
    const quotes = (t: string): string[] => runRule(unit, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    // Given an item stated to the 分 in 元, then again with the same amount rounded to two places of 万元
    const text = (again: string): string => `本年支出合计5,210,400.00元，其中：基本支出2,163,517.60元，专项业务支出3,046,882.40元。全年专项业务支出${again}，执行率96.83%。`;
    expect(quotes(text('304.69元'))).toEqual(['全年专项业务支出304.69元']);
    // Then the restatement in 万元, an amount that is not the rounding, or another item say nothing
    expect(quotes(text('304.69万元'))).toEqual([]);
    expect(quotes(text('304.71元'))).toEqual([]);
    expect(runRule(unit, '基本支出3,046,882.40元。培训费304.69元。').findings).toEqual([]);
    // Too few digits to be more than a coincidence
    expect(runRule(unit, '专项业务支出3,050,000.00元。专项业务支出305元。').findings).toEqual([]);
  });
});

describe('unit: an expense item of less than one 元 among large amounts (agoal)', () => {
  const BIG = '全年收入合计1,286.40万元，支出合计1,250.10万元，其中基本支出860.30万元、项目支出389.80万元，年末结转36.30万元。\n';
  const shapes = (t: string): string[] => runRule(unit, `${BIG}${t}\n`).findings.filter((f) => f.shape === 'sub-yuan-spending').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 会议费0.42元 beside amounts in 万元', () => {
    expect(shapes('本年度会议费0.42元，较上年有所下降。')).toEqual([expect.stringContaining('0.42元')]);
  });
  it('is silent for interest, a per-unit price and an amount of 1元 or more', () => {
    expect(shapes('银行存款利息收入0.42元。')).toEqual([]);
    expect(shapes('路灯电费按0.56元/度结算。')).toEqual([]);
    expect(shapes('本年度会议费4.20元。')).toEqual([]);
  });
});

describe('unit: the one part of a 其中 far above its whole (agoal)', () => {
  const shapes = (t: string): string[] => runRule(unit, t).findings.filter((f) => f.shape === 'part-above-whole').map((f) => f.calculation ?? '');
  it('reports 其中印刷费2,360万元 under a spending of 96.50万元', () => {
    expect(shapes('宣传项目全年支出96.50万元，其中印刷费2,360万元。')).toEqual(['2,360万元 > 96.50万元']);
  });
  it('is silent for a part within its whole, and for parts in another unit or two parts', () => {
    expect(shapes('宣传项目全年支出96.50万元，其中印刷费23.60万元。')).toEqual([]);
    expect(shapes('宣传项目全年支出96.50万元，其中印刷费2,360元。')).toEqual([]);
  });
});

describe('unit: an amount in 元 whose number is its item\'s cell in a 万元 table (agoal)', () => {
  const TABLE = '表2 专项资金使用情况（单位：万元）\n序号\t项目\t预算\t支出\n1\t农家书屋更新\t24.80\t23.96\n2\t流动图书车运行\t12.50\t12.50\n';
  const shapes = (prose: string): string[] => runRule(unit, `${TABLE}${prose}\n`).findings.filter((f) => f.shape === 'same-digits-in-wan-table').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 农家书屋更新…23.96元 beside the row 农家书屋更新 | 24.80 | 23.96', () => {
    expect(shapes('农家书屋更新项目全年支出23.96元，更新图书1.2万册。')).toEqual([expect.stringContaining('23.96元')]);
  });
  it('is silent where the prose names another item, or the amount is in 万元', () => {
    expect(shapes('阅读推广活动全年支出23.96元，覆盖12个村。')).toEqual([]);
    expect(shapes('农家书屋更新项目全年支出23.96万元。')).toEqual([]);
  });
});

describe('unit: an amount in 元 written to the 分 with 万元 (agoal)', () => {
  const shapes = (t: string): string[] => runRule(unit, t).findings.filter((f) => f.shape === 'yuan-digits-in-wan').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 商品和服务支出1,286,450.36万元 among amounts of a few hundred 万元', () => {
    expect(shapes('本年支出合计612.30万元，其中：工资福利支出483.65万元，商品和服务支出1,286,450.36万元，对个人和家庭的补助0.00万元，资本性支出15.00万元。')).toEqual([expect.stringContaining('1,286,450.36万元')]);
  });
  it('is silent for a large amount among large ones, and for one without the 分', () => {
    expect(shapes('全市一般公共预算收入1,286,450.36万元，税收收入1,002,311.20万元，非税收入284,139.16万元，上年收入1,150,000.00万元。')).toEqual([]);
    expect(shapes('本年支出合计612.30万元，其中：工资福利支出483.65万元，商品和服务支出1286450万元，资本性支出15.00万元。')).toEqual([]);
  });
});

describe('unit: an amount per head that times its count exceeds every amount (agoal)', () => {
  const BIG = '全年支出合计1,260.40万元，其中基本支出980.10万元、项目支出280.30万元，年末结转12.00万元。\n';
  const shapes = (t: string): string[] => runRule(unit, `${BIG}${t}\n`).findings.filter((f) => f.shape === 'per-head-beyond-all').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 人均补助1,500万元 for 320人', () => {
    expect(shapes('为320人发放临时生活补助，人均补助1,500万元。')).toEqual([expect.stringContaining('1,500万元')]);
  });
  it('is silent for a plausible amount per head, or no count of its measure', () => {
    expect(shapes('为320人发放临时生活补助，人均补助0.15万元。')).toEqual([]);
    expect(shapes('发放临时生活补助，人均补助1,500万元。')).toEqual([]);
  });

  it('checks an amount restated in brackets in another unit: off by a power of ten the conversion slipped', () => {
    const restated = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'restated-other-unit').map((f) => f.calculation);
    expect(restated('全年共拨付农机购置补贴资金1.436亿元（143.60万元），惠及农户2,316户。')).toEqual(['143.60万元 = 0.01436亿元 ≠ 1.436亿元']);
    expect(restated('全年共拨付农机购置补贴资金1.436亿元（14,360.00万元），惠及农户2,316户。')).toEqual([]);
    expect(restated('补贴资金25.6万元（2,560,000元）。')).toHaveLength(1);
    // Not a restatement: a part in the bracket, a rate per household, a difference of other digits.
    expect(restated('补贴资金25.6万元（其中中央2.56万元）。')).toEqual([]);
    expect(restated('补贴资金12万元（2,000元/户）。')).toEqual([]);
    expect(restated('补贴资金25.6万元（265,000元）。')).toEqual([]);
  });

  it('reads the year\'s unit against last year\'s given after 上年同期分别为 when only the number read in last year\'s unit fits the rate', () => {
    const shapes = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'respective-base-unit').map((f) => f.calculation);
    const text = (income: string) => `景区全年接待参观群众12.6万人次，同比增长5.0%；实现门票收入8.4${income}，同比增长5.00%。上年同期分别为12.0万人次和8.0亿元。`;
    expect(shapes(text('万人次'))).toEqual(['8.4 ÷ 8.0 − 1 = 5.00% ≈ 5.00%']);
    expect(shapes(text('亿元'))).toEqual([]);
    // The rate fits neither reading: no unit slip shown.
    expect(shapes(text('万人次').replace('5.00%', '9.00%'))).toEqual([]);
  });

  it('reads an execution rate that fits its two amounts only with both in one unit (shape execution-rate-unit)', () => {
    const shapes = (t: string) => runRule(unit, t).findings.filter((f) => f.shape === 'execution-rate-unit').map((f) => f.calculation);
    const text = (spent: string) => `（2）乡村学校维修工程预算1,250.00万元，完成校舍维修12所，实际支出${spent}，执行率97.60%。`;
    expect(shapes(text('1,220.00元'))).toEqual(['1,220.00 ÷ 1,250.00 ≈ 97.60%；1,220.00元 ÷ 1,250.00万元 ≠ 97.60%']);
    expect(shapes(text('1,220.00万元'))).toEqual([]);
    // The rate fits neither reading: a wrong rate or amount, no unit slip shown.
    expect(shapes(text('1,120.00元'))).toEqual([]);
  });
});

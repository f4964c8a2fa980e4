import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { percentMismatch } from './percent-mismatch.ts';
import { sumMismatch } from './sum-mismatch.ts';

describe('sum-mismatch', () => {
  it('adds a list flattened to lines of a name and one amount up to its closing 合计 line (shape label-amount-lines)', () => {
    const shapes = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'label-amount-lines').map((f) => f.calculation);
    const text = (total: string) => `（二）支出情况\n按支出性质分：\n  基本支出 612.40\n  项目支出 905.35\n  合计 ${total}\n（三）其他\n`;
    expect(shapes(text('1517.75'))).toEqual([]);
    expect(shapes(text('1571.75'))).toEqual(['612.40 + 905.35 = 1517.75 ≠ 1571.75']);
    // A line between, or amounts of different decimals (not one unit): silent.
    expect(shapes(text('1571.75').replace('  项目支出', '说明：\n  项目支出'))).toEqual([]);
    expect(shapes(text('1571.7'))).toEqual([]);
  });

  it('adds the parts of a total listed by one criterion in the sentence right after it (按资金来源划分：…; shape partition-of-total)', () => {
    const shapes = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'partition-of-total').map((f) => f.calculation);
    const text = (c: string) => `本年度全年预算1,280.50万元。按资金来源划分：本级财政资金760.50万元，上级补助资金${c}万元，单位自有资金40.00万元。`;
    expect(shapes(text('480.00'))).toEqual([]);
    expect(shapes(text('408.00'))).toEqual(['760.5 + 408 + 40 = 1208.5 ≠ 1280.5']);
    // A sentence that does not open with the partition, or a nested 其中: silent.
    expect(shapes(text('408.00').replace('。按资金来源划分：', '。资金主要包括'))).toEqual([]);
    expect(shapes(text('408.00').replace('单位自有资金', '其中单位自有资金'))).toEqual([]);
  });

  it('adds the scores of three or more first-level parts listed after 其中 up to the self-evaluation\'s total (shape score-total-parts)', () => {
    const shapes = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'score-total-parts').map((f) => f.calculation);
    const text = (total: string) => `经综合评价，本中心2024年度整体支出自评得分${total}分，其中决策指标17分、过程指标18.5分、产出指标37分、效益指标21分。`;
    expect(shapes(text('93.5'))).toEqual([]);
    expect(shapes(text('91.5'))).toEqual(['17 + 18.5 + 37 + 21 = 93.5 ≠ 91.5']);
    // Two parts only, or a name that is no first-level part: maybe not the whole frame — silent.
    expect(shapes('自评得分93.5分，其中产出指标37分、效益指标21分。')).toEqual([]);
    expect(shapes('自评得分93.5分，其中决策17分、过程18.5分、培训5分。')).toEqual([]);
  });

  it('sums a column of whole things counted (its header\'s unit in brackets: 处, 台套) exactly where every cell is whole', () => {
    const table = (total: string) => `表2 分乡镇农机推广情况\n乡镇\t示范点（处）\t推广面积（亩）\t受益人口（万人）\n东坝镇\t4\t320\t1.26\n青石乡\t3\t285\t0.94\n河湾镇\t5\t410\t1.08\n合计\t${total}\n`;
    const messages = (t: string) => runRule(sumMismatch, t).findings.map((f) => f.message);
    expect(messages(table('12\t1015\t3.28'))).toEqual([]);
    expect(messages(table('13\t1015\t3.28'))).toEqual(['表1“示范点（处）”列：合计13，各行之和为12']);
    // 亩 is no whole thing (an area may be rounded to the 亩): off by one is within the rounding, as for amounts.
    expect(messages(table('12\t1016\t3.28'))).toEqual([]);
  });

  it('sums no column of standards per head (资助标准（元/人·年）): a 合计 row read shifted into it is no sum (dev 3046)', () => {
    const table = (standard: string) =>
      `表4 2022年学生资助发放情况\n资助项目\t资助人数（人）\t${standard}\t发放金额（万元）\n国家助学金（一档）\t126\t2500\t31.50\n国家助学金（二档）\t218\t1700\t37.06\n免学杂费\t412\t1000\t41.20\n合计\t756\t109.76\n`;
    const messages = (t: string) => runRule(sumMismatch, t).findings.map((f) => f.message);
    expect(messages(table('资助标准（元/人·年）'))).toEqual([]);
    // An amount column in the same place is summed.
    expect(messages(table('资助金额（元）'))).toEqual(['表1“资助金额（元）”列：合计109.76，各行之和为5200']);
  });

  it('adds up scores told one part per line against the total on the next line (former test33 2746)', () => {
    const text = (total: string, last = '10') =>
      `各项指标得分如下：\n预算执行：分值20分，得分18分；\n产出指标：分值40分，得分37分；\n效益指标：分值30分，得分28分；\n满意度指标：分值${last}分，得分9.5分；\n自评总得分${total}分，自评等级为“优”。`;
    const found = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'score-lines').map((f) => [f.severity, f.calculation]);
    expect(found(text('91.5'))).toEqual([['warning', '18 + 37 + 28 + 9.5 = 92.5 ≠ 91.5']]);
    expect(found(text('92.5'))).toEqual([]);
    // Maxima not making 100: a part may be missing, nothing is said.
    expect(found(text('91.5', '15'))).toEqual([]);
  });

  it('reads a score summary whose lines are split by single spaces (一级指标 分值 得分 … 合计 100 93.5; former test32 2725)', () => {
    const text = (total: string): string => `四、自评结果\n一级指标 分值 得分\n决策 15 14\n过程 25 23\n产出 40 37\n效益 20 18.5\n合计 100 ${total}\n自评等级为“优”。\n`;
    expect(runRule(sumMismatch, text('92.5')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('93.5')).findings.map((f) => [f.severity, f.calculation])).toEqual([['warning', '14 + 23 + 37 + 18.5 = 92.5 ≠ 93.5']]);
    // A header of prose split at its spaces is not read.
    expect(runRule(sumMismatch, text('93.5').replace('一级指标 分值 得分', '一级指标 分值 2024年得分')).findings).toEqual([]);
  });

  it('ends a 其中 list whose parts, set off by 、, make the total at a ， (former test32 2724: 按时办结 is no further part)', () => {
    const text = (s: string): string => `（四）消费维权。受理消费者投诉举报2,184件，其中投诉1,862件、举报322件，${s}，按时办结率98.44%。`;
    expect(runRule(sumMismatch, text('按时办结2,150件')).findings).toEqual([]);
  });

  it('ends a 其中 list whose parts, set off by 、, make the total at a ； (a stop of a higher level opens another statement)', () => {
    const calcs = (t: string): (string | undefined)[] => runRule(sumMismatch, t, { profile: 'strict' }).findings.map((f) => f.calculation);
    // Invented: staff by kind, then after the ； a group within the staff — no third part.
    const text = '年末在职职工120人，其中编内人员90人、编外聘用人员30人；在职职工中专业技术人员100人，占83.3%。';
    expect(calcs(text)).toEqual([]);
    // Still read: parts that do not make the total before the ； are not cut there.
    expect(calcs(text.replace('编外聘用人员30人', '编外聘用人员20人')).length).toBeGreaterThan(0);
    // Look-alike: a list set off by ； throughout goes on past each ； (行政；事业；工勤 make the total only together).
    expect(calcs('年末在职职工120人，其中行政人员60人；事业人员50人；工勤人员10人。')).toEqual([]);
    expect(calcs('年末在职职工120人，其中行政人员60人；事业人员50人；工勤人员20人。')).toEqual(['60 + 50 + 20 = 130 ≠ 120']);
  });

  it('reads the part lines under an opening total: indented rows, or numbered lines after a colon (SUMS.md form 6)', () => {
    const calcs = (t: string): (string | undefined)[] => runRule(sumMismatch, t).findings.map((f) => f.calculation);
    // Invented: a total line, its sources indented under it, then prose.
    const rows = '（一）收入情况\n收入合计：2,500,000.00元\n  财政拨款收入：2,300,000.00元\n  事业收入：200,000.00元\n本年收入较上年增长5%。';
    expect(calcs(rows)).toEqual([]);
    expect(calcs(rows.replace('事业收入：200,000.00元', '事业收入：250,000.00元'))).toEqual(['2300000.00 + 250000.00 = 2550000 ≠ 2500000.00']);
    // Invented: a count of projects announced, then one numbered line per project (a name starting with digits too).
    const items = '项目支出300.00万元，共实施三个项目，具体如下：\n1.道路养护：支出120.00万元。\n2.12345热线运维：支出80.00万元。\n3.档案数字化：支出100.00万元，完成扫描2万页。\n其他说明。';
    expect(calcs(items)).toEqual([]);
    expect(runRule(sumMismatch, items.replace('支出80.00万元', '支出60.00万元')).findings.map((f) => f.shape)).toEqual(['list-short']);
    // Look-alikes, nothing read: the count announced differs from the lines (a count's defect, not a sum's); the colon
    // names main items only; a line holding two amounts (budget and spent) leaves the list not understood.
    expect(calcs(items.replace('三个项目', '四个项目').replace('支出80.00万元', '支出60.00万元'))).toEqual([]);
    expect(calcs(items.replace('共实施三个项目，具体如下', '主要项目如下').replace('支出80.00万元', '支出60.00万元'))).toEqual([]);
    expect(calcs(items.replace('2.12345热线运维：支出80.00万元', '2.热线运维：预算90.00万元，支出60.00万元'))).toEqual([]);
  });

  it('adds the amounts in a bracket right after a total (SUMS.md form 3), and reads no bracket that is a note', () => {
    const text = '2023年度支出合计860.00万元（基本支出510.00万元，项目支出350.00万元），完成年度预算的98%。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('项目支出350.00万元', '项目支出380.00万元')).findings.map((f) => f.calculation)).toEqual(['510.00 + 380.00 = 890 ≠ 860.00']);
    // Look-alike: a share, a change or 含 in the bracket makes it a note, not the breakdown.
    expect(runRule(sumMismatch, '支出合计860.00万元（基本支出510.00万元，占59%），完成预算。').findings).toEqual([]);
    expect(runRule(sumMismatch, '支出合计860.00万元（含结转30.00万元、追加40.00万元），完成预算。').findings).toEqual([]);
  });

  it('reads the parts of a 其中： that ends its line from the next line (SUMS.md form 1)', () => {
    // Invented: an association's income, the parts set on the line after 其中：, one of them named 其他 (a complete list).
    const text = '二、收支情况\n本年收入合计812,400.00元，其中：\n会费收入500,000.00元，培训收入300,000.00元，其他收入12,400.00元。\n本年支出合计600,000.00元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    const wrong = runRule(sumMismatch, text.replace('培训收入300,000.00元', '培训收入330,000.00元')).findings;
    expect(wrong.map((f) => f.difference)).toEqual([3_000_000]);
    expect(wrong.map((f) => f.shape)).toEqual(['list-over']);
    // Look-alike: numbered lines after 其中： are still read one by one (a wrong sum found, no part counted twice).
    const numbered = '本年收入合计900.00万元，其中：\n1、财政拨款收入800.00万元；\n2、事业收入90.00万元；\n3、其他收入10.00万元。';
    expect(runRule(sumMismatch, numbered).findings).toEqual([]);
    expect(runRule(sumMismatch, numbered.replace('90.00万元', '95.00万元')).findings.map((f) => f.shape)).toEqual(['list-over']);
  });

  it('goes on with a 其中 list past a bracketed 其中 that breaks down one of its parts (SUMS.md form 1)', () => {
    // Invented: a college's 三公 budget, the car item broken down in brackets, the reception item after the bracket.
    const text = '2022年财政拨款“三公”经费预算合计60.00万元，其中，因公出国（境）费支出10.00万元，公务用车购置及运行维护费支出30.00万元（其中，公务用车购置支出0万元，公务用车运行维护费支出30.00万元），公务接待费支出20.00万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // The reception item changed: the outer list no longer makes its total (once only read as the inner list before).
    const wrong = runRule(sumMismatch, text.replace('公务接待费支出20.00万元', '公务接待费支出25.00万元')).findings;
    expect(wrong.map((f) => f.calculation)).toEqual(['10.00 + 30.00 + 25.00 = 65 ≠ 60.00']);
    // Look-alike: a budget stated beside each spent item (差值 lists) is no list of budget items — nothing is added.
    const paired = '“三公”经费支出2.00万元，年初预算为3.00万元。其中：因公出国（境）支出0万元，年初预算为0万元；公务用车运行维护费支出1.00万元，年初预算为2.00万元；公务接待费支出1.00万元，年初预算为1.00万元。';
    expect(runRule(sumMismatch, paired).findings).toEqual([]);
  });

  it('adds no column of row numbers counting down the rows (行次 29, 30, 31, 32), its header lost on a page of a two-sided table', () => {
    // Invented figures in the shape the layout reads a 收入支出决算总表 that LibreOffice Writer printed over a page break
    // (audit-pdf 827): the rows after a wrapped label, read apart from their header, the 行次 beside each amount.
    const items = ['二十三、预备费', '二十四、其他支出', '二十五、转移性支出', '二十六、债务还本支出'].map((l, i) => `\t\t\t${l}\t${55 + i}\t`);
    const lines = ['\t\t\t支出\t54\t', ...items, '本年收入合计\t29\t1567.37\t本年支出合计\t59\t1601.60', '使用非财政拨款结余\t30\t\t结余分配\t60\t', '年初结转和结余\t31\t86.40\t年末结转和结余\t61\t52.17', '总计\t32\t1653.77\t总计\t62\t1653.77'];
    expect(runRule(sumMismatch, lines.join('\n')).findings.map((f) => f.calculation)).toEqual([]);
    // Look-alike: whole numbers that do not count the rows (29, 30, 31, 35) are amounts, still added up.
    const amounts = lines.map((l) => l.replace('总计\t32\t', '总计\t35\t'));
    expect(runRule(sumMismatch, amounts.join('\n')).findings.map((f) => f.calculation)).toContain('29 + 30 + 31 = 90 ≠ 35');
  });

  it('checks no total of a table piece whose 行次 run from above 1 (its first rows stand before a repeated header)', () => {
    // Invented figures in the shape the layout reads a 财政拨款收入支出决算总表 that Writer printed over a page break
    // (audit-pdf 825): the 收入 rows 7 and 8 and the 总计 9 under the header repeated on the new page; the 本年收入合计
    // they follow stands on the page before, so 总计 is not the sum of the rows read.
    const piece = ['收入', '项目\t行次\t金额', '政府性基金预算财政拨款\t7\t0.00', '国有资本经营预算财政拨款\t8\t0.00', '总计\t9\t1,234,500.00'].join('\n');
    const r = runRule(sumMismatch, piece);
    expect(r.findings.map((f) => f.calculation)).toEqual([]);
    expect(r.notChecked.some((n) => n.includes('行次从7起'))).toBe(true);
    // Look-alike: the same rows numbered from 1 are the whole table, its total still checked.
    const whole = piece.replace('\t7\t', '\t1\t').replace('\t8\t', '\t2\t').replace('\t9\t', '\t3\t');
    expect(runRule(sumMismatch, whole).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('ends a 其中 list continued over sentences at a sentence that opens with a 其中 of its own (it breaks down the part before it)', () => {
    // Real shape (a county's 2021 三公 note, dev 2333), new wording: 其中： ends its line, the items follow one per
    // sentence, and the car item's own 其中 opens the last sentence.
    const text =
      '2023年本级“三公”经费支出决算为260.50万元，比上年减少12.3万元。其中：\n因公出国（境）费为0万元。\n公务接待费为60.50万元，比上年减少5.1万元；公务用车购置及运行维护费为200万元，比上年减少7.2万元。其中：公务用车运行维护费150万元，比上年减少7.2万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Still found: the items themselves do not make the total.
    expect(runRule(sumMismatch, text.replace('60.50万元，比上年', '70.50万元，比上年')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads 离休 and 退休 staff as parts of a 离退休 total (the compound names both)', () => {
    // Invented wording: a school's retired staff in two kinds.
    const text = '本单位离退休人员52人，其中离休人员3人，退休人员50人。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['3 + 50 = 53 ≠ 52']);
    expect(runRule(sumMismatch, text.replace('退休人员50人', '退休人员49人')).findings).toEqual([]);
  });

  it('adds the changes of the three 三公 items, each stated after its amount, against the change of the total', () => {
    // Real shape (a district's 2019 三公 note, spent dev 2337), new wording: the total and each item with 同比 and its change.
    const text =
      '2023年度本级“三公”经费支出合计120.50万元，同比减少30.20万元，主要是厉行节约。其中：因公出国（境）经费0万元，同比减少0万元。公务用车购置及运行费100.00万元，同比减少28.00万元，主要是车辆减少。公务接待费20.50万元，同比减少2.70万元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['+0 −28 −2.7 = −30.7 ≠ −30.2']);
    expect(runRule(sumMismatch, text.replace('减少2.70万元', '减少2.20万元')).findings).toEqual([]);
    // An item whose amount is stated twice with two values (two years) leaves its change unread: nothing.
    expect(runRule(sumMismatch, `${text}另列公务接待费预算25.00万元。`).findings).toEqual([]);
  });

  it('reads retired staff as parts of a head count they make up exactly together with the staff in post', () => {
    // Real shape (a primary school's 2016 决算, dev 2340), new wording: a year-end head count of everyone, its 其中
    // naming 在职, 离休, 退休 and 其他 — the retired are inside this total, not listed beside it.
    const text = '本年度决算编制范围包括预算单位2个。年末实有人数64人，其中在职人员41人，离休人员1人，退休人员20人，其他人员2人。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Still found: with the retired the parts miss the total.
    expect(runRule(sumMismatch, text.replace('退休人员20人', '退休人员25人')).findings.map((f) => f.calculation)).toEqual(['41 + 2 = 43 ≠ 64']);
    // And the retired listed beside a count of the staff in post stay outside it.
    expect(runRule(sumMismatch, '本单位在职人员43人，其中行政人员30人，事业人员13人，退休人员20人。').findings).toEqual([]);
  });

  it('says nothing of a 其中 naming only some government funds (land sales, the infrastructure fee) of a 政府性基金收入', () => {
    // Invented wording: two of the funds named, the others left out.
    const text = '全市政府性基金预算收入完成9820万元，其中：国有土地使用权出让收入8650万元，城市基础设施配套费收入410万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Named items that are no government funds: the shortfall is still a 提示.
    expect(runRule(sumMismatch, text.replace('国有土地使用权出让收入', '专项收入').replace('城市基础设施配套费收入', '罚没收入')).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads 上年结余收入 as an amount of the year brought in, not a comparison: it completes a revenue list', () => {
    // Invented wording: a county's revenue in four numbered items, the last the surplus brought in from the year before.
    const text = '全县一般公共预算收入完成56.80亿元，其中：(1)地方一般公共预算收入20.10亿元；(2)上级补助收入30.20亿元；(3)债务转贷收入4.00亿元；(4)上年结余收入2.50亿元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('2.50亿元', '2.60亿元')).findings.map((f) => f.calculation)).toEqual(['20.10 + 30.20 + 4.00 + 2.60 = 56.9 ≠ 56.80']);
  });

  it('takes the amounts after 加上 as going on from a 其中 part of the base when that part makes the total', () => {
    // Invented wording: the gross revenue, its local part, then what is added to the local part.
    const text = '全市财政总收入86.0亿元，其中地方一般公共预算收入52.0亿元；加上上级补助收入30.5亿元、调入资金4.5亿元，收入合计87.0亿元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Neither the whole (86 + 35 = 121) nor its part (52 + 35 = 87 → 88) makes the total: a mismatch.
    expect(runRule(sumMismatch, text.replace('87.0亿元', '88.0亿元')).findings.map((f) => f.calculation)).toEqual(['86.0 + 30.5 + 4.5 = 121 ≠ 88.0']);
  });

  it('ends a 其中 list at a closing bracket whose opening stands before 其中 (the list was an aside)', () => {
    // Invented wording: the opening bracket before 其中 left out, the outer list going on after the closing one.
    const text = '全区一般公共预算收入12.40亿元,其中:税收收入9.10亿元、非税收入3.30亿元)、上级补助收入30.52亿元、调入资金2.10亿元,收入总计45.02亿元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // The aside's own parts still have to make its total.
    expect(runRule(sumMismatch, text.replace('3.30亿元', '3.80亿元')).findings).toHaveLength(1);
  });

  it('takes no amount per unit (每县, 每户 …) for a part of a whole of many units', () => {
    // Invented wording: a grant to 12 towns, each town's share stated per town and then in total.
    const text = '市财政下达12个乡镇人居环境整治资金3.6亿元。其中，每个乡镇道路养护资金1000万元，共计1.2亿元；每个乡镇污水治理资金2000万元，共计2.4亿元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // The same list without the per-unit word reads as two parts of the whole (0.1 + 0.2 = 0.3 of 3.6): a 提示 that it is short.
    expect(runRule(sumMismatch, text.replaceAll('每个乡镇', '乡镇').replace('，共计1.2亿元', '').replace('，共计2.4亿元', '')).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads a paragraph that opens with 其中 as breaking down the amount that ends the paragraph before it', () => {
    // Invented wording: the total and its parts in two paragraphs, one line apart.
    const text = '一、资金使用情况\n本年用于社区文体活动支出25.6万元，占总数的100%。\n其中：用于场地维护14.2万元；用于器材购置9.1万元。\n';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['14.2 + 9.1 = 23.3 ≠ 25.6']);
    expect(runRule(sumMismatch, text.replace('9.1万元', '11.4万元')).findings).toEqual([]);
    // After a run of parallel paragraphs (each a 类 of spending) the 其中 may break down any of them: not read.
    const parallel = '教育支出（类）支出决算为120.5万元。\n科学技术支出（类）支出决算为8.2万元。\n其中：普通教育（款）支出100.3万元，职业教育（款）支出18.6万元。\n';
    expect(runRule(sumMismatch, parallel).findings).toEqual([]);
  });
  it('does not check a change written as an approximation (减少近68亿元) against the exact difference (mine2)', () => {
    // Real wording: a news page on university budgets, 193.45 − 125.54 = 67.91 told as 近68.
    expect(runRule(sumMismatch, '北京大学2017年总预算193.45亿元，2018年总预算125.54亿元，减少近68亿元。').findings).toEqual([]);
    // New wording: 约 and 逾.
    expect(runRule(sumMismatch, '公务接待费2016年预算8万元，2015年预算12.5万元，对比减少约4.4万元。').findings).toEqual([]);
    // True positives: the same without the approximation word, and 节约 (a saving, not an approximation).
    expect(runRule(sumMismatch, '北京大学2017年总预算193.45亿元，2018年总预算125.54亿元，减少68亿元。').findings).toHaveLength(1);
    expect(runRule(sumMismatch, '公务接待费2016年预算8万元，2015年预算12.5万元，对比减少节约4.35万元。').findings).toHaveLength(1);
  });

  it('reads a year’s balance (收支结余) told after its revenue and spending as their difference', () => {
    const text = '2022年，全省失业保险基金收入86.4亿元，同比增长3.1%；基金支出71.9亿元，同比增长12.0%；当年收支结余15.5亿元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['86.4 − 71.9 = 14.5 ≠ 15.5']);
    expect(runRule(sumMismatch, text.replace('15.5亿元', '14.5亿元')).findings).toEqual([]);
    // A third amount of the year before the balance (which incomes it nets is then unknown) leaves it unread; so does 滚存结余.
    expect(runRule(sumMismatch, '基金收入86.4亿元，财政补贴收入10.0亿元，基金支出71.9亿元，当年收支结余24.5亿元。').findings).toEqual([]);
    expect(runRule(sumMismatch, '基金收入86.4亿元，基金支出71.9亿元，年末滚存结余120.3亿元。').findings).toEqual([]);
  });

  it('takes whole 亿元 of a year’s balance as rounded to the 亿元: one 亿元 off the difference is no mismatch, two are', () => {
    const text = (balance: string): string => `2013年收入3927亿元，增长20%；支出3688亿元，增长23%。本年收支结余${balance}，年末滚存结余1850亿元。`;
    expect(runRule(sumMismatch, text('238亿元')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('237亿元')).findings.map((f) => f.calculation)).toEqual(['3927 − 3688 = 239 ≠ 237']);
    // With decimals the amounts are taken as written.
    expect(runRule(sumMismatch, '2013年收入3927.0亿元；支出3688.0亿元。本年收支结余238.0亿元。').findings).toHaveLength(1);
  });

  it('adds the amounts after 加上 to the first amount of the paragraph naming the same side (…收入安排A，加上B、C，收入总计T)', () => {
    // 36.4 + 12.5 + 8.1 + 3.0 = 60.0, not 63.0.
    const text = '全县一般公共预算收入安排36.4亿元，其中：税收收入25.2亿元，非税收入11.2亿元。加上上级补助收入12.5亿元、调入资金8.1亿元和上年结转收入3.0亿元，收入总计63.0亿元。';
    const { findings } = runRule(sumMismatch, text);
    expect(findings.map((f) => f.calculation)).toEqual(['36.4 + 12.5 + 8.1 + 3.0 = 60 ≠ 63.0']);
    // A total that adds up, a base of the other side, and another amount between the base and 加上 say nothing.
    expect(runRule(sumMismatch, text.replace('63.0亿元', '60.0亿元')).findings).toEqual([]);
    expect(runRule(sumMismatch, '全县一般公共预算支出安排36.4亿元。加上上解支出12.5亿元，收入总计63.0亿元。').findings).toEqual([]);
    expect(runRule(sumMismatch, '全县一般公共预算收入安排36.4亿元，政府性基金收入9.0亿元。加上上级补助收入12.5亿元，收入总计63.0亿元。').findings).toEqual([]);
    // A figure in brackets after an addend is a note on it, not one more addend.
    expect(runRule(sumMismatch, '一般公共预算支出3613万元，下降11.8%；加上解上级支出524万元，安排预算稳定调节基金284万元（累计稳定调节基金434万元），支出合计4421万元。').findings).toEqual([]);
  });

  it('takes parts that state their own shares of the total, adding beyond 100 %, for overlapping categories', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    expect(messages('全年完成采购金额300万元，其中公开招标180万元，占60%；授予中小企业合同金额250万元，占83.3%。')).toEqual([]);
    // Shares that add up to 100 % (a partition) or that do not fit their parts: the sum is checked as before.
    expect(messages('全年完成采购金额300万元，其中公开招标180万元，占60%；其他方式130万元，占40%。')).toEqual(['“完成采购金额”为300万元，但所列各项之和为310万元，多10万元']);
    expect(messages('全年完成采购金额300万元，其中公开招标180万元；授予中小企业合同金额250万元。')).toHaveLength(1);
  });

  it('reads thousands grouped by a space as one amount (986 752.25万元), and a parallel …问题金额 after ； as no part', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Read apart (1129 and 267.97万元), the parts would be 552.25 + 143715.72 against a total of 267.97.
    expect(messages('部门预算支出总额为1 129 267.97万元，其中财政拨款985 552.25万元，其他资金143 715.72万元。')).toEqual([]);
    expect(messages('部门预算支出总额为1 129 267.97万元，其中财政拨款985 552.25万元，其他资金143 700.72万元。')).toEqual([
      '“部门预算支出”为1 129 267.97万元，但所列各项之和为1129252.97万元，少15万元',
    ]);
    // Not a thousands group: a table number before it, or no money unit after the groups.
    expect(messages('项目支出合计100万元，其中表3 100万元。')).toEqual([]);
    // 问题金额A，其中…；账务记录等不规范问题金额B: B is another amount of problems, not a part of A.
    expect(messages('审计查出问题金额3786.5万元，其中2009年3316.10万元，占0.42%；账务记录等不规范问题金额18 234.28万元。')).toEqual([]);
  });

  it('ends a 其中 list where a year opens a new statement right after a part, its 。 lost (…万元2023年支出…)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Real wording (a banner's 2023 self-evaluation of special-care subsidies): 1372.7 + 98.6 + 859.6 = 2330.9.
    expect(messages('2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元2023年支出2310.4万元，其中中央资金1352.2万元，地方资金98.6万元，其他资金859.6万元')).toEqual([]);
    // New wording: funds received and paid, the second sentence glued on with its year.
    expect(messages('2022年到位资金共500万元，其中：省级资金300万元，县级资金200万元2022年已支付480万元。')).toEqual([]);
    // Still found: parts that miss the total before the glued statement; parts named by a year after a comma are parts.
    expect(messages('2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金800.6万元2023年支出2310.4万元。')).toEqual(['“收到财政资金”为2330.9万元，但所列各项之和为2271.9万元，少59万元']);
    expect(messages('问题金额3786.5万元，其中2009年3316.10万元，2010年460.4万元。')).toHaveLength(1);
  });

  it('ends a 其中 list at a clause that opens with 目前 / 截至 after a part: it says how far the money has got', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Real wording (a Fujian news item on the 2023 livelihood projects): 已下达 is the province's money paid out so far.
    expect(messages('根据年初计划，今年为民办实事项目总投资435.05亿元，其中省级资金109.98亿元，目前已下达123.01亿元，完成年初计划的111.8%。')).toEqual([]);
    // New wording: a project's funds, then the payments made by a date.
    expect(messages('项目资金800万元，其中中央资金500万元，截至12月底已支付620万元。')).toEqual([]);
    // Still found: parts that say 已 / 未 (paid and unpaid) and miss the total.
    expect(messages('下达资金500万元，其中已拨付300万元，未拨付150万元。')).toEqual(['“下达资金”为500万元，“其中”所列各项合计450万元，少50万元；如未列全应注明“其他”']);
  });

  it('takes a head count larger than a total of posts (编制) for another statement, not a part (实际在岗345人 under 编制人数197人)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Real wording (a county maternity hospital's monitoring report on a model-essay site).
    expect(messages('设置独立编制机构数1个，独立核算机构数1个，编制人数197人，其中全额编制人数34人，实际在岗345人（其中临时人员167人）。')).toEqual([]);
    // New wording: a unit's posts, then its staff in post.
    expect(messages('单位编制人数40人，其中事业编制38人，实际在职人员52人。')).toEqual([]);
    // Still found: posts that do not add up.
    expect(messages('本单位编制人数20人，其中行政编制12人，事业编制10人。')).toEqual(['“编制人数”为20人，但所列各项之和为22人，多2人']);
  });

  it('ends a 其中 list at a clause after ； that opens as the total\'s own clause did and has a 其中 of its own', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Two parallel statements, each with its own breakdown: 10元 is the second one's total, not a part of 2元.
    expect(messages('一张2元钱的福利彩票，其中0.72元纳入公益金；一张10元的即开型彩票，其中2元纳入公益金。')).toEqual([]);
    expect(messages('每户补助标准3000元，其中中央补助2000元；每户补助标准5000元，其中中央补助3500元，省级补助1500元。')).toEqual([]);
    // Precondition: the same opening words; another opening (省级补助 after 项目补助资金) is one more part, as before. (A per-unit
    // standard, 每户补助标准, is no total of a list at all since fcrules: see the bound-total tests below.)
    expect(messages('项目补助资金3000元，其中中央补助2000元；省级补助1500元，其中2024年新增200元。')).toHaveLength(1);
    // Without a 其中 of its own the clause is read as before (a part).
    expect(messages('一张2元钱的福利彩票，其中0.72元纳入公益金；一张10元的即开型彩票。')).toEqual(messages('一张2元钱的福利彩票，其中0.72元纳入公益金；10元的即开型彩票。'));
  });

  it('sums a 三公 table numbered 一、 over 1. sub-rows, leaving out the 会议费 / 培训费 rows listed after its items', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    const table = (total: string, car: string): string =>
      [
        '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
        '单位：元',
        '项目\t年初预算数\t决算数\t上年决算数',
        `合计\t75,112.50\t${total}\t68,156.46`,
        '一、因公出国（境）费\t-\t-\t-',
        `二、公务用车购置及运行维护费\t58,054.70\t${car}\t53,490.33`,
        '1.公务用车购置费\t-\t-\t-',
        '2.公务用车运行维护费\t58,054.70\t53,860.77\t53,490.33',
        '三、公务接待费\t17,057.80\t12,697.00\t14,666.13',
        '四、会议费\t19,688.99\t12,688.99\t12,336.84',
        '五、培训费\t22,183.58\t18,183.58\t18,055.00',
        '公务用车保有量（辆）\t2\t2\t2',
        '国内公务接待批次（批）\t—\t17\t—',
      ].join('\n');
    expect(messages(table('66,557.77', '53,860.77'))).toEqual([]);
    expect(messages(table('76,557.77', '53,860.77'))).toHaveLength(1);
    // The 二、 row against its 1. / 2. rows.
    expect(messages(table('66,557.77', '53,870.77')).length).toBeGreaterThan(0);
    // The 收支总表's numbered 收入 rows beside unnumbered ones are read as before (no outline level of their own).
    const flows = ['单位：万元', '项目\t决算数', '一、一般公共预算财政拨款收入\t100.00', '二、其他收入\t5.00', '本年收入合计\t105.00', '年初结转和结余\t3.00', '总计\t108.00'].join('\n');
    expect(messages(flows)).toEqual([]);
  });

  it('adds the 三公 items stated apart from their total (another paragraph, no 其中)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    const text = (car: string): string =>
      `一、“三公”经费情况\n本年“三公”经费财政拨款支出决算为12.5万元。\n二、具体情况\n因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算${car}万元；公务接待费支出决算2.5万元。`;
    expect(messages(text('8'))).toEqual(['“三公”经费决算为12.5万元，而文中所列因公出国（境）费、公务用车购置及运行费、公务接待费之和为10.5万元，少2万元']);
    expect(messages(text('10'))).toEqual([]);
    // Two values of one item (two bodies or years), a budget beside the 决算, an item not stated: not judged.
    expect(messages(`${text('8')}另，下属单位公务接待费支出决算3万元。`)).toEqual([]);
    expect(messages('“三公”经费支出决算为12.5万元。因公出国（境）费0万元，公务接待费2.5万元。')).toEqual([]);
    expect(messages('“三公”经费预算为20万元。因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算8万元；公务接待费支出决算2.5万元。')).toEqual([]);
    // An item heading its own breakdown (公务用车…，其中：购置费…；运行费…) is still one of the three (691).
    const broken = (car: string): string =>
      `一、“三公”经费情况\n本年“三公”经费财政拨款支出决算为12.5万元。\n二、具体情况\n1.因公出国（境）费支出决算为0万元。2.公务用车购置及运行费支出决算为${car}万元，其中：公务用车购置费0万元；公务用车运行费${car}万元。3.公务接待费支出决算为2.5万元。`;
    expect(messages(broken('8'))).toEqual(['“三公”经费决算为12.5万元，而文中所列因公出国（境）费、公务用车购置及运行费、公务接待费之和为10.5万元，少2万元']);
    expect(messages(broken('10'))).toEqual([]);
    // The items as parts of a 其中 under the total: checked there, once.
    expect(messages('“三公”经费支出决算为12.5万元，其中：因公出国（境）费0万元，公务用车购置及运行费8万元，公务接待费2.5万元。').length).toBe(1);
  });

  it('reads no one sum in a total stated for both sides at once (收、支总计均为A，其中：收入方…；支出方…)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    // Each side makes the total (8.86 + 1621.11 = 1627.78 + 2.19 = 1629.97); all four parts together do not.
    expect(messages('2024年度财政拨款收、支总计均为1629.97万元，其中：年初财政拨款结转和结余8.86万元，本年财政拨款收入1621.11万元；本年财政拨款支出1627.78万元，年末财政拨款结转和结余2.19万元。')).toEqual([]);
    // One side's total is read as before.
    expect(messages('2024年度收入总计100万元，其中：财政拨款收入80万元，其他收入30万元。')).toEqual(['“收入”为100万元，但所列各项之和为110万元，多10万元']);
  });

  it('takes 非X for the complement of a total X, no part of it (税收收入…其中…；非税收入…)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.message);
    expect(messages('全县税收收入80亿元，其中地方级税收收入50亿元；非税收入20亿元。')).toEqual([]);
    // 非 naming something the total does not: a part as any other.
    expect(messages('本年收入合计100万元，其中财政拨款收入80万元，非财政拨款收入30万元。')).toEqual(['“收入”为100万元，但所列各项之和为110万元，多10万元']);
  });

  it('reads a list closed by its total without 其中 (…，合计N / 共计N / 以上两项合计N)', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.filter((f) => f.severity !== 'info').map((f) => f.message);
    expect(messages('本单位在职人员26人，离休人员1人，退休人员12人，合计40人。')).toEqual(['“合计”为40人，但所列各项之和为39人，少1人']);
    expect(messages('中央补助资金64万元，县级配套资金16万元，以上两项合计90万元。')).toEqual(['“合计”为90万元，但所列各项之和为80万元，少10万元']);
    expect(messages('资金到位45万元，用于设备购置20.5万元，人员培训10万元，宣传费14.5万元，共计46万元。')).toEqual(['“合计”为46万元，但所列各项之和为45万元，少1万元']);
    expect(messages('全年总计投入资金46万元，主要用于设备购置20.5万元，人员培训10万元，宣传费14.5万元，共计46万元。')).toEqual(['“合计”为46万元，但所列各项之和为45万元，少1万元']);
    // Lists that add up; a total of its own first (共有); an income beside a cost; a figure in brackets; a change.
    expect(messages('本单位在职人员26人，离休人员1人，退休人员12人，合计39人。')).toEqual([]);
    expect(messages('全局共有人员40人，在职26人，退休12人，合计38人。')).toEqual([]);
    expect(messages('本年收入64万元，本年支出60万元，合计124.5万元。')).toEqual([]);
    expect(messages('基本支出64万元（含工资40万元），项目支出16万元，合计90万元。')).toEqual([]);
    expect(messages('基本支出64万元，比上年增加16万元，合计90万元。')).toEqual([]);
  });

  it('reads 包括 / 分别为 right after a figure as 其中, its parts up to the clause end', () => {
    const messages = (t: string): string[] => runRule(sumMismatch, t).findings.filter((f) => f.severity !== 'info').map((f) => f.message);
    expect(messages('全年共实施项目14个，分别为道路工程6个、桥梁工程5个、安全工程2个。')).toEqual(['“实施项目”为14个，但所列各项之和为13个，少1个']);
    expect(messages('公务用车购置及运行费42万元，包括购置费30万元、运行费15万元；公务接待费8万元。')).toEqual(['“公务用车购置及运行费”为42万元，但所列各项之和为45万元，多3万元']);
    // A list of names first, an item without a figure, a list that adds up.
    expect(messages('内设机构6个，分别为办公室、财务科；下属单位2个，其他3个。')).toEqual([]);
    expect(messages('共有单位30个，包括局机关和9个站所、20个中心。')).toEqual([]);
    expect(messages('公务用车购置及运行费45万元，包括购置费30万元、运行费15万元；公务接待费8万元。')).toEqual([]);
    // 包括： with a colon opens the list as 其中： does: over the sentence, its ；s apart.
    expect(messages('本年收入合计4905.82万元，包括：财政拨款收入4863.12万元，占99.13%；其他收入47.20万元，占0.87%。')).toEqual([
      '“收入”为4905.82万元，但所列各项之和为4910.32万元，多4.5万元',
    ]);
    expect(messages('本年收入合计4910.32万元，包括：财政拨款收入4863.12万元，占99.04%；其他收入47.20万元，占0.96%。')).toEqual([]);
    // A figureless note in brackets between the total and 包括 (大写 …) stands aside as the counted noun does.
    expect(messages('收入合计2299.88万元（大写：人民币贰仟贰佰玖拾玖万捌仟捌佰元整），包括：财政拨款收入1846.52万元，其他收入435.36万元。')).toEqual([
      '“收入”为2299.88万元，但所列各项之和为2281.88万元，少18万元',
    ]);
    expect(messages('收入合计2299.88万元（含上年结转50万元），包括：财政拨款收入1846.52万元，其他收入435.36万元。')).toEqual([]);
  });

  it('reads a 其中 opening the sentence after a budget, its 决算 and the rate as the 决算’s parts (预算为A，决算为B，完成预算的R%。其中：…)', () => {
    const text = (total: string): string => `2024年度“三公”经费财政拨款支出预算为5.00万元，支出决算为${total}万元，完成预算的90.60%。其中：因公出国（境）费0.00万元；公务用车购置费0.00万元；公务用车运行维护费4.20万元；公务接待费0.33万元。`;
    expect(runRule(sumMismatch, text('4.63')).findings.map((f) => f.calculation)).toEqual(['0.00 + 0.00 + 4.20 + 0.33 = 4.53 ≠ 4.63']);
    expect(runRule(sumMismatch, text('4.53')).findings).toEqual([]);
    // Two items of their own before it: the referent is unknown, nothing is checked.
    expect(runRule(sumMismatch, '公务接待费4.63万元，会议费5.00万元。其中：甲0.00万元；乙4.20万元；丙0.33万元。').findings).toEqual([]);
  });

  it('takes a total written with fewer decimals than its parts, equal to their sum rounded to its last digit, as rounded', () => {
    const text = (total: string): string => `预计项目总投资${total}万元，其中：财政奖补资金1118万元，村级自筹386.53万元，社会捐助454.2万元。`;
    expect(runRule(sumMismatch, text('1958.7')).findings).toEqual([]);
    // Look-alikes: a total one step off the rounding (1958.6), and a total with the parts' decimals (1958.70), stay errors.
    expect(runRule(sumMismatch, text('1958.6')).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(sumMismatch, text('1958.70')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('ends a 其中 list whose parts make its total at a clause opening with 包括 / 含 (the last part’s own breakdown)', () => {
    const text = (opener: string): string => `2013年本级“三公经费”支出总额为1841.3万元。其中：因公出国（境）费用0万元；公务接待费140万元；公务用车购置及运行维护费1701.3万元，${opener}公务用车购置费260万元、公务用车运行维护费1441.3万元。`;
    expect(runRule(sumMismatch, text('包括')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('含')).findings).toEqual([]);
    // Look-alikes: parts that do not make the total before 包括 are still checked; without the opener the amounts are more parts.
    expect(runRule(sumMismatch, text('包括').replace('140万元', '150万元')).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(sumMismatch, text('另有')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a 其中 breakdown that falls short of its total, with the arithmetic', () => {
    const { findings } = runRule(sumMismatch, '基本支出609.29万元，其中：工资福利支出458.18万元、商品和服务支出64.37万元、对个人和家庭的补助85.77万元、其他支出0万元。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.calculation).toBe('458.18 + 64.37 + 85.77 + 0 = 608.32 ≠ 609.29');
    expect(findings[0]!.evidence[0]!.quote).toBe('基本支出609.29万元');
  });

  it('allows each figure of a list written to one decimal half of that decimal (n parts and the total)', () => {
    // Given three parts and a total each rounded to 0.1 亿元, their sum 0.1 above the total
    const text = '2023年全国政府采购规模为33929.6亿元。其中，货物、工程、服务政府采购规模分别为7738.1亿元、14486.8亿元和11704.8亿元。';
    // Then the gap is within the rounding (4 × 0.05 = 0.2): no error; only the strict profile mentions it
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    expect(runRule(sumMismatch, text, { profile: 'strict' }).findings.map((f) => f.severity)).toEqual(['info']);
    // A gap beyond it is still an error
    expect(runRule(sumMismatch, text.replace('33929.6', '33929.4')).findings.map((f) => f.severity)).toEqual(['error']);
    // Whole amounts stay exact: 38 + 958 ≠ 995
    expect(runRule(sumMismatch, '公车购置及运行费995万元，其中：公务用车购置费38万元，公务用车运行费958万元。').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads an amount changed 由A调整为B as B: A is where the change starts, 调增C is the change', () => {
    const text = '一般公共预算收入由年初的700万元调整为900万元，调增200万元，其中：税收收入调整为400万元，非税收入调整为500万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    const levels = '基金收入由年初的800万元调整为500万元，其中：土地出让收入由年初预算的650万元调整为350万元，配套费100万元、专项收入50万元不作调整。';
    expect(runRule(sumMismatch, levels).findings).toEqual([]);
    // Parts that do not make the amount it was changed to still disagree.
    const off = '基金收入由年初的800万元调整为500万元，其中：土地出让收入由年初预算的650万元调整为350万元，配套费100万元、专项收入60万元不作调整。';
    expect(runRule(sumMismatch, off).findings.map((f) => f.calculation)).toEqual(['350 + 100 + 60 = 510 ≠ 500']);
  });

  it('adds the signed changes of the parts against the change of the whole', () => {
    const text = '“三公”经费合计31.23万元，较上年16.08万元增加15.15万元。其中：公务接待费减少0.26万元，公务用车运行维护费增加14.79万元。';
    const short = runRule(sumMismatch, text).findings;
    expect(short.map((f) => [f.severity, f.calculation])).toEqual([['info', '−0.26 +14.79 = +14.53 ≠ +15.15']]);
    expect(runRule(sumMismatch, text.replace('增加14.79万元', '增加15.41万元')).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('增加14.79万元', '增加16.79万元')).findings.map((f) => f.severity)).toEqual(['error']);
    // Levels among the parts: not a list of changes, not checked here.
    expect(runRule(sumMismatch, '较上年增加15万元。其中：公务接待费20万元，减少2万元；运行费10万元，增加17万元。').findings).toEqual([]);
  });

  it('takes the balance carried over (上年结转) for a part of this year’s income, not a comparison', () => {
    const text = '本单位收入预算1165万元，其中：一般公共预算拨款收入300万元，占25.75%；事业收入 800万元，占68.67%；上年结转 65万元，占5.58%。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('上年结转 65万元', '上年结转 75万元')).findings).toHaveLength(1);
  });

  it('does not add the balance carried over to this year’s total (收入合计)', () => {
    const text = '2021年度收入合计5,259.69万元，较上年增加558.09万元。其中：财政拨款收入5,259.69万元，占100%。年初结转和结余285.39万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('takes no balance brought into the year for a part of what goes out, nor one carried out for a part of what comes in', () => {
    const text = '2024年度收入总计3,179.28万元，支出总计3,179.28万元，其中年初结转和结余42.28万元，年末结转和结余53.35万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // A balance on its own side is still read as a part (上年结转 of 收入预算, above).
  });

  it('makes a 其中 list whose one item restates the total a 提示 (it breaks down a wider whole)', () => {
    const text = '实有在职人员85人。其中在职人员85人，自收自支人员2人，临时人员0人，遗属人员8人。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.severity)).toEqual(['info']);
    // Parts exceeding the total without restating it stay an error.
    expect(runRule(sumMismatch, '核定编制79人，其中：行政编制32人，事业编制53人，工勤编制0人。').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('makes this year’s items short of a gross total (总收入, which also holds the carry-over) a 提示', () => {
    const text = '本局2022年总收入658.15万元，其中财政拨款641.96万元，事业收入8.71万元，其他收入1.62万元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.severity)).toEqual(['info']);
    // The same shortfall against this year's income (本年收入合计) is an error.
    expect(runRule(sumMismatch, text.replace('总收入', '本年收入合计')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('accepts parts that add up at the total’s stated precision (1059.4098 ≈ 1059.41)', () => {
    const { findings } = runRule(sumMismatch, '项目支出1059.41万元。其中：甲经费710.74万元、乙经费348.6698万元。');
    expect(findings).toEqual([]);
  });

  it('accepts a 按…分 breakdown per phase that adds up to the stated totals', () => {
    const text = '年初预算收入695.83万元，全年预算收入1668.7万元。\n按支出性质分，基本支出年初预算数515.93万元，全年预算数609.29万元；项目支出年初预算数179.9万元，全年预算数1059.41万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('reports a 按…分 breakdown that does not add up', () => {
    const text = '全年预算收入1668.7万元。\n按支出性质分，基本支出全年预算数609.29万元；项目支出全年预算数1050万元。';
    const { findings } = runRule(sumMismatch, text);
    expect(findings[0]!.calculation).toBe('609.29 + 1050 = 1659.29 ≠ 1668.7');
  });

  it('ends a 其中 list where its first parts make up its total exactly: an amount after a clause break is a further statement', () => {
    const byOffice = '全区完成财政收入29612万元，其中，国税完成11765万元，同比增长13.8%；地税完成14796万元；财政完成3051万元；实现地方一般预算收入19401万元，同比增长8.5%。';
    expect(runRule(sumMismatch, byOffice).findings).toEqual([]);
    const sales = '全州彩票销量达8.47亿元，其中，福利彩票销量4.04亿元，体育彩票销量4.43亿元，共为国家筹集彩票公益金2.31亿元。';
    expect(runRule(sumMismatch, sales).findings).toEqual([]);
    // First parts that do not make the total: the list runs on and is checked as written.
    expect(runRule(sumMismatch, byOffice.replace('3051万元', '3000万元')).findings.map((f) => f.severity)).toEqual(['error']);
    // A further part named 其他…, or named like the parts, is one more part: parts beyond the total.
    expect(runRule(sumMismatch, sales.replace('共为国家筹集彩票公益金', '其他彩票销量')).findings.map((f) => f.severity)).toEqual(['error']);
    const roads = '一年来，硬化道路7.8公里，其中三湾村3.4公里，庙沟村1.9公里，大义村2.5公里，陈家村1.9公里。';
    expect(runRule(sumMismatch, roads).findings.map((f) => f.calculation)).toEqual(['3.4 + 1.9 + 2.5 + 1.9 = 9.7 ≠ 7.8']);
  });

  it('ends a 其中 nested in an outer list where its parts make up its total: the next ；-clause is the outer list’s', () => {
    const lead = '“三公”经费支出决算为62.07万元。其中：因公出国（境）费支出决算为12.02万元；公务用车购置及运行维护费支出决算为27.46万元；其中：公务用车购置支出决算为0万元；';
    expect(runRule(sumMismatch, `${lead}公务用车运行维护费支出决算为27.46万元；公务接待费支出决算为22.59万元。`).findings.filter((f) => f.message.includes('27.46'))).toEqual([]);
    // No first parts make up the total: the nested list is still checked as written.
    const wrong = runRule(sumMismatch, `${lead}公务用车运行维护费支出决算为26.46万元；公务接待费支出决算为22.59万元。`).findings;
    expect(wrong.some((f) => f.calculation === '0 + 26.46 + 22.59 = 49.05 ≠ 27.46')).toBe(true);
  });

  it('goes on with the outer list after the clause of a 其中 nested in one of its items (…；购置及运行费B，其中购置费B1，运行费B2；接待费C)', () => {
    const text = (total: string, zero = '0万元'): string =>
      `“三公”经费财政拨款支出决算${total}万元。其中：因公出国（境）费支出决算2.00万元；公务用车购置及运行费支出决算3.20万元，其中公务用车购置费${zero}，公务用车运行费3.20万元；公务接待费支出决算1.30万元，比上年减少0.20万元。`;
    const calcs = (t: string): (string | undefined)[] => runRule(sumMismatch, t).findings.map((f) => f.calculation);
    // The outer list is 出国 + 车 + 接待 (the nested clause's amounts are the car item's), the nested one 购置 + 运行.
    expect(calcs(text('6.50'))).toEqual([]);
    expect(calcs(text('6.60'))).toEqual(['2.00 + 3.20 + 1.30 = 6.5 ≠ 6.60']);
    // The nested list's zero written without a unit (为0, no amount read): its one part makes it up, and the 接待费
    // after its ； is still the outer list's, not one more part of the car item.
    expect(calcs(text('6.50', '为0'))).toEqual([]);
    expect(calcs(text('6.60', '为0'))).toEqual(['2.00 + 3.20 + 1.30 = 6.5 ≠ 6.60']);
  });

  it('reports a gap equal to the sum of the half-units: rounding cannot reach it (30 + 30 + 29.99 ≠ 89.97)', () => {
    const text = (total: string): string => `本项目共完成预算资金${total}万元。其中：30万元用于预算编制；30万元用于审计；29.99万元用于设计。`;
    expect(runRule(sumMismatch, text('89.97')).findings.map((f) => f.calculation)).toEqual(['30 + 30 + 29.99 = 89.99 ≠ 89.97']);
    expect(runRule(sumMismatch, text('89.98')).findings).toEqual([]);
  });

  it('checks counts too (30 = 16 + 14), and treats a single part as a partial list', () => {
    expect(runRule(sumMismatch, '实有人员30人，其中行政编制16人，事业编制14人。').findings).toEqual([]);
    expect(runRule(sumMismatch, '实有人员30人，其中行政编制16人，事业编制13人，工勤0人。').findings[0]!.severity).toBe('error');
    expect(runRule(sumMismatch, '解决干部职级4名，其中35岁以下干部1名。').findings).toEqual([]);
  });

  it('picks the total that shares the parts’ unit (项目30个 … 其中 … 11个、14个、5个)', () => {
    const text = '共新签约项目30个，合同资金106.96亿元。其中合同资金2亿元以下项目11个，2亿元（含）以上10亿元以下项目14个；10亿元以上项目5个。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('makes a shortfall of a list not said to be complete a 提示 (info) only: 其中 may name some parts', () => {
    const { findings } = runRule(sumMismatch, '支出100万元，其中办公费20万元、印刷费30万元。');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    // Two classes of the 支出经济分类 (which has more) of a larger 支出总计: the classes left out may hold the
    // rest — a partial list, no suspicion (data/audit/classifications.json).
    const partial = runRule(sumMismatch, '2022年支出总计201.93万元，其中工资福利支出131.84万元，商品和服务支出42.48万元。');
    expect(partial.findings).toEqual([]);
    // 人员经费 and 公用经费 are no classes of it: their shortfall of 基本支出 stays a 提示.
    const basic = runRule(sumMismatch, '基本支出911000.39元，其中：人员经费809961.19元，公用经费71339.2元。');
    expect(basic.findings.map((f) => f.severity)).toEqual(['info']);
    // Parts that exceed their total are wrong whatever is left out.
    expect(runRule(sumMismatch, '支出100万元，其中办公费80万元、印刷费30万元。').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('takes as parts only figures listed as parts of one quantity (issue 12 preconditions)', () => {
    // A new total (总支出) starts another statement: its amount is no part of 总收入.
    expect(runRule(sumMismatch, '2018年总收入127.01万元，其中财政拨款收入86.57万元；总支出119.02万元，其中财政拨款支出76.86万元。').findings).toEqual([]);
    // A figure in brackets closed before 其中 is a note; 其中 breaks down the figure before the bracket.
    const bracket = '教育总成本为100.00万元（使用财政拨款支出20.00万元），其中工资福利支出60.00万元，商品和服务支出40.00万元。';
    expect(runRule(sumMismatch, bracket).findings).toEqual([]);
    // An income is no part of a cost.
    expect(runRule(sumMismatch, '教育总成本为100.00万元，其中工资福利支出60.00万元，商品和服务支出40.00万元，弥补成本的收入8.00万元。').findings).toEqual([]);
    // A list the text stops in the middle of (a page cut by the store) is not complete on the page.
    expect(runRule(sumMismatch, '总成本为100.00万元，其中工资福利支出60.00万元，商品和服务支出48.00万元，弥补成本的非限定用途').findings).toEqual([]);
    // The same list, ended, is checked.
    expect(runRule(sumMismatch, '总成本为100.00万元，其中工资福利支出60.00万元，商品和服务支出48.00万元。').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('leaves a unit slip to the unit rule', () => {
    expect(runRule(sumMismatch, '“三公”经费预算数为28元，其中：公务接待费28万元、公务用车运行费0万元。').findings).toEqual([]);
  });

  it('withholds the sums of a table that mostly fail (misread columns), saying so in notChecked', () => {
    // Every column shifted by one from the 合计 row down: three sums fail, none agrees.
    const shifted = '单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n合计\t100.00\t110.00\t90.00\n基本支出\t70.00\t60.00\t65.00\n项目支出\t50.00\t40.00\t35.00';
    const r = runRule(sumMismatch, shifted);
    expect(r.findings).toEqual([]);
    expect(r.notChecked.join('\n')).toContain('疑为表格读取有误');
    // One wrong column among agreeing ones is reported.
    const one = '单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n合计\t100.00\t110.00\t90.00\n基本支出\t60.00\t70.00\t55.00\n项目支出\t40.00\t40.00\t30.00';
    expect(runRule(sumMismatch, one).findings).toHaveLength(1);
  });

  it('checks a 合计 row of a table against its rows', () => {
    const text = '单位：万元\n项目\t年初预算数\t决算数\n合计\t100.00\t90.00\n基本支出\t60.00\t50.00\n项目支出\t40.00\t30.00';
    const { findings } = runRule(sumMismatch, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('50.00 + 30.00 = 80 ≠ 90.00');
  });
});

describe('sum-mismatch: nested categories', () => {
  it('does not add a category’s own 其中 breakdown to the categories of a 按…分 paragraph', () => {
    const text = '全年预算收入150万元。\n按功能分类分，一般公共服务支出全年预算数100万元，其中人大事务全年预算数40万元；教育支出全年预算数50万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });
});

describe('sum-mismatch: lists that interleave roles', () => {
  it('adds only the parts in the total’s role (决算 among 预算 and 决算)', () => {
    const text = '“三公”经费预算数为832.05万元，决算支出数为820.33万元。其中：公务接待费预算数为310.37万元，决算支出数为249.29万元；公务用车费预算数为521.68万元，决算支出数为571.04万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('continues a 其中： list over clauses ended by ； as well as 。', () => {
    const text = '“三公”经费决算支出数为1165.08万元，同比减少63.96万元。其中：因公出国（境）费支出0万元。公务用车购置费支出204.78万元，同比减少54.2万元；公务用车运行维护费支出664.60万元，同比增加53.81万元。公务接待费支出295.70万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('does not continue a 其中： list into the next sentence once its own sentence went on to another statement', () => {
    // Given an income whose 其中 names one part and then states the spending, and a next line with another income
    const text = '全市一般公共预算收入完成800亿元，下降15%，其中：税收收入完成500亿元，下降20%；全市一般公共预算支出完成1600亿元。\n全市基金预算收入完成600亿元，下降8%。';
    // Then the other income is not read as a part (500 + 600 ≠ 800 says nothing)
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // But a part per sentence still continues the list when nothing else follows the first
    const perSentence = '基本支出900万元，其中：人员经费800万元，主要包括基本工资。公用经费70万元，主要包括办公费。';
    expect(runRule(sumMismatch, perSentence).findings.map((f) => f.calculation)).toEqual(['800 + 70 = 870 ≠ 900']);
  });

  it('says nothing of a 其中 list that names some taxes of a tax revenue (the main taxes)', () => {
    // Given five taxes of a 税收收入, their sum well short of it
    const text = '1-5月全市税收收入完成579.9亿元，下降20.8%。其中：增值税完成194.5亿元，下降26.7%；企业所得税完成118.1亿元；契税完成60.3亿元；土地增值税完成40亿元；城镇土地使用税完成37.3亿元。';
    // Then there is no 提示: the other taxes hold the rest
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // But a part that is no tax makes the list an ordinary 其中 again
    expect(runRule(sumMismatch, text.replace('契税完成60.3亿元', '罚没收入完成60.3亿元')).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('ends a 其中 list at a heading that introduces the main items of something (主要…情况：)', () => {
    // Given a total whose 其中 names one part, and a next sentence listing the main taxes under a heading
    const text = '全省财政总收入完成1195.85亿元，增长6.55%。其中：地方财政收入完成678.93亿元，增长11.51%。主要收入项目完成情况：增值税76.71亿元，增长6.55%；营业税165.75亿元；罚没收入77.57亿元；专项收入23.32亿元。';
    // Then the main items are no parts of the total
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // And within one sentence too
    const inSentence = '财政总收入1000万元，其中：地方收入600万元，主要收入项目：罚没收入100万元，专项收入50万元。';
    expect(runRule(sumMismatch, inSentence).findings).toEqual([]);
  });

  it('does not count an amount named as the base of a rate (完成预算X的Y%) as a part', () => {
    const text = '收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元。其中：税收收入8103万元，比上年增收1284万元；非税收入16524万元。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  describe('tables', () => {
    const table5 = (row2130122: string, run: string): string =>
      [
        '五、一般公共预算财政拨款支出决算表',
        '单位：万元',
        '科目编码\t科目名称\t年初预算数\t决算数合计\t决算数基本支出\t决算数项目支出',
        '\t合计\t2187.50\t2983.24\t1461.09\t1522.15',
        '213\t农林水支出\t2187.50\t2983.24\t1461.09\t1522.15',
        '21301\t农业农村\t2187.50\t2983.24\t1461.09\t1522.15',
        '2130101\t行政运行\t985.40\t1012.36\t1012.36\t0.00',
        '2130104\t事业运行\t452.10\t448.73\t448.73\t0.00',
        row2130122,
        '2130135\t农业资源保护修复与利用\t150.00\t234.50\t0.00\t234.50',
        '',
        '七、财政拨款“三公”经费支出决算表',
        '单位：万元',
        '项目\t预算数\t决算数',
        '合计\t80.00\t64.80',
        '1.因公出国（境）费\t0.00\t0.00',
        '2.公务用车购置及运行费\t55.00\t46.20',
        '（1）公务用车购置费\t0.00\t0.00',
        `（2）公务用车运行费\t55.00\t${run}`,
        '3.公务接待费\t25.00\t18.60',
      ].join('\n');
    const good = '2130122\t农业生产发展\t600.00\t1287.65\t0.00\t1287.65';

    it('accepts a 决算表 whose 类 = Σ款 = Σ项, 合计 = 基本 + 项目, and 三公 = its parts (sub-items not counted twice)', () => {
      expect(runRule(sumMismatch, table5(good, '46.20')).findings).toEqual([]);
    });

    it('reports a row whose 合计 is not 基本支出 + 项目支出, and the 款 its changed cell no longer adds up to', () => {
      const { findings } = runRule(sumMismatch, table5('2130122\t农业生产发展\t600.00\t1287.65\t0.00\t1282.65', '46.20'));
      // One cell breaks both sums: one finding on it, both sums as its arithmetic.
      expect(findings).toHaveLength(1);
      expect(findings[0]!.evidence[0]!.quote).toBe('1282.65');
      const calcs = findings.flatMap((f) => f.calculation!.split('；'));
      expect(calcs).toContain('0.00 + 1282.65 = 1282.65 ≠ 1287.65');
      expect(calcs).toContain('0.00 + 0.00 + 1282.65 + 234.50 = 1517.15 ≠ 1522.15');
      // Both sides are quoted: the total cell and every part cell.
      expect(findings.every((f) => f.evidence.length >= 3)).toBe(true);
    });

    it('reports a numbered item that is not the sum of its （1）（2） sub-items', () => {
      const { findings } = runRule(sumMismatch, table5(good, '49.20'));
      expect(findings.map((f) => f.calculation)).toEqual(['0.00 + 49.20 = 49.2 ≠ 46.20']);
    });

    // Another publisher's layout: 元 with separators, codes in 类 | 款 | 项 columns, a 栏次 row, '-' for zero.
    const table3 = (xingzheng: string, sangong: string): string =>
      [
        '三、支出决算表',
        '金额单位：元',
        '项目类\t项目款\t项目项\t项目科目名称\t本年支出合计\t基本支出\t项目支出',
        '栏次\t\t\t\t1\t2\t3',
        '207\t\t\t文化旅游体育与传媒支出\t5,258,798.92\t3,126,480.52\t2,132,318.40',
        '207\t01\t\t文化和旅游\t5,258,798.92\t3,126,480.52\t2,132,318.40',
        `207\t01\t01\t行政运行\t${xingzheng}\t3,126,480.52\t-`,
        '207\t01\t09\t群众文化\t1,480,000.00\t-\t1,480,000.00',
        '207\t01\t99\t其他文化和旅游支出\t652,318.40\t-\t652,318.40',
        '合计\t\t\t\t5,258,798.92\t3,126,480.52\t2,132,318.40',
        '',
        '七、财政拨款“三公”经费支出决算表',
        '金额单位：元',
        '项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费小计\t公务用车购置及运行维护费公务用车购置费\t公务用车购置及运行维护费公务用车运行维护费\t公务接待费',
        '栏次\t1\t2\t3\t4\t5\t6',
        '预算数\t60,000.00\t\t40,000.00\t\t40,000.00\t20,000.00',
        `决算数\t${sangong}\t\t38,600.00\t\t38,600.00\t9,860.00`,
      ].join('\n');

    it('reads 类 | 款 | 项 code columns as one code, skips the 栏次 row, and takes a dash for zero where the rows show it', () => {
      expect(runRule(sumMismatch, table3('3,126,480.52', '48,460.00')).findings).toEqual([]);
      const { findings } = runRule(sumMismatch, table3('3,162,480.52', '48,460.00'));
      const calcs = findings.flatMap((f) => f.calculation!.split('；'));
      // 行政运行: 合计 against 基本 + 项目 ('-' = 0), and the 款 2070101's parent no longer adds up.
      expect(calcs).toContain('3,126,480.52 = 3126480.52 ≠ 3,162,480.52');
      expect(calcs).toContain('3,162,480.52 + 1,480,000.00 + 652,318.40 = 5294798.92 ≠ 5,258,798.92');
      expect(findings.some((f) => f.message.includes('栏次'))).toBe(false);
    });

    it('adds a column group (小计 | 购置费 | 运行维护费 under one header) once to the 合计, and its members to its 小计', () => {
      const { findings } = runRule(sumMismatch, table3('3,126,480.52', '45,460.00'));
      expect(findings.map((f) => f.calculation)).toEqual(['38,600.00 + 9,860.00 = 48460 ≠ 45,460.00']);
    });

    it('adds a 三公 小计 of 购置费 + 运行费 only, where the car group’s name was lost (预算数小计 | 预算数公务用车购置费 | … | 预算数公务接待费; audit-pdf 651, 657)', () => {
      // The one-row table as LibreOffice Writer and Calc printed it in 651 and 657: 公务用车购置及运行费 over 小计 | 购置费 |
      // 运行费 not read, so every column header carries only the outer group (预算数 / 决算数).
      const row = (budgetSubtotal: string): string =>
        [
          '表7一般公共预算财政拨款“三公”经费支出决算表',
          '单位：元',
          '预算数合计\t预算数因公出国（境）费\t预算数小计\t预算数公务用车购置费\t预算数公务用车运行费\t预算数公务接待费\t决算数合计\t决算数因公出国（境）费\t决算数小计\t决算数公务用车购置费\t决算数公务用车运行费\t决算数公务接待费',
          `53,092.16\t0.00\t${budgetSubtotal}\t0.00\t47,158.65\t5,933.51\t47,609.86\t0.00\t41,297.61\t0.00\t41,297.61\t6,312.25`,
        ].join('\n');
      expect(runRule(sumMismatch, row('47,158.65')).findings).toEqual([]);
      // A wrong 小计 is still found (against 购置费 + 运行费, and in the 合计).
      const calcs = runRule(sumMismatch, row('47,258.65')).findings.flatMap((f) => f.calculation!.split('；'));
      expect(calcs).toContain('0.00 + 47,158.65 = 47158.65 ≠ 47,258.65');
    });

    it('reads the car item as a whole over its 其中 columns as the car subtotal (公务用车购置及运行维护费 | 其中：公务用车购置费 | 其中：公务用车运行维护费; audit-pdf 654)', () => {
      const table = (total: string): string =>
        [
          '一般公共预算财政拨款“三公”经费支出决算表（公开表7）',
          '单位：万元',
          '项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t其中：公务用车购置费\t其中：公务用车运行维护费\t公务接待费',
          '预算数\t7.43\t-\t5.61\t-\t5.61\t1.82',
          `决算数\t${total}\t-\t5.17\t-\t5.17\t1.94`,
        ].join('\n');
      expect(runRule(sumMismatch, table('7.11')).findings).toEqual([]);
      expect(runRule(sumMismatch, table('8.01')).findings.map((f) => f.calculation)).toEqual(['5.17 + 1.94 = 7.11 ≠ 8.01']);
    });

    it('names one row wrong by the same amount in two columns, its own 合计 = 基本 + 项目 still holding (a 类 over its only 款; audit-pdf 604)', () => {
      // The 一般公共预算财政拨款支出决算表 of 604: 类 204's 合计 and 项目支出 both 100,000.00 too high.
      const table = (total: string, project: string): string =>
        [
          '一般公共预算财政拨款支出决算表',
          '单位：元',
          '类\t款\t项\t科目名称\t合计\t基本支出\t项目支出',
          `204\t\t\t公共安全支出\t${total}\t12,456,300.00\t${project}`,
          '204\t02\t\t公安\t18,372,000.00\t12,456,300.00\t5,915,700.00',
          '204\t02\t01\t行政运行\t12,456,300.00\t12,456,300.00\t0.00',
          '204\t02\t19\t信息化建设\t5,915,700.00\t0.00\t5,915,700.00',
          '208\t\t\t社会保障和就业支出\t1,940,700.00\t1,940,700.00\t0.00',
          '208\t05\t\t行政事业单位养老支出\t1,940,700.00\t1,940,700.00\t0.00',
          '208\t05\t05\t机关事业单位基本养老保险缴费支出\t1,940,700.00\t1,940,700.00\t0.00',
          '合计\t\t\t\t20,312,700.00\t14,397,000.00\t5,915,700.00',
        ].join('\n');
      expect(runRule(sumMismatch, table('18,372,000.00', '5,915,700.00')).findings).toEqual([]);
      const { findings } = runRule(sumMismatch, table('18,472,000.00', '6,015,700.00'));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.locus).toBe('cell');
      expect(findings[0]!.evidence.slice(0, 2).map((e) => e.quote)).toEqual(['18,472,000.00', '6,015,700.00']);
      expect(findings[0]!.message).toContain('依次改为18,372,000.00、5,915,700.00');
      // A 类 over its only 款 is checked against it (one part), as a 合计 over one 类 is.
      expect(runRule(sumMismatch, table('18,472,000.00', '5,915,700.00')).findings.length).toBeGreaterThan(0);
    });

    it('skips a 栏次 row that an empty table’s 合计 label was read into (栏次合计 | 1 | 2 | 3)', () => {
      const text = ['金额单位：元', '项目科目编码科目名称\t本年支出合计\t本年支出基本支出\t本年支出项目支出', '栏次合计\t1\t2\t3', '注：本单位无国有资本经营预算财政拨款支出，本表为空表。'].join('\n');
      expect(runRule(sumMismatch, text).findings).toEqual([]);
    });

    it('keeps a row whose name was lost (30108 | | 412,345.60) in its parent’s sum by its code', () => {
      const text = (a: string): string =>
        ['金额单位：元', '科目编码\t科目名称\t决算数', '301\t工资福利支出\t1,662,345.60', '30101\t基本工资\t1,250,000.00', `30108\t\t${a}`].join('\n');
      expect(runRule(sumMismatch, text('412,345.60')).findings).toEqual([]);
      expect(runRule(sumMismatch, text('412,354.60')).findings.map((f) => f.calculation)).toEqual(['1,250,000.00 + 412,354.60 = 1662354.6 ≠ 1,662,345.60']);
    });

    it('adds to a 合计 row below its items only the rows above it, not the 年初结转 and 总计 rows after it', () => {
      const text = (total: string): string =>
        ['单位：万元', '收入项目\t收入决算数', '一、一般公共预算财政拨款\t1122.98', '二、政府性基金预算财政拨款\t80.50', `本年收入合计\t${total}`, '年初财政拨款结转和结余\t32.00', '一般公共预算财政拨款\t20.00', '政府性基金预算财政拨款\t12.00'].join('\n');
      expect(runRule(sumMismatch, text('1203.48')).findings).toEqual([]);
      expect(runRule(sumMismatch, text('1213.48')).findings.map((f) => f.calculation)).toEqual(['1122.98 + 80.50 = 1203.48 ≠ 1213.48']);
    });

    it('reads a 项 code read into its name’s cell after the 类 | 款 columns (201 | 13 | 01行政运行) as the 项 level', () => {
      // Every row carries its 类 and 款 digits: the level is the filled code columns, the 项 glued to the name.
      const rows = (a: string): string =>
        [
          '金额单位：元',
          '科目编码类\t科目编码款\t科目编码科目名称项\t本年支出合计\t基本支出\t项目支出',
          '201\t\t一般公共服务支出\t8,747,100\t7,727,400\t1,019,700',
          '201\t13\t商贸事务\t8,747,100\t7,727,400\t1,019,700',
          `201\t13\t01行政运行\t${a}\t7,727,400\t0`,
          '201\t13\t02一般行政管理事务\t1,019,700\t0\t1,019,700',
          '\t\t合计\t8,747,100\t7,727,400\t1,019,700',
        ].join('\n');
      expect(runRule(sumMismatch, rows('7,727,400')).findings).toEqual([]);
      const calcs = runRule(sumMismatch, rows('7,772,400')).findings.flatMap((f) => f.calculation!.split('；'));
      expect(calcs).toContain('7,772,400 + 1,019,700 = 8792100 ≠ 8,747,100');
    });

    it('reads the 类 codes of a 科目编码 column read as two (合计 left-aligned, the codes centred: Calc), and checks the table', () => {
      const rows = (kuan: string): string =>
        [
          '单位：万元',
          '\t科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
          '合计\t\t\t30.00\t20.00\t10.00',
          '\t213\t农林水支出\t30.00\t20.00\t10.00',
          `\t21301\t农业农村\t${kuan}\t20.00\t10.00`,
          '\t2130101\t行政运行\t20.00\t20.00\t0.00',
          '\t2130102\t一般行政管理事务\t10.00\t0.00\t10.00',
        ].join('\n');
      const clean = runRule(sumMismatch, rows('30.00'));
      expect(clean.findings).toEqual([]);
      expect(clean.notChecked.some((n) => n.includes('混排'))).toBe(false);
      expect(runRule(sumMismatch, rows('31.00')).findings.length).toBeGreaterThan(0);
    });

    it('leaves a table with two rows of one code unchecked (a 项 code lost: levels unknown), saying so', () => {
      const text = [
        '金额单位：元',
        '类\t款\t科目名称\t本年支出合计',
        '201\t\t一般公共服务支出\t8,747,100',
        '201\t13\t商贸事务\t8,747,100',
        '201\t13\t行政运行\t7,727,400',
        '201\t13\t一般行政管理事务\t1,019,700',
      ].join('\n');
      const { findings, notChecked } = runRule(sumMismatch, text);
      expect(findings).toEqual([]);
      expect(notChecked.some((n) => n.includes('编码相同'))).toBe(true);
    });

    it('leaves a table holding an amount cut where its cell wrapped (11,471,43 | 4.66 apart) unchecked, saying so', () => {
      const text = (cut: string): string =>
        ['单位：元', '科目编码\t科目名称\t本年收入合计', '201\t一般公共服务支出\t11,471,434.66', `20103\t政府办公厅（室）及相关机构事务\t${cut}`, '2010301\t行政运行\t7,571,146.87', '2010350\t事业运行\t3,900,287.79'].join('\n');
      expect(runRule(sumMismatch, text('11,471,434.66')).findings).toEqual([]);
      // The cut amount would read as 1147143 against its 款: no finding, a note instead.
      const cut = runRule(sumMismatch, text('11,471,43'));
      expect(cut.findings).toEqual([]);
      expect(cut.notChecked.some((n) => n.includes('11,471,43'))).toBe(true);
      // A wrong amount written whole is still checked.
      expect(runRule(sumMismatch, text('11,417,434.66')).findings.length).toBeGreaterThan(0);
    });

    it('leaves a table unchecked whose amount lost its last digit to the next line (1,669.9 ⏎ 1) or whose wrapped label was not put back with its amount', () => {
      const text = (a: string, b: string): string =>
        ['单位：万元', '项目\t决算数', `一、一般公共预算财政拨款收入\t${a}`, ...(b ? [`\t${b}`] : []), '二、事业收入\t20.00', '三、其他收入\t10.00', '本年收入合计\t1,699.91'].join('\n');
      expect(runRule(sumMismatch, text('1,669.91', '')).findings).toEqual([]);
      const cut = runRule(sumMismatch, text('1,669.9', '1'));
      expect(cut.findings).toEqual([]);
      expect(cut.notChecked.some((n) => n.includes('1,669.9'))).toBe(true);
      // A wrong amount written whole is still checked.
      expect(runRule(sumMismatch, text('1,679.91', '')).findings.length).toBeGreaterThan(0);
      const label = (a: string): string =>
        ['单位：万元', '项目\t决算数', '一、社会保障和就业支\t', `\t${a}`, '出\t', '二、卫生健康支出\t19.08', '三、农林水支出\t1,507.69', '本年支出合计\t1,690.91'].join('\n');
      expect(runRule(sumMismatch, label('164.14')).findings).toEqual([]);
      // Amounts of a narrow column wrapped (1.7 ⏎ 2, 0.9 ⏎ 8) with no two-decimal amount left to compare with: the lost
      // digit alone under its amount.
      const narrow = ['单位：万元', '项目\t决算数', '合计\t1.7', '\t2', '基本支出\t0.9', '\t8', '项目支出\t0.74'].join('\n');
      expect(runRule(sumMismatch, narrow).findings).toEqual([]);
      expect(runRule(sumMismatch, narrow).notChecked.some((n) => n.includes('1.7'))).toBe(true);
      expect(runRule(sumMismatch, ['单位：万元', '项目\t决算数', '一、社会保障和就业支出\t108.91', '二、卫生健康支出\t19.08', '三、农林水支出\t1,507.69', '本年支出合计\t1,690.91'].join('\n')).findings.length).toBeGreaterThan(0);
    });

    it('leaves a table unchecked whose label column holds an amount (a piece continued on the next page read one column to the left)', () => {
      const rows = (last: string): string =>
        [
          '单位：万元',
          '类\t款\t项\t科目名称\t本年收入合计\t财政拨款收入',
          '208\t\t\t社会保障和就业支出\t753.74\t753.74',
          '\t05\t\t行政事业单位养老支出\t753.74\t753.74',
          '\t\t05\t机关事业单位基本养老保险缴费支出\t601.41\t601.41',
          '\t\t06 年金缴费支出\t152.33\t152.33\t',
          last,
        ].join('\n');
      const shifted = runRule(sumMismatch, rows('合计\t\t\t753.74\t753.74\t'));
      expect(shifted.findings).toEqual([]);
      expect(shifted.notChecked.some((n) => n.includes('未能完整读取'))).toBe(true);
      // The same table read in its columns is checked.
      const aligned = rows('合计\t\t\t\t753.84\t753.74').replace('\t\t06 年金缴费支出\t152.33\t152.33\t', '\t\t06\t年金缴费支出\t152.33\t152.33');
      expect(runRule(sumMismatch, aligned).findings.length).toBeGreaterThan(0);
      // An amount glued to its row label (cells set without padding: 社会保障和就业支出753.74 | | 753.74) likewise.
      const glued = aligned
        .replace('\t753.84\t', '\t943.80\t')
        .replace('\t\t06\t年金缴费支出\t152.33\t152.33', '\t\t06\t年金缴费支出\t152.33\t152.33\n210\t\t\t卫生健康支出190.06\t\t190.06\n\t11\t\t行政事业单位医疗\t190.06\t190.06\n\t\t02\t事业单位医疗\t190.06\t190.06');
      expect(runRule(sumMismatch, glued).findings).toEqual([]);
    });

    it('leaves a table unchecked where one cell holds two amounts (columns of a piece set in widths of its own read as one)', () => {
      const table = (a: string): string =>
        ['单位：元', '科目编码\t科目名称\t本年支出合计\t基本支出', '\t合计\t1,787,545.11\t1,494,219.40', '206\t科学技术支出\t1,448,011.17\t1,154,685.46', `210\t卫生健康支出\t${a}`, '221\t住房保障支出\t103,214.58\t103,214.58'].join('\n');
      const glued = runRule(sumMismatch, table('\t63,433.91 63,433.91'));
      expect(glued.findings).toEqual([]);
      expect(glued.notChecked.some((n) => n.includes('63,433.91 63,433.91'))).toBe(true);
      // The same row read in its columns is checked (206 + 210 + 221 = 1,614,659.66 ≠ 1,787,545.11).
      expect(runRule(sumMismatch, table('63,433.91\t63,433.91')).findings.length).toBeGreaterThan(0);
      // Look-alike: a note cell naming two amounts with words (预算 1,234.56 决算 1,200.00) is no glued pair.
      const note = table('63,433.91\t63,433.91').replace('基本支出', '基本支出\t备注').replace('206\t科学技术支出\t1,448,011.17\t1,154,685.46', '206\t科学技术支出\t1,448,011.17\t1,154,685.46\t预算 1,234.56 决算 1,200.00');
      expect(runRule(sumMismatch, note).notChecked.filter((n) => n.includes('1,234.56'))).toEqual([]);
      expect(runRule(sumMismatch, note).findings.length).toBeGreaterThan(0);
    });

    it('leaves a table unchecked with a row whose total column is blank while its parts hold amounts (cells read one column off)', () => {
      const table = (row: string): string =>
        [
          '单位：万元',
          '类\t款\t项\t科目名称\t年初预算数小计\t年初预算数基本支出\t年初预算数项目支出\t决算数小计\t决算数基本支出\t决算数项目支出',
          '\t\t\t合计\t100.00\t60.00\t40.00\t110.00\t60.00\t50.00',
          '204\t\t\t公共安全支出\t53.28\t13.28\t40.00\t63.28\t13.28\t50.00',
          row,
        ].join('\n');
      const off = runRule(sumMismatch, table('208\t\t\t社会保障和就业支出\t\t\t46.72\t46.72\t46.72\t46.72'));
      expect(off.findings).toEqual([]);
      expect(off.notChecked.some((n) => n.includes('社会保障和就业支出') && n.includes('合计列为空'))).toBe(true);
      // Look-alike: the same row in its columns (blank 项目支出) is checked, and a wrong 小计 found.
      const aligned = runRule(sumMismatch, table('208\t\t\t社会保障和就业支出\t46.72\t46.72\t\t45.72\t46.72\t'));
      expect(aligned.notChecked.filter((n) => n.includes('合计列为空'))).toEqual([]);
      expect(aligned.findings.length).toBeGreaterThan(0);
    });

    it('leaves a table unchecked whose header cell ends in an amount (an amount wrapped in its cell read among the header lines)', () => {
      const table = (head: string, project: string): string =>
        [
          '单位：元',
          `类\t款\t项\t科目名称\t本年支出合计\t基本支出\t${head}`,
          `\t\t\t合计\t7591220.45\t4661822.06\t${project}`,
          '208\t\t\t社会保障和就业支出\t523543.74\t523543.74\t-',
          '210\t\t\t卫生健康支出\t200693.50\t200693.50\t-',
          '213\t\t\t农林水支出\t6866983.12\t3937584.82\t2929398.39',
        ].join('\n');
      const cut = runRule(sumMismatch, table('项目支出2929398.3', '9'));
      expect(cut.findings).toEqual([]);
      expect(cut.notChecked.some((n) => n.includes('项目支出2929398.3'))).toBe(true);
      // Look-alike: a header naming a year is no amount; the table is checked (213's 合计 is 6866983.21).
      expect(runRule(sumMismatch, table('2024年项目支出', '2929398.39')).findings.length).toBeGreaterThan(0);
    });

    it('leaves the column totals of a table unchecked whose rows go on right under it as words (a piece not set in its columns)', () => {
      const table = (after: string, project = '50.91'): string =>
        [
          '单位：万元',
          '类\t款\t项\t科目名称\t本年支出合计\t基本支出\t项目支出',
          '\t\t\t合计\t630.49\t511.88\t118.61',
          '204\t\t\t公共安全支出\t516.05\t397.44\t118.61',
          `\t06\t\t司法\t516.05\t397.44\t118.61`,
          '\t\t01\t行政运行\t397.44\t397.44\t',
          `\t\t04\t基层司法业务\t50.91\t\t${project}`,
          '\t\t05\t普法宣传\t67.70\t\t67.70',
          after,
        ].join('\n');
      const cut = runRule(sumMismatch, table('208 社会保障和就业支出 53.38 53.38\n05 行政事业单位养老支出 53.38 53.38'));
      expect(cut.findings).toEqual([]);
      expect(cut.notChecked.some((n) => n.includes('208 社会保障和就业支出') && n.includes('未能按列读出'))).toBe(true);
      // A row's own sum (合计 = 基本 + 项目) is still checked there.
      expect(runRule(sumMismatch, table('208 社会保障和就业支出 53.38 53.38', '51.91')).findings.some((f) => f.message.includes('51.91'))).toBe(true);
      // Look-alike: a sentence with amounts after the table (its note) leaves the totals checked.
      const note = runRule(sumMismatch, table('注：本年支出合计630.49万元，较上年增加12.30万元。'));
      expect(note.findings.length).toBeGreaterThan(0);
      expect(note.notChecked.filter((n) => n.includes('未能按列读出'))).toEqual([]);
    });

    it('reads one and two decimals side by side as written in a table that states no money unit (a score sheet’s 分值 5.1 beside 2.04)', () => {
      const sheet = (head: string): string =>
        [`指标\t${head}\t得分`, '在职人员控制率\t5.1\t5.1', '预算完成率\t2.04\t2.01', '结转结余率\t3.06\t3.06', '合计\t10.20\t10.17'].join('\n');
      expect(runRule(sumMismatch, sheet('分值')).notChecked.filter((n) => n.includes('5.1'))).toEqual([]);
      // The same column of amounts in a table of money (单位：万元) is an amount cut at its last digit: left unchecked.
      expect(runRule(sumMismatch, `单位：万元\n${sheet('决算数')}`).notChecked.some((n) => n.includes('5.1'))).toBe(true);
      // A money table's column of scores (自评得分 99.3 beside 97.27) holds no amount: the table is checked.
      const projects = ['表2 项目支出情况（单位：万元）', '序号\t项目名称\t决算数\t自评得分', '1\t培训\t11.57\t97.27', '2\t补助\t16.71\t99.3', '3\t建设\t4.55\t96.69', '\t合计\t32.83\t—'].join('\n');
      expect(runRule(sumMismatch, projects).notChecked.filter((n) => n.includes('99.3'))).toEqual([]);
    });

    it('takes a row number with a point (1. | 2. under 序号) for no cut amount: the table is still checked', () => {
      const text = (total: string): string => ['单位：万元', '序号\t项目\t决算数', '1.\t办公费\t10.00', '2.\t印刷费\t5.00', '12.\t邮电费\t1.00', `\t合计\t${total}`].join('\n');
      expect(runRule(sumMismatch, text('16.00')).findings).toEqual([]);
      const wrong = runRule(sumMismatch, text('17.00'));
      expect(wrong.findings.map((f) => f.calculation)).toEqual([expect.stringContaining('17.00')]);
      expect(wrong.notChecked.filter((n) => n.includes('未能完整读取'))).toEqual([]);
    });

    it('reads codes in columns each holding only its own level (201 | | , | 03 | , | | 01, | | | 50事业运行) from the rows above', () => {
      const rows = (a: string): string =>
        ['单位：万元', '类\t款\t项\t科目名称\t决算数', '201\t\t\t一般公共服务支出\t500.00', '\t03\t\t政府办公厅（室）及相关机构事务\t500.00', `\t\t01\t行政运行\t${a}`, '\t\t\t50事业运行\t200.00', '合计\t\t\t\t500.00'].join('\n');
      const good = runRule(sumMismatch, rows('300.00'));
      expect(good.findings).toEqual([]);
      expect(good.notChecked).toEqual([]);
      expect(runRule(sumMismatch, rows('310.00')).findings.map((f) => f.calculation)).toEqual(['310.00 + 200.00 = 510 ≠ 500.00']);
      // A 项 code centred between the two lines of a wrapped name (对村民委员会和村党支部 05的补助) is read as well.
      const wrapped = (a: string): string =>
        ['单位：万元', '类\t款\t项\t科目名称\t决算数', '213\t\t\t农林水支出\t500.00', '\t07\t\t农村综合改革\t500.00', `\t\t\t对村民委员会和村党支部 05的补助\t${a}`, '\t\t\t99其他农村综合改革支出\t200.00'].join('\n');
      expect(runRule(sumMismatch, wrapped('300.00')).notChecked).toEqual([]);
      expect(runRule(sumMismatch, wrapped('310.00')).findings.map((f) => f.calculation)).toEqual(['310.00 + 200.00 = 510 ≠ 500.00']);
    });

    it('reads 类 款 项 set close together in one cell (207 01 01) as one code', () => {
      const rows = (a: string): string =>
        ['单位：万元', '科目编码\t科目名称\t决算数', '207\t文化旅游体育与传媒支出\t500.00', '207 01\t文化和旅游\t500.00', `207 01 01\t行政运行\t${a}`, '207 01 09\t群众文化\t200.00'].join('\n');
      expect(runRule(sumMismatch, rows('300.00')).findings).toEqual([]);
      expect(runRule(sumMismatch, rows('310.00')).findings.map((f) => f.calculation)).toEqual(['310.00 + 200.00 = 510 ≠ 500.00']);
    });

    it('adds a 小计 under a group header (年初预算数 | 决算数, each 小计 | 基本支出 | 项目支出) to its own group only', () => {
      const row = (a: string): string => `2040601\t行政运行\t1,800,000.00\t1,800,000.00\t0.00\t1,862,400.00\t${a}\t1,862,400.00\t0.00`;
      const text = (a: string): string =>
        ['金额单位：元', '科目编码\t科目名称\t年初预算数小计\t年初预算数基本支出\t年初预算数项目支出\t全年预算数\t决算数小计\t决算数基本支出\t决算数项目支出', row(a)].join('\n');
      expect(runRule(sumMismatch, text('1,862,400.00')).findings).toEqual([]);
      expect(runRule(sumMismatch, text('1,826,400.00')).findings.map((f) => f.calculation)).toEqual(['1,862,400.00 + 0.00 = 1862400 ≠ 1,826,400.00']);
    });

    it('counts the rows a 其中 list runs on to without the word as sub-items, not as parts of the 合计', () => {
      const text = (jiedai: string): string =>
        ['金额单位：元', '项目\t预算数\t决算数', '合计\t60,000.00\t50,000.00', '因公出国（境）费\t0.00\t0.00', '公务用车购置及运行维护费\t45,000.00\t42,000.00', '其中：公务用车购置费\t0.00\t0.00', '公务用车运行维护费\t45,000.00\t42,000.00', `公务接待费\t15,000.00\t${jiedai}`].join('\n');
      expect(runRule(sumMismatch, text('8,000.00')).findings).toEqual([]);
      expect(runRule(sumMismatch, text('9,000.00')).findings.map((f) => f.calculation)).toEqual(['0.00 + 42,000.00 + 9,000.00 = 51000 ≠ 50,000.00']);
    });

    it('checks a 三公 table of one unlabelled row, 预算数 and 决算数 each 合计 | 因公出国 | 公务用车 小计 | 购置费 | 运行费 | 公务接待费', () => {
      const head = ['合计', '因公出国（境）费', '公务用车购置及运行费小计', '公务用车购置及运行费公务用车购置费', '公务用车购置及运行费公务用车运行费', '公务接待费'];
      const text = (total: string, vehicle: string): string =>
        ['单位：万元', [...head.map((h) => `预算数${h}`), ...head.map((h) => `决算数${h}`)].join('\t'), ['4.50', '0.00', '3.50', '0.00', '3.50', '1.00', total, '0.00', vehicle, '0.00', '3.28', '0.84'].join('\t')].join('\n');
      expect(runRule(sumMismatch, text('4.12', '3.28')).findings).toEqual([]);
      const wrongTotal = runRule(sumMismatch, text('4.21', '3.28')).findings;
      expect(wrongTotal.map((f) => f.calculation)).toEqual(['0.00 + 3.28 + 0.84 = 4.12 ≠ 4.21']);
      expect(wrongTotal[0]!.message).toBe('表1：决算数合计4.21，决算数因公出国（境）费与决算数公务用车购置及运行费小计与决算数公务接待费之和为4.12');
      // The inner group's 小计 against its own members.
      expect(runRule(sumMismatch, text('4.12', '3.82')).findings.flatMap((f) => f.calculation!.split('；'))).toContain('0.00 + 3.28 = 3.28 ≠ 3.82');
    });

    describe('one wrong cell breaking several sums (cascade)', () => {
      const table = (xiang: string[], kuanTotal = '500.00'): string =>
        [
          '单位：万元',
          '科目编码\t科目名称\t合计\t基本支出\t项目支出',
          '合计\t\t500.00\t200.00\t300.00',
          `201\t一般公共服务支出\t500.00\t200.00\t300.00`,
          `20101\t人大事务\t${kuanTotal}\t200.00\t300.00`,
          ...xiang,
        ].join('\n');
      const ok = ['2010101\t行政运行\t200.00\t200.00\t0.00', '2010102\t一般行政管理事务\t300.00\t0.00\t300.00'];

      it('reports one finding on the cell that breaks its row and its 款’s column, with the value that makes both agree', () => {
        expect(runRule(sumMismatch, table(ok)).findings).toEqual([]);
        const swapped = ['2010101\t行政运行\t200.00\t200.00\t0.00', '2010102\t一般行政管理事务\t300.00\t0.00\t30.00'];
        const { findings } = runRule(sumMismatch, table(swapped));
        expect(findings).toHaveLength(1);
        expect(findings[0]!.severity).toBe('error');
        expect(findings[0]!.message).toMatch(/^表1“2010102一般行政管理事务”行“项目支出”列的30\.00使2处合计不符，改为300\.00则各处均相符/);
        expect(findings[0]!.locus).toBe('cell');
        expect(findings[0]!.evidence[0]!.quote).toBe('30.00');
        // 20101's 项目支出 column and 2010102's row, each 0.00 + 30.00 against 300.00.
        expect(findings[0]!.calculation).toBe('0.00 + 30.00 = 30 ≠ 300.00；0.00 + 30.00 = 30 ≠ 300.00');
      });

      it('reports a miss of the same amount in several columns of one 款 once, on that row', () => {
        // 2010102 written 280.00 in 合计 and 项目支出: its own row adds up, its 款 misses 20.00 in both columns.
        const low = ['2010101\t行政运行\t200.00\t200.00\t0.00', '2010102\t一般行政管理事务\t280.00\t0.00\t280.00'];
        const { findings } = runRule(sumMismatch, table(low));
        expect(findings.map((f) => f.message)).toEqual(['表1“20101人大事务”行在“合计”“项目支出”2列均比其下各行之和多20.00：疑其下某一行在这些列同错20.00，或少列、多列一行']);
      });

      it('keeps the sums apart when the shared cell also stands in a sum that agrees (changing it would break that one)', () => {
        // 20101 合计 480.00 fails its row (200 + 300) and its 项 (200 + 300), both wanting 500.00 — but the 类 201
        // (480.00 + 100.00 = 580.00) agrees with it as it stands: the 类 may have been copied from it, no single cell.
        const text = [
          '单位：万元',
          '科目编码\t科目名称\t合计\t基本支出\t项目支出',
          '201\t一般公共服务支出\t580.00\t300.00\t300.00',
          '20101\t人大事务\t480.00\t200.00\t300.00',
          '2010101\t行政运行\t200.00\t200.00\t0.00',
          '2010102\t一般行政管理事务\t300.00\t0.00\t300.00',
          '20102\t政协事务\t100.00\t100.00\t0.00',
          '2010201\t行政运行\t100.00\t100.00\t0.00',
        ].join('\n');
        const { findings } = runRule(sumMismatch, text);
        expect(findings.filter((f) => f.evidence[0]!.quote === '480.00')).toHaveLength(2);
        expect(findings.some((f) => f.message.includes('各处均相符'))).toBe(false);
      });
    });

    describe('comparison columns (上年, 比上年增减额, 增减率) beside 合计 | 基本支出 | 项目支出', () => {
      it('adds only 基本支出 + 项目支出 when change columns follow the parts, and still finds a row that does not add up', () => {
        const table = (basic: string): string =>
          [
            '金额单位：元',
            '科目编码\t科目名称\t上年决算数\t年初预算数\t决算数合计\t基本支出\t项目支出\t比上年增减额\t增减率（%）',
            `合计\t\t5,000,000.00\t5,300,000.00\t5,200,000.00\t${basic}\t1,800,000.00\t200,000.00\t4.00`,
            '212\t城乡社区支出\t5,000,000.00\t5,300,000.00\t5,200,000.00\t3,400,000.00\t1,800,000.00\t200,000.00\t4.00',
            '21201\t城乡社区管理事务\t5,000,000.00\t5,300,000.00\t5,200,000.00\t3,400,000.00\t1,800,000.00\t200,000.00\t4.00',
            '2120101\t行政运行\t3,300,000.00\t3,500,000.00\t3,400,000.00\t3,400,000.00\t0.00\t100,000.00\t3.03',
            '2120106\t工程建设管理\t1,700,000.00\t1,800,000.00\t1,800,000.00\t0.00\t1,800,000.00\t100,000.00\t5.88',
          ].join('\n');
        expect(runRule(sumMismatch, table('3,400,000.00')).findings).toEqual([]);
        // The 合计 row's 基本支出 written 3,300,000.00: its row (and its column) no longer add up.
        const { findings } = runRule(sumMismatch, table('3,300,000.00'));
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.flatMap((f) => f.calculation!.split('；'))).toContain('3,300,000.00 + 1,800,000.00 = 5100000 ≠ 5,200,000.00');
        expect(findings.some((f) => f.calculation!.includes('200,000.00 ='))).toBe(false);
      });

      it('does not add a 上年 block of its own (上年合计 | 上年基本支出 | 上年项目支出) to this year’s 合计, and checks that block by itself', () => {
        const table = (lastYear: string): string =>
          [
            '单位：万元',
            '项目\t合计\t基本支出\t项目支出\t上年合计\t上年基本支出\t上年项目支出',
            `甲\t100.00\t60.00\t40.00\t${lastYear}\t50.00\t40.00`,
            '乙\t50.00\t20.00\t30.00\t45.00\t15.00\t30.00',
          ].join('\n');
        expect(runRule(sumMismatch, table('90.00')).findings).toEqual([]);
        expect(runRule(sumMismatch, table('95.00')).findings.map((f) => f.calculation)).toEqual(['50.00 + 40.00 = 90 ≠ 95.00']);
      });

      it('adds this year’s 合计 after a 上年支出合计 column, not the 上年 one', () => {
        const table = (total: string): string =>
          ['单位：万元', '项目\t上年支出合计\t本年支出合计\t基本支出\t项目支出', `甲\t90.00\t${total}\t60.00\t40.00`, '乙\t45.00\t50.00\t20.00\t30.00'].join('\n');
        expect(runRule(sumMismatch, table('100.00')).findings).toEqual([]);
        expect(runRule(sumMismatch, table('110.00')).findings.map((f) => f.calculation)).toEqual(['60.00 + 40.00 = 100 ≠ 110.00']);
      });

      it('does not add a column of another budget phase (年初预算数, 年初预算小计 | 基本支出 | 项目支出) to 决算数合计', () => {
        const one = (total: string): string =>
          ['单位：万元', '项目\t决算数合计\t基本支出\t项目支出\t年初预算数', `甲\t${total}\t60.00\t40.00\t120.00`, '乙\t50.00\t20.00\t30.00\t55.00'].join('\n');
        expect(runRule(sumMismatch, one('100.00')).findings).toEqual([]);
        expect(runRule(sumMismatch, one('110.00')).findings.map((f) => f.calculation)).toEqual(['60.00 + 40.00 = 100 ≠ 110.00']);
        const block = ['单位：万元', '项目\t决算数合计\t基本支出\t项目支出\t年初预算小计\t年初预算基本支出\t年初预算项目支出', '甲\t100.00\t60.00\t40.00\t120.00\t70.00\t50.00', '乙\t50.00\t20.00\t30.00\t55.00\t25.00\t30.00'].join('\n');
        expect(runRule(sumMismatch, block).findings).toEqual([]);
      });

      it('says the row sums are not checked when a comparison column stands among the parts', () => {
        const text = ['单位：万元', '项目\t合计\t比上年增减\t基本支出\t项目支出', '甲\t100.00\t10.00\t60.00\t40.00', '乙\t50.00\t-5.00\t20.00\t35.00'].join('\n');
        const { findings, notChecked } = runRule(sumMismatch, text);
        expect(findings).toEqual([]);
        expect(notChecked.some((n) => n.includes('比较列与分项列交错'))).toBe(true);
      });

      it('says the row sums are not checked when an untitled column stands among the parts (a two-row header read elsewhere)', () => {
        // A 三公 table printed by LibreOffice Writer from HTML (690–697): the spanning header's second row (小计 |
        // 购置费 | 运行费) set inside the first data row, the cells under 公务用车购置及运行费 and 公务接待费 shifted.
        const text = [
          '单位：万元',
          '项目\t合计\t因公出国（境）费\t\t公务用车购置及运行费\t\t公务接待费\t\t',
          '年初预算数\t9.92\t\t小计\t公务用车购置费\t公务用车运行费\t8.65\t8.65\t1.27',
          '决算数\t9.07\t\t8.01\t\t8.01\t1.06\t\t',
        ].join('\n');
        const { findings, notChecked } = runRule(sumMismatch, text);
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(notChecked.some((n) => n.includes('没有列标题'))).toBe(true);
        // Look-alike: every part titled, the same sums are checked.
        const titled = ['单位：万元', '项目\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费', '年初预算数\t9.92\t0.00\t8.65\t1.27', '决算数\t9.07\t0.00\t8.01\t2.06'].join('\n');
        expect(runRule(sumMismatch, titled).findings.map((f) => f.calculation)).toEqual(['0.00 + 8.01 + 2.06 = 10.07 ≠ 9.07']);
      });
    });

    it('does not add up a column of rates (决算数占全年预算数%)', () => {
      const text = ['单位：万元', '科目编码\t科目名称\t全年预算数\t决算数\t决算数占全年预算数%', '210\t卫生健康支出\t2345.57\t2326.97\t99.21', '21001\t卫生健康管理事务\t404.72\t404.72\t100.00', '21004\t公共卫生\t1940.85\t1922.25\t99.04'].join('\n');
      expect(runRule(sumMismatch, text).findings).toEqual([]);
    });

    it('leaves a row with a blank part unchecked when no row of the document shows that a blank is zero', () => {
      const text = ['单位：万元', '项目\t合计\t基本支出\t项目支出', '甲\t10.00\t\t12.00', '乙\t5.00\t5.00\t'].join('\n');
      expect(runRule(sumMismatch, text).findings).toEqual([]);
    });
  });

  it('reads a 其中 in brackets as a subset of the figure before the bracket, never as a complete list', () => {
    expect(runRule(sumMismatch, '国内公务接待共312批次，4228人次（其中外事接待0人次）。').findings).toEqual([]);
    const text = '本年收入合计1000万元；包括财政拨款收入900万元（其中，一般公共预算800万元，政府性基金预算100万元），占90%；其他收入100万元，占10%。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('does not add counts of other nouns or overlapping 有N个 subsets', () => {
    const text = '共有50个部门公开了预算，其中，有40个部门公开了60个项目的文本；有45个部门公开了70个项目的绩效目标。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('does not read a 其中 that opens with counts as a breakdown of the amount before it', () => {
    const text = '“三公”经费决算数300万元。其中：公务接待费100万元，其中：国内公务接待400批次，3000人次；公务用车购置及运行维护费200万元（其中：购置费20万元、运行维护费180万元）。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
  });

  it('ends a 其中 list at an amount added to the total (加上…) and reads a ；-clause\'s second amount with a bare word as the item\'s change', () => {
    const added = '政府性基金预算收入完成100亿元。其中：土地出让收入完成90亿元，同比增长8%。加上转移性收入30亿元，收入合计130亿元。';
    expect(runRule(sumMismatch, added).findings).toEqual([]);
    const changes = '“三公”经费支出合计30亿元。其中，因公出国（境）费3亿元，镌汰4亿元；公务用车购置及运行费25亿元，镌汰20亿元；公务接待费2亿元，镌汰2亿元。';
    expect(runRule(sumMismatch, changes).findings).toEqual([]);
    const wrong = '“三公”经费支出合计31亿元。其中，因公出国（境）费3亿元，镌汰4亿元；公务用车购置及运行费25亿元，镌汰20亿元；公务接待费2亿元，镌汰2亿元。';
    expect(runRule(sumMismatch, wrong).findings.map((f) => f.calculation)).toEqual(['3 + 25 + 2 = 30 ≠ 31']);
  });

  it('gives no 提示 for a 其中 list the text calls partial (N项…占) or that names some functional classes only', () => {
    const info = (t: string) => runRule(sumMismatch, t).findings.map((f) => f.shape);
    // Invented figures. The two items are said to take most of the total together.
    const two = (tail: string) => `本年“三公”经费预算为300万元。其中因公出国（境）费150万元、公务用车购置及运行费100万元${tail}。`;
    expect(info(two('，这两项约占总数的八成'))).toEqual([]);
    expect(info(two(''))).toEqual(['list-partial']);
    // Four 类 of the functional classification of a larger 民生支出: the other classes hold the rest.
    const classes = (last: string) => `全县民生支出40亿元。其中，教育支出12亿元，社会保障和就业支出10亿元，卫生健康支出6亿元，${last}5亿元。`;
    expect(info(classes('住房保障支出'))).toEqual([]);
    expect(info(classes('民生工程专项资金'))).toEqual(['list-partial']);
    // A 其中 opening a bracket notes a subset of the amount before it.
    const bracket = (open: string, close: string) => `共投入资金500万元${open}其中省级补助200万元、县级补助100万元${close}。`;
    expect(info(bracket('（', '）'))).toEqual([]);
    expect(info(bracket('，', ''))).toEqual(['list-partial']);
  });

  it('reads the short-named amounts of a 、-list inside a ；-clause as items, not as the first item\'s change', () => {
    // Invented counts: the 、-list makes the total; the amount after ； is a subset of another kind.
    const text = (total: string) => `年末在职职工${total}人，其中行政60人、事业30人、工勤5人；具有中级以上职称的职工70人。`;
    expect(runRule(sumMismatch, text('95')).findings).toEqual([]);
    // A total the items do not make is still reported (the subset after ； then stays in the list, as before).
    expect(runRule(sumMismatch, text('97')).findings.map((f) => f.calculation)).toEqual([expect.stringMatching(/^60 \+ 30 \+ 5 \+/)]);
  });

  it('checks a change against the two years\' amounts stated just before it', () => {
    const wrong = '其中：1、公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元。';
    expect(runRule(sumMismatch, wrong).findings.map((f) => f.calculation)).toEqual(['|8 − 12.5| = 4.5 ≠ 4.35']);
    expect(runRule(sumMismatch, '公务车辆运行2016年预算25万元，2015年预算45.2万元；对比减少20.20万元。').findings).toEqual([]);
    // One year only: the two amounts may be budget and final of the same year.
    expect(runRule(sumMismatch, '2016年预算8万元，决算12.5万元，减少4.35万元。').findings).toEqual([]);
  });

  it('ends a 其中 list at a closing 合计/总计 or at the sibling of its total, and takes no average for a total', () => {
    const closing = '本级收入5.25亿元，加上转移性收入38.18亿元，其中：税收返还收入4650万元、转移支付收入26.16亿元、调入资金2.5亿元、债务转贷收入5.55亿元、动用预算稳定调节基金3.505亿元，收入合计43.43亿元。';
    expect(runRule(sumMismatch, closing).findings).toEqual([]);
    // The parts before the closing total are still added: a shortfall is still reported.
    const short = closing.replace('调入资金2.5亿元', '调入资金1.5亿元');
    expect(runRule(sumMismatch, short).findings.map((f) => f.calculation)).toEqual(['4650万元 + 26.16亿元 + 1.5亿元 + 5.55亿元 + 3.505亿元 = 37.18亿元 ≠ 38.18亿元']);
    const sibling = '2017年部门经费预算7464053元，基本支出4566793元，其中工资福利支出3265013元，商品和服务支出843942元，对个人和家庭补助支出457838元；项目支出2897260元。';
    expect(runRule(sumMismatch, sibling).findings).toEqual([]);
    const average = '东部地区拥有16所部属高校，平均总收入为36.9亿元，位列各地区之首。其中浙江大学是东部领头羊，收入高达110亿元。';
    expect(runRule(sumMismatch, average).findings).toEqual([]);
  });

  it('ends a 其中 list at the total after a change stated in it (调减 …, 全年实际下达 the net)', () => {
    const text = '补助资金下达我区111万元，其中救助资金100万元，保障金11万元，调减40万元，全年实际下达71万元，已全额发放。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Parts that do not make the total are still reported when no net follows.
    expect(runRule(sumMismatch, text.replace('保障金11万元', '保障金12万元')).findings).toHaveLength(1);
  });

  it('reads a pipe table whose header follows a caption row, and checks a 0 row whose 其中（1）（2） sub-items are not 0', () => {
    const table = (car: string) =>
      ['某局“三公”经费情况统计表 | ||', '? | 单位:万元 | |', '项 目 | 本年预算数 | 其中:财政拨款 |', '合 计 | 34.35 | 34.35 |', '1.因公出国(境)费用 | 0 | 0 |', '2.公务接待费 | 1.70 | 1.70 |', `3.公务用车费 | ${car} | ${car} |`, '其中:(1)公务用车运行维护费 | 32.65 | 32.65 |', '(2)公务用车购置 | 0 | 0 |', ''].join('\n');
    expect(runRule(sumMismatch, table('0')).findings.length).toBeGreaterThan(0);
    expect(runRule(sumMismatch, table('32.65')).findings).toEqual([]);
  });

  describe('三公 tables whose group names were read in another order (one row of 预算数 and 决算数 groups; transposed)', () => {
    it('adds 合计 = 出国 + 公务用车 + 接待 and 小计 = 购置 + 运行 by the endings of the headers, a blank counting as zero where the rows show it', () => {
      const transposed = (total: string): string =>
        ['单位：万元', '项目\t合计\t因公出国（境）费\t公务用车购置及运行费小计\t公务用车购置及运行费公务用车购置费\t公务用车运行费\t公务接待费', '预算数\t3.10\t\t2.50\t\t2.50\t0.60', `决算数\t${total}\t\t2.36\t\t2.36\t0.47`].join('\n');
      expect(runRule(sumMismatch, transposed('2.83')).findings).toEqual([]);
      const wrong = runRule(sumMismatch, transposed('3.13')).findings;
      expect(wrong.map((f) => f.evidence[0]!.quote)).toEqual(['3.13']);
      expect(wrong[0]!.calculation).toContain('2.83');
    });

    it('checks both groups of a one-row table of twelve columns', () => {
      const oneRow = (spent: string): string =>
        [
          '单位：元',
          '合计\t因公出国（境）费\t公务用车购置及运行费预算数小计\t预算数公务用车购置费\t预算数公务用车运行费\t公务接待费\t合计\t因公出国（境）费\t决算数小计\t决算数公务用车购置费\t决算数公务用车运行费\t公务接待费',
          `29,000.00\t\t23,000.00\t\t23,000.00\t6,000.00\t${spent}\t\t21,400.00\t\t21,400.00\t4,900.00`,
        ].join('\n');
      expect(runRule(sumMismatch, oneRow('26,300.00')).findings).toEqual([]);
      expect(runRule(sumMismatch, oneRow('27,300.00')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['27,300.00']);
    });
  });

  it('adds no row counting things (公务用车保有量（辆）) into a column’s 合计', () => {
    const table = (count: string): string =>
      ['单位：万元', '项目\t预算数\t决算数', '合计\t28.00\t26.96', '因公出国（境）费\t0.00\t0.00', '公务用车购置及运行费\t27.40\t26.49', '公务接待费\t0.60\t0.47', `公务用车保有量${count}\t\t5`].join('\n');
    expect(runRule(sumMismatch, table('（辆）')).findings).toEqual([]);
    // Without its unit the row is read as a part, as before.
    expect(runRule(sumMismatch, table('')).findings).toHaveLength(1);
  });
});

describe('sum-mismatch on a 收支总表 half with several total rows', () => {
  const half = (income: string, total: string): string =>
    [
      '单位：万元',
      '收入项目\t决算数',
      `一、一般公共预算财政拨款收入\t${income}`,
      '二、其他收入\t10.00',
      '本年收入合计\t110.00',
      '使用非财政拨款结余\t0.00',
      '年初结转和结余\t5.00',
      `总计\t${total}`,
    ].join('\n');

  it('checks 本年收入合计 against the rows above it and 总计 against 本年收入合计 plus the rows between', () => {
    expect(runRule(sumMismatch, half('100.00', '115.00')).findings).toEqual([]);
    expect(runRule(sumMismatch, half('90.00', '115.00')).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(sumMismatch, half('100.00', '125.00')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('starts over after a 总计 (the 支出 half stacked under the 收入 half) and leaves rows named twice unchecked', () => {
    const stacked = [half('100.00', '115.00'), '一、一般公共服务支出\t80.00', '二、教育支出\t35.00', '本年支出合计\t115.00', '支出总计\t115.00'].join('\n');
    expect(runRule(sumMismatch, stacked).findings).toEqual([]);
    const brokenDown = half('100.00', '115.00').replace('年初结转和结余\t5.00', '年初结转和结余\t5.00\n一般公共预算财政拨款收入\t5.00');
    expect(runRule(sumMismatch, brokenDown).findings).toEqual([]);
  });

  it('reads unnumbered rows under a numbered one (一、…支出 ⏎ 教育支出 ⏎ 卫生健康支出 ⏎ 二、…) as its breakdown, not as parts of the total (audit-pdf 600–606)', () => {
    // The 支出 half of a 财政拨款收入支出决算总表 as Chromium, Writer and Calc printed it in audit-pdf 600–606.
    const spending = (first: string, health: string, total: string): string =>
      [
        '单位：万元',
        '支出项目\t决算数',
        `一、一般公共预算财政拨款支出\t${first}`,
        '教育支出\t7,198.29',
        '社会保障和就业支出\t680.71',
        `卫生健康支出\t${health}`,
        '二、政府性基金预算财政拨款支出\t0.00',
        '三、国有资本经营预算财政拨款支出\t0.00',
        `本年支出合计\t${total}`,
        '年末财政拨款结转和结余\t0.00',
        `总计\t${total}`,
      ].join('\n');
    expect(runRule(sumMismatch, spending('8,147.91', '268.91', '8,147.91')).findings).toEqual([]);
    // A 类 row that does not add up to its numbered row is reported against that row; the total against the numbered rows.
    expect(runRule(sumMismatch, spending('8,147.91', '278.91', '8,147.91')).findings.map((f) => f.calculation)).toEqual(['7,198.29 + 680.71 + 278.91 = 8157.91 ≠ 8,147.91']);
    expect(runRule(sumMismatch, spending('8,147.91', '268.91', '8,157.91')).findings.length).toBeGreaterThan(0);
    // Numbering out of order, or an unnumbered row first: read as before (every row a part of the total).
    const unordered = spending('8,147.91', '268.91', '8,147.91').replace('二、政府性', '三、政府性');
    expect(runRule(sumMismatch, unordered).findings.map((f) => f.severity)).toEqual(['error']);
  });
  it('splits a list that repeats the names of the amounts before 其中 into one breakdown per name (parallel groups)', () => {
    const text = (a: string, b: string): string =>
      `全年受理${a}，申报金额12.50亿元，核定金额10.20亿元，核减2.30亿元，其中新建项目申报金额8.00亿元，核定金额6.70亿元，改建项目申报金额4.50亿元，核定金额${b}亿元。`;
    // Each name's amounts add up to the amount of that name: nothing to report (all four added are no breakdown).
    expect(runRule(sumMismatch, text('40件', '3.50')).findings).toEqual([]);
    expect(runRule(sumMismatch, '本年度送检样品，检测费用合计：预算数90万元，执行数84万元，其中一季度预算数40万元，执行数38万元，二季度预算数50万元，执行数46万元。').findings).toEqual([]);
    // A group that does not add up is reported against its own name.
    expect(runRule(sumMismatch, text('40件', '3.90')).findings.map((f) => f.calculation)).toEqual(['6.70 + 3.90 = 10.6 ≠ 10.20']);
  });

  it('ends the list at an amount equal to the total once the parts already make it (the whole restated)', () => {
    expect(runRule(sumMismatch, '工程批复投资80万元，其中省级补助资金50万元，市级配套资金30万元，当年到位资金80万元。').findings).toEqual([]);
    expect(runRule(sumMismatch, '课题经费总额12.4万元，其中：设备费7.4万元；劳务费5万元；已拨付经费12.4万元。').findings).toEqual([]);
    // Parts that do not make the total are still reported.
    expect(runRule(sumMismatch, '工程批复投资80万元，其中省级补助资金50万元，市级配套资金35万元，当年到位资金80万元。').findings).not.toEqual([]);
  });

  it('does not check a list whose parts make exactly another amount stated before under another name', () => {
    const table = '年度资金总额\n\n620.5万元\n\n按来源分:\n\n其中: 财政拨款:420.5万元\n\n其中:人员支出:300万元\n\n公用支出:320.5万元\n\n其他资金:200万元\n';
    expect(runRule(sumMismatch, table).findings).toEqual([]);
    const prose = '项目计划投资95万元。资金来源中，自筹资金35万元，其中：设备购置60万元，安装调试35万元。';
    expect(runRule(sumMismatch, prose).findings).toEqual([]);
    // The same name stated with the sum: the total is the slip, still reported.
    const same = '基本支出预算881.30万元。…本年基本支出911.00万元，其中：人员经费809.96万元，公用经费71.34万元。';
    expect(runRule(sumMismatch, same).findings).toHaveLength(1);
  });
});

describe('sum-mismatch: a change against the two years’ amounts stated in other sentences', () => {
  const found = (t: string): string[] => runRule(sumMismatch, t).findings.map((f) => f.calculation ?? '');
  it('reports a change that is not the difference of the amounts the text states for the year and the year before', () => {
    const a = '某局2023年度部门决算\n2023年部门支出合计为500.00万元，主要用于人员和公用经费。\n2022年部门支出合计为450.00万元。\n2023年部门支出合计较上年增加80.00万元，主要是新增项目。';
    expect(found(a)).toHaveLength(1);
    const b = '某中心2021年度决算\n一、机关运行经费\n2021年的机关运行经费决算数为35.2万元。2020年的机关运行经费决算数为30.1万元。\n2021年机关运行经费相较于上年增加6.1万元，原因是办公用房维修。';
    expect(found(b)).toHaveLength(1);
  });
  it('says nothing when the change fits, a year has two amounts, the change names no year or another item', () => {
    const base = '某局2023年度部门决算\n2023年部门支出合计为500.00万元。\n2022年部门支出合计为450.00万元。\n';
    expect(found(`${base}2023年部门支出合计较上年增加50.00万元。`)).toEqual([]);
    expect(found(`${base}2022年部门支出合计预算为460.00万元。\n2023年部门支出合计较上年增加80.00万元。`)).toEqual([]);
    expect(found(`${base}部门支出合计较上年增加80.00万元。`)).toEqual([]);
    expect(found(`${base}2023年项目支出较上年增加80.00万元。`)).toEqual([]);
  });
  it('reads the place before an item as the report’s own and a narrower scope (县直…) as another item', () => {
    const county = '青山县财政局2023年度部门决算\n一、三公经费情况\n青山县2023年“三公”经费决算数为300万元。2022年“三公”经费决算数为260万元。\n2023年县直单位“三公”经费决算数为120万元。\n2023年“三公”经费决算数较上年增加60万元。';
    expect(found(county)).toEqual(['300 − 260 = 40 ≠ 60']);
    expect(found(county.replace('增加60万元', '增加40万元'))).toEqual([]);
  });
  it('reads a part of a 其中 list under a year’s total as that year’s amount, and a change naming no year as its paragraph’s', () => {
    // The 三公 note of a budget: this year's budget and last year's 决算 each broken down, then the changes of the parts.
    const text = (change: string): string =>
      `某局2022年“三公”经费预算\n2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.80万元，公务用车运行费用10万元。\n2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。\n2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少${change}万元。公务用车运行费用较上年同期增加2.27万元。`;
    expect(found(text('0.69'))).toEqual(['11.8 − 12.39 = −0.59 ≠ 0.69']);
    // Look-alikes: the change fits, or lies within the rounding of the three figures (0.58 against 0.59).
    expect(found(text('0.59'))).toEqual([]);
    expect(found(text('0.58'))).toEqual([]);
    // A change naming no year in a paragraph with no change naming its year: no year, nothing read.
    const noAnchor = text('0.69').replace('2022年度“三公”经费预算较2021年度增加1.68万元，其中', '');
    expect(found(noAnchor)).toEqual([]);
    // A paragraph of its own: the year of another paragraph's change is not carried over.
    expect(found(text('0.69').replace('，其中公务接待', '。\n公务接待'))).toEqual([]);
  });
  it('checks the amount of a last clause opening with 共计 / 合计 against the listed parts that already make the 其中 total', () => {
    const text = (sum: string): string => `本工程概算总投资90万元。其中：省级补助资金50万元，市级配套资金40万元，共计拨付${sum}万元。`;
    expect(runRule(sumMismatch, text('95')).findings.map((f) => f.calculation)).toEqual(['50 + 40 = 90 ≠ 95']);
    expect(runRule(sumMismatch, '全年培训经费12.5万元，其中：师资费7.5万元；场地费5万元；合计支出13.5万元。').findings.map((f) => f.severity)).toEqual(['error']);
    // A closing amount that agrees, or one named as another total (收入合计), says nothing.
    expect(runRule(sumMismatch, text('90')).findings).toEqual([]);
    expect(runRule(sumMismatch, '本工程概算总投资90万元。其中：省级补助资金50万元，市级配套资金40万元，收入合计95万元。').findings).toEqual([]);
  });
});

describe('sum-mismatch: 小计 groups of a second header row whose spanning cells were lost', () => {
  const table = (a: string, b: string): string =>
    `2018年中职学校国家助学金和免学费补助资金安排表 | |||||||\n单位:元 | |||||||\n单 位 | 全年中央补助资金 | 其中:免学费补助 | 其中:国家助学金 | ||||\n小计 | 提前下达 | 本次下达 | 小计 | 提前下达 | 本次下达 | ||\n甲市中等职业技术学校 | 7,548,150 | 7,074,550 | 6,728,925 | 345,625 | ${a} | ${b} | 59,200 |\n`;
  it('reads the header over the last cells of the row and checks each 小计 against the cells of its group', () => {
    expect(runRule(sumMismatch, table('473,600', '441,400')).findings.map((f) => f.calculation)).toEqual(['441,400 + 59,200 = 500,600 ≠ 473,600']);
  });
  it('says nothing when the groups add up, when no group of the row bears the alignment out, or when a cell is no amount', () => {
    expect(runRule(sumMismatch, table('473,600', '414,400')).findings).toEqual([]);
    // Both groups fail: the header may stand elsewhere than over the last cells — nothing is read.
    expect(runRule(sumMismatch, table('473,600', '441,400').replace('6,728,925', '6,728,000')).findings).toEqual([]);
    expect(runRule(sumMismatch, table('473,600', '441,400').replace('59,200', '—')).findings).toEqual([]);
    // A header of other words (no 小计 opening it) is no group header.
    expect(runRule(sumMismatch, table('473,600', '441,400').replace(/小计/g, '金额')).findings).toEqual([]);
  });
});

describe('sum-mismatch: a table without a header', () => {
  it('reads nothing from a table whose first row holds an amount (its header lost): that row is no column name', () => {
    // The lower rows of a two-sided 总表 read apart from it: read as the header, 本年支出合计's amount became a column
    // name and 总计 was compared with the rows below it only.
    const body = '本年支出合计\t\t19,184,248.85\n结余分配\t\t0.00\n年末结转和结余\t\t126,500.00\n\t总计\t19,310,748.85';
    expect(runRule(sumMismatch, `单位：元\n${body}`).findings).toEqual([]);
    // Look-alike: a table under its header is summed as before, a wrong 合计 found.
    const coded = (total: string): string =>
      `单位：万元\n科目编码\t科目名称\t年初预算数\t决算数\n\t合计\t30.00\t${total}\n201\t一般公共服务支出\t10.00\t10.00\n20101\t人大事务\t10.00\t10.00\n205\t教育支出\t20.00\t20.00\n20501\t教育管理事务\t20.00\t20.00`;
    expect(runRule(sumMismatch, coded('30.00')).findings).toEqual([]);
    expect(runRule(sumMismatch, coded('31.00')).findings.map((f) => f.message)).toEqual(['表1“决算数”列：合计31.00，各行之和为30']);
  });
});

describe('sum-mismatch: a code cell naming several codes of one level (301/303 人员经费)', () => {
  it('adds the items of every code the row names, so that 301/303 is checked against the 301 and the 303 items', () => {
    const table = (persons: string, joiner = '/'): string =>
      `单位：元\n科目编码\t科目名称\t决算数\n\t合计\t1,000.00\n301${joiner}303\t人员经费\t${persons}\n30101\t基本工资\t400.00\n30102\t津贴补贴\t200.00\n30302\t退休费\t100.00\n302\t公用经费\t300.00\n30201\t办公费\t300.00`;
    expect(runRule(sumMismatch, table('700.00')).findings).toEqual([]);
    expect(runRule(sumMismatch, table('700.00', '、')).findings).toEqual([]);
    // A wrong 人员经费 is found against the items of both codes (400 + 200 + 100), named with its codes and its name.
    expect(runRule(sumMismatch, table('710.00')).findings.map((f) => f.message)).toEqual(["表1“301/303人员经费”行“决算数”列的710.00使2处合计不符，改为700.00则各处均相符：疑此数有误（“决算数”列：合计1,000.00，各行之和为1010；“决算数”列：“301/303人员经费”为710.00，其下各行之和为700）"]);
    // Look-alike: codes of two levels (301/30101) are no such cell: the row's level is unknown and nothing is summed under it.
    expect(runRule(sumMismatch, table('710.00').replace('301/303', '301/30101')).findings.map((f) => f.message)).not.toContain('表1“决算数”列：“301/30101人员经费”为710.00，其下各行之和为700');
  });
});

describe('sum-mismatch: codes in a column of their own after an empty one', () => {
  it('reads the code standing alone left of the name (| 30201 | 办公费) as the row’s code, so that 302 is checked against its items', () => {
    const table = (total: string): string =>
      `单位：万元\n科目编码\t\t公用经费科目名称\t公用经费决算数\n302\t商品和服务支出\t\t${total}\n\t30201\t办公费\t4.00\n\t30205\t水费\t1.00\n\t30213维修（护）费\t\t3.00\n\t30217公务接待费\t\t2.00`;
    expect(runRule(sumMismatch, table('10.00')).findings).toEqual([]);
    expect(runRule(sumMismatch, table('11.00')).findings.map((f) => f.message)).toEqual(['表1“公用经费决算数”列：“302商品和服务支出”为11.00，其下各行之和为10']);
    // Look-alike: a 序号 standing alone left of the name is no code (1 | 办公费): the rows' levels stay unknown.
    expect(runRule(sumMismatch, table('11.00').replace('\t30201\t', '\t1\t').replace('\t30205\t', '\t2\t')).findings).toEqual([]);
  });

  describe('preconditions of table sums (a table read in part is not checked)', () => {
    it('reads no table whose header row holds an amount glued to a label (19,226,748.85本年支出合计: a body row of a two-sided table set without padding)', () => {
      const text = (head: string): string =>
        ['二十五、债务付息支出', '二十六、债务发行费用支出', head, '使用非财政拨款结余\t0.00结余分配\t\t0.00', '年初结转和结余\t84,000.00年末结转和结余\t\t126,500.00', '总计\t19,310,748.85\t总计\t19,310,748.85'].join('\n');
      expect(runRule(sumMismatch, text('本年收入合计\t19,226,748.85本年支出合计\t\t19,184,248.85')).findings).toEqual([]);
      // Look-alike: a header of words and a year (2024年决算数) is a header: its column is summed.
      const ok = ['单位：元', '项目\t2024年决算数', '甲\t1.00', '乙\t2.00', '合计\t4.00'].join('\n');
      expect(runRule(sumMismatch, ok).findings.length).toBe(1);
    });

    it('leaves the 合计 of a table piece whose first rows belong to a 类 it does not hold (a page turn, header repeated, no 续表 mark) unchecked', () => {
      const piece = ['单位：元', '科目编码\t科目名称\t本年收入合计', '2101102\t事业单位医疗\t652,067.68', '221\t住房保障支出\t885,013.85', '22102\t住房改革支出\t885,013.85', '2210201\t住房公积金\t885,013.85', '合计\t\t37,397,135.44'].join('\n');
      const r = runRule(sumMismatch, piece);
      expect(r.findings).toEqual([]);
      expect(r.notChecked.some((n) => n.includes('2101102'))).toBe(true);
      // Look-alike: the whole table (its 类 row present) is checked.
      const whole = piece.replace('2101102\t', '210\t卫生健康支出\t652,067.68\n21011\t行政事业单位医疗\t652,067.68\n2101102\t');
      expect(runRule(sumMismatch, whole).findings.length).toBe(1);
    });

    it('leaves a total unchecked whose parts are numbered one after another from above 一 (三、 四、: the rows before were not read)', () => {
      const text = (first: string, second: string): string =>
        ['单位：元', '支出项目\t支出合计\t支出一般公共预算财政拨款', `${first}卫生健康支出\t654,528.18\t654,528.18`, `${second}住房保障支出\t977,202.59\t977,202.59`, '本年支出合计\t19,297,853.92\t19,297,853.92', '年末财政拨款结转和结余\t133,408.20\t133,408.20', '总计\t19,431,262.12\t19,431,262.12'].join('\n');
      const cut = runRule(sumMismatch, text('三、', '四、'));
      expect(cut.findings).toEqual([]);
      expect(cut.notChecked.some((n) => n.includes('不从一起'))).toBe(true);
      // Look-alikes: parts numbered from 一, or keeping the national numbers of their 类 (十、 十九、), are checked.
      expect(runRule(sumMismatch, text('一、', '二、')).findings.length).toBeGreaterThan(0);
      expect(runRule(sumMismatch, text('十、', '十九、')).findings.length).toBeGreaterThan(0);
    });

    it('leaves the total of a piece going on from a table two tables above (人员经费 block after the 公用经费 block, a page turn) unchecked', () => {
      const head = ['人员经费科目编码\t人员经费科目名称\t人员经费决算数'];
      const text = [
        '单位：元', ...head, '301\t工资福利支出\t100.00', '30101\t基本工资\t100.00', '303\t对个人和家庭的补助\t30.00',
        '公用经费科目编码\t公用经费科目名称\t公用经费决算数\t备注', '30201\t办公费\t20.00\t', '30205\t水费\t10.00\t',
        ...head, '30305\t生活补助\t20.00', '30309\t奖励金\t10.00', '\t人员经费合计\t130.00',
      ].join('\n');
      const r = runRule(sumMismatch, text);
      expect(r.findings).toEqual([]);
      expect(r.notChecked.some((n) => n.includes('30305'))).toBe(true);
      // Look-alike: a list of items alone (no group rows anywhere) under its 合计 is checked.
      expect(runRule(sumMismatch, ['单位：元', ...head, '30305\t生活补助\t20.00', '30309\t奖励金\t10.00', '\t人员经费合计\t130.00'].join('\n')).findings.length).toBe(1);
    });

    it('leaves a table whose code cells wrapped digit by digit (0 5 for 05: columns too narrow to trust), or a piece whose 款 has no 类 above it, unchecked', () => {
      const table = (rows: string[]): string => ['单位：万元', '类\t款\t项\t科目名称\t本年支出合计', ...rows].join('\n');
      const whole = ['\t\t\t合计\t129.77', '208\t\t\t社会保障和就业支出\t129.77', '\t05\t\t行政事业单位养老支出\t129.77', '\t\t05\t机关事业单位基本养老保险缴费支出\t93.45', '\t\t06\t机关事业单位职业年金缴费支出\t36.32'];
      expect(runRule(sumMismatch, table(whole)).findings).toEqual([]);
      expect(runRule(sumMismatch, table(whole.map((r) => r.replace('93.45', '93.54')))).findings.length).toBeGreaterThan(0);
      // The 项 read into the 款 column (22102 and 2210201 both under 221): with its digits wrapped, nothing is summed.
      const narrow = ['221\t\t住房保障支出\t74.01', '\t0 2\t住房改革支出\t74.01', '\t0 1\t住房公积金\t74.01'];
      expect(runRule(sumMismatch, ['单位：万元', '类\t款\t科目名称\t本年支出合计', ...narrow].join('\n')).findings).toEqual([]);
      const piece = ['\t0 2\t\t住房改革支出\t74.01', '\t\t0 1\t住房公积金\t74.01', '\t\t\t合计\t1,381.97'];
      const r = runRule(sumMismatch, table(piece));
      expect(r.findings).toEqual([]);
      expect(r.notChecked.some((n) => n.includes('找不到所属'))).toBe(true);
    });

    it('takes a table split at a 类 whose next 类 rows, read as a table of their own, make up its 合计 exactly, for no defect', () => {
      const head = ['单位：元', '科目编码\t科目名称\t合计\t人员经费\t公用经费', '\t合计\t60.00\t30.00\t30.00', '301\t工资福利支出\t30.00\t30.00\t', '30101\t基本工资\t30.00\t30.00\t', '302\t商品和服务支出\t20.00\t\t20.00', '30201\t办公费\t20.00\t\t20.00'];
      const beside = ['表7 三公经费支出决算表', '项目\t预算数\t决算数', '合计\t3.00\t2.00', '公务接待费\t3.00\t2.00'];
      const rest = (v: string): string[] => ['科目编码\t科目名称\t决算数合计\t决算数人员经费\t决算数公用经费', `310\t资本性支出\t${v}\t\t${v}`, `31002\t办公设备购置\t${v}\t\t${v}`];
      expect(runRule(sumMismatch, [...head, ...beside, ...rest('10.00')].join('\n')).findings).toEqual([]);
      // Look-alike: a piece that does not make up the gap leaves the 合计 a defect.
      expect(runRule(sumMismatch, [...head, ...beside, ...rest('9.00')].join('\n')).findings.length).toBeGreaterThan(0);
    });

    it('leaves the column sums of a table unchecked whose rows go on after a table set beside it (表6 | 表7 on one page)', () => {
      const head = ['单位：元', '科目编码\t科目名称\t合计\t人员经费\t公用经费', '\t合计\t60.00\t30.00\t30.00', '301\t工资福利支出\t30.00\t30.00\t', '30101\t基本工资\t30.00\t30.00\t', '302\t商品和服务支出\t30.00\t\t30.00', '30201\t办公费\t10.00\t\t10.00', '30205\t水费\t10.00\t\t10.00'];
      const beside = ['表7 三公经费支出决算表', '项目\t预算数\t决算数', '合计\t3.00\t2.00', '公务接待费\t3.00\t2.00', '注：本表反映三公经费支出情况。'];
      const rest = (code: string): string[] => ['科目编码\t科目名称\t决算数合计\t决算数人员经费\t决算数公用经费', `${code}\t其他商品和服务支出\t10.00\t\t10.00`];
      expect(runRule(sumMismatch, [...head, ...beside, ...rest('30299')].join('\n')).findings).toEqual([]);
      // Look-alike: a piece whose first code comes before the table's last one of that 类 goes on nothing.
      expect(runRule(sumMismatch, [...head, ...beside, ...rest('30200')].join('\n')).findings.length).toBeGreaterThan(0);
    });

    it('leaves the column sums of a table going on in the next one (its next rows read as a table of their own) unchecked', () => {
      const first = ['单位：万元', '科目编码\t科目名称\t决算数合计\t人员经费\t公用经费', '\t合计\t159.00\t100.00\t59.00', '301\t工资福利支出\t100.00\t100.00\t0.00', '30101\t基本工资\t100.00\t100.00\t0.00', '302\t商品和服务支出\t51.00\t0.00\t51.00', '30201\t办公费\t42.00\t0.00\t42.00'];
      const rest = ['决算数', '科目编码 科目名称 人员经', '合计 公用经费', '费', '30299\t其他商品和服务支出\t9.00\t0.00\t9.00', '310\t资本性支出\t8.00\t0.00\t8.00', '31002\t办公设备购置\t8.00\t0.00\t8.00'];
      const r = runRule(sumMismatch, [...first, ...rest].join('\n'));
      expect(r.findings).toEqual([]);
      expect(r.notChecked.some((n) => n.includes('30299'))).toBe(true);
      // Look-alike: the same table alone, its rows missing, is a defect to report.
      expect(runRule(sumMismatch, first.join('\n')).findings.length).toBeGreaterThan(0);
    });
  });
});

describe('sum-mismatch: the total of a 其中 is the quantity right before it', () => {
  it('reads nothing when a length or an area the figures leave unread stands between a count and 其中', () => {
    const text = '该工程铺设管道3.2千米，建设检查井4座；道路硬化1.5千米，其中主路0.9千米、支路0.6千米；修建设施40座，其中阀井12座、雨水口28座。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // A count right before its own 其中 is still checked.
    const wrong = '该工程建设检查井4座；修建设施40座，其中阀井12座、雨水口30座。';
    expect(runRule(sumMismatch, wrong).findings).toHaveLength(1);
  });

  it('reads the kinds of a budget (基本支出, 项目支出) under a total named as a budget as its parts, not as amounts spent', () => {
    // Real shape (a national administration's 2020 budget, dev 1909), new wording and figures.
    const text = (basic: string): string => `本部门2021年部门支出预算35,620.40万元，其中：基本支出${basic}万元，项目支出22,508.16万元。`;
    expect(runRule(sumMismatch, text('13,112.24')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('13,212.24')).findings.map((f) => f.calculation)).toEqual(['13,212.24 + 22,508.16 = 35,720.4 ≠ 35,620.40'.replace(/,/g, '')]);
    // Look-alike: an item's 支出 beside its 年初预算 in an interleaved list is what was spent, no part of the budget.
    const interleaved = '“三公”经费年初预算为2.95万元，差值为0.9万元。其中：因公出国（境）支出0万元，年初预算为0万元；公务用车运行维护费支出0.8万元，年初预算为0.95万元；公务接待费支出2.05万元，年初预算为2万元。';
    expect(runRule(sumMismatch, interleaved).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads nothing when a bare number after a label (人数37, its unit left out) ends the clause right before 其中', () => {
    // Real shape (a supply cooperative's 2021 self-evaluation, spent dev 2358 ex-test18), new wording: the posts, then
    // the head count without 人, then its parts — the retired are parts of the head count, not outside the posts.
    const text = (count: string): string => `本单位共有编制20人，${count}，其中在职人员14人、离退休23人、其他人员5人；无公务车辆。`;
    expect(runRule(sumMismatch, text('人数42')).findings).toEqual([]);
    // Look-alike: with the head count written as a figure (42人) the list is checked against it, and still found wrong.
    expect(runRule(sumMismatch, text('人数42人')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('人数44人')).findings).toHaveLength(1);
  });

  it('does not add a 其中 list holding an amount the reader could not bind (1608.62万 元 cut by a space): a part may be left out', () => {
    const text = (u: string): string => `2013年财政拨款“三公经费”决算总数1699.95万元（含政府性基金），其中：因公出国经费决算0万元；  公务用车购置及运行经费决算1608.62${u}；公务接待经费决算91.33万元。`;
    expect(runRule(sumMismatch, text('万 元')).findings).toEqual([]);
    // Read whole, the same list adds up; with a wrong total it is reported.
    expect(runRule(sumMismatch, text('万元')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('万元').replace('1699.95', '1799.95')).findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('reads the words after an amount across a line the PDF wrapped inside them (由…65000万元调⏎整为35000万元: 65000 is where the change starts)', () => {
    const text = (br: string): string => `政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调${br}整为35000万元，城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。`;
    expect(runRule(sumMismatch, text('')).findings).toEqual([]);
    expect(runRule(sumMismatch, text('\n')).findings).toEqual([]);
    // A list that does not add up is still reported across the wrap.
    expect(runRule(sumMismatch, text('\n').replace('配套费10000', '配套费20000')).findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('reads 在X中 as a whole broken down by the figures after it', () => {
    const text = '统计显示，2006年，在全国政府采购规模3681.6亿元中，地方采购规模3211亿元，中央单位采购规模470.6亿元，分别比上年增长27.4%和15.4%。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    const more = runRule(sumMismatch, text.replace('3211亿元', '3311亿元')).findings;
    expect(more.map((f) => f.severity)).toEqual(['error']);
    // Fewer than the whole: the list may be partial, a 提示.
    expect(runRule(sumMismatch, text.replace('3211亿元', '3121亿元')).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads kinds listed inside a name with 分别为 against the amount given earlier under the name', () => {
    const text = '2024年，全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元。市本级政府采购规模为10.29亿元。从结构上看，全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元，占全市政府采购规模比例为44.96%、17.27%和37.77%。';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    const over = runRule(sumMismatch, text.replace('12.36亿元', '12.63亿元')).findings;
    expect(over.map((f) => f.message)).toEqual(['“全市政府采购规模”为32.72亿元，而其3类（全市货物、工程、服务政府采购规模）分别为14.71亿元、5.65亿元、12.63亿元，合计32.99亿元，多0.27亿元']);
    // 分别是 as 分别为 (rule-words sum-mismatch.respectiveWords).
    expect(runRule(sumMismatch, text.replace('12.36亿元', '12.63亿元').replace('分别为', '分别是')).findings).toHaveLength(1);
    // Two kinds only: where the kinds end inside the words cannot be told, nothing is read.
    expect(runRule(sumMismatch, text.replace('全市货物、工程、服务政府采购规模分别为14.71亿元、5.65亿元和12.36亿元', '全市货物和工程政府采购规模分别为14.71亿元和25.65亿元')).findings).toEqual([]);
  });

  it('reads the kinds of a name joined by ， as it reads them joined by 、', () => {
    const text = '2023年，全省水利建设投资为50.5亿元。按类型看，全省防洪，灌溉，供水水利建设投资分别为20.1亿元，18.4亿元和12.9亿元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.message)).toEqual(['“全省水利建设投资”为50.5亿元，而其3类（全省防洪、灌溉、供水水利建设投资）分别为20.1亿元、18.4亿元、12.9亿元，合计51.4亿元，多0.9亿元']);
    expect(runRule(sumMismatch, text.replace('12.9亿元', '12.0亿元')).findings).toEqual([]);
    // Clauses of other lengths before the last are no kinds (the middle ones must be of one length and shorter).
    expect(runRule(sumMismatch, text.replace('全省防洪，灌溉，供水', '全省防洪，灌溉排涝，供水')).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('按类型看，全省防洪，灌溉，', '全省防洪灌溉，')).findings).toEqual([]);
  });
});


describe('sum-mismatch on a table whose 类, 款 and 项 rows stand one under another without codes', () => {
  const table = (rows: string[]): string => `某局2024年度部门决算\n表5 一般公共预算财政拨款支出决算表\n单位：万元\n科目名称\t决算数\n${rows.join('\n')}\n`;
  const stacked = ['合计\t133.00', '社会保障和就业支出\t127.81', '行政事业单位养老支出\t100.00', '机关事业单位基本养老保险缴费支出\t100.00', '抚恤\t27.81', '死亡抚恤\t27.81', '卫生健康支出\t5.19', '行政事业单位医疗\t5.19', '行政单位医疗\t5.19'];

  it('does not sum the rows (their levels are unknown) and says so', () => {
    const { findings, notChecked } = runRule(sumMismatch, table(stacked));
    expect(findings).toEqual([]);
    expect(notChecked.join('\n')).toContain('类级科目行');
  });

  it('still sums a table of 类 rows alone, and 类 rows over a 结转和结余 row at their end', () => {
    const classes = ['合计\t133.00', '社会保障和就业支出\t127.81', '卫生健康支出\t6.19'];
    expect(runRule(sumMismatch, table(classes)).findings.length).toBe(1);
    expect(runRule(sumMismatch, table([...classes, '年末结转和结余\t0.00'])).findings.length).toBe(1);
  });
});

describe('sum-mismatch: no total taken from a bound, a standard per unit or a range (fcrules, first contact)', () => {
  const msgs = (text: string): string[] => runRule(sumMismatch, text).findings.filter((f) => f.shape?.startsWith('list')).map((f) => f.message);

  it('reads no list after a minimum per unit, a range or a floor as adding up to that figure', () => {
    // New wording: a county's support per village, then the whole allocation across villages.
    expect(msgs('扶持标准为每个村不低于50万元，其中省级资金20万元，县级配套40万元，共扶持8个村。')).toEqual([]);
    // New wording: a forecast given as a range, its parts adding to neither end.
    expect(msgs('预计全年项目投资规模为120～170亿元，其中政府投资50亿元，社会投资90亿元，其他投资40亿元。')).toEqual([]);
    expect(msgs('预计全年税收收入在120亿元至170亿元之间，其中增值税60亿元，企业所得税50亿元，个人所得税30亿元，其他税收40亿元。')).toEqual([]);
    // New wording: a floor written after the amount.
    expect(msgs('各村补助资金均在10万元以上，其中东村12万元，西村15万元，南村11万元。')).toEqual([]);
    expect(msgs('每个合作社补助20万元以上，其中设备购置15万元，技术培训8万元。')).toEqual([]);
    // A standard per unit: the parts may be of all the units together (6 villages × 100万元) or per unit.
    expect(msgs('补助标准：每个行政村100万元，其中2023年度30万元，2024年度50万元，全县6个村共600万元。')).toEqual([]);
  });

  it('still checks the same lists under a stated total', () => {
    expect(msgs('下达扶持资金50万元，其中省级资金20万元，县级配套40万元。')).toEqual(['“下达扶持资金”为50万元，但所列各项之和为60万元，多10万元']);
    expect(msgs('全年项目投资规模为170亿元，其中政府投资50亿元，社会投资90亿元，其他投资40亿元。').length).toBe(1);
  });
});

describe('sum-mismatch: the changes of a 其中 list whose parts make the whole (rsums)', () => {
  // Invented wording in the shape of a town's half-year revenue report (dev 2090): the whole and its change, then
  // 其中 with each part's amount, a completion rate against its plan, and its own change against the same base.
  const text =
    '上半年全镇财政收入5200万元，完成年初预算计划15000万元的34.7%，比去年上半年增收700万元，增幅15.6%。\n其中，上半年完成税收收入300万元，比去年上半年减收90万元，减幅23.1%；上级补助收入4900万元，完成年初预算计划14000万元的35%，比去年上半年增收740万元，增幅17.8%。';

  it('adds the changes of the parts against the change of the whole', () => {
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['−90 +740 = +650 ≠ +700']);
    expect(runRule(sumMismatch, text.replace('增收740万元', '增收790万元')).findings).toEqual([]);
  });

  it('stays silent when the parts do not make the whole (the list may be partial) or the bases differ', () => {
    expect(runRule(sumMismatch, text.replace('上级补助收入4900万元', '上级补助收入4800万元')).findings.filter((f) => f.shape === 'changes-of-parts')).toEqual([]);
    expect(runRule(sumMismatch, text.replace('比去年上半年减收90万元', '比年初预算减收90万元')).findings).toEqual([]);
  });
});

describe('sum-mismatch: a ；-separated 其中 list whose part is named with the total’s head noun (rsums)', () => {
  it('reads an amount after ； named like the total as one more part while the parts stay within the total', () => {
    // Invented wording in the shape of a county's fund letter (dev 2251): the second source is named …扶贫资金 like the
    // total, and its own bracket notes a share of it.
    const text = '本次共安排扶贫资金3000万元，其中：对口帮扶资金1400万元；县级财政扶贫资金1500万元（含地方政府债券资金600万元）。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['1400 + 1500 = 2900 ≠ 3000']);
    expect(runRule(sumMismatch, text.replace('1500万元（', '1600万元（')).findings).toEqual([]);
    // Look-alike (the parallel statement): beyond the total, the amount named like it is another such amount, not a part.
    expect(runRule(sumMismatch, text.replace('1500万元（', '2500万元（')).findings).toEqual([]);
  });
});

describe('sum-mismatch: a list closed by a total named by its side alone (支出总量为) (rsums)', () => {
  // Invented figures in the shape of a county's balance statement (dev 1903): each side listed, then its total.
  const text =
    '全县一般公共预算收支平衡情况是：一般公共预算收入120,000万元、上级补助收入300,000万元、债务转贷收入50,000万元、上年结余10,000万元，收入总量为480,000万元。一般公共预算支出400,000万元、上解支出30,000万元、债务还本支出20,000万元、援助其他地区支出500万元，支出总量为450,800万元。';

  it('adds the spending listed before 支出总量 (一般公共 names a fund, no total of its own)', () => {
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['400000 + 30000 + 20000 + 500 = 450500 ≠ 450800']);
    expect(runRule(sumMismatch, text.replace('450,800万元', '450,500万元')).findings).toEqual([]);
  });

  it('stays silent where a part names the other side, or the list is added to an amount before (加上…)', () => {
    expect(runRule(sumMismatch, text.replace('上解支出30,000万元', '上解收入30,000万元')).findings).toEqual([]);
    expect(runRule(sumMismatch, text.replace('。一般公共预算支出400,000万元、', '。加上一般公共预算支出400,000万元、')).findings).toEqual([]);
  });
});

describe('sum-mismatch: balances and fund names in 其中 lists (rsums, from planted misses of the probe)', () => {
  it('reads …结余和结转 parts of a balance as amounts, not changes', () => {
    // Invented figures in the shape of a funeral home's 决算 (dev 2366): the balance brought in, by kind of spending.
    const text = '上年结余和结转300.50万元，其中：基本支出结余和结转100.20万元，项目支出结余和结转210.30万元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['100.20 + 210.30 = 310.5 ≠ 300.50']);
    expect(runRule(sumMismatch, text.replace('210.30', '200.30')).findings).toEqual([]);
  });

  it('keeps spent parts under a total named by a fund that holds 预算 (中央预算内投资支出)', () => {
    // Invented figures in the shape of a national final-accounts news item (dev 074).
    const text = '2023年，中央预算内投资支出6800.00亿元，其中，中央本级支出1500.00亿元，对地方转移支付5320.00亿元。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual(['1500.00 + 5320.00 = 6820 ≠ 6800.00']);
    expect(runRule(sumMismatch, text.replace('5320.00', '5300.00')).findings).toEqual([]);
  });

  it('ends a 其中： list continued over sentences at a sentence naming its amount by the total’s own scope (全省)', () => {
    // Invented figures in the shape of a province's budget report (dev 2394): the next sentence speaks of the whole again.
    const text = '全省一般公共预算支出9000.0亿元，增长5.0%。其中：省级支出1800.0亿元。全省民生保障支出6000.0亿元，占66.7%。';
    expect(runRule(sumMismatch, text).findings.map((f) => f.calculation)).toEqual([]);
  });

  it('says nothing of a gross total (总支出) short of its listed parts when one part is its net amount (支出)', () => {
    // Invented figures in the shape of a city's final accounts (dev 2320, a clean check): 上解 and the like not listed.
    const text = '全市一般公共预算总支出300.0亿元。其中，一般公共预算支出260.0亿元，为预算的99.9%；结转下年支出15.0亿元。';
    expect(runRule(sumMismatch, text, { profile: 'strict' }).findings).toEqual([]);
    // Look-alike: parts named otherwise are still a partial list worth a 提示.
    expect(runRule(sumMismatch, text.replace('一般公共预算支出260.0亿元', '本级支出260.0亿元'), { profile: 'strict' }).findings.map((f) => f.severity)).toEqual(['info']);
  });
});

describe('sum-mismatch: the total of a 自评表', () => {
  const table = (total: string, weight = '100') =>
    `项目支出绩效自评表\n三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n巡查次数 | ≥24次 | 24次 | 40 | 40 |\n群众满意度 | ≥90% | 88% | 30 | 26 | 部分群众反映处理慢\n完成时限 | 11月底前 | 10月 | 30 | 30 |\n合计 | ${weight} | ${total} |\n`;
  const shapes = (text: string) => runRule(sumMismatch, text).findings.filter((f) => f.shape === 'indicator-score-sum');
  it('reports a total score other than the sum of the rows\' scores', () => {
    const found = shapes(table('98'));
    expect(found.map((f) => f.calculation)).toEqual(['40 + 26 + 30 = 96 ≠ 98']);
    expect(found[0]!.evidence[0]!.quote).toBe('98');
  });
  it('accepts the sum, and says nothing when the weights do not make the total weight (a row not read)', () => {
    expect(shapes(table('96'))).toEqual([]);
    expect(shapes(table('98', '110'))).toEqual([]);
  });

  // Invented: a summary of scores by block, the bars full-width as a word processor writes them (NFKC makes them |).
  const summary = (total: string, last = '社会效益｜20｜18') =>
    `附表：整体支出绩效自评得分汇总\n一级指标｜分值｜自评得分\n决策｜15｜14\n过程｜25｜23.5\n产出｜40｜37\n${last}\n合计｜100｜${total}\n`;
  it('reads a summary of block scores with no target or actual column (SUMS.md form 12)', () => {
    expect(shapes(summary('93')).map((f) => f.calculation)).toEqual(['14 + 23.5 + 37 + 18 = 92.5 ≠ 93']);
    expect(shapes(summary('92.5'))).toEqual([]);
  });
  it('reads no summary whose weights miss the total weight, or whose rows are not all weight and score', () => {
    expect(shapes(summary('93', '社会效益｜15｜14'))).toEqual([]);
    expect(shapes(summary('93', '社会效益｜20｜18｜较好'))).toEqual([]);
    expect(shapes(summary('93', '社会效益及满意度｜见附件'))).toEqual([]);
  });

  // Invented: a table with no total row, and the report's sentence on its total weight and score.
  const open = (sentence: string, lastWeight = '20') =>
    `项目绩效自评表\n一级指标 三级指标 指标值 实际完成值 分值 得分\n产出指标 培训人次 ≥500人次 520人次 30 30\n产出指标 合格率 ≥95% 96.5% 30 28\n效益指标 服务对象满意度 ≥90% 93% 20 19\n预算执行 预算执行率 ≥90% 97% ${lastWeight} 20\n绩效分析：各项指标均已完成。\n四、自评得分情况\n${sentence}\n`;
  it('checks a table without a total row against the sentence stating its total weight and score', () => {
    expect(shapes(open('项目各项指标分值合计100分，自评得分95分，评价等级为“优”。')).map((f) => f.calculation)).toEqual(['30 + 28 + 19 + 20 = 97 ≠ 95']);
    expect(shapes(open('项目各项指标分值合计100分，自评得分97分，评价等级为“优”。'))).toEqual([]);
  });
  it('says nothing when the rows do not make the stated weight, or the weight and score are not stated together', () => {
    expect(shapes(open('项目各项指标分值合计100分，自评得分95分。', '10'))).toEqual([]);
    expect(shapes(open('项目自评得分95分，评价等级为“优”。'))).toEqual([]);
    // Two sentences giving the same total weight different scores: which one sums the table is not known.
    expect(shapes(open('分值合计100分，自评得分95分。上年分值合计100分，得分92分。'))).toEqual([]);
  });
});

describe('sum-mismatch and percent-mismatch: a calculation written out in full (SUMS.md form 11)', () => {
  const run = (t: string) => [...runRule(sumMismatch, t).findings, ...runRule(percentMismatch, t).findings].filter((f) => f.shape === 'written-calculation').map((f) => [f.rule, f.calculation]);
  it('reports a product, a sum or a rate applied whose written result differs', () => {
    // Invented: a 测算依据 column of a project budget.
    expect(run('办公设备运维费\n1.打印机维护12台*800=9600元\n2.网络租赁12个月*1500=18000元\n3.耗材4批*2500=1000元\n')).toEqual([['sum-mismatch', '4 × 2500 = 10000 ≠ 1000']]);
    expect(run('培训费：2期×60人×3天×400元/人·天=14400元。')).toEqual([['sum-mismatch', '2 × 60 × 3 × 400 = 144000 ≠ 14400']]);
    expect(run('小计：9600+18000+10000=38600元')).toEqual([['sum-mismatch', '9600 + 18000 + 10000 = 37600 ≠ 38600']]);
    // Invented: a score note, the rate applied to a weight.
    expect(run('预算执行率得分：20×92.5%=18.8分')).toEqual([['percent-mismatch', '20 × 92.5% = 18.5 ≠ 18.8']]);
    expect(run('得分=76*10%=7.9')).toEqual([['percent-mismatch', '76 × 10% = 7.6 ≠ 7.9']]);
  });
  it('is silent on a right result, a rounded or cut one, and on a result in another unit', () => {
    expect(run('1.打印机维护12台*800=9600元；小计：9600+18000+10000=37600元')).toEqual([]);
    // Rounded to its last digit, or cut (2.155 written 2.15).
    expect(run('20×10.775%=2.16分；20×10.775%=2.15分；1.5×3.333=5.0')).toEqual([]);
    // The result in 万元 while the factors are in 元; a rate written without its %.
    expect(run('劳务费：3000元/人×20人=6万元；20×96.5=19.3分')).toEqual([]);
  });
  it('reads a rate computed by division whole, never its end alone (a label between an operator and its figure)', () => {
    // Invented: the formula the product's own reports write, and a label-led one.
    expect(run('执行率：311.30万元 / 334.30万元 × 100% = 93.12%；完成率：74项 ÷ 80项 × 100% = 92.50%')).toEqual([]);
    expect(run('执行率：311.30万元 / 334.30万元 × 100% = 95.12%')).toEqual([['percent-mismatch', '311.3 ÷ 334.3 × 100% = 93.12% ≠ 95.12%']]);
    expect(run('执行率=执行数311.30万元 / 预算数334.30万元 × 100% = 93.12%；变动率=(120 − 100) / 100 × 100% = 20%')).toEqual([]);
  });
  it('reports a score of named parts whose per-cent weights do not add up to 100 %', () => {
    const weights = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'weights-of-score').map((f) => f.calculation);
    // Invented: a scoring rule of an evaluation scheme.
    expect(weights('评分办法：综合得分=资金管理30%+产出数量45%+社会效益35%。')).toEqual(['30% + 45% + 35% = 110% ≠ 100%']);
    expect(weights('评分办法：综合得分=资金管理30%+产出数量45%+社会效益25%。')).toEqual([]);
    // A weight times a measure, or a formula going on after the last weight: not weights of parts.
    expect(weights('得分=权重*B/A；综合得分=资金管理30%+产出数量45%+社会效益35%×2')).toEqual([]);
  });
  it('reads no part of a longer calculation, and no approximate result', () => {
    // Products before sums (not 5*2 read alone); a result an operator goes on from; an approximate result.
    expect(run('10+5*2=20；2*3=5+1；按3×4=约10计')).toEqual([]);
    expect(run('10+5*2=30')).toEqual([['sum-mismatch', '10 + 5 × 2 = 20 ≠ 30']]);
    // A model number or a code before the figures.
    expect(run('型号A3*4=10；GB50210*2=100')).toEqual([]);
  });
});

describe('sum-mismatch: a change written right after the amount of its year (a series)', () => {
  // Invented: a county's 三公 spending year by year, each year's change against the one before.
  const series = (c2022: string) => `全县“三公”经费连续三年下降：2021年支出合计386.40万元，较上一年减少21.60万元；2022年支出合计352.10万元，较上一年减少${c2022}万元；2023年支出合计330.00万元，较上一年减少22.10万元。`;
  const run = (t: string) => runRule(sumMismatch, t).findings.filter((f) => f.shape === 'change-after-its-amount').map((f) => f.calculation);
  it('checks each change against the amount of the year before stated under the same label', () => {
    expect(run(series('34.30'))).toEqual([]);
    expect(run(series('43.30'))).toEqual(['352.1 − 386.4 = −34.3 ≠ 43.3']);
  });
  it('is silent when the year before is stated under another label, twice with two values, or the change names its own subject', () => {
    expect(run(series('43.30').replace('2021年支出合计386.40万元', '2021年公用经费386.40万元'))).toEqual([]);
    expect(run(`${series('43.30')}另据统计，2021年支出合计390.00万元。`)).toEqual([]);
    expect(run(series('43.30').replace('较上一年减少43.30万元', '其中公务接待费较上一年减少43.30万元'))).toEqual([]);
  });
});

describe('sum-mismatch: a list over lines closed by its total on a line of its own (usd)', () => {
  const calc = (t: string) => runRule(sumMismatch, t).findings.map((f) => f.calculation);
  it('adds numbered lines from 1 up to 上述三项共计, and unnumbered short lines after an opening line up to 合计', () => {
    expect(calc('二、资金分配\n1.道路硬化项目资金85.6万元；\n2.安全饮水项目资金42.3万元；\n3.产业扶持项目资金120万元。\n上述三项共计274.9万元。\n')).toHaveLength(1);
    expect(calc('三公经费支出情况：\n因公出国（境）费 0万元\n公务接待费 3.8万元\n公务用车运行维护费 12.6万元\n合计 17.4万元\n')).toHaveLength(1);
  });
  it('is silent when the lines add up, when a line holds two amounts, or when prose lines stand above the total', () => {
    expect(calc('三公经费支出情况：\n因公出国（境）费 0万元\n公务接待费 3.8万元\n公务用车运行维护费 12.6万元\n合计 16.4万元\n')).toEqual([]);
    expect(calc('三公经费支出情况：\n公务接待费 3.8万元，比上年减少1万元\n公务用车运行维护费 12.6万元\n合计 17.4万元\n')).toEqual([]);
    expect(calc('本年度我单位认真落实中央八项规定精神，严格控制各项支出，公务接待费3.8万元\n公务用车运行维护费12.6万元\n合计17.4万元\n')).toEqual([]);
  });
});

describe('sum-mismatch: a total inside 在…中 broken down after it (usd)', () => {
  const run = (t: string) => runRule(sumMismatch, t).findings.map((f) => [f.severity, f.calculation]);
  it('reports parts beyond the total, a shortfall only as a 提示 (在…中 may name only some parts)', () => {
    expect(run('在全年一般公共预算支出8652万元中，教育支出4310万元，社会保障和就业支出3520万元，卫生健康支出1200万元。')).toEqual([['error', '4310 + 3520 + 1200 = 9030 ≠ 8652']]);
    expect(run('2006年，在全国政府采购规模3681.6亿元中，地方采购规模3121亿元，中央单位采购规模470.6亿元，分别比上年增长27.4%和15.4%。').map(([s]) => s)).toEqual(['info']);
  });
  it('is silent when the parts add up, or without 在 before the total', () => {
    expect(run('在全部职工126人中，男职工70人，女职工56人。')).toEqual([]);
    expect(run('全年一般公共预算支出8652万元中，教育支出4310万元，社会保障和就业支出3520万元，卫生健康支出1200万元。')).toEqual([]);
  });
});

describe('sum-mismatch: a part broken down by 包括 after a copy\'s line break (ainv)', () => {
  it('reads the 包括 clause on the next line as the part\'s own breakdown, not more parts of the list', () => {
    const text = '（二）预算执行情况\n2023年度决算支出2,650.00万元，预算执行率为96.00%。其中：基本支出1,720.40万元，\n包括人员经费1,480.10万元、公用经费240.30万元，主要用于人员工资和办公运行；项目支出929.60万元，主要用于文物保护。\n';
    expect(runRule(sumMismatch, text).findings).toEqual([]);
    // Parts that do not make the total are still reported.
    expect(runRule(sumMismatch, text.replace('项目支出929.60万元', '项目支出992.60万元')).findings.length).toBeGreaterThan(0);
  });
});

describe('sum-mismatch: a second breakdown after the first made the total (dev 3003)', () => {
  const messages = (text: string): string[] => runRule(sumMismatch, text).findings.map((f) => f.calculation ?? '');

  it('reads parts after a clause break as another breakdown when the 、-joined ones before it make the total', () => {
    expect(messages('年末实有在编人员25人，其中行政人员18人、事业人员7人，具有审计、会计等中级以上专业技术资格的14人。')).toEqual([]);
  });

  it('still adds up a list joined alike throughout (dev 028) and one whose first parts do not make the total', () => {
    expect(messages('一年来，硬化道路7.8公里，其中三湾村3.4公里，庙沟村1.9公里，大义村2.5公里，陈家村1.9公里。')).toEqual(['3.4 + 1.9 + 2.5 + 1.9 = 9.7 ≠ 7.8']);
    expect(messages('年末实有在编人员25人，其中行政人员18人、事业人员6人，具有中级以上专业技术资格的14人。')).toEqual(['18 + 6 + 14 = 38 ≠ 25']);
  });
});

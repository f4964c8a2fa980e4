import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { auditText } from '../audit-text.ts';
import { numbering } from './numbering.ts';

describe('numbering', () => {
  it('accepts a well-numbered outline', () => {
    const text = '一、基本情况\n（一）机构\n1.内设\n2.人员\n（二）职能\n二、支出\n1、基本\n（1）工资\n（2）公用\n2、项目\n三、问题';
    expect(runRule(numbering, text).findings).toEqual([]);
  });

  it('keeps the standard order of styles when the evidence for another order is a cycle (a table list 1、…10、 before 一、)', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    // Real wording (a county CDC's 2021 budget): the contents' table list 1、…10、 ends right before 一、, read as 一、
    // starting under 1、; with （一）→1、 and 一、→（一） that orders the styles in a cycle — no order at all.
    const cdc = '目录\n第一部分2021年部门预算说明\n第二部分2021年部门预算表\n1、部门收支总体情况表\n2、部门收入总体情况表\n3、部门支出总体情况表\n注：以上部门预算报表中，空表表示本部门无相关收支情况。\n第一部分 2021年预算公开说明\n一、部门基本概况\n（一）职能职责\n1、完成上级下达的疾病预防控制任务。\n2、负责突发公共卫生事件的监测调查。\n（二）机构设置\n本中心设置科室8个。';
    expect(messages(cdc)).toEqual([]);
    // New wording: a bureau's list of tables numbered 1.…3. before 一、, then （一） and 1、 under it.
    const bureau = '附表清单\n1.收支总表\n2.收入总表\n3.支出总表\n一、单位概况\n（一）主要职责\n1、负责全县档案工作。\n2、负责档案接收。\n（二）人员情况\n在职8人。';
    expect(messages(bureau)).toEqual([]);
    // Still found: the same layout with （三） where （二） belongs.
    expect(messages(bureau.replace('（二）人员情况', '（三）人员情况'))).toEqual(['标题编号跳号：“（一）主要职责”之后是“（三）”，应为“（二）”']);
  });

  it('does not judge headings whose titles hold no Chinese (a machine-translated contents)', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    // Real wording (a party school's 2019 budget on a copy translated to English): the translator's 1. / Vi. / 八、 styles.
    const translated = '目 录\nPart one XX Unit Profile\n一、 Primary responsibility\n二、 Mechanism setup\n三、 Budget unit of a department\n4. General Information on revenue and expenditure of appropriations\n5. Summary of Budget Expenditures\n八、 Table of general public budget expenditure\n9. Detailed list of basic expenditures\n十二、2019 "three public" budget summary table\n13. General Statement of budgetary revenues\n二、2019 Budget statement\nPart IV Noun interpretation';
    expect(messages(translated)).toEqual([]);
    // New wording: an English abstract numbered I、 1. 2、 beside a Chinese outline that is right.
    expect(messages('一、项目概况\n1. Background of the project\n3、Objectives and indicators\n二、绩效目标\n三、评价结论')).toEqual([]);
    // Still found: the Chinese headings of the same page skipping a number.
    expect(messages('一、项目概况\n1. Background of the project\n二、绩效目标\n四、评价结论')).toEqual(['标题编号跳号：“二、绩效目标”之后是“四、”，应为“三、”']);
  });

  it('does not report a gap filled by as many short titles without any punctuation as numbers are missing (markers lost)', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    // Real wording (a banner's 2023 self-evaluation of special-care subsidies): (二) and (三) lost their markers.
    const lost = '二、绩效目标完成情况分析\n（一）资金投入情况分析\n2023年收到财政资金共2330.9万元。\n总体绩效情况分析\n按年初规划和年度计划执行。\n）总体绩效目标完成情况分析\n完成发放各类优抚对象生活补助。\n（四）绩效指标完成情况分析\n1.数量指标。404名服务对象。';
    expect(messages(lost)).toEqual([]);
    // New wording: one heading of a project report printed without its （二）.
    expect(messages('三、项目实施情况\n（一）项目组织情况\n成立领导小组。\n项目管理情况\n制定了管理办法。\n（三）项目验收情况\n已验收。')).toEqual([]);
    // Still found: the same gap with no such title in it, or with more such titles than numbers missing.
    expect(messages('三、项目实施情况\n（一）项目组织情况\n成立领导小组。\n（三）项目验收情况\n已验收。')).toEqual(['标题编号跳号：“（一）项目组织情况”之后是“（三）”，应为“（二）”']);
    expect(messages('三、项目实施情况\n（一）项目组织情况\n成立领导小组。\n项目管理情况\n制定了办法。\n资金管理情况\n专款专用。\n（三）项目验收情况\n已验收。')).toHaveLength(1);
  });

  it('takes a first item glued inside a line under its parent heading for the start of the list', () => {
    const glued = '三、\n绩效目标完成情况分析（一）资金投入情况分析（包括完成情况和偏离原因等）1.项目资金到位情况分析。\n2.项目资金执行情况分析。\n3.项目资金管理情况分析。\n（二）绩效目标完成情况分析\n四、绩效自评结果拟应用情况（一）下一步改进措施。\n（二）拟与预算安排相结合情况。\n（三）拟公开情况。';
    expect(runRule(numbering, glued).findings).toEqual([]);
    // Without the glued 1. (a number such as 1.5 is none) the first item 2. is still reported.
    const skipped = '三、资金情况\n资金增长1.5%，执行良好。\n2.项目资金执行情况分析。\n3.项目资金管理情况分析。';
    expect(runRule(numbering, skipped).findings.map((f) => f.message)).toEqual(['标题编号跳号：本级第一个标题是“2.”，应为“1.”']);
  });

  it('takes an attachment list whose 1. is glued to its lead word (附件1.2025年…) for a list starting at 1', () => {
    // Real shape (a county's 2025 funds notice, dev 2342), new wording: the attachments at the notice's foot, the first
    // glued to 附件 and to the year its title opens with.
    const notice = '一、资金用于设备购置。\n二、请及时拨付。\n三、绩效目标见附件2。\n附件1.2024年农村公路养护资金分配表\n2.区域绩效目标表\n3.资金使用承诺书';
    expect(runRule(numbering, notice).findings).toEqual([]);
    expect(runRule(numbering, notice.replace('附件1.2024年', '附件：1.2024年')).findings).toEqual([]);
    // Still found: without the lead word a number glued to a year is no marker, and the list starts at 2.
    expect(runRule(numbering, notice.replace('附件1.2024年', '共分1.2024年')).findings.map((f) => f.message)).toEqual(['标题编号跳号：本级第一个标题是“2.”，应为“1.”']);
  });

  it('reads an item whose text opens with a year right after its point (1.2021年…) as numbered, not as a decimal', () => {
    // Shape (a budget note whose first items open with the year, test21 spent), invented wording: 1. and 2. open with
    // the year, 3. with a word; the next part of the level above goes on at （二）.
    const note = '一、收支预算\n（一）支出预算\n1.2021年人员支出80.10万元，较上年增加2.00万元。\n2.2021年公用支出12.30万元，与上年持平。\n3.会议费情况：\n本单位没有会议费。\n（二）采购预算\n本单位没有采购预算。';
    expect(runRule(numbering, note).findings).toEqual([]);
    // Still found: an item skipped after such items (and, before the change, the same list drew two false alarms: 3. read
    // as a top-level heading after 一、, （二） as the first of its level).
    expect(runRule(numbering, note.replace('3.会议费', '4.会议费')).findings.map((f) => f.message)).toEqual(['标题编号跳号：“2.2021年公用支出12.30万元，与上年持平”之后是“4.”，应为“3.”']);
  });

  it('says nothing of a sub-list going back after its parent\'s next heading ran on inside a line (headings joined on one line)', () => {
    // Real shape (a day-care centres' self-evaluation on a document site, dev 2341), new wording: the copy joined
    // 二、 and its （一） to the end of a sentence, so （二） below follows （三） of the part before.
    const joined = '一、项目概况\n（一）项目基本情况。\n建设两个站点。\n（二）绩效目标。\n完成投资80万元。\n（三）自评步骤。\n成立评价小组。 二、项目资金情况 （一）资金到位情况。 资金全部到位。\n（二）资金使用情况\n已支付80万元。\n三、评价结论';
    expect(runRule(numbering, joined).findings).toEqual([]);
    // Still found: the same step back with no heading of the parent level in between.
    const unjoined = joined.replace(' 二、项目资金情况 （一）资金到位情况。', '').replace('三、评价结论', '二、评价结论');
    expect(runRule(numbering, unjoined).findings.map((f) => f.message)).toEqual(['标题编号倒退：“（三）自评步骤”之后是“（二）”，应为“（四）”']);
  });

  it('reads a list numbered 一、二、 inside a paragraph, and an item standing ahead of its list (三、… then 一、二、四、)', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    expect(messages('要求如下：一、专款专用。二、及时拨付。二、加强监管。三、按期验收。')).toEqual(['段内列举编号重复：第2项编号为“二、”，其后一项编号为“二、”，应为“三、”']);
    expect(messages('三、乙方负责管理。请做好以下工作： 一、专款专用。 二、及时拨付。 四、按期验收。')).toEqual(['段内列举编号顺序有误：“三、”写在“一、”之前，而“二、”之后是“四、”']);
    // An item after a comma (…，3.完成) is in the list; one | at the end of a line is a page's chrome, not a cell border.
    expect(messages('1.完成培训。 2.开展服务，3.完成活动。 4、送文化下乡。')).toEqual([]);
    expect(messages('1.完成培训。2.开展服务。4.完成活动。（编辑：甲） |')).toEqual(['段内列举编号跳号：第2项编号为“2”，其后一项编号为“4”，应为“3”']);
  });

  it('reads an inline list wrapped over lines inside its sentences as one, but not lines that a real break parts', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    // Precondition (segment()): each line before a break is long enough and open, so the sentence goes on over it.
    const wrapped = '本中心年度主要工作内容是：1.完成数字化城市管理监督工作。2.做好全市\n数字化城市管理系统的日常维护。3.对各类城市管理信息\n的收集和整理。3.对受理的投诉进行处理。4.对各县市区的业务指导\n。';
    expect(messages(wrapped)).toEqual(['段内列举编号重复：第3项编号为“3”，其后一项编号为“3”，应为“4”']);
    // A number wrapped away from its mark (4⏎、履行…) is still that item: the list is whole.
    expect(messages('街道的主要职能是：1、履行辖区党的建设职责。2、履行辖区经济发展职责。3、履行辖区公共服务职责。4\n、履行辖区公共管理职责。5、履行辖区公共安全职责。')).toEqual([]);
    // Lines closed by 。 are paragraphs of their own: two short lists, none judged across the break.
    expect(messages('本中心年度主要工作内容是：1.完成监督工作。2.做好维护。\n3.对信息整理。3.对投诉处理。')).toEqual([]);
  });

  it('reads an inline item whose marker lost its full stop (。9不断…) as that item, but not a quantity (。9月…)', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    // Real shape (a township's 2020 决算 duties 1.–10., dev 2271), new wording: 3 written without its stop.
    expect(messages('主要职责：1.执行上级决议。2.管理本乡事务。3做好安全生产工作。4.完成上级交办的其他事项。')).toEqual([]);
    // Precondition: the bare number is followed by Chinese that is no measure or date word — 3月 is a month, the
    // item 3 is missing.
    expect(messages('主要职责：1.执行上级决议。2.管理本乡事务。3月完成换届。4.完成上级交办的其他事项。')).toEqual([
      '段内列举编号跳号：第2项编号为“2”，其后一项编号为“4”，应为“3”',
    ]);
    // No bare number at an item start at all: still a skip.
    expect(messages('主要职责：1.执行上级决议。2.管理本乡事务。做好安全生产工作。4.完成上级交办的其他事项。')).toEqual([
      '段内列举编号跳号：第2项编号为“2”，其后一项编号为“4”，应为“3”',
    ]);
  });

  it('reads circled item numbers and the parts of a document (第二部分) as runs of their own', () => {
    const messages = (t: string): string[] => runRule(numbering, t).findings.map((f) => f.message);
    expect(messages('一、概况\n①机构\n②人员\n②职责\n二、收支')).toEqual(['编号重复：“②人员”之后是“②职责”，应为“③”']);
    expect(messages('一、概况\n①机构\n②人员\n④职责\n二、收支')).toEqual(['编号跳号：“②人员”之后是“④”，应为“③”']);
    expect(messages('措施：①甲事项；②乙事项；②丙事项。')).toEqual(['编号重复：“②乙事项”之后是“②丙事项”，应为“③”']);
    // A circled list starting again at ① wherever it stands is a new list; an item skipped inside a sentence is not judged.
    expect(messages('资金用于①培训；②设备。另外①会议；②差旅；④其他。')).toEqual([]);
    expect(messages('第一部分 概况\n一、职责\n第二部分 收支\n一、收入\n第二部分 说明\n一、其他')).toEqual(['编号重复：“第二部分收支”之后是“第二部分说明”，应为“第三部分”']);
    // The contents' list of parts, then the body's from 第一部分 again.
    expect(messages('目录\n第一部分 概况\n第二部分 收支\n第一部分 概况\n一、职责\n第二部分 收支\n一、收入')).toEqual([]);
    expect(messages('目录\n第一部分 概况……1\n第二部分 收支……3\n第二部分 收支……5\n')).toEqual([]);
  });

  it('reports 七、 followed by 8、 as a change of style, and so 9、', () => {
    const text = '六、绩效\n七、问题\n1、财务\n2、资产\n8、下一步改进措施\n1、规范\n9、其他需要说明的情况\n无。';
    const findings = runRule(numbering, text).findings.filter((f) => f.severity === 'error');
    expect(findings).toHaveLength(2);
    expect(findings[0]!.message).toContain('八、');
    expect(findings[1]!.message).toContain('九、');
  });

  it('reports a skipped and a repeated number', () => {
    const skipped = runRule(numbering, '一、甲\n二、乙\n四、丁').findings;
    expect(skipped[0]!.message).toContain('跳号');
    const repeated = runRule(numbering, '一、甲\n（一）子\n（二）子\n（二）子\n').findings;
    expect(repeated[0]!.message).toContain('重复');
  });

  it('reads a list that starts again at 1 as a new list (目录 then body, 第二部分)', () => {
    expect(runRule(numbering, '目录\n一、甲\n二、乙\n一、甲\n二、乙\n三、丙').findings).toEqual([]);
  });

  it('does not count a gap left by the cells of a flattened table', () => {
    expect(runRule(numbering, '一、收入支出决算总表\n二、一般公共预算收入\n440.55\n三、事业收入\n12\n四、其他收入\n0\n五、部门预算').findings).toEqual([]);
  });

  it('does not read table rows as headings', () => {
    expect(runRule(numbering, '一、甲\n一、一般公共预算财政拨款收入\n1\n440.55\n二、乙\n|2.项目|内容|').findings).toEqual([]);
  });

  it('does not read a number at the start of a line as a heading (1.5万元)', () => {
    expect(runRule(numbering, '一、甲\n1.5万元用于办公\n二、乙').findings).toEqual([]);
  });

  it('reports a number repeated in a list numbered inside one paragraph', () => {
    const text = '主要职责：1.完成监督工作。2.做好平台维护。3.收集分析信息。4.完成考核考评。4.处理投诉举报。5.指导各县工作。';
    const { findings } = runRule(numbering, text);
    expect(findings.map((f) => f.message)).toEqual(['段内列举编号重复：第4项编号为“4”，其后一项编号为“4”，应为“5”']);
    expect(findings[0]!.evidence.map((e) => e.quote?.slice(0, 2))).toEqual(['4.', '4.']);
  });

  it('leaves a paragraph alone whose numbers run on, are amounts (2.5万元), or are fewer than three', () => {
    expect(runRule(numbering, '工作：1.监督。2.维护。3.考核。4.指导。').findings).toEqual([]);
    expect(runRule(numbering, '支出1.5万元。2.5万元用于维护。3.5万元用于考核。').findings).toEqual([]);
    expect(runRule(numbering, '工作：1.监督。3.维护。').findings).toEqual([]);
  });

  it('reports a heading marker that is no number (一一、) and leaves 十一、 alone', () => {
    const text = '第一部分 概况\n一一、部门职责\n负责全镇工作。\n二、机构设置\n十一、其他事项\n';
    const { findings } = runRule(numbering, text);
    expect(findings.filter((f) => f.message.includes('不是有效的序号')).map((f) => f.evidence[0]!.quote)).toEqual(['一一、部门职责']);
  });

  it('reports a numbered heading written twice in a row, not repeated numbers in a table', () => {
    const text = '目录\n第一部分：概况\n第二部分：2021年部门决算报表\n\n第二部分：2021年部门决算报表\n第三部分：说明\n';
    const found = runRule(numbering, text).findings.filter((f) => f.message.includes('连续出现两次'));
    expect(found).toHaveLength(1);
    expect(runRule(numbering, '合计 |\n0.00 |\n0.00 |\n1. 办公费\n2. 印刷费\n').findings.filter((f) => f.message.includes('连续出现两次'))).toEqual([]);
  });
});

describe('numbering: only prose headings (issue 12 preconditions)', () => {
  it('ignores contents entries with their page numbers and table rows read as text', () => {
    const contents = '目录\n一、部门职责 1\n二、机构设置 2\n十、预算绩效情况说明 11\n一、部门职责\n略。\n二、机构设置\n略。';
    expect(runRule(numbering, contents).findings).toEqual([]);
    const rows = '一、收入支出决算总体情况\n略。\n二、支出决算情况\n十三、农林水支出   123.45   456.78\n十五、交通运输支出   12.00   13.00\n三、其他\n略。';
    expect(runRule(numbering, rows).findings).toEqual([]);
  });

  it('ignores the entries of a contents list under 目录 without page numbers, and checks the body after it', () => {
    // A contents page that lists only some entries (九、 then 十二、) is no outline of the prose.
    const partial = '部门决算公开说明\n目 录\n九、国有资本经营预算财政拨款收入支出决算情况说明\n十二、其他需说明的事项\n九、国有资本经营预算财政拨款收入支出决算表\n第一部分 单位概况\n一、主要职能\n负责全市政务服务工作。\n二、机构设置\n略。';
    expect(runRule(numbering, partial).findings).toEqual([]);
    // The body after the contents list (it begins where an entry's title comes again) is still checked.
    const body = '目录\n一、部门职责\n二、机构设置\n一、部门职责\n略。\n二、机构设置\n略。\n四、其他\n略。';
    const findings = runRule(numbering, body).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('应为“三、”');
  });

  it('reports a contents entry numbered again where the list goes on from it (3、 3、 4、), and nothing else in the contents', () => {
    const text = '目录\n一、单位概况\n二、部门决算情况说明\n（一）收入支出决算总体情况\n（二）财政拨款收入支出情况\n（二）“三公”经费支出情况\n（三）政府采购支出情况\n三、名词解释\n一、单位概况\n略。';
    const findings = runRule(numbering, text).findings;
    expect(findings.map((f) => f.evidence.map((e) => e.quote))).toEqual([['（二）财政拨款收入支出情况', '（二）“三公”经费支出情况']]);
    // A number skipped, a repeat not followed by the next number, or the same entry twice: not read in contents.
    expect(runRule(numbering, '目录\n1、收入决算表\n2、支出决算表\n2、财政拨款收支表\n五、名词解释\n').findings).toEqual([]);
    expect(runRule(numbering, '目录\n1、收入决算表\n3、支出决算表\n4、财政拨款收支表\n').findings).toEqual([]);
  });

  it('reports 一、 used twice at the top level (a warning), but not a list started again under a new part', () => {
    const twice = '第一部分 部门概况\n一、单位概况\n（一）基本情况\n略。\n一、主要职能\n略。\n二、机构设置\n略。';
    const findings = runRule(numbering, twice).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('重复');
    const parts = '第一部分 部门概况\n一、单位概况\n略。\n第二部分 预算表\n一、收支总表\n略。';
    expect(runRule(numbering, parts).findings).toEqual([]);
  });

  it('takes a heading repeated under its own number and cut short (一、收入支出决算总体情况说明 ⏎ 一、收入支出决) for a copy, no number used twice', () => {
    const text = (second: string): string => `第三部分 2020年度部门决算情况说明\n一、收入支出决算总体情况说明\n${second}\n二、收入决算情况说明\n略。`;
    expect(runRule(numbering, text('一、收入支出决')).findings).toEqual([]);
    // Another title, or the number on a title that is no start of the one before, is still a number used twice.
    expect(runRule(numbering, text('一、收入决算情况')).findings.map((f) => f.message)).toEqual([expect.stringContaining('重复')]);
    expect(runRule(numbering, text('一、支出决算')).findings).toHaveLength(1);
    // One character is too little to tell a copy.
    expect(runRule(numbering, text('一、收')).findings).toHaveLength(1);
  });

  it('says nothing of a gap where an entry whose number was lost (a line starting with a bare 、) stands', () => {
    const lost = '第二部分 决算表\n七、一般公共预算财政拨款项目支出决算表\n、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款收入支出决算表\n第三部分 说明';
    expect(runRule(numbering, lost).findings).toEqual([]);
  });

  it('says nothing of a gap filled by as many entry titles without a number as numbers are missing', () => {
    const one = '第二部分 决算表\n七、一般公共预算财政拨款项目支出决算表\n政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款收入支出决算表\n第三部分 说明';
    expect(runRule(numbering, one).findings).toEqual([]);
    const two = '附表目录\n\n八、项目支出预算表\n\n部门整体支出绩效目标表\n\n项目支出绩效目标表\n\n十一、政府采购预算表\n';
    expect(runRule(numbering, two).findings).toEqual([]);
    // Fewer titles than missing numbers, or a line of another shape in the gap: the skip stands.
    const short = '附表目录\n八、项目支出预算表\n部门整体支出绩效目标表\n十一、政府采购预算表\n';
    expect(runRule(numbering, short).findings).toHaveLength(1);
    const prose = '二、支出情况\n本年支出120万元，比上年增加。\n四、结余情况\n';
    expect(runRule(numbering, prose).findings).toHaveLength(1);
  });

  it('says nothing of a gap across a line whose encoding is damaged (a heading may be lost in it)', () => {
    const text = '一、部门收支总体情况\n（一）收入预算\n。ㄋ模╊A算\n（三）政府采购情况\n二、名词解释';
    expect(runRule(numbering, text).findings).toEqual([]);
    // The same gap in a clean text is reported.
    expect(runRule(numbering, '一、部门收支总体情况\n（一）收入预算\n（三）政府采购情况\n二、名词解释').findings).toHaveLength(1);
  });

  it('finds the number said to be missing inside a line in between (two entries joined on one line)', () => {
    const text = '一、收入支出决算总表\n二、“三公”经费支出决算表三、政府性基金预算财政拨款收入支出决算表\n四、国有资本经营预算财政拨款支出决算表';
    expect(runRule(numbering, text).findings).toEqual([]);
  });

  it('takes a list that starts again at 1 inside a paragraph for a second list', () => {
    const text = '主要做法：1.健全制度。2.强化监督。3.公开信息。1.加强培训。2.规范流程。3.跟踪问效。';
    expect(runRule(numbering, text).findings).toEqual([]);
  });

  it('ignores the rows of a table read as lines between its tab-separated rows (all 23 类 beside 收入 一…八)', () => {
    const table = [
      '第二部分 决算表',
      '一、收入支出决算总表',
      '单位：万元',
      '收入项目\t决算数\t支出项目\t决算数',
      '一、财政拨款收入\t120.00\t一、一般公共服务支出\t',
      '八、其他收入\t\t八、社会保障和就业支出\t20.00',
      '\t九、卫生健康支出\t10.00',
      '十、节能环保支出',
      '十一、城乡社区支出 90.00',
      '十二、农林水',
      '支出',
      '二十三、其他支出',
      '本年收入合计\t120.00\t本年支出合计\t120.00',
      '二、收入决算表',
      '单位：万元',
      '科目编码\t科目名称\t合计',
      '201\t一般公共服务支出\t120.00',
      '第三部分 情况说明',
      '一、收入支出决算总体情况说明',
      '本年收入120.00万元。',
      '二、收入决算情况说明',
      '本年收入均为财政拨款。',
    ].join('\n');
    expect(runRule(numbering, table).findings).toEqual([]);
    // Before: 十、 … 二十三、 read as headings made 二、收入决算表 a step back (二十三、 then 二、).
  });

  it('still checks the prose headings and table titles around such a table', () => {
    const table = [
      '一、收入支出决算总表',
      '收入项目\t决算数\t支出项目\t决算数',
      '一、财政拨款收入\t120.00\t一、一般公共服务支出\t',
      '十、节能环保支出',
      '本年收入合计\t120.00\t本年支出合计\t120.00',
      '第三部分 情况说明',
      '一、收入支出决算总体情况说明',
      '本年收入120.00万元。',
      '三、支出决算情况说明',
      '本年支出120.00万元。',
    ].join('\n');
    expect(runRule(numbering, table).findings.map((f) => f.message)).toEqual(['标题编号跳号：“一、收入支出决算总体情况说明”之后是“三、”，应为“二、”']);
  });

  it('reads a table flattened one cell per line, or with spaced amounts, as rows too', () => {
    const flat = [
      '一、收入支出决算总表',
      '单位：万元',
      '一、财政拨款收入',
      '500.00',
      '一、一般公共服务支出',
      '300.00',
      '二、外交支出',
      '三、国防支出',
      '八、社会保障和就业支出',
      '120.00',
      '二、收入决算表',
      '单位：万元',
    ].join('\n');
    expect(runRule(numbering, flat).findings).toEqual([]);
    const spaced = '一、收入支出决算总表\n一、财政拨款收入 500.00 一、一般公共服务支出 300.00\n十、节能环保支出\n十二、农林水支出 200.00\n本年收入合计 500.00 本年支出合计 500.00\n二、收入决算表';
    expect(runRule(numbering, spaced).findings).toEqual([]);
  });
  it('checks a list numbered 1:, 2:, … on its own lines: a number used twice where the next is skipped, or one skipped', () => {
    const list = (nums: number[]): string => `附表目录\n${nums.map((n, i) => `${n}:第${i + 1}张收支决算表`).join('\n\n')}\n说明`;
    const twice = runRule(numbering, list([1, 2, 3, 4, 5, 5, 7, 8]));
    expect(twice.findings.map((f) => f.severity)).toEqual(['error']);
    expect(twice.findings[0]!.message).toContain('“5:”用了两次');
    expect(runRule(numbering, '1：部门收入预算表\n2：部门支出预算表\n3：财政拨款收支表\n5：一般公共预算支出表\n6：政府性基金支出表\n7：三公经费预算表\n').findings).toHaveLength(1);
    // A whole list, times of day (10:40), a list not starting at 1, and a short list are not judged.
    expect(runRule(numbering, list([1, 2, 3, 4, 5, 6, 7, 8])).findings).toEqual([]);
    expect(runRule(numbering, '发布时间:2022-10-10 10:40\n9:00开会\n10:30散会\n').findings).toEqual([]);
    expect(runRule(numbering, '3:甲表\n4:乙表\n6:丙表\n7:丁表\n8:戊表\n').findings).toEqual([]);
    expect(runRule(numbering, '1:甲表\n2:乙表\n2:丙表\n4:丁表\n').findings).toEqual([]);
  });

  it('reads the levels in the order the text nests its styles (1. above （一）), not only in the standard order', () => {
    const text = '1.部门基本情况\n（一）职能职责\n本部门负责全县工作。\n（二）机构设置\n下设三个股室。\n2.部门决算情况说明\n（一）收入决算\n收入合计100万元。\n（二）支出决算\n支出合计90万元。\n3.名词解释\n';
    expect(runRule(numbering, text).findings).toEqual([]);
    // The same text with a number skipped at its top level is still reported.
    expect(runRule(numbering, text.replace('3.名词解释', '4.名词解释')).findings).toHaveLength(1);
  });

  it('reads （1） above （一） when the text nests them so', () => {
    const text = '（1）部门基本情况\n（一）职能职责\n负责全县工作。\n（二）机构设置\n下设三个股室。\n（2）部门决算情况说明\n（一）收入支出决算总体情况\n1.总体情况。收入合计100万元。\n（3）名词解释\n';
    expect(runRule(numbering, text).findings).toEqual([]);
  });

  it('reads the cells of a row printed as pdftotext -layout prints it as lists of their own (two numbered lists side by side)', () => {
    const row = (gap: string): string => `1.建设美丽乡村；2.整治自然村庄；3.推进农村改厕。${gap}1.启动4个示范村建设；2.整治村庄202个；3.完成改厕3061户。\n`;
    expect(runRule(numbering, row('     ')).findings).toEqual([]);
    // Within one cell a list that steps back is still reported.
    expect(runRule(numbering, row('     ').replace('3.推进', '2.推进')).findings).toHaveLength(1);
  });

  it('reads 2. and 3. under 一、 as its items when their 1. runs on after the colon of the line under it', () => {
    const text = '一、单位职责\n学校的主要职责是:1. 实施初中、小学和学前教育管理\n2. 本辖区“两基”和“普实”工作\n3.本辖区教育教学工作指导、教育规划和督导评估\n二、机构设置及部门决算单位构成\n本单位内设8个科室。';
    expect(runRule(numbering, text).findings).toEqual([]);
    // Without the glued 1. the 2. continuing 一、 is still read as the top level written in another style.
    expect(runRule(numbering, text.replace('职责是:1. 实施', '职责是:实施')).findings.length).toBeGreaterThan(0);
  });
});


describe('numbering: a heading out of sequence among items of a list (fcrules, first contact)', () => {
  const of = (text: string): string[][] =>
    auditText(text, { fiscalYear: 2023 })
      .findings.filter((f) => f.rule === 'numbering')
      .map((f) => [f.shape ?? '', f.severity]);

  it('makes a skip among duties written as clauses a 提示, and keeps it a 警告 between headings of prose', () => {
    // New wording: a county bureau's duties, one clause per item, (四) left out by the writer or the copy.
    const duties = '一、部门基本情况\n主要职能：\n（一）贯彻执行国家和省关于农业农村工作的方针政策；\n（二）统筹研究和组织实施农业农村发展战略；\n（三）负责种植业、畜牧业、渔业的行业管理；\n（五）承办县委、县政府交办的其他事项。\n二、部门整体支出情况\n2023年部门支出合计1200万元。\n';
    expect(of(duties)).toEqual([['heading-in-list', 'info']]);
    // Still a 警告: the same gap between section titles with their text under them.
    const prose = '一、部门基本情况\n（一）职能职责\n负责全县农业农村工作。\n（二）机构设置\n内设股室6个。\n（四）人员情况\n在职32人。\n二、部门整体支出情况\n支出1200万元。\n';
    expect(of(prose)).toEqual([['heading-skip', 'warning']]);
  });

  it('makes a skip among rows of a table flattened to text a 提示', () => {
    // New wording: the 收支总表 of a town's 决算 flattened, its (三) row left out of the copy.
    const rows = '一、收入支出决算总体情况\n（一）收入总计1850.26万元\n（二）支出总计1850.26万元\n（四）年末结转和结余0万元\n二、财政拨款收入支出决算总体情况说明\n财政拨款收入1800万元。\n';
    expect(of(rows)).toEqual([['heading-in-list', 'info']]);
  });

  it('reads 2、 3、 under 一、 followed by 二、 as a sub-list, and 8、 9、 after 七、 with no 八、 as the top level gone astray', () => {
    // New wording: a health bureau's duties numbered 2、 3、 (their 1、 lost) right under 一、, the outline going on with 二、.
    const sub = '一、部门职责\n2、负责全县医疗卫生机构的行业管理。\n3、负责疾病预防控制和卫生应急工作。\n二、机构设置\n本局内设股室6个。\n三、收入支出决算总体情况说明\n收入总计3456.78万元。\n';
    expect(of(sub).every(([shape, severity]) => shape === 'heading-in-list' && severity === 'info')).toBe(true);
    expect(of(sub).length).toBeGreaterThan(0);
    // Still found: the last two top headings written 8、 9、 after 七、.
    const astray = '六、绩效目标完成情况\n全部完成。\n七、存在的问题\n资金拨付较慢。\n8、下一步改进措施\n加快拨付进度。\n9、其他需要说明的情况\n无。\n';
    expect(of(astray)).toEqual([
      ['heading-style', 'warning'],
      ['heading-style', 'warning'],
    ]);
  });

  it('keeps a number used twice in a list of tables at its own shape (an 错误)', () => {
    const tables = '第二部分 2023年度部门决算表\n六、一般公共预算财政拨款基本支出决算表\n七、一般公共预算财政拨款项目支出决算表\n七、政府性基金预算财政拨款收入支出决算表\n九、国有资本经营预算财政拨款收入支出决算表\n';
    expect(of(tables)).toContainEqual(['heading-duplicate', 'error']);
  });
});

describe('numbering: a list run on in one line opens no level (spent test23)', () => {
  it('does not take （一）…（二）… written in one line under 2. for headings, so 3. goes on from 2.', () => {
    const text = [
      '（二）目标完成情况',
      '1.产出指标',
      '改造提升3个乡镇商贸中心。',
      '2.效益指标',
      '（一）经济效益：全系统农产品销售额5.8亿元，增长12.6%。（二）社会效益：带动农户增收。',
      '3.满意度指标',
      '满意度为94.0%。',
    ].join('\n');
    expect(runRule(numbering, text).findings).toEqual([]);
    // A 3. that does skip a number is still reported.
    expect(runRule(numbering, text.replace('2.效益指标', '4.效益指标')).findings.length).toBeGreaterThan(0);
  });
});

describe('numbering: a document embedded after its heading starts its own outline (dev 2634)', () => {
  const page = (between: string): string =>
    `一、预算草案报告\n二、公开表格\n三、情况说明\n一、预算草案报告\n${between}一、2020年财政预算执行情况\n全年完成收入5亿元。\n二、2021年财政预算草案\n安排支出6亿元。`;

  it('reads 一、 again after a document title or a salutation as a new list', () => {
    expect(runRule(numbering, page('关于西塞山区2020年财政预算执行情况和2021年财政预算草案的报告\n')).findings).toEqual([]);
    expect(runRule(numbering, page('各位代表：\n')).findings).toEqual([]);
  });

  it('still reports 一、 used twice with only prose between', () => {
    expect(runRule(numbering, page('受区政府委托，现作报告。\n')).findings.map((f) => f.rule)).toEqual(['numbering']);
  });
});

describe('numbering: a contents entry numbered twice where the next number is then missing (atext, dev 1915)', () => {
  const contents = (third: string) =>
    `目录\n三、决算情况说明........................3\n(五)一般公共预算财政拨款支出决算情况说明..........(5)\n(六)一般公共预算财政拨款基本支出决算..........(11)\n(六)政府性基金预算财政拨款支出决算总体情况说明..........(11)\n${third}国有资本经营预算财政拨款支出决算总体情况说明..........(12)\n`;
  const shapes = (t: string) => runRule(numbering, t).findings.map((f) => f.shape);

  it('reports (六) (六) (八): the second (六) stands for the missing (七)', () => {
    const found = runRule(numbering, contents('(八)')).findings.filter((f) => f.shape === 'contents-duplicate');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('（七）');
  });

  it('is silent on a contents list numbered in order', () => {
    expect(shapes(contents('(七)').replace('(六)政府性', '(七)政府性').replace('(七)国有', '(八)国有'))).toEqual([]);
  });
});

describe('numbering: a list of tables numbered twice where the next number is then missing (atext, dev 2536)', () => {
  const list = (second: string, third: string) => `二、部门预算公开表\n表7 财政拨款“三公”经费、会议费和培训费\n表8 政府性基金预算支出情况表\n${second} 国有资本经营预算支出情况表\n${third} 本级项目绩效目标公开表\n`;
  const shapes = (t: string) => runRule(numbering, t).findings.map((f) => f.shape);
  it('reports 表8 表8 表10', () => {
    expect(shapes(list('表8', '表10'))).toEqual(['table-list-duplicate']);
  });
  it('is silent on a list in order and on tables captioned apart in the body', () => {
    expect(shapes(list('表9', '表10'))).toEqual([]);
    expect(shapes('表1 资金来源表\n说明如下。\n表2 资金支出表\n正文。\n表4 分乡镇完成情况表\n正文。\n表3 绩效指标表\n')).toEqual([]);
  });
});

describe('numbering: headings numbered by part and place, X.Y (atext, dev 3046)', () => {
  const text = (a: string, b: string) => `1.1 主要职能\n学校承担教学任务。\n1.2 机构设置及人员情况\n内设科室4个。\n2.1 收支总体情况\n收入3,793.22万元。\n2.2 基本支出情况\n基本支出2,402.17万元。\n2.3 项目支出情况\n项目支出1,376.11万元。\n${a} “三公”经费情况\n“三公”经费2.5万元。\n${b} 预算管理情况\n制度健全。\n`;
  const shapes = (t: string) => runRule(numbering, t).findings.map((f) => f.shape);
  it('reports 2.3, 2.5, 2.5 once', () => {
    expect(shapes(text('2.5', '2.5'))).toEqual(['decimal-heading']);
  });
  it('is silent on 2.4, 2.5 and on an amount after a number (2.5万元)', () => {
    expect(shapes(text('2.4', '2.5'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { adjustmentTableRows, closingItems, colonBreakdowns, indicatorCountsAgainstTable, namedBaseAmounts, namedBaseDirections, sourceParts, wholeRates } from './stated-elsewhere-checks.ts';

const messages = (rule: Parameters<typeof runRule>[0], text: string): string[] => runRule(rule, text).findings.map((f) => `${f.severity} ${f.message}`);

describe('a department execution rate against the spending and the budget stated in other sentences', () => {
  const text = (rate: string, budgetLine = '经两次调整，2025年调整后全年预算为2,480.00万元。'): string =>
    `三、预算执行\n本年度年初预算2,150.00万元，其中人员经费1,320.00万元。${budgetLine}\n全年实际支出2,356.00万元，其中基本支出1,402.50万元、项目支出953.50万元。资金支付均经集体研究。整体预算执行率达到${rate}，较好完成年度任务。\n`;
  it('reads spending ÷ budget where the rate stands alone', () => {
    expect(messages(wholeRates, text('96.50%'))).toEqual(['warning 预算执行率写为96.50%，按前文全年支出2,356.00万元÷全年预算2,480.00万元计算应为95.00%']);
    expect(messages(wholeRates, text('95.00%'))).toEqual([]);
  });
  it('stays silent without one adjusted budget, on a rate of the year-start budget, or with money in the rate sentence', () => {
    expect(messages(wholeRates, text('96.50%', ''))).toEqual([]);
    expect(messages(wholeRates, text('96.50%', '年中调整后全年预算2,480.00万元，后又调整后全年预算2,510.00万元。'))).toEqual([]);
    // 2,356.00 ÷ 2,150.00 = 109.58 %: the rate of another pair of the same sentences.
    expect(messages(wholeRates, text('109.58%'))).toEqual([]);
    expect(messages(wholeRates, '调整后全年预算2,480.00万元。\n全年实际支出2,356.00万元，其中项目支出953.50万元，预算执行率96.50%。\n')).toEqual([]);
  });
  it('reads a rate named 比例 (no comparison in its 比)', () => {
    expect(messages(wholeRates, text('96.50%').replace('整体预算执行率达到', '整体预算执行比例达到'))).toEqual([
      'warning 预算执行比例写为96.50%，按前文全年支出2,356.00万元÷全年预算2,480.00万元计算应为95.00%',
    ]);
  });
  it('reads across a copy’s line breaks, and not an item’s spending (实际支出 names no year)', () => {
    expect(messages(wholeRates, '调整后全年预算2,480.00万元。\n本年度支出合计2,356.00万元，\n预算执行率为96.50%。\n')).toHaveLength(1);
    expect(messages(wholeRates, '调整后全年预算2,480.00万元。\n（四）项目支出\n道路养护：预算300.00\n万元，实际支出290.00万元，执行率96.67%。\n')).toEqual([]);
  });
  it('reads the rate right after the year’s spending in its own sentence', () => {
    expect(messages(wholeRates, '调整后全年预算2,480.00万元。\n本年度支出合计2,356.00万元，预算执行率为96.50%。\n')).toEqual([
      'warning 预算执行率写为96.50%，按前文全年支出2,356.00万元÷全年预算2,480.00万元计算应为95.00%',
    ]);
  });
});

describe('amounts by source of funds against the whole stated in the sentences before', () => {
  const text = (second: string): string => `本年度年初预算880.00万元，年中追加45.60万元，调整后全年预算925.60万元。\n按资金来源划分，本级财政拨款812.60万元，中央转移支付${second}万元。\n`;
  it('is silent when the sum is one of the amounts before, reports a sum one digit off the only such amount', () => {
    expect(messages(sourceParts, text('113.00'))).toEqual([]);
    expect(messages(sourceParts, text('115.00'))).toEqual(['warning 按资金来源所列各项合计927.60万元，与前文调整后全年预算925.60万元相差一位数字，二者应一致']);
  });
  it('stays silent on a gap of more than one digit and without an opener', () => {
    expect(messages(sourceParts, text('150.00'))).toEqual([]);
    expect(messages(sourceParts, '调整后全年预算925.60万元。\n其中本级财政拨款812.60万元，中央转移支付115.00万元。\n')).toEqual([]);
  });
});

describe('a closing total of numbered item lines, each with one amount of its role', () => {
  const text = (total: string, count = ''): string =>
    `（三）重点项目\n1.乡村道路养护：安排预算96.00万元，实际支出92.40万元。\n2.桥梁安全检测：安排预算30.00万元，实际支出28.75万元，检测桥梁14座。\n3.农村客运站点维修：安排预算18.50万元，实际支出18.50万元。\n上述${count}项目共计支出${total}万元。\n`;
  it('adds each line’s spent amount', () => {
    expect(messages(closingItems, text('139.65'))).toEqual([]);
    expect(messages(closingItems, text('193.65'))).toEqual(['warning 项目共计支出写为193.65万元，但以上3项所列支出之和为139.65万元']);
  });
  it('stays silent on a count that is not the number of lines and on a line with two spent amounts', () => {
    expect(messages(closingItems, text('193.65', '4个'))).toEqual([]);
    expect(messages(closingItems, text('193.65').replace('实际支出28.75万元', '实际支出28.75万元，其中支付检测费20.00万元'))).toEqual([]);
  });
});

describe('a change against a budget named by its phase and not restated', () => {
  const text = (change: string, word = '增加'): string => `本年度年初预算1,240.00万元，经追加后全年预算1,378.50万元，较年初预算${word}${change}万元，主要是追加设备购置经费。\n`;
  it('checks the amount of the change', () => {
    expect(messages(namedBaseAmounts, text('138.50'))).toEqual([]);
    expect(messages(namedBaseAmounts, text('183.50'))).toEqual(['warning 较年初预算增加183.50万元，但按1,378.50万元与年初预算1,240.00万元计算，差额为138.50万元']);
  });
  it('checks the direction where the amount agrees', () => {
    expect(messages(namedBaseDirections, text('138.50', '减少'))).toEqual(['warning 1,378.50万元较年初预算1,240.00万元增加138.50万元，文中写为“减少”']);
    expect(messages(namedBaseDirections, text('138.50'))).toEqual([]);
    // A subject named: the amount of its phase in the sentence.
    expect(messages(namedBaseDirections, '年初预算1,240.00万元，全年预算1,378.50万元，全年预算数较年初预算减少138.50万元。')).toHaveLength(1);
  });
  it('stays silent without the named budget near, or with two values of it', () => {
    expect(messages(namedBaseAmounts, '全年预算1,378.50万元，较年初预算增加183.50万元。')).toEqual([]);
    expect(messages(namedBaseAmounts, '年初预算1,240.00万元，其中年初预算项目支出300.00万元，全年预算1,378.50万元，较年初预算增加183.50万元。')).toEqual([]);
  });
});

describe('a whole followed by a colon and its named parts', () => {
  it('reports parts over the whole, and parts short of it by a slipped digit', () => {
    expect(messages(colonBreakdowns, '2024年项目支出3,412.80万元：基础设施维护2,106.40万元，环境整治1,316.40万元。')).toEqual([
      'warning 项目支出为3,412.80万元，冒号后所列各项合计3,422.80万元，多于总数',
    ]);
    expect(messages(colonBreakdowns, '“三公”经费支出8.46万元：公务接待费1.20万元（接待28批次），公务用车运行维护费7.06万元。')).toEqual([
      'warning “三公”经费支出为8.46万元，冒号后所列各项合计8.26万元，少于总数',
    ]);
  });
  it('stays silent on agreeing parts, a short open list, and anything but names and amounts after the colon', () => {
    expect(messages(colonBreakdowns, '项目支出3,412.80万元：基础设施维护2,106.40万元，环境整治1,306.40万元。')).toEqual([]);
    expect(messages(colonBreakdowns, '项目支出3,412.80万元：基础设施维护2,106.40万元，环境整治1,000.00万元。')).toEqual([]);
    expect(messages(colonBreakdowns, '项目支出3,412.80万元：基础设施维护2,106.40万元，占61.72%，环境整治1,316.40万元。')).toEqual([]);
  });
});

describe('a closing total of numbered items cut by a copy\'s wraps, under a heading numbered otherwise (ainv)', () => {
  const text = (total: string, heading = '（2）重点项目'): string =>
    `${heading}\n1.乡村道路养护：安排预算96.00万元，实际支出92.40\n万元，完成养护里程86公里。\n2.桥梁安全检测：安排预算30.00万\n元，实际支出28.75万元。\n3.农村客运站点维修：安排预算18.50万元，实际支出18.50万元\n。\n上述项目共计支出${total}万元。\n`;
  it('reads each item with the lines its wrap cut from it', () => {
    expect(messages(closingItems, text('139.65'))).toEqual([]);
    expect(messages(closingItems, text('193.65'))).toEqual(['warning 项目共计支出写为193.65万元，但以上3项所列支出之和为139.65万元']);
  });
  it('takes no heading numbered otherwise for an item, and no line after a closed one', () => {
    expect(messages(closingItems, text('193.65', '二、重点项目'))).toEqual(['warning 项目共计支出写为193.65万元，但以上3项所列支出之和为139.65万元']);
    // A paragraph of prose after the last item's stop (。) ends the items: the total closes no list.
    expect(messages(closingItems, text('193.65').replace('上述项目', '另有结转资金单独核算。\n上述项目'))).toEqual([]);
  });
});

describe('a whole, its colon and its parts across a copy\'s line breaks (ainv)', () => {
  it('reads a colon opening the next line and a separator opening a line as if the lines were one', () => {
    expect(messages(colonBreakdowns, '二、预算执行\n公用经费合计1,046,300.00元\n：办公费218,500.00元，差旅费136,900.00元\n，维修（护）费700,900.00元。\n')).toEqual([
      'warning 公用经费为1,046,300.00元，冒号后所列各项合计1,056,300.00元，多于总数',
    ]);
    // A blank line before the colon ends the clause: what follows is no list of that whole.
    expect(messages(colonBreakdowns, '二、预算执行\n公用经费合计1,046,300.00元\n\n：办公费218,500.00元，差旅费136,900.00元，维修（护）费700,900.00元。\n')).toEqual([]);
  });
});

describe('a bare 执行率 right after the year’s spending', () => {
  it('is read as the department’s rate after the year’s spending, and not without it', () => {
    expect(messages(wholeRates, '全年预算6,400,000.00元。\n全年支出6,208,000.00元，执行率97.50%。\n')).toEqual([
      'warning 执行率写为97.50%，按前文全年支出6,208,000.00元÷全年预算6,400,000.00元计算应为97.00%',
    ]);
    expect(messages(wholeRates, '全年预算6,400,000.00元。\n全年支出6,208,000.00元。执行率97.50%。\n')).toHaveLength(1);
    // Without the year's spending named as such before it: no rate of the department.
    expect(messages(wholeRates, '全年预算6,400,000.00元。\n实际支出6,208,000.00元。执行率97.50%。\n')).toEqual([]);
  });
});

describe('a table of the year’s budget change', () => {
  const table = (adjusted: string): string => `（一）预算调整\n项目\t年初预算数\t追加预算\t调减预算\t调整后预算数\n部门合计\t12,306.50\t1,420.00\t386.25\t${adjusted}\n`;
  it('checks year-start + additions − cuts against the year’s budget in each row', () => {
    expect(messages(adjustmentTableRows, table('13,340.25'))).toEqual([]);
    expect(messages(adjustmentTableRows, table('13,430.25'))).toEqual(['warning 表中调整后预算数为13,430.25，与年初预算数加追加、减调减之数13340.25不符']);
  });
  it('stays silent on a table with a column of another kind', () => {
    expect(messages(adjustmentTableRows, '年初预算\t追加\t实际支出\t全年预算\n100.00\t20.00\t110.00\t130.00\n')).toEqual([]);
  });
});

describe('a count of indicators by category against the table right below', () => {
  const text = (stated: string, rows: string): string =>
    `三、绩效指标完成情况\n本年度设定绩效指标${stated}。具体如下：\n一级指标\t二级指标\t指标值\t完成值\n${rows}四、自评结论\n`;
  const rows = '产出指标\t道路养护里程\t≥120公里\t126公里\n产出指标\t桥梁检测座数\t14座\t14座\n效益指标\t优良路率\t≥85%\t88%\n满意度指标\t群众满意度\t≥90%\t93%\n';
  it('checks each category’s rows and all rows', () => {
    expect(messages(indicatorCountsAgainstTable, text('4个，其中产出指标2个、效益指标1个、满意度指标1个', rows))).toEqual([]);
    expect(messages(indicatorCountsAgainstTable, text('5个，其中产出指标3个、效益指标1个、满意度指标1个', rows))).toHaveLength(1);
  });
  it('stays silent where the table’s categories are not those stated', () => {
    expect(messages(indicatorCountsAgainstTable, text('5个，其中产出指标3个、效益指标1个、满意度指标1个', rows.replace('效益指标\t优良路率', '成本指标\t优良路率')))).toEqual([]);
  });
});

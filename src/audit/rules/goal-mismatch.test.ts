import { describe, expect, it } from 'vitest';
import { goalMismatch } from './goal-mismatch.ts';
import { similarity } from './lib/goal-items.ts';
import { runRule } from './lib/run-rule.ts';

describe('goal-mismatch', () => {
  it('reads numbered goal lines (目标1：…不少于15宗；) against a numbered evaluation line\'s 年度目标 (former test33 2743, 2749)', () => {
    const text = (target: string) =>
      '（五）年度绩效目标\n根据2024年部门预算，确定年度整体绩效目标2项：\n目标1：完成国有建设用地供应宗地不少于15宗；\n目标2：完成不动产登记业务不少于12000件；\n' +
      `（一）产出指标\n1. 完成国有建设用地供应宗地：年度目标${target}宗，实际完成17宗，完成年度目标。\n2. 完成不动产登记业务：年度目标12000件，实际完成12500件。`;
    const shapes = (t: string) => runRule(goalMismatch, t).findings.map((f) => [f.severity, f.shape]);
    expect(shapes(text('12'))).toEqual([['warning', 'target-restated']]);
    expect(shapes(text('15'))).toEqual([]);
  });

  it('reports goals set and evaluated that differ in number and content', () => {
    const text =
      '（四）绩效目标设定情况\n目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强；\n四、评价指标分析\n目标1：\n把固本培元作为根本任务，守正笃行。\n目标2：\n把贯彻落实作为根本底线。\n目标3：\n把精准务实作为根本方法。';
    const { findings } = runRule(goalMismatch, text);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(findings[0]!.calculation).toBe('2 ≠ 3');
  });

  it('accepts evaluated goals that follow the goals set', () => {
    const text =
      '目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强，实现招商引资；\n评价\n目标1：深度融入国际陆港，集货量增长。\n目标2：聚焦招大引强，招商引资到位资金72亿元。';
    expect(runRule(goalMismatch, text).findings).toEqual([]);
  });

  it('says it could not compare without two goal lists', () => {
    expect(runRule(goalMismatch, '目标1：做好工作。').notChecked[0]).toContain('goal-mismatch');
    expect(similarity('', 'abc')).toBe(0);
  });
});

describe('goal-mismatch: 自评表 indicators', () => {
  const table = (actual: string, score: string) =>
    `项目支出绩效自评表\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t培训人次\t≥200人次\t${actual}\t10\t${score}\n效益指标\t满意度\t≥95%\t96%\t10\t10\n`;

  it('reports an indicator below its target still scored full', () => {
    const { findings } = runRule(goalMismatch, table('150人次', '10'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['≥200人次', '150人次', '10']);
  });

  it('accepts a reduced score or a target met', () => {
    expect(runRule(goalMismatch, table('150人次', '7.5')).findings).toEqual([]);
    expect(runRule(goalMismatch, table('210人次', '10')).findings).toEqual([]);
  });
});

describe('goal-mismatch: 自评表 flattened one cell per line', () => {
  const cells = (actual: string, score: string) =>
    ['一级指标 |', '三级指标 |', '分值 |', '年度指标值 |', '全年实际值 |', '得分 |', '|', '产出指标 |', '★特困人员救助供养人数 |', '5 |', '>=4754人 |', `${actual} |`, `${score} |`, '|', '扶贫临时救助标准 |', '10 |', '<=5300元/户 |', '5200元/户 |', '10 |', ''].join('\n');

  it('reports an indicator below its target still scored full, by the header’s order of cells', () => {
    const { findings } = runRule(goalMismatch, cells('4604人', '5'));
    expect(findings.map((f) => f.evidence.map((e) => e.quote))).toEqual([['>=4754人', '4604人', '5']]);
  });

  it('accepts a target met or a reduced score, and reads nothing without the header', () => {
    expect(runRule(goalMismatch, cells('4800人', '5')).findings).toEqual([]);
    expect(runRule(goalMismatch, cells('4604人', '4')).findings).toEqual([]);
    expect(runRule(goalMismatch, cells('4604人', '5').replace('全年实际值 |', '备注 |')).findings).toEqual([]);
  });
});

describe('goal-mismatch: indicator rows of a flattened 自评表', () => {
  const head = '部门整体支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 评分标准 分值 得分 偏差原因\n';
  const row = (target: string, actual: string, standard: string, score: string, remark = '') =>
    `${head}产出指标 数量指标 巡查水库座数 ${target} ${actual} ${standard} 6 ${score} ${remark}\n`;
  const shapes = (text: string) => runRule(goalMismatch, text).findings.map((f) => f.shape);

  it('reports a score other than the one its scoring standard gives the actual', () => {
    const { findings } = runRule(goalMismatch, row('12座', '9座', '满分6分，达12座得6分，少一座扣1分，扣完为止。', '6', '已完成'));
    expect(findings.map((f) => f.shape)).toEqual(['indicator-standard-score']);
    expect(findings[0]!.calculation).toBe('6 − 1 × ⌈(12 − 9) ÷ 1⌉ = 3 ≠ 6');
    expect(findings[0]!.evidence[0]!.quote).toBe('巡查水库座数 12座 9座');
  });

  it('accepts the score its standard gives, a deduction explained, or a target met', () => {
    expect(shapes(row('12座', '9座', '满分6分，达12座得6分，少一座扣1分，扣完为止。', '3', '两座水库汛期封闭'))).toEqual([]);
    expect(shapes(row('12座', '13座', '满分6分，达12座得6分，少一座扣1分。', '6', '已完成'))).toEqual([]);
  });

  it('reports a target column other than the value the standard scores full', () => {
    expect(shapes(row('6座', '13座', '满分6分，达12座得6分，少一座扣1分。', '6'))).toEqual(['indicator-standard-target']);
    // A standard in another unit (a rate) names no target of the count.
    expect(shapes(row('12座', '13座', '巡查覆盖率达100%得6分。', '6'))).toEqual([]);
  });

  it('reports a target missed with a full score when no standard says the points', () => {
    const text = `${head}产出指标 质量指标 水质达标率 ≥95% 92% 按比例计分 6 6\n`;
    expect(shapes(text)).toEqual(['indicator-missed-full']);
  });

  it('accepts a ceiling met by a lower actual, a qualitative target and a percentage against a count', () => {
    const text = `${head}成本指标 单次巡查成本 ≤800元 760元 按比例计分 6 6\n满意度指标 群众满意度 优 良 按等级计分 6 6\n数量指标 培训人数 ≥95 90% 按比例计分 6 6\n`;
    expect(shapes(text)).toEqual([]);
  });

  it('warns of 已完成 beside an actual below its target, a deduction made', () => {
    const text = `${head}产出指标 数量指标 培训场次 ≥20场 18场 按比例计分 6 5 已完成\n产出指标 数量指标 宣传场次 ≥20场 18场 按比例计分 6 5 受疫情影响两场取消\n`;
    const { findings } = runRule(goalMismatch, text);
    expect(findings.map((f) => [f.shape, f.severity])).toEqual([['indicator-done-but-missed', 'warning']]);
  });

  it('warns of a sentence whose actual misses its target when the report says all goals were met', () => {
    const claim = '该项目已按照计划完成目标。\n';
    const missed = '第一，入户走访户数年初指标值为不低于300户，全年实际完成值260户。';
    expect(shapes(claim + missed)).toEqual(['indicator-prose-missed-claimed']);
    expect(shapes(`${claim}${missed.replace('。', '，主要原因是部分农户外出务工。')}`)).toEqual([]);
    expect(shapes(missed)).toEqual([]);
  });

  it('reads the same sentence with other words for the target and the actual, against a claim that all was done', () => {
    const missed = '数量指标。全年参保缴费人数年初任务数1500人，全年完成值1380人。';
    expect(shapes(`年度各项绩效目标全部完成。\n${missed}`)).toEqual(['indicator-prose-missed-claimed']);
    expect(shapes(missed)).toEqual([]);
  });

  it('warns of a goal told done in its own words with a lower number', () => {
    const text = '年度总体目标 | 预期目标 | 实际完成情况\n目标1：改造老旧管网12公里；目标2：新建泵站2座。 | 目标1：改造老旧管网9公里；目标2：新建泵站2座。 |\n';
    const { findings } = runRule(goalMismatch, text);
    expect(findings.map((f) => f.shape)).toEqual(['indicator-goal-restated-lower']);
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['9', '12']);
  });
});

describe('goal-mismatch: an indicator evaluated against another target than the goal set', () => {
  const goals = '（二）绩效目标\n本年度部门整体绩效目标为：全年受理投诉不少于1200件；办结率≥95%；按时办结率≥90%；群众满意度≥85%。\n';
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.filter((f) => f.shape === 'goal-target-changed').map((f) => f.calculation ?? '');
  it('reports a table row or a prose target that differs from the goal set for the same indicator', () => {
    expect(shapes(`${goals}三、评价情况\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n产出指标 | 质量指标 | 办结率（%） | 20 | ≥98 | 99.2 | 20\n`)).toEqual(['≥98% ≠ ≥95%']);
    expect(shapes(`${goals}三、评价情况\n1.数量指标：全年受理投诉1356件，目标值≥1000件，完成。\n`)).toEqual(['≥1000件 ≠ ≥1200件']);
  });
  it('stays silent on the same target, another indicator sharing a word, another unit or an adjusted target', () => {
    expect(shapes(`${goals}三、评价情况\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n产出指标 | 质量指标 | 办结率（%） | 20 | ≥95 | 99.2 | 20\n`)).toEqual([]);
    // 按时办结率 is not 办结率: whole names are compared.
    expect(shapes(`${goals}三、评价情况\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n产出指标 | 时效指标 | 按时办结率（%） | 20 | ≥90 | 93 | 20\n`)).toEqual([]);
    expect(shapes(`${goals}三、评价情况\n1.数量指标：全年受理投诉1356件，目标值≥1200件，完成。\n`)).toEqual([]);
    expect(shapes(`${goals}三、评价情况\n1.数量指标：全年受理投诉1356人次，目标值≥1000人次，完成。\n`)).toEqual([]);
    expect(shapes(`${goals}三、评价情况\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n产出指标 | 质量指标 | 办结率（%） | 20 | ≥98 | 99.2 | 20 | 年中调整目标\n`)).toEqual([]);
    // Without a goal list opened as such nothing is compared.
    expect(shapes(`全年受理投诉不少于1200件；办结率≥95%。\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n产出指标 | 质量指标 | 办结率（%） | 20 | ≥98 | 99.2 | 20\n`)).toEqual([]);
  });
});

describe('goal-mismatch: a target restated or implied otherwise than the goal list set it', () => {
  const GOALS = '一、绩效目标\n年度目标：（1）发放助学金不少于450人；（2）完成老旧小区雨污分流改造36个；（3）群众满意度达到90%以上。\n二、完成情况\n';
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.filter((f) => f.shape?.startsWith('target-')).map((f) => `${f.shape} ${f.evidence[0]!.quote}`);
  it('reports a target stated beside the actual that is not the one set', () => {
    expect(shapes(`${GOALS}全年完成雨污分流改造38个（年度目标30个），发放助学金462人。`)).toEqual(['target-restated 年度目标30个']);
    expect(shapes(`${GOALS}群众满意度：指标值≥85%，实际完成值93%。`)).toEqual(['target-restated 群众满意度：指标值≥85%']);
  });
  it('reports a share of the target done that does not follow from the target set', () => {
    expect(shapes(`${GOALS}全年完成老旧小区雨污分流改造36个，完成年度目标的120%。`)).toEqual(['target-share-restated 完成年度目标的120%']);
  });
  it('stays silent where the restated target, or the share, agrees, where it was adjusted, or where the goal list is not read', () => {
    expect(shapes(`${GOALS}全年完成雨污分流改造38个（年度目标36个），完成年度目标的105.6%。`)).toEqual([]);
    expect(shapes(`${GOALS}年中目标调整，全年完成雨污分流改造30个（年度目标30个）。`)).toEqual([]);
    // Another indicator of the same unit but another name, and a list with no head
    expect(shapes(`${GOALS}新建公厕4个（年度目标5个）。`)).toEqual([]);
    expect(shapes('今年我们完成老旧小区雨污分流改造36个。全年完成雨污分流改造38个（年度目标30个）。')).toEqual([]);
  });
  it('reads a planned value (计划) as a restated target, and a goal list stated twice as one target', () => {
    const twice = '概况\n年度目标：新建村级便民服务站24个；6个中心站全部达标。\n绩效目标\n年度目标：新建村级便民服务站24个；6个中心站全部达标。\n完成情况\n';
    expect(shapes(`${twice}产出指标：新建村级便民服务站计划20个，实际完成20个，完成率100%。`)).toEqual(['target-restated 产出指标：新建村级便民服务站计划20个']);
    expect(shapes(`${twice}产出指标：新建村级便民服务站计划24个，实际完成24个，完成率100%。`)).toEqual([]);
    // Two lists setting the same indicator differently: no one target to compare with.
    expect(shapes(`${twice.replace('站24个；6', '站26个；6')}产出指标：新建村级便民服务站计划20个，实际完成20个。`)).toEqual([]);
  });
});

// (Two readings of this class, awr's targetTrails and agoal's targetAfterLeads, were folded into one: targetTrails.)
describe('goal-mismatch: a target named after its number (高于90%的目标, 超过100场的计划)', () => {
  const GOALS = '三、年度绩效目标\n（1）新建农村公路养护站6个；\n（2）群众出行满意度不低于92%；\n四、完成情况\n';
  const quoted = (t: string): string[] => runRule(goalMismatch, t).findings.map((f) => `${f.shape} ${f.evidence[0]!.quote}`);
  const goals = '（二）部门年度绩效目标\n1.新建村级文化广场不少于14个；\n2.群众体育活动参与率不低于60%；\n3.开展送戏下乡演出120场；\n四、绩效目标完成情况\n';
  const calc = (t: string): string[] => runRule(goalMismatch, t).findings.map((f) => `${f.shape}:${f.calculation ?? ''}`);
  it('reports the target after the actual, quoted from the indicator\'s name, against the goal list under its heading', () => {
    expect(quoted(`${GOALS}群众出行满意度为93.5%，高于90%的目标。`)).toEqual(['target-restated 群众出行满意度为93.5%，高于90%的目标']);
    expect(calc(`${goals}群众体育活动参与率为58.2%，超过55%的目标。\n`)).toEqual(['target-restated:55% ≠ 60%']);
    expect(calc(`${goals}开展送戏下乡演出126场，超过100场的计划。\n`)).toEqual(['target-restated:100场 ≠ 120场']);
  });
  it('is silent for the goal list\'s own target, and without a goal list', () => {
    expect(quoted(`${GOALS}群众出行满意度为93.5%，高于92%的目标。`)).toEqual([]);
    expect(calc(`${goals}开展送戏下乡演出126场，超过120场的计划。\n`)).toEqual([]);
    // A heading too long to be one, or no numbered line under it: no goal list.
    expect(quoted(`三、本年度围绕交通强县建设确定的绩效目标\n（1）新建农村公路养护站6个；\n（2）群众出行满意度不低于92%；\n四、完成情况\n群众出行满意度为93.5%，高于90%的目标。`)).toEqual([]);
  });
});

describe('goal-mismatch: a claim against the figures', () => {
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.map((f) => `${f.shape} ${f.evidence[0]!.quote}`);
  it('reports a claim that the goal was met beside an actual short of the plan', () => {
    expect(shapes('农村公路养护站建设计划6个，实际完成5个，圆满完成年度目标。')).toEqual(['claimed-complete-short 圆满完成']);
    expect(shapes('农村公路养护站建设计划6个，实际完成6个，圆满完成年度目标。')).toEqual([]);
    expect(shapes('农村公路养护站建设计划6个，实际完成5个，基本完成年度目标。')).toEqual([]);
  });
});

describe('goal-mismatch: an evaluation line naming the indicator shorter than the goal list', () => {
  const GOALS = '五、年度目标\n（1）完成城区背街小巷综合整治42条；\n（2）群众满意度不低于90%；\n六、完成情况\n';
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.filter((f) => f.shape === 'target-restated').map((f) => f.evidence[0]!.quote ?? '');
  it('reads the shorter name in order inside the goal’s, on a numbered line', () => {
    expect(shapes(`${GOALS}（1）背街小巷整治：计划40条，实际完成41条。`)).toEqual(['背街小巷整治：计划40条']);
    expect(shapes(`${GOALS}（1）背街小巷整治：计划42条，实际完成41条。`)).toEqual([]);
  });
  it('does not match a name whose characters are not in the goal’s', () => {
    expect(shapes(`${GOALS}（1）公厕改造：计划40条，实际完成41条。`)).toEqual([]);
  });
});

describe('goal-mismatch: goal lists under a heading, 计划 targets, completion claimed short (agoal)', () => {
  const goals = '（二）部门年度绩效目标\n1.新建村级文化广场不少于14个；\n2.群众体育活动参与率不低于60%；\n3.开展送戏下乡演出120场；\n四、绩效目标完成情况\n';
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.map((f) => `${f.shape}:${f.calculation ?? ''}`);
  it('reads the numbered lines under a goal heading and a target restated after 计划', () => {
    expect(shapes(`${goals}（1）送戏下乡：计划100场，实际完成126场。\n`)).toEqual(['target-restated:100场 ≠ 120场']);
  });
  it('is silent where the restated target is the goal list\'s, or adjusted on purpose', () => {
    expect(shapes(`${goals}（1）送戏下乡：计划120场，实际完成126场。\n`)).toEqual([]);
    expect(shapes(`${goals}送戏下乡年中调整为计划100场，实际完成106场。\n`)).toEqual([]);
  });
  it('reports 全面完成 beside an actual below its plan, not a hedged or met one', () => {
    const claim = (done: string, words: string): string[] => shapes(`村级文化广场建设计划14个，实际完成${done}个，${words}。\n`).filter((s) => s.startsWith('claimed-complete-short'));
    expect(claim('12', '圆满完成年度目标')).toEqual(['claimed-complete-short:12 < 14']);
    expect(claim('12', '基本完成年度目标')).toEqual([]);
    expect(claim('14', '全面完成年度目标')).toEqual([]);
    expect(claim('12', '未完成年度目标')).toEqual([]);
  });
});

describe('goal-mismatch: a target lead opening the label, the name after it (agoal)', () => {
  const goals = '三、绩效目标\n目标1：开展农产品质量安全抽检不少于600批次；\n目标2：培训新型职业农民不少于300人；\n四、完成情况\n';
  const calc = (t: string): string[] => runRule(goalMismatch, `${goals}${t}\n`).findings.filter((f) => f.shape === 'target-restated').map((f) => f.calculation ?? '');
  it('reports 年度目标为开展…不少于500批次 against the goal list\'s 600', () => {
    expect(calc('全年工作扎实。年度目标为开展农产品质量安全抽检不少于500批次，实际完成640批次。')).toEqual(['500批 ≠ 600批']);
  });
  it('is silent for the same target, or one adjusted on purpose', () => {
    expect(calc('全年工作扎实。年度目标为开展农产品质量安全抽检不少于600批次，实际完成640批次。')).toEqual([]);
    expect(calc('年中调整后，年度目标为开展农产品质量安全抽检不少于500批次。')).toEqual([]);
  });
});

describe('goal-mismatch: a goal list cut by a copy\'s wraps inside its sentences (ainv)', () => {
  const shapes = (t: string): string[] => runRule(goalMismatch, t).findings.filter((f) => f.shape === 'target-restated').map((f) => f.calculation ?? '');
  it('reads a numbered goal whose line a wrap cut, and the goals after it', () => {
    const goals = '（三）年度绩效目标\n1.全年开展农机安全检查不少于12\n次，检查覆盖全部乡镇；\n2.新建农机维修服务网点不少于20个；\n3.群众满意度不低于90%。\n四、绩效目标完成情况\n';
    expect(shapes(`${goals}新建农机维修服务网点22个，高于18个的目标。\n`)).toEqual(['18个 ≠ 20个']);
    // A line after a closed item (。) that opens no item goes on none: the list ends there.
    const closed = goals.replace('不少于12\n次，检查覆盖全部乡镇；', '不少于12次。\n另请各乡镇配合；');
    expect(shapes(`${closed}新建农机维修服务网点22个，高于18个的目标。\n`)).toEqual([]);
  });
  it('reads a goal list written as one paragraph to its end across the wraps', () => {
    const goals = '年初设定的部门整体绩效目标为：完成病险水闸除险加固4座；新增和改善\n灌溉受益人口不少于1.2万人；灌区群众满意度不低于90%。\n四、完成情况\n';
    expect(shapes(`${goals}新增和改善灌溉受益人口1.3万人，高于1万人的目标。\n`)).toEqual(['1万人 ≠ 1.2万人']);
  });
  it('does not read a heading or the evaluation below an unclosed last goal as part of the list', () => {
    const goals = '（三）年度绩效目标\n1.新建农机维修服务网点不少于20个；\n2.群众满意度不低于90%\n四、绩效目标完成情况\n全年新建农机维修服务网点18个\n';
    expect(shapes(`${goals}新建农机维修服务网点22个，高于18个的目标。\n`)).toEqual(['18个 ≠ 20个']);
  });
  it('reads a goal list\'s head with spaces a copy scattered in it', () => {
    const goals = '年初设定的 部 门整体绩效 目标 为：完成病险水闸除险加固4座；新增和改善灌溉受益人口不少于1.2万人；灌区群众满意度不低于90%。\n四、完成情况\n';
    expect(shapes(`${goals}新增和改善灌溉受益人口1.3万人，高于1万人的目标。\n`)).toEqual(['1万人 ≠ 1.2万人']);
    expect(shapes(`${goals}新增和改善灌溉受益人口1.3万人，高于1.2万人的目标。\n`)).toEqual([]);
  });
});


describe('goal-mismatch: a goal restated under a name alike with another target (atext)', () => {
  const alike = (t: string): string[] => runRule(goalMismatch, t).findings.filter((f) => f.shape === 'goal-target-alike').map((f) => f.calculation ?? '');
  const goals = '二、年度绩效目标\n本所年度绩效目标为：完成农村危房鉴定1,200户；新建村级文化广场不少于15个；群众满意度不低于90%。\n三、绩效目标完成情况\n';
  const table = (target: string, weightFirst = false) =>
    weightFirst
      ? `三级指标\t分值\t年度指标值\t实际完成值\t得分\n危房鉴定户数\t10\t${target}\t1,260户\t10\n群众满意度\t10\t≥90%\t93%\t10\n`
      : `三级指标\t年度指标值\t实际完成值\t分值\t得分\n危房鉴定户数\t${target}\t1,260户\t10\t10\n村级文化广场建设\t≥15个\t16个\t10\t10\n`;

  it('reports an indicator row, named alike, whose target is not the one the goal list set', () => {
    expect(alike(goals + table('≥1000户'))).toEqual(['≥1000户 ≠ 1,200户']);
    // The weight column before a target written with no comparison (分值 | 1000户 | 1,260户 | 得分).
    expect(alike(goals + table('1000户', true))).toEqual(['1000户 ≠ 1,200户']);
  });

  it('reports a target restated in prose after 年度目标, named by the actual before it', () => {
    expect(alike(`${goals}全年鉴定农村危房1,260户，超过年度目标1000户。\n`)).toEqual(['1000户 ≠ 1,200户']);
    expect(alike(`${goals}（1）新建村级文化广场：年度目标值12个，实际完成16个。\n`)).toEqual(['12个 ≠ 15个']);
  });

  it('is silent on the same target, an excess after 超出, another unit, an adjustment, or a name unlike', () => {
    expect(alike(goals + table('≥1200户'))).toEqual([]);
    expect(alike(goals + table('≥1,200户'))).toEqual([]);
    expect(alike(`${goals}全年鉴定农村危房1,260户，超出年度目标60户。\n`)).toEqual([]);
    expect(alike(goals + table('≥1000人'))).toEqual([]);
    expect(alike(`${goals}（1）新建村级文化广场：年中调整后年度目标值12个，实际完成16个。\n`)).toEqual([]);
    expect(alike(`${goals}（1）农家书屋补充图书：年度目标值12个，实际完成16个。\n`)).toEqual([]);
  });
});

describe('goal-mismatch: indicators told as labelled clauses on one line (atext, dev 3006)', () => {
  const line = (actual: string, score: string) => `三、绩效目标完成情况\n指标：老旧小区改造个数；目标值：6个；实际值：6个；得分：10（满分10）。\n指标：生活垃圾分类准确率；目标值：≥90%；实际值：${actual}；得分：${score}（满分10）。\n`;
  const shapes = (t: string) => runRule(goalMismatch, t).findings.map((f) => f.shape);

  it('reports the actual short of the target yet scored the weight', () => {
    expect(shapes(line('86.5%', '10'))).toEqual(['indicator-missed-full']);
  });

  it('is silent when the target is met, the score cut, or a label is missing', () => {
    expect(shapes(line('92%', '10'))).toEqual([]);
    expect(shapes(line('86.5%', '8'))).toEqual([]);
    expect(shapes(line('86.5%', '10').replace(/（满分10）/g, ''))).toEqual([]);
    expect(shapes('指标：生活垃圾分类准确率；目标值：≥90%；得分：10（满分10）。')).toEqual([]);
  });
});

describe('goal-mismatch: goals under a heading numbered by part and place, names opening with an age (atext, dev 3079, 3083)', () => {
  const shapes = (t: string) => runRule(goalMismatch, t).findings.map((f) => f.shape);
  it('reads the goal list under 1.3 年度绩效目标 against the indicator table', () => {
    const text = (goal: string) =>
      `1.3 年度绩效目标\n2025年度，学校计划举办主体班次24期，培训学员${goal}人次以上；完成县委交办调研课题4项；学员对教学的满意度达到95%以上；完成党性教育基地展陈提升1处。\n二、绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n产出指标 | 数量指标 | 培训学员人次 | ≥1,800人次 | 1,920人次 | 10 | 10\n`;
    expect(shapes(text('2,000'))).toEqual(['goal-target-alike']);
    expect(shapes(text('1,800'))).toEqual([]);
  });
  it('reads a goal and a row whose name opens with an age (65岁及以上老年人健康管理率)', () => {
    const text = (goal: string) =>
      `（二）项目绩效目标\n2024年度项目绩效目标为：居民电子健康档案建档率90%以上；0—6岁儿童健康管理率90%以上；65岁及以上老年人健康管理率达到${goal}%；服务对象满意度85%以上。\n三、绩效指标完成情况\n三级指标            年度指标值   实际完成值   分值   得分\n0—6岁儿童健康管理率               ≥90%        93.16%        10      10\n65岁及以上老年人健康管理率        ≥62%        68.52%        10      10\n`;
    expect(shapes(text('70'))).toEqual(['goal-target-alike']);
    expect(shapes(text('62'))).toEqual([]);
  });
});

describe('goal-mismatch: an indicator in a time unit (atext, dev 3076)', () => {
  const table = (target: string, actual: string) =>
    `项目支出绩效自评表\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t学校供餐天数\t${target}\t${actual}\t15\t15\n效益指标\t满意度\t≥95%\t96%\t10\t10\n`;
  const shapes = (t: string) => runRule(goalMismatch, t).findings.map((f) => f.message.includes('未达到年度指标值'));
  it('reports a time below its lower bound scored full', () => {
    expect(shapes(table('≥200天', '196天'))).toEqual([true]);
  });
  it('is silent on a time with no comparison (a deadline may be meant) and on one met', () => {
    expect(shapes(table('15个工作日', '10个工作日'))).toEqual([]);
    expect(shapes(table('≥200天', '201天'))).toEqual([]);
  });
});

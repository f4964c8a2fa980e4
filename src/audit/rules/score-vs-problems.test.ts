import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { scoreVsProblems } from './score-vs-problems.ts';

const SCORE = '六、绩效情况\n财政资金整体绩效要值100分，部门整体支出实得100分，评价等级为“优”。\n';

describe('score-vs-problems', () => {
  it('reads an indicator\'s full marks (该项分值10分，得10分) beside a higher self score (自评得分99分) as no full total (dev 3040)', () => {
    const text = (total: string): string =>
      `三、绩效指标完成情况\n（1）检查企业：年度目标值≥680家次，实际完成716家次，该项分值10分，得10分。\n四、自评结论\n部门整体支出绩效自评得分${total}分。\n五、存在的问题及原因\n部分项目执行进度滞后，预算编制不够精准。\n`;
    expect(runRule(scoreVsProblems, text('99')).findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A total of 100 beside the same problems is a full score, quoted at the total.
    const full = runRule(scoreVsProblems, text('100')).findings.filter((f) => f.severity === 'error');
    expect(full.map((f) => f.evidence[0]!.quote)).toEqual([expect.stringContaining('100分')]);
  });

  it('reads a part\'s 满分 after the total score as the part\'s, not the total\'s (former test32 2724)', () => {
    const text = (total: string): string =>
      `四、自评结果\n自评得分${total}分，其中：决策18.0分（满分20分），过程27.5分（满分30分），产出28.6分（满分30分），效益17.7分（满分20分）。\n五、存在的问题\n部分项目预算编制不够精准，项目实施进度滞后。\n`;
    // 91.8 of 100 is no full score (a grade of 优 it may still claim is another check's).
    expect(runRule(scoreVsProblems, text('91.8')).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(runRule(scoreVsProblems, text('91.8')).findings.map((f) => f.message).join('')).not.toContain('满分20分');
    // A total of 100 beside the problems is still full.
    expect(runRule(scoreVsProblems, text('100')).findings.map((f) => f.message)).toEqual([expect.stringContaining('自评100分（满分100分）')]);
  });

  it('reports a full score beside admitted accounting problems', () => {
    const text = `${SCORE}七、存在的问题及原因分析\n1、财务管理工作有待加强\n账务记录不准确，将基本支出计入项目支出。\n八、下一步改进措施\n无。`;
    const { findings } = runRule(scoreVsProblems, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence[0]!.quote).toContain('实得100分');
  });

  it('accepts a full score when the problem section says 无', () => {
    expect(runRule(scoreVsProblems, `${SCORE}七、存在的问题及原因分析\n无。\n八、下一步改进措施\n无。`).findings).toEqual([]);
  });

  it('accepts a score below the maximum', () => {
    const text = '六、绩效情况\n部门整体支出自评得分92分。\n七、存在的问题\n资产管理不规范，未进行年度盘点。';
    expect(runRule(scoreVsProblems, text).findings).toEqual([]);
  });

  it('warns when only the top grade is claimed and the problems are not of a deducting kind', () => {
    const text = '六、绩效情况\n评价等级为“优”。\n七、存在的问题\n宣传工作力度有待加大。';
    expect(runRule(scoreVsProblems, text).findings[0]!.severity).toBe('warning');
  });
});

describe('score-vs-problems: grade with a score', () => {
  it('accepts the top grade when the score shows deductions', () => {
    const text = '六、绩效情况\n部门整体支出自评92分，评价等级为“优”。\n七、存在的问题\n固定资产未进行年度盘点。';
    expect(runRule(scoreVsProblems, text).findings).toEqual([]);
  });
});

describe('score-vs-problems: indicator rows', () => {
  const table = (score: string) => `项目支出绩效自评表\n三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n维修桥梁座数 | ≥6座 | 7座 | 10 | ${score}\n`;
  it('reads the parts\' total (合计N分) and a space-set score table\'s total row as the score below the maximum', () => {
    const problems = '五、存在的问题\n部分项目开工较晚，资金执行率偏低。\n';
    const prose = (total: string): string => `四、自评结果\n决策18分，过程17分，产出36分，效益${total === '100' ? '29' : '20'}分，合计${total}分，等级为“优”。\n${problems}`;
    // 91 of 100: deductions were made, the grade follows from the score.
    expect(runRule(scoreVsProblems, prose('91')).findings).toEqual([]);
    // A total of 100 is a full score beside the problems.
    expect(runRule(scoreVsProblems, prose('100')).findings.map((f) => f.severity)).toEqual(['error']);
    const table = (got: string): string => `四、自评得分\n一级指标 分值 得分\n决策 20 18\n过程 20 19\n产出 40 38\n效益 20 18\n合计 100 ${got}\n自评等级为“优”。\n${problems}`;
    expect(runRule(scoreVsProblems, table('93')).findings).toEqual([]);
    // Without a total row the top grade beside the problems is still a warning.
    expect(runRule(scoreVsProblems, table('93').replace('合计 100 93\n', '')).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports a score above its weight', () => {
    const { findings } = runRule(scoreVsProblems, table('12'));
    expect(findings.map((f) => [f.shape, f.calculation])).toEqual([['indicator-score-above-weight', '12 > 10']]);
  });
  it('accepts a score up to its weight', () => {
    expect(runRule(scoreVsProblems, table('10')).findings).toEqual([]);
    expect(runRule(scoreVsProblems, table('9.5')).findings).toEqual([]);
  });
});

describe('score-vs-problems: other wordings of the claim and of the problems', () => {
  it('reads a problem section titled 不足 / 困难和问题 / 偏差原因', () => {
    const cases = [
      '四、自评结论\n经自评，本项目综合得分100分。\n五、存在的不足\n部分资金支付进度滞后，预算执行率仅为76%。',
      '五、自评结果\n按照评分标准，本项目得分100分。\n六、工作中遇到的困难和问题\n会计核算不够规范，存在跨科目列支现象。',
      '六、自评得分情况\n自评总得分100分。\n七、偏差原因分析\n年初预算编制不够精准，结余资金较多。',
    ];
    for (const text of cases) expect(runRule(scoreVsProblems, text).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads problems admitted in prose when there is no problem section', () => {
    const text = '二、绩效自评结果\n部门自评得分为100分。但也存在一些问题：一是部分办公设备未登记入账；二是预算执行进度偏慢。\n三、下一步措施\n加强管理。';
    const { findings } = runRule(scoreVsProblems, text);
    expect(findings.map((f) => [f.shape, f.severity])).toEqual([['admitted-in-prose', 'error']]);
    expect(findings[0]!.evidence[1]!.quote).toContain('存在一些问题');
  });

  it('is silent on a denied or a harmless admission in prose', () => {
    expect(runRule(scoreVsProblems, '部门自评得分为100分。经检查，未发现存在问题：资金使用规范。').findings).toEqual([]);
    expect(runRule(scoreVsProblems, '部门自评得分为100分。但仍存在群众参与热情不高的情况。').findings).toEqual([]);
  });

  it('reads the top grade after a colon or 评定为, not a person graded 优秀', () => {
    const problems = '\n二、存在的主要问题\n政府采购程序不规范。';
    expect(runRule(scoreVsProblems, `一、总体评价\n项目绩效等级评定为优。${problems}`).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(runRule(scoreVsProblems, `一、总体评价\n自评等级：优秀。${problems}`).findings).toHaveLength(1);
    expect(runRule(scoreVsProblems, `一、总体评价\n张三年度考核等次为优秀。${problems}`).findings).toEqual([]);
    expect(runRule(scoreVsProblems, `一、总体评价\n评价等级为优化营商环境打基础。${problems}`).findings).toEqual([]);
  });
});

describe('score-vs-problems: the top grade kept beside admitted errors of the accounts (usd, new wordings)', () => {
  const run = (t: string) => runRule(scoreVsProblems, t).findings.map((f) => [f.shape, f.severity]);
  const head = '四、自评结论\n经逐项打分，本单位自评总得分96分，综合评价等级为“优”。\n五、存在的问题\n';
  it('warns on 优 with a score below the maximum when the problems admit account or asset errors', () => {
    expect(run(`${head}一是部分资金支付滞后；二是年终对账发现两笔收入未及时入账，一笔支出错记科目。`)).toEqual([['top-grade-with-errors', 'warning']]);
    expect(run('自评得分为97.5分，评价等级为优秀。但也存在一些问题：部分办公设备账实不符，尚未及时核销。')).toEqual([['top-grade-with-errors', 'warning']]);
  });
  it('is silent on soft problems beside 优, or errors without the top grade', () => {
    expect(run(`${head}一是预算编制的精准度有待提高；二是绩效目标不够细化。`)).toEqual([]);
    expect(run('四、自评结论\n本单位自评总得分86分，评价等级为“良”。\n五、存在的问题\n两笔收入未及时入账。')).toEqual([]);
  });
});

describe('score-vs-problems: a score outside the band of the grade it is given', () => {
  const grades = (t: string): string[] => runRule(scoreVsProblems, t).findings.filter((f) => f.shape === 'grade-out-of-band').map((f) => f.evidence[0]!.quote ?? '');
  it('reports a score that no common scheme grades so (94 graded 良, 72 graded 优)', () => {
    expect(grades('经综合评价，该项目绩效评价得分为94分，评价等级为“良”。')).toEqual(['94分，评价等级为“良”']);
    expect(grades('部门整体支出自评得分72分，自评等级为优秀。')).toEqual(['72分，自评等级为优秀']);
    expect(grades('项目自评得分58.5分，评价结果为合格。')).toEqual(['58.5分，评价结果为合格']);
  });
  it('accepts scores within the grade’s band under some common scheme, and stays silent where the report sets its own bands', () => {
    expect(grades('该项目绩效评价得分为86分，评价等级为“良”。')).toEqual([]);
    expect(grades('部门整体支出自评得分88分，自评等级为优。')).toEqual([]);
    expect(grades('评分结果分为四档：90分（含）以上为优，80分（含）至90分为良。该项目绩效评价得分为94分，评价等级为“良”。')).toEqual([]);
    // A number between the score and the grade, a maximum other than 100, or a staff appraisal: not this pair
    expect(grades('该项目绩效评价得分为94分，其中产出指标得分40分，评价等级为“良”。')).toEqual([]);
    expect(grades('本项满分50分，项目自评得分45分，等级为良。')).toEqual([]);
    expect(grades('自评得分94分，干部年度考核等次为合格。')).toEqual([]);
  });
});

describe('score-vs-problems: a grade inside the wide band but outside the national one (agoal)', () => {
  const national = (t: string): string[] => runRule(scoreVsProblems, t).findings.filter((f) => f.shape === 'grade-outside-national-band').map((f) => `${f.severity}:${f.evidence[0]!.quote ?? ''}`);
  it('gives a 提示 for 87.5 graded 优 and 78 graded 良 when the report states no bands', () => {
    expect(national('经单位评议，整体支出绩效评价得分87.5分，评价等级为优秀。')).toEqual(['info:87.5分，评价等级为优秀']);
    expect(national('项目评价得分78分，评定结果：良。')).toEqual(['info:78分，评定结果：良']);
  });
  it('is silent within the national band, and where the report sets its own bands', () => {
    expect(national('经单位评议，整体支出绩效评价得分92.5分，评价等级为优秀。')).toEqual([]);
    expect(national('85分以上为优。经单位评议，整体支出绩效评价得分87.5分，评价等级为优秀。')).toEqual([]);
  });
});

describe('score-vs-problems: a score table\'s total and serious admissions (agoal)', () => {
  const table = (total: string, problem: string): string =>
    `四、评分情况\n评价维度\t分值\t得分\n决策\t20\t${total === '100' ? '20' : '18.5'}\n过程\t80\t${total === '100' ? '80' : '77'}\n合计\t100\t${total}\n评价结论为“优”。\n五、存在的问题\n${problem}\n`;
  it('reads a table total below its maximum as deductions made: ordinary problems beside 优 are no finding', () => {
    expect(runRule(scoreVsProblems, table('95.5', '个别采购事项进度偏慢，资金结转较多。')).findings).toEqual([]);
  });
  it('still reports a full table total, and 虚报冒领 admitted beside 优', () => {
    expect(runRule(scoreVsProblems, table('100', '个别采购事项进度偏慢。')).findings).toHaveLength(1);
    const f = runRule(scoreVsProblems, table('95.5', '抽查发现一户救助对象冒领补贴2万元，已责令退回。')).findings;
    expect(f.map((x) => x.shape)).toEqual(['top-grade-with-errors']);
    expect(runRule(scoreVsProblems, table('95.5', '经核查，未发现冒领补贴情况。')).findings).toEqual([]);
  });
});

// (Two readings of this class, agoal's partTopics and awr's partProblems, were folded into one: part-full-beside-problem.)
describe('score-vs-problems: a part at full marks beside a problem of its own topic', () => {
  const parts = (t: string): string[] => runRule(scoreVsProblems, t).findings.filter((f) => f.shape === 'part-full-beside-problem').map((f) => f.evidence[0]!.quote ?? '');
  const prose = (got: string, problem: string): string =>
    `五、评价结论\n经自评，决策类分值10分、得分9分，过程类分值30分、得分${got}分，产出效益类分值60分、得分55分，总得分${Number(got) + 64}分。\n六、存在的问题\n${problem}\n七、改进措施\n加强管理。\n`;
  const problems = '五、存在的问题\n（一）部分项目预算执行进度滞后，第四季度集中支付较多。\n';
  it('reports 过程 at full marks beside 设计变更 admitted, in prose and in a score table', () => {
    expect(parts(prose('30', '施工中先后出现设计变更3次，影响工期。'))).toEqual(['过程类分值30分、得分30分']);
    const table = '五、评分\n指标\t分值\t得分\n预算执行\t15\t15\n产出\t85\t80\n合计\t100\t95\n六、存在的问题\n下半年集中支付较多，前三季度支出进度偏慢。\n';
    expect(parts(table)).toEqual(['预算执行\t15\t15']);
  });
  it('reads the part’s weight and score in prose, in lines and in a table row', () => {
    expect(parts(`四、自评结论\n预算执行：分值25分，得分25分；产出：分值40分，得分37分。\n${problems}`)).toEqual([expect.stringContaining('分值25分，得分25分')]);
    expect(parts(`四、自评结论\n一级指标\t分值\t得分\n预算执行\t25\t25\n产出\t40\t37\n${problems}`)).toEqual(['预算执行\t25\t25']);
    // The part's name opening its line, its weight and score right after it with no maximum word.
    expect(parts(`四、自评结论\n预算执行20分，得分20分；产出40分，得分37分。\n${problems}`)).toEqual(['预算执行20分，得分20分']);
  });
  it('reads 资金管理 as the part of 预算执行, and 预算执行： as 预算执行', () => {
    const text = (part: string): string => `四、评分\n${part}：分值20分，得分20分；\n产出：分值80分，得分76分；\n总得分96分。\n五、存在的问题\n下半年集中支付，全年支出进度不均衡。\n`;
    expect(parts(text('预算执行'))).toHaveLength(1);
    expect(parts(text('资金管理'))).toHaveLength(1);
    expect(parts(text('满意度'))).toEqual([]);
  });
  it('is silent for a part with deductions, an indicator of the part, a problem of another topic, or one denied', () => {
    expect(parts(prose('28', '施工中先后出现设计变更3次，影响工期。'))).toEqual([]);
    expect(parts(prose('30', '群众参与度有待提高。'))).toEqual([]);
    expect(parts(prose('30', '全年未发生设计变更，但宣传不够。'))).toEqual([]);
    expect(parts(`四、自评结论\n预算执行：分值25分，得分23分。\n${problems}`)).toEqual([]);
    expect(parts(`四、自评结论\n预算执行率指标分值10分，得分10分。\n${problems}`)).toEqual([]);
    expect(parts('四、自评结论\n预算执行：分值25分，得分25分。\n五、存在的问题\n（一）部分社区活动形式单一。\n')).toEqual([]);
  });
});

describe('score-vs-problems: spending outside its scope as a hard error (agoal)', () => {
  it('reports 优 beside 超范围列支 admitted, not beside its denial', () => {
    const text = (problem: string): string => `四、结论\n自评得分95分，评价等级为“优”。\n五、存在的问题\n${problem}\n`;
    expect(runRule(scoreVsProblems, text('审计指出本单位超范围列支会议费1.2万元。')).findings.map((f) => f.shape)).toEqual(['top-grade-with-errors']);
    expect(runRule(scoreVsProblems, text('经自查，未发现超范围列支情况；宣传力度不够。')).findings.map((f) => f.shape)).toEqual([]);
  });
});

describe('score-vs-problems: a grade that holds only under a local scheme the report does not state', () => {
  const notes = (t: string): string[] =>
    runRule(scoreVsProblems, t).findings.filter((f) => f.shape === 'grade-outside-national-band').map((f) => `${f.severity} ${f.evidence[0]!.quote ?? ''}`);
  it('notes 优 below 90 and 良 below 80 as a 提示 (财预〔2020〕10号 bands)', () => {
    expect(notes('综合各项指标，本局部门整体支出自评得分87.5分，自评结果定为“优”。')).toEqual(['info 87.5分，自评结果定为“优”']);
    expect(notes('项目自评得分75分，评价等级为良。')).toEqual(['info 75分，评价等级为良']);
  });
  it('is silent within the national band and where the report states its bands', () => {
    expect(notes('综合各项指标，本局部门整体支出自评得分91.5分，自评结果定为“优”。')).toEqual([]);
    expect(notes('项目自评得分84分，评价等级为良。')).toEqual([]);
    expect(notes('按本市办法，85分（含）以上为优。本局自评得分87.5分，自评结果定为“优”。')).toEqual([]);
  });
});

describe('score-vs-problems: the top grade beside a table total below its weight', () => {
  it('takes the table’s total as the score the grade follows from', () => {
    const text = (total: string): string[] =>
      runRule(scoreVsProblems, `四、自评结果\n一级指标\t分值\t得分\n决策\t20\t${total === '100' ? '20' : '19'}\n过程\t20\t20\n产出\t30\t30\n效益\t30\t30\n合计\t100\t${total}\n自评等级为“优”。\n五、存在的问题\n部分社区活动未完成年度计划，居民参与度不高。\n`).findings.map((f) => f.shape ?? '');
    expect(text('99')).toEqual([]);
    expect(text('100').length).toBeGreaterThan(0);
  });
});

describe('score-vs-problems: funds paid to those not entitled admitted beside the top grade', () => {
  it('reads 虚报冒领 as an error of the funds', () => {
    const shapes = (problem: string): string[] =>
      runRule(scoreVsProblems, `四、自评结论\n本单位自评得分92分，自评等级为“优”。\n五、存在的问题\n${problem}\n`).findings.filter((f) => f.shape === 'top-grade-with-errors').map((f) => f.shape ?? '');
    expect(shapes('抽查发现3户救助对象存在虚报冒领情况，已追回资金。')).toEqual(['top-grade-with-errors']);
    expect(shapes('部分社区活动形式单一，居民参与度不高。')).toEqual([]);
  });
});

describe('score-vs-problems: an indicator’s full marks are not the total’s (dev 3043)', () => {
  const text = (total: string): string =>
    `四、绩效指标完成情况\n（1）档案查阅利用：年度目标值≥3000人次，实际完成3486人次，该项分值10分，得10分。\n（2）馆藏数字化率：年度目标值≥85%，实际完成86.5%，该项分值15分，得15分。\n${total}五、存在的问题及原因\n（一）库房容量趋于饱和，按目前接收进度，三年内将无法满足需要。`;

  it('does not read 该项分值15分，得15分 as a full total score', () => {
    expect(runRule(scoreVsProblems, text('')).findings.filter((f) => f.message.includes('满分15分'))).toEqual([]);
  });

  it('still reads a full total of 100 beside the problems section, when the section admits a fault (atext: one naming only a want of room is none)', () => {
    expect(runRule(scoreVsProblems, text('本馆自评得分100分。\n')).findings.map((f) => f.calculation)).toEqual([]);
    expect(runRule(scoreVsProblems, `${text('本馆自评得分100分。\n')}\n（二）档案接收进度滞后，未完成年度接收计划。`).findings.map((f) => f.calculation)).toContain('100分 = 满分100分，而存在问题应扣分');
  });
});

describe('score-vs-problems: a full score beside problems that admit no fault (atext)', () => {
  const text = (problems: string): string =>
    `某县气象局2024年度部门整体支出绩效自评报告\n四、自评结论\n本局2024年度部门整体支出绩效自评得分100分，评价等级为优。\n五、存在的问题及原因\n${problems}\n六、改进措施\n加强管理。\n`;
  const rules = (t: string): string[] => runRule(scoreVsProblems, t).findings.map((f) => f.severity);
  it('reports the full score when the section admits something went wrong', () => {
    expect(rules(text('（一）人工影响天气作业点建设滞后，年度计划新建3个，仅完成1个。'))).toEqual(['error']);
  });
  it('is silent when the section names only topics and wishes', () => {
    expect(rules(text('（一）专业技术人才不足，高层次人才引进难度较大。\n（二）资产管理信息化水平有待提升，预算编制精细化程度有待提高。'))).toEqual([]);
  });
});

describe('score-vs-problems: an indicator row is no part\'s full marks (atext)', () => {
  it('does not read the first cell of an indicator table\'s row as a part given its full marks', () => {
    const text = (header: string, row: string): string[] =>
      runRule(scoreVsProblems, `四、绩效指标完成情况\n${header}\n${row}\n五、存在的问题\n部分项目支出进度偏慢，执行进度不均衡。\n`).findings.map((f) => f.message);
    expect(text('一级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分', '预算执行\t预算执行率\t10\t≥95%\t98.60%\t10')).toEqual([]);
    expect(text('一级指标\t分值\t得分', '预算执行\t20\t20')).toEqual([expect.stringContaining('预算执行')]);
  });
});

describe('score-vs-problems: a problem admitting a target missed that the indicator table scores full (atext)', () => {
  const text = (problem: string): string =>
    '四、绩效指标完成情况\n一级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n产出指标\t农技培训场次\t8\t≥40场次\t42场次\t8\n效益指标\t服务对象满意度\t10\t≥90%\t93%\t10\n' +
    `第五部分 存在的问题及原因\n${problem}\n第六部分 下一步改进措施\n加强培训。\n`;
  const shapes = (t: string): string[] => runRule(scoreVsProblems, t).findings.filter((f) => f.shape === 'problem-admits-missed-indicator').map((f) => f.message);
  it('reports it, the problems section found by a title line the outline does not read', () => {
    expect(shapes(text('一、受疫情影响，全年农技培训仅开展31场，未达到年度目标。'))).toEqual([expect.stringContaining('农技培训场次')]);
  });
  it('is silent when the problem names no indicator of the table, or admits no miss', () => {
    expect(shapes(text('一、受疫情影响，全年田间课堂仅开展31期，未达到年度目标。'))).toEqual([]);
    expect(shapes(text('一、农技培训场次目标值设置偏低，与实际需求不相匹配。'))).toEqual([]);
  });
});

describe('score-vs-problems: the grade against the bands the report states (atext, dev 2940)', () => {
  const text = (total: string, grade: string) =>
    `四、自评结论\n我局逐项打分：决策指标得17分（满分20分），过程指标得16.5分（满分20分），产出指标得33分（满分35分），效益指标得20分（满分25分），自评总分${total}分。按评分标准，90分（含）以上为“优”，80（含）至90分为“良”，本部门自评等级为“${grade}”。\n`;
  const shapes = (t: string) => runRule(scoreVsProblems, t).findings.map((f) => f.shape);
  it('reports 86.5 graded 优 where the report puts 优 at 90 and above', () => {
    expect(shapes(text('86.5', '优'))).toEqual(['grade-outside-own-band']);
  });
  it('is silent on a grade within its stated band', () => {
    expect(shapes(text('86.5', '良'))).toEqual([]);
    expect(shapes(text('92', '优'))).toEqual([]);
  });
});

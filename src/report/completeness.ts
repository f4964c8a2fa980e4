/**
 * What a final report needs that only the officer can write or state: the scores, the problems and measures,
 * the asset figures, the goals and their evaluation … A final report is refused while any is missing, with the
 * list of what to fill, exactly as validation errors refuse it; a draft shows 「待填写」 in their place.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import type { ScoreView } from './score-view.ts';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

function need(what: string, path: string): Finding {
  return { rule: 'report-incomplete', severity: 'error', message: `需填写：${what}`, evidence: [{ path }] };
}

export function reportCompleteness(dy: DepartmentYear, scores: ScoreView): Finding[] {
  const out: Finding[] = [];
  if (blank(dy.department.duties)) out.push(need('主要职能职责', 'department.duties'));
  if (dy.goals.length === 0) out.push(need('年度绩效目标', 'goals'));
  if (dy.goalEvaluations.every((g) => blank(g.narrative))) out.push(need('评价指标分析（各绩效目标的完成情况）', 'goalEvaluations'));
  if (blank(dy.narrative.management)) out.push(need('预算执行、使用、管理总体情况（管理制度与执行）', 'narrative.management'));
  if (dy.revenue.bySource.length === 0) out.push(need('预算收入（按来源）', 'revenue.bySource'));
  if (dy.expenditure.byFunction.length === 0) out.push(need('支出（按功能分类）', 'expenditure.byFunction'));
  if (dy.fixedAssets.totalOriginalValue === undefined) out.push(need('固定资产原值（资产管理情况）', 'fixedAssets.totalOriginalValue'));
  if (dy.narrative.problems.length === 0) out.push(need('存在的问题及原因分析', 'narrative.problems'));
  if (dy.narrative.measures.length === 0) out.push(need('下一步改进措施', 'narrative.measures'));
  if (dy.selfAssessment.reportDate === undefined) out.push(need('成文日期', 'selfAssessment.reportDate'));
  if (scores.departmentScore === undefined) out.push(need('部门整体支出自评得分（总分或各指标自评得分）', 'selfAssessment.score'));
  const open = scores.rows.filter((r) => r.claimed === null);
  if (open.length > 0) {
    out.push(need(`自评表中${open.length}项指标的自评得分（${open.slice(0, 5).map((r) => r.name).join('、')}${open.length > 5 ? '等' : ''}）`, 'selfAssessment.indicators'));
  }
  dy.projects.forEach((p, i) => {
    if (scores.projects[i]?.score === undefined) out.push(need(`项目“${p.name}”的自评得分`, `projects[${i}].selfScore`));
    if (p.indicators.length === 0) out.push(need(`项目“${p.name}”的绩效指标`, `projects[${i}].indicators`));
    const unscored = p.indicators.filter((ind) => ind.score === undefined).length;
    if (unscored > 0) out.push(need(`项目“${p.name}”${unscored}项绩效指标的自评得分`, `projects[${i}].indicators`));
    if (blank(p.goal)) out.push(need(`项目“${p.name}”的年度总体目标`, `projects[${i}].goal`));
  });
  return out;
}

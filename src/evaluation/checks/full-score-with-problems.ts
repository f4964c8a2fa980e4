/**
 * full-score-with-problems: full marks claimed while the department's own problem list (categories the template
 * calls deductible) or the validation's error findings show problems the indicators would deduct for.
 */
import type { Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import type { CheckContext } from './context.ts';

export function checkFullScoreWithProblems(ctx: CheckContext): Finding[] {
  const claimed = ctx.dy.selfAssessment.score;
  const max = ctx.dy.selfAssessment.maxScore;
  if (claimed === undefined || claimed < max) return [];
  const out: Finding[] = [];
  const categories = new Set(ctx.thresholds.deductibleProblemCategories);
  const inTemplate = new Set(ctx.evaluation.indicators.map((i) => i.id));
  ctx.dy.narrative.problems.forEach((p, i) => {
    if (!categories.has(p.category)) return;
    const related = ctx.library.indicators.filter((d) => inTemplate.has(d.id) && d.relatedProblemCategories.includes(p.category));
    out.push(
      finding({
        rule: 'full-score-with-problems',
        severity: 'error',
        message: `部门自评${claimed}分（满分），但自述问题“${p.title}”属于应扣分事项${related.length ? `，涉及指标：${related.map((d) => d.name).join('、')}` : ''}`,
        evidence: [
          { path: 'selfAssessment.score', value: claimed },
          { path: `narrative.problems[${i}]`, quote: p.detail === '' ? p.title : p.detail.slice(0, 200) },
        ],
        calculation: `自评 ${claimed} = 满分 ${max}，而 narrative.problems[${i}].category = ${p.category}`,
      }),
    );
  });
  const errors = ctx.validationFindings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    out.push(
      finding({
        rule: 'full-score-with-problems',
        severity: 'error',
        message: `部门自评${claimed}分（满分），但数据校验发现${errors.length}个错误（${[...new Set(errors.map((f) => f.rule))].join('、')}），基础信息完善性（真实、完整、准确）不应满分`,
        evidence: [{ path: 'selfAssessment.score', value: claimed }, ...errors.slice(0, 10).flatMap((f) => f.evidence.slice(0, 1))],
        calculation: `校验错误 ${errors.length} 个；自评 ${claimed} = 满分 ${max}`,
      }),
    );
  }
  return out;
}

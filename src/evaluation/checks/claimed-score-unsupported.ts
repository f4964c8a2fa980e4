/**
 * claimed-score-unsupported: a claimed score above what the data supports. Above the upper bound (every open
 * indicator at full marks) it is an error; above the verified total only, a warning naming what is unproven.
 */
import type { Evidence, Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import { formatScore } from '../format.ts';
import type { SelfEvaluation } from '../self-evaluation.ts';
import { type CheckContext, claimedScorePath } from './context.ts';

const RULE = 'claimed-score-unsupported';
const EPS = 1e-9;

function departmentFindings(ctx: CheckContext): Finding[] {
  const claimed = ctx.dy.selfAssessment.score;
  if (claimed === undefined) return [];
  const ev = ctx.evaluation;
  const claimEvidence: Evidence = { path: 'selfAssessment.score', value: claimed };
  const lost = ev.indicators.filter((i) => i.score !== null && i.score < i.maxScore - EPS);
  const open = ev.indicators.filter((i) => i.status === 'missing');
  if (claimed > ev.upperBound + EPS) {
    const lostText = lost.map((i) => `${i.name}${formatScore(i.score ?? 0)}/${formatScore(i.maxScore)}分（${i.calculation ?? ''}；${i.scoring ?? ''}）`);
    return [
      finding({
        rule: RULE,
        severity: 'error',
        message: `部门整体支出自评${claimed}分，但按模板“${ev.template.title}”复核，即使所有待补充指标都得满分，最高也只有${formatScore(ev.upperBound)}分。已失分指标：${lostText.join('；')}${open.length > 0 ? `。另有${open.length}项指标共${formatScore(ev.missingMaxScore)}分缺少依据（${open.map((i) => i.name).join('、')}）` : ''}`,
        evidence: [claimEvidence, ...lost.flatMap((i) => i.inputs.flatMap((t) => t.paths.map((path) => ({ path, ...(t.value === null ? {} : { value: t.value }) }))))],
        calculation: `最高可得 = ${formatScore(ev.maxTotal)} − ${lost.map((i) => `(${formatScore(i.maxScore)} − ${formatScore(i.score ?? 0)})`).join(' − ')} = ${formatScore(ev.upperBound)} < ${claimed}`,
        difference: claimed - ev.upperBound,
      }),
    ];
  }
  if (claimed > ev.total + EPS && open.length > 0) {
    return [
      finding({
        rule: RULE,
        severity: 'warning',
        message: `部门整体支出自评${claimed}分，可由数据复核的只有${formatScore(ev.total)}分；其余${formatScore(ev.missingMaxScore)}分缺少依据：${open.map((i) => `${i.name}（${i.missing.join('；')}）`).join('；')}`,
        evidence: [claimEvidence],
        calculation: `已复核 ${formatScore(ev.total)} + 待补充 ${formatScore(ev.missingMaxScore)} = ${formatScore(ev.upperBound)}`,
        difference: claimed - ev.total,
      }),
    ];
  }
  return [];
}

function projectFindings(p: SelfEvaluation): Finding[] {
  const claimed = p.claimedScore;
  if (claimed === null) return [];
  const evidence: Evidence[] = [{ path: claimedScorePath(p), value: claimed }];
  if (claimed > p.upperBound + EPS) {
    const lost = p.indicators.filter((i) => i.score !== null && i.weight !== null && i.score < i.weight - EPS);
    const parts: string[] = [];
    if (p.execution.score !== null && p.execution.score < p.execution.maxScore - EPS) {
      parts.push(`预算执行率${formatScore(p.execution.score)}/${p.execution.maxScore}分（${p.execution.calculation ?? ''}）`);
      evidence.push({ path: p.execution.path });
    }
    for (const i of lost) {
      parts.push(`${i.name}${formatScore(i.score ?? 0)}/${i.weight}分（${i.calculation ?? ''}）`);
      evidence.push({ path: i.path });
    }
    return [
      finding({
        rule: RULE,
        severity: 'error',
        message: `项目“${p.name}”自评${claimed}分，复核最高只能得${formatScore(p.upperBound)}分。失分项：${parts.join('；')}`,
        evidence,
        calculation: `最高可得 = ${formatScore(p.maxTotal)} − 已失分 = ${formatScore(p.upperBound)} < ${claimed}`,
        difference: claimed - p.upperBound,
      }),
    ];
  }
  if (claimed > p.total + EPS) {
    return [
      finding({
        rule: RULE,
        severity: 'warning',
        message: `项目“${p.name}”自评${claimed}分，可由数据复核的只有${formatScore(p.total)}分；缺少依据：${p.missing.join('；')}`,
        evidence: [...evidence, { path: p.execution.path }],
        calculation: `已复核 ${formatScore(p.total)} 分 < 自评 ${claimed} 分`,
        difference: claimed - p.total,
      }),
    ];
  }
  return [];
}

/** An indicator's own claimed 得分 above its recomputed score (full marks below target has its own rule). */
function indicatorFindings(unit: SelfEvaluation): Finding[] {
  return unit.indicators
    .filter((i) => i.claimedScore !== null && i.score !== null && i.claimedScore > i.score + EPS)
    .filter((i) => !(i.met === false && i.weight !== null && (i.claimedScore ?? 0) >= i.weight))
    .map((i) =>
      finding({
        rule: RULE,
        severity: 'error',
        message: `“${i.name}”自评${i.claimedScore}分，按模板复核为${formatScore(i.score ?? 0)}分`,
        evidence: [
          { path: `${i.path}.score`, value: i.claimedScore ?? 0 },
          { path: `${i.path}.target`, ...(typeof i.target === 'number' ? { value: i.target } : {}) },
          { path: `${i.path}.actual`, ...(typeof i.actual === 'number' ? { value: i.actual } : {}) },
        ],
        calculation: `${i.calculation ?? ''} < 自评${i.claimedScore}分`,
        difference: (i.claimedScore ?? 0) - (i.score ?? 0),
      }),
    );
}

export function checkClaimedScoreUnsupported(ctx: CheckContext): Finding[] {
  return [
    ...departmentFindings(ctx),
    ...ctx.projects.flatMap(projectFindings),
    ...[ctx.department, ...ctx.projects].flatMap(indicatorFindings),
  ];
}

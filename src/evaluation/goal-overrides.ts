/**
 * Score overrides recorded against a department goal's indicator (`goals[0].indicators[1]`) date from when the
 * department 自评表 was built from the goals. The department's score is now the officer's score of each
 * template indicator (selfAssessment.indicators, keyed by the template's stable ids), so such an override
 * changes no score. A goal indicator cannot be mapped onto a template indicator (one is the department's own
 * target, the other a common indicator such as 在职人员控制率), so the override is not migrated: it is reported,
 * with what it said, so the officer can enter the score where it now counts. Project overrides
 * (`projects[0].indicators[1]`) still apply to the project tables and are not reported here.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { type Finding, finding } from '../core/finding.ts';

export interface StoredOverride {
  readonly path: string;
  readonly score: number;
  readonly reason: string;
}

const GOAL_PATH = /^goals\[(\d+)\]\.indicators\[(\d+)\]$/;

export function isGoalOverride(o: { readonly path: string }): boolean {
  return GOAL_PATH.test(o.path);
}

/** One warning per override kept against a goal indicator: it counts in no score. */
export function goalOverrideFindings(dy: DepartmentYear, overrides: readonly StoredOverride[]): Finding[] {
  return overrides.flatMap((o) => {
    const m = GOAL_PATH.exec(o.path);
    if (!m) return [];
    const goal = dy.goals[Number(m[1])];
    const ind = goal?.indicators[Number(m[2])];
    const what = goal && ind ? `年度目标“${goal.title}”的指标“${ind.name}”` : `已不存在的年度目标指标`;
    return [
      finding({
        rule: 'override-not-applied',
        severity: 'warning',
        message:
          `评分调整未计入任何得分：${what}（${o.path}）记有调整得分${o.score}分（理由：${o.reason}）。` +
          '部门自评表已改为按评分模板的指标计分，按年度目标指标记录的调整不再计入；请在自评表中按指标填写自评得分，再删除此调整。',
        evidence: [{ path: o.path, value: o.score }],
      }),
    ];
  });
}

/**
 * Field paths (`revenue.bySource[0].amounts.final`, the notation of validation findings and the audit trail)
 * as Chinese labels, and the editor tab each path belongs to.
 */

export type Path = (string | number)[];

export function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

export function parsePath(text: string): Path {
  const out: Path = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The editor's tabs, in order, with the top-level keys they edit. */
export const SECTIONS = [
  { key: 'basic', label: '基本情况', roots: ['department', 'region', 'fiscalYear'] },
  { key: 'staffing', label: '人员编制', roots: ['staffing'] },
  { key: 'goals', label: '绩效目标与指标', roots: ['goals', 'goalEvaluations'] },
  { key: 'revenue', label: '收入', roots: ['revenue'] },
  { key: 'expenditure', label: '支出', roots: ['expenditure', 'budgetAdjustments'] },
  { key: 'projects', label: '项目支出', roots: ['projects'] },
  { key: 'threePublic', label: '“三公”经费', roots: ['threePublic', 'procurement', 'carryOver', 'fixedAssets'] },
  { key: 'performance', label: '履职与满意度', roots: ['paymentProgress', 'workTasks', 'keyTasks', 'satisfactionSurvey'] },
  { key: 'narrative', label: '管理情况与问题', roots: ['narrative', 'selfAssessment', 'settings'] },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export function sectionOf(path: string): SectionKey {
  const root = parsePath(path)[0];
  return SECTIONS.find((s) => (s.roots as readonly (string | number | undefined)[]).includes(root))?.key ?? 'basic';
}

export { fieldLabel as pathLabel, labelPathsIn as plainText } from '../../src/core/field-labels.ts';

const AMOUNT_KEYS = new Set(['initialBudget', 'adjustedBudget', 'final', 'lastYearBudget', 'lastYearFinal', 'budget', 'amount', 'beginning', 'ending', 'totalOriginalValue', 'inUseOriginalValue', 'statedThreshold', 'actual']);

/** Whether a path holds money (for showing audit values in 万元). */
export function isAmountPath(path: string): boolean {
  const last = parsePath(path).at(-1);
  if (typeof last !== 'string' || !AMOUNT_KEYS.has(last)) return false;
  return !path.includes('indicators');
}

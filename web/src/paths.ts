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
  { key: 'expenditure', label: '支出', roots: ['expenditure'] },
  { key: 'projects', label: '项目支出', roots: ['projects'] },
  { key: 'threePublic', label: '“三公”经费', roots: ['threePublic', 'procurement', 'carryOver', 'fixedAssets'] },
  { key: 'narrative', label: '管理情况与问题', roots: ['narrative', 'selfAssessment', 'settings'] },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export function sectionOf(path: string): SectionKey {
  const root = parsePath(path)[0];
  return SECTIONS.find((s) => (s.roots as readonly (string | number | undefined)[]).includes(root))?.key ?? 'basic';
}

const WORDS: Record<string, string> = {
  department: '单位',
  name: '名称',
  shortNames: '简称',
  supervisor: '主管部门',
  kind: '单位性质',
  internalUnits: '内设机构',
  statedInternalUnitCount: '内设机构数',
  subordinateUnits: '下属单位',
  duties: '主要职能',
  staffing: '人员编制',
  establishment: '编制',
  establishmentTotal: '编制总数',
  inPost: '年末在职人数',
  retirees: '离退休人数',
  otherStatedCounts: '其他人数表述',
  count: '人数',
  goals: '绩效目标',
  goalEvaluations: '目标评价',
  indicators: '指标',
  title: '标题',
  description: '说明',
  target: '指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviationReason: '偏差原因',
  revenue: '收入',
  expenditure: '支出',
  total: '合计',
  bySource: '按来源',
  byFunction: '按功能分类',
  byEconomic: '按经济分类',
  byNature: '按性质',
  basic: '基本支出',
  personnel: '人员经费',
  publicExpense: '公用经费',
  project: '项目支出',
  projects: '项目',
  fundSources: '资金来源',
  amounts: '',
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  final: '决算数',
  threePublic: '“三公”经费',
  reception: '公务接待费',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  lastYearFinal: '上年决算数',
  budget: '预算数',
  procurement: '政府采购',
  carryOver: '结转结余',
  beginning: '年初',
  ending: '年末',
  fixedAssets: '固定资产',
  totalOriginalValue: '原值合计',
  inUseOriginalValue: '在用原值',
  narrative: '叙述',
  management: '管理情况',
  problems: '存在问题',
  measures: '改进措施',
  otherMatters: '其他事项',
  selfAssessment: '自评',
  grade: '等级',
  status: '状态',
  review: '审核',
  comments: '审核意见',
  spotCheckScore: '抽查复核得分',
  code: '代码',
  functionCode: '功能分类代码',
  goal: '目标',
};

export function pathLabel(path: string): string {
  if (path === '') return '整体';
  return parsePath(path)
    .map((p) => (typeof p === 'number' ? `第${p + 1}行` : (WORDS[p] ?? p)))
    .filter((w) => w !== '')
    .join(' › ');
}

const AMOUNT_KEYS = new Set(['initialBudget', 'adjustedBudget', 'final', 'lastYearFinal', 'budget', 'amount', 'beginning', 'ending', 'totalOriginalValue', 'inUseOriginalValue', 'statedThreshold', 'actual']);

/** Whether a path holds money (for showing audit values in 万元). */
export function isAmountPath(path: string): boolean {
  const last = parsePath(path).at(-1);
  if (typeof last !== 'string' || !AMOUNT_KEYS.has(last)) return false;
  return !path.includes('indicators');
}

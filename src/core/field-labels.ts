/**
 * Chinese labels of the department-year's field paths (`revenue.bySource[0].amounts.final` → 收入 › 按来源 ›
 * 第1行 › 决算数), the notation of validation findings, the audit trail and version comparisons. Shared by the
 * web editor and the API, so both name a field the same way. A key without a label shows as itself.
 */

/** `a.b[0].c` → ['a', 'b', 0, 'c']. */
function parseFieldPath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

export const FIELD_WORDS: Record<string, string> = {
  department: '单位',
  region: '地区',
  fiscalYear: '年度',
  settings: '显示设置',
  displayUnit: '金额单位',
  displayDecimals: '小数位数',
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

/** The Chinese label of a field path; 整体 for the whole record. */
export function fieldLabel(path: string): string {
  if (path === '') return '整体';
  return parseFieldPath(path)
    .map((p) => (typeof p === 'number' ? `第${p + 1}行` : (FIELD_WORDS[p] ?? p)))
    .filter((w) => w !== '')
    .join(' › ');
}

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
  // Inputs of the 53号 indicators (named in 需补充 lines and findings).
  lastYearBudget: '上年预算数',
  isKey: '重点项目',
  asOf: '统计时点',
  respondents: '调查对象',
  method: '调查方式',
  budgetAdjustments: '预算调整明细',
  paymentProgress: '支付进度',
  actualPercent: '实际支付进度',
  plannedPercent: '既定支付进度',
  workTasks: '工作任务',
  completedOnTime: '及时完成数',
  planned: '计划数',
  qualityMet: '质量达标数',
  keyTasks: '重点工作',
  completed: '实际完成数',
  assigned: '交办或下达数',
  satisfactionSurvey: '满意度调查',
  satisfied: '满意样本数',
  validSamples: '有效样本数',
  evidence: '佐证材料',
  basis: '评分依据',
  selfScore: '自评得分',
  selfGrade: '自评等级',
  maxScore: '满分',
  unit: '计量单位',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  statedThreshold: '标准',
  amount: '金额',
  classification: '分类',
  ledgerKeywords: '项目关键词',
  partOf: '其中（属于）',
  reportDate: '成文日期',
  threePublicManagement: '“三公”经费管理情况',
};

/** Words that read differently under one part of the year (a budget adjustment's kind is not a department's). */
const WORDS_UNDER: Record<string, Record<string, string>> = {
  budgetAdjustments: { description: '调整事项', kind: '调整类型', cause: '调整原因' },
};

/** The Chinese label of a field path; 整体 for the whole record. `a[].b` (any row) reads as a › b. */
export function fieldLabel(path: string): string {
  if (path === '') return '整体';
  const parts = parseFieldPath(path);
  const under = typeof parts[0] === 'string' ? WORDS_UNDER[parts[0]] : undefined;
  return parts
    .map((p) => (typeof p === 'number' ? `第${p + 1}行` : (under?.[p] ?? FIELD_WORDS[p] ?? p)))
    .filter((w) => w !== '')
    .join(' › ');
}

/** A field path inside prose: `a.b`, `a[0].b`, `a[].b`, `a[flag].b` (the rows whose flag is set), or one word of the model (`budgetAdjustments`). */
const PATH_IN_TEXT = /(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[(?:\d*|[A-Za-z]\w*)\])+|(?<![\w.])[a-z]+[A-Z][A-Za-z]*(?![\w.])/g;

/** A developer's note in an indicator's 需补充 line: the model has no field for it yet. */
const NOT_IN_MODEL = /数据模型暂无此项，建议增加字段\s*[A-Za-z_][\w.[\]]*(?:（[^（）]*）)?/g;

/**
 * Prose for a user's eyes: the field paths and model words inside a message (`编制数（staffing.establishmentTotal）`,
 * `（budgetAdjustments：追加…）`) read as their Chinese labels, and a note that the model lacks a field reads
 * 系统暂无此项数据. Words that are not the model's (a file name, 万元, a formula's min) are left alone.
 */
export function labelPathsIn(text: string): string {
  return text.replace(NOT_IN_MODEL, '系统暂无此项数据').replace(PATH_IN_TEXT, (hit) => {
    const words = parseFieldPath(hit).filter((p): p is string => typeof p === 'string');
    // Only what the model knows: a path of unknown words is not a field (a file name, a product name).
    if (!words.some((w) => w in FIELD_WORDS)) return hit;
    return fieldLabel(hit);
  });
}

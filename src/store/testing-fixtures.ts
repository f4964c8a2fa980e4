/**
 * A department-year with every field of the model set, for round-trip tests. Amounts include 106.96亿元
 * (1 069 600 000 000 分) and others above 2^32, and zeros. The first element of each list sets everything;
 * later elements leave phases out on purpose (a missing phase must stay missing, never become 0).
 */
import {
  type DepartmentYear,
  type DepartmentYearInput,
  departmentYearSchema,
  establishmentTypes,
  type NarrativeItem,
  operators,
} from '../core/department-year.ts';

export interface FixtureKey {
  regionCode?: string;
  departmentCode?: string;
  fiscalYear?: number;
}

/** Every field set (schema-parsed, so it is exactly what the API would hand the store). */
export function fullDepartmentYear(key: FixtureKey = {}): DepartmentYear {
  const input: DepartmentYearInput = {
    schemaVersion: 1,
    fiscalYear: key.fiscalYear ?? 2024,
    region: { code: key.regionCode ?? '431222', province: '湖南省', city: '怀化市', county: '沅陵县' },
    department: {
      code: key.departmentCode ?? 'SWJ-001',
      name: '沅陵县商务局',
      shortNames: ['商务局', '我局'],
      supervisor: '沅陵县人民政府',
      kind: 'administrative',
      internalUnits: ['办公室', '市场运行股', '对外贸易股'],
      statedInternalUnitCount: 7,
      subordinateUnits: ['沅陵县商务综合执法大队'],
      duties: '贯彻执行国家有关商务工作的方针政策……\n第二段：引号"quote"、反斜杠\\、{大括号}',
    },
    staffing: {
      establishment: [
        { type: 'administrative', count: 12 },
        { type: 'public-institution', label: '事业编制（含执法）', count: 10 },
      ],
      establishmentTotal: 22,
      inPost: 34,
      retirees: 15,
      otherStatedCounts: [{ label: '全局干部职工', count: 34 }],
    },
    goals: [
      {
        title: '促进消费',
        description: '开展促消费活动',
        indicators: [
          {
            libraryId: 'lib-001',
            level1: '产出指标',
            level2: '数量指标',
            name: '促消费活动场次',
            operator: '>=',
            target: 6,
            unit: '场',
            actual: 8.5,
            weight: 10,
            score: 9.75,
            deviationReason: '超额完成',
          },
          { name: '群众满意度', operator: 'qualitative', target: '较高', actual: '高' },
        ],
      },
      { title: '外贸稳增长', indicators: [] },
    ],
    goalEvaluations: [{ title: '促进消费', narrative: '已完成' }, { title: '外贸稳增长' }],
    revenue: {
      total: { initialBudget: 1069600000000, adjustedBudget: 1070000000000, final: 1069600000000 },
      bySource: [
        {
          code: '1',
          name: '一般公共预算财政拨款收入',
          amounts: { initialBudget: 5000000000, adjustedBudget: 5100000000, final: 4294967297 },
        },
        { name: '政府性基金预算财政拨款收入', amounts: {} },
      ],
    },
    expenditure: {
      total: { initialBudget: 1069600000000, adjustedBudget: 1070000000000, final: 1069600000000 },
      byFunction: [
        { code: '2011301', name: '行政运行', amounts: { initialBudget: 695830000, adjustedBudget: 700000000, final: 690000000 } },
        { code: '2011308', name: '招商引资', amounts: { final: 12345 } },
      ],
      byEconomic: [
        {
          code: '301',
          name: '工资福利支出',
          amounts: { initialBudget: 300000000, adjustedBudget: 301000000, final: 298000000 },
        },
      ],
      byNature: {
        basic: {
          amounts: { initialBudget: 400000000, adjustedBudget: 410000000, final: 405000000 },
          personnel: { initialBudget: 300000000, adjustedBudget: 301000000, final: 298000000 },
          publicExpense: { initialBudget: 100000000, adjustedBudget: 109000000, final: 107000000 },
          byEconomic: [
            {
              code: '30101',
              name: '基本工资',
              amounts: { initialBudget: 99000000, adjustedBudget: 100000000, final: 100000000 },
            },
            { code: '30201', name: '办公费', amounts: { adjustedBudget: 0, final: 0 } },
          ],
        },
        project: { amounts: { initialBudget: 1069200000000, adjustedBudget: 1069590000000, final: 1069195000000 } },
      },
    },
    projects: [
      {
        code: 'P2024001',
        name: '电子商务进农村综合示范项目',
        functionCode: '2011308',
        amounts: { initialBudget: 500000000, adjustedBudget: 515000000, final: 510000000 },
        fundSources: [
          { code: 'ZY', name: '中央资金', amount: 400000000 },
          { name: '县级配套', amount: 110000000 },
        ],
        goal: '建设县级电商服务中心',
        indicators: [
          {
            libraryId: 'lib-p-7',
            level1: '产出指标',
            level2: '数量指标',
            name: '服务站点数',
            operator: '=',
            target: 120,
            unit: '个',
            actual: 120,
            weight: 20,
            score: 20,
            deviationReason: '无偏差',
          },
        ],
        selfScore: 92.5,
        selfGrade: '优',
        isKey: true,
      },
      { name: '无资金项目', amounts: {}, isKey: false },
    ],
    threePublic: {
      total: { lastYearBudget: 320000, lastYearFinal: 300000, budget: 350000, final: 280000 },
      reception: { lastYearBudget: 110000, lastYearFinal: 100000, budget: 120000, final: 90000 },
      overseasTravel: { lastYearBudget: 0, lastYearFinal: 0, budget: 0, final: 0 },
      vehicles: { lastYearBudget: 210000, lastYearFinal: 200000, budget: 230000, final: 190000 },
      vehiclePurchase: { lastYearFinal: 0, budget: 0, final: 0 },
      vehicleOperation: { lastYearFinal: 200000, budget: 230000, final: 190000 },
    },
    procurement: { budget: 5000000000, actual: 4999999999 },
    paymentProgress: { actualPercent: 96.5, plannedPercent: 100, asOf: '2024-12-31' },
    workTasks: { planned: 40, completed: 38, completedOnTime: 36, qualityMet: 37 },
    keyTasks: { assigned: 12, completed: 11 },
    satisfactionSurvey: { respondents: '服务企业', method: '问卷调查', validSamples: 200, satisfied: 186 },
    carryOver: { beginning: 123456789, ending: 0 },
    fixedAssets: { totalOriginalValue: 9876543210, inUseOriginalValue: 9000000000, statedThreshold: 150000 },
    narrative: {
      management: '预算管理情况……',
      governmentFunds: '无政府性基金',
      stateCapital: '无',
      socialInsurance: '无',
      problems: [
        { title: '固定资产账实不符', detail: '部分资产未入账', category: 'assets' },
        { title: '其他问题' },
      ],
      measures: [{ title: '加强资产管理', detail: '年底前清查', category: 'finance' }],
      otherMatters: '无其他事项',
    },
    selfAssessment: { score: 91.25, maxScore: 100, grade: '优', projectsEvaluated: 2 },
    settings: { displayUnit: '万元', displayDecimals: 4, sourcePrecision: { unit: '万元', decimals: 2 } },
  };
  return departmentYearSchema.parse(input);
}

/** The smallest valid department-year: only required fields (defaults filled by the schema). */
export function minimalDepartmentYear(key: FixtureKey = {}): DepartmentYear {
  return departmentYearSchema.parse({
    schemaVersion: 1,
    fiscalYear: key.fiscalYear ?? 2024,
    region: { code: key.regionCode ?? '431222', province: '湖南省' },
    department: { code: key.departmentCode ?? 'MIN-001', name: '最小单位', kind: 'public-institution' },
    staffing: {},
    revenue: {},
    expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: {} } } },
    threePublic: {},
  } satisfies DepartmentYearInput);
}

/** A department-year using every value of every enum the model has (kinds vary by call: one per save). */
export function allEnumsDepartmentYear(
  kind: DepartmentYear['department']['kind'],
  key: FixtureKey = {},
): DepartmentYear {
  const dy = minimalDepartmentYear({ departmentCode: `ENUM-${kind}`, ...key });
  dy.department.kind = kind;
  dy.staffing.establishment = establishmentTypes.map((type, i) => ({ type, count: i }));
  dy.goals = [
    {
      title: '全部运算符',
      indicators: operators.map((operator, i) => ({ name: `指标${i}`, operator, target: i, actual: `${i}` })),
    },
  ];
  const categories: NarrativeItem['category'][] = ['finance', 'assets', 'budget', 'performance', 'procurement', 'other'];
  dy.narrative.problems = categories.map((category) => ({ title: category, detail: '', category }));
  dy.narrative.measures = categories.map((category) => ({ title: category, detail: '', category }));
  dy.settings = { displayUnit: '元', displayDecimals: 0, sourcePrecision: { unit: '亿元', decimals: 6 } };
  return dy;
}

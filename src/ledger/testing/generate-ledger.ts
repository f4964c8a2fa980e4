/**
 * A deterministic synthetic ledger for tests and the benchmark: a county 商务局's year of entries (basic and
 * project), with misclassifications of each kind planted at known rows, and a department-year whose published
 * figures are the ledger's own totals (so reconciliation is clean unless a test changes a figure).
 */
import { toCsv } from '../../reference/spreadsheet.ts';
import type { DepartmentYear, Project } from '../../core/department-year.ts';
import { type Fen, fen } from '../../core/money.ts';
import { loadDemo } from '../../reference/demo.ts';
import type { LedgerEntry } from '../entry.ts';
import { rng } from '../../gen/generate.ts';

export const PLANTED_KINDS = ['basicOnProject', 'summaryMismatch', 'threePublicHidden', 'badCode', 'natureInconsistent'] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

/** Which rule must flag each planted kind. */
export const RULE_FOR_KIND: Record<PlantedKind, string> = {
  basicOnProject: 'ledger.basic-on-project',
  summaryMismatch: 'ledger.summary-project-mismatch',
  threePublicHidden: 'ledger.three-public',
  badCode: 'ledger.unknown-code',
  natureInconsistent: 'ledger.nature-inconsistent',
};

export interface GeneratedLedger {
  readonly fiscalYear: number;
  readonly entries: LedgerEntry[];
  /** Rows (1-based file rows) planted per kind. */
  readonly planted: Record<PlantedKind, number[]>;
  readonly projects: Project[];
  readonly departmentYear: DepartmentYear;
}

export interface GenerateOptions {
  readonly entries: number;
  readonly seed?: number;
  /** Planted entries per kind (default 300). */
  readonly plantedPerKind?: number;
  readonly fiscalYear?: number;
}

/** The same seeded generator as the department-year generator: the same sequence on every machine. */
export const seededRandom: (seed: number) => () => number = rng;

interface ProjectSpec {
  code: string;
  name: string;
  goal: string;
  indicators: string[];
  summaries: string[];
  functionCode: string;
}

const PROJECTS: ProjectSpec[] = [
  {
    code: 'XM001',
    name: '电子商务进农村综合示范项目',
    goal: '建设县级电商公共服务中心和村级电商服务站点，开展农村电商培训',
    indicators: ['电商培训人次', '村级服务站点数量', '农产品网络销售额'],
    summaries: ['电商培训讲师课酬', '村级电商服务站点建设补助', '农产品网络销售推广费', '电商公共服务中心运营', '农村电商培训场地租赁'],
    functionCode: '2013802',
  },
  {
    code: 'XM002',
    name: '商贸流通体系建设',
    goal: '完善县乡村三级物流配送体系，建设冷链仓储设施',
    indicators: ['乡镇物流配送站覆盖率', '冷链仓储库容'],
    summaries: ['乡镇物流配送站改造补助', '冷链仓储设施验收评审', '三级物流体系规划编制', '物流配送设备租赁'],
    functionCode: '2013802',
  },
  {
    code: 'XM003',
    name: '招商引资专项经费',
    goal: '举办招商推介会，引进重点产业项目',
    indicators: ['签约项目个数', '招商到位资金'],
    summaries: ['招商推介会场地布置', '招商宣传画册印刷', '重点签约项目评审', '招商推介会会务'],
    functionCode: '2010602',
  },
  {
    code: 'XM004',
    name: '消费促进活动',
    goal: '开展家电以旧换新和消费券发放活动，释放消费潜力',
    indicators: ['消费券核销金额', '参与商户数量'],
    summaries: ['消费券平台技术服务', '以旧换新活动宣传', '家电以旧换新补贴拨付', '消费促进活动舞台搭建'],
    functionCode: '2013802',
  },
  {
    code: 'XM005',
    name: '外贸发展扶持资金',
    goal: '支持外贸企业参加国际展会，开拓国际市场',
    indicators: ['出口额增长率', '参展企业数'],
    summaries: ['外贸企业出口信用保险补贴', '外贸业务培训资料印刷', '国际展会展位费补助', '外贸企业参展补助'],
    functionCode: '2013802',
  },
  {
    code: 'XM006',
    name: '成品油市场专项整治',
    goal: '开展成品油市场专项整治，打击非法加油站点',
    indicators: ['检查加油站数量', '取缔非法站点数'],
    summaries: ['加油站安全检查专家劳务', '成品油质量抽检', '非法加油站点取缔设备', '成品油市场整治宣传'],
    functionCode: '2120102',
  },
  {
    code: 'XM007',
    name: '家政服务提质扩容',
    goal: '培训家政服务员，建设家政服务信用平台',
    indicators: ['家政培训人次', '平台注册家政企业'],
    summaries: ['家政服务员技能培训补助', '家政信用平台开发', '家政培训教材印刷', '家政企业评星评级'],
    functionCode: '2013802',
  },
];

/** Economic classes clean project entries use (none basic by nature, none 三公). */
const PROJECT_ECONOMIC = ['30202', '30203', '30215', '30216', '30218', '30226', '30227', '30214', '30299', '31002', '31007'];

/** Clean basic entries: economic class, function class, 摘要 template ({m} = month). */
const BASIC_ITEMS: [string, string, string][] = [
  ['30101', '2010601', '发放{m}月基本工资'],
  ['30102', '2010601', '发放{m}月津贴补贴'],
  ['30107', '2010601', '发放{m}月绩效工资'],
  ['30108', '2080505', '缴纳{m}月机关事业单位养老保险'],
  ['30109', '2080506', '缴纳{m}月职业年金'],
  ['30113', '2010601', '缴纳{m}月住房公积金'],
  ['30201', '2010601', '购买办公用品'],
  ['30201', '2010601', '购买打印纸硒鼓'],
  ['30205', '2010601', '支付{m}月水费'],
  ['30206', '2010601', '支付{m}月电费'],
  ['30207', '2010601', '支付{m}月电话费宽带费'],
  ['30209', '2010601', '支付第{q}季度物业管理费'],
  ['30211', '2010601', '干部赴市参加会议差旅费报销'],
  ['30213', '2010601', '办公楼空调维修'],
  ['30217', '2010601', '接待市商务局调研组工作餐'],
  ['30231', '2010601', '公务用车加油费'],
  ['30231', '2010601', '公务用车维修保养'],
  ['30228', '2010601', '拨付工会经费'],
  ['30302', '2080501', '发放退休人员{m}月退休费'],
];

// A mismatch is a 摘要 naming a purpose unrelated to any project (data/ledger/project-match.json
// unrelatedPurposeWords); a 摘要 that merely shares no word with its project is an ordinary reimbursement.
const UNRELATED = ['购买节日礼品', '购买超市购物卡', '组织职工旅游', '购买茶叶', '景区门票', '购买烟酒', '采购土特产', '发放节日慰问金'];
const ROUTINE_ON_PROJECT: [string, string][] = [
  ['30299', '支付{m}月电费'],
  ['30299', '缴纳第{q}季度物业费'],
  ['30226', '发放{m}月绩效工资'],
  ['30299', '支付{m}月电话费'],
];
// The unit's own pay (301) is basic spending whatever the 摘要 says. 办公费, 电费 and 物业管理费 are not planted with a
// project's own 摘要: a project's business incurs them too (data/ledger/classification.json projectBusinessClasses), so
// only their routine 摘要 (ROUTINE_ON_PROJECT) makes them basic.
const BASIC_CLASS_ON_PROJECT = ['30101', '30107', '30113'];
// Each hidden 三公 entry carries two facts, as the check requires (data/ledger/three-public-score.json: one 摘要 word
// alone is no finding): a car's repair under 30213 维修（护）费 names the car by its plate, as ledgers write it.
const HIDDEN_THREE_PUBLIC: [string, string][] = [
  ['30201', '接待省商务厅检查组工作餐'],
  ['30299', '公务用车加油'],
  ['30213', '湘N·A8K26车辆维修'],
  ['30211', '因公出国考察费用'],
  ['30299', '车辆保险费'],
];

interface EntryBase {
  readonly entryNo: number;
  readonly row: number;
  readonly date: string;
  readonly voucher: string;
  readonly amount: Fen;
}

function projectEntry(base: EntryBase, project: ProjectSpec, summary: string, economicCode: string): LedgerEntry {
  return {
    entryNo: base.entryNo,
    row: base.row,
    date: base.date,
    voucher: base.voucher,
    amount: base.amount,
    summary,
    functionCode: project.functionCode,
    economicCode,
    nature: 'project',
    projectCode: project.code,
    projectName: project.name,
    payee: '湖南某某科技有限公司',
    fundSource: '一般公共预算',
  };
}

function basicEntry(base: EntryBase, summary: string, economicCode: string, functionCode: string): LedgerEntry {
  return {
    entryNo: base.entryNo,
    row: base.row,
    date: base.date,
    voucher: base.voucher,
    amount: base.amount,
    summary,
    functionCode,
    economicCode,
    nature: 'basic',
    fundSource: '一般公共预算',
  };
}

function fill(template: string, month: number): string {
  return template.replace('{m}', String(month)).replace('{q}', String(Math.ceil(month / 3)));
}

export function generateLedger(options: GenerateOptions): GeneratedLedger {
  const random = seededRandom(options.seed ?? 20241231);
  const year = options.fiscalYear ?? 2024;
  const perKind = options.plantedPerKind ?? 300;
  const total = options.entries;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Planted rows: distinct positions spread through the file.
  const kindAt = new Map<number, PlantedKind>();
  for (const kind of PLANTED_KINDS) {
    let placed = 0;
    while (placed < perKind && kindAt.size < total) {
      const i = Math.floor(random() * total);
      if (kindAt.has(i)) continue;
      kindAt.set(i, kind);
      placed++;
    }
  }
  const planted = Object.fromEntries(PLANTED_KINDS.map((k) => [k, [] as number[]])) as Record<PlantedKind, number[]>;
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < total; i++) {
    const row = i + 2;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    const amount = fen(5_000 + Math.floor(random() * 5_000_000));
    const base = { entryNo: i + 1, row, date, voucher: `记-${month}-${String(1 + (i % 400)).padStart(4, '0')}`, amount };
    const project = pick(PROJECTS);
    const asProject = (summary: string, economicCode: string) => projectEntry(base, project, summary, economicCode);
    const asBasic = (summary: string, economicCode: string, functionCode = '2010601') =>
      basicEntry(base, summary, economicCode, functionCode);
    const kind = kindAt.get(i);
    let entry: LedgerEntry;
    switch (kind) {
      case 'basicOnProject':
        entry =
          random() < 0.5
            ? asProject(pick(project.summaries), pick(BASIC_CLASS_ON_PROJECT))
            : (([econ, text]) => asProject(fill(text, month), econ))(pick(ROUTINE_ON_PROJECT));
        break;
      case 'summaryMismatch':
        entry = asProject(pick(UNRELATED), pick(PROJECT_ECONOMIC));
        break;
      case 'threePublicHidden': {
        const [econ, text] = pick(HIDDEN_THREE_PUBLIC);
        entry = asBasic(text, econ);
        break;
      }
      case 'badCode': {
        const r = random();
        // Codes that cannot be codes of their classification (wrong shape): an error per entry. A well-formed
        // code missing from the incomplete shipped tables is only one summary line, flagging no entry.
        entry =
          r < 0.4
            ? asBasic('购买办公用品', '302981')
            : r < 0.7
              ? asBasic('支付专项业务费', '30201', '1019999')
              : asBasic('支付杂项支出', '4010');
        break;
      }
      case 'natureInconsistent':
        if (random() < 0.5) {
          entry = asBasic('办公区道路硬化工程款', '31005');
        } else {
          const { projectCode: _code, projectName: _name, ...unnamed } = asProject(pick(project.summaries), pick(PROJECT_ECONOMIC));
          entry = unnamed;
        }
        break;
      default:
        if (random() < 0.6) {
          const [econ, functionCode, text] = pick(BASIC_ITEMS);
          entry = asBasic(fill(text, month), econ, functionCode);
        } else {
          const suffix = random() < 0.5 ? '' : `（第${1 + Math.floor(random() * 6)}批）`;
          entry = asProject(pick(project.summaries) + suffix, pick(PROJECT_ECONOMIC));
        }
    }
    if (kind) planted[kind].push(row);
    entries.push(entry);
  }
  const projects: Project[] = PROJECTS.map((p) => ({
    code: p.code,
    name: p.name,
    functionCode: p.functionCode,
    goal: p.goal,
    amounts: { final: sum(entries.filter((e) => e.projectCode === p.code)) },
    fundSources: [],
    indicators: p.indicators.map((name) => ({ name, operator: '>=' as const })),
  }));
  return { fiscalYear: year, entries, planted, projects, departmentYear: departmentYearFor(entries, projects, year) };
}

function sum(list: readonly LedgerEntry[]): Fen {
  return fen(list.reduce((s, e) => s + e.amount, 0));
}

function linesBy(entries: readonly LedgerEntry[], codeOf: (e: LedgerEntry) => string): DepartmentYear['expenditure']['byFunction'] {
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(codeOf(e), (totals.get(codeOf(e)) ?? 0) + e.amount);
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, amount]) => ({ code, name: `科目${code}`, amounts: { final: fen(amount) } }));
}

/** The demo department-year with expenditure, projects and 三公 figures taken from the entries. */
export function departmentYearFor(entries: readonly LedgerEntry[], projects: Project[], fiscalYear: number): DepartmentYear {
  const demo = loadDemo();
  const basic = entries.filter((e) => e.nature === 'basic');
  const project = entries.filter((e) => e.nature === 'project');
  const threePublicOf = (codes: string[], words: RegExp) =>
    fen(entries.filter((e) => codes.includes(e.economicCode) || (words.test(e.summary) && !/加油站/.test(e.summary))).reduce((s, e) => s + e.amount, 0));
  const reception = threePublicOf(['30217'], /接待|工作餐/);
  const overseas = threePublicOf(['30212'], /出国|出境/);
  const vehicles = threePublicOf(['30231', '30913', '31013'], /加油|车辆维修|车辆保险|修车/);
  const item = (final: Fen) => ({ final, budget: fen(final * 2) });
  return {
    ...demo,
    fiscalYear,
    expenditure: {
      total: { final: sum(entries) },
      byFunction: linesBy(entries, (e) => e.functionCode),
      byEconomic: linesBy(entries, (e) => e.economicCode),
      byNature: {
        basic: { amounts: { final: sum(basic) }, byEconomic: linesBy(basic, (e) => e.economicCode) },
        project: { amounts: { final: sum(project) } },
      },
    },
    projects,
    threePublic: {
      total: item(fen(reception + overseas + vehicles)),
      reception: item(reception),
      overseasTravel: item(overseas),
      vehicles: item(vehicles),
    },
  };
}

export const LEDGER_CSV_HEADER = ['凭证日期', '凭证号', '摘要', '借方金额', '功能分类', '经济分类', '支出类型', '项目编码', '项目名称', '收款单位', '资金来源'];

/** The entries as an accounting export would write them (amounts in 元 with two decimals). */
export function ledgerCsvRows(entries: readonly LedgerEntry[]): string[][] {
  const rows: string[][] = [[...LEDGER_CSV_HEADER]];
  for (const e of entries) {
    const yuan = `${e.amount < 0 ? '-' : ''}${Math.floor(Math.abs(e.amount) / 100)}.${String(Math.abs(e.amount) % 100).padStart(2, '0')}`;
    rows.push([
      e.date,
      e.voucher,
      e.summary,
      yuan,
      e.functionCode,
      e.economicCode,
      e.nature === 'basic' ? '基本支出' : '项目支出',
      e.projectCode ?? '',
      e.projectName ?? '',
      e.payee ?? '',
      e.fundSource ?? '',
    ]);
  }
  return rows;
}

export function ledgerCsv(entries: readonly LedgerEntry[]): string {
  return toCsv(ledgerCsvRows(entries));
}

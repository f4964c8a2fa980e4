/**
 * One expenditure entry of a department's books (记账凭证明细), as imported. Amounts are integer 分; a negative
 * amount is a reversal (红字冲销). `row` is the 1-based row of the source file, so every finding can name it.
 */
import type { Fen } from '../core/money.ts';

export type ExpenditureNature = 'basic' | 'project';

export const NATURE_LABEL: Record<ExpenditureNature, string> = { basic: '基本支出', project: '项目支出' };

/**
 * Where an entry's nature came from: the row's 支出类型 cell (`column`), the spending account's 明细科目 naming
 * 基本支出/项目支出 (`account`), or the importer's inference from the project cells (`inferred`: a project, unless
 * named 人员类/公用经费, makes it project expenditure). Only an inferred nature may be re-inferred by the checks
 * (basic-projects.ts withInferredNature); a stated one is what ledger.nature-inconsistent weighs against the rest.
 */
export type NatureSource = 'column' | 'account' | 'inferred';

export interface LedgerEntry {
  /** 1-based position in the import, unique per department-year (part of the primary key). */
  readonly entryNo: number;
  /** 1-based row in the source file (header rows counted). */
  readonly row: number;
  /** ISO date YYYY-MM-DD. */
  readonly date: string;
  readonly voucher: string;
  /**
   * The entry's own 摘要. Under a voucher line (凭证汇总-style 分录明细) it is the entry line's own text, or the
   * voucher's 摘要 when the line has none; the voucher's 摘要 is then kept apart in `voucherSummary`.
   */
  readonly summary: string;
  /**
   * The 摘要 of the voucher line heading this entry line (发放1月工资 over 在职人员基本工资), when it says something
   * the entry's own 摘要 does not (absent when the line's text contains it, or the line has none). Stored beside the
   * entry (ledger_entries.voucher_summary). Which rule reads it: ledger.three-public and ledger.basic-on-project read
   * it with the entry's own (summaryWithVoucher: the voucher states what all its lines paid for);
   * ledger.summary-project-mismatch reads the entry's own 摘要 only (the voucher's may label its project, or cover
   * lines of several projects).
   */
  readonly voucherSummary?: string;
  readonly amount: Fen;
  readonly functionCode: string;
  /**
   * The function item's name as the ledger writes it beside the code (2220101/行政运行), when it does: read for
   * codes the code table lacks. Stored beside the entry (ledger_entries.function_name), so a year checked from
   * the database finds what the file check finds.
   */
  readonly functionName?: string;
  readonly economicCode: string;
  readonly nature: ExpenditureNature;
  /**
   * Where `nature` came from (NatureSource). Stored beside the entry (ledger_entries.nature_source); absent for
   * entries stored before it was kept, read as stated (no inference overrides them).
   */
  readonly natureSource?: NatureSource;
  /**
   * The nature the spending account's 明细科目 states (7201010101 事业支出—财政拨款支出—基本支出), kept only where the
   * row's 支出类型 cell states the other one: two columns of the entry contradict each other (ledger.nature-inconsistent).
   */
  readonly accountNature?: ExpenditureNature;
  readonly projectCode?: string;
  readonly projectName?: string;
  /**
   * The key the checks know the entry's project by, where the book knows that project under another code too (a system
   * switch renumbered it: FYY2024-01 and 611126241000000000101, both 学前教育保教质量提升): set at check time by
   * withProjectAliases (project-aliases.ts), never imported or stored. Read through projectKeyOf.
   */
  readonly projectKey?: string;
  readonly payee?: string;
  /**
   * The 科室/部门 the entry belongs to: a 科室/部门 column's cell, else the 辅助明细账 section it stands in
   * (科室：[0103]总务科 → 总务科, in its NFKC form; data/imports/row-kinds.json section.department). Kept as read; no check reads it.
   * Stored beside the entry (ledger_entries.department).
   */
  readonly department?: string;
  readonly fundSource?: string;
  /**
   * 1-based column of the source file the amount came from, for a 多栏账 (the class is the analysis column the
   * amount stands in): one row may then make several entries, told apart by their column.
   */
  readonly column?: number;
}

/** The fields an import can map a column to. */
export const LEDGER_FIELDS = [
  'date',
  'month',
  'day',
  'voucher',
  'voucherType',
  'summary',
  'amount',
  'debit',
  'credit',
  'direction',
  'functionCode',
  'functionName',
  'economicCode',
  'nature',
  'projectCode',
  'projectName',
  'payee',
  'department',
  'fundSource',
  'account',
  'redInk',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export const FIELD_LABEL: Record<LedgerField, string> = {
  date: '日期',
  month: '月',
  day: '日',
  voucher: '凭证号',
  voucherType: '凭证字',
  summary: '摘要',
  amount: '金额',
  debit: '借方金额',
  credit: '贷方金额',
  direction: '借贷方向',
  functionCode: '功能科目',
  functionName: '功能科目名称',
  economicCode: '经济科目',
  nature: '支出类型',
  projectCode: '项目编码',
  projectName: '项目名称',
  payee: '收款人',
  department: '科室/部门',
  fundSource: '资金来源',
  account: '会计科目',
  redInk: '红字标志',
};

/**
 * Fields without which an entry cannot be classified or reconciled. The amount may come as one 金额 column or
 * as 借方/贷方 columns (netted: 借方 − 贷方), so `amount` is satisfied by `debit` too (see column-mapping.ts).
 */
export const REQUIRED_FIELDS: readonly LedgerField[] = [
  'date',
  'voucher',
  'summary',
  'amount',
  'functionCode',
  'economicCode',
];

/** What each mapping key means, for `--help` and the README (one place, so they never disagree). */
export const FIELD_HELP: Record<LedgerField, string> = {
  date: '记账日期（2024-03-05、2024/3/5、2024年3月5日、20240305 或 Excel 日期）。明细账只有“月”“日”两列时不必给',
  month: '月（与“日”一起代替日期列，年度取 --year）',
  day: '日',
  voucher: '凭证号。日期与凭证号在同一格（日期凭证号：2024-03-05 记-12、03-05 记12、记-12 2024-03-05）时，date 与 voucher 给同一列，每格拆分读取',
  voucherType: '凭证字（记、收、付、转；与凭证号分两列时给出：凭证按“字-号”识别，如 付-1，同月的收-1、付-1、转-1 是三张凭证）',
  summary: '摘要',
  amount: '金额（单列；负数或括号表示红字冲销）。有借方/贷方两列时不必给',
  debit: '借方金额（支出）',
  credit: '贷方金额（退款、冲销）：金额 = 借方 − 贷方',
  direction: '借贷方向列（借/贷）：与单列“金额”配合，贷方取负数',
  functionCode: '支出功能分类科目（编码，可带名称）',
  functionName: '支出功能分类科目名称（编码与名称分两列时的名称列；编码不在所附代码表中时用它认出“行政运行”）',
  economicCode: '支出经济分类科目（编码，可带名称；只有名称时按当年经济分类表中唯一同名的科目取编码）',
  nature: '支出类型（基本支出/项目支出，或人员经费、公用经费）。没有此列时：有项目编码或项目名称的分录算项目支出，否则算基本支出；若导出的基本支出也带项目名称，请用此键指定支出类型列；项目名称含“人员类”“公用经费项目”“基本支出”等（预算管理一体化的人员类、运转类公用经费项目）的分录自动算基本支出',
  projectCode: '项目编码',
  projectName: '项目名称',
  payee: '收款人/往来单位（用于识别餐饮、住宿等收款方）',
  department: '科室/部门（辅助核算的部门；按科室分节打印的辅助明细账不必给，取分节行“科室：[0103]总务科”的科室）',
  fundSource: '资金来源',
  account:
    '会计科目（编码或名称）。凭证明细、序时账列出每张凭证的全部分录时给出：只读预算支出科目（7101 行政支出、7201 事业支出等）的分录，没有时读费用科目（5001 业务活动费用等），资金结存、零余额账户等对方分录和双分录中另一套的分录跳过并计数',
  redInk:
    '红字标志列（数据库、接口导出的 HZBZ 等）：标为红字（红字、是，或表头说明如“红字标志(1红字)”所列的代码）的分录金额取负数，已是负数的不再取反；标为蓝字/否/0 或为空的照写；其他值报错',
};

/**
 * A class the export names without a code the year's table settles (一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行
 * where the shipped table lacks 20103): the entry keeps the name as written, white space collapsed, in place of the
 * code. The shipped tables are incomplete (data/codes/SOURCES.md): such a name must never block an import.
 */
export function namedClass(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The function class of an entry whose file gives none: a 多栏明细账 analysed by economic class (a township's 7101)
 * prints no 功能科目 column. The import says so (parse-entries.ts withoutFunction); a check never reads it as a code.
 */
export const NO_FUNCTION = '';

/** Is this class a name kept as written (namedClass) rather than a code? A code holds no Han character. */
export function isNamedClass(code: string): boolean {
  return /\p{Script=Han}/u.test(code);
}

/** How an entry is named in evidence: `ledger[row 1234]`, or `ledger[row 1234 col 15]` for a 多栏账's entry. */
export function entryPath(entry: Pick<LedgerEntry, 'row' | 'column'>): string {
  return entry.column === undefined ? `ledger[row ${entry.row}]` : `ledger[row ${entry.row} col ${entry.column}]`;
}

/**
 * The 摘要 read with its voucher's, as one text: 凭证摘要：分录摘要 (公务用车维修：轮胎及刹车片), or the entry's own 摘要
 * when it has no voucher's. The own 摘要 alone when it contains the voucher's, the voucher's when it contains the own.
 */
export function summaryWithVoucher(entry: Pick<LedgerEntry, 'summary' | 'voucherSummary'>): string {
  const voucher = entry.voucherSummary;
  if (voucher === undefined || voucher === '' || entry.summary.includes(voucher)) return entry.summary;
  if (entry.summary === '' || voucher.includes(entry.summary)) return voucher;
  return `${voucher}：${entry.summary}`;
}

/** How a message quotes an entry's 摘要: 摘要“轮胎及刹车片”, with its voucher's after it when it has one. */
export function quoteSummary(entry: Pick<LedgerEntry, 'summary' | 'voucherSummary'>): string {
  return entry.voucherSummary === undefined ? `摘要“${entry.summary}”` : `摘要“${entry.summary}”（凭证摘要“${entry.voucherSummary}”）`;
}

/**
 * The project an entry is charged to, as one key (code first: names get retyped; the key of the same project under
 * another code of the book where the checks set one: `projectKey`).
 */
export function projectKeyOf(entry: Pick<LedgerEntry, 'projectCode' | 'projectName' | 'projectKey'>): string | undefined {
  return entry.projectKey || entry.projectCode || entry.projectName || undefined;
}

/** How a message names an entry's project: its own code (as the file writes it), else its name. */
export function projectLabelOf(entry: Pick<LedgerEntry, 'projectCode' | 'projectName'>): string | undefined {
  return entry.projectCode || entry.projectName || undefined;
}

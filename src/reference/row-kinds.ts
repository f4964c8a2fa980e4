/**
 * Which rows of an export are not data: totals, a ledger's period lines (期初余额, 本月合计, 本年累计, 年末结转 …)
 * and the signature/print footer. The words are data (data/imports/row-kinds.json). Importers skip such rows
 * and count them by reason, so the user sees what was left out instead of an error per row.
 */
import { z } from 'zod';
import { InputError } from '../core/input-error.ts';
import { loadDataJson } from './data-json.ts';

export type SkipReason =
  | 'blank'
  | 'title'
  | 'header-repeat'
  | 'total'
  | 'section-total'
  | 'aux-section'
  | 'period'
  | 'carried-forward'
  | 'page-number'
  | 'title-repeat'
  | 'voucher-header'
  | 'footer'
  | 'financial-account'
  | 'financial-side-only'
  | 'other-account'
  | 'account-title'
  | 'aux-subrow'
  | 'wrapped-line'
  | 'class-heading'
  | 'column-numbers'
  | 'attachment'
  | 'card-continuation'
  | 'other-unit'
  | 'hints'
  | 'field-keys'
  | 'department-group'
  | 'repeated-book'
  | 'system-switch'
  | 'note';

export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  blank: '空行',
  title: '表头上方的标题行',
  'header-repeat': '重复的表头',
  total: '合计/小计行',
  'section-total': '分节（项目）小计行',
  'aux-section': '其他辅助项分节行（科室/部门、往来单位等）',
  period: '期初余额/本月合计/本年累计/结转行',
  'carried-forward': '过次页/承前页（分页处转下的累计行）',
  'page-number': '页码行（第 1 页 共 8 页、Page 1 of 8 等）',
  'title-repeat': '分页处重复的标题行（表名、单位/科目/期间行）',
  'voucher-header': '凭证行（分录明细中只有日期、凭证号、摘要的行，其日期、凭证号和摘要带到其下各分录）',
  footer: '表尾（制表人、打印日期等）',
  'financial-account': '平行记账的财务会计分录（费用、资产、负债、收入等科目行；支出按预算会计分录只计一次）',
  'financial-side-only': '平行记账中只有财务会计一栏的行（计提、折旧、预借等，预算会计一栏为空，不是预算支出）',
  'other-account': '对方科目行（资金结存、零余额账户用款额度、财政拨款预算收入等）',
  'account-title': '科目分节标题行（“科目：编码 名称”，其下各行记入该科目）',
  'aux-subrow': '辅助核算子行（分录下方逐行列出的功能分类、经济分类、项目、往来单位等，并入其上方的分录）',
  'wrapped-line': '折行拆出的续行（打印时折行的摘要、科目、项目、往来单位等的后半，只有文字，并入其上方的分录）',
  'class-heading': '资产分类标题行（一、房屋和构筑物 等，其下卡片按类列示）',
  'column-numbers': '栏次行（表头下给各栏编号的 1、2、3…）',
  attachment: '附属设备子行（无资产编号，列在其上方卡片之下，并入该卡片；金额已含在卡片原值中，不另计）',
  'card-continuation': '卡片续行（无资产编号，只有规格型号、备注等文字的下一行：手工台账中一张卡片写成两行，文字并入其上方的卡片，不是新卡片，不另计金额）',
  'other-unit': '其他单位的分录（多单位导出中未选定的单位）',
  hints: '填表说明行（表头下逐列写着 yyyy-mm-dd、数字，两位小数 等填写说明，而非取值）',
  'field-keys': '字段代码行（表头上方供系统回导的英文字段名，如 ZCBH、ZCMC）',
  'department-group': '部门分组行（“部门：教务处”，其下各卡片的使用部门取自该行）',
  'repeated-book': '按科目级次重复打印的账页（上级科目与其下级科目各打一本，同一分录只导入一次）',
  'system-switch': '系统切换行（更换核算系统时转出/承接原系统余额、按科目汇总迁移原系统发生额或说明切换的行，不是分录）',
  note: '表注/说明行（只有一段“注：…”“说明：…”文字的行）',
};

const wordsSchema = z.object({ about: z.string(), words: z.array(z.string().min(1)).min(1) });
const schema = z.object({
  source: z.string().min(1),
  version: z.string().min(1),
  total: wordsSchema,
  groupTotal: wordsSchema.optional(),
  period: wordsSchema,
  carried: wordsSchema.optional(),
  systemSwitch: wordsSchema.optional(),
  continuedTitle: wordsSchema.optional(),
  pageNumber: z.object({ about: z.string(), patterns: z.array(z.string().min(1)).min(1) }).optional(),
  pageInfo: wordsSchema.optional(),
  closing: wordsSchema.extend({ endAbout: z.string().optional(), endWords: z.array(z.string().min(1)).optional() }).optional(),
  continuationMarks: wordsSchema.optional(),
  sameAsAbove: wordsSchema.optional(),
  wholeScope: wordsSchema.optional(),
  summarySheet: wordsSchema.optional(),
  section: z
    .object({
      about: z.string(),
      project: z.array(z.string().min(1)).min(1),
      basic: z.array(z.string().min(1)).min(1),
      function: z.array(z.string().min(1)).optional(),
      economic: z.array(z.string().min(1)).optional(),
      payee: z.array(z.string().min(1)).optional(),
      department: z.array(z.string().min(1)).optional(),
      other: z.array(z.string().min(1)).optional(),
      aboutParts: z.string().optional(),
      auxPrefix: z.array(z.string().min(1)).optional(),
      anyProject: z.array(z.string().min(1)).optional(),
      periodSheet: z.array(z.string().min(1)).optional(),
      notProject: z.array(z.string().min(1)).optional(),
      projectCode: z.array(z.string().min(1)).optional(),
      ledgerTitle: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  accountTitle: wordsSchema.extend({ source: z.string().min(1), codeSeparators: z.array(z.string().length(1)).optional() }).optional(),
  auxiliarySubRow: z
    .object({
      about: z.string(),
      source: z.string().min(1),
      leadMarks: z.array(z.string().min(1)),
      minRuns: z.number().int().min(1),
      minShare: z.number().min(0).max(1),
    })
    .optional(),
  footer: wordsSchema.extend({ patterns: z.array(z.string().min(1)).optional() }),
  note: wordsSchema.extend({ source: z.string().min(1) }).optional(),
});

export interface RowKinds {
  readonly total: readonly string[];
  /** Endings of a group's total written after its name by a spreadsheet's 分类汇总 (办公用房 汇总), normalised. */
  readonly groupTotal: readonly string[];
  readonly period: ReadonlySet<string>;
  /** Carried-forward labels of a page break (过次页, 承前页). */
  readonly carried: ReadonlySet<string>;
  /** Words a 摘要 of a system switch contains (系统切换, 转入新系统, 承前原系统): without amounts, no entry. */
  readonly systemSwitch: readonly string[];
  /** Marks after a title repeated on a later page (明细账（续表）), normalised, longest first. */
  readonly continuedTitle: readonly string[];
  /** Page numbers of a print's foot or head (第1页 共8页, Page 1 of 8, - 1 -), matched on the compact NFKC text. */
  readonly pageNumber: readonly RegExp[];
  /** Labels of the 单位/科目/期间 line under a printed ledger's title (单位：…, 期间：…), longest first. */
  readonly pageInfo: readonly string[];
  /** Prefixes of a closing (结转) 摘要. */
  readonly closing: readonly string[];
  /** Endings of a closing 摘要 written with 结转 last (本年支出结转), after at most CLOSING_END_LEAD characters. */
  readonly closingEnds: readonly string[];
  /** Tree marks (└ ├ ─) that start an entry line's 摘要 continuing its voucher's; trimmed, never normalised. */
  readonly continuationMarks: readonly string[];
  /** 摘要 words that repeat the line above's (同上, 〃), normalised and without quotes (sameAsAboveKey). */
  readonly sameAsAbove: ReadonlySet<string>;
  /** Words naming the whole unit before a period or total label (全院本年累计 under a 科室辅助明细账's sections), longest first. */
  readonly wholeScope: readonly string[];
  /** Words in a left-out sheet's name or title rows that make it a summary of the ledger (经济分类汇总), normalised. */
  readonly summarySheet: readonly string[];
  readonly footer: readonly string[];
  /** Footer items that are no word with a colon: a count of the records listed (共 443 条记录), matched on the compact NFKC text. */
  readonly footerPatterns: readonly RegExp[];
  /** Words a note row starts with before its colon (注：…, 说明：…), normalised, longest first. */
  readonly note: readonly string[];
  /** Section labels of a 辅助明细账 grouped by project: project prefixes (项目：…) and basic-spending words. */
  readonly section: {
    readonly project: readonly string[];
    readonly basic: readonly string[];
    readonly function: readonly string[];
    readonly economic: readonly string[];
    /** Labels of a 辅助明细账 grouped by 往来单位 (the payee of the entries under it). */
    readonly payee: readonly string[];
    /** Labels of a 辅助明细账 grouped by 部门 or 科室 (the department of the entries under it). */
    readonly department: readonly string[];
    /** Labels of other 辅助项 (职员, 个人 …) a 辅助明细账 may be grouped by: no field the checks read. */
    readonly other: readonly string[];
    /** A title row's 辅助项 label before the project's (辅助核算：项目-LC24TY02 全民运动会), longest first. */
    readonly auxPrefix: readonly string[];
    /** Names that select no one project (项目：全部): a query condition, not the project of a sheet. */
    readonly anyProject: ReadonlySet<string>;
    /** Patterns of a sheet named by a period (1月, 2024年01期, 第一季度): no project. */
    readonly periodSheet: readonly RegExp[];
    /** Sheet names that are no project's (项目支出 of 72010102项目支出, 明细账, 查询条件). */
    readonly notProject: ReadonlySet<string>;
    /** A title block's label of the project's code alone (项目编码：LC24TY01 beside 项目名称：…). */
    readonly projectCode: readonly string[];
    /** A ledger's title words (项目辅助明细账, 明细账): the rest of a title holding one may name the sheet's part. */
    readonly ledgerTitle: readonly string[];
  };
  /** Labels of a 明细分类账's section title (科目：5001010211 业务活动费用-…-差旅费), longest first. */
  readonly accountTitle: readonly string[];
  /** Characters an account code may have between its levels in a section title (7201.01.30201, 7201-01-30201). */
  readonly accountCodeSeparators: readonly string[];
  /** 辅助核算 printed on sub-rows under each entry (src/ledger/auxiliary-subrows.ts): marks before a sub-row's first label, and the file's precondition. */
  readonly auxiliarySubRow: { readonly leadMarks: readonly string[]; readonly minRuns: number; readonly minShare: number };
}

let cached: RowKinds | undefined;

export function loadRowKinds(): RowKinds {
  if (cached) return cached;
  const file = 'data/imports/row-kinds.json';
  const data = loadDataJson(file, schema);
  const norm = (w: string) => normalizeLabel(w);
  let pageNumber: RegExp[];
  try {
    pageNumber = (data.pageNumber?.patterns ?? []).map((p) => new RegExp(p, 'iu'));
  } catch {
    throw new InputError(`规则文件 ${file} 的 pageNumber 正则有误 / invalid pageNumber pattern in ${file}`);
  }
  let periodSheet: RegExp[];
  try {
    periodSheet = (data.section?.periodSheet ?? []).map((p) => new RegExp(p, 'iu'));
  } catch {
    throw new InputError(`规则文件 ${file} 的 section.periodSheet 正则有误 / invalid section.periodSheet pattern in ${file}`);
  }
  cached = {
    total: data.total.words.map(norm).sort((a, b) => b.length - a.length),
    groupTotal: (data.groupTotal?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    period: new Set(data.period.words.map(norm)),
    carried: new Set((data.carried?.words ?? []).map(norm)),
    systemSwitch: (data.systemSwitch?.words ?? []).map(norm),
    continuedTitle: (data.continuedTitle?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    pageNumber,
    pageInfo: (data.pageInfo?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    closing: (data.closing?.words ?? []).map(norm),
    closingEnds: (data.closing?.endWords ?? []).map(norm),
    continuationMarks: data.continuationMarks?.words ?? [],
    sameAsAbove: new Set((data.sameAsAbove?.words ?? []).map(sameAsAboveKey)),
    wholeScope: (data.wholeScope?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    summarySheet: (data.summarySheet?.words ?? []).map(norm),
    footer: data.footer.words.map(norm).sort((a, b) => b.length - a.length),
    footerPatterns: (data.footer.patterns ?? []).map((p) => new RegExp(p, 'u')),
    note: (data.note?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    section: {
      project: (data.section?.project ?? []).map(norm).sort((a, b) => b.length - a.length),
      basic: (data.section?.basic ?? []).map(norm),
      function: (data.section?.function ?? []).map(norm).sort((a, b) => b.length - a.length),
      economic: (data.section?.economic ?? []).map(norm).sort((a, b) => b.length - a.length),
      payee: (data.section?.payee ?? []).map(norm).sort((a, b) => b.length - a.length),
      department: (data.section?.department ?? []).map(norm).sort((a, b) => b.length - a.length),
      other: (data.section?.other ?? []).map(norm).sort((a, b) => b.length - a.length),
      auxPrefix: (data.section?.auxPrefix ?? []).map(norm).sort((a, b) => b.length - a.length),
      anyProject: new Set((data.section?.anyProject ?? []).map(norm)),
      periodSheet,
      notProject: new Set((data.section?.notProject ?? []).map(norm)),
      projectCode: (data.section?.projectCode ?? []).map(norm),
      ledgerTitle: (data.section?.ledgerTitle ?? []).map(norm).sort((a, b) => b.length - a.length),
    },
    accountTitle: (data.accountTitle?.words ?? []).map(norm).sort((a, b) => b.length - a.length),
    accountCodeSeparators: data.accountTitle?.codeSeparators ?? ['.'],
    auxiliarySubRow: {
      leadMarks: data.auxiliarySubRow?.leadMarks ?? [],
      minRuns: data.auxiliarySubRow?.minRuns ?? 3,
      minShare: data.auxiliarySubRow?.minShare ?? 0.4,
    },
  };
  return cached;
}

/** NFKC, no spaces, no leading decoration such as *, 【 or [. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^[*★#【[<《(]+/, '').replace(/[*★#】\]>》)]+$/, '');
}

/** A 摘要 as compared with the sameAsAbove words: normalised (normalizeLabel) and without quotes ("同上", “同上”, 「同上」). */
export function sameAsAboveKey(text: string): string {
  return normalizeLabel(text).replace(/["'“”‘’「」『』]/g, '');
}

const AFTER_LABEL = /^(?:$|[:：(（[【,，、\-—])/;

/**
 * A period named before a total word (1月小计, 2024年03月合计, 第一季度小计, as a 支付明细 query subtotals by month):
 * the row is that total all the same.
 */
const PERIOD_BEFORE_TOTAL = /^(?:(?:\d{4}年)?\d{1,2}月份?|\d{4}[-./]\d{1,2}|第?[一二三四1-4]季度)/u;

function isTotalLabel(label: string, kinds: RowKinds): boolean {
  for (const text of [label, label.replace(PERIOD_BEFORE_TOTAL, '')]) {
    for (const w of kinds.total) if (text.startsWith(w) && AFTER_LABEL.test(text.slice(w.length))) return true;
  }
  return false;
}

/** 过次页, 承前页 — exactly, or followed by a bracket or colon (过次页（借方）). */
function isCarriedLabel(label: string, kinds: RowKinds): boolean {
  if (kinds.carried.has(label)) return true;
  const bracket = /^(.+?)[(（:：]/.exec(label);
  return bracket !== null && kinds.carried.has(bracket[1]!);
}

/** A label that names a switch of accounting system (系统切换 期末余额转入新系统, 承前原系统1-5月累计发生额). */
export function isSystemSwitchLabel(label: string, kinds: RowKinds = loadRowKinds()): boolean {
  return kinds.systemSwitch.some((w) => label.includes(w));
}

/** How many characters a closing 摘要 may have before its ending word (2024年度事业 of 2024年度事业支出结转). */
const CLOSING_END_LEAD = 8;

/** A closing (结转) 摘要: it starts with a closing word (年末结转…), or ends with one written last (本年支出结转). */
export function isClosingLabel(label: string, kinds: RowKinds = loadRowKinds()): boolean {
  for (const w of kinds.closing) if (label.startsWith(w)) return true;
  for (const w of kinds.closingEnds) if (label.endsWith(w) && label.length - w.length <= CLOSING_END_LEAD) return true;
  return false;
}

/** The label after a whole-unit scope word (全院本年累计 → 本年累计), or undefined when it starts with none or is one alone. */
export function withoutWholeScope(label: string, kinds: RowKinds = loadRowKinds()): string | undefined {
  for (const w of kinds.wholeScope) if (label.startsWith(w) && label.length > w.length) return label.slice(w.length).replace(/^[:\s]+/u, '');
  return undefined;
}

function isPeriodLabel(label: string, kinds: RowKinds): boolean {
  if (kinds.period.has(label)) return true;
  if (isClosingLabel(label, kinds)) return true;
  const bracket = /^(.+?)[(（:：]/.exec(label);
  return bracket !== null && kinds.period.has(bracket[1]!);
}

/** One footer item: a footer word alone or with its colon and value (导出人：陈晓燕), or a record count (共 443 条记录). */
function isFooterItem(label: string, kinds: RowKinds): boolean {
  for (const w of kinds.footer) {
    if (label === w) return true;
    if (label.startsWith(w) && /^[:：]/.test(label.slice(w.length))) return true;
  }
  return label !== '' && kinds.footerPatterns.some((p) => p.test(label));
}

/**
 * A footer cell: one footer item, or several separated by full-width spaces or runs of two or more spaces, every one
 * of them an item (共 443 条记录　导出人：陈晓燕　导出时间：2025-01-10 09:12:33). A 摘要 with one such item among its
 * words (差旅费　经办人：张三) is no footer: its other words are not items.
 */
function isFooterCell(text: string, kinds: RowKinds): boolean {
  if (isFooterItem(normalizeLabel(text), kinds)) return true;
  const items = text.split(/\u3000+|\s{2,}/u).map(normalizeLabel).filter((t) => t !== '');
  return items.length > 1 && items.every((t) => isFooterItem(t, kinds));
}

/**
 * A note row's text (data/imports/row-kinds.json note): a note word, an optional note number (注1, 注① — NFKC makes ①
 * a 1) and a colon, then the note itself. The caller checks that it is the row's only text.
 */
export function isNoteText(text: string, kinds: RowKinds = loadRowKinds()): boolean {
  const label = normalizeLabel(text);
  return kinds.note.some((w) => label.startsWith(w) && /^\d{0,2}[:：]\S/u.test(label.slice(w.length)));
}

/** A page number alone (第 1 页 共 8 页, 第3页, Page 2 of 8, - 3 -), after NFKC and removing spaces. */
export function isPageNumberText(text: string, kinds: RowKinds = loadRowKinds()): boolean {
  const t = text.normalize('NFKC').replace(/[\s\f]/g, '');
  return t !== '' && kinds.pageNumber.some((p) => p.test(t));
}

/** A cell of the 单位/科目/期间 line: a page-info label, a colon and a value (单位：柘岭县档案局, 期间：2024年1月). */
export function isPageInfoCell(text: string, kinds: RowKinds = loadRowKinds()): boolean {
  const label = normalizeLabel(text);
  for (const w of kinds.pageInfo) if (label.startsWith(w) && /^:.+/u.test(label.slice(w.length))) return true;
  return false;
}

/** An amount as a cell may write it: 1,200.00, ￥1,200.00, -35.00, (35.00), 38460. */
const AMOUNT_LIKE = /^[-−+(（]?[￥¥$]?[-−]?\d[\d,]*(?:\.\d+)?[)）]?$/u;

/**
 * A title row compared across pages: its distinct filled cells (a merged title repeats its text in every cell) after
 * NFKC, without spaces, every number masked (第1页 and 第2页, 2024年1月 and 2024年3月 are the same line).
 * Undefined for a blank row or one without a letter (a number alone is no title).
 */
export function titleRowKey(cells: readonly string[]): string | undefined {
  const texts: string[] = [];
  for (const c of cells) {
    const t = (c ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
    if (t !== '' && !texts.includes(t)) texts.push(t);
  }
  return texts.length > 0 && texts.some((t) => /[\p{L}]/u.test(t)) ? texts.join('|') : undefined;
}

/** A cell without a continuation mark at its end (明细账（续表） → 明细账), bracketed or not; the cell as it is otherwise. */
function withoutContinuedMark(cell: string, kinds: RowKinds): string {
  const t = cell.normalize('NFKC').replace(/\s+/gu, '');
  for (const mark of kinds.continuedTitle) {
    for (const form of [`(${mark})`, `[${mark}]`, mark]) {
      if (t.length > form.length && t.endsWith(form)) return t.slice(0, -form.length);
    }
  }
  return cell;
}

/** What the body of a printed ledger repeats at each page head: the rows above the header, and where amounts stand. */
export interface PageContext {
  /** Keys (titleRowKey) of the title rows above the header. */
  readonly titles: ReadonlySet<string>;
  /** The amount columns (金额, 借方, 贷方, a 多栏账's analysis columns): a row with an amount there is never page furniture. */
  readonly amountColumns: readonly (number | undefined)[];
  /**
   * Keys (titleRowKey) of the header row as the file prints it. A header read from two rows may name a column by both
   * (凭证 over 字 | 号: 凭证字, 凭证号), so a page's repeated lower row (字, 号) differs from the header read; it equals the row.
   */
  readonly headerRows?: ReadonlySet<string>;
}

/**
 * Why a row below the header is not data, or undefined when it is data. `labelCells` are the cells that may
 * carry a total or period label (摘要, 日期, 凭证号; 资产编号, 资产名称); the first non-empty cell always counts.
 * Page furniture of a ledger printed page by page: a row whose every filled cell is a page number ('page-number');
 * with `page` given and no amount in its amount columns, a row equal (numbers masked) to a title row above the
 * header, or one whose every filled cell is a 单位/科目/期间 label with its value ('title-repeat').
 */
export function classifyRow(
  cells: readonly string[],
  labelCells: readonly (number | undefined)[],
  header?: readonly string[],
  page?: PageContext,
  kinds: RowKinds = loadRowKinds(),
): SkipReason | undefined {
  let firstFilled: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    if ((cells[i] ?? '').trim() !== '') {
      firstFilled = i;
      break;
    }
  }
  if (firstFilled === undefined) return 'blank';
  const candidates = new Set<number>([firstFilled]);
  for (const c of labelCells) if (c !== undefined) candidates.add(c);
  for (const c of candidates) {
    const label = normalizeLabel(cells[c] ?? '');
    if (label === '') continue;
    if (isCarriedLabel(label, kinds)) return 'carried-forward';
    if (isPeriodLabel(label, kinds)) return 'period';
    if (isTotalLabel(label, kinds)) return 'total';
    // The whole unit's line under its sections (全院本年累计, 全单位合计): the label after the scope word.
    const scoped = withoutWholeScope(label, kinds);
    if (scoped !== undefined && isPeriodLabel(scoped, kinds)) return 'period';
    if (scoped !== undefined && isTotalLabel(scoped, kinds)) return 'total';
  }
  for (const cell of cells) if (cell !== '' && isFooterCell(cell, kinds)) return 'footer';
  // A note under (or inside) the table: its only text is one 注：… cell, so no date, voucher or amount.
  const only = onlyText(cells);
  if (only !== undefined && isNoteText(only, kinds)) return 'note';
  const filled = cells.filter((c) => (c ?? '').trim() !== '');
  // Every filled cell a page number: no amount and no other text (复印第3页 or an amount beside 第3页 is data).
  if (filled.every((c) => isPageNumberText(c, kinds))) return 'page-number';
  if (page !== undefined) {
    const amountFree = page.amountColumns.every((i) => i === undefined || !AMOUNT_LIKE.test((cells[i] ?? '').normalize('NFKC').replace(/\s+/g, '')));
    if (amountFree) {
      const key = titleRowKey(cells);
      if (key !== undefined && page.headerRows?.has(key)) return 'header-repeat';
      if (key !== undefined && page.titles.has(key)) return 'title-repeat';
      // The title repeated with a continuation mark after it (明细账（续表）, 明细账 续): the same title.
      if (key !== undefined && kinds.continuedTitle.length > 0) {
        const bare = titleRowKey(cells.map((c) => withoutContinuedMark(c, kinds)));
        if (bare !== undefined && bare !== key && page.titles.has(bare)) return 'title-repeat';
      }
      if (filled.every((c) => isPageInfoCell(c, kinds))) return 'title-repeat';
    }
  }
  if (header && header.length > 1) {
    let same = 0;
    let filled = 0;
    let other = 0;
    for (let i = 0; i < header.length; i++) {
      const own = normalizeLabel(cells[i] ?? '');
      if ((header[i] ?? '') === '') {
        if (own !== '') other++;
        continue;
      }
      filled++;
      if (own === normalizeLabel(header[i]!)) same++;
      else if (own !== '') other++;
    }
    if (filled > 1 && same === filled) return 'header-repeat';
    // The lower row of a repeated two-row header as CSV writes it (月,日,,,部门,功能科目,…: the names merged down from
    // the upper row stand on the upper row only): every filled cell is the header's name there, and at least two.
    if (same > 1 && other === 0) return 'header-repeat';
  }
  return undefined;
}

export type SkipCounts = Partial<Record<SkipReason, number>>;

/** 「跳过 5 行：合计/小计行 1、表尾 2 …」 or '' when nothing was skipped (blank rows alone are not worth a line). */
export function describeSkipped(counts: SkipCounts): string {
  const parts = (Object.keys(SKIP_REASON_LABEL) as SkipReason[])
    .filter((r) => r !== 'blank' && (counts[r] ?? 0) > 0)
    .map((r) => `${SKIP_REASON_LABEL[r]} ${counts[r]}`);
  if (parts.length === 0) return '';
  const n = (Object.keys(counts) as SkipReason[]).filter((r) => r !== 'blank').reduce((s, r) => s + (counts[r] ?? 0), 0);
  return `跳过 ${n} 行：${parts.join('、')} / skipped ${n} non-data rows`;
}

/** A section row's meaning: the project of the entries under it, or basic spending (no project). */
export type SectionRow =
  | { readonly kind: 'project'; readonly label: string; readonly code?: string; readonly name: string }
  | { readonly kind: 'basic'; readonly label: string }
  /** A function or economic class: `value` is the text after the colon, a code with its name ([2050803]培训支出). */
  | { readonly kind: 'function' | 'economic'; readonly label: string; readonly value: string }
  /** A closing section of all projects (项目：合计): no entry stands under it, only its totals. */
  | { readonly kind: 'total'; readonly label: string }
  /** A 往来单位 section (往来单位：县宏达印务有限公司): the payee of the entries under it. */
  | { readonly kind: 'payee'; readonly label: string; readonly value: string }
  /** A 部门/科室 section (科室：[0103]总务科): the department of the entries under it (their code dropped). */
  | { readonly kind: 'department'; readonly label: string; readonly value: string }
  /** A section of another 辅助项 (职员：0012 张三): nothing the checks read. */
  | { readonly kind: 'aux'; readonly label: string };

/**
 * A project written with its code before its name, in NFKC with spaces collapsed: the code in brackets
 * ([P2024-03]中小学教师培训), before a space (FL2401 特困人员集中供养: a code of letters and digits with at least one digit),
 * or before a dash or slash joined to a Chinese name (DY2401-农村客运公交化运营补贴, 431127241100000000103-护理型床位改造提升);
 * groups 1–3 the code (by form), group 4 the name. Always matches (no code: the whole text is group 4).
 */
const PROJECT_CODE_NAME = /^(?:[[【(〔]\s*([A-Za-z0-9][\w.-]*)\s*[\]】)〕]\s*|([A-Za-z0-9][\w.-]*\d[\w.-]*)\s+|([A-Za-z0-9][\w.-]*\d[\w.]*)\s*[-—–/]\s*(?=\p{Script=Han}))?(.*)$/u;

/**
 * A project cell of a ledger (项目, 项目名称, 预算项目 …) that writes the project's code before its name, as a section row
 * does (项目：[XM2401]某某项目): its code and name apart, or undefined when the cell writes no code before a name.
 * Precondition beyond PROJECT_CODE_NAME's forms: the code holds a digit, and one in parentheses or 〔〕 a Latin letter
 * too ((XM01)… is a code, （2024）… or 〔2024〕… a year that is part of the name), the name holds a Chinese or Latin letter and does not start
 * with 年 (2024 年度… writes a year, not a code). The code and name are returned in NFKC, spaces collapsed.
 */
export function projectCellCodeName(text: string): { readonly code: string; readonly name: string } | undefined {
  const norm = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const m = PROJECT_CODE_NAME.exec(norm)!;
  const code = m[1] ?? m[2] ?? m[3];
  if (code === undefined || !/\d/u.test(code)) return undefined;
  if (m[1] !== undefined && /^[(〔]/u.test(norm) && !/[A-Za-z]/u.test(code)) return undefined;
  const name = m[4]!.trim();
  if (!/[\p{Script=Han}A-Za-z]/u.test(name) || /^年/u.test(name)) return undefined;
  return { code, name };
}

/**
 * The section a row opens, or undefined. Precondition: the row's only text is one label — in one cell, or the same
 * text repeated across merged cells — so it has no date and no amount; the label is a project prefix and a colon,
 * an optional code in brackets (or before a space) and a name (项目：[P2024-03]中小学教师培训), or a basic word alone or
 * with a bracketed note (基本支出（无项目）). Words: data/imports/row-kinds.json `section`.
 */
export function sectionOfRow(cells: readonly string[], kinds: RowKinds = loadRowKinds()): SectionRow | undefined {
  if (kinds.section.project.length === 0) return undefined;
  const text = onlyText(cells);
  if (text === undefined) return undefined;
  // The label as written (for messages); matched in its NFKC form.
  const label = text;
  // A label written inside one bracket pair (【项目：DY2401 农村客运公交化运营补贴】, as 用友 GRP prints a 辅助项) is read as the
  // label itself.
  // 辅助核算：项目-X (a 辅助项 label over the project's) is read as 项目：X.
  const norm = auxLabel(unwrapBrackets(text.normalize('NFKC').replace(/\s+/g, ' ').trim()), kinds);
  const compact = norm.replace(/\s+/g, '');
  if (isBasicLabel(compact, kinds)) return { kind: 'basic', label };
  for (const w of kinds.section.project) {
    if (!compact.startsWith(w) || !/^[:]/.test(compact.slice(w.length))) continue;
    // After the prefix and colon (spaces kept, to see a code before a space).
    const rest = norm.replace(/^[^:]*:\s*/, '');
    // The code in brackets, before a space, or before a dash or slash joined to the name (DY2401-农村客运公交化运营补贴).
    const m = PROJECT_CODE_NAME.exec(rest)!;
    const name = m[4]!.trim();
    if (!/[\p{Script=Han}A-Za-z]/u.test(name)) return undefined;
    // 项目：基本支出-人员经费 (a batch print names its basic part as a project): basic spending, no project.
    if (isBasicLabel(name.replace(/\s+/g, ''), kinds)) return { kind: 'basic', label };
    // 项目：合计 (all projects) closes the sections: only its totals stand under it.
    const code = m[1] ?? m[2] ?? m[3];
    if (code === undefined && kinds.total.includes(name.replace(/\s+/g, ''))) return { kind: 'total', label };
    return code === undefined ? { kind: 'project', label, name } : { kind: 'project', label, code, name };
  }
  for (const kind of ['function', 'economic'] as const) {
    for (const w of kinds.section[kind]) {
      if (!compact.startsWith(w) || !/^[:]/.test(compact.slice(w.length))) continue;
      const value = norm.replace(/^[^:]*:\s*/, '').trim();
      // Only a class written with its code: the importer reads the code as it would a column's cell.
      return /^[[【(〔]?\s*\d{3,}/.test(value) ? { kind, label, value } : undefined;
    }
  }
  // A 辅助明细账 grouped by another 辅助项: by 往来单位 (the payee, a code before it dropped), by 部门/科室 (the
  // department, its code dropped), or by 职员 ….
  for (const kind of ['payee', 'department', 'other'] as const) {
    for (const w of kinds.section[kind]) {
      if (!compact.startsWith(w) || !/^[:]/.test(compact.slice(w.length))) continue;
      const rest = norm.replace(/^[^:]*:\s*/, '').trim();
      const value = rest.replace(/^(?:[[【(〔]\s*[A-Za-z0-9][\w.-]*\s*[\]】)〕]\s*|[A-Za-z0-9][\w.-]*\d[\w.-]*\s+)/u, '').trim();
      if (!/[\p{Script=Han}A-Za-z]/u.test(value)) return undefined;
      if (kinds.total.includes(value.replace(/\s+/g, ''))) return { kind: 'total', label };
      return kind === 'other' ? { kind: 'aux', label } : { kind, label, value };
    }
  }
  return undefined;
}

/**
 * A basic-spending label (NFKC, no spaces): a basic word alone, or followed by a bracketed note, a colon or the part
 * it names after a dash, slash or underscore (基本支出（无项目）, 基本支出-人员经费, 基本支出_公用经费).
 */
function isBasicLabel(compact: string, kinds: RowKinds): boolean {
  return kinds.section.basic.some((w) => compact === w || (compact.startsWith(w) && /^[(:[【\-—–_/]/u.test(compact.slice(w.length))));
}

/**
 * The project (or basic part) a sheet's title block names: a label among its cells, alone in a cell or apart from
 * the cell's other labels by two or more spaces (核算单位：…　　项目：…), read as a section row (sectionOfRow):
 * 项目：[LC24TY01]name, 预算项目：LC24TY04-name, 项目：基本支出-人员经费, and the same after a 辅助项 label
 * (辅助核算：项目-LC24TY02 name: data/imports/row-kinds.json section.auxPrefix). Precondition: the block names one
 * project or one basic part (two different ones, or a name that selects none — 项目：全部 — give undefined).
 */
export function titleSectionOf(
  rows: readonly (readonly string[])[],
  kinds: RowKinds = loadRowKinds(),
  /** The sheet's name: a bare name in the ledger's title (明细账（全民运动会）) counts only when it is the sheet's. */
  sheetName?: string,
): SectionRow | undefined {
  let found: SectionRow | undefined;
  let code: string | undefined;
  // The ledger's own title naming the part (项目辅助明细账（LC24TY02 全民运动会）, 基本支出-人员经费明细账): used only when no
  // label names one.
  let inTitle: SectionRow | undefined;
  let titleConflict = false;
  for (const piece of titlePieces(rows)) {
    const named = ledgerTitleSection(piece, kinds, sheetName);
    if (named !== undefined) {
      if (inTitle !== undefined && sectionKey(inTitle) !== sectionKey(named)) titleConflict = true;
      inTitle = named;
      continue;
    }
    const colon = piece.indexOf(':');
    // 项目编码：LC24TY01 beside 项目名称：… (the code in a label of its own).
    if (colon > 0 && kinds.section.projectCode.includes(normalizeLabel(piece.slice(0, colon)))) {
      const value = piece.slice(colon + 1).trim();
      if (/^[A-Za-z0-9][\w.-]*$/u.test(value)) {
        if (code !== undefined && code !== value) return undefined;
        code = value;
      }
      continue;
    }
    const section = sectionOfRow([piece], kinds);
    if (section === undefined || (section.kind !== 'project' && section.kind !== 'basic')) continue;
    if (section.kind === 'project' && kinds.section.anyProject.has(normalizeLabel(section.name))) return undefined;
    if (found !== undefined && sectionKey(found) !== sectionKey(section)) return undefined;
    found = section;
  }
  if (found?.kind === 'project' && code !== undefined) {
    if (found.code !== undefined && found.code !== code) return undefined;
    return { ...found, code };
  }
  return found ?? (titleConflict ? undefined : inTitle);
}

/**
 * The part a ledger's title names beside its title word (section.ledgerTitle: 项目辅助明细账（LC24TY02 全民运动会）,
 * 基本支出-人员经费 明细账), read as a sheet name is (sheetSectionOf). Precondition: the rest marks itself (a basic label,
 * a code, a 项目 prefix) or is the sheet's own name (or the start of it, cut at 31): a unit's name before 明细账 is none.
 */
function ledgerTitleSection(piece: string, kinds: RowKinds, sheetName: string | undefined): SectionRow | undefined {
  const compact = piece.replace(/\s+/gu, '');
  const word = kinds.section.ledgerTitle.find((w) => compact.includes(w));
  if (word === undefined) return undefined;
  const edge = /^[\s\-—–_:()（）【】[\]〔〕<>《》]+|[\s\-—–_:()（）【】[\]〔〕<>《》]+$/gu;
  const at = piece.normalize('NFKC').replace(/\s+/gu, ' ');
  const rest = at.replace(new RegExp(word.split('').join('\\s*'), 'u'), ' ').replace(edge, '').trim();
  if (rest === '' || /[:]/u.test(rest)) return undefined;
  const read = sheetSectionOf(rest, kinds);
  if (read === undefined) return undefined;
  const own = sheetName === undefined ? '' : normalizeLabel(sheetName);
  const sameAsSheet = own.length >= 2 && (normalizeLabel(rest) === own || (own.length >= 31 && normalizeLabel(rest).startsWith(own)));
  return read.explicit || sameAsSheet ? read.section : undefined;
}

/**
 * The labels of a title block, one piece each: a cell's text cut where another label starts (two or more spaces, or
 * a space before `label：`), and a cell holding only a label (项目：, 项目名称) joined to the next cell with text.
 */
function titlePieces(rows: readonly (readonly string[])[]): string[] {
  const pieces: string[] = [];
  for (const cells of rows) {
    const texts = cells.map((c) => (c ?? '').normalize('NFKC').trim()).filter((t) => t !== '');
    for (let i = 0; i < texts.length; i++) {
      let text = texts[i]!;
      // A label alone in its cell, its value in the next (项目： | [LC24TY01]…).
      if (/^[^\s:]{1,10}:$/u.test(text) && i + 1 < texts.length && !/:/u.test(texts[i + 1]!.split(/\s/u)[0]!)) text = `${text}${texts[++i]}`;
      for (const part of text.split(/\s{2,}|\s+(?=[^\s:[\]【】()]{1,10}:)/u)) if (part.trim() !== '') pieces.push(part.trim());
    }
  }
  return pieces;
}

/** 辅助核算：项目-X (a 辅助项 label, then the project's label joined by a dash or colon) → 项目：X; other text as given. */
function auxLabel(text: string, kinds: RowKinds): string {
  const colon = text.indexOf(':');
  if (colon < 0 || !kinds.section.auxPrefix.includes(normalizeLabel(text.slice(0, colon)))) return text;
  const rest = text.slice(colon + 1).trim();
  for (const w of kinds.section.project) {
    if (normalizeLabel(rest.slice(0, w.length)) === w && /^\s*[-—–_:]/u.test(rest.slice(w.length))) return `${w}:${rest.slice(w.length).replace(/^\s*[-—–_:]\s*/u, '')}`;
  }
  return isBasicLabel(normalizeLabel(rest), kinds) ? rest : text;
}

/** `text` after its first `prefix.length` non-space characters (the prefix matched on the compact text). */
function afterPrefix(text: string, prefix: string): string {
  let i = 0;
  for (let k = 0; k < prefix.length && i < text.length; i++) if (text[i] !== ' ') k++;
  return text.slice(i);
}

/** A section's identity for comparing two readings: kind, code and name. */
function sectionKey(s: SectionRow): string {
  return s.kind === 'project' ? `project|${normalizeLabel(s.code ?? '')}|${normalizeLabel(s.name)}` : s.kind;
}

/**
 * The project (or basic part) a sheet's name names, with whether the name marks itself as one (a basic label, a
 * 项目 prefix, a project code before the name) or is a bare name. Names as a batch print writes them: 基本支出-人员经费,
 * 项目-name, `code name`, `code_name`, `code-name`, a code with letters run into the name (LC24TY02全民运动会), a long
 * digit code run into it, a bare name; Excel cuts a sheet name at 31 characters, so the name may be cut short.
 * Undefined for a name that names no project: Sheet1, a period (1月, 2024年01期: section.periodSheet), an account's
 * nature word (72010102项目支出), a name without a letter.
 */
export function sheetSectionOf(name: string, kinds: RowKinds = loadRowKinds()): { section: SectionRow; explicit: boolean } | undefined {
  const norm = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const compact = norm.replace(/\s+/g, '');
  if (compact === '' || /^sheet\d*$/iu.test(compact) || kinds.section.periodSheet.some((p) => p.test(compact))) return undefined;
  if (isBasicLabel(compact, kinds)) return { section: { kind: 'basic', label: name }, explicit: true };
  for (const w of kinds.section.project) {
    if (compact.startsWith(w) && /^[-—–_:]/u.test(compact.slice(w.length))) {
      const s = sectionOfRow([`${w}:${afterPrefix(norm, w).replace(/^\s*[-—–_:]\s*/u, '')}`], kinds);
      return s !== undefined && (s.kind === 'project' || s.kind === 'basic') ? { section: s.kind === 'project' ? { ...s, label: name } : { kind: 'basic', label: name }, explicit: true } : undefined;
    }
  }
  const coded =
    /^([A-Za-z0-9][A-Za-z0-9.-]*\d[A-Za-z0-9.]*)\s*[\s_\-—–]\s*(\d*\p{Script=Han}.*)$/u.exec(norm) ??
    /^([A-Za-z][A-Za-z0-9.-]*\d[A-Za-z0-9]*|\d{6,})(\p{Script=Han}.*)$/u.exec(norm);
  const project = (code: string | undefined, text: string) => {
    const n = text.trim();
    if (isBasicLabel(n.replace(/\s+/g, ''), kinds)) return { section: { kind: 'basic', label: name } as SectionRow, explicit: true };
    // 72010102项目支出: an account's nature, not a project (the sheet's 科目 says it).
    if (kinds.section.notProject.has(normalizeLabel(n)) || kinds.section.anyProject.has(normalizeLabel(n))) return undefined;
    const section: SectionRow = code === undefined ? { kind: 'project', label: name, name: n } : { kind: 'project', label: name, code, name: n };
    return { section, explicit: code !== undefined };
  };
  if (coded) return project(coded[1], coded[2]!);
  return /^[\p{Script=Han}]/u.test(norm) || /\p{Script=Han}{2,}/u.test(norm) ? project(undefined, norm) : undefined;
}

/** A 明细分类账's section title: the account of the entries under it, as its code and name (name levels as written). */
export interface AccountTitle {
  /** The row's text as written (for messages). */
  readonly label: string;
  /** The account's code, digits only (5001.01.02 → 50010102). */
  readonly code: string;
  readonly name: string;
}

/** The text inside one bracket pair that encloses all of it (【项目：…】 → 项目：…), else the text. */
function unwrapBrackets(text: string): string {
  const m = /^([【[〔])([^【】[\]〔〕]*)([】\]〕])$/u.exec(text);
  if (m === null) return text;
  const pairs: Record<string, string> = { '【': '】', '[': ']', '〔': '〕' };
  return pairs[m[1]!] === m[3] ? m[2]!.trim() : text;
}

/** The row's only text — one cell, or the same text repeated across merged cells — or undefined. */
function onlyText(cells: readonly string[]): string | undefined {
  let text: string | undefined;
  for (const c of cells) {
    const t = (c ?? '').trim();
    if (t === '' || t === text) continue;
    if (text !== undefined) return undefined;
    text = t;
  }
  return text;
}

/**
 * The account a section-title row of a 明细分类账 opens, or undefined. Precondition: the row's only text is one
 * label (data/imports/row-kinds.json accountTitle: 科目, 会计科目 …), a colon, a code of 4 or more digits (dots allowed
 * between its levels; bracketed or not) and, after a space, a dash or the bracket, a name with a Chinese letter and no
 * further colon (科目：7101 行政支出　期间：2024年 is a page-info line, not a title).
 */
export function accountTitleOfRow(cells: readonly string[], kinds: RowKinds = loadRowKinds()): AccountTitle | undefined {
  if (kinds.accountTitle.length === 0) return undefined;
  const text = onlyText(cells);
  return text === undefined ? undefined : accountTitleOfText(text, kinds);
}

/** `科目：code name` (one accountTitle label, a colon, the code and the name) as accountTitleOfRow reads a row's only text. */
function accountTitleOfText(text: string, kinds: RowKinds): AccountTitle | undefined {
  const norm = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const colon = norm.indexOf(':');
  if (colon < 0 || !kinds.accountTitle.includes(normalizeLabel(norm.slice(0, colon)))) return undefined;
  const rest = norm.slice(colon + 1).trim();
  const m = titleCode(kinds).exec(rest);
  if (!m) return undefined;
  const name = m[3]!.trim();
  if (name.includes(':') || !/\p{Script=Han}/u.test(name)) return undefined;
  return { label: text, code: (m[1] ?? m[2]!).replace(/\D/gu, ''), name };
}

const titleCodes = new WeakMap<RowKinds, RegExp>();
/**
 * A section title's code and name: the code of 4 or more digits, its levels joined by a separator of the data
 * (accountTitle.codeSeparators: 7201.01.30201, 7201-01-30201) or none, bracketed or followed by a space, a dash or the
 * name; a separator followed by a letter (5001010211-业务活动费用) joins code and name.
 */
function titleCode(kinds: RowKinds): RegExp {
  let re = titleCodes.get(kinds);
  if (re === undefined) {
    const sep = kinds.accountCodeSeparators.map((c) => c.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&')).join('');
    const code = sep === '' ? '\\d{4,}' : `\\d{4,}(?:[${sep}]\\d+)*`;
    re = new RegExp(`^(?:[[【(〔]\\s*(${code})\\s*[\\]】)〕]|(${code})(?=[\\s\\-—–_\\p{Script=Han}]))\\s*[-—–_]?\\s*(.+)$`, 'u');
    titleCodes.set(kinds, re);
  }
  return re;
}

const labelCuts = new WeakMap<RowKinds, RegExp>();
/** Spaces followed by a page-info or account label and its colon: where a cell of several labels is cut. */
function labelCut(kinds: RowKinds): RegExp {
  let re = labelCuts.get(kinds);
  if (re === undefined) {
    const labels = [...new Set([...kinds.pageInfo, ...kinds.accountTitle])].sort((a, b) => b.length - a.length);
    re = new RegExp(`\\s+(?=(?:${labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[:：])`, 'u');
    labelCuts.set(kinds, re);
  }
  return re;
}

/**
 * The account a page-info line names (单位：[532422001]澄江县财政局 | 科目：71010130201 行政支出—基本支出—商品和服务支出—办公费 |
 * 期间：2024年01月至2024年12月 | 金额单位：元), or undefined. A 明细账 printed per 明细科目 (one sheet, or one section of a
 * sheet, each) writes its account on that line only. Precondition: every filled cell of the row — or each piece of a
 * cell split at full-width or double spaces — is a page-info label with its value (data/imports/row-kinds.json
 * pageInfo) or a bare value without a colon and not an amount, and exactly one of them is an accountTitle label with an
 * account's code and name (accountTitleOfRow), or its name path alone (its code then '').
 */
export function accountTitleOfPageInfo(cells: readonly string[], kinds: RowKinds = loadRowKinds()): AccountTitle | undefined {
  if (kinds.accountTitle.length === 0) return undefined;
  // A cell holding several labels is cut at full-width or double spaces, and before each page-info or account label
  // that follows a space (单位：[532422001]澄江县财政局 科目：71010130201 … 期间：2024年).
  const before = labelCut(kinds);
  const pieces = [
    ...new Set(cells.flatMap((c) => (c ?? '').split(/\u3000+|\s{2,}/u).flatMap((p) => p.split(before)).map((p) => p.trim()).filter((p) => p !== ''))),
  ];
  // The other pieces: page-info labels with values, or a label's value written bare ([532422001]澄江县财政局,
  // 2024年01月至2024年12月) — never an amount (an entry row holds one).
  const bare = (p: string) => !p.includes(':') && !p.includes('：') && !AMOUNT_LIKE.test(p.normalize('NFKC').replace(/\s+/g, ''));
  if (pieces.length < 2 || !pieces.every((p) => isPageInfoCell(p, kinds) || bare(p))) return undefined;
  const titles = pieces.flatMap((p) => {
    const t = accountTitleOfText(p, kinds) ?? namedAccountOfText(p, kinds);
    return t === undefined ? [] : [t];
  });
  return titles.length === 1 ? titles[0] : undefined;
}

/**
 * `科目：行政支出—基本支出—商品和服务支出—办公费`: an account named by its path alone (two or more levels, no code), as a
 * page-info line may print it; its code is ''. The caller decides whether the name gives a class.
 */
function namedAccountOfText(text: string, kinds: RowKinds): AccountTitle | undefined {
  const norm = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const colon = norm.indexOf(':');
  if (colon < 0 || !kinds.accountTitle.includes(normalizeLabel(norm.slice(0, colon)))) return undefined;
  const name = norm.slice(colon + 1).trim();
  if (/[\d:]/u.test(name) || name.split(/\s*[-—–/\\]\s*/u).filter((l) => /\p{Script=Han}/u.test(l)).length < 2) return undefined;
  return { label: text, code: '', name };
}

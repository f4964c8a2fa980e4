/**
 * Test support: a base's header in another system's words — the field's other words in data/ledger/header-synonyms.json
 * (each in turn), one field at a time in words real exports print, or every field at once as one system names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerField } from '../../entry.ts';
import { REPO_ROOT } from './base.ts';
import { type Base, type TableVariant, tableVariant } from './table.ts';

/** The header renamed (column → word), and the header repeated down the file (at each page or section) with it. */
function renamed(b: Base, words: ReadonlyMap<number, string>): string[][] {
  const header = b.rows[b.headerRow]!;
  const key = (row: readonly string[]) => row.map((c) => c.trim()).join('\u0000');
  const own = [...header];
  for (const [col, word] of words) own[col] = word;
  return b.rows.map((row, r) => (r === b.headerRow || (r > b.headerRow && key(row) === key(header)) ? [...own] : row));
}

let synonyms: Record<string, string[]> | undefined;
/** Every header that is one of its field's own words in data/ledger/header-synonyms.json, as the word `k` places on. */
export function synonymVariants(b: Base, steps: readonly number[] = [1, 2, 3]): TableVariant[] {
  synonyms ??= JSON.parse(readFileSync(join(REPO_ROOT, 'data/ledger/header-synonyms.json'), 'utf8')).fields as Record<string, string[]>;
  const header = b.rows[b.headerRow]!;
  return steps.map((k) => {
    const words = new Map<number, string>();
    for (const [field, col] of Object.entries(b.columns) as [LedgerField, number][]) {
      const list = synonyms![field];
      // Only a header that is one of the field's own words (not 功能科目类 of a code split by level, not 编码 under 功能科目).
      const at = list?.indexOf((header[col] ?? '').trim()) ?? -1;
      if (list === undefined || at < 0 || list.length < 2) continue;
      words.set(col, list[(at + k) % list.length]!);
    }
    return tableVariant('synonyms', String(k), renamed(b, words));
  });
}

const HEADER_ALTERNATIVES: Partial<Record<LedgerField, string[]>> = {
  date: ['日期', '凭证日期', '记账日期', '制单日期', '业务日期', '日期(年-月-日)'],
  voucher: ['凭证号', '凭证字号', '凭证编号', '凭证号数', '凭证字', '凭证号码'],
  summary: ['摘要', '凭证摘要', '业务摘要', '分录摘要', '摘要说明'],
  debit: ['借方', '借方金额', '借方发生额', '本期借方', '借方金额(元)', '借方（元）', '借方本币', '借 方'],
  credit: ['贷方', '贷方金额', '贷方发生额', '本期贷方', '贷方金额(元)', '贷方（元）', '贷方本币', '贷 方'],
  amount: ['金额', '发生额', '金额(元)', '本币金额'],
  direction: ['方向', '借贷方向', '借/贷', '借贷'],
  functionCode: ['功能分类', '支出功能分类科目', '功能科目', '功能分类科目', '支出功能分类', '功能分类编码', '支出功能科目', '政府支出功能分类'],
  economicCode: ['经济分类', '部门经济分类', '经济科目', '部门预算支出经济分类', '部门支出经济分类科目', '支出经济分类', '部门经济分类科目', '经济分类科目'],
  projectName: ['项目', '项目名称', '预算项目', '预算项目名称', '项目信息'],
  payee: ['往来单位', '对方单位', '客商', '收款人', '收款单位', '供应商', '往来单位名称', '客户/供应商'],
};
/** Every field at once in another system's words. */
const HEADER_SETS: Record<string, Partial<Record<LedgerField, string>>> = {
  grp: { date: '凭证日期', voucher: '凭证号', summary: '摘要', debit: '借方金额', credit: '贷方金额', functionCode: '支出功能分类科目', economicCode: '部门预算支出经济分类', projectName: '项目', payee: '往来单位' },
  k3: { date: '日期', voucher: '凭证字号', summary: '摘要', debit: '借方', credit: '贷方', functionCode: '功能科目', economicCode: '经济科目', projectName: '项目名称', payee: '客商' },
  ythpt: { date: '记账日期', voucher: '凭证编号', summary: '业务摘要', debit: '本期借方', credit: '本期贷方', functionCode: '功能分类科目', economicCode: '部门经济分类科目', projectName: '预算项目', payee: '对方单位' },
};

/** One header in each of its field's other words, then every field in one system's words. */
export function headerWordVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  for (const [field, alts] of Object.entries(HEADER_ALTERNATIVES) as [LedgerField, string[]][]) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const alt of alts) if (alt !== b.rows[b.headerRow]![c]) out.push(tableVariant('header', `${field}=${alt}`, renamed(b, new Map([[c, alt]]))));
  }
  for (const [set, words] of Object.entries(HEADER_SETS)) {
    const cols = (Object.entries(words) as [LedgerField, string][]).flatMap(([field, word]) => (b.columns[field] !== undefined ? [[b.columns[field]!, word] as const] : []));
    out.push(tableVariant('header', `all=${set}`, renamed(b, new Map(cols))));
  }
  return out;
}

/**
 * One expenditure entry of a department's books (记账凭证明细), as imported. Amounts are integer 分; a negative
 * amount is a reversal (红字冲销). `row` is the 1-based row of the source file, so every finding can name it.
 */
import type { Fen } from '../core/money.ts';

export type ExpenditureNature = 'basic' | 'project';

export const NATURE_LABEL: Record<ExpenditureNature, string> = { basic: '基本支出', project: '项目支出' };

export interface LedgerEntry {
  /** 1-based position in the import, unique per department-year (part of the primary key). */
  readonly entryNo: number;
  /** 1-based row in the source file (header rows counted). */
  readonly row: number;
  /** ISO date YYYY-MM-DD. */
  readonly date: string;
  readonly voucher: string;
  readonly summary: string;
  readonly amount: Fen;
  readonly functionCode: string;
  readonly economicCode: string;
  readonly nature: ExpenditureNature;
  readonly projectCode?: string;
  readonly projectName?: string;
  readonly payee?: string;
  readonly fundSource?: string;
}

/** The fields an import can map a column to. */
export const LEDGER_FIELDS = [
  'date',
  'voucher',
  'summary',
  'amount',
  'functionCode',
  'economicCode',
  'nature',
  'projectCode',
  'projectName',
  'payee',
  'fundSource',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export const FIELD_LABEL: Record<LedgerField, string> = {
  date: '日期',
  voucher: '凭证号',
  summary: '摘要',
  amount: '金额',
  functionCode: '功能科目',
  economicCode: '经济科目',
  nature: '支出类型',
  projectCode: '项目编码',
  projectName: '项目名称',
  payee: '收款人',
  fundSource: '资金来源',
};

/** Fields without which an entry cannot be classified or reconciled. */
export const REQUIRED_FIELDS: readonly LedgerField[] = [
  'date',
  'voucher',
  'summary',
  'amount',
  'functionCode',
  'economicCode',
];

/** How an entry is named in evidence: `ledger[row 1234]`. */
export function entryPath(entry: Pick<LedgerEntry, 'row'>): string {
  return `ledger[row ${entry.row}]`;
}

/** The project an entry is charged to, as one key (code first: names get retyped). */
export function projectKeyOf(entry: Pick<LedgerEntry, 'projectCode' | 'projectName'>): string | undefined {
  return entry.projectCode || entry.projectName || undefined;
}

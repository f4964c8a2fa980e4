/**
 * The columns of an asset ledger spreadsheet: the header names accepted on import (Chinese as the asset
 * systems print them, and English) and the ones written on export.
 */
import type { Asset } from './types.ts';

export type AssetField = keyof Asset;

export interface LedgerColumn {
  readonly field: AssetField;
  /** The header written on export. */
  readonly header: string;
  /** Other headers accepted on import (compared after removing spaces and brackets' units). */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { field: 'assetNumber', header: '资产编号', aliases: ['资产编码', '卡片编号', 'assetNumber', 'asset number'], required: true },
  { field: 'name', header: '资产名称', aliases: ['名称', 'name'], required: true },
  { field: 'classCode', header: '分类代码', aliases: ['资产分类代码', '资产分类', '分类编码', 'classCode', 'class code'], required: true },
  { field: 'specification', header: '规格型号', aliases: ['规格', '型号', 'specification'], required: false },
  { field: 'quantity', header: '数量', aliases: ['quantity'], required: false },
  { field: 'originalValue', header: '原值（元）', aliases: ['原值', '价值', '原值元', 'originalValue', 'original value'], required: true },
  { field: 'acquiredOn', header: '取得日期', aliases: ['购置日期', '入账日期', 'acquiredOn', 'acquired on'], required: true },
  { field: 'fundingSource', header: '资金来源', aliases: ['经费来源', 'fundingSource', 'funding source'], required: false },
  { field: 'location', header: '存放地点', aliases: ['地点', '存放位置', 'location'], required: false },
  { field: 'custodian', header: '使用人', aliases: ['保管人', '使用人/保管人', 'custodian'], required: false },
  { field: 'departmentUnit', header: '使用部门', aliases: ['使用科室', '部门', 'departmentUnit', 'department unit'], required: false },
  { field: 'status', header: '状态', aliases: ['使用状况', '资产状态', 'status'], required: false },
  { field: 'statusSince', header: '状态日期', aliases: ['状态变动日期', 'statusSince', 'status since'], required: false },
  { field: 'labelCode', header: '标签编码', aliases: ['标签号', '标签', 'labelCode', 'label code'], required: false },
];

/** Header text in comparable form: NFKC, no spaces, no unit in brackets, lower case. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((元|人民币元|单位:元)\)$/, '')
    .toLowerCase();
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Reading an existing asset ledger (rows of text from Excel or CSV) into cards. Every bad cell is reported by
 * row and column, and nothing is returned for writing unless every row is good: a half-imported ledger is
 * worse than none.
 */
import type { CodeTable } from '../core/codes.ts';
import type { Finding } from '../core/finding.ts';
import { fen, MoneyError, parseFen } from '../core/money.ts';
import { type AssetConfig, parseStatus } from './config.ts';
import { type AssetField, columnLetter, LEDGER_COLUMNS, type LedgerColumn, normaliseHeader } from './ledger-columns.ts';
import { belowThresholdFinding } from './register-checks.ts';
import type { Asset, AssetStatus } from './types.ts';

export interface ImportError {
  /** 1-based row in the spreadsheet (the header is row 1 when it is the first row). */
  readonly row: number;
  /** Column letter and header, e.g. `C 分类代码`; empty for a whole-row or file-level error. */
  readonly column: string;
  readonly field?: AssetField;
  readonly value: string;
  readonly message: string;
}

export interface ImportResult {
  /** The parsed cards; empty whenever `errors` is not. */
  readonly assets: readonly Asset[];
  readonly errors: readonly ImportError[];
  /** Warnings on good rows (below the threshold …): they do not stop the import. */
  readonly findings: readonly Finding[];
  readonly rowCount: number;
}

export interface ImportOptions {
  readonly config: AssetConfig;
  readonly classes: CodeTable;
  /** Asset numbers already in the department's register: importing one again is an error. */
  readonly existingNumbers?: ReadonlySet<string>;
}

const DATE_RE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** 2024/3/5, 2024-03-05, 2024年3月5日 → 2024-03-05; undefined when not a real calendar date. */
export function parseDate(text: string): string | undefined {
  const m = DATE_RE.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function findHeader(rows: readonly (readonly string[])[]): number {
  // A ledger often has a title line or two above the header: take the first row naming the asset number.
  const wanted = new Set(LEDGER_COLUMNS[0]!.aliases.concat(LEDGER_COLUMNS[0]!.header).map(normaliseHeader));
  const limit = Math.min(rows.length, 10);
  for (let i = 0; i < limit; i++) {
    if (rows[i]!.some((cell) => wanted.has(normaliseHeader(cell)))) return i;
  }
  return -1;
}

export function importLedger(rows: readonly (readonly string[])[], options: ImportOptions): ImportResult {
  const errors: ImportError[] = [];
  const headerIndex = findHeader(rows);
  if (headerIndex < 0) {
    return {
      assets: [],
      errors: [{ row: 1, column: '', value: '', message: '找不到表头（需要“资产编号”列） / no header row with an asset-number column' }],
      findings: [],
      rowCount: 0,
    };
  }
  const header = rows[headerIndex]!;
  const positions = new Map<AssetField, { index: number; column: LedgerColumn; label: string }>();
  header.forEach((cell, index) => {
    const key = normaliseHeader(cell);
    if (key === '') return;
    const column = LEDGER_COLUMNS.find((c) => [c.header, ...c.aliases].some((a) => normaliseHeader(a) === key));
    if (column && !positions.has(column.field)) {
      positions.set(column.field, { index, column, label: `${columnLetter(index)} ${cell.trim()}` });
    }
  });
  for (const column of LEDGER_COLUMNS) {
    if (column.required && !positions.has(column.field)) {
      errors.push({
        row: headerIndex + 1,
        column: '',
        field: column.field,
        value: '',
        message: `缺少“${column.header}”列 / missing column ${column.field}`,
      });
    }
  }
  if (errors.length > 0) return { assets: [], errors, findings: [], rowCount: 0 };

  const { config, classes } = options;
  const existing = options.existingNumbers ?? new Set<string>();
  const seen = new Map<string, number>();
  const assets: Asset[] = [];
  const findings: Finding[] = [];
  let rowCount = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rowCount++;
    const rowNumber = r + 1;
    const before = errors.length;
    const cell = (field: AssetField) => {
      const p = positions.get(field);
      return p ? (cells[p.index] ?? '').trim() : '';
    };
    const fail = (field: AssetField, message: string) => {
      const p = positions.get(field);
      errors.push({ row: rowNumber, column: p?.label ?? '', field, value: cell(field), message });
    };
    const required = (field: AssetField, zh: string) => {
      const v = cell(field);
      if (v === '') fail(field, `${zh}为空 / ${field} is missing`);
      return v;
    };

    const assetNumber = required('assetNumber', '资产编号');
    if (assetNumber !== '') {
      const firstRow = seen.get(assetNumber);
      if (firstRow !== undefined) {
        fail('assetNumber', `资产编号“${assetNumber}”与第${firstRow}行重复 / duplicate asset number (row ${firstRow})`);
      } else if (existing.has(assetNumber)) {
        fail('assetNumber', `资产编号“${assetNumber}”已在资产账中 / asset number already in the register`);
      } else {
        seen.set(assetNumber, rowNumber);
      }
    }
    const name = required('name', '资产名称');
    const classCode = required('classCode', '分类代码').toUpperCase();
    if (classCode !== '' && !classes.entries.has(classCode)) {
      fail('classCode', `分类代码“${classCode}”不在 GB/T 14885-2022 中 / unknown class code`);
    }
    let quantity = 1;
    const quantityText = cell('quantity');
    if (quantityText !== '') {
      quantity = Number(quantityText);
      if (!Number.isInteger(quantity) || quantity <= 0) fail('quantity', '数量应为正整数 / quantity must be a positive integer');
    }
    let originalValue = 0;
    const valueText = required('originalValue', '原值');
    if (valueText !== '') {
      try {
        originalValue = parseFen(valueText, '元');
        if (originalValue < 0) fail('originalValue', '原值不能为负数 / original value must not be negative');
      } catch (err) {
        fail('originalValue', err instanceof MoneyError ? err.message : '原值无法识别 / not an amount');
      }
    }
    const acquiredText = required('acquiredOn', '取得日期');
    const acquiredOn = acquiredText === '' ? '' : parseDate(acquiredText);
    if (acquiredText !== '' && acquiredOn === undefined) {
      fail('acquiredOn', '日期应为 YYYY-MM-DD / date must be YYYY-MM-DD');
    }
    let status: AssetStatus = 'in-use';
    const statusText = cell('status');
    if (statusText !== '') {
      const s = parseStatus(config, statusText);
      if (s === undefined) {
        const labels = Object.values(config.statusLabel).join('、');
        fail('status', `状态应为 ${labels} 之一 / unknown status`);
      } else status = s;
    }
    const sinceText = cell('statusSince');
    const statusSince = sinceText === '' ? acquiredOn : parseDate(sinceText);
    if (sinceText !== '' && statusSince === undefined) fail('statusSince', '日期应为 YYYY-MM-DD / date must be YYYY-MM-DD');

    if (errors.length > before) continue;
    const asset: Asset = {
      assetNumber,
      name,
      classCode,
      specification: cell('specification'),
      quantity,
      originalValue: fen(originalValue),
      acquiredOn: acquiredOn ?? '',
      fundingSource: cell('fundingSource'),
      location: cell('location'),
      custodian: cell('custodian'),
      departmentUnit: cell('departmentUnit'),
      status,
      statusSince: statusSince ?? acquiredOn ?? '',
      labelCode: cell('labelCode'),
    };
    assets.push(asset);
    const below = belowThresholdFinding(asset, config, `第${rowNumber}行`);
    if (below) findings.push(below);
  }
  if (rowCount === 0) {
    errors.push({ row: headerIndex + 2, column: '', value: '', message: '表头下没有数据行 / no data rows' });
  }
  return errors.length > 0 ? { assets: [], errors, findings: [], rowCount } : { assets, errors, findings, rowCount };
}

/** One line per error: `第3行 C 分类代码「X」：message`. */
export function formatImportError(e: ImportError): string {
  const where = e.column ? ` ${e.column}` : '';
  const value = e.value ? `「${e.value}」` : '';
  return `第${e.row}行${where}${value}：${e.message}`;
}

/**
 * Reading an asset register (rows of text from Excel or CSV, as the asset systems export it) into cards, and
 * planning an update import against the cards already held. The header may sit below title rows; 合计/小计 and
 * the signature/print footer are skipped and counted; every column is kept (unknown ones by their header).
 * Every bad cell is reported by row and column, and nothing is planned for writing unless every row is good:
 * a half-imported register is worse than none.
 */
import type { CodeTable } from '../core/codes.ts';
import type { Finding } from '../core/finding.ts';
import { type Fen, fen, MoneyError, parseFen } from '../core/money.ts';
import { classifyRow, type SkipCounts } from '../reference/row-kinds.ts';
import { type AssetConfig, parseStatus } from './config.ts';
import { type AssetField, columnLetter, LEDGER_COLUMNS, type LedgerColumn, normaliseHeader, STATUS_ALIASES } from './ledger-columns.ts';
import { belowThresholdFinding } from './register-checks.ts';
import type { Asset, AssetStatus } from './types.ts';

export interface ImportError {
  /** 1-based row in the spreadsheet. */
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
  /** Data rows read (skipped rows not counted). */
  readonly rowCount: number;
  /** 1-based row of the header. */
  readonly headerRow?: number;
  /** Rows skipped by reason (title, 合计, footer …). */
  readonly skipped?: SkipCounts;
  /** The fields the file has a column for (others keep the card's value on update). */
  readonly fieldsPresent?: readonly AssetField[];
  /** Headers kept as they are (columns Jixiao has no field for). */
  readonly extraColumns?: readonly string[];
}

export interface ImportOptions {
  readonly config: AssetConfig;
  readonly classes: CodeTable;
  /** Asset numbers already in the register: importing one again is an error (insert-only imports). */
  readonly existingNumbers?: ReadonlySet<string>;
  /**
   * The import date: a card that is not in use and has no status date is dated from here (the earliest day the
   * status is known), not from its purchase — an idle period counted from purchase would be far too long.
   */
  readonly today?: string;
}

/** How far down title rows may push the header. */
export const HEADER_SEARCH_ROWS = 30;

const DATE_RE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** 2024/3/5, 2024-03-05, 2024年3月5日, 20240305, 2024-03-05 00:00:00 → 2024-03-05; undefined when not a real calendar date. */
export function parseDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  const m = DATE_RE.exec(t) ?? COMPACT_DATE.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const MONEY_EN: Partial<Record<AssetField, string>> = {
  originalValue: 'original value',
  accumulatedDepreciation: 'accumulated depreciation',
  netValue: 'net value',
};

interface Position {
  readonly index: number;
  readonly column: LedgerColumn;
  readonly label: string;
}

function mapHeader(header: readonly string[]): Map<AssetField, Position> {
  const positions = new Map<AssetField, Position>();
  header.forEach((cell, index) => {
    const key = normaliseHeader(cell);
    if (key === '') return;
    const column = LEDGER_COLUMNS.find((c) => [c.header, ...c.aliases].some((a) => normaliseHeader(a) === key));
    if (column && !positions.has(column.field)) {
      positions.set(column.field, { index, column, label: `${columnLetter(index)} ${cell.trim()}` });
    }
  });
  return positions;
}

/** The header: among the first rows, the one matching most known columns and naming the asset number. */
function findHeader(rows: readonly (readonly string[])[]): { index: number; best: number; bestCount: number } {
  let best = -1;
  let bestCount = 0;
  let index = -1;
  let indexCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const positions = mapHeader(rows[i]!);
    if (positions.size > bestCount) {
      best = i;
      bestCount = positions.size;
    }
    if (positions.has('assetNumber') && positions.size > indexCount) {
      index = i;
      indexCount = positions.size;
    }
  }
  return { index, best, bestCount };
}

/** The leading code of a class cell: "A02010105", "A02010105 台式计算机", "[A02010105]台式计算机". */
function classCodeOf(text: string): string {
  const m = /^\s*[[【(]?\s*([A-Za-z]?\d{2,9})\b/.exec(text.normalize('NFKC'));
  return (m ? m[1]! : text.trim()).toUpperCase();
}

/** A status from Jixiao's labels or codes, or another system's word (出租, 待处置 …). */
function statusOf(config: AssetConfig, text: string): AssetStatus | undefined {
  return parseStatus(config, text) ?? STATUS_ALIASES.get(normaliseHeader(text));
}

export function importLedger(rows: readonly (readonly string[])[], options: ImportOptions): ImportResult {
  const errors: ImportError[] = [];
  const found = findHeader(rows);
  if (found.index < 0) {
    const near =
      found.best >= 0 && found.bestCount > 0
        ? `；第${found.best + 1}行最像表头（${rows[found.best]!.filter((c) => c.trim() !== '').slice(0, 8).join('|')}），但没有“资产编号”列`
        : '';
    return {
      assets: [],
      errors: [
        {
          row: found.best >= 0 && found.bestCount > 0 ? found.best + 1 : 1,
          column: '',
          value: '',
          message: `前${Math.min(rows.length, HEADER_SEARCH_ROWS)}行中找不到表头（需要“资产编号”或“卡片编号”列）${near} / no header row with an asset-number column in the first ${HEADER_SEARCH_ROWS} rows`,
        },
      ],
      findings: [],
      rowCount: 0,
    };
  }
  const headerIndex = found.index;
  const header = rows[headerIndex]!;
  const positions = mapHeader(header);
  // 财务入账日期 stands in for 取得日期 when a register has only the former.
  const acquiredFrom: AssetField = positions.has('acquiredOn') || !positions.has('bookedOn') ? 'acquiredOn' : 'bookedOn';
  const mappedIndexes = new Set([...positions.values()].map((p) => p.index));
  const extraColumns: { index: number; header: string }[] = [];
  const seenHeaders = new Set<string>();
  header.forEach((cell, index) => {
    const h = cell.trim();
    if (h === '' || mappedIndexes.has(index) || seenHeaders.has(h) || /^序号$|^行号$/.test(h)) return;
    seenHeaders.add(h);
    extraColumns.push({ index, header: h });
  });
  for (const column of LEDGER_COLUMNS) {
    if (!column.required || positions.has(column.field)) continue;
    if (column.field === 'acquiredOn' && acquiredFrom === 'bookedOn') continue;
    errors.push({
      row: headerIndex + 1,
      column: '',
      field: column.field,
      value: '',
      message: `第${headerIndex + 1}行的表头缺少“${column.header}”列 / missing column ${column.field}`,
    });
  }
  if (errors.length > 0) return { assets: [], errors, findings: [], rowCount: 0, headerRow: headerIndex + 1 };

  const { config, classes } = options;
  const existing = options.existingNumbers ?? new Set<string>();
  const seen = new Map<string, number>();
  const assets: Asset[] = [];
  const findings: Finding[] = [];
  const skipped: SkipCounts = {};
  const skip = (reason: keyof SkipCounts) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  for (let r = 0; r < headerIndex; r++) skip(rows[r]!.every((c) => c.trim() === '') ? 'blank' : 'title');
  const labelCells = [positions.get('assetNumber')?.index, positions.get('name')?.index];
  let rowCount = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const reason = classifyRow(cells, labelCells, header);
    if (reason !== undefined) {
      skip(reason);
      continue;
    }
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
    const money = (field: AssetField, zh: string, text: string): Fen | undefined => {
      if (text === '') return undefined;
      try {
        const value = parseFen(text, '元');
        if (value < 0) fail(field, `${zh}不能为负数 / ${MONEY_EN[field] ?? field} must not be negative`);
        return value;
      } catch (err) {
        fail(field, err instanceof MoneyError ? err.message : `${zh}无法识别 / not an amount`);
        return undefined;
      }
    };
    const date = (field: AssetField, text: string): string | undefined => {
      if (text === '') return undefined;
      const d = parseDate(text);
      if (d === undefined) fail(field, '日期应为 YYYY-MM-DD / date must be YYYY-MM-DD');
      return d;
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
    const classText = required('classCode', '分类代码');
    const classCode = classText === '' ? '' : classCodeOf(classText);
    if (classCode !== '' && !classes.entries.has(classCode)) {
      fail('classCode', `分类代码“${classCode}”不在 GB/T 14885-2022 中 / unknown class code`);
    }
    let quantity = 1;
    const quantityText = cell('quantity');
    if (quantityText !== '') {
      quantity = Number(quantityText.replace(/,/g, ''));
      if (!Number.isInteger(quantity) || quantity <= 0) fail('quantity', '数量应为正整数 / quantity must be a positive integer');
    }
    const valueText = required('originalValue', '原值');
    const originalValue = money('originalValue', '原值', valueText) ?? 0;
    const accumulatedDepreciation = money('accumulatedDepreciation', '累计折旧', cell('accumulatedDepreciation'));
    const netValue = money('netValue', '净值', cell('netValue'));
    const acquiredText = required(acquiredFrom, acquiredFrom === 'acquiredOn' ? '取得日期' : '财务入账日期');
    const acquiredOn = date(acquiredFrom, acquiredText);
    const bookedOn = acquiredFrom === 'bookedOn' ? acquiredOn : date('bookedOn', cell('bookedOn'));
    let status: AssetStatus = 'in-use';
    const statusText = cell('status');
    if (statusText !== '') {
      const s = statusOf(config, statusText);
      if (s === undefined) {
        const labels = Object.values(config.statusLabel).join('、');
        fail('status', `状态应为 ${labels} 之一（或其他系统的 出租、待处置 等） / unknown status`);
      } else status = s;
    }
    const sinceText = cell('statusSince');
    const undatedStatus = status !== 'in-use' && options.today !== undefined ? options.today : acquiredOn;
    const statusSince = sinceText === '' ? undatedStatus : date('statusSince', sinceText);

    if (errors.length > before) continue;
    const extra: Record<string, string> = {};
    for (const x of extraColumns) {
      const v = (cells[x.index] ?? '').trim();
      if (v !== '') extra[x.header] = v;
    }
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
      ...(cell('className') !== '' ? { className: cell('className') } : {}),
      ...(cell('unit') !== '' ? { unit: cell('unit') } : {}),
      ...(accumulatedDepreciation !== undefined ? { accumulatedDepreciation } : {}),
      ...(netValue !== undefined ? { netValue } : {}),
      ...(bookedOn !== undefined ? { bookedOn } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
    assets.push(asset);
    const below = belowThresholdFinding(asset, config, `第${rowNumber}行`);
    if (below) findings.push(below);
  }
  if (rowCount === 0) {
    errors.push({ row: headerIndex + 2, column: '', value: '', message: `第${headerIndex + 1}行表头下没有数据行 / no data rows` });
  }
  const fieldsPresent = [...positions.keys()];
  if (acquiredFrom === 'bookedOn') fieldsPresent.push('acquiredOn');
  const shape = { rowCount, headerRow: headerIndex + 1, skipped, fieldsPresent, extraColumns: extraColumns.map((x) => x.header) };
  return errors.length > 0 ? { assets: [], errors, findings: [], ...shape } : { assets, errors, findings, ...shape };
}

/** One line per error: `第3行 C 分类代码「X」：message`. */
export function formatImportError(e: ImportError): string {
  const where = e.column ? ` ${e.column}` : '';
  const value = e.value ? `「${e.value}」` : '';
  return `第${e.row}行${where}${value}：${e.message}`;
}

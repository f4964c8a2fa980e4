/**
 * Test support: a base with columns it did not have — an export's extra columns (附件数, 制单人, 币种 …, 数量 and 单价)
 * — or printed as a 多栏明细账 (the economic classes as analysis columns).
 */
import { codeAndName, insertColumn, isDataRow, nameOf } from './rows.ts';
import { type Base, fenOf, type Table, type TableVariant, tableVariant, width } from './table.ts';

const EXTRA_COLUMNS: Record<string, (r: number, row: string[]) => string> = {
  附件数: (r) => String(r % 4),
  凭证状态: (r) => (r % 2 ? '已记账' : '已审核'),
  制单人: (r) => (r % 3 ? '张会计' : '李出纳'),
  币种: () => '人民币',
  汇率: () => '1.0000',
  数量: () => '1',
  单价: () => '',
  审核人: () => '王主任',
  记账人: () => '张会计',
  结算方式: (r) => (r % 2 ? '国库集中支付' : '公务卡'),
  票据号: (r) => `NO${10000 + r}`,
  分录号: (r) => String((r % 3) + 1),
  核算单位: () => '本级',
};

export function extraColumnVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  const s = b.columns.summary!;
  const firstAmount = Math.min(...[b.columns.debit, b.columns.amount].filter((x): x is number => x !== undefined));
  for (const [header, cell] of Object.entries(EXTRA_COLUMNS)) {
    for (const [where, at] of [['after-summary', s + 1], ['before-amount', firstAmount], ['end', width(b.rows)]] as const) {
      out.push(tableVariant('extra', `${header}@${where}`, insertColumn(b, b.rows, at, header, (r) => cell(r, b.rows[r]!))));
    }
  }
  // 单价 = the amount and 数量 1 (a 数量金额式 明细账).
  const amountCol = b.columns.debit ?? b.columns.amount!;
  let rows = insertColumn(b, b.rows, amountCol, '数量', () => '1');
  rows = insertColumn(b, rows, amountCol + 1, '单价', (r) => b.rows[r]![amountCol] ?? '');
  out.push(tableVariant('extra', '数量+单价=金额', rows));
  let all = b.rows;
  for (const [header, cell] of Object.entries(EXTRA_COLUMNS)) all = insertColumn(b, all, width(all), header, (r) => cell(r, b.rows[r]!));
  out.push(tableVariant('extra', 'all-at-end', all));
  return out;
}

/**
 * The same entries as a 多栏明细账: the economic column removed, its classes spread over one analysis column each under a
 * group header on a second header row (借方金额分析 over 30201办公费 | 30211差旅费 …), each row's net amount (借方 − 贷方,
 * refunds and red ink negative) in the column of its class; the classes written with their codes or by their NAME only
 * (a 乡镇 多栏账), the analysis columns at the end (after 借方/贷方/余额) or before the amounts, and 借方合计 (the total of
 * the analysis) among them or not. Period lines keep their amounts in the fixed columns only.
 */
export function multicolVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  const e = b.columns.economicCode;
  if (e === undefined) return out;
  const net = (row: readonly string[]): string => {
    const fen = (c: number | undefined) => (c === undefined ? 0 : (fenOf(row[c] ?? '') ?? 0));
    const v = b.columns.amount !== undefined ? fen(b.columns.amount) * ((row[b.columns.direction ?? -1] ?? '').startsWith('贷') ? -1 : 1) : fen(b.columns.debit) - fen(b.columns.credit);
    return v === 0 ? '' : `${v < 0 ? '-' : ''}${Math.floor(Math.abs(v) / 100)}.${String(Math.abs(v) % 100).padStart(2, '0')}`;
  };
  const codes = [...new Set(b.rows.flatMap((row, r) => (isDataRow(b, r) ? [codeAndName('economic', row[e] ?? '')?.code ?? ''] : [])))].filter((c) => c !== '').sort();
  if (codes.length === 0) return out;
  const names: Record<string, (c: string) => string> = {
    'code+name': (c) => `${c}${nameOf('economic', c)}`,
    'code name': (c) => `${c} ${nameOf('economic', c)}`,
    'name only': (c) => nameOf('economic', c) || c,
  };
  // The economic column and a name column beside it (经济分类名称): a 多栏账 has neither.
  const drop = b.rows[b.headerRow]!.flatMap((h, i) => (i === e || /经济(?:分类|科目).*名称/u.test(h) ? [i] : []));
  const before = (c: number) => c - drop.filter((d) => d < c).length;
  const firstAmount = before(Math.min(...[b.columns.debit, b.columns.amount].filter((x): x is number => x !== undefined)));
  for (const [naming, head] of Object.entries(names)) {
    for (const where of ['end', 'before-amounts'] as const) {
      for (const total of [false, true]) {
        const rows: Table = [];
        b.rows.forEach((row, r) => {
          const fixed = row.filter((_, i) => !drop.includes(i));
          const at = where === 'end' ? Math.max(width(b.rows) - drop.length, fixed.length) : firstAmount;
          while (fixed.length < at) fixed.push('');
          const cls = codeAndName('economic', row[e] ?? '')?.code;
          const cells = r === b.headerRow ? codes.map(head) : codes.map((c) => (isDataRow(b, r) && c === cls ? net(row) : ''));
          const totalCell = r === b.headerRow ? '合计' : isDataRow(b, r) ? net(row) : '';
          const analysis = total ? [...cells, totalCell] : cells;
          if (r < b.headerRow) rows.push(row);
          else if (r === b.headerRow) {
            rows.push([...fixed.slice(0, at), '借方金额分析', ...analysis.slice(1).map(() => ''), ...fixed.slice(at)]);
            rows.push([...fixed.slice(0, at).map(() => ''), ...analysis, ...fixed.slice(at).map(() => '')]);
          } else rows.push([...fixed.slice(0, at), ...analysis, ...fixed.slice(at)]);
        });
        out.push(tableVariant('multicol', `${naming} @${where}${total ? ' +合计' : ''}`, rows));
      }
    }
  }
  return out;
}


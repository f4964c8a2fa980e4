/**
 * Test support: a base's header and title as printed ledgers and Excel exports lay them out — header cells spaced,
 * wrapped, starred or with a unit, a header on two rows (a group over its sub-columns), no title, a longer title
 * block, a 制表人/打印日期 footer — and every cell padded with spaces.
 */
import { type Base, clone, type TableVariant, tableVariant, width } from './table.ts';

/** A header cell broken where a person wraps it (Alt+Enter): after a leading code (30201\n办公费), else after two characters. */
function wrap(h: string): string {
  const code = /^\d+/.exec(h)?.[0];
  return code !== undefined && code.length < h.length ? `${code}\n${h.slice(code.length)}` : h.trim().length >= 4 ? `${h.slice(0, 2)}\n${h.slice(2)}` : h;
}

/** Header cells as printed: spaced, wrapped, starred, with a unit; on two rows; with no title rows or a longer title block. */
export function headerLayoutVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  const h = b.headerRow;
  const cell = (f: (c: string) => string) => {
    const rows = clone(b.rows);
    rows[h] = rows[h]!.map((c) => (c.trim() === '' ? c : f(c)));
    return rows;
  };
  const money = /借|贷|金额|发生额|余额/;
  out.push(tableVariant('header2', 'spaced 摘　　要', cell((c) => (c.length === 2 ? `${c[0]}　　${c[1]}` : c))));
  out.push(tableVariant('header2', 'spaced 借 方 金 额', cell((c) => [...c].join(' '))));
  out.push(tableVariant('header2', 'wrapped 借方⏎金额', cell(wrap)));
  out.push(tableVariant('header2', 'starred *摘要', cell((c) => `*${c}`)));
  out.push(tableVariant('header2', 'unit （元）', cell((c) => (money.test(c) ? `${c}（元）` : c))));
  out.push(tableVariant('header2', 'unit (单位：元)', cell((c) => (money.test(c) ? `${c}(单位：元)` : c))));
  // Two rows: a group cell over its sub-columns, the other headers on the upper row (merged down: the lower empty).
  const twoRows = (name: string, cols: readonly [number, number], upperWord: string, lowerWords: readonly [string, string]) => {
    const rows = clone(b.rows);
    const upper = [...rows[h]!];
    const lower = upper.map(() => '');
    cols.forEach((c, k) => {
      upper[c] = k === 0 ? upperWord : '';
      lower[c] = lowerWords[k]!;
    });
    rows.splice(h, 1, upper, lower);
    out.push(tableVariant('header2', name, rows));
  };
  const { debit, credit, functionCode, economicCode, date, voucher } = b.columns;
  if (debit !== undefined && credit !== undefined && credit === debit + 1) {
    twoRows('金额 over 借方|贷方', [debit, credit], '金额', ['借方', '贷方']);
    twoRows('本期发生额 over 借方|贷方', [debit, credit], '本期发生额', ['借方', '贷方']);
    twoRows('发生额 over 借方金额|贷方金额', [debit, credit], '发生额', ['借方金额', '贷方金额']);
  }
  if (functionCode !== undefined && economicCode === functionCode + 1) {
    twoRows('辅助核算 over 功能分类|经济分类', [functionCode, economicCode], '辅助核算', ['功能分类', '经济分类']);
    twoRows('支出分类 over 功能|经济', [functionCode, economicCode], '支出分类', ['功能', '经济']);
  }
  if (date !== undefined && voucher === date + 1) {
    twoRows('凭证 over 日期|字号', [date, voucher], '凭证', ['日期', '字号']);
    twoRows('凭证 over 日期|号数', [date, voucher], '凭证', ['日期', '号数']);
  }
  out.push(tableVariant('header2', 'no title rows', clone(b.rows.slice(h))));
  out.push(
    tableVariant('header2', 'long title block', [
      ['明细分类账'],
      [],
      ['查询条件：科目范围 7101-7201；期间 2024.01-2024.12；含未记账凭证：否'],
      ['币种：人民币', '', '', '金额单位：元'],
      [],
      ...clone(b.rows),
    ]),
  );
  return out;
}

/** Every cell below the header padded with spaces (half-width before, full-width after), as a report designer prints them. */
export function paddedCellsVariants(b: Base): TableVariant[] {
  return [tableVariant('spacing', 'cells-padded', b.rows.map((row, r) => (r > b.headerRow ? row.map((c) => (c === '' ? c : ` ${c}　`)) : row)))];
}

/** A title block above the table (ledger, unit, period, account) and a 制表人 / 打印日期 footer below it. */
export function titleFooterVariants(b: Base): TableVariant[] {
  const n = width(b.rows);
  const line = (...cells: string[]) => [...cells, ...Array<string>(Math.max(0, n - cells.length)).fill('')];
  const title = [line('明细分类账'), line('单位名称：某县某局', '', '期间：2024年1月至2024年12月', '', '金额单位：元'), line('科目：7201 事业支出')];
  const footer = [line('制表人：张三', '', '审核人：李四', '', '打印日期：2025年1月15日'), line('打印时间：2025-01-15 10:22:31')];
  return [tableVariant('title', 'title+footer', [...title, ...b.rows, ...footer])];
}

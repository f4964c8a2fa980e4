/**
 * Robustness harness of the ledger import and check (dev material: it reads only development ledgers,
 * test/fixtures/ledger-eval/dev-*). A few dev ledgers of different shapes are read as they are; each is then rewritten
 * with ONE variation real exports show for the same entries — columns in another order, another system's header words
 * (data/ledger/header-synonyms.json's own lists), a title block and a 制表人/打印日期 footer, a header on two rows with
 * merged cells (.xlsx), GBK / UTF-8 / UTF-8-BOM text, dates as 2024-03-05 / 2024.03.05 / 2024/3/5 / 20240305 / 月 and
 * 日 columns, amounts with thousands separators, red ink in parentheses or with a minus, float noise, nothing written
 * blank / 0.00 / -, 借方/贷方 as one 金额 column and a 方向 column, vouchers as 记-0012 or 记字第12号, the period rows
 * (本月合计, 本年累计, 期初余额, 年末结转) in other wordings. Every variant must import with the same entries (date,
 * amount in 分, function and economic codes, payee, project, nature, 摘要) and the check must flag the same entries
 * with the same rules and find the same 三公 totals as on the file as it was.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadCodeFormats, loadCodeTables } from '../reference/code-tables.ts';
import { readTableFile } from '../reference/table-file.ts';
import { checkLedger } from './check-ledger.ts';
import type { LedgerEntry, LedgerField } from './entry.ts';
import { parseLedgerAmount, parseLedgerDate } from './parse-entries.ts';
import { openLedgerFile, readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';
import { threePublicTotals } from './rules/three-public.ts';
import { jiebaSegmenter } from './segment-words.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'test/fixtures/ledger-eval');
const YEAR = 2024;

/**
 * Dev ledgers of different shapes: a 公务卡 listing, 借方/贷方 with a title (tab-separated), GBK 明细账 with 金额
 * columns, 月/日 columns with 方向/余额, codes and names in two columns each, a 序时账, two .xlsx, 辅助核算 on
 * sub-rows, generic slots 核算项目1…4, a 明细分类账 by 明细科目 (sections), a header on two rows (借方 over 原币 |
 * 本位币) in an .xls. Not fit as a base (the rewrites assume one sheet and a header whose columns are fields): a workbook of
 * several sheets, a 多栏账 (classes as columns), a fiscal year other than 2024, amounts printed one digit per
 * column, a printed voucher layout; and column shuffles split a code printed by level (功能科目类 | 款 | 项). Other dev files can be tried with
 * LEDGER_VARIANT_BASES=dev-a-2024.csv,dev-b-2024.xlsx.
 */
const BASES = [
  'dev-gwk-2024.xlsx',
  'dev-tab-2024.csv',
  'dev-grpr9-2024.csv',
  'dev-u8-2024.csv',
  'dev-xsz-2024.csv',
  'dev-yonyou-journal-2024.csv',
  'dev-jiuqi-2024.xlsx',
  'dev-zzb-2024.xlsx',
  'dev-dzfz-2024.csv',
  'dev-lcgs-2024.csv',
  'dev-kisfl-2024.csv',
  'dev-xkxy-2024.xls',
];

type Table = string[][];
interface Base {
  readonly name: string;
  readonly rows: Table;
  readonly headerRow: number;
  readonly columns: Partial<Record<LedgerField, number>>;
  /** 0-based rows that made entries. */
  readonly entryRows: ReadonlySet<number>;
}
interface Variant {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** The table written, for a CSV variant (to combine variations). */
  readonly rows?: Table;
}

const synonyms = JSON.parse(readFileSync(join(root, 'data/ledger/header-synonyms.json'), 'utf8')).fields as Record<string, string[]>;

const context = {
  fiscalYear: YEAR,
  codeTables: loadCodeTables(YEAR),
  codeFormats: loadCodeFormats(),
  rules: loadLedgerRuleData(),
  segment: jiebaSegmenter,
};

// ---------------------------------------------------------------- writing

const csvCell = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = (rows: Table) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const csv = (name: string, rows: Table): Variant => ({ name, file: `${name}.csv`, bytes: async () => utf8(csvText(rows)), rows });
const clone = (t: Table): Table => t.map((r) => [...r]);
const width = (t: Table) => Math.max(...t.map((r) => r.length));

/** Cells the import reads as an amount, in 分; undefined for text or nothing. */
function fenOf(cell: string): number | undefined {
  if (cell.trim() === '') return undefined;
  try {
    return Number(parseLedgerAmount(cell));
  } catch {
    return undefined;
  }
}
const yuan = (fen: number) => (Math.abs(fen) / 100).toFixed(2);
const withThousands = (s: string) => s.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));

// ---------------------------------------------------------------- variations (each on its own)

/** Whether the row above the header is the upper row of a header on two rows (财务会计 | 预算会计, 借方 over 原币 | 本位币). */
function headerOnTwoRows(b: Base): boolean {
  return new Set((b.rows[b.headerRow - 1] ?? []).filter((c) => c.trim() !== '')).size >= 3;
}

function orderVariants(b: Base): Variant[] {
  const n = width(b.rows);
  const idx = Array.from({ length: n }, (_, i) => i);
  // A header on two rows moves with its columns.
  const start = headerOnTwoRows(b) ? b.headerRow - 1 : b.headerRow;
  const perm = (name: string, order: number[]) => csv(name, b.rows.map((r, i) => (i < start ? r : order.map((k) => r[k] ?? ''))));
  // A fixed shuffle (not a rotation): odd columns first, then even, each half reversed.
  const shuffled = [...idx.filter((i) => i % 2 === 1).reverse(), ...idx.filter((i) => i % 2 === 0).reverse()];
  return [perm('order-reversed', [...idx].reverse()), perm('order-shuffled', shuffled)];
}

function synonymVariants(b: Base): Variant[] {
  const out: Variant[] = [];
  const header = b.rows[b.headerRow]!;
  const key = (row: readonly string[]) => row.map((c) => c.trim()).join('\u0000');
  for (const k of [1, 2, 3]) {
    const renamed = [...header];
    for (const [field, col] of Object.entries(b.columns) as [LedgerField, number][]) {
      const list = synonyms[field];
      // Only a header that is one of the field's own words (not 功能科目类 of a code split by level, not 编码 under 功能科目).
      const at = list?.indexOf((header[col] ?? '').trim()) ?? -1;
      if (list === undefined || at < 0 || list.length < 2) continue;
      renamed[col] = list[(at + k) % list.length]!;
    }
    // The header repeated down the file (at each page or section) is renamed with it.
    out.push(csv(`synonyms+${k}`, b.rows.map((row) => (key(row) === key(header) ? [...renamed] : row))));
  }
  return out;
}

function titleFooterVariants(b: Base): Variant[] {
  const n = width(b.rows);
  const line = (...cells: string[]) => [...cells, ...Array<string>(Math.max(0, n - cells.length)).fill('')];
  const title = [line('明细分类账'), line('单位名称：某县某局', '', '期间：2024年1月至2024年12月', '', '金额单位：元'), line('科目：7201 事业支出')];
  const footer = [line('制表人：张三', '', '审核人：李四', '', '打印日期：2025年1月15日'), line('打印时间：2025-01-15 10:22:31')];
  return [csv('title+footer', [...title, ...b.rows, ...footer])];
}

function encodingVariants(b: Base): Variant[] {
  const text = csvText(b.rows);
  return [
    // GBK as Chinese software writes it: GB18030, the same bytes for every GBK character (a rare name's 𬀩 has 4).
    { name: 'gbk', file: 'gbk.csv', bytes: async () => new Uint8Array(iconv.encode(text, 'gb18030')) },
    { name: 'utf8', file: 'utf8.csv', bytes: async () => utf8(text) },
    { name: 'utf8-bom', file: 'utf8-bom.csv', bytes: async () => utf8('\uFEFF' + text) },
  ];
}

const DATE_FORMATS: Record<string, (iso: string) => string> = {
  iso: (d) => d,
  dotted: (d) => d.replace(/-/g, '.'),
  'slash-unpadded': (d) => d.split('-').map((p) => String(Number(p))).join('/'),
  compact: (d) => d.replace(/-/g, ''),
};

function dateVariants(b: Base): Variant[] {
  const out: Variant[] = [];
  const rewrite = (rows: Table, col: number, f: (iso: string) => string) => {
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      const iso = parseLedgerDate(rows[r]![col] ?? '');
      if (iso !== undefined) rows[r]![col] = f(iso);
    }
  };
  if (b.columns.date !== undefined) {
    const col = b.columns.date;
    for (const [name, f] of Object.entries(DATE_FORMATS)) {
      const rows = clone(b.rows);
      rewrite(rows, col, f);
      out.push(csv(`date-${name}`, rows));
    }
    // 月 and 日 in two columns instead of one date (not where other date columns stand beside it: 交易日期, 入账日期
    // and 月/日 would leave which is the booking date to guess).
    if (b.rows[b.headerRow]!.some((h, i) => i !== col && /日期|时间/.test(h))) return out;
    // Nor where a date is written so that it is read only with the fiscal year (24/01/05).
    if ([...b.entryRows].some((r) => (b.rows[r]![col] ?? '').trim() !== '' && parseLedgerDate(b.rows[r]![col]!) === undefined)) return out;
    const headerKey = b.rows[b.headerRow]!.join('\u0000');
    const split = b.rows.map((row, r) => {
      const out = [...row];
      // The header, and the header repeated down the file.
      const isHeader = r === b.headerRow || (r > b.headerRow && row.join('\u0000') === headerKey);
      const iso = r > b.headerRow && !isHeader ? parseLedgerDate(row[col] ?? '') : undefined;
      const [m, d] = isHeader ? ['月', '日'] : iso ? [String(Number(iso.slice(5, 7))), String(Number(iso.slice(8, 10)))] : [row[col] ?? '', ''];
      out.splice(col, 1, m!, d!);
      return out;
    });
    out.push(csv('date-month-day', split));
  }
  return out;
}

function amountColumns(b: Base): number[] {
  return [b.columns.debit, b.columns.credit, b.columns.amount].filter((c): c is number => c !== undefined);
}

function amountVariants(b: Base): Variant[] {
  const cols = amountColumns(b);
  const rewrite = (name: string, f: (fen: number, cell: string) => string, blank?: (r: number, c: number) => string | undefined) => {
    const rows = clone(b.rows);
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      for (const c of cols) {
        const cell = rows[r]![c] ?? '';
        const fen = fenOf(cell);
        if (fen !== undefined) rows[r]![c] = f(fen, cell);
        else if (cell.trim() === '' && blank) rows[r]![c] = blank(r, c) ?? cell;
      }
    }
    return csv(name, rows);
  };
  const sign = (fen: number) => (fen < 0 ? '-' : '');
  let noise = 0;
  return [
    rewrite('amount-thousands', (fen) => sign(fen) + withThousands(yuan(fen))),
    rewrite('amount-red-parentheses', (fen) => (fen < 0 ? `(${yuan(fen)})` : yuan(fen))),
    rewrite('amount-red-minus', (fen) => sign(fen) + yuan(fen)),
    // A binary float written out in full, 13 digits after the first (1234.5600000001, 1234.5599999999).
    rewrite('amount-float-noise', (fen) => {
      const x = fen / 100;
      if (fen === 0) return '0';
      return String(x + (noise++ % 2 === 0 ? 1 : -1) * 10 ** (Math.floor(Math.log10(Math.max(1, Math.abs(x)))) - 13));
    }),
    rewrite('amount-nothing-zero', (fen) => (fen === 0 ? '0.00' : sign(fen) + yuan(fen)), (r) => (b.entryRows.has(r) ? '0.00' : undefined)),
    rewrite('amount-nothing-dash', (fen) => (fen === 0 ? '-' : sign(fen) + yuan(fen)), (r) => (b.entryRows.has(r) ? '-' : undefined)),
    rewrite('amount-nothing-blank', (fen, cell) => (fen === 0 ? '' : cell)),
  ];
}

/** 借方/贷方 as one 金额 column and a 方向 column (only where the file has no 方向 of its own). */
function directionVariants(b: Base): Variant[] {
  const { debit, credit } = b.columns;
  if (debit === undefined || credit === undefined || b.columns.direction !== undefined || b.columns.amount !== undefined) return [];
  const rows = b.rows.map((row, r) => {
    const out = [...row];
    if (r === b.headerRow) {
      out[debit] = '金额';
      out[credit] = '方向';
    } else if (r > b.headerRow) {
      const d = fenOf(row[debit] ?? '') ?? 0;
      const c = fenOf(row[credit] ?? '') ?? 0;
      const [amount, dir] = d !== 0 ? [row[debit]!, '借'] : c !== 0 ? [row[credit]!, '贷'] : ['', ''];
      out[debit] = amount;
      out[credit] = dir;
    }
    return out;
  });
  return [csv('amount+direction', rows)];
}

function voucherVariants(b: Base): Variant[] {
  const col = b.columns.voucher;
  if (col === undefined) return [];
  const forms: Record<string, (word: string, n: number) => string> = {
    'voucher-dash-padded': (w, n) => `${w || '记'}-${String(n).padStart(4, '0')}`,
    'voucher-zi-di-hao': (w, n) => `${w || '记'}字第${n}号`,
  };
  return Object.entries(forms).map(([name, f]) => {
    const rows = clone(b.rows);
    // Every voucher cell (a 序时账's counter-lines carry the voucher too), but no label：value cell (a section row
    // 功能科目：2100312 spans the voucher column).
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      const m = /^\s*([^\d\s\-－_:：]*)[\s\-－_]*0*(\d+)\s*$/u.exec(rows[r]![col] ?? '');
      if (m) rows[r]![col] = f(m[1]!.replace(/字$/, ''), Number(m[2]));
    }
    return csv(name, rows);
  });
}

const PERIOD_WORDINGS: readonly (readonly string[])[] = [
  ['本月合计', '本月发生额合计', '月计', '本期合计'],
  ['本年累计', '本年累计发生额', '累计', '本年累计数'],
  ['期初余额', '上年结转', '年初余额', '上年余额'],
  ['年末结转', '结转下年', '期末结转', '年终结转'],
];

function periodVariants(b: Base): Variant[] {
  const col = b.columns.summary;
  if (col === undefined) return [];
  const out: Variant[] = [];
  for (const k of [1, 2, 3]) {
    const rows = clone(b.rows);
    let changed = false;
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      if (b.entryRows.has(r)) continue;
      const text = (rows[r]![col] ?? '').replace(/\s/g, '');
      const group = PERIOD_WORDINGS.find((g) => g.includes(text));
      if (!group) continue;
      rows[r]![col] = group[(group.indexOf(text) + k) % group.length]!;
      changed = true;
    }
    if (changed) out.push(csv(`period+${k}`, rows));
  }
  return out;
}

/** Period rows the file did not have: a 本月合计 and a 本年累计 line after each month's last entry (debit totals, no voucher). */
function insertedPeriodVariants(b: Base): Variant[] {
  const { date, month, summary } = b.columns;
  const debit = b.columns.debit ?? b.columns.amount;
  if (summary === undefined || debit === undefined || (date === undefined && month === undefined)) return [];
  const monthOf = (row: readonly string[]) =>
    date !== undefined ? parseLedgerDate(row[date] ?? '')?.slice(5, 7) : month !== undefined && /^\d{1,2}$/.test((row[month] ?? '').trim()) ? (row[month] ?? '').trim().padStart(2, '0') : undefined;
  const n = width(b.rows);
  const out: Table = [];
  let current: string | undefined;
  let monthSum = 0;
  let yearSum = 0;
  const close = () => {
    if (current === undefined) return;
    const line = (label: string, fen: number) => {
      const row = Array<string>(n).fill('');
      row[summary] = label;
      row[debit] = (fen / 100).toFixed(2);
      return row;
    };
    out.push(line('本月合计', monthSum), line('本年累计', yearSum));
  };
  b.rows.forEach((row, r) => {
    if (b.entryRows.has(r)) {
      const m = monthOf(row) ?? current;
      if (m !== current) {
        close();
        current = m;
        monthSum = 0;
      }
      const fen = fenOf(row[debit] ?? '') ?? 0;
      monthSum += fen;
      yearSum += fen;
    }
    out.push(row);
  });
  close();
  return [csv('period-inserted', out)];
}

/** Header cells broken over two lines (借方\n金额) and every cell padded with spaces, as a report designer prints them. */
function spacingVariants(b: Base): Variant[] {
  const broken = clone(b.rows);
  // Broken where a person wraps a cell (Alt+Enter): after a leading code (30201\n办公费), else after two characters.
  const wrap = (h: string) => {
    const code = /^\d+/.exec(h)?.[0];
    return code !== undefined && code.length < h.length ? `${code}\n${h.slice(code.length)}` : h.trim().length >= 4 ? `${h.slice(0, 2)}\n${h.slice(2)}` : h;
  };
  broken[b.headerRow] = broken[b.headerRow]!.map(wrap);
  const padded = b.rows.map((row, r) => (r > b.headerRow ? row.map((c) => (c === '' ? c : ` ${c}　`)) : row));
  return [csv('header-line-breaks', broken), csv('cells-padded', padded)];
}

/** The table as an .xlsx: amounts as numbers, and the header on two rows with merged cells (凭证 over 日期 | 凭证号, 金额 over 借方 | 贷方). */
function xlsxVariants(b: Base): Variant[] {
  const write = (name: string, twoRows: boolean): Variant => ({
    name,
    file: `${name}.xlsx`,
    bytes: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('明细账');
      const amounts = new Set(amountColumns(b));
      const header = b.rows[b.headerRow]!;
      let out = 1;
      for (let r = 0; r < b.rows.length; r++) {
        const row = b.rows[r]!;
        if (r === b.headerRow && twoRows) {
          const pairs: [number | undefined, number | undefined, string][] = [
            [b.columns.date, b.columns.voucher, '凭证'],
            [b.columns.debit, b.columns.credit, '金额'],
          ];
          const grouped = new Set<number>();
          for (const [a, c, word] of pairs) {
            if (a === undefined || c !== a + 1) continue;
            ws.getCell(out, a + 1).value = word;
            ws.mergeCells(out, a + 1, out, c + 1);
            ws.getCell(out + 1, a + 1).value = header[a]!;
            ws.getCell(out + 1, c + 1).value = header[c]!;
            grouped.add(a).add(c);
          }
          header.forEach((h, c) => {
            if (grouped.has(c)) return;
            ws.getCell(out, c + 1).value = h;
            if (h.trim() !== '') ws.mergeCells(out, c + 1, out + 1, c + 1);
          });
          out += 2;
          continue;
        }
        row.forEach((cell, c) => {
          const fen = r > b.headerRow && amounts.has(c) ? fenOf(cell) : undefined;
          if (cell !== '') ws.getCell(out, c + 1).value = fen !== undefined ? fen / 100 : cell;
        });
        out++;
      }
      return new Uint8Array(await wb.xlsx.writeBuffer());
    },
  });
  // A header already on two rows (财务会计 | 预算会计 over their columns) is not put on a third.
  return [write('xlsx-one-header-row', false), ...(headerOnTwoRows(b) ? [] : [write('xlsx-merged-two-header-rows', true)])];
}

/** The table as an .xlsx whose dates are date cells (a serial with a date format), amounts numbers. */
function xlsxDateVariants(b: Base): Variant[] {
  const col = b.columns.date;
  if (col === undefined) return [];
  return [
    {
      name: 'xlsx-date-cells',
      file: 'xlsx-date-cells.xlsx',
      bytes: async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('明细账');
        const amounts = new Set(amountColumns(b));
        b.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            if (cell === '') return;
            const target = ws.getCell(r + 1, c + 1);
            const iso = r > b.headerRow && c === col ? parseLedgerDate(cell) : undefined;
            const fen = r > b.headerRow && amounts.has(c) ? fenOf(cell) : undefined;
            if (iso !== undefined) {
              target.value = new Date(`${iso}T00:00:00Z`);
              target.numFmt = 'yyyy-mm-dd';
            } else target.value = fen !== undefined ? fen / 100 : cell;
          });
        });
        return new Uint8Array(await wb.xlsx.writeBuffer());
      },
    },
  ];
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The table as a SpreadsheetML 2003 workbook (.xls as 用友/浪潮 web exports save it): empty cells left out and the
 * next one placed by a sparse ss:Index, amounts as ss:Type="Number" written as the double they are (float noise).
 */
function spreadsheetMlVariants(b: Base): Variant[] {
  const amounts = new Set(amountColumns(b));
  let noise = 0;
  const body = b.rows
    .map((row, r) => {
      const cells: string[] = [];
      let next = 0;
      row.forEach((cell, c) => {
        if (cell.trim() === '') return;
        const fen = r > b.headerRow && amounts.has(c) ? fenOf(cell) : undefined;
        const at = c === next ? '' : ` ss:Index="${c + 1}"`;
        next = c + 1;
        if (fen !== undefined) {
          const x = fen / 100;
          const v = String(x + (fen !== 0 && noise++ % 3 === 0 ? 10 ** (Math.floor(Math.log10(Math.max(1, Math.abs(x)))) - 13) : 0));
          cells.push(`<Cell${at}><Data ss:Type="Number">${v}</Data></Cell>`);
        } else cells.push(`<Cell${at}><Data ss:Type="String">${xmlText(cell)}</Data></Cell>`);
      });
      return `<Row ss:Index="${r + 1}">${cells.join('')}</Row>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="明细账"><Table>
${body}
</Table></Worksheet></Workbook>`;
  return [{ name: 'spreadsheetml-sparse', file: 'spreadsheetml-sparse.xls', bytes: async () => utf8(xml) }];
}

/**
 * Several variations at once, as one export shows them: other header words, dotted dates, thousands separators,
 * 记字第12号, reworded period rows, 金额 + 方向 (where the file has 借方/贷方), then an .xlsx with the header merged
 * on two rows — or the columns shuffled under a title block and footer, in GBK.
 */
function comboVariants(b: Base): Variant[] {
  const step = (base: Base, variants: Variant[], name: string): Base => {
    const rows = variants.find((v) => v.name === name)?.rows;
    return rows ? { ...base, rows } : base;
  };
  let c = step(b, synonymVariants(b), 'synonyms+1');
  c = step(c, dateVariants(c), 'date-dotted');
  c = step(c, amountVariants(c), 'amount-thousands');
  c = step(c, voucherVariants(c), 'voucher-zi-di-hao');
  c = step(c, periodVariants(c), 'period+1');
  const direction = directionVariants(c)[0]?.rows;
  if (direction) {
    const { debit, credit, ...rest } = c.columns;
    c = { ...c, rows: direction, columns: { ...rest, amount: debit!, direction: credit! } };
  }
  const merged = xlsxVariants(c).at(-1)!;
  c = step(c, orderVariants(c), 'order-shuffled');
  const titled = titleFooterVariants(c)[0]!.rows!;
  return [
    { ...merged, name: 'combo-xlsx', file: 'combo.xlsx' },
    { name: 'combo-gbk-shuffled-titled', file: 'combo-gbk.csv', bytes: async () => new Uint8Array(iconv.encode(csvText(titled), 'gb18030')) },
  ];
}

// ---------------------------------------------------------------- comparing

interface Outcome {
  readonly errors: readonly string[];
  readonly entries: readonly (readonly unknown[])[];
  readonly flagged: readonly string[];
  readonly threePublic: string;
}

const entryKey = (e: LedgerEntry) => [e.date, e.amount, e.functionCode, e.economicCode, e.payee ?? '', e.projectName ?? '', e.projectCode ?? '', e.nature, e.summary];

/**
 * The check is a pure function of the entries: entries equal in every field but where they stand in the file (row,
 * column) were checked once already, and their findings are reused (the harness would take minutes otherwise).
 */
const checked = new Map<string, Omit<Outcome, 'errors' | 'entries'>>();

async function outcome(bytes: Uint8Array, file: string): Promise<Outcome> {
  const read = await readLedgerFile(bytes, file, { fiscalYear: YEAR });
  const errors = read.errors.slice(0, 5).map((e) => `${e.row} ${e.column} ${e.message}`);
  const whole = JSON.stringify(read.entries.map(({ row: _row, column: _column, ...rest }) => rest));
  const known = checked.get(whole);
  if (known) return { errors, entries: read.entries.map(entryKey), ...known };
  const report = checkLedger(read.entries, context);
  const position = new Map(read.entries.map((e, i) => [e.entryNo, i]));
  const { totals } = threePublicTotals(read.entries, context);
  const found = { flagged: report.flagged.map((f) => `${position.get(f.entry.entryNo)} ${[...f.rules].sort().join(',')}`), threePublic: JSON.stringify(totals) };
  checked.set(whole, found);
  return { errors, entries: read.entries.map(entryKey), ...found };
}

async function loadBase(name: string): Promise<{ base: Base; original: Outcome }> {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const opened = await openLedgerFile(bytes, name, YEAR);
  const table = await readTableFile(bytes, name);
  const rows: Table = Array.from({ length: table.rows.count }, (_, i) => [...table.rows.row(i)]);
  const read = await readLedgerFile(bytes, name, { fiscalYear: YEAR });
  // The row of the file each entry came from, as a 0-based index of the rows read (a quoted line break aside).
  const lineToIndex = new Map(Array.from({ length: table.rows.count }, (_, i) => [table.rows.line(i), i]));
  const entryRows = new Set(read.entries.map((e) => lineToIndex.get(e.row) ?? e.row - 1));
  // Only the file's own columns: a field read from 辅助核算 sub-rows or cells stands in no column of the file.
  const header = rows[opened.columns.headerRow] ?? [];
  const columns = Object.fromEntries(Object.entries(opened.columns.columns).filter(([, c]) => c !== undefined && (header[c] ?? '').trim() !== ''));
  return { base: { name, rows, headerRow: opened.columns.headerRow, columns, entryRows }, original: await outcome(bytes, name) };
}

function variantsOf(b: Base): Variant[] {
  return [
    ...orderVariants(b),
    ...synonymVariants(b),
    ...titleFooterVariants(b),
    ...encodingVariants(b),
    ...dateVariants(b),
    ...amountVariants(b),
    ...directionVariants(b),
    ...voucherVariants(b),
    ...periodVariants(b),
    ...xlsxVariants(b),
    ...spreadsheetMlVariants(b),
    ...insertedPeriodVariants(b),
    ...spacingVariants(b),
    ...xlsxDateVariants(b),
    ...comboVariants(b),
  ];
}

describe('export variants of dev ledgers import and check as the file as it was (dev material)', () => {
  for (const name of process.env.LEDGER_VARIANT_BASES?.split(',') ?? BASES) {
    it(`${name}: every variant gives the same entries, findings and 三公 totals`, { timeout: 300_000 }, async () => {
      const { base, original } = await loadBase(name);
      expect(original.errors).toEqual([]);
      expect(original.entries.length).toBeGreaterThan(100);
      const failures: string[] = [];
      const variants = variantsOf(base);
      expect(variants.length).toBeGreaterThan(20);
      for (const v of variants) {
        let got: Outcome;
        try {
          got = await outcome(await v.bytes(), v.file);
        } catch (err) {
          failures.push(`${v.name}: ${(err as Error).message.slice(0, 200)}`);
          continue;
        }
        if (got.errors.length > 0) {
          failures.push(`${v.name}: import errors ${got.errors.join(' | ')}`);
          continue;
        }
        if (got.entries.length !== original.entries.length) {
          failures.push(`${v.name}: ${got.entries.length} entries, not ${original.entries.length}`);
          continue;
        }
        const differing = got.entries.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(original.entries[i]));
        if (differing >= 0) {
          failures.push(`${v.name}: entry ${differing + 1} ${JSON.stringify(got.entries[differing])} ≠ ${JSON.stringify(original.entries[differing])}`);
          continue;
        }
        if (JSON.stringify(got.flagged) !== JSON.stringify(original.flagged)) failures.push(`${v.name}: findings differ`);
        else if (got.threePublic !== original.threePublic) failures.push(`${v.name}: 三公 totals differ`);
      }
      expect(failures).toEqual([]);
    });
  }
});

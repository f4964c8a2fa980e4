/**
 * `node --import tsx scripts/probe-import.ts` — metamorphic probe of the ledger IMPORT (src/ledger readers, header
 * synonyms, auxiliary cells, period rows, dates, amounts, encodings), as scripts/probe-ledger.ts is of the checks.
 * A few dev ledgers of different shapes (BASES) are read once as they are; each is then rewritten systematically into
 * variants that real accounting systems emit for the same entries — another spelling of a header, another column
 * order, the classes in one 辅助核算 cell, codes written `[code]name`, period rows spelled 本月发生额合计, dates as
 * 2024年3月5日, amounts as 1,234.00元 or (120.00), the file in GBK or UTF-16, the 辅助核算 printed on sub-rows under
 * each entry (subrows), the ledger printed per 明细科目 with the account on each page-info line (pages) — and every variant is imported
 * unedited. A variant passes when it imports with the same entries (count, net, and each entry's date, amount,
 * function and economic class) as the original; it is REFUSED when the import stops with an error (acceptable only
 * where the variant is genuinely ambiguous), WRONG when it imports other numbers or classes (never acceptable).
 *
 * The rewrites are written from knowledge of the export formats of 用友/金蝶/浪潮/久其/方正/中科江南/博思/新中大 and
 * 预算管理一体化 platforms, not from the sealed fixtures. Deterministic.
 *
 * Options: --json (machine-readable), --quiet (totals only), --family NAME (one family), --base NAME (one base),
 * --fail (list every failing variant with its first error), --dump DIR (write every variant to DIR). Exit 1 when a variant imports WRONG numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { rng } from '../src/gen/generate.ts';
import { loadCodeTables } from '../src/reference/code-tables.ts';
import { readTableFile } from '../src/reference/table-file.ts';
import { openLedgerFile, readLedgerFile } from '../src/ledger/read-ledger-file.ts';
import type { LedgerEntry, LedgerField } from '../src/ledger/entry.ts';
import { parseCode, parseLedgerAmount, parseLedgerDate } from '../src/ledger/parse-entries.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/ledger-eval');

/** Dev ledgers of different shapes: 借方/贷方 CSV, 金额+方向 CSV, 序时账 with counter-lines, .xlsx with 方向/余额, 月+日 columns, a 支付明细 (支付金额, 用途), code and name in two columns. */
const BASES = [
  'dev-tab-2024.csv',
  'dev-grpr9-2024.csv',
  'dev-yonyou-journal-2024.csv',
  'dev-jiuqi-2024.xlsx',
  'dev-zzb-2024.xlsx',
  'dev-u8-2024.csv',
  'dev-gxzf-2024.csv',
  'dev-xsz-2024.csv',
];
const YEAR = 2024;

type Table = string[][];
interface Base {
  readonly name: string;
  readonly rows: Table;
  readonly headerRow: number;
  readonly columns: Partial<Record<LedgerField, number>>;
}
interface Variant {
  readonly family: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly file: string;
  /** The table written (for a combination of rewrites); undefined for an encoding's bytes. */
  readonly rows?: Table;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---------------------------------------------------------------- writing a table

function csvCell(c: string, sep: string, quoteAll: boolean): string {
  return quoteAll || c.includes(sep) || c.includes('"') || c.includes('\n') || c.includes('\r') ? `"${c.replace(/"/g, '""')}"` : c;
}
function writeText(rows: Table, o: { sep?: string; eol?: string; quoteAll?: boolean } = {}): string {
  const sep = o.sep ?? ',';
  return rows.map((r) => r.map((c) => csvCell(c, sep, o.quoteAll ?? false)).join(sep)).join(o.eol ?? '\n') + (o.eol ?? '\n');
}
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const csv = (family: string, name: string, rows: Table): Variant => ({
  family,
  name,
  get bytes() {
    return utf8(writeText(rows));
  },
  file: `${family}-${name}.csv`,
  rows,
});

// ---------------------------------------------------------------- table helpers

/** An amount cell in 分, or undefined when it is none (a footer's 打印日期). */
function fenOf(cell: string): number | undefined {
  try {
    return cell.trim() === '' ? undefined : Number(parseLedgerAmount(cell));
  } catch {
    return undefined;
  }
}
const clone = (t: Table): Table => t.map((r) => [...r]);
const width = (t: Table) => Math.max(...t.map((r) => r.length));
/** An entry row: below the header, no period line, and a voucher or an amount (a voucher's further lines leave 日期/凭证号 blank). */
function isDataRow(b: Base, r: number): boolean {
  if (r <= b.headerRow) return false;
  const row = b.rows[r]!;
  const summary = row[b.columns.summary!] ?? '';
  const amounts = [b.columns.debit, b.columns.credit, b.columns.amount].filter((x): x is number => x !== undefined);
  const filled = (c: number | undefined) => c !== undefined && (row[c] ?? '').trim() !== '';
  return !isPeriodRow(summary) && (filled(b.columns.voucher) || amounts.some(filled)) && (filled(b.columns.functionCode) || filled(b.columns.economicCode) || filled(b.columns.voucher));
}
const PERIOD = /^(?:本期合计|本月合计|本月发生额合计|本年累计|上年结转|期初余额|承前页|过次页|年末结转|结转下年|月计|本季合计|累计|合计)/u;
const isPeriodRow = (summary: string) => PERIOD.test(summary.trim());
function periodRows(b: Base): number[] {
  return b.rows.flatMap((row, r) => (r > b.headerRow && isPeriodRow(row[b.columns.summary!] ?? '') ? [r] : []));
}
/** Insert a column at `at` (header text, cell of each data row by its index, '' elsewhere). */
function insertColumn(b: Base, rows: Table, at: number, header: string, cell: (r: number) => string): Table {
  return rows.map((row, r) => {
    const out = [...row];
    while (out.length < at) out.push('');
    out.splice(at, 0, r === b.headerRow ? header : isDataRow(b, r) ? cell(r) : '');
    return out;
  });
}
function removeColumns(rows: Table, cols: readonly number[]): Table {
  return rows.map((row) => row.filter((_, i) => !cols.includes(i)));
}

// ---------------------------------------------------------------- code names

const tables = loadCodeTables(YEAR);
function nameOf(kind: 'function' | 'economic', code: string): string {
  const table = kind === 'function' ? tables.function : tables.economic;
  return table?.entries.get(code)?.name ?? '';
}
/** A class cell to its code and its name (as written after the code, else the table's). */
function codeAndName(kind: 'function' | 'economic', cell: string): { code: string; name: string } | undefined {
  const code = parseCode(cell);
  if (code === undefined) return undefined;
  const rest = cell.slice(cell.lastIndexOf(code) + code.length).replace(/^[\s\]】)）:：\-－_/\\]+/, '');
  const name = rest.split(/[/\\>＞|｜]/).at(-1)!.trim();
  return { code, name: name !== '' && !/\d/.test(name) ? name : nameOf(kind, code) };
}

// ---------------------------------------------------------------- variant families

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

function headerFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  for (const [field, alts] of Object.entries(HEADER_ALTERNATIVES) as [LedgerField, string[]][]) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const alt of alts) {
      if (alt === b.rows[b.headerRow]![c]) continue;
      const rows = clone(b.rows);
      rows[b.headerRow]![c] = alt;
      out.push(csv('header', `${field}=${alt}`, rows));
    }
  }
  // Every field at once in another system's words.
  const sets: Record<string, Partial<Record<LedgerField, string>>> = {
    grp: { date: '凭证日期', voucher: '凭证号', summary: '摘要', debit: '借方金额', credit: '贷方金额', functionCode: '支出功能分类科目', economicCode: '部门预算支出经济分类', projectName: '项目', payee: '往来单位' },
    k3: { date: '日期', voucher: '凭证字号', summary: '摘要', debit: '借方', credit: '贷方', functionCode: '功能科目', economicCode: '经济科目', projectName: '项目名称', payee: '客商' },
    ythpt: { date: '记账日期', voucher: '凭证编号', summary: '业务摘要', debit: '本期借方', credit: '本期贷方', functionCode: '功能分类科目', economicCode: '部门经济分类科目', projectName: '预算项目', payee: '对方单位' },
  };
  for (const [set, words] of Object.entries(sets)) {
    const rows = clone(b.rows);
    for (const [field, word] of Object.entries(words) as [LedgerField, string][]) if (b.columns[field] !== undefined) rows[b.headerRow]![b.columns[field]!] = word;
    out.push(csv('header', `all=${set}`, rows));
  }
  return out;
}

function orderFamily(b: Base): Variant[] {
  const n = width(b.rows);
  const pad = (r: string[]) => [...r, ...Array<string>(n - r.length).fill('')];
  const perm = (name: string, order: number[]) => csv('order', name, b.rows.map((r, i) => (i < b.headerRow ? r : order.map((k) => pad(r)[k]!))));
  const idx = Array.from({ length: n }, (_, i) => i);
  const s = b.columns.summary!;
  const amounts = [b.columns.debit, b.columns.credit, b.columns.amount, b.columns.direction].filter((x): x is number => x !== undefined);
  return [
    perm('reversed', [...idx].reverse()),
    perm('summary-last', [...idx.filter((i) => i !== s), s]),
    perm('amounts-first', [...amounts, ...idx.filter((i) => !amounts.includes(i))]),
    perm('rotate-3', idx.map((i) => (i + 3) % n)),
  ];
}

const NOTATIONS: Record<string, (code: string, name: string) => string> = {
  'code name': (c, n) => `${c} ${n}`,
  'code-name': (c, n) => `${c}-${n}`,
  'code－name': (c, n) => `${c}－${n}`,
  'code_name': (c, n) => `${c}_${n}`,
  'code:name': (c, n) => `${c}:${n}`,
  'code　name': (c, n) => `${c}　${n}`,
  '[code]name': (c, n) => `[${c}]${n}`,
  '【code】name': (c, n) => `【${c}】${n}`,
  '(code)name': (c, n) => `(${c})${n}`,
  '[code] name': (c, n) => `[${c}] ${n}`,
  'code/name': (c, n) => `${c}/${n}`,
  codename: (c, n) => `${c}${n}`,
  'name(code)': (c, n) => `${n}(${c})`,
  'name[code]': (c, n) => `${n}[${c}]`,
  'code only': (c) => c,
  'name only': (_, n) => n,
};

function codeFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  for (const [kind, field] of [['function', 'functionCode'], ['economic', 'economicCode']] as const) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const [name, write] of Object.entries(NOTATIONS)) {
      const rows = clone(b.rows);
      for (let r = b.headerRow + 1; r < rows.length; r++) {
        const parsed = codeAndName(kind, rows[r]![c] ?? '');
        if (parsed && parsed.name !== '') rows[r]![c] = write(parsed.code, parsed.name);
      }
      out.push(csv('code', `${kind}:${name}`, rows));
    }
  }
  // 功能分类编码 + 功能分类名称 (and the economic class) in two columns.
  for (const [kind, field, words] of [
    ['function', 'functionCode', [['功能分类编码', '功能分类名称'], ['功能科目编码', '功能科目名称'], ['支出功能分类科目编码', '支出功能分类科目名称'], ['功能分类代码', '功能分类名称']]],
    ['economic', 'economicCode', [['经济分类编码', '经济分类名称'], ['部门经济分类编码', '部门经济分类名称'], ['经济科目编码', '经济科目名称'], ['经济分类代码', '经济分类名称']]],
  ] as const) {
    const c = b.columns[field];
    if (c === undefined) continue;
    for (const [codeHeader, nameHeader] of words) {
      const rows = b.rows.map((row, r) => {
        const out = [...row];
        while (out.length <= c) out.push('');
        const parsed = r > b.headerRow ? codeAndName(kind, row[c] ?? '') : undefined;
        const [code, name] = r === b.headerRow ? [codeHeader, nameHeader] : parsed ? [parsed.code, parsed.name] : [row[c] ?? '', ''];
        out.splice(c, 1, code, name);
        return out;
      });
      out.push(csv('code', `split:${codeHeader}+${nameHeader}`, rows));
    }
  }
  return out;
}

const AUX_KEYS: Record<string, Partial<Record<LedgerField, string>> & { extra?: [string, string] }> = {
  A: { functionCode: '功能分类', economicCode: '经济分类', projectName: '项目', payee: '往来单位' },
  B: { functionCode: '功能科目', economicCode: '经济科目', projectName: '项目名称', payee: '对方单位' },
  C: { functionCode: '支出功能分类', economicCode: '部门经济分类', projectName: '预算项目', payee: '客商' },
  D: { functionCode: '支出功能分类科目', economicCode: '部门预算支出经济分类', projectName: '项目', payee: '往来单位', extra: ['部门', '办公室'] },
  E: { functionCode: '功能分类科目', economicCode: '经济分类科目', projectName: '项目', payee: '供应商', extra: ['科室', '综合股'] },
};
const AUX_NOTATIONS: Record<string, (k: string, v: string) => string> = {
  'k:v': (k, v) => `${k}:${v}`,
  'k：v': (k, v) => `${k}：${v}`,
  'k=v': (k, v) => `${k}=${v}`,
  '【k:v】': (k, v) => `【${k}:${v}】`,
  '[k:v]': (k, v) => `[${k}:${v}]`,
  '[k]v': (k, v) => `[${k}]${v}`,
  'k/v': (k, v) => `${k}/${v}`,
  // Labels in other bracket pairs (一体化 单位会计核算 prints 【项目】…【功能科目】…), or inside with the value.
  '【k】v': (k, v) => `【${k}】${v}`,
  '〔k〕v': (k, v) => `〔${k}〕${v}`,
  '｛k｝v': (k, v) => `｛${k}｝${v}`,
  '{k}v': (k, v) => `{${k}}${v}`,
  '【 k 】v': (k, v) => `【 ${k} 】${v}`,
  '〔k：v〕': (k, v) => `〔${k}：${v}〕`,
};
const AUX_SEPARATORS: Record<string, string> = { ';': ';', '；': '；', ',': ',', '，': '，', '/': '/', '|': '|', space: ' ', newline: '\n', none: '' };

function auxFamily(b: Base, pick?: string): Variant[] {
  const out: Variant[] = [];
  const fields = (['functionCode', 'economicCode', 'projectName', 'payee'] as const).filter((f) => b.columns[f] !== undefined);
  const cols = fields.map((f) => b.columns[f]!);
  const at = Math.min(...cols);
  for (const [setName, keys] of Object.entries(AUX_KEYS)) {
    for (const [notation, pair] of Object.entries(AUX_NOTATIONS)) {
      for (const [sepName, sep] of Object.entries(AUX_SEPARATORS)) {
        // Without a separator only bracketed pairs can be told apart.
        if (sep === '' && !/^[【[〔｛{]/u.test(notation)) continue;
        if (pick !== undefined && pick !== `${setName} ${notation} sep=${sepName}`) continue;
        const cell = (r: number) => {
          const row = b.rows[r]!;
          const parts: string[] = [];
          if (keys.extra) parts.push(pair(keys.extra[0], keys.extra[1]));
          for (const f of fields) {
            const v = (row[b.columns[f]!] ?? '').trim();
            if (v !== '') parts.push(pair(keys[f]!, v));
          }
          return parts.join(sep);
        };
        let rows = b.rows.map((row, r) => (r === b.headerRow ? [...row] : [...row]));
        rows = insertColumn(b, rows, at, '辅助核算', cell);
        rows = removeColumns(rows, cols.map((c) => (c >= at ? c + 1 : c)));
        out.push(csv('aux', `${setName} ${notation} sep=${sepName}`, rows));
      }
    }
  }
  return out;
}

/**
 * The same entries as a 多栏明细账: the economic column removed, its classes spread over one analysis column each under a
 * group header on a second header row (借方金额分析 over 30201办公费 | 30211差旅费 …), each row's net amount (借方 − 贷方,
 * refunds and red ink negative) in the column of its class; the classes written with their codes or by their NAME only
 * (a 乡镇 多栏账), the analysis columns at the end (after 借方/贷方/余额) or before the amounts, and 借方合计 (the total of
 * the analysis) among them or not. Period lines keep their amounts in the fixed columns only.
 */
function multicolFamily(b: Base): Variant[] {
  const out: Variant[] = [];
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
        out.push(csv('multicol', `${naming} @${where}${total ? ' +合计' : ''}`, rows));
      }
    }
  }
  return out;
}

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

function extraFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const s = b.columns.summary!;
  const firstAmount = Math.min(...[b.columns.debit, b.columns.amount].filter((x): x is number => x !== undefined));
  for (const [header, cell] of Object.entries(EXTRA_COLUMNS)) {
    for (const [where, at] of [['after-summary', s + 1], ['before-amount', firstAmount], ['end', width(b.rows)]] as const) {
      out.push(csv('extra', `${header}@${where}`, insertColumn(b, b.rows, at, header, (r) => cell(r, b.rows[r]!))));
    }
  }
  // 单价 = the amount and 数量 1 (a 数量金额式 明细账).
  const amountCol = b.columns.debit ?? b.columns.amount!;
  let rows = insertColumn(b, b.rows, amountCol, '数量', () => '1');
  rows = insertColumn(b, rows, amountCol + 1, '单价', (r) => b.rows[r]![amountCol] ?? '');
  out.push(csv('extra', '数量+单价=金额', rows));
  let all = b.rows;
  for (const [header, cell] of Object.entries(EXTRA_COLUMNS)) all = insertColumn(b, all, width(all), header, (r) => cell(r, b.rows[r]!));
  out.push(csv('extra', 'all-at-end', all));
  return out;
}

const PERIOD_LABELS = ['本期合计', '本月合计', '本月发生额合计', '月计', '本季合计', '本年累计', '累计', '本月小计', '本期发生额', '月合计', '本月累计', '本年合计', '合计'];
const OPENING_LABELS = ['期初余额', '上年结转', '年初余额', '上年余额', '承前页', '上期结转'];
const CLOSING_LABELS = ['过次页', '年末结转', '结转下年', '本年累计', '期末余额'];

function periodFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const s = b.columns.summary!;
  const existing = periodRows(b).filter((r) => /本月|本期|月计/.test(b.rows[r]![s] ?? ''));
  for (const label of PERIOD_LABELS) {
    if (existing.length === 0) break;
    const rows = clone(b.rows);
    for (const r of existing) rows[r]![s] = label;
    out.push(csv('period', `rename:${label}`, rows));
  }
  // Rows added with amounts in the amount columns: an opening line at the top, a closing/carried line every 40 rows
  // and at the end. Their date empty, or the month's last day.
  const amountCol = b.columns.debit ?? b.columns.amount!;
  const data = b.rows.map((_, r) => r).filter((r) => isDataRow(b, r));
  const total = data.reduce((sum, r) => sum + (fenOf(b.rows[r]![amountCol] ?? '') ?? 0), 0);
  const money = (fen: number) => (fen / 100).toFixed(2);
  const n = width(b.rows);
  const line = (label: string, amount: string, date: string) => {
    const row = Array<string>(n).fill('');
    row[s] = label;
    row[amountCol] = amount;
    if (b.columns.direction !== undefined) row[b.columns.direction] = '借';
    if (b.columns.date !== undefined) row[b.columns.date] = date;
    return row;
  };
  for (const dated of [false, true]) {
    for (const label of OPENING_LABELS) {
      const rows = clone(b.rows);
      rows.splice(b.headerRow + 1, 0, line(label, money(total / 3), dated ? `${YEAR}-01-01` : ''));
      out.push(csv('period', `open:${label}${dated ? ' dated' : ''}`, rows));
    }
    for (const label of CLOSING_LABELS) {
      const rows = clone(b.rows);
      rows.push(line(label, money(total), dated ? `${YEAR}-12-31` : ''));
      out.push(csv('period', `close:${label}${dated ? ' dated' : ''}`, rows));
    }
    // 过次页 / 承前页 pairs every 40 rows (a printed book's page turns).
    const rows: Table = [];
    let run = 0;
    b.rows.forEach((row, r) => {
      rows.push([...row]);
      if (isDataRow(b, r)) run += fenOf(row[amountCol] ?? '') ?? 0;
      if (r > b.headerRow && (r - b.headerRow) % 40 === 0) {
        const date = dated && b.columns.date !== undefined ? row[b.columns.date] ?? '' : '';
        rows.push(line('过次页', money(run), date), line('承前页', money(run), date));
      }
    });
    out.push(csv('period', `pages${dated ? ' dated' : ''}`, rows));
  }
  return out;
}

const DATE_FORMATS: Record<string, (y: number, m: number, d: number) => string> = {
  '2024-03-05': (y, m, d) => `${y}-${p2(m)}-${p2(d)}`,
  '2024/3/5': (y, m, d) => `${y}/${m}/${d}`,
  '2024/03/05': (y, m, d) => `${y}/${p2(m)}/${p2(d)}`,
  '2024.03.05': (y, m, d) => `${y}.${p2(m)}.${p2(d)}`,
  '2024.3.5': (y, m, d) => `${y}.${m}.${d}`,
  '20240305': (y, m, d) => `${y}${p2(m)}${p2(d)}`,
  '2024年3月5日': (y, m, d) => `${y}年${m}月${d}日`,
  '2024年03月05日': (y, m, d) => `${y}年${p2(m)}月${p2(d)}日`,
  '2024-03-05 00:00:00': (y, m, d) => `${y}-${p2(m)}-${p2(d)} 00:00:00`,
  '2024/3/5 0:00:00': (y, m, d) => `${y}/${m}/${d} 0:00:00`,
  '2024-03-05T00:00:00': (y, m, d) => `${y}-${p2(m)}-${p2(d)}T00:00:00`,
  serial: (y, m, d) => String(Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000)),
  '03-05': (_, m, d) => `${p2(m)}-${p2(d)}`,
  '3月5日': (_, m, d) => `${m}月${d}日`,
};
const p2 = (n: number) => String(n).padStart(2, '0');

function dateFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const c = b.columns.date;
  if (c === undefined) return out;
  const ymd = (cell: string) => {
    const iso = parseLedgerDate(cell);
    if (iso) return iso.split('-').map(Number) as [number, number, number];
    // A date written without its year (03-05, 3月5日) by an earlier rewrite: the ledger's year.
    const md = /^(\d{1,2})[-月](\d{1,2})日?$/u.exec(cell.trim());
    return md ? ([YEAR, Number(md[1]), Number(md[2])] as [number, number, number]) : undefined;
  };
  for (const [name, write] of Object.entries(DATE_FORMATS)) {
    const rows = clone(b.rows);
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      const d = ymd(rows[r]![c] ?? '');
      if (d) rows[r]![c] = write(...d);
    }
    out.push(csv('date', name, rows));
  }
  // 月 + 日 columns in place of the date (the year is the ledger's).
  for (const [mh, dh] of [['月', '日'], ['月份', '日'], ['会计月份', '日']]) {
    const rows = b.rows.map((row, r) => {
      const out = [...row];
      const d = r > b.headerRow ? ymd(row[c] ?? '') : undefined;
      out.splice(c, 1, r === b.headerRow ? mh! : d ? String(d[1]) : '', r === b.headerRow ? dh! : d ? String(d[2]) : '');
      return out;
    });
    out.push(csv('date', `${mh}+${dh}`, rows));
  }
  return out;
}

const AMOUNT_FORMATS: Record<string, (fen: number) => string> = {
  plain: (f) => (f / 100).toFixed(2),
  thousands: (f) => (f / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  '元': (f) => `${(f / 100).toFixed(2)}元`,
  '1,234.00元': (f) => `${(f / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}元`,
  '¥': (f) => `¥${(f / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
  '￥': (f) => `￥${(f / 100).toFixed(2)}`,
  'no decimals': (f) => (f % 100 === 0 ? String(f / 100) : (f / 100).toFixed(2)),
  'one decimal': (f) => (f % 10 === 0 ? (f / 100).toFixed(1) : (f / 100).toFixed(2)),
  'padded': (f) => ` ${(f / 100).toFixed(2)} `,
};
const RED_INK: Record<string, (fen: number) => string> = {
  '-x': (f) => `-${(f / 100).toFixed(2)}`,
  '(x)': (f) => `(${(f / 100).toFixed(2)})`,
  '（x）': (f) => `（${(f / 100).toFixed(2)}）`,
  '-1,234.00': (f) => `-${(f / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
  '(1,234.00)': (f) => `(${(f / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })})`,
  '－x': (f) => `－${(f / 100).toFixed(2)}`,
  '−x': (f) => `−${(f / 100).toFixed(2)}`,
};

function amountFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const cols = [b.columns.debit, b.columns.credit, b.columns.amount].filter((x): x is number => x !== undefined);
  const rewrite = (cell: string, fmt: (f: number) => string) => {
    const f = fenOf(cell);
    return f === undefined || f < 0 ? cell : fmt(f);
  };
  for (const [name, fmt] of Object.entries(AMOUNT_FORMATS)) {
    const rows = clone(b.rows);
    for (let r = b.headerRow + 1; r < rows.length; r++) for (const c of cols) if (rows[r]![c] !== undefined) rows[r]![c] = rewrite(rows[r]![c]!, fmt);
    out.push(csv('amount', name, rows));
  }
  // Zero written as 0.00 in the empty side.
  if (b.columns.debit !== undefined && b.columns.credit !== undefined) {
    const rows = clone(b.rows);
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      if (!isDataRow(b, r)) continue;
      for (const c of [b.columns.debit, b.columns.credit]) if ((rows[r]![c] ?? '').trim() === '') rows[r]![c] = '0.00';
    }
    out.push(csv('amount', 'zero 0.00', rows));
    // Red ink: a credit on the spending account written as a negative debit.
    for (const [name, fmt] of Object.entries(RED_INK)) {
      const rows = clone(b.rows);
      let moved = 0;
      for (let r = b.headerRow + 1; r < rows.length; r++) {
        if (!isDataRow(b, r)) continue;
        const credit = (rows[r]![b.columns.credit] ?? '').trim();
        if (credit === '' || (rows[r]![b.columns.debit] ?? '').trim() !== '') continue;
        const f = fenOf(credit);
        if (f === undefined || f <= 0) continue;
        rows[r]![b.columns.debit] = fmt(f);
        rows[r]![b.columns.credit] = '';
        moved++;
      }
      if (moved > 0) out.push(csv('amount', `red ${name}`, rows));
    }
  }
  return out;
}

function encodingFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const enc = (name: string, text: string, e: string, bom: boolean, ext = 'csv') => {
    const body = iconv.encode(text, e, { addBOM: bom });
    // A character the encoding lacks (¥ U+00A5, − U+2212 in GBK) is never in such a file: no variant.
    if (iconv.decode(body, e, { stripBOM: true }) !== text) return;
    out.push({ family: 'encoding', name, bytes: new Uint8Array(body), file: `encoding-${name.replace(/\W+/g, '_')}.${ext}` });
  };
  const text = writeText(b.rows);
  enc('utf-8', text, 'utf8', false);
  enc('utf-8 BOM', text, 'utf8', true);
  enc('gbk', text, 'gbk', false);
  enc('gb18030', text, 'gb18030', false);
  enc('gb2312-ish gbk .txt', text, 'gbk', false, 'txt');
  enc('utf-16le BOM', text, 'utf16le', true);
  enc('utf-16le no BOM', text, 'utf16le', false);
  enc('utf-16be BOM', text, 'utf16be', true);
  enc('CRLF gbk', writeText(b.rows, { eol: '\r\n' }), 'gbk', false);
  enc('CRLF utf-8 BOM', writeText(b.rows, { eol: '\r\n' }), 'utf8', true);
  enc('CR only', writeText(b.rows.map((r) => r.map((c) => c.replace(/\n/g, '\r'))), { eol: '\r' }), 'utf8', false);
  enc('TSV utf-8', writeText(b.rows, { sep: '\t' }), 'utf8', false, 'txt');
  enc('TSV gbk .xls', writeText(b.rows, { sep: '\t' }), 'gbk', false, 'xls');
  enc('TSV utf-16le BOM .xls', writeText(b.rows, { sep: '\t', eol: '\r\n' }), 'utf16le', true, 'xls');
  enc('TSV utf-16le BOM .txt', writeText(b.rows, { sep: '\t', eol: '\r\n' }), 'utf16le', true, 'txt');
  enc('all quoted', writeText(b.rows, { quoteAll: true }), 'utf8', false);
  enc('all quoted gbk CRLF', writeText(b.rows, { quoteAll: true, eol: '\r\n' }), 'gbk', false);
  // ="…" text cells (an export guarding codes and voucher numbers from Excel).
  const guarded = b.rows.map((r, i) => r.map((c) => (i > b.headerRow && /^\d{5,}/.test(c) ? `="${c.replace(/"/g, '""')}"` : csvCell(c, ',', false))).join(','));
  enc('="" cells', `${guarded.join('\n')}\n`, 'utf8', true);
  // A 摘要 over two lines in a quoted cell.
  const s = b.columns.summary!;
  // Wrapped after its fourth character, or after a leading 【项目】 tag (a wrap inside the tag is another 摘要).
  const wrap = (c: string) => {
    const at = Math.max(4, c.search(/[】\]]/u) + 1);
    return c.length > at ? `${c.slice(0, at)}\n${c.slice(at)}` : c;
  };
  const multi = b.rows.map((r, i) => (isDataRow(b, i) && i % 5 === 0 ? r.map((c, k) => (k === s ? wrap(c) : c)) : r));
  enc('multi-line 摘要 LF', writeText(multi), 'utf8', false);
  enc('multi-line 摘要 CRLF gbk', writeText(multi, { eol: '\r\n' }), 'gbk', false);
  enc('multi-line 摘要 TSV', writeText(multi, { sep: '\t' }), 'utf8', false, 'txt');
  // Trailing separators and blank lines.
  enc('trailing comma', writeText(b.rows.map((r) => [...r, ''])), 'utf8', false);
  enc('blank lines', writeText(b.rows.flatMap((r, i) => (i % 15 === 0 ? [r, []] : [r]))), 'utf8', false);
  return out;
}


/** Header cells as printed ledgers and Excel exports write them: spaced, wrapped, starred, with a unit, or on two rows. */
function header2Family(b: Base): Variant[] {
  const out: Variant[] = [];
  const h = b.headerRow;
  const cell = (rows: Table, f: (c: string) => string) => {
    rows[h] = rows[h]!.map((c) => (c.trim() === '' ? c : f(c)));
    return rows;
  };
  out.push(csv('header2', 'spaced 摘　　要', cell(clone(b.rows), (c) => (c.length === 2 ? `${c[0]}　　${c[1]}` : c))));
  out.push(csv('header2', 'spaced 借 方 金 额', cell(clone(b.rows), (c) => [...c].join(' '))));
  out.push(csv('header2', 'wrapped 借方⏎金额', cell(clone(b.rows), (c) => (c.length >= 4 ? `${c.slice(0, 2)}\n${c.slice(2)}` : c))));
  out.push(csv('header2', 'starred *摘要', cell(clone(b.rows), (c) => `*${c}`)));
  out.push(csv('header2', 'unit （元）', cell(clone(b.rows), (c) => (/借|贷|金额|发生额|余额/.test(c) ? `${c}（元）` : c))));
  out.push(csv('header2', 'unit (单位：元)', cell(clone(b.rows), (c) => (/借|贷|金额|发生额|余额/.test(c) ? `${c}(单位：元)` : c))));
  // Two rows: a group cell over its sub-columns, the other headers on the upper row (merged down: the lower empty).
  const twoRows = (name: string, groups: { cols: number[]; upper: string; lower: string[] }[]) => {
    const rows = clone(b.rows);
    const upper = [...rows[h]!];
    const lower = upper.map(() => '');
    for (const g of groups) {
      g.cols.forEach((c, k) => {
        upper[c] = k === 0 ? g.upper : '';
        lower[c] = g.lower[k]!;
      });
    }
    rows.splice(h, 1, upper, lower);
    out.push(csv('header2', name, rows));
  };
  const { debit, credit, functionCode, economicCode, date, voucher } = b.columns;
  if (debit !== undefined && credit !== undefined && credit === debit + 1) {
    twoRows('金额 over 借方|贷方', [{ cols: [debit, credit], upper: '金额', lower: ['借方', '贷方'] }]);
    twoRows('本期发生额 over 借方|贷方', [{ cols: [debit, credit], upper: '本期发生额', lower: ['借方', '贷方'] }]);
    twoRows('发生额 over 借方金额|贷方金额', [{ cols: [debit, credit], upper: '发生额', lower: ['借方金额', '贷方金额'] }]);
  }
  if (functionCode !== undefined && economicCode === functionCode + 1) {
    twoRows('辅助核算 over 功能分类|经济分类', [{ cols: [functionCode, economicCode], upper: '辅助核算', lower: ['功能分类', '经济分类'] }]);
    twoRows('支出分类 over 功能|经济', [{ cols: [functionCode, economicCode], upper: '支出分类', lower: ['功能', '经济'] }]);
  }
  if (date !== undefined && voucher === date + 1) {
    twoRows('凭证 over 日期|字号', [{ cols: [date, voucher], upper: '凭证', lower: ['日期', '字号'] }]);
    twoRows('凭证 over 日期|号数', [{ cols: [date, voucher], upper: '凭证', lower: ['日期', '号数'] }]);
  }
  // Title rows: none, or a longer title block with blank lines.
  out.push(csv('header2', 'no title rows', clone(b.rows.slice(h))));
  out.push(
    csv('header2', 'long title block', [
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


/**
 * Several rewrites at once, as one system's export differs from another's in many ways together: a date format, an
 * amount format, a code notation, period lines, header words, then one change of the columns (a 辅助核算 cell, a
 * split code, 月+日, another order, an extra column, a two-row header), then an encoding.
 */
function comboFamily(b: Base, count = 60): Variant[] {
  const out: Variant[] = [];
  const rnd = rng(b.name.length * 7919 + b.rows.length);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length === 0 ? undefined : xs[Math.floor(rnd() * xs.length)]);
  const positional = (v: Variant) => !/[+]|split:|^(?:pages)/.test(v.name);
  for (let k = 0; k < count; k++) {
    let cur: Base = b;
    const steps: string[] = [];
    const apply = (v: Variant | undefined) => {
      if (!v?.rows) return;
      cur = { ...cur, rows: v.rows };
      steps.push(`${v.family}:${v.name}`);
    };
    apply(pick(dateFamily(cur).filter(positional)));
    apply(pick(amountFamily(cur)));
    apply(pick(codeFamily(cur).filter(positional)));
    apply(pick(periodFamily(cur).filter((v) => v.name.startsWith('rename'))));
    apply(pick(headerFamily(cur)));
    const structural = pick(['aux', 'split', 'monthday', 'order', 'extra', 'header2', 'none'] as const)!;
    let last: Variant | undefined;
    if (structural === 'aux') {
      const name = `${pick(Object.keys(AUX_KEYS))} ${pick(Object.keys(AUX_NOTATIONS))} sep=${pick(Object.keys(AUX_SEPARATORS).filter((s) => s !== 'none'))}`;
      last = auxFamily(cur, name)[0];
    } else if (structural === 'split') last = pick(codeFamily(cur).filter((v) => v.name.startsWith('split:')));
    else if (structural === 'monthday') last = pick(dateFamily(cur).filter((v) => v.name.includes('+')));
    else if (structural === 'order') last = pick(orderFamily(cur));
    else if (structural === 'extra') last = pick(extraFamily(cur));
    else if (structural === 'header2') last = pick(header2Family(cur));
    apply(last);
    // After a change of the columns, only the encodings that read no column (the 摘要's position is stale).
    const enc = pick(encodingFamily(cur).filter((v) => last === undefined || !v.name.startsWith('multi-line')))!;
    steps.push(`encoding:${enc.name}`);
    out.push({ family: 'combo', name: steps.join(' + '), bytes: enc.bytes, file: enc.file });
  }
  return out;
}


/**
 * The same entries with their 辅助核算 printed ON SUB-ROWS under each entry line (a GRP 账簿 printed with 显示辅助核算):
 * the function, economic, project and payee columns removed, each entry line followed by rows that carry only one cell —
 * the 摘要's, or the 会计科目's where the base has one — with `label：value` items (the label sets of AUX_KEYS), one or two
 * items per row, ： or :, indented with full-width spaces, half-width spaces or not at all.
 */
function subrowsFamily(b: Base): Variant[] {
  const out: Variant[] = [];
  const fields = (['functionCode', 'economicCode', 'projectName', 'payee'] as const).filter((f) => b.columns[f] !== undefined);
  if (fields.length < 2 || b.columns.summary === undefined) return out;
  const cols = fields.map((f) => b.columns[f]!);
  const after = (c: number) => c - cols.filter((x) => x < c).length;
  const wheres: Record<string, number> = { 摘要: after(b.columns.summary) };
  if (b.columns.account !== undefined && !cols.includes(b.columns.account)) wheres['科目'] = after(b.columns.account);
  const indents: Record<string, string> = { 全角: '　　', 半角: '    ', 无: '' };
  for (const [setName, keys] of Object.entries(AUX_KEYS)) {
    for (const colon of ['：', ':']) {
      for (const [indentName, indent] of Object.entries(indents)) {
        for (const per of [1, 2]) {
          for (const [where, at] of Object.entries(wheres)) {
            // Every combination for one label set; the others in the commonest notation.
            if (setName !== 'A' && (colon !== '：' || indentName !== '全角' || per !== 1 || where !== '摘要')) continue;
            const rows: Table = [];
            b.rows.forEach((row, r) => {
              const kept = row.filter((_, i) => !cols.includes(i));
              rows.push(kept);
              if (!isDataRow(b, r)) return;
              const items: string[] = [];
              if (keys.extra) items.push(`${keys.extra[0]}${colon}${keys.extra[1]}`);
              for (const f of fields) {
                const v = (row[b.columns[f]!] ?? '').trim();
                if (v !== '') items.push(`${keys[f]!}${colon}${v}`);
              }
              for (let i = 0; i < items.length; i += per) {
                const sub = Array<string>(Math.max(kept.length, at + 1)).fill('');
                sub[at] = indent + items.slice(i, i + per).join('　');
                rows.push(sub);
              }
            });
            out.push(csv('subrows', `${setName} ${colon} indent=${indentName} per=${per} in=${where}`, rows));
          }
        }
      }
    }
  }
  return out;
}

/**
 * The same entries as a 明细账 printed per 明细科目: the economic column removed, the entries of each class under a
 * page-info line naming the account (单位：… | 科目：7101{code} 行政支出—{group}—{name} | 期间：… | 金额单位：元) and the
 * header again — one CSV sheet with the sections one after another, or a workbook with a sheet per account; the unit
 * and period with or without their labels; the account by its code and name, or in a line of its own. Period lines are
 * left out (each section's would be its own). Only bases whose every entry line carries its own date (a voucher's
 * further lines that take the line above's cannot be regrouped).
 */
async function pagesFamily(b: Base): Promise<Variant[]> {
  const out: Variant[] = [];
  const e = b.columns.economicCode;
  if (e === undefined) return out;
  const dated = (row: readonly string[]) =>
    b.columns.date !== undefined ? (row[b.columns.date] ?? '').trim() !== '' : b.columns.month !== undefined && (row[b.columns.month] ?? '').trim() !== '';
  const data = b.rows.flatMap((row, r) => (isDataRow(b, r) ? [row] : []));
  if (data.length === 0 || !data.every(dated)) return out;
  // A 摘要 tag (【项目名】…) names a project on later rows once a project row has shown it: regrouping changes which rows
  // come later, so such a base says nothing here.
  if (b.columns.summary !== undefined && data.some((row) => /^\s*[【［[][^【】［］[\]:：]{4,40}[】］\]]/u.test(row[b.columns.summary!] ?? ''))) return out;
  const drop = b.rows[b.headerRow]!.flatMap((h, i) => (i === e || /经济(?:分类|科目).*名称/u.test(h) ? [i] : []));
  const strip = (row: readonly string[]) => row.filter((_, i) => !drop.includes(i));
  const header = strip(b.rows[b.headerRow]!);
  // Grouped by the row's own account (710101 行政支出-基本支出, where the base has a 科目 column) and class: the page's
  // account extends the row's (71010130201 行政支出-基本支出—商品和服务支出—办公费).
  const groups = new Map<string, Table>();
  const titleOf = new Map<string, string>();
  const GROUP: Record<string, string> = { '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助', '310': '资本性支出', '309': '资本性支出（基本建设）', '399': '其他支出' };
  for (const row of data) {
    const code = codeAndName('economic', row[e] ?? '')?.code ?? '';
    if (code === '') return out;
    const own = b.columns.account === undefined ? '' : (row[b.columns.account] ?? '').trim();
    const m = /^(\d{4,})\s*[-—]?\s*(\S*)$/u.exec(own);
    if (own !== '' && !m) return out;
    const key = `${m?.[1] ?? '7101'}${code}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(strip(row));
    titleOf.set(key, `${key} ${m?.[2] || '行政支出'}—${GROUP[code.slice(0, 3)] ?? '支出'}—${nameOf('economic', code) || code}`);
  }
  const account = (key: string) => titleOf.get(key)!;
  const W = Math.max(header.length, 4);
  const info = (code: string, labels: boolean): string[] => {
    const cells = labels
      ? ['单位：测试县测试局', `科目：${account(code)}`, '期间：2024年01月至2024年12月', '金额单位：元']
      : ['[000001]测试县测试局', `科目：${account(code)}`, '2024年1月—12月', '单位：元'];
    const row = Array<string>(W).fill('');
    cells.forEach((c, k) => {
      row[Math.floor((k * W) / 4)] = c;
    });
    return row;
  };
  const codes = [...groups.keys()].sort();
  for (const labels of [true, false]) {
    const rows: Table = [['明细账']];
    for (const code of codes) rows.push([], ['明细账'], info(code, labels), header, ...groups.get(code)!);
    out.push(csv('pages', `one sheet, sections${labels ? '' : ', bare unit/period'}`, rows));
  }
  {
    const rows: Table = [['明细账'], ['单位：测试县测试局　期间：2024年']];
    rows.push(header);
    for (const code of codes) rows.push([`科目：${account(code)}`], ...groups.get(code)!);
    out.push(csv('pages', 'one sheet, 科目 line alone under one header', rows));
  }
  for (const labels of [true, false]) {
    const wb = new ExcelJS.Workbook();
    for (const code of codes) {
      const ws = wb.addWorksheet(`${code}${account(code).split('—').at(-1)}`.slice(0, 31).replace(/[\\/?*[\]:]/g, ''));
      for (const row of [['明细账'], info(code, labels), header, ...groups.get(code)!]) ws.addRow(row);
      ws.mergeCells(1, 1, 1, W);
    }
    const buffer = await wb.xlsx.writeBuffer();
    const name = `sheet per account${labels ? '' : ', bare unit/period'}`;
    out.push({ family: 'pages', name, bytes: new Uint8Array(buffer as ArrayBuffer), file: `pages-${name.replace(/\W+/g, '_')}.xlsx` });
  }
  return out;
}

/**
 * The same table as an Excel workbook, as 用友/金蝶/一体化 exports write them: every cell text; amounts, dates and codes as
 * typed cells (a number with its format, a date cell); the title merged across; one sheet per month, each with its
 * header; a query-conditions sheet before the ledger.
 */
async function xlsxFamily(b: Base): Promise<Variant[]> {
  const out: Variant[] = [];
  const amountCols = new Set([b.columns.debit, b.columns.credit, b.columns.amount].filter((x): x is number => x !== undefined));
  const codeCols = new Set([b.columns.functionCode, b.columns.economicCode].filter((x): x is number => x !== undefined));
  type Typed = 'text' | 'typed' | 'typed-cn-date';
  const fill = (ws: ExcelJS.Worksheet, rows: Table, typed: Typed, headerRow: number) => {
    rows.forEach((row, r) => {
      const xr = ws.addRow([]);
      row.forEach((c, k) => {
        const cell = xr.getCell(k + 1);
        if (typed !== 'text' && r > headerRow && c.trim() !== '') {
          const fen = amountCols.has(k) ? fenOf(c) : undefined;
          const iso = k === b.columns.date ? parseLedgerDate(c) : undefined;
          if (fen !== undefined) {
            cell.value = fen / 100;
            cell.numFmt = '#,##0.00;[Red]-#,##0.00';
            return;
          }
          if (iso !== undefined) {
            cell.value = new Date(`${iso}T00:00:00Z`);
            cell.numFmt = typed === 'typed-cn-date' ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd';
            return;
          }
          if (codeCols.has(k) && /^\d+$/.test(c)) {
            cell.value = Number(c);
            return;
          }
        }
        cell.value = c;
      });
    });
  };
  const book = async (name: string, build: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const buffer = await wb.xlsx.writeBuffer();
    out.push({ family: 'xlsx', name, bytes: new Uint8Array(buffer as ArrayBuffer), file: `xlsx-${name.replace(/\W+/g, '_')}.xlsx` });
  };
  for (const typed of ['text', 'typed', 'typed-cn-date'] as const) {
    await book(typed, (wb) => fill(wb.addWorksheet('明细账'), b.rows, typed, b.headerRow));
  }
  await book('merged title', (wb) => {
    const ws = wb.addWorksheet('明细账');
    fill(ws, b.rows, 'typed', b.headerRow);
    if (b.headerRow > 0) ws.mergeCells(1, 1, 1, Math.max(2, b.rows[b.headerRow]!.length));
  });
  await book('query sheet first', (wb) => {
    fill(wb.addWorksheet('查询条件'), [['查询条件'], ['科目', '7101 行政支出'], ['期间', '2024年1月-12月'], ['币种', '人民币']], 'text', 99);
    fill(wb.addWorksheet('明细账'), b.rows, 'typed', b.headerRow);
  });
  // One sheet per month: the title and header on each, the month's rows under it.
  if (b.columns.date !== undefined) {
    await book('sheet per month', (wb) => {
      const head = b.rows.slice(0, b.headerRow + 1);
      let month = 0;
      let ws: ExcelJS.Worksheet | undefined;
      for (let r = b.headerRow + 1; r < b.rows.length; r++) {
        const iso = parseLedgerDate(b.rows[r]![b.columns.date!] ?? '');
        const m = iso ? Number(iso.slice(5, 7)) : month;
        if (m !== month || ws === undefined) {
          month = m;
          ws = wb.addWorksheet(`${m}月`);
          fill(ws, head, 'text', 99);
        }
        fill(ws, [b.rows[r]!], 'typed', -1);
      }
    });
  }
  return out;
}

const FAMILIES: Record<string, (b: Base) => Variant[] | Promise<Variant[]>> = {
  header: headerFamily,
  order: orderFamily,
  code: codeFamily,
  aux: auxFamily,
  extra: extraFamily,
  period: periodFamily,
  date: dateFamily,
  amount: amountFamily,
  encoding: encodingFamily,
  header2: header2Family,
  multicol: multicolFamily,
  subrows: subrowsFamily,
  pages: pagesFamily,
  combo: (b) => comboFamily(b),
  xlsx: xlsxFamily,
};

// ---------------------------------------------------------------- importing and comparing

interface Outcome {
  /** kept: the same entries, a class written by a name the code table does not settle imported under that name. */
  readonly status: 'pass' | 'kept' | 'refused' | 'wrong';
  readonly detail: string;
}
interface Summary {
  readonly count: number;
  readonly net: number;
  /** Each entry's date, voucher, amount, classes, nature, project and payee, sorted. */
  readonly key: string;
}
const isCode = (c: string) => /^\d+$/.test(c);
function summarize(entries: readonly LedgerEntry[]): Summary {
  const key = (e: LedgerEntry) => [e.date, e.voucher, e.amount, e.functionCode, e.economicCode, e.nature, e.projectName ?? '', e.payee ?? ''].join('|');
  return {
    count: entries.length,
    net: entries.reduce((s, e) => s + e.amount, 0),
    key: entries.map(key).sort().join('\n'),
  };
}
async function importOf(bytes: Uint8Array, file: string): Promise<{ entries: LedgerEntry[] } | { error: string }> {
  try {
    const read = await readLedgerFile(bytes, file, { fiscalYear: YEAR });
    if (read.errors.length > 0) {
      const e = read.errors[0]!;
      return { error: `${read.errors.length} 行错误，第${e.row}行 ${e.column ?? ''}：${e.message}` };
    }
    return { entries: [...read.entries] };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}
function compare(want: Summary, got: readonly LedgerEntry[]): Outcome {
  const s = summarize(got);
  if (s.count === want.count && s.net === want.net && s.key === want.key) return { status: 'pass', detail: '' };
  const wantKeys = want.key.split('\n');
  const gotKeys = s.key.split('\n');
  const missing = wantKeys.filter((k) => !gotKeys.includes(k)).slice(0, 2);
  const extra = gotKeys.filter((k) => !wantKeys.includes(k)).slice(0, 2);
  // The classes written as names and kept so (no code found): the same entries otherwise.
  const noClass = (k: string) => k.split('|').map((x, j) => (j === 3 || j === 4 ? '*' : x)).join('|');
  const wantSet = new Set(wantKeys);
  const kept =
    s.count === want.count &&
    s.net === want.net &&
    gotKeys.map(noClass).sort().join('\n') === wantKeys.map(noClass).sort().join('\n') &&
    gotKeys.filter((k) => !wantSet.has(k)).every((k) => !isCode(k.split('|')[3]!) || !isCode(k.split('|')[4]!));
  return {
    status: kept ? 'kept' : 'wrong',
    detail: `${s.count} 笔（原 ${want.count}），净额 ${(s.net / 100).toFixed(2)}（原 ${(want.net / 100).toFixed(2)}）${missing.length ? `；少 ${missing.join(' / ')}` : ''}${extra.length ? `；多 ${extra.join(' / ')}` : ''}`,
  };
}

async function loadBase(name: string): Promise<Base> {
  const bytes = readFileSync(join(dir, name));
  const table = await readTableFile(bytes, name);
  const rows: Table = Array.from({ length: table.rows.count }, (_, i) => [...table.rows.row(i)]);
  const opened = await openLedgerFile(bytes, name, YEAR);
  return { name, rows, headerRow: opened.columns.headerRow, columns: opened.columns.columns };
}

const onlyFamily = opt('--family');
const onlyBase = opt('--base');
const results: { base: string; family: string; variant: string; status: Outcome['status']; detail: string }[] = [];
for (const baseName of BASES.filter((b) => !onlyBase || b.includes(onlyBase))) {
  const base = await loadBase(baseName);
  const original = await importOf(readFileSync(join(dir, baseName)), baseName);
  if ('error' in original) throw new Error(`${baseName} does not import: ${original.error}`);
  const want = summarize(original.entries);
  // The rows written back as a plain UTF-8 CSV must import as the original does, or the base is unusable.
  const identity = await importOf(utf8(writeText(base.rows)), `${baseName}.csv`);
  const id = 'error' in identity ? { status: 'refused' as const, detail: identity.error } : compare(want, identity.entries);
  if (id.status !== 'pass') {
    results.push({ base: baseName, family: 'identity', variant: 'csv', status: id.status, detail: id.detail });
    continue;
  }
  for (const [family, make] of Object.entries(FAMILIES)) {
    if (onlyFamily && family !== onlyFamily) continue;
    for (const v of await make(base)) {
      // --dump DIR: every variant written as a file, to be read by hand.
      if (opt('--dump')) writeFileSync(join(opt('--dump')!, `${baseName}.${family}.${v.name.replace(/[^\p{L}\p{N}+@]+/gu, '_')}.${v.file.split('.').pop()}`), v.bytes);
      const got = await importOf(v.bytes, v.file);
      const outcome = 'error' in got ? { status: 'refused' as const, detail: got.error } : compare(want, got.entries);
      results.push({ base: baseName, family, variant: v.name, status: outcome.status, detail: outcome.detail });
    }
  }
}

// ---------------------------------------------------------------- report

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const lines: string[] = [];
  const families = [...new Set(results.map((r) => r.family))];
  for (const f of families) {
    const rs = results.filter((r) => r.family === f);
    const n = (s: Outcome['status']) => rs.filter((r) => r.status === s).length;
    lines.push(`${f.padEnd(9)} 通过 / pass ${n('pass')}/${rs.length}；按名称保留 / kept as named ${n('kept')}；拒绝导入 / refused ${n('refused')}；导入不同数字 / WRONG ${n('wrong')}`);
    if (!args.includes('--quiet')) {
      for (const r of rs.filter((r) => r.status !== 'pass' && r.status !== 'kept').slice(0, args.includes('--fail') ? 10_000 : 12)) {
        lines.push(`    ${r.status === 'wrong' ? 'WRONG  ' : 'refused'} ${r.base} [${r.variant.replace(/\n/g, '⏎')}] ${r.detail.replace(/\n/g, '⏎').slice(0, 240)}`);
      }
    }
  }
  const pass = results.filter((r) => r.status === 'pass').length;
  lines.push(`合计 / total: 通过 ${pass}/${results.length} = ${((pass / results.length) * 100).toFixed(1)}%；WRONG ${results.filter((r) => r.status === 'wrong').length}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = results.some((r) => r.status === 'wrong') ? 1 : 0;

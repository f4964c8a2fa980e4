/** Test support: a base printed per 明细科目 (the account on each page-info line), one CSV sheet or a workbook of a sheet each. */
import ExcelJS from 'exceljs';
import { codeAndName, isDataRow, nameOf } from './rows.ts';
import { type Base, fileVariant, type Table, type Variant, tableVariant } from './table.ts';

/**
 * The same entries as a 明细账 printed per 明细科目: the economic column removed, the entries of each class under a
 * page-info line naming the account (单位：… | 科目：7101{code} 行政支出—{group}—{name} | 期间：… | 金额单位：元) and the
 * header again — one CSV sheet with the sections one after another, or a workbook with a sheet per account; the unit
 * and period with or without their labels; the account by its code and name, or in a line of its own. Period lines are
 * left out (each section's would be its own). Only bases whose every entry line carries its own date (a voucher's
 * further lines that take the line above's cannot be regrouped).
 */
export function pagesVariants(b: Base): Variant[] {
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
    out.push(tableVariant('pages', `one sheet, sections${labels ? '' : ', bare unit/period'}`, rows));
  }
  {
    const rows: Table = [['明细账'], ['单位：测试县测试局　期间：2024年']];
    rows.push(header);
    for (const code of codes) rows.push([`科目：${account(code)}`], ...groups.get(code)!);
    out.push(tableVariant('pages', 'one sheet, 科目 line alone under one header', rows));
  }
  for (const labels of [true, false]) {
    out.push(
      fileVariant('pages', `sheet per account${labels ? '' : ', bare unit/period'}`, 'xlsx', async () => {
        const wb = new ExcelJS.Workbook();
        for (const code of codes) {
          const ws = wb.addWorksheet(`${code}${account(code).split('—').at(-1)}`.slice(0, 31).replace(/[\\/?*[\]:]/g, ''));
          for (const row of [['明细账'], info(code, labels), header, ...groups.get(code)!]) ws.addRow(row);
          ws.mergeCells(1, 1, 1, W);
        }
        return new Uint8Array(await wb.xlsx.writeBuffer());
      }),
    );
  }
  return out;
}


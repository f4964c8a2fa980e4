/**
 * A year's 记账凭证 printed to Excel (凭证打印 ▸ 输出到 Excel) is one voucher form after another: a title row
 * (记 账 凭 证), a row naming the voucher (核算单位：… | 日期：2024-03-05 | 凭证号：记-0012 | 附单据 3 张), the table's
 * header row again, the lines, a 合计 row and a signature row (read as a blank row). The lines carry no date or voucher of their own: each
 * voucher's 日期 and 凭证号 are carried down to its lines as two columns appended after the file's last column, headed
 * 日期 and 凭证号 on every header row, so the usual header synonyms map them. Precondition: at least two rows name a
 * voucher by a labelled date and a labelled voucher number, and the file's own header row holds neither.
 */
import { padRow, type RowSource, remapRows } from '../reference/table-file.ts';

const DATE = /^\s*(?:日期|凭证日期|记账日期|制单日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*$/u;
const VOUCHER = /^\s*(?:凭证号|凭证编号|凭证字号|凭证字号码)\s*[:：]\s*(\S.*?)\s*$/u;
/** The signature row under each form (主管：… 记账：… 审核：… 出纳：… 制单：…): no line of the voucher. */
const SIGNATURES = /^\s*(?:会计主管|财务主管|主管)\s*[:：].*(?:记账|制单|审核)\s*[:：]/u;

/** A header row of the printed table: it holds a 摘要 cell. */
const SUMMARY_HEADER = /^\s*摘\s*要\s*$/u;

/** The date and voucher a row names, when it names both. */
function voucherHead(row: readonly string[]): { date: string; voucher: string } | undefined {
  let date: string | undefined;
  let voucher: string | undefined;
  for (const cell of row) {
    date ??= DATE.exec(cell)?.[1];
    voucher ??= VOUCHER.exec(cell)?.[1];
  }
  return date !== undefined && voucher !== undefined ? { date: date.replace(/\s+/gu, ''), voucher } : undefined;
}

/** `rows` with each voucher form's date and number carried to its lines; `rows` itself when it is no voucher print. */
export function carryVoucherHeads(rows: RowSource): RowSource {
  const probe = Math.min(rows.count, 400);
  let heads = 0;
  let width = 0;
  for (let r = 0; r < probe; r++) {
    const row = rows.row(r);
    if (voucherHead(row) !== undefined) heads++;
    // A header row that already has a 日期 or 凭证号 column: the file is a table of its own.
    if (row.some((c) => SUMMARY_HEADER.test(c)) && row.some((c) => /^\s*(?:日期|凭证号|凭证编号|凭证字号)\s*$/u.test(c.replace(/\s+/gu, '')))) return rows;
  }
  if (heads < 2) return rows;
  // The carried values per row, found in one pass; the width is the widest row's.
  const carried: ({ date: string; voucher: string } | 'header' | undefined)[] = [];
  let current: { date: string; voucher: string } | undefined;
  for (let r = 0; r < rows.count; r++) {
    const row = rows.row(r);
    width = Math.max(width, row.length);
    const head = voucherHead(row);
    if (head) current = head;
    carried.push(row.some((c) => SUMMARY_HEADER.test(c)) ? 'header' : head ? undefined : current);
  }
  return remapRows(rows, (index) => {
    const row = rows.row(index);
    // Each form's signature row is read as the blank row it stands for (the row between two forms).
    const cells = row.filter((cell) => cell.trim() !== '');
    if (cells.length === 0 || cells.every((cell) => SIGNATURES.test(cell))) return Array<string>(width + 2).fill('');
    const out = padRow(row, width);
    const c = carried[index];
    out.push(...(c === 'header' ? ['日期', '凭证号'] : c ? [c.date, c.voucher] : ['', '']));
    return out;
  });
}

/** A generic slot column (浪潮 GS 核算项目1 … 核算项目4): each cell one 维度:代码 名称 pair, the dimension varying by account. */
const GENERIC_SLOT = /^\s*(?:核算项目|辅助核算|辅助项|核算维度|辅助核算项)\s*\d{1,2}\s*$/u;

/**
 * `rows` with the generic slot columns of a 多辅助明细账 (核算项目1 … 核算项目4, each cell one pair such as
 * 功能科目:2100403 妇幼保健机构, in an order that follows the account) joined into one 辅助核算 cell appended after the
 * last column (pairs separated by ;), which expandAuxiliaryColumns then reads like any combined cell. Precondition: a
 * header row within the first rows holds at least two such slot headers; `rows` itself otherwise.
 */
export function joinGenericSlots(rows: RowSource): RowSource {
  const probe = Math.min(rows.count, 40);
  let slots: number[] = [];
  let headerRow = -1;
  for (let r = 0; r < probe && headerRow < 0; r++) {
    // A header cell broken over lines (核算\n项目2, as a report designer wraps it) names the same slot.
    const found = rows.row(r).flatMap((cell, c) => (GENERIC_SLOT.test(cell.replace(/\s+/gu, '')) ? [c] : []));
    if (found.length >= 2) {
      slots = found;
      headerRow = r;
    }
  }
  if (headerRow < 0) return rows;
  let width = 0;
  for (let r = 0; r < rows.count; r++) width = Math.max(width, rows.row(r).length);
  return remapRows(rows, (index) => {
    const row = rows.row(index);
    const out = padRow(row, width);
    if (index === headerRow) out.push('辅助核算汇总');
    else out.push(index < headerRow ? '' : slots.map((c) => (row[c] ?? '').trim()).filter((v) => v !== '').join(';'));
    return out;
  });
}

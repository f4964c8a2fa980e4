/**
 * A 明细账 printed to a text file by an older package, the table drawn with 制表符 (src/reference/box-table.ts): the
 * title and 单位 line, the box's top, a two-line header (2024年 over 月 | 日, split by a rule drawn only under 2024年) and
 * its rule, then the page's rows, the box's bottom and 第 k 页 — pages after the first opened by a form feed. Cells are
 * padded to their width in GBK bytes. Test-only.
 */
const HEAD = [
  '                        明  细  账',
  '单位：溪山县档案馆      科目：7101 行政支出      金额单位：元',
  '┌─────┬────┬──────────┬─────┬────┬──────┬──────┐',
  '│2024年    │凭证号  │摘    要            │功能科目  │经济科目│借    方    │贷    方    │',
  '├──┬──┤        │                    │          │        │            │            │',
  '│月  │日  │        │                    │          │        │            │            │',
  '├──┼──┼────┼──────────┼─────┼────┼──────┼──────┤',
];
const BOTTOM = '└──┴──┴────┴──────────┴─────┴────┴──────┴──────┘';

/** The print of the given pages' rows, with its footer line, joined by CRLF. */
export function boxLedgerPrint(pages: readonly (readonly string[])[], footer: string): string {
  const lines = pages.flatMap((rows, k) => {
    const head = k === 0 ? HEAD : [`\f${HEAD[0]}`, ...HEAD.slice(1)];
    return [...head, ...rows, BOTTOM, `                                第 ${k + 1} 页`];
  });
  return [...lines, footer].join('\r\n');
}

/**
 * funds-block-sums (sum-mismatch): the funds block of a 绩效自评表 — a header of amount columns (年初预算数 | 全年预算数
 * | 全年执行数, with 执行率 / 分值 / 得分 beside them), its total row (资金总额) and under it one or two breakdowns of that
 * total, each opened by a row whose label starts 其中： or 按…分： (其中：财政拨款 | 上年结转; 其中：基本支出 | 项目支出).
 * Every breakdown's rows add up to the total row in every amount column. Preconditions: all rows of the block have as
 * many cells as the header (cells split by tabs, or by runs of two spaces or more; empty tab cells dropped); the total
 * row's label ends with one of fundsTotalLabels; a breakdown has two rows or more and its sum holds in at least one
 * other amount column (it is a breakdown of that total, read right). Amounts in integer hundredths.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS } from '../../config.ts';
import { type LineCell, tableLineCells } from '../../facts/table-line-cells.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const W = INDICATOR_ROWS;
type Cell = LineCell;
const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^-?\d+(?:\.\d{1,2})?$/;
const GROUP_OPEN = /^(?:其中|按[^：:]{1,8}分)[：:]/;

const hundredths = (t: string) => Math.round(Number(t.replace(/,/g, '')) * 100);

export function fundsBlockSums(facts: AuditFacts): Finding[] {
  const text = facts.text;
  const starts = facts.lineStarts;
  const lineCells = (i: number) => tableLineCells(text, starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const isTableLine = (i: number) => {
    const line = text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
    return line.includes('\t') || /\S {2,}\S/.test(line);
  };
  const out: Finding[] = [];
  for (let i = 0; i + 3 < starts.length && out.length < 5; i++) {
    if (!isTableLine(i)) continue;
    const header = lineCells(i);
    const amountCols = header.map((c, k) => (k > 0 && W.fundsAmountHeaders.some((h) => c.text.includes(h)) && !W.fundsRateHeaders.some((h) => c.text.includes(h)) ? k : -1)).filter((k) => k !== -1);
    if (amountCols.length < 2) continue;
    const totalCells = lineCells(i + 1);
    if (totalCells.length !== header.length || !W.fundsTotalLabels.some((l) => totalCells[0]!.text.endsWith(l))) continue;
    if (!amountCols.every((k) => AMOUNT.test(totalCells[k]!.text))) continue;
    const groups: Cell[][][] = [];
    for (let j = i + 2; j < starts.length && j < i + 20 && isTableLine(j); j++) {
      const row = lineCells(j);
      if (row.length !== header.length || !amountCols.every((k) => AMOUNT.test(row[k]!.text))) break;
      if (GROUP_OPEN.test(row[0]!.text)) groups.push([row]);
      else if (groups.length > 0) groups[groups.length - 1]!.push(row);
      else break;
    }
    for (const group of groups) {
      if (group.length < 2) continue;
      const fails = amountCols.filter((k) => group.reduce((s, r) => s + hundredths(r[k]!.text), 0) !== hundredths(totalCells[k]!.text));
      if (fails.length === 0 || fails.length === amountCols.length) continue;
      for (const k of fails) {
        const sum = group.reduce((s, r) => s + hundredths(r[k]!.text), 0);
        const total = totalCells[k]!;
        out.push(
          finding({
            rule: 'sum-mismatch',
            shape: 'funds-block-sum',
            severity: 'warning',
            message: `自评表资金情况“${header[k]!.text}”列：${group.map((r) => r[0]!.text.replace(GROUP_OPEN, '')).join('、')}之和为${(sum / 100).toFixed(2)}，与“${totalCells[0]!.text}”${total.text}不符（同组其他列相符）`,
            evidence: [...group.map((r) => quoteSpan(facts, r[k]!)), quoteSpan(facts, total)],
            calculation: `${group.map((r) => r[k]!.text).join(' + ')} = ${(sum / 100).toFixed(2)} ≠ ${total.text}`,
            difference: (hundredths(total.text) - sum) / 100,
          }),
        );
      }
    }
  }
  return out;
}

/**
 * The table half of sum-mismatch: a 合计 row against the rows it totals, column by column. Rows coded by
 * classification (2010301 …) nest: only the top level (shortest code) is summed; a mix of coded and uncoded
 * rows is ambiguous and not checked.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, formatExact } from '../../../core/money.ts';
import { lineOf } from '../../facts/lines.ts';
import { cellFen, modelTable, type TableRow } from '../../facts/table-model.ts';
import type { AuditFacts } from '../../facts/types.ts';
import type { RuleOptions } from './types.ts';

const TOTAL_WORDS = ['合计', '总计'];
const SKIP_WORDS = ['小计', '其中', '合计', '总计'];

export function tableSums(facts: AuditFacts, options: RuleOptions): Finding[] {
  const out: Finding[] = [];
  facts.tables.forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const unit = model.unit ?? '元';
    const totals = model.rows.filter((r) => TOTAL_WORDS.some((w) => r.label.includes(w)));
    if (totals.length !== 1) return;
    const total = totals[0]!;
    let parts: TableRow[] = model.rows.filter((r) => r !== total && !SKIP_WORDS.some((w) => r.label.startsWith(w)));
    const coded = parts.filter((r) => r.code !== null);
    if (coded.length > 0 && coded.length !== parts.length) {
      options.notChecked.push(`sum-mismatch：表${index + 1}有编码行与无编码行混排，层级不明，未核对合计`);
      return;
    }
    if (coded.length > 0) {
      const shortest = Math.min(...coded.map((r) => r.code!.length));
      parts = coded.filter((r) => r.code!.length === shortest);
    }
    if (parts.length < 2) return;
    total.cells.forEach((cell, col) => {
      if (!cell) return;
      const t = cellFen(cell, unit);
      if (!t) return;
      let sum = 0;
      let tolerance = (10 ** Math.max(0, MONEY_UNITS[unit] - t.decimals)) / 2;
      const terms: string[] = [];
      for (const r of parts) {
        const c = r.cells[col];
        if (!c) continue;
        const v = cellFen(c, unit);
        if (!v) continue;
        sum += v.fen;
        tolerance += (10 ** Math.max(0, MONEY_UNITS[unit] - v.decimals)) / 2;
        terms.push(c.text);
      }
      if (terms.length < 2) return;
      const gap = Math.abs(sum - t.fen);
      if (gap <= tolerance) return;
      out.push(
        finding({
          rule: 'sum-mismatch',
          severity: 'error',
          message: `表${index + 1}“${model.header[col] ?? `第${col + 1}列`}”列：合计${cell.text}，各行之和为${formatExact(sum, unit, false)}`,
          evidence: [
            {
              quote: cell.text,
              start: cell.start,
              end: cell.end,
              line: lineOf(facts.lineStarts, cell.start),
              cell: { table: `表${index + 1}`, row: total.label, column: model.header[col] ?? '' },
            },
          ],
          calculation: `${terms.join(' + ')} = ${formatExact(sum, unit, false)} ≠ ${cell.text}`,
          difference: gap,
        }),
      );
    });
  });
  return out;
}

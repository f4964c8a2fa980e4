/**
 * table-text-mismatch — an amount in the prose differs from the same item in a table of the same document.
 * "Same item" means the row label equals the figure's subject and the column's phase equals the figure's
 * phase (年初预算数 / 全年预算数 / 决算数). Both sides are quoted: the sentence and the cell.
 */
import { type Evidence, type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS, formatExact } from '../../core/money.ts';
import { cellFen, modelTable } from '../facts/table-model.ts';
import { lineOf } from '../facts/lines.ts';
import { precisionFen, quoteFigure } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

/** Beyond this many tables a text is a data dump, not a report; the rest are left unchecked. */
const MAX_TABLES = 50;

function clean(s: string): string {
  return s.replace(/[\s　“”"'（）()、，]/g, '');
}

export const tableTextMismatch: Rule = (facts, options) => {
  if (facts.tables.length === 0) {
    options.notChecked.push('table-text-mismatch：文本中未识别到表格，未核对正文与表格数字');
    return [];
  }
  const out: Finding[] = [];
  let unitless = 0;
  facts.tables.slice(0, MAX_TABLES).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const rowsByLabel = new Map<string, (typeof model.rows)[number]>();
    for (const r of model.rows) if (!rowsByLabel.has(clean(r.label))) rowsByLabel.set(clean(r.label), r);
    if (!model.unit) {
      unitless++;
      return;
    }
    const unit = model.unit;
    for (const f of facts.figures) {
      if (out.length > MAX_FINDINGS_PER_RULE) break;
      if (f.kind !== 'money' || f.currency !== 'CNY' || f.subject.length < 2 || f.qualifier || f.comparative) continue;
      if (f.start >= table.start && f.start < table.end) continue;
      const subject = clean(f.subject);
      const row = rowsByLabel.get(subject);
      if (!row) continue;
      const numericColumns = row.cells.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
      const columns = numericColumns.filter((i) => (f.phase === null ? numericColumns.length === 1 : model.columnPhase[i] === f.phase));
      if (columns.length !== 1) continue;
      const col = columns[0]!;
      const cell = row.cells[col]!;
      const value = cellFen(cell, unit);
      if (!value) continue;
      const cellPrecision = 10 ** Math.max(0, MONEY_UNITS[unit] - value.decimals);
      const tolerance = Math.max(cellPrecision, precisionFen(f)) / 2;
      const gap = Math.abs(value.fen - f.scaled);
      if (gap <= tolerance) continue;
      const cellEvidence: Evidence = {
        quote: cell.text,
        start: cell.start,
        end: cell.end,
        line: lineOf(facts.lineStarts, cell.start),
        value: value.fen,
        cell: { table: `表${index + 1}`, row: row.label, column: model.header[col] ?? `第${col + 1}列` },
      };
      out.push(
        finding({
          rule: 'table-text-mismatch',
          severity: 'error',
          message: `正文“${f.subject}”${f.raw}与表${index + 1}“${row.label}”行“${model.header[col] ?? ''}”列的${cell.text}${unit}不一致`,
          evidence: [quoteFigure(facts, f), cellEvidence],
          calculation: `${formatExact(f.scaled, unit)} ≠ ${cell.text}${unit}`,
          difference: gap,
        }),
      );
    }
  });
  if (unitless > 0) options.notChecked.push(`table-text-mismatch：${unitless}个表格未注明金额单位（如“单位：万元”），未与正文核对`);
  return out;
};

/**
 * The table half of score-vs-problems: in a 项目支出绩效自评表, an indicator whose 实际完成值 misses its
 * 年度指标值 (in the direction the target states: ≥, ≤) but whose 得分 equals its 分值.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { lineOf } from '../../facts/lines.ts';
import { modelTable } from '../../facts/table-model.ts';
import type { AuditFacts, TableCell } from '../../facts/types.ts';
import { cellNumber, columnOf } from './table-columns.ts';

function cellEvidence(facts: AuditFacts, cell: TableCell, table: string, row: string, column: string) {
  return { quote: cell.text, start: cell.start, end: cell.end, line: lineOf(facts.lineStarts, cell.start), cell: { table, row, column } };
}

const WORDS = RULE_WORDS['score-vs-problems'];

export function tableScores(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  facts.tables.slice(0, 50).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const target = columnOf(model, WORDS.targetColumn);
    const actual = columnOf(model, WORDS.actualColumn);
    const weight = columnOf(model, WORDS.weightColumn);
    const score = columnOf(model, WORDS.scoreColumn);
    if (target < 0 || actual < 0 || weight < 0 || score < 0) return;
    const name = `表${index + 1}`;
    for (const r of model.table.rows.slice(1)) {
      const cells = [target, actual, weight, score].map((i) => r[i]);
      if (cells.some((c) => !c)) continue;
      const [t, a, w, s] = cells.map((c) => cellNumber(c!.text));
      if (!t || !a || !w || !s || t.op === null || t.percent !== a.percent) continue;
      const missed = t.op === '>=' ? a.value < t.value : t.op === '>' ? a.value <= t.value : t.op === '<=' ? a.value > t.value : t.op === '<' ? a.value >= t.value : a.value !== t.value;
      if (!missed || s.value < w.value) continue;
      const label = r.find((c) => c.text !== '' && !cellNumber(c.text))?.text ?? `第${model.table.rows.indexOf(r) + 1}行`;
      out.push(
        finding({
          rule: 'score-vs-problems',
          severity: 'error',
          message: `指标“${label}”未达到年度指标值（目标${cells[0]!.text}，实际${cells[1]!.text}），得分却为满分${cells[3]!.text}`,
          evidence: [
            cellEvidence(facts, cells[0]!, name, label, model.header[target] ?? ''),
            cellEvidence(facts, cells[1]!, name, label, model.header[actual] ?? ''),
            cellEvidence(facts, cells[3]!, name, label, model.header[score] ?? ''),
          ],
          calculation: `${cells[1]!.text} 未达到 ${cells[0]!.text}，得分 ${cells[3]!.text} = 分值 ${cells[2]!.text}`,
        }),
      );
    }
  });
  return out;
}

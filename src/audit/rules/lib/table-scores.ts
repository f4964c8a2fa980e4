/**
 * The table half of goal-mismatch: in a 项目支出绩效自评表, an indicator whose 实际完成值 misses its 年度指标值 (in
 * the direction the target states: ≥, ≤) but whose 得分 equals its 分值 — the goal and the result told as met differ.
 * Read in tables, and in a table flattened one cell per line (分值 | ⏎ 年度指标值 | ⏎ 全年实际值 | ⏎ 得分 |).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { lineOf } from '../../facts/lines.ts';
import { modelTable } from '../../facts/table-model.ts';
import type { AuditFacts, TableCell } from '../../facts/types.ts';
import { type CellNumber, cellNumber, columnOf } from './table-columns.ts';

function cellEvidence(facts: AuditFacts, cell: TableCell, table: string, row: string, column: string) {
  return { quote: cell.text, start: cell.start, end: cell.end, line: lineOf(facts.lineStarts, cell.start), cell: { table, row, column } };
}

const WORDS = RULE_WORDS['score-vs-problems'];

/** Whether the indicator missed its target, in the direction the target states. */
function missedTarget(t: CellNumber, a: CellNumber): boolean {
  return t.op === '>=' ? a.value < t.value : t.op === '>' ? a.value <= t.value : t.op === '<=' ? a.value > t.value : t.op === '<' ? a.value >= t.value : a.value !== t.value;
}

/** One cell per line: `5 |`. */
const STACKED_CELL = /^([^|\n]*?)\s*\|\s*$/;

/**
 * A table flattened one cell per line (each line a cell and its border): the header's cells 分值, 年度指标值,
 * 全年实际值, 得分 on four lines in that order, each indicator's on four lines the same way — a number, a target
 * with its comparison (>=4754人), a number, a number. Only that pattern is read.
 */
function stackedScores(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const cells: { text: string; start: number; end: number }[] = [];
  const { text } = facts;
  // Only a text with a stacked score header is read line by line.
  if (!/得分\s*\|\s*\n/.test(text)) return out;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const m = STACKED_CELL.exec(text.slice(at, end));
    const raw = m ? m[1]!.trim() : null;
    cells.push(raw === null ? { text: '\n', start: at, end } : { text: raw, start: at + text.slice(at, end).indexOf(raw), end: at + text.slice(at, end).indexOf(raw) + raw.length });
    at = end + 1;
  }
  const has = (c: { text: string } | undefined, words: readonly string[]) => c !== undefined && words.some((w) => c.text.includes(w));
  const header = cells.findIndex((c, i) => has(c, WORDS.weightColumn) && has(cells[i + 1], WORDS.targetColumn) && has(cells[i + 2], WORDS.actualColumn) && has(cells[i + 3], WORDS.scoreColumn));
  if (header === -1) return out;
  for (let i = header + 4; i + 3 < cells.length && out.length < 20; i++) {
    const four = cells.slice(i, i + 4);
    const [w, t, a, s] = four.map((c) => (c.text === '\n' ? null : cellNumber(c.text)));
    if (!w || !t || !a || !s || t.op === null || w.op !== null || a.op !== null || s.op !== null || t.percent !== a.percent) continue;
    if (!/^\d+(?:\.\d+)?$/.test(four[0]!.text) || !/^\d+(?:\.\d+)?$/.test(four[3]!.text)) continue;
    if (!missedTarget(t, a) || s.value < w.value) continue;
    let k = i - 1;
    while (k > header && !/[\u4e00-\u9fff]/.test(cells[k]!.text)) k--;
    const label = k > header ? cells[k]!.text : '';
    const [, tc, ac, sc] = four as [TableCell, TableCell, TableCell, TableCell];
    out.push(
      finding({
        rule: 'goal-mismatch',
        severity: 'error',
        message: `指标“${label}”未达到年度指标值（目标${tc.text}，实际${ac.text}），得分却为满分${sc.text}`,
        evidence: [cellEvidence(facts, tc, '表', label, cells[header + 1]!.text), cellEvidence(facts, ac, '表', label, cells[header + 2]!.text), cellEvidence(facts, sc, '表', label, cells[header + 3]!.text)],
        calculation: `${ac.text} 未达到 ${tc.text}，得分 ${sc.text} = 分值 ${four[0]!.text}`,
      }),
    );
    i += 3;
  }
  return out;
}

export function tableScores(facts: AuditFacts): Finding[] {
  const out: Finding[] = [...stackedScores(facts)];
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
      if (!missedTarget(t, a) || s.value < w.value) continue;
      const label = r.find((c) => c.text !== '' && !cellNumber(c.text))?.text ?? `第${model.table.rows.indexOf(r) + 1}行`;
      out.push(
        finding({
          rule: 'goal-mismatch',
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

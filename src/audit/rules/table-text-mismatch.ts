/**
 * table-text-mismatch — an amount in the prose differs from the same item in the document's tables.
 * "Same item" is the cell the sentence names: the row whose label is the figure's subject (or, in 具体情况
 * sentences, the 项 / 款 named by …（款）…（项）), in the column of the figure's phase (年初预算数 / 全年预算数 /
 * 决算数, the 合计 column when a phase has several), or a 合计 row's column whose header is the subject
 * (基本支出 in 本年支出合计 | 基本支出 | 项目支出). Several tables may hold the item in different scopes: the prose
 * is wrong only when it matches none of them. Both sides are quoted: the sentence and the cell.
 */
import { type Evidence, type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS, formatExact } from '../../core/money.ts';
import { lineOf } from '../facts/lines.ts';
import { cellFen, modelTable, type TableModel } from '../facts/table-model.ts';
import type { Figure, TableCell } from '../facts/types.ts';
import { precisionFen, quoteFigure } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

/** Beyond this many tables a text is a data dump, not a report; the rest are left unchecked. */
const MAX_TABLES = 50;
/** A label shorter than this is too generic to stand for a subject it ends (支出, 合计). */
const MIN_SUFFIX_LABEL = 4;
const PHASE_WORDS = /^(年初预算数?|全年预算数?|调整后预算数?|决算数?|本年|全年)/;

/** What a table title or a section heading is about: 五、一般公共预算财政拨款支出决算表 → 一般公共预算财政拨款支出. */
function scopeOf(title: string): string {
  return clean(title)
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/(决算|预算)?(情况说明|说明|明细表|总表|表)$/, '')
    .replace(/决算$/, '');
}

/** The title line of a table: the nearest line above it that is not its unit caption. */
function tableTitle(text: string, start: number): string {
  let end = start - 1;
  for (let guard = 0; guard < 3 && end > 0; guard++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end).trim();
    if (line.length > 0 && !/单位[:：]/.test(line)) return line.length <= 40 ? line : '';
    end = from - 1;
  }
  return '';
}

function clean(s: string): string {
  return s
    .replace(/[\s　“”"'（）()、，：:]/g, '')
    .replace(/^([一二三四五六七八九十]{1,3}|\d{1,2})[.．、]?/, '');
}

interface Candidate {
  readonly cell: TableCell;
  readonly table: number;
  readonly row: string;
  readonly column: string;
  readonly fen: number;
  readonly decimals: number;
  readonly unit: TableModel['unit'] & string;
  /** Length of the label that matched: the most specific candidate is quoted first. */
  readonly specificity: number;
}

/** The row key a figure names: its subject, or the 项 / 款 of a 类款项 sentence. */
function keyOf(text: string, f: Figure, sentenceStart: number): string {
  const head = text.slice(sentenceStart, f.start);
  const item = head.lastIndexOf('（项）');
  if (item >= 0) {
    const kuan = head.lastIndexOf('（款）', item);
    const lei = head.lastIndexOf('（类）', item);
    const from = Math.max(kuan >= 0 ? kuan + 3 : -1, lei >= 0 ? lei + 3 : -1, 0);
    return clean(head.slice(from, item));
  }
  const kuan = head.lastIndexOf('（款）');
  if (kuan >= 0) {
    const lei = head.lastIndexOf('（类）', kuan);
    return clean(head.slice(lei >= 0 ? lei + 3 : 0, kuan));
  }
  return clean(f.subject);
}

function candidatesIn(model: TableModel, index: number, key: string, f: Figure, scoped: boolean): Candidate[] {
  const unit = model.unit;
  if (!unit) return [];
  const out: Candidate[] = [];
  const add = (cell: TableCell | null | undefined, row: string, col: number, specificity: number): void => {
    if (!cell) return;
    const v = cellFen(cell, unit);
    if (!v) return;
    out.push({ cell, table: index, row, column: model.header[col] ?? `第${col + 1}列`, fen: v.fen, decimals: v.decimals, unit, specificity });
  };
  const columnFor = (cells: readonly (TableCell | null)[]): number | null => {
    const numeric = cells.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
    if (f.phase === null) {
      if (numeric.length === 1) return numeric[0]!;
      // A 决算 table read for a sentence of its own section: the 决算 合计 column.
      if (!scoped) return null;
      const total = numeric.filter((i) => model.columnPhase[i] === 'final' && /合计/.test(model.header[i] ?? ''));
      return total.length === 1 ? total[0]! : null;
    }
    const phased = numeric.filter((i) => model.columnPhase[i] === f.phase);
    if (phased.length === 1) return phased[0]!;
    const total = phased.filter((i) => /合计/.test(model.header[i] ?? ''));
    return total.length === 1 ? total[0]! : null;
  };
  for (const r of model.rows) {
    const label = clean(r.label);
    if (label.length === 0) continue;
    // The row named by the subject: the same label, or a specific label the subject ends with.
    const rowKey = label.endsWith('合计') && label.length > 2 ? label.slice(0, -2) : label;
    if (key === rowKey || (rowKey.length >= MIN_SUFFIX_LABEL && key.endsWith(rowKey))) {
      const col = columnFor(r.cells);
      if (col !== null) add(r.cells[col], r.label, col, rowKey.length);
      continue;
    }
    // A 合计 row's column named by the subject (本年支出合计 | 基本支出 | 项目支出).
    if (label === '合计' || label === '总计') {
      model.header.forEach((h, col) => {
        const name = clean(h).replace(PHASE_WORDS, '');
        if (name.length >= 2 && name !== '合计' && (key === name || (name.length >= MIN_SUFFIX_LABEL && key.endsWith(name)))) {
          add(r.cells[col], r.label, col, name.length);
        }
      });
    }
  }
  return out;
}

export const tableTextMismatch: Rule = (facts, options) => {
  if (facts.tables.length === 0) {
    options.notChecked.push('table-text-mismatch：文本中未识别到表格，未核对正文与表格数字');
    return [];
  }
  const models: { model: TableModel; scope: string }[] = [];
  let unitless = 0;
  facts.tables.slice(0, MAX_TABLES).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    if (!model.unit) unitless++;
    models.push({ model, scope: scopeOf(tableTitle(facts.text, table.start)) });
  });
  const out: Finding[] = [];
  for (const f of facts.figures) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.qualifier || f.comparative) continue;
    if (facts.tables.some((t) => f.start >= t.start && f.start < t.end)) continue;
    const sentence = facts.sentences[f.sentence];
    const key = keyOf(facts.text, f, sentence?.start ?? f.start);
    if (key.length < 2) continue;
    // A sentence under 五、一般公共预算财政拨款支出决算情况说明 speaks of 五、一般公共预算财政拨款支出决算表: where a
    // table of the section's scope holds the item, only that table is read (another table may hold it in
    // another scope, e.g. all funds instead of 财政拨款).
    let own: typeof models = [];
    for (let h = facts.headings.length - 1; h >= 0 && own.length === 0; h--) {
      const heading = facts.headings[h]!;
      if (heading.start >= f.start) continue;
      const scope = scopeOf(heading.title);
      if (scope.length >= 4) own = models.filter((m) => m.scope === scope);
      if (heading.style === 'cjk') break; // up to the section's own top-level heading
    }
    let candidates = own.flatMap((m) => candidatesIn(m.model, m.model.index, key, f, true));
    if (candidates.length === 0) candidates = models.flatMap((m) => candidatesIn(m.model, m.model.index, key, f, false));
    if (candidates.length === 0) continue;
    const matches = (c: Candidate): boolean => {
      const cellPrecision = 10 ** Math.max(0, MONEY_UNITS[c.unit] - c.decimals);
      return Math.abs(c.fen - f.scaled) <= Math.max(cellPrecision, precisionFen(f)) / 2;
    };
    if (candidates.some(matches)) continue;
    const sorted = [...candidates].sort((a, b) => b.specificity - a.specificity);
    const best = sorted[0]!;
    const cellEvidence = (c: Candidate): Evidence => ({
      quote: c.cell.text,
      start: c.cell.start,
      end: c.cell.end,
      line: lineOf(facts.lineStarts, c.cell.start),
      value: c.fen,
      cell: { table: `表${c.table + 1}`, row: c.row, column: c.column },
    });
    out.push(
      finding({
        rule: 'table-text-mismatch',
        severity: 'error',
        message: `正文“${key}”${f.raw}与表${best.table + 1}“${best.row}”行“${best.column}”列的${best.cell.text}${best.unit}不一致`,
        evidence: [quoteFigure(facts, f), ...sorted.slice(0, 2).map(cellEvidence)],
        calculation: `${formatExact(f.scaled, best.unit)} ≠ ${best.cell.text}${best.unit}`,
        difference: Math.abs(best.fen - f.scaled),
      }),
    );
  }
  if (unitless > 0) options.notChecked.push(`table-text-mismatch：${unitless}个表格未注明金额单位（如“单位：万元”），未与正文核对`);
  return out;
};

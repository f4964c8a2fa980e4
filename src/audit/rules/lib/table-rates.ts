/**
 * The table half of percent-mismatch: a 执行率 column against 全年执行数 ÷ 全年预算数 of the same row
 * (项目支出绩效自评表, 预算执行情况表).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS, SEARCH_WINDOWS } from '../../config.ts';
import { lineOf } from '../../facts/lines.ts';
import { modelTable, phaseOfHeader, type TableModel } from '../../facts/table-model.ts';
import type { AuditFacts, TableFact } from '../../facts/types.ts';
import { quoteCell } from './evidence.ts';
import { cellNumber, columnOf } from './table-columns.ts';

const WORDS = RULE_WORDS['percent-mismatch'];

/**
 * 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 over 年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59%: the
 * header lost the label's column (it sits in a row above), so the row's label stands under an amount's header and
 * every cell one column off. Such a row does not line up with its header: nothing is read from it.
 */
function shiftedAgainstHeader(model: TableModel, r: TableFact['rows'][number]): boolean {
  const at = r.findIndex((c) => /[\u4e00-\u9fff]/.test(c.text) && !cellNumber(c.text));
  if (at === -1 || at >= model.header.length) return false;
  // 预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) over 年度财政资金总额 | 5 | 4.6 | 100%: a header naming the block or
  // its items (rule-words percent-mismatch.labelColumnTitles: 情况, 项目, 名称) over the labels is their column's own
  // title, whatever phase word it holds — the row lines up.
  const over = model.header[at] ?? '';
  if (WORDS.labelColumnTitles.some((w) => over.includes(w))) return false;
  return phaseOfHeader(over) !== null;
}

/**
 * A row whose per-cent stands in another column than the rate column, the rate column's own cell being a bare number
 * (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 387664.62 | 387664.62 | 10 | 100% | 10: the 全年执行数 cell
 * lost in the copy, the 分值, the rate and the 得分 each one column to the left): the cells are shifted, and the columns
 * cannot be told apart by position (dev 2233, a clean self-evaluation table, read at first contact as an execution rate
 * of 10 against 10 ÷ 387664.62).
 */
function percentElsewhere(r: TableFact['rows'][number], rate: number): boolean {
  if (/[%％]/.test(r[rate]?.text ?? '')) return false;
  return r.some((c, i) => i !== rate && /^[0-9.]+\s*[%％]$/.test(c.text.trim()));
}

/**
 * The stacked form's header, in order: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (whitespace and line breaks taken
 * out), each cell in any of its wordings (rule-words percent-mismatch.stackedHeader*: 年初预算, 调整后预算数 …).
 */
const alternatives = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
const STACKED_HEADER = new RegExp(
  `${alternatives(WORDS.stackedHeaderInitial)}.{0,12}${alternatives(WORDS.stackedHeaderBudget)}.{0,12}${alternatives(WORDS.stackedHeaderSpent)}.{0,6}${alternatives(WORDS.stackedHeaderScore)}.{0,6}${alternatives(WORDS.stackedHeaderRate)}`,
);
/** How many non-empty lines before a row its header may end (the header's cells broken over lines: 年初⏎预算数). */
const STACKED_HEADER_REACH = SEARCH_WINDOWS.stackedHeaderReach;
const AMOUNT_LINE = /^[0-9][0-9,]*(?:\.[0-9]+)?(?:万元|元)?$/;
const SCORE_LINE = /^(?:[0-9]{1,3}(?:\.[0-9]+)?|[-—–/])$/;
const RATE_LINE = /^[0-9]{1,3}(?:\.[0-9]+)?\s*[%％]$/;

/**
 * A line holding a row of the funds block with its cells set apart by single spaces (年度资金总额: 55 55 50 10 100% 10):
 * the label (one piece, Chinese, its colon kept out) and the first five cells after it, each with its place; null for a
 * line of another shape (fewer than five pieces after the label, or more than the block's six).
 */
function spacedRow(line: { text: string; start: number }): { label: { text: string; start: number; end: number }; cells: { text: string; start: number; end: number }[] } | null {
  // A tab or | row is a table's, read by its columns (tableRates below).
  if (/[\t|]/.test(line.text)) return null;
  const pieces: { text: string; start: number; end: number }[] = [];
  const re = /[^ ]+/g;
  for (let m = re.exec(line.text); m !== null; m = re.exec(line.text)) {
    pieces.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
    if (pieces.length > 7) return null;
  }
  if (pieces.length < 6) return null;
  const label = pieces[0]!;
  const text = label.text.replace(/[：:]$/, '');
  return { label: { text, start: label.start, end: label.start + text.length }, cells: pieces.slice(1, 6) };
}

/**
 * The 项目支出绩效自评表's funds block flattened one cell per line (年度资金总额 ⏎ 4753.66万元 ⏎ 4753.66万元 ⏎
 * 3824.26万元 ⏎ 10 ⏎ 100% ⏎ 10), as web and PDF copies leave it. Precondition: the lines just before hold the
 * form's header in its order — 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 — and the row is a label line followed by
 * exactly three amounts, a score (or a dash) and a per-cent (or, on one line, a label and those five cells after it,
 * set apart by single spaces, a score after them at most); the rate is then 全年执行数 ÷ 全年预算数.
 */
function stackedRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  if (!WORDS.stackedHeaderRate.some((w) => text.includes(w))) return out;
  const lines: { text: string; start: number; end: number }[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const raw = text.slice(at, end);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = at + raw.indexOf(trimmed);
      lines.push({ text: trimmed, start, end: start + trimmed.length });
    }
    at = end + 1;
  }
  for (let i = 1; i < lines.length && out.length < 10; i++) {
    // The row one cell a line (label ⏎ 55 ⏎ 55 ⏎ 50 ⏎ 10 ⏎ 100%), or on one line with its cells set apart by single
    // spaces (年度资金总额: 55 55 50 10 100% 10, as a page's text flattens the form's row).
    const row = spacedRow(lines[i]!) ?? (i + 5 < lines.length ? { label: lines[i]!, cells: lines.slice(i + 1, i + 6) } : null);
    if (!row) continue;
    const { label } = row;
    if (!/[\u4e00-\u9fff]/.test(label.text) || AMOUNT_LINE.test(label.text)) continue;
    const [b0, b, e, score, p] = row.cells as [(typeof lines)[number], (typeof lines)[number], (typeof lines)[number], (typeof lines)[number], (typeof lines)[number]];
    if (![b0, b, e].every((c) => AMOUNT_LINE.test(c.text)) || !SCORE_LINE.test(score.text) || !RATE_LINE.test(p.text)) continue;
    const header = lines.slice(Math.max(0, i - STACKED_HEADER_REACH), i).map((l) => l.text).join('').replace(/\s+/g, '');
    if (!STACKED_HEADER.test(header)) continue;
    const bn = cellNumber(b.text);
    const en = cellNumber(e.text);
    const pn = cellNumber(p.text);
    if (!bn || !en || !pn || bn.value <= 0) continue;
    const computed = (en.value / bn.value) * 100;
    const decimals = (p.text.split('.')[1] ?? '').replace(/[^0-9]/g, '').length;
    if (Math.abs(computed - pn.value) <= 0.5 / 10 ** decimals + 0.01) continue;
    out.push(
      finding({
        rule: 'percent-mismatch',
        severity: 'error',
        message: `自评表“${label.text}”行：执行率写为${p.text}，按全年执行数${e.text} ÷ 全年预算数${b.text}应为${computed.toFixed(2)}%`,
        evidence: [
          { quote: p.text, start: p.start, end: p.end, line: lineOf(facts.lineStarts, p.start) },
          { quote: e.text, start: e.start, end: e.end, line: lineOf(facts.lineStarts, e.start) },
        ],
        calculation: `${e.text} ÷ ${b.text} = ${computed.toFixed(2)}% ≠ ${p.text}`,
      }),
    );
  }
  return out;
}

/** A column header naming a share of one column in another: 决算数为年初预算数的% (links: rule-words ratioColumnLinks). */
const RATIO_HEADER = new RegExp(`^(.{2,12}?)(?:${WORDS.ratioColumnLinks.join('|')})(.{2,12}?)的?[%％]$`);

/**
 * A column whose header says what it divides by what (决算数为年初预算数的%, the 财政部 一般公共预算财政拨款支出决算表
 * form): the first other column named by the numerator (决算数 小计, the first of its group) and the first named by
 * the denominator (年初预算数; 年初预算 小计), each word without its trailing 数. Null when the header says no such
 * thing or a named column is missing.
 */
function ratioColumns(model: TableModel): { rate: number; spent: number; budget: number } | null {
  for (let rate = 0; rate < model.header.length; rate++) {
    const m = RATIO_HEADER.exec(model.header[rate]!.replace(/\s+/g, ''));
    if (!m) continue;
    const [num, den] = [m[1]!.replace(/数$/, ''), m[2]!.replace(/数$/, '')];
    const named = (w: string, other: string): number => model.header.findIndex((h, i) => i !== rate && h.includes(w) && !h.includes(other));
    const spent = named(num, den);
    const budget = named(den, num);
    if (spent >= 0 && budget >= 0) return { rate, spent, budget };
  }
  return null;
}

export function tableRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [...stackedRates(facts)];
  facts.tables.slice(0, 50).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const ratio = ratioColumns(model);
    const rate = ratio ? ratio.rate : columnOf(model, WORDS.rateColumn);
    const budget = ratio ? ratio.budget : columnOf(model, WORDS.budgetColumn, WORDS.budgetColumnExclude);
    const spent = ratio ? ratio.spent : columnOf(model, WORDS.spentColumn);
    if (rate < 0 || budget < 0 || spent < 0) return;
    for (const r of model.table.rows.slice(1)) {
      const [b, e, p] = [r[budget], r[spent], r[rate]];
      if (!b || !e || !p) continue;
      if (shiftedAgainstHeader(model, r) || percentElsewhere(r, rate)) continue;
      const bn = cellNumber(b.text);
      const en = cellNumber(e.text);
      const pn = cellNumber(p.text);
      if (!bn || !en || !pn || bn.value <= 0) continue;
      const computed = (en.value / bn.value) * 100;
      // (Under a header ending in % the cell is in per cent however small: 0.85 is 0.85 %.)
      const stated = pn.percent || ratio || pn.value > 1.5 ? pn.value : pn.value * 100;
      const decimals = (p.text.split('.')[1] ?? '').replace(/[^0-9]/g, '').length;
      if (Math.abs(computed - stated) <= 0.5 / 10 ** decimals + 0.01) continue;
      const label = r.find((c) => c.text !== '' && !cellNumber(c.text))?.text ?? `第${model.table.rows.indexOf(r) + 1}行`;
      out.push(
        finding({
          rule: 'percent-mismatch',
          severity: 'error',
          message: ratio
            ? `表${index + 1}“${label}”行：“${model.header[rate]}”写为${p.text}，按${model.header[spent]}${e.text} ÷ ${model.header[budget]}${b.text}应为${computed.toFixed(2)}%`
            : `表${index + 1}“${label}”行：执行率写为${p.text}，按执行数${e.text} ÷ 预算数${b.text}应为${computed.toFixed(2)}%`,
          evidence: [
            quoteCell(facts, p, index, label, model.header[rate] ?? ''),
            quoteCell(facts, e, index, label, model.header[spent] ?? ''),
          ],
          calculation: `${e.text} ÷ ${b.text} = ${computed.toFixed(2)}% ≠ ${p.text}`,
        }),
      );
    }
  });
  return out;
}

/**
 * goal-mismatch — the goals set (绩效目标) and the goals evaluated differ in number or in content. Goals are
 * the lines 目标1：… ; the first run of them is the set, a later run is the evaluation. Content is compared by
 * the overlap of character pairs, a crude but language-neutral measure.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import type { AuditFacts, Span } from '../facts/types.ts';
import { quoteSpan } from './lib/evidence.ts';
import { goalTargetChanges, indicatorGoalFindings } from './lib/indicator-checks.ts';
import { tableScores } from './lib/table-scores.ts';
import type { Rule } from './lib/types.ts';

interface Goal extends Span {
  readonly number: number;
  /** The goal's own words: after the marker, or the next paragraph's first sentence when the line is bare. */
  readonly content: string;
  /** The line is a table row (tab-separated cells), not prose. */
  readonly tableRow: boolean;
}

function readGoals(facts: AuditFacts): Goal[][] {
  const runs: Goal[][] = [];
  let run: Goal[] = [];
  for (const p of facts.paragraphs) {
    const line = facts.text.slice(p.start, Math.min(p.end, p.start + 12));
    if (!line.startsWith('目标')) continue;
    let k = 2;
    while (k < line.length && k < 5 && /[0-9一二三四五六七八九十]/.test(line[k]!)) k++;
    if (k === 2 || !'：、.'.includes(line[k] ?? '')) continue;
    const numText = line.slice(2, k);
    const number = /^\d+$/.test(numText) ? Number(numText) : (parseChineseNumber(numText) ?? 0);
    let content = facts.text.slice(p.start + k + 1, p.end).trim();
    if (content.length < 4) {
      const next = facts.paragraphs[p.index + 1];
      if (next) {
        const body = facts.text.slice(next.start, Math.min(next.end, next.start + 200));
        const stop = body.search(/[。；]/);
        content = stop === -1 ? body : body.slice(0, stop);
      }
    }
    // A run is one list: goals in prose lines or goals in table rows (a table after the prose list, e.g. the
    // indicator table of the evaluation, starts its own run even when its first row is not 目标1).
    const tableRow = facts.text.slice(p.start, p.end).includes('\t');
    if ((number === 1 || (run.length > 0 && run[run.length - 1]!.tableRow !== tableRow)) && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ start: p.start, end: p.end, number, content, tableRow });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const clean = s.replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export const goalMismatch: Rule = (facts, options) => {
  const tables = tableScores(facts);
  // The indicator rows' checks (lib/indicator-checks.ts) skip a row whose target a table reading already judged.
  const taken = tables.flatMap((f) => f.evidence.filter((e) => e.start !== undefined && e.end !== undefined).map((e) => ({ start: e.start!, end: e.end! })));
  return [...tables, ...indicatorGoalFindings(facts, taken), ...goalTargetChanges(facts), ...goalRuns(facts, options)];
};

/** The goals set (目标1：…) against the goals evaluated. */
const goalRuns: Rule = (facts, options) => {
  const runs = readGoals(facts);
  if (runs.length < 2) {
    options.notChecked.push(
      runs.length === 0
        ? 'goal-mismatch：未找到“目标1：…”形式的绩效目标，未比较设定目标与评价目标'
        : 'goal-mismatch：只找到一组“目标N”，未找到与之对应的另一组（设定/评价），未比较',
    );
    return [];
  }
  const set = runs[0]!;
  const evaluated = runs[1]!;
  const out: Finding[] = [];
  const first = (g: Goal[]): Span => ({ start: g[0]!.start, end: g[g.length - 1]!.end });
  if (set.length !== evaluated.length) {
    out.push(
      finding({
        rule: 'goal-mismatch',
        severity: 'error',
        message: `设定的绩效目标为${set.length}个，评价部分却列出${evaluated.length}个目标`,
        evidence: [quoteSpan(facts, first(set)), quoteSpan(facts, { start: evaluated[0]!.start, end: evaluated[evaluated.length - 1]!.end })],
        calculation: `${set.length} ≠ ${evaluated.length}`,
      }),
    );
  }
  const pairs = Math.min(set.length, evaluated.length);
  const unlike: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (similarity(set[i]!.content, evaluated[i]!.content) < options.config.goalContentMinSimilarity) unlike.push(i);
  }
  if (pairs > 0 && unlike.length * 2 >= pairs) {
    const i = unlike[0]!;
    out.push(
      finding({
        rule: 'goal-mismatch',
        severity: 'warning',
        message: `评价的目标与设定的目标内容不对应（${unlike.length}/${pairs}个不对应），如“目标${set[i]!.number}”设定为“${set[i]!.content.slice(0, 30)}”，评价的却是“${evaluated[i]!.content.slice(0, 30)}”`,
        evidence: [quoteSpan(facts, set[i]!), quoteSpan(facts, evaluated[i]!)],
      }),
    );
  }
  return out;
};

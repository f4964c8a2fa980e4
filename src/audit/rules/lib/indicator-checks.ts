/**
 * Checks of a 绩效自评表's indicator rows (facts/indicator-rows.ts), each stated with its precondition and silent when
 * the row does not meet it:
 * - standard-score (goal-mismatch): the row has a weight, a score and a 评分标准 that says the points off per unit
 *   short (少一场扣1分) in the row's unit; the score it gives the actual differs from the score entered.
 * - standard-target (goal-mismatch): the 评分标准 names the value that earns the full weight (达10场得6分) in the
 *   row's unit, and it is not the row's target (5场).
 * - missed-full (goal-mismatch): no such standard; the actual misses the target in the direction it states, yet the
 *   score equals the weight.
 * - done-but-missed (goal-mismatch): the actual misses the target, the score is cut, and the remark says 已完成.
 * - prose-missed-claimed (goal-mismatch): an analysis sentence gives an actual that misses its target, gives no reason
 *   beside it, and the report says the goals were met as planned (已按照计划完成目标).
 * - goal-restated-lower (goal-mismatch): a goal of the 年度总体目标 row is told done (实际完成情况) in the words it was
 *   set in (预期目标), one number of it lower.
 * - score-above-weight (score-vs-problems): a score above the row's weight.
 * - score-sum (sum-mismatch): a table's total row (合计 | 100 | 92) whose weight is the sum of its rows' weights (so
 *   every row was read), but whose score is not the sum of their scores.
 * Severities, words and the score tolerance: data/audit/indicator-rows.json.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS } from '../../config.ts';
import { type IndicatorRow, lowerRestatement, missesTarget, readGoalPairs, readIndicatorRows, readScoreTotals, readStandard, standardScore, unitOf } from '../../facts/indicator-rows.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import type { AuditFacts, Span } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const WORDS = INDICATOR_ROWS;
const rowsOf = new ObjectSlot<AuditFacts, readonly IndicatorRow[]>();

/** The indicator rows of the text, read once for all rules. */
export function indicatorRows(facts: AuditFacts): readonly IndicatorRow[] {
  let rows = rowsOf.get(facts);
  if (rows === undefined) {
    rows = readIndicatorRows(facts.text, WORDS);
    rowsOf.set(facts, rows);
  }
  return rows;
}

function severity(shape: string): 'error' | 'warning' | 'info' {
  return WORDS.severity[shape] ?? 'warning';
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** goal-mismatch findings of the indicator rows, except on rows whose target another reading already judged (`taken`). */
export function indicatorGoalFindings(facts: AuditFacts, taken: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  const claim = claimOfCompletion(facts.text);
  for (const row of indicatorRows(facts)) {
    if (overlapsAny(row.target, taken)) continue;
    const f = row.shape === 'prose' ? proseCheck(facts, row, claim) : rowCheck(facts, row);
    if (f) out.push(...f);
  }
  for (const pair of readGoalPairs(facts.text)) {
    const lower = lowerRestatement(pair);
    if (!lower) continue;
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'indicator-goal-restated-lower',
        severity: severity('goal-restated-lower'),
        message: `年度总体目标“目标${pair.number}”设定为“${pair.expected.text.slice(0, 40)}”，实际完成情况却写为“${pair.actual.text.slice(0, 40)}”（${lower.actual.text} < ${lower.expected.text}）`,
        evidence: [quoteSpan(facts, lower.actual), quoteSpan(facts, lower.expected)],
        calculation: `${lower.actual.text} < ${lower.expected.text}`,
      }),
    );
  }
  return out;
}

function rowCheck(facts: AuditFacts, row: IndicatorRow): Finding[] {
  const out: Finding[] = [];
  const { name, target, actual, weight, score, standard, remark } = row;
  const unit = unitOf(row);
  const missed = missesTarget(row, WORDS);
  const done = remark !== null && WORDS.doneWords.includes(remark.text);
  const std = standard ? readStandard(standard, unit, WORDS) : null;
  const tol = WORDS.scoreTolerance;
  // The standard names the value that earns the full weight, and the target column says another.
  if (std?.target && weight && std.target.points === weight.value && std.target.value !== target.value && (target.op === null || target.op === '>=')) {
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'indicator-standard-target',
        severity: severity('standard-target'),
        message: `指标“${name.text}”的年度指标值为${target.text}，而其评分标准以“${std.target.text}”为满分条件，两处目标不一致`,
        evidence: [quoteSpan(facts, { start: name.start, end: actual.end }), quoteSpan(facts, std.target)],
        calculation: `${target.value}${unit} ≠ ${std.target.value}${std.target.unit}`,
      }),
    );
  }
  const expected = std && weight && score ? standardScore(row, std) : null;
  if (expected !== null && score) {
    if (Math.abs(expected - score.value) > tol) {
      const base = std?.target?.value ?? target.value;
      out.push(
        finding({
          rule: 'goal-mismatch',
          shape: 'indicator-standard-score',
          severity: severity('standard-score'),
          message: `指标“${name.text}”实际完成${actual.text}（目标${target.text}），按其评分标准应得${fmt(expected)}分，自评得分却为${score.text}分${done && missed ? `，并注明“${remark!.text}”` : ''}`,
          evidence: [quoteSpan(facts, { start: name.start, end: actual.end }), quoteSpan(facts, standard!), quoteSpan(facts, score)],
          calculation:
            actual.value >= base
              ? `${actual.value} ≥ ${base}：应得满分${fmt(expected)} ≠ ${score.value}`
              : `${weight!.value} − ${std!.deduction!.points} × ⌈(${base} − ${actual.value}) ÷ ${std!.deduction!.step}⌉ = ${fmt(expected)} ≠ ${score.value}`,
        }),
      );
    }
    return out;
  }
  if (missed === true && weight && score && score.value >= weight.value - tol) {
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'indicator-missed-full',
        severity: severity('missed-full'),
        message: `指标“${name.text}”未达到年度指标值（目标${target.text}，实际${actual.text}），得分却为满分${score.text}${done ? `，并注明“${remark!.text}”` : ''}`,
        evidence: [quoteSpan(facts, { start: name.start, end: actual.end }), quoteSpan(facts, score)],
        calculation: `${actual.text} 未达到 ${target.text}，得分 ${score.text} = 分值 ${weight.text}`,
      }),
    );
  } else if (missed === true && done && remark) {
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'indicator-done-but-missed',
        severity: severity('done-but-missed'),
        message: `指标“${name.text}”实际${actual.text}未达到年度指标值${target.text}，却注明“${remark.text}”`,
        evidence: [quoteSpan(facts, { start: name.start, end: actual.end }), quoteSpan(facts, remark)],
        calculation: `${actual.text} 未达到 ${target.text}`,
      }),
    );
  }
  return out;
}

/** Where the report says its goals were met as planned (已按照计划完成目标), if it does. */
function claimOfCompletion(text: string): Span | null {
  for (const w of WORDS.claimedDoneWords) {
    const at = text.indexOf(w);
    if (at !== -1) return { start: at, end: at + w.length };
  }
  return null;
}

/** How far after a sentence's actual a reason for missing the target is looked for (to the sentence's end at most). */
const REASON_REACH = 80;

function proseCheck(facts: AuditFacts, row: IndicatorRow, claim: Span | null): Finding[] {
  if (claim === null || missesTarget(row, WORDS) !== true) return [];
  const after = facts.text.slice(row.actual.end, row.actual.end + REASON_REACH);
  const stop = after.search(/[。\n]/);
  const rest = stop === -1 ? after : after.slice(0, stop);
  if (WORDS.reasonWords.some((w) => rest.includes(w))) return [];
  return [
    finding({
      rule: 'goal-mismatch',
      shape: 'indicator-prose-missed-claimed',
      severity: severity('prose-missed-claimed'),
      message: `“${row.name.text}”实际完成${row.actual.text}，未达到指标值${row.target.text}，未说明原因，报告却称“${facts.text.slice(claim.start, claim.end)}”`,
      evidence: [quoteSpan(facts, { start: row.target.start, end: row.actual.end }), quoteSpan(facts, claim)],
      calculation: `${row.actual.text} 未达到 ${row.target.text}`,
    }),
  ];
}

/** score-vs-problems findings of the indicator rows: a score above its weight. */
export function indicatorScoreFindings(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const row of indicatorRows(facts)) {
    const { weight, score } = row;
    if (!weight || !score || score.value <= weight.value + WORDS.scoreTolerance) continue;
    out.push(
      finding({
        rule: 'score-vs-problems',
        shape: 'indicator-score-above-weight',
        severity: severity('score-above-weight'),
        message: `指标“${row.name.text}”得分${score.text}高于其分值${weight.text}`,
        evidence: [quoteSpan(facts, weight), quoteSpan(facts, score)],
        calculation: `${score.value} > ${weight.value}`,
      }),
    );
  }
  return out;
}

/** sum-mismatch findings of the self-evaluation tables: a total score other than the sum of the rows' scores. */
export function indicatorSumFindings(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const tol = WORDS.scoreTolerance;
  for (const t of readScoreTotals(facts.text, WORDS)) {
    if (t.rows.length < 2) continue;
    const weights = t.rows.reduce((s, r) => s + r.weight.value, 0);
    const scores = t.rows.reduce((s, r) => s + r.score.value, 0);
    // Precondition: the weights add up to the total weight — every row of the table was read.
    if (Math.abs(weights - t.weight.value) > tol || Math.abs(scores - t.score.value) <= tol) continue;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'indicator-score-sum',
        severity: severity('score-sum'),
        message: `自评表“${t.label.text}”得分为${t.score.text}，但各指标得分之和为${fmt(scores)}（各指标分值之和${fmt(weights)}与合计分值相符）`,
        evidence: [quoteSpan(facts, t.score), quoteSpan(facts, t.label)],
        calculation: `${t.rows.map((r) => r.score.text).join(' + ')} = ${fmt(scores)} ≠ ${t.score.text}`,
        difference: Math.round((t.score.value - scores) * 100) / 100,
      }),
    );
  }
  return out;
}

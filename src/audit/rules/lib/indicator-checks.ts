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
 * - goal-target-changed (goal-mismatch): an indicator the goal list sets a target for is evaluated against another
 *   target (goalTargetChanges, its preconditions there).
 * - goal-restated-lower (goal-mismatch): a goal of the 年度总体目标 row is told done (实际完成情况) in the words it was
 *   set in (预期目标), one number of it lower.
 * - score-above-weight (score-vs-problems): a score above the row's weight.
 * - score-sum (sum-mismatch): a table's total row (合计 | 100 | 92) whose weight is the sum of its rows' weights (so
 *   every row was read), but whose score is not the sum of their scores.
 * Severities, words and the score tolerance: data/audit/indicator-rows.json.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS, RULE_WORDS } from '../../config.ts';
import { type IndicatorRow, lowerRestatement, missesTarget, readGoalPairs, readIndicatorRows, readScoreTables, readStandard, readStatedScoreTotals, standardScore, unitOf } from '../../facts/indicator-rows.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import type { AuditFacts, Span } from '../../facts/types.ts';
import { anyWord } from '../../facts/word-pattern.ts';
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

/**
 * sum-mismatch findings of the self-evaluation tables: a total score other than the sum of the rows' scores — the
 * table's own total row (合计 | 100 | 92), or, for a table without one, the sentence stating its total weight and total
 * score (项目各项指标分值合计100分，自评得分97分). Precondition either way: the rows' weights add up to the total weight
 * stated (every row was read); for a sentence also that it is the only one stating that weight with a score, and that
 * no other table without a total row has rows adding up to it (which table it sums up is then certain).
 */
export function indicatorSumFindings(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const tol = WORDS.scoreTolerance;
  const tables = readScoreTables(facts.text, WORDS);
  const sum = (rows: readonly { weight: { value: number }; score: { value: number } }[], k: 'weight' | 'score') => rows.reduce((s, r) => s + r[k].value, 0);
  for (const table of tables) {
    const t = table.total;
    if (!t || t.rows.length < 2) continue;
    const weights = sum(t.rows, 'weight');
    const scores = sum(t.rows, 'score');
    // Precondition: the weights add up to the total weight — every row of the table was read.
    if (Math.abs(weights - t.weight.value) > tol || Math.abs(scores - t.score.value) <= tol) continue;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'indicator-score-sum',
        severity: table.spaced === true && severity('score-sum') === 'error' ? 'warning' : severity('score-sum'),
        message: `自评表“${t.label.text}”得分为${t.score.text}，但各指标得分之和为${fmt(scores)}（各指标分值之和${fmt(weights)}与合计分值相符）`,
        evidence: [quoteSpan(facts, t.score), quoteSpan(facts, t.label)],
        calculation: `${t.rows.map((r) => r.score.text).join(' + ')} = ${fmt(scores)} ≠ ${t.score.text}`,
        difference: Math.round((t.score.value - scores) * 100) / 100,
      }),
    );
  }
  const open = tables.filter((t) => t.total === null && t.closed.length >= 2);
  if (open.length === 0) return out;
  const stated = readStatedScoreTotals(facts.text, WORDS);
  for (const s of stated) {
    // One sentence states that total weight with a score; one table's rows add up to it.
    const same = stated.filter((x) => Math.abs(x.weight.value - s.weight.value) <= tol);
    if (same.some((x) => Math.abs(x.score.value - s.score.value) > tol) || same[0] !== s) continue;
    const fitting = open.filter((t) => Math.abs(sum(t.closed, 'weight') - s.weight.value) <= tol);
    if (fitting.length !== 1) continue;
    const rows = fitting[0]!.closed;
    const scores = sum(rows, 'score');
    if (Math.abs(scores - s.score.value) <= tol) continue;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'indicator-score-sum',
        severity: severity('score-sum'),
        message: `文中写得分${s.score.text}分，但自评表各指标得分之和为${fmt(scores)}分（各指标分值之和${fmt(sum(rows, 'weight'))}与文中分值合计${s.weight.text}分相符）`,
        evidence: [quoteSpan(facts, s.score), quoteSpan(facts, { start: rows[0]!.weight.start, end: rows[rows.length - 1]!.score.end })],
        calculation: `${rows.map((r) => r.score.text).join(' + ')} = ${fmt(scores)} ≠ ${s.score.text}`,
        difference: Math.round((s.score.value - scores) * 100) / 100,
      }),
    );
  }
  return out;
}

/** A target as a goal or an evaluation states it: the indicator's name, its comparison, value and unit. */
interface StatedTarget extends Span {
  readonly name: string;
  readonly op: '>=' | '<=';
  readonly value: number;
  readonly unit: string;
}

const GOAL_WORDS = RULE_WORDS['goal-mismatch'];
const AT_LEAST = WORDS.comparisons.filter((c) => c.op === '>=').map((c) => c.word);
const AT_MOST = WORDS.comparisons.filter((c) => c.op === '<=').map((c) => c.word);
const OPS = anyWord([...AT_LEAST, ...AT_MOST]);
/** A unit after a target's number: a per-cent sign, or a short run of measure words (万人次, 件, 亿元). */
const UNIT = '([%％]|[\\u4e00-\\u9fff/]{1,4})?';
/** 1.门急诊人次≥28万人次； / 结案率≥90%； — an item of a goal list: a name, a comparison, a number and its unit. */
const GOAL_ITEM = new RegExp(`(?<=^|[：:；;，,。、\\n\\s])(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[)）])?([\\u4e00-\\u9fff（）()]{2,16}?)(${OPS})\\s*(\\d+(?:\\.\\d+)?)${UNIT}(?=[；;，,。、\\n]|$)`, 'g');
/** 门急诊29.46万人次，目标值≥26万人次 — an actual and the target the evaluation states for it right after. */
const EVALUATED = new RegExp(
  `(?<=^|[：:；;，,。\\n\\s])([\\u4e00-\\u9fff]{2,12}?)\\d+(?:\\.\\d+)?${UNIT}[，,]\\s*(?:${anyWord(GOAL_WORDS.targetLeads)})为?\\s*((${OPS})\\s*(\\d+(?:\\.\\d+)?)${UNIT})(?=[；;，,。、\\n]|$)`,
  'g',
);

function opOf(word: string): '>=' | '<=' {
  return AT_LEAST.includes(word) ? '>=' : '<=';
}

/** The unit a name gives in brackets at its end (结案率（%）), and the name without it. */
function bracketUnit(name: string): { name: string; unit: string } {
  const m = /[（(]([^（()）]{1,4})[)）]$/.exec(name);
  return m ? { name: name.slice(0, m.index), unit: m[1]! } : { name, unit: '' };
}

/**
 * An indicator's name as a key: without a lead of the year (全年, 年度), without a bracketed unit, and without the
 * unit's noun at its end (门急诊人次 in 万人次 → 门急诊, as 门急诊29.46万人次 names it).
 */
function nameKey(name: string, unit: string): string {
  let key = name.replace(/[\s“”"]/g, '');
  for (const w of GOAL_WORDS.nameLeads) if (key.startsWith(w) && key.length > w.length + 1) key = key.slice(w.length);
  const noun = unit.replace(/^[万亿千百]/, '');
  if (noun.length > 0 && key.endsWith(noun) && key.length > noun.length + 1) key = key.slice(0, key.length - noun.length);
  return key;
}

const normalUnit = (u: string): string => u.replace('％', '%');

/** The targets of the goal lists: items after a goal-set opener (绩效目标为：, 目标如下：) in its paragraph. */
function goalsSet(facts: AuditFacts): StatedTarget[] {
  const out: StatedTarget[] = [];
  for (const p of facts.paragraphs) {
    const text = facts.text.slice(p.start, p.end);
    let from = -1;
    for (const w of GOAL_WORDS.goalSetOpeners) {
      const at = text.indexOf(w);
      if (at !== -1 && (from === -1 || at < from)) from = at + w.length;
    }
    if (from === -1) continue;
    const body = text.slice(from);
    GOAL_ITEM.lastIndex = 0;
    for (let m = GOAL_ITEM.exec(body); m !== null; m = GOAL_ITEM.exec(body)) {
      const unit = normalUnit(m[4] ?? '');
      const start = p.start + from + m.index;
      out.push({ name: nameKey(m[1]!, unit), op: opOf(m[2]!), value: Number(m[3]), unit, start, end: start + m[0].length });
    }
  }
  return out;
}

/** The targets the evaluation states: the indicator rows' 年度指标值 and prose 实际…，目标值≥N. */
function targetsEvaluated(facts: AuditFacts, goals: readonly StatedTarget[]): StatedTarget[] {
  const out: StatedTarget[] = [];
  const inGoals = (at: number): boolean => goals.some((g) => g.start <= at && at < g.end);
  for (const row of indicatorRows(facts)) {
    const op = row.target.op;
    if (op !== '>=' && op !== '<=') continue;
    const named = bracketUnit(row.name.text.trim());
    const unit = normalUnit(row.target.unit || named.unit);
    if (inGoals(row.target.start)) continue;
    out.push({ name: nameKey(named.name, unit), op, value: row.target.value, unit, start: row.name.start, end: row.target.end });
  }
  EVALUATED.lastIndex = 0;
  for (let m = EVALUATED.exec(facts.text); m !== null; m = EVALUATED.exec(facts.text)) {
    if (inGoals(m.index)) continue;
    const unit = normalUnit(m[6] ?? '');
    if (normalUnit(m[2] ?? '') !== unit) continue;
    const start = m.index + m[0].length - m[3]!.length;
    out.push({ name: nameKey(m[1]!, unit), op: opOf(m[4]!), value: Number(m[5]), unit, start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * goal-target-changed (goal-mismatch): an indicator the goal list sets a target for (绩效目标为：…结案率≥90%；…) is
 * evaluated against another target (the self-evaluation table's 结案率（%）| ≥95, or 门急诊29.46万人次，目标值≥26万人次).
 * Preconditions, each certain: the goal list is the one a goal-set opener (rule-words goal-mismatch.goalSetOpeners)
 * leads in its paragraph; the names are one key (whole names, year leads and the unit's noun aside — 结案率 is not
 * 法定审限内结案率); the goal list sets that indicator once; both state a unit, the same, and the same direction (≥ or
 * ≤); the evaluation's line says nothing of an adjustment (goal-mismatch.adjustWords). Then the targets differ.
 */
export function goalTargetChanges(facts: AuditFacts): Finding[] {
  const goals = goalsSet(facts);
  if (goals.length === 0) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const t of targetsEvaluated(facts, goals)) {
    if (t.unit === '' || t.name.length < 2) continue;
    const same = goals.filter((g) => g.name === t.name);
    if (same.length !== 1) continue;
    const g = same[0]!;
    if (g.unit !== t.unit || g.op !== t.op || g.value === t.value) continue;
    const lineStart = facts.text.lastIndexOf('\n', t.start) + 1;
    const lineEnd = facts.text.indexOf('\n', t.end);
    const line = facts.text.slice(lineStart, lineEnd === -1 ? facts.text.length : lineEnd);
    if (GOAL_WORDS.adjustWords.some((w) => line.includes(w))) continue;
    if (seen.has(t.name)) continue;
    seen.add(t.name);
    const sign = (x: StatedTarget): string => `${x.op === '>=' ? '≥' : '≤'}${x.value}${x.unit}`;
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'goal-target-changed',
        severity: severity('goal-target-changed'),
        message: `“${t.name}”的绩效目标设定为${sign(g)}，评价时却按${sign(t)}衡量，前后目标值不一致`,
        evidence: [quoteSpan(facts, t), quoteSpan(facts, g)],
        calculation: `${sign(t)} ≠ ${sign(g)}`,
      }),
    );
  }
  return out;
}

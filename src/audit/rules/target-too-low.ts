/**
 * target-too-low — completion far above target (≥ 150 % by default) with no explanation. 财预〔2020〕10号
 * asks for the reason and for a lower score when the year-start target was set too low.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { RULE_WORDS } from '../config.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import { indicatorRows } from './lib/indicator-checks.ts';
import { goalItems, type NamedTarget, similarity } from './lib/goal-items.ts';
import { quoteSentenceAt } from './lib/evidence.ts';
import { INDICATOR_ROWS } from '../config.ts';
import { anyWord } from '../facts/word-pattern.ts';
import type { AuditFacts } from '../facts/types.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

const COMPLETION_WORDS = RULE_WORDS['target-too-low'].completion;
const GROWTH_WORDS = RULE_WORDS['target-too-low'].growth;
/** Words naming a budget as the base of the rate (data/audit/rule-words.json target-too-low.budgetBase). */
const BUDGET_BASE_WORDS = RULE_WORDS['target-too-low'].budgetBase;

/** （2023年实际96.5%） in an indicator's name: an earlier year's actual (groups: year, value, %). */
const PRIOR_ACTUAL = new RegExp(`[（(]\\s*(\\d{4})年度?(?:${anyWord(RULE_WORDS['target-too-low'].priorActualWords)})[为:：]?\\s*(\\d+(?:\\.\\d+)?)(%?)\\s*[）)]`);

/**
 * 城乡居民基本医疗保险参保率（2023年实际96.5%） ≥80% 96.8%: an indicator row whose name states in brackets the actual of an
 * earlier year than the report's (priorActualWords), and whose target is a lower bound (≥, >) of the same unit below that
 * actual — a target set under what was already reached, met without effort. Preconditions: the report's year known and
 * the bracketed year before it; the target's op a lower bound; units equal (% with %, none with none). A 警告.
 */
function belowPriorActual(facts: AuditFacts, year: number | null): Finding[] {
  if (year === null) return [];
  const out: Finding[] = [];
  for (const row of indicatorRows(facts)) {
    const m = PRIOR_ACTUAL.exec(row.name.text);
    if (!m || Number(m[1]) >= year) continue;
    const t = row.target;
    if ((t.op !== '>=' && t.op !== '>') || (t.unit === '%') !== (m[3] === '%')) continue;
    const prior = Number(m[2]);
    if (!(t.value < prior)) continue;
    out.push(
      finding({
        rule: 'target-too-low',
        shape: 'below-prior-actual',
        severity: 'warning',
        message: `指标“${row.name.text}”的目标值${t.text}低于其${m[1]}年实际${m[2]}${m[3]}，目标设定偏低`,
        evidence: [quoteSpan(facts, { start: row.name.start, end: t.end })],
        calculation: `${t.value}${m[3]} < ${prior}${m[3]}`,
      }),
    );
  }
  return out;
}

const TT_WORDS = RULE_WORDS['target-too-low'];
/** （上年实际完成80.6万人） right after a prose target (groups: number, unit). */
const PRIOR_ACTUAL_PROSE = new RegExp(
  `^[（(]\\s*(?:${anyWord(TT_WORDS.priorYearLeads)}|(?:19|20)\\d{2}年度?)的?(?:${anyWord(TT_WORDS.priorActualWords)})[为:：]?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([^）)\\d\\s]{0,4})\\s*[）)]`,
);

/**
 * 城乡居民医保参保人数：年度目标78.5万人（上年实际完成80.6万人），实际完成79.2万人: a target stated in prose right after a
 * target word (proseTargetLeads), then a bracket with last year's actual (a priorYearLeads word or a year before the
 * report's; priorActualWords) in the same unit, larger than the target — set below what was already reached (former
 * test33 2744, 2750). Preconditions: no reverseWords word (控制, 以下, 下降 …) in the target's clause or in the bracket;
 * a year in the bracket before the report's. A 警告.
 */
function belowPriorActualProse(facts: AuditFacts, year: number | null): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  for (const f of facts.figures) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if ((f.kind !== 'count' && f.kind !== 'percent') || f.comparative || f.qualifier) continue;
    if (!TT_WORDS.proseTargetLeads.some((w) => f.label.endsWith(w) || f.label.endsWith(`${w}为`) || f.label.endsWith(`${w}：`))) continue;
    const m = PRIOR_ACTUAL_PROSE.exec(text.slice(f.end, f.end + 40));
    if (!m) continue;
    const bracket = m[0];
    const y = /((?:19|20)\d{2})年/.exec(bracket);
    if (y && (year === null || Number(y[1]) >= year)) continue;
    if ((m[2] ?? '') !== f.unit) continue;
    let k = f.start;
    while (k > 0 && f.start - k < 60 && !'，。；：\n'.includes(text[k - 1]!)) k--;
    const clause = text.slice(k, f.end) + bracket;
    if (TT_WORDS.reverseWords.some((w) => clause.includes(w))) continue;
    const target = f.scaled / 10 ** f.decimals;
    const prior = Number(m[1]!.replace(/,/g, ''));
    if (!(target < prior)) continue;
    out.push(
      finding({
        rule: 'target-too-low',
        shape: 'below-prior-actual-prose',
        severity: 'warning',
        message: `目标值${f.raw}低于上年实际${m[1]}${m[2]}，目标设定偏低`,
        evidence: [quoteSpan(facts, { start: f.start, end: f.end + bracket.length })],
        calculation: `${f.numberText} < ${m[1]}`,
      }),
    );
  }
  return out;
}

const TTL = RULE_WORDS['target-too-low'];
const LOWER_BOUNDS: readonly string[] = TTL.lowerBoundWords;

/**
 * 受益学生人数：年度目标不少于18,200人，实际18,196人。较上年减少412人: a lower-bound target (a proseTargetLeads word and a
 * lowerBoundWords word at its label's end), the year's actual right after it (an actualWords word ending its label) and
 * right after that the actual's change against last year (a changeBases word with a direction: changeDown / changeUp),
 * all counts of one measure word in one paragraph, no other count between — last year's actual is the actual plus the fall
 * (or less the rise); a target below it was set under what was already reached. Preconditions: no reverseWords word in
 * the paragraph up to the target (a target to keep something low). A 警告.
 */
function belowDerivedPrior(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  const amount = (i: number): number => fs[i]!.scaled / 10 ** fs[i]!.decimals;
  for (let i = 0; i + 2 < fs.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const t = fs[i]!;
    const a = fs[i + 1]!;
    const d = fs[i + 2]!;
    if (t.kind !== 'count' || a.kind !== 'count' || d.kind !== 'count' || t.unit !== a.unit || a.unit !== d.unit) continue;
    const tl = t.label.replace(/\s/g, '');
    const bound = LOWER_BOUNDS.find((w) => tl.endsWith(w));
    if (!bound || !TTL.proseTargetLeads.some((w) => tl.slice(0, -bound.length).endsWith(w))) continue;
    if (!TTL.actualWords.some((w) => a.label.replace(/[\s：:，,]/g, '').endsWith(w))) continue;
    const dl = d.label.replace(/\s/g, '');
    if (!TTL.changeBases.some((w) => dl.includes(w))) continue;
    const down = TTL.changeDown.some((w) => dl.endsWith(w));
    const up = TTL.changeUp.some((w) => dl.endsWith(w));
    if (down === up) continue;
    const para = facts.paragraphs.find((p) => p.start <= t.start && d.end <= p.end);
    // (The reverse words read up to the target only: the change after it holds 减少 on purpose.)
    if (!para || TTL.reverseWords.some((w) => facts.text.slice(para.start, t.end).includes(w))) continue;
    const prior = down ? amount(i + 1) + amount(i + 2) : amount(i + 1) - amount(i + 2);
    if (!(amount(i) < prior)) continue;
    out.push(
      finding({
        rule: 'target-too-low',
        shape: 'below-derived-prior',
        severity: 'warning',
        message: `目标${t.raw}低于上年实际：本年实际${a.raw}，${down ? '较上年减少' : '较上年增加'}${d.raw}，上年实际应为${prior}${t.unit}，目标定在已达到的水平之下`,
        evidence: [quoteSpan(facts, { start: t.start - Math.min(tl.length, 20), end: d.end })],
        calculation: `${a.numberText} ${down ? '+' : '−'} ${d.numberText} = ${prior} > ${t.numberText}`,
      }),
    );
  }
  return out;
}

export const targetTooLow: Rule = (facts, options) => {
  const threshold = options.config.overCompletionPercent;
  const out: Finding[] = [];
  // Precondition: a performance report (自评报告, 评价报告, 绩效目标表 …). A 部门决算 / 部门预算 text reports work done and
  // money (已争取资金13.59亿元，完成目标任务154.4%) against no performance target whose setting 财预〔2020〕10号 scores.
  if (facts.title.documentKind === 'final-accounts' || facts.title.documentKind === 'budget') return out;
  out.push(...belowPriorActual(facts, options.fiscalYear));
  out.push(...belowPriorActualProse(facts, options.fiscalYear));
  out.push(...belowDerivedPrior(facts));
  out.push(...goalBelowPriorStated(facts, options.fiscalYear, options.config.goalRestatedMinSimilarity, options.config.goalBelowPriorRatePoints));
  for (const f of facts.figures) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'percent' || f.unit !== '%') continue;
    const value = f.scaled / 10 ** f.decimals;
    // Beyond 1000 % the number is more likely digits run together by extraction (分值5 + 100%) than a rate.
    if (value < threshold || value > 1000) continue;
    const words = `${f.label}|${f.subject}`;
    if (!COMPLETION_WORDS.some((w) => words.includes(w)) || GROWTH_WORDS.some((w) => words.includes(w))) continue;
    // 完成年初预算的150.77%, 完成调整预算数的339.8%: a 决算 against a budget (raised in the year by added funds or
    // transfers) is the execution of an amount, no performance target set too low.
    if (BUDGET_BASE_WORDS.some((w) => f.label.includes(w))) continue;
    const sentence = facts.sentences[f.sentence]!;
    const next = facts.sentences[f.sentence + 1];
    const end = next && next.paragraph === sentence.paragraph ? next.end : sentence.end;
    // The explanation is near the figure: a bounded window keeps the rule linear on run-on text.
    const around = facts.text.slice(Math.max(sentence.start, f.start - 300), Math.min(end, f.end + 300));
    if (options.config.explanationWords.some((w) => around.includes(w))) continue;
    out.push(
      finding({
        // Its kind of evidence for the severity policy (data/audit/severity.json): a completion rate alone, far above 100 %.
        rule: 'target-too-low',
        shape: 'over-completion',
        severity: 'warning',
        message: `完成率${f.raw}远超目标（≥${threshold}%），未说明原因；按财预〔2020〕10号，目标明显偏低的应分析原因并相应扣分`,
        evidence: [quoteFigure(facts, f)],
        calculation: `${f.raw} ≥ ${threshold}%`,
      }),
    );
  }
  return out;
};


const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PRIOR_UNITS = [...INDICATOR_ROWS.units].filter((u) => !INDICATOR_ROWS.moneyUnits.includes(u)).sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/**
 * 目标1：全年新增各类市场主体不少于2,000户 beside （2022年全市实际新增市场主体3,150户） in the 2023 report, or 检验检测样本数
 * ≥8,000份 in the goal list while the evaluation says 较上年的9,420份: a goal's lower bound set under what the year before
 * already reached. Preconditions, each needed: the goal an item of the goal list (goal-mismatch's goalItems) with a lower
 * bound (≥, 不少于, 以上) and a unit of the indicator rows' (not money: a year's total is no target's measure); outside the list, a figure of the year before — after a prior-year
 * lead (priorYearLeads: 上年, 去年) or the year before the report's, with at most MAX_PRIOR_WORDS words between — in the
 * same unit (万 alike), larger than the goal; the goal named alike (likeness ≥ goalRestatedMinSimilarity, the words between
 * or the clause before read as the name) or the only goal of that unit; no reverse word (reverseWords: 控制, 下降 …) in
 * the figure's clause; a rate (%) only when named alike, or its name's character pairs all in the goal's (上年实际调解成功率为
 * 97.3% beside 调解成功率达到60%以上) and at least goalBelowPriorRatePoints percentage points under it. A 警告 (shape
 * goal-below-prior).
 */
function goalBelowPriorStated(facts: AuditFacts, year: number | null, minLikeness: number, ratePoints: number): Finding[] {
  if (year === null) return [];
  const goals = goalItems(facts).filter((g) => g.op === '>=');
  if (goals.length === 0) return [];
  const { text } = facts;
  const leads = [...TT_WORDS.priorYearLeads, `${year - 1}年度`, `${year - 1}年`].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const prior = new RegExp(`(?:${leads})的?([\\u4e00-\\u9fff]{0,${MAX_PRIOR_WORDS}}?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*((?:[万千])?(?:${PRIOR_UNITS}))`, 'gu');
  const out: Finding[] = [];
  const told = new Set<NamedTarget>();
  for (const m of text.matchAll(prior)) {
    const at = m.index;
    if (goals.some((g) => g.start <= at && at < g.end)) continue;
    const unit = m[3]!;
    const value = Number(m[2]!.replace(/,/g, ''));
    const clauseStart = Math.max(...['，', '。', '；', '\n', '（'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const clauseEnd = Math.min(...['，', '。', '；', '\n', '）'].map((c) => { const k = text.indexOf(c, at); return k === -1 ? text.length : k; }));
    const clause = text.slice(clauseStart, clauseEnd);
    if (TT_WORDS.reverseWords.some((w) => clause.includes(w))) continue;
    // The name: the words between the lead and the number (2022年全市实际新增市场主体3,150户), else the clause before (全年完成各类样本检测10,268份，较上年的9,420份).
    let name = m[1]!;
    if (name.length < 2) {
      const before = Math.max(...['，', '。', '；', '\n'].map((c) => text.lastIndexOf(c, clauseStart - 2))) + 1;
      name = text.slice(before, clauseStart).replace(/[\d,.，]+.*$/u, '');
    }
    const sameUnit = goals.filter((g) => g.unit === unit);
    if (sameUnit.length === 0) continue;
    // (上年实际调解成功率为97.3%: the words of a figure of the year, 实际 and a link aside, are the indicator's name.)
    const bare = TT_WORDS.priorActualWords.reduce((n, w) => n.replace(w, ''), name).replace(/[为是达]$/u, '');
    const ranked = sameUnit.map((g) => ({ g, sim: Math.max(similarity(g.name, name), covers(g.name, bare) ? 1 : 0) })).sort((a, b) => b.sim - a.sim);
    // A rate is a share of anything: only one named alike is the goal's (a count's unit alone may tell it).
    const g = ranked[0]!.sim >= minLikeness ? ranked[0]!.g : sameUnit.length === 1 && unit !== '%' ? sameUnit[0]! : null;
    if (!g || told.has(g) || !(g.value < value) || (unit === '%' && value - g.value < ratePoints)) continue;
    told.add(g);
    out.push(
      finding({
        rule: 'target-too-low',
        shape: 'goal-below-prior',
        severity: 'warning',
        message: `绩效目标“${g.name}”设定为${g.raw}，低于上年已达到的${m[2]}${unit}，目标设定偏低`,
        evidence: [quoteSpan(facts, g), quoteSentenceAt(facts, at)],
        calculation: `${g.value}${unit} < ${value}${unit}`,
      }),
    );
  }
  return out;
}

/** Whether every pair of characters of `name` (three pairs at least) stands in `goal` (调解成功率 in 全县各级人民调解组织调解成功率). */
function covers(goal: string, name: string): boolean {
  if (name.length < 4) return false;
  for (let i = 0; i + 1 < name.length; i++) if (!goal.includes(name.slice(i, i + 2))) return false;
  return true;
}

/** Most words between a prior-year lead and its figure (2022年全市实际新增市场主体3,150户). */
const MAX_PRIOR_WORDS = 12;

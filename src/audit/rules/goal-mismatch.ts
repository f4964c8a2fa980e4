/**
 * goal-mismatch — the goals set (绩效目标) and the goals evaluated differ in number or in content. Goals are
 * the lines 目标1：… ; the first run of them is the set, a later run is the evaluation. Content is compared by
 * the overlap of character pairs, a crude but language-neutral measure.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { INDICATOR_ROWS, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import { spanIndexAt } from '../facts/lines.ts';
import type { AuditFacts, Figure, Span } from '../facts/types.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import { APPROX_AFTER, bareName, boundOf, COMPARISON_WORDS, COMPARISONS_LONGEST, escapeRe, GOAL_WORDS, goalItems, goalListRegions, LINE_NUMBER, likenessName, type NamedTarget, OP_OF, similarity, TARGET_VALUE } from './lib/goal-items.ts';
import { goalTargetChanges, indicatorGoalFindings, indicatorRows } from './lib/indicator-checks.ts';
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

export const goalMismatch: Rule = (facts, options) => {
  const tables = tableScores(facts);
  // The indicator rows' checks (lib/indicator-checks.ts) skip a row whose target a table reading already judged.
  const taken = tables.flatMap((f) => f.evidence.filter((e) => e.start !== undefined && e.end !== undefined).map((e) => ({ start: e.start!, end: e.end! })));
  const changed = [...tables, ...indicatorGoalFindings(facts, taken), ...goalTargetChanges(facts)];
  const restated = targetsRestated(facts, changed);
  const similar = goalsRestatedAlike(facts, [...changed, ...restated], options.config.goalRestatedMinSimilarity);
  return [...changed, ...restated, ...similar, ...claimedComplete(facts, [...changed, ...restated, ...similar]), ...goalRuns(facts, options)];
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

/** 年度目标值≥60处, 目标值：≥93%, 超过年度目标16万人次: a target lead, an optional comparison, the target. */
const PROSE_TARGET = new RegExp(`(${[...GOAL_WORDS.restatedTargetLeads].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})[为是：:\\s]*(${COMPARISONS_LONGEST.map(escapeRe).join('|')})?\\s*${TARGET_VALUE}`, 'gu');
/** A line number whose opening bracket a clause's start was taken after (1）农村公路养护). */
const BRACKET_NUMBER_REST = /^\d{1,2}[）)]\s*/u;
const TARGET_LEADS = [...GOAL_WORDS.targetLeads].sort((a, b) => b.length - a.length);
/** Words right after a target's number naming it a target (高于50%的目标, 超过100场的计划): goal-mismatch.targetTrails, longest first. */
const TARGET_TRAILS = [...GOAL_WORDS.targetTrails].sort((a, b) => b.length - a.length);

function suffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const amountOf = (f: Figure): number => f.scaled / 10 ** f.decimals;
/** Shortest name matched by its characters in order. */
const SUBSEQUENCE_MIN = 4;

/** Every character of `short` in `long`, in order (农村公路养护 in 完成农村公路日常养护里程). */
function inOrder(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * The targets a goal list sets: the counts and per-cents after the list's head (年度目标：, 整体绩效目标为：, （三）绩效目标。),
 * in its paragraph. A head is a goal word (goal-mismatch.goalHeads) with at most a link (goalHeadLinks) and a stop
 * (goalHeadStops) after it, before which its paragraph holds no figure and no clause stop — it opens the paragraph, so a
 * target restated inside a sentence (（年度目标：120户）) opens none.
 */
function goalListTargets(facts: AuditFacts): { figure: Figure; name: string }[] {
  const out: { figure: Figure; name: string }[] = [];
  for (const { from, listEnd, unnumbered } of goalListRegions(facts)) {
    if (unnumbered) continue;
    for (const f of facts.figures) {
      if (f.start < from || f.start >= listEnd || (f.kind !== 'count' && f.kind !== 'percent') || f.comparative) continue;
      // A number opening its clause (8个社区办公用房全部达标) is named by the words after it, not by the subject
      // carried over from the clause before.
      if (f.label.trim() === '') continue;
      const name = bareName(f.subject || f.label);
      // A goal list restated (in 一 and again in 二) sets each target once.
      if (out.some((g) => g.name === name && g.figure.unit === f.unit && amountOf(g.figure) === amountOf(f))) continue;
      if (name.length >= SEARCH_WINDOWS.sameItemSuffix) out.push({ figure: f, name });
    }
  }
  return out;
}

/** A heading's own marker (（三）, 5., 二、) taken off before its words are read. */
const LINE_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*/u;
/** Longest heading read as a goal list's head (年度绩效目标, 部门整体支出年度绩效目标). */
const HEADING_MAX = 16;

/** Whether `short` is `full` with characters left out, in order (农村公路养护 of 完成农村公路日常养护里程). */
function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  for (let j = 0; j < full.length && i < short.length; j++) if (full[j] === short[i]) i++;
  return i === short.length;
}

/**
 * The goal list's target g of an indicator stated again, at the place span, as another value f: the finding every
 * reading of a restated target reports (a 警告).
 */
function restatedTarget(facts: AuditFacts, g: { figure: Figure; name: string }, f: Figure, span: { start: number; end: number }): Finding {
  return finding({
    rule: 'goal-mismatch',
    shape: 'target-restated',
    severity: 'warning',
    message: `“${g.name}”的绩效目标设定为${g.figure.raw}，评价时写明目标为${f.raw}：前后目标值不一致`,
    evidence: [quoteSpan(facts, span), quoteFigure(facts, g.figure)],
    calculation: `${f.raw} ≠ ${g.figure.raw}`,
  });
}

/**
 * 年度目标：…（4）完成困难重度残疾人家庭无障碍改造140户 and later 完成无障碍改造140户（年度目标120户）, or 绩效目标为：…完成农村户厕
 * 改造320户 and later 全年完成农村户厕改造320户，完成年度目标的106.7% (a target of 300): the target the evaluation states
 * for an indicator, or implies by the share of it done, is not the one the goal list set. Preconditions, each needed: the
 * goal list is read by its head (goalListTargets); the evaluation's figure lies outside it; the indicator is named alike
 * (the names end in at least SEARCH_WINDOWS.sameItemSuffix common characters, comparison and link words aside) and in the
 * same unit as exactly one target of the list; a restated target follows a target lead (goal-mismatch.targetLeads: 年度
 * 目标, 指标值) with at most a comparison between, its actual the figure before it in its sentence or its name the words
 * before the lead — or is named a target by the words right after its number (targetTrails: 高于50%的目标, 超过100场的
 * 计划), its actual the figure right before it in its clause group, in its unit; a share done follows a target lead and 的 right after the actual; nothing in the sentence tells of an
 * adjustment (adjustWords). Then the two targets differ, or the share is not actual ÷ target within its rounding.
 */
function targetsRestated(facts: AuditFacts, taken: readonly Finding[]): Finding[] {
  const goals = goalListTargets(facts);
  if (goals.length === 0) return [];
  const inGoals = new Set(goals.map((g) => g.figure.start));
  const goalOf = (name: string, unit: string, except: Figure): { figure: Figure; name: string } | null => {
    let same = goals.filter((g) => g.figure.unit === unit && g.figure !== except && suffixLength(g.name, name) >= SEARCH_WINDOWS.sameItemSuffix);
    // 农村公路养护 for 完成农村公路日常养护里程: the evaluation's shorter name read in order inside the goal's.
    if (same.length === 0 && name.length >= SEARCH_WINDOWS.sameItemSuffix) same = goals.filter((g) => g.figure.unit === unit && g.figure !== except && inOrder(name, g.name));
    // A goal list stated twice (in the overview and again in the goals section) sets one target: the same value.
    if (same.length > 0) return same.every((g) => amountOf(g.figure) === amountOf(same[0]!.figure)) ? same[0]! : null;
    // Else the goal whose name holds this one's characters in order (农村公路养护 of 完成农村公路日常养护里程), one only.
    const holding = goals.filter((g) => g.figure.unit === unit && g.figure !== except && name.length >= SUBSEQUENCE_MIN && isSubsequence(name, g.name));
    return holding.length === 1 ? holding[0]! : null;
  };
  const out: Finding[] = [];
  const quoted = (f: Figure): boolean => taken.some((t) => t.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start < f.end && f.start < e.end));
  const fs = facts.figures;
  for (let i = 1; i < fs.length && out.length < 10; i++) {
    const f = fs[i]!;
    if (inGoals.has(f.start) || (f.kind !== 'count' && f.kind !== 'percent') || quoted(f)) continue;
    // 集中供养率达到52.6%，高于50%的目标 (超过100场的计划): a target named by the words right after its number
    // (targetTrails), the actual right before it in its clause group naming the indicator.
    const after = facts.text.slice(f.end, f.end + 12).replace(/\s/g, '');
    const trail = TARGET_TRAILS.find((w) => after.startsWith(w));
    if (trail) {
      const prev = fs[i - 1]!;
      if (prev.sentence !== f.sentence || prev.unit !== f.unit || inGoals.has(prev.start) || /[。；;]/.test(facts.text.slice(prev.end, f.start))) continue;
      const sentence = facts.sentences[f.sentence];
      if (sentence && GOAL_WORDS.adjustWords.some((w) => facts.text.slice(sentence.start, sentence.end).includes(w))) continue;
      const g = goalOf(bareName(prev.subject || prev.label), f.unit, f);
      if (!g || amountOf(g.figure) === amountOf(f)) continue;
      out.push(
        restatedTarget(facts, g, f, { start: quoteFigure(facts, prev).start!, end: f.end + trail.length }),
      );
      continue;
    }
    let label = f.label.replace(/[\s（(“”"：:]/g, '');
    const op = COMPARISONS_LONGEST.find((w) => label.endsWith(w));
    if (op) label = label.slice(0, -op.length);
    const lead = TARGET_LEADS.find((w) => label.endsWith(w));
    if (!lead) {
      // 年度目标为完成食品安全监督抽检不少于1,500批次: the lead opens the label, the indicator's name after it and its link.
      const opening = TARGET_LEADS.find((w) => label.startsWith(w));
      if (!opening) continue;
      const link = GOAL_WORDS.goalHeadLinks.find((w) => label.startsWith(w, opening.length));
      if (!link || !op) continue;
      const name = bareName(label.slice(opening.length + link.length));
      if (name.length < SEARCH_WINDOWS.sameItemSuffix) continue;
      const sentence = facts.sentences[f.sentence];
      if (sentence && GOAL_WORDS.adjustWords.some((w) => facts.text.slice(sentence.start, sentence.end).includes(w))) continue;
      const g = goalOf(name, f.unit, f);
      if (!g || amountOf(g.figure) === amountOf(f)) continue;
      const labelAt = facts.text.lastIndexOf(opening, f.start);
      out.push(
        restatedTarget(facts, g, f, { start: labelAt === -1 ? f.start : labelAt, end: f.end }),
      );
      continue;
    }
    const sentence = facts.sentences[f.sentence];
    const sentenceText = sentence ? facts.text.slice(sentence.start, sentence.end) : '';
    if (GOAL_WORDS.adjustWords.some((w) => sentenceText.includes(w))) continue;
    // What stands between the lead and the number: nothing, a colon or a comparison (目标值≥80%), or 的 for a share done.
    const leadAt = facts.text.lastIndexOf(lead, f.start);
    if (leadAt === -1) continue;
    const between = facts.text.slice(leadAt + lead.length, f.start).replace(/[\s：:为]/g, '');
    const prev = fs[i - 1]!;
    const prevNear = prev.sentence === f.sentence && prev.kind === 'count' && !inGoals.has(prev.start) && !/[。；;]/.test(facts.text.slice(prev.end, leadAt));
    if (between === '的' && f.kind === 'percent' && prevNear) {
      // A share of the target done: the actual right before, its target in the goal list.
      const g = goalOf(bareName(prev.subject || prev.label), prev.unit, prev);
      if (!g || amountOf(g.figure) <= 0) continue;
      const expected = (amountOf(prev) / amountOf(g.figure)) * 100;
      const stated = amountOf(f);
      if (Math.abs(expected - stated) <= 0.5 * 10 ** -f.decimals + 1e-9) continue;
      const implied = amountOf(prev) / (stated / 100);
      out.push(
        finding({
          rule: 'goal-mismatch',
          shape: 'target-share-restated',
          severity: 'warning',
          message: `“${prev.raw}”为年度目标的${f.raw}，即目标约为${Number(implied.toFixed(2))}${prev.unit}，而绩效目标设定为${g.figure.raw}（按此应为${expected.toFixed(f.decimals)}%）：前后目标值不一致`,
          evidence: [quoteFigure(facts, f), quoteFigure(facts, prev), quoteFigure(facts, g.figure)],
          calculation: `${amountOf(prev)} ÷ ${amountOf(g.figure)} = ${expected.toFixed(f.decimals)}% ≠ ${f.raw}`,
        }),
      );
      continue;
    }
    if (between !== '' && !COMPARISON_WORDS.includes(between)) continue;
    // A restated target: named by the words before its lead, else by the actual right before it.
    // (群众满意度：指标值≥85%: the name stands before a colon in the lead's clause.)
    const clauseStart = Math.max(...['，', '。', '；', ';', '\n', '（', '('].map((c) => facts.text.lastIndexOf(c, leadAt - 1))) + 1;
    // (1. 完成国有建设用地供应宗地：年度目标12宗: a numbered line's number is no part of the name.)
    const ownText = facts.text.slice(clauseStart, leadAt).replace(LINE_NUMBER, '').replace(BRACKET_NUMBER_REST, '').replace(/[：:]/g, '');
    const own = /\d/.test(ownText) ? '' : bareName(ownText);
    const name = own.length >= SEARCH_WINDOWS.sameItemSuffix ? own : prevNear && prev.unit === f.unit ? bareName(prev.subject || prev.label) : '';
    if (name.length < SEARCH_WINDOWS.sameItemSuffix) continue;
    const g = goalOf(name, f.unit, f);
    if (!g || amountOf(g.figure) === amountOf(f)) continue;
    out.push(
      restatedTarget(facts, g, f, { start: clauseStart + (/^\d{1,2}[）)]/.exec(facts.text.slice(clauseStart, clauseStart + 3))?.[0].length ?? 0), end: f.end }),
    );
  }
  return out;
}

/**
 * 校舍维修改造任务计划20所，实际完成17所，全面完成年度目标: a planned count or rate, the actual right after it in its
 * sentence (same unit), and right after the actual, in the next clause with no figure between, a claim that the goal
 * was met (goal-mismatch.completionClaims) — the actual short of the plan. Preconditions (silent otherwise): the plan's
 * label ends with a planEndings word (a comparison word aside); the actual's label holds a doneWords word; the claim
 * opens the clause after the actual; both figures plain (no bound on the actual). A 警告.
 */
function claimedComplete(facts: AuditFacts, taken: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  const quoted = (f: Figure): boolean => taken.some((t) => t.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start < f.end && f.start < e.end));
  for (let i = 1; i < fs.length; i++) {
    const a = fs[i]!;
    const t = fs[i - 1]!;
    if ((a.kind !== 'count' && a.kind !== 'percent') || a.kind !== t.kind || a.unit !== t.unit || a.sentence !== t.sentence || a.qualifier || a.comparative || t.comparative) continue;
    let plan = t.label.replace(/[\s：:]/g, '');
    const op = COMPARISONS_LONGEST.find((w) => plan.endsWith(w));
    if (op) plan = plan.slice(0, -op.length);
    if (!GOAL_WORDS.planEndings.some((w) => plan.endsWith(w)) || !GOAL_WORDS.doneWords.some((w) => a.label.includes(w))) continue;
    if (/[。；;]/.test(facts.text.slice(t.end, a.start))) continue;
    const next = fs[i + 1];
    const rest = facts.text.slice(a.end + (a.kind === 'count' ? a.noun.length : 0), next && next.sentence === a.sentence ? next.start : facts.sentences[a.sentence]!.end);
    const m = /^(?:（[^）]*）)?[，,]\s*/.exec(rest);
    if (!m) continue;
    const claim = GOAL_WORDS.completionClaims.find((w) => rest.startsWith(w, m[0].length));
    if (!claim || amountOf(a) >= amountOf(t) || quoted(a)) continue;
    const claimStart = a.end + (a.kind === 'count' ? a.noun.length : 0) + m[0].length;
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'claimed-complete-short',
        severity: 'warning',
        message: `计划${t.raw}，实际完成${a.raw}，完成${((amountOf(a) / amountOf(t)) * 100).toFixed(2)}%，却称“${claim}”`,
        evidence: [quoteSpan(facts, { start: claimStart, end: claimStart + claim.length }), quoteFigure(facts, a), quoteFigure(facts, t)],
        calculation: `${amountOf(a)} < ${amountOf(t)}`,
      }),
    );
  }
  return out;
}

/** The targets the evaluation restates: the indicator rows' targets, and a figure after a target lead in prose. */
function evaluatedTargets(facts: AuditFacts, inGoals: (at: number) => boolean): NamedTarget[] {
  const out: NamedTarget[] = [];
  for (const row of indicatorRows(facts)) {
    if (inGoals(row.target.start) || row.target.unit === '') continue;
    out.push({ name: likenessName(row.name.text.replace(/[（(][^（()）]{1,4}[)）]$/, '')), op: boundOf(row.target.op), value: row.target.value, unit: row.target.unit.replace('％', '%'), raw: row.target.text, start: row.name.start, end: row.target.end });
  }
  const rowLines = new Set(indicatorRows(facts).map((r) => facts.text.lastIndexOf('\n', r.target.start)));
  for (const m of facts.text.matchAll(PROSE_TARGET)) {
    const at = m.index;
    if (inGoals(at) || rowLines.has(facts.text.lastIndexOf('\n', at))) continue;
    // The name: the words of the clause before the lead (维修养护供水工程：年度目标值≥60处), else, when these are only
    // a verb or nothing (超过年度目标16万人次), the words before the number of the clause before.
    const clauseStart = Math.max(...['，', '。', '；', ';', '\n', '—'].map((c) => facts.text.lastIndexOf(c, at - 1))) + 1;
    let nameText = facts.text.slice(clauseStart, at).replace(LINE_NUMBER, '');
    if (/\d/.test(nameText)) continue;
    let actual: number | undefined;
    if (likenessName(nameText).length < 3 && facts.text[clauseStart - 1] === '，') {
      const before = Math.max(...['，', '。', '；', ';', '\n'].map((c) => facts.text.lastIndexOf(c, clauseStart - 2))) + 1;
      const prev = facts.text.slice(before, clauseStart - 1);
      const digit = prev.search(/\d/);
      if (digit < 2) continue;
      nameText = prev.slice(0, digit);
      const n = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(prev.slice(digit));
      if (n) actual = Number(n[0].replace(/,/g, ''));
    }
    const name = likenessName(nameText);
    if (name.length < 2) continue;
    const start = at;
    out.push({ name, op: boundOf(OP_OF.get(m[2] ?? '')), value: Number(m[3]!.replace(/,/g, '')), unit: m[4]!.replace('％', '%'), raw: `${m[2] ?? ''}${m[3]}${m[4]}`, start, end: at + m[0].length, ...(actual === undefined ? {} : { actual }) });
  }
  return out;
}

/**
 * goal-target-alike (goal-mismatch): the goal list sets 维修养护农村集中供水工程不少于70处 and the evaluation (the indicator
 * table's row 维修养护供水工程 | ≥60处, or 年度目标值≥60处 in prose) measures the indicator, named alike but not word for
 * word, against another target. Preconditions, each needed: the goal list is read by its head (goalListRegions), its item a
 * clause closed by the target (a name, an optional comparison or link, a number, a unit of indicator-rows.units or of
 * goal-mismatch.restatedExtraUnits, 万 allowed before it, an optional bound; not 左右); the restated target lies outside the
 * list, in the same unit; the two names are alike (bigram Dice ≥ thresholds goalRestatedMinSimilarity) and each is the
 * other's likest in that unit — no other goal of the unit as like the evaluated name, no other evaluated name liker to the
 * goal; both bounds, when written, point the same way; nothing on the restatement's line tells of an adjustment
 * (adjustWords). Then the two numbers differ. A 警告.
 */
function goalsRestatedAlike(facts: AuditFacts, taken: readonly Finding[], minLikeness: number): Finding[] {
  const goals = goalItems(facts);
  if (goals.length === 0) return [];
  const inGoals = (at: number): boolean => goals.some((g) => g.start <= at && at < g.end);
  const evaluated = evaluatedTargets(facts, inGoals);
  const quoted = (t: Span): boolean => taken.some((f) => f.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start < t.end && t.start < e.end));
  const out: Finding[] = [];
  const seen = new Set<NamedTarget>();
  const likeness = new Map<string, number>();
  const like = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`;
    let v = likeness.get(key);
    if (v === undefined) {
      v = similarity(a, b);
      likeness.set(key, v);
    }
    return v;
  };
  for (const t of evaluated) {
    const alike = goals.filter((g) => g.unit === t.unit).map((g) => ({ g, sim: like(g.name, t.name) })).filter((x) => x.sim >= minLikeness);
    if (alike.length === 0) continue;
    alike.sort((a, b) => b.sim - a.sim);
    const { g, sim } = alike[0]!;
    // Another goal as like, with another target: which one is meant cannot be told.
    if (alike.some((x) => x.g !== g && x.sim === sim && x.g.value !== g.value)) continue;
    // Another evaluated indicator liker to this goal: the goal is that one's.
    if (evaluated.some((u) => u.unit === t.unit && u.name !== t.name && like(g.name, u.name) > sim)) continue;
    if (g.value === t.value || (g.op !== null && t.op !== null && g.op !== t.op) || quoted(t) || seen.has(g)) continue;
    // 新增学位560个，超出年度目标20个: the number after the lead is the actual's excess over the goal (or its shortfall), not a target.
    if (t.actual !== undefined && Math.abs(Math.abs(t.actual - g.value) - t.value) < 1e-9) continue;
    const lineStart = facts.text.lastIndexOf('\n', t.start) + 1;
    const lineEnd = facts.text.indexOf('\n', t.end);
    const line = facts.text.slice(lineStart, lineEnd === -1 ? facts.text.length : lineEnd);
    if (GOAL_WORDS.adjustWords.some((w) => line.includes(w))) continue;
    seen.add(g);
    out.push(
      finding({
        rule: 'goal-mismatch',
        shape: 'goal-target-alike',
        severity: 'warning',
        message: `绩效目标设定“${g.name}”为${g.raw}，评价时“${t.name}”的目标却为${t.raw}：前后目标值不一致`,
        evidence: [quoteSpan(facts, t), quoteSpan(facts, g)],
        calculation: `${t.raw} ≠ ${g.raw}`,
      }),
    );
  }
  return out;
}

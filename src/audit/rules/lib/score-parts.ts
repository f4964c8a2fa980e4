/**
 * score-parts (sum-mismatch): one sentence gives each block's weight and score and then the total score — 预算执行
 * （20分）得18.2分，产出指标（40分）得36.8分，效益指标（30分）得27.6分，满意度指标（10分）得9.1分，自评总得分92.7分.
 * Preconditions: two parts or more, each a name, its weight in brackets (（20分）) and right after it 得 and a score,
 * separated only by a clause stop; the weights add up to the full score (scorePartsFullScore: every block listed);
 * right after the last part, a word of the total (restatedTotalWords) and its score; no part above its weight.
 * The scores must then add up to the total within scoreTolerance. Words: data/audit/indicator-rows.json. Read with the
 * wraps inside sentences undone (…得27.6⏎分，…自评总⏎得分92.7分 is one run).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS, RULE_WORDS } from '../../config.ts';
import { unwrappedOf } from '../../facts/structure.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const W = INDICATOR_ROWS;
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUM = '(\\d+(?:\\.\\d+)?)';
const PART = `[\\u4e00-\\u9fff]{2,10}[（(]${NUM}分[)）]得${NUM}分`;
const RUN = new RegExp(`(?:${PART}[，,、；;]){2,8}(?:${[...W.restatedTotalWords].sort((a, b) => b.length - a.length).map(escapeWord).join('|')})(?:为|是|：|:)?${NUM}分`, 'g');
const ONE = new RegExp(PART, 'g');
const TOTAL_WORDS: readonly string[] = W.restatedTotalWords;

/** Whether RUN can match at all: a part's 分）得 and a total word are in the text (a whole-text scan of RUN is slow). */
function mayHoldRun(text: string): boolean {
  return (text.includes('分）得') || text.includes('分)得')) && (TOTAL_WORDS.length === 0 || TOTAL_WORDS.some((w) => text.includes(w)));
}

export function scorePartsFindings(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const tol = W.scoreTolerance;
  const fmt = (n: number) => String(Math.round(n * 100) / 100);
  const flat = unwrappedOf(facts);
  if (!mayHoldRun(flat.text)) return out;
  const at0 = (k: number): number => flat.toOriginal[k]!;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(flat.text); m !== null && out.length < 5; m = RUN.exec(flat.text)) {
    const parts = [...m[0].matchAll(ONE)].map((p) => ({ weight: Number(p[1]), score: Number(p[2]), text: p[2]! }));
    const weights = parts.reduce((s, p) => s + p.weight, 0);
    if (parts.length < 2 || Math.abs(weights - W.scorePartsFullScore) > tol || parts.some((p) => p.score > p.weight + tol)) continue;
    const total = Number(m[3]);
    const scores = parts.reduce((s, p) => s + p.score, 0);
    if (Math.abs(scores - total) <= tol) continue;
    const at = m.index + m[0].lastIndexOf(m[3]!);
    const tail = m[0].lastIndexOf('，', m[0].length - 1 - m[3]!.length);
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'score-parts',
        severity: 'warning',
        message: `各部分得分${parts.map((p) => p.text).join('、')}分之和为${fmt(scores)}分（各部分分值合计${fmt(weights)}分），文中总得分却为${m[3]}分`,
        evidence: [
          quoteSpan(facts, { start: at0(m.index + tail + 1), end: at0(at + m[3]!.length) + 1 }),
          quoteSpan(facts, { start: at0(m.index), end: at0(m.index + tail - 1) + 1 }),
        ],
        calculation: `${parts.map((p) => p.text).join(' + ')} = ${fmt(scores)} ≠ ${m[3]}`,
        difference: Math.round((total - scores) * 100) / 100,
      }),
    );
  }
  return out;
}

const FIRST_LEVEL_PARTS: readonly string[] = RULE_WORDS['score-vs-problems'].scoreParts;
const TOTAL_LABELS: readonly string[] = RULE_WORDS['sum-mismatch'].scoreTotalLabels;
const PART_NAME_TAILS: readonly string[] = RULE_WORDS['sum-mismatch'].scorePartNameTails;

/** The first-level part a score's label names (决策, 产出指标得 → 产出), its 其中 and tails aside; null otherwise. */
function partNamed(label: string): string | null {
  let name = label.replace(/\s/g, '').replace(/^[，,、；;：:]*(?:其中)?[：:，,]?/, '');
  for (let again = true; again; ) {
    again = false;
    for (const t of PART_NAME_TAILS) {
      if (name.length > t.length && name.endsWith(t)) {
        name = name.slice(0, -t.length);
        again = true;
      }
    }
  }
  return FIRST_LEVEL_PARTS.includes(name) ? name : null;
}

/**
 * 自评得分93分，其中决策18分、过程19分、产出35分、效益17分: a self-evaluation's total score, then 其中 and the scores of
 * its first-level parts (score-vs-problems scoreParts: 决策 / 过程 / 产出 / 效益 …). Preconditions: the total's label holds
 * a scoreTotalLabels word; right after it (a comma at most) 其中 opens the list; three parts or more, each score labelled
 * by a different first-level part only (its tails scorePartNameTails aside), one after the other in the sentence with
 * nothing but their names and 、，和 between. Three first-level parts or more are the whole frame of the score, so they
 * must add up to the total within scoreTolerance.
 */
export function scoreTotalParts(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const fs = facts.figures;
  const tol = W.scoreTolerance;
  for (let i = 0; i < fs.length && out.length < 5; i++) {
    const total = fs[i]!;
    if (total.kind !== 'score' || !TOTAL_LABELS.some((w) => total.label.includes(w))) continue;
    const parts = [];
    const names = new Set<string>();
    for (let k = i + 1; k < fs.length; k++) {
      const p = fs[k]!;
      if (p.kind !== 'score' || p.sentence !== total.sentence) break;
      if (k === i + 1 && !/^[，,]?其中/.test(facts.text.slice(total.end, p.start).replace(/\s/g, ''))) break;
      const name = partNamed(p.label);
      if (name === null || names.has(name)) break;
      names.add(name);
      parts.push(p);
    }
    if (parts.length < 3) continue;
    const value = (f: (typeof fs)[number]) => f.scaled / 10 ** f.decimals;
    const sum = parts.reduce((s, p) => s + value(p), 0);
    if (Math.abs(sum - value(total)) <= tol * (parts.length + 1)) continue;
    const fmt = (n: number) => String(Math.round(n * 100) / 100);
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'score-total-parts',
        severity: 'warning',
        message: `总分${total.raw}与其中所列${parts.length}部分得分之和${fmt(sum)}分不符`,
        evidence: [quoteSpan(facts, { start: total.start, end: total.end }), quoteSpan(facts, { start: parts[0]!.start, end: parts[parts.length - 1]!.end })],
        calculation: `${parts.map((p) => p.numberText).join(' + ')} = ${fmt(sum)} ≠ ${total.numberText}`,
      }),
    );
  }
  return out;
}

/**
 * score-vs-problems — a full score or the top grade claimed while the report's own problem section admits
 * defects that the scoring rules deduct for (accounts, assets, budget execution; data/audit/thresholds.json).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { RULE_WORDS } from '../config.ts';
import { sectionsTitled } from '../facts/sections.ts';
import type { Figure } from '../facts/types.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import { indicatorScoreFindings } from './lib/indicator-checks.ts';
import type { Rule } from './lib/types.ts';

const MAX_WORDS = RULE_WORDS['score-vs-problems'].max;
const SELF_WORDS = RULE_WORDS['score-vs-problems'].self;

export const scoreVsProblems: Rule = (facts, options) => [...indicatorScoreFindings(facts), ...scoreAgainstProblemSection(facts, options)];

/** Where the top grade is claimed (等级为“优”, 等次为优, 评定为“优”): one scan per lead phrase, not per grade. */
function topGradeAt(text: string, grades: readonly string[]): { start: number; end: number } | null {
  let best: { start: number; end: number; rank: number } | null = null;
  for (const [lead, quotedOnly] of [
    ['等级为', false],
    ['等次为', false],
    ['评定为', true],
  ] as const) {
    for (let at = text.indexOf(lead); at !== -1; at = text.indexOf(lead, at + lead.length)) {
      const after = at + lead.length;
      const quoted = text[after] === '“';
      if (quotedOnly && !quoted) continue;
      for (let rank = 0; rank < grades.length && (best === null || rank < best.rank); rank++) {
        const g = grades[rank]!;
        const start = after + (quoted ? 1 : 0);
        const end = start + g.length;
        if (text.startsWith(g, start) && (!quoted || text[end] === '”')) best = { start: at, end: quoted ? end + 1 : end, rank };
      }
      if (best?.rank === 0) break;
    }
  }
  return best === null ? null : { start: best.start, end: best.end };
}

const scoreAgainstProblemSection: Rule = (facts, options) => {
  const scores = facts.figures.filter((f) => f.kind === 'score');
  let max = 100;
  const claimed: Figure[] = [];
  for (const f of scores) {
    const value = f.scaled / 10 ** f.decimals;
    if (MAX_WORDS.some((w) => f.label.includes(w))) max = value;
    else if (SELF_WORDS.some((w) => f.label.includes(w))) claimed.push(f);
  }
  const full = claimed.filter((f) => f.scaled / 10 ** f.decimals >= max);
  if (full.length === 0 && claimed.length > 0) return [];
  const gradeAt = full.length > 0 ? null : topGradeAt(facts.text, options.config.topGrades);
  // A score below the maximum shows the deductions were made; the grade then follows from it.
  if (full.length === 0 && gradeAt === null) return [];
  const problemSections = sectionsTitled(facts, options.config.problemsSectionKeywords);
  if (problemSections.length === 0) {
    options.notChecked.push('score-vs-problems：未找到“存在的问题”部分，未比较自评结果与所述问题');
    return [];
  }
  const section = problemSections[0]!;
  const body = facts.text.slice(section.bodyStart, section.end).trim();
  if (body.length < 6 || body === '无' || body.startsWith('无。')) return [];
  const hits = options.config.problemDeductionKeywords.filter((w) => body.includes(w));
  const claim = full[0] ? quoteFigure(facts, full[0]) : quoteSpan(facts, gradeAt!);
  const what = full[0] ? `自评${full[0].raw}（满分${max}分）` : '评价等级为最高等级';
  return [
    finding({
      rule: 'score-vs-problems',
      severity: full.length > 0 && hits.length > 0 ? 'error' : 'warning',
      message: `${what}，但报告自述存在问题（${section.heading.marker}${section.heading.title}${hits.length > 0 ? `：涉及${hits.slice(0, 4).join('、')}` : ''}），按评分规则应扣分`,
      evidence: [claim, quoteSpan(facts, { start: section.start, end: Math.min(section.end, section.bodyStart + 120) })],
      calculation: full[0] ? `${full[0].raw} = 满分${max}分，而存在问题应扣分` : undefined,
    }),
  ] satisfies Finding[];
};

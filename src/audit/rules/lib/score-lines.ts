/**
 * A self-evaluation's scores told one part per line (预算执行：分值20分，得分18分；⏎产出指标：分值40分，得分37分；⏎…⏎自评总得分
 * 91.5分): the total stated on the line right after the run must be the sum of the parts' scores (former test33 2746).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const WORDS = RULE_WORDS['sum-mismatch'];
const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,2})?)`;
/** 产出指标：分值40分，得分37分； — a part's name, its maximum and its score, alone on its line (groups: max, score). */
const PART_LINE = new RegExp(
  String.raw`^\s*[^\s：:，,；;。\d]{2,12}[：:]\s*(?:${anyWord(WORDS.scoreLineMax)})\s*${NUMBER}\s*分\s*[，,]\s*(?:${anyWord(WORDS.scoreLineGot)})\s*${NUMBER}\s*分\s*[；;。，,]?\s*$`,
  'u',
);
/** 自评总得分91.5分 — the total's words and its number, at its line's start (group: the total). */
const TOTAL_LINE = new RegExp(String.raw`^\s*(?:${anyWord(WORDS.scoreLineTotal)})(?:为|是)?\s*${NUMBER}\s*分`, 'u');

/** Hundredths of a score as written (91.5 → 9150). */
const hundredths = (s: string): number => Math.round(Number(s) * 100);

/**
 * Preconditions (silent otherwise): two part lines or more in a row (PART_LINE, rule-words sum-mismatch scoreLineMax /
 * scoreLineGot), their maxima adding up to 100 (the whole scheme listed); the very next line opens with a total word
 * (scoreLineTotal: 总得分, 自评总得分 …) and a score. The scores' sum must be that total exactly (each is written as
 * given, so no rounding). A 警告 (shape score-lines).
 */
export function scoreLines(facts: AuditFacts): Finding[] {
  const { text, lineStarts } = facts;
  const out: Finding[] = [];
  let run: Array<{ max: number; got: number; start: number; end: number }> = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    const line = text.slice(start, end);
    const part = line.length <= 60 ? PART_LINE.exec(line) : null;
    if (part) {
      run.push({ max: hundredths(part[1]!), got: hundredths(part[2]!), start, end });
      continue;
    }
    if (run.length >= 2 && run.reduce((s, p) => s + p.max, 0) === 10000) {
      const total = TOTAL_LINE.exec(line);
      if (total) {
        const sum = run.reduce((s, p) => s + p.got, 0);
        const stated = hundredths(total[1]!);
        if (sum !== stated) {
          out.push(
            finding({
              rule: 'sum-mismatch',
              shape: 'score-lines',
              severity: 'warning',
              message: `总得分${total[1]}分与所列各部分得分之和${sum / 100}分不符`,
              evidence: [quoteSpan(facts, { start, end: start + total[0].length }), ...run.map((p) => quoteSpan(facts, { start: p.start, end: p.end }))],
              calculation: `${run.map((p) => p.got / 100).join(' + ')} = ${sum / 100} ≠ ${stated / 100}`,
            }),
          );
        }
      }
    }
    run = [];
  }
  return out;
}

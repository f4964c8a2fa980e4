/**
 * restated-actual (table-text-mismatch): a sentence of the report restates an indicator row's actual (实际完成值) with
 * another number — the row 新建及改造供水管网长度 | ≥40公里 | 42.6公里, the sentence 全年新建及改造供水管网38.6公里.
 * Preconditions, each keeping the check silent on a sentence it does not understand:
 * - the row was read from a table line (not a sentence), its actual an exact number with a unit and no comparison;
 * - the clause before the number ends (connectives dropped) with the row name's stem — the name without its measure
 *   noun (长度, 面积) — or a leading part of the stem at least restatedMinKey characters and half the stem long, and
 *   exactly one row fits so; a name holding a digit (商务检查督导3完成数) is not matched: its number may be the prose's;
 * - the number is no item of a list of parts (…3个、…2个), is in the row's unit, on a line that is not a table line, and its clause holds no word of a target,
 *   a cumulative, a part or another period (restatedSkipWords);
 * - the number is neither the row's actual nor its target, nor the actual of another row in that unit.
 * Words: data/audit/indicator-rows.json restated*.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS } from '../../config.ts';
import type { IndicatorRow } from '../../facts/indicator-rows.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const W = INDICATOR_ROWS;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNITS = [...W.units].sort((a, b) => b.length - a.length).map(escape).join('|');
const FIGURE = new RegExp(`(?<![\\d.,，])(\\d+(?:\\.\\d+)?)(${UNITS})`, 'g');
const CONNECTIVES = [...W.restatedConnectives].sort((a, b) => b.length - a.length);
const CLAUSE_MARKS = /[，,。；;：:、\n（(]/;
const CLAUSE_REACH = 30;

/** The row name without its measure noun at the end (新建及改造供水管网长度 → 新建及改造供水管网). */
export function nameStem(name: string): string {
  const n = name.replace(/[\s“”"]/g, '').replace(/[（(][^（()）]*[)）]/g, '');
  for (const e of W.restatedNameEnds) if (n.endsWith(e) && n.length - e.length >= W.restatedMinKey) return n.slice(0, n.length - e.length);
  return n;
}

/** Whether the clause (connectives dropped) ends with the stem or a leading part of it long enough to name it. */
export function clauseNames(clause: string, stem: string): boolean {
  let head = clause;
  for (let again = true; again; ) {
    again = false;
    for (const c of CONNECTIVES) {
      if (head.endsWith(c) && head.length > c.length) {
        head = head.slice(0, head.length - c.length);
        again = true;
      }
    }
  }
  const min = Math.max(W.restatedMinKey, Math.ceil(stem.length / 2));
  for (let l = stem.length; l >= min; l--) if (head.endsWith(stem.slice(0, l))) return true;
  return false;
}

function isTableLine(line: string): boolean {
  return line.includes('\t') || line.includes('|') || /\S {2,}\S/.test(line.trim());
}

export function indicatorRestatedFindings(facts: AuditFacts, rows: readonly IndicatorRow[]): Finding[] {
  const text = facts.text;
  const read = rows.filter((r) => r.shape !== 'prose' && r.actual.unit !== '' && r.actual.op === null && !r.actual.approx);
  if (read.length === 0) return [];
  const stems = read.map((row) => ({ row, stem: nameStem(row.name.text) })).filter((s) => s.stem.length >= W.restatedMinKey && !/\d/.test(s.stem));
  const out: Finding[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null && out.length < 20; m = FIGURE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    if (isTableLine(text.slice(lineStart, lineEnd))) continue;
    const before = text.slice(Math.max(lineStart, m.index - CLAUSE_REACH), m.index);
    let cut = -1;
    for (let k = before.length - 1; k >= 0; k--) {
      if (CLAUSE_MARKS.test(before[k]!)) {
        cut = k;
        break;
      }
    }
    const clause = before.slice(cut + 1);
    // One item of a list of parts (示范基地3个、示范片2个): the row's actual may be their sum.
    if (before[cut] === '、' || text[m.index + m[0].length] === '、') continue;
    const afterEnd = text.slice(m.index, lineEnd).search(/[，,。；;]/);
    const after = text.slice(m.index + m[0].length, afterEnd === -1 ? lineEnd : m.index + afterEnd);
    if (W.restatedSkipWords.some((w) => clause.includes(w) || after.includes(w))) continue;
    const fits = stems.filter((s) => clauseNames(clause, s.stem));
    if (new Set(fits.map((f) => f.row)).size !== 1) continue;
    const row = fits[0]!.row;
    const unit = m[2]!;
    const value = Number(m[1]);
    if (unit !== row.actual.unit || value === row.actual.value || value === row.target.value) continue;
    if (read.some((r) => r.actual.unit === unit && r.actual.value === value)) continue;
    const start = m.index - clause.length;
    out.push(
      finding({
        rule: 'table-text-mismatch',
        shape: 'indicator-restated-actual',
        severity: W.severity['restated-actual'] ?? 'warning',
        message: `正文写“${clause}${m[0]}”，而绩效自评表“${row.name.text}”的实际完成值为${row.actual.text}，两处不一致`,
        evidence: [quoteSpan(facts, { start, end: m.index + m[0].length }), quoteSpan(facts, { start: row.name.start, end: row.actual.end })],
        calculation: `${m[1]}${unit} ≠ ${row.actual.text}`,
      }),
    );
  }
  return out;
}

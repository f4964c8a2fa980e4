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
 * - the number is neither the row's actual nor its target, nor the actual of another row in that unit;
 * - a line that opens with a numbered item's own name (3.某项目：…执行率96.85%) states that item's figure: skipped unless
 *   the item's name is the row's.
 * Words: data/audit/indicator-rows.json restated*.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { INDICATOR_ROWS } from '../../config.ts';
import { type IndicatorRow, readScoreTables } from '../../facts/indicator-rows.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

const W = INDICATOR_ROWS;
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNITS = [...W.units].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
/** A number with its unit, thousands separators allowed (1,236个: a count written as reports write large counts). */
const FIGURE = new RegExp(`(?<![\\d.,，])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(${UNITS})`, 'g');
const CONNECTIVES = [...W.restatedConnectives].sort((a, b) => b.length - a.length);
const CLAUSE_MARKS = /[，,。；;：:、\n（(]/;
const CLAUSE_REACH = 30;
/** A numbered list item's name at the head of a line (1.名称：, （2）名称：, 三、名称：). */
const ITEM_HEAD = /^\s*(?:\d+[.．、]|[（(]\d+[)）]|[一二三四五六七八九十]+、)\s*([^：:，,。；;]{2,30})[：:]/;

/** The row name without its measure noun at the end (新建及改造供水管网长度 → 新建及改造供水管网). */
export function nameStem(name: string): string {
  const n = name.replace(/[\s“”"]/g, '').replace(/[（(][^（()）]*[)）]/g, '');
  for (const e of W.restatedNameEnds) if (n.endsWith(e) && n.length - e.length >= W.restatedMinKey) return n.slice(0, n.length - e.length);
  return n;
}

/** Whether the clause (connectives dropped) ends with the stem or a leading part of it long enough to name it. */
export function clauseNames(clause: string, stem: string, relaxed = false): boolean {
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
  return relaxed && namesByRest(head, stem);
}

/**
 * 当年建成高标准农田 for the row 新建高标准农田面积: the stem's leading verb (restatedLeadVerbs) told by another verb — the
 * rest of the stem, at least restatedMinKey characters, ends the clause (anum 2026-12-07, dev 3055). Read only where the
 * whole sentence up to the number holds no skip word (a goal sentence 项目年度目标为：…，新建和改造灌排渠道45公里 names
 * the target in an earlier clause).
 */
function namesByRest(head: string, stem: string): boolean {
  const verb = W.restatedLeadVerbs.find((v) => stem.startsWith(v));
  return verb !== undefined && stem.length - verb.length >= W.restatedMinKey && head.endsWith(stem.slice(verb.length));
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
    let fits = stems.filter((s) => clauseNames(clause, s.stem));
    if (fits.length === 0) {
      const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1;
      const sentence = text.slice(sentenceStart, m.index);
      if (!W.restatedSkipWords.some((w) => sentence.includes(w))) fits = stems.filter((s) => clauseNames(clause, s.stem, true));
    }
    if (new Set(fits.map((f) => f.row)).size !== 1) continue;
    const row = fits[0]!.row;
    // A line that opens with a numbered item's own name (3.农业生产发展资金：…执行率96.85%) states that item's figure,
    // not the whole's, unless the item is the row itself.
    const item = ITEM_HEAD.exec(text.slice(lineStart, m.index));
    if (item && !clauseNames(nameStem(item[1]!), fits[0]!.stem)) continue;
    const unit = m[2]!;
    const value = Number(m[1]!.replace(/,/g, ''));
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

/**
 * restated-total (table-text-mismatch): a sentence gives the self-evaluation's total score (自评得分为95.10分) other
 * than the 总分 of the document's one score table. Preconditions: the text has exactly one score table with a total
 * row, and that table holds together — its rows' weights add up to the total weight and their scores to the total
 * score (every row read, the total right; a total that does not add up is sum-mismatch's); the sentence's word is one
 * of restatedTotalWords right before the number (为, 是 and ： aside) and the number is in 分; the sentence up to it
 * names no year but the text's own and no word of another period (restatedOtherPeriodWords: 上年度…自评得分).
 */
export function scoreTotalRestatedFindings(facts: AuditFacts, fiscalYear: number | null): Finding[] {
  const tol = W.scoreTolerance;
  const totals = readScoreTables(facts.text, W).flatMap((t) => (t.total ? [t.total] : []));
  if (totals.length !== 1) return [];
  const t = totals[0]!;
  const sum = (k: 'weight' | 'score') => t.rows.reduce((s, r) => s + r[k].value, 0);
  if (t.rows.length < 2 || Math.abs(sum('weight') - t.weight.value) > tol || Math.abs(sum('score') - t.score.value) > tol) return [];
  const words = [...W.restatedTotalWords].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
  const re = new RegExp(`(?:${words})(?:为|是|：|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分(?![值数])`, 'g');
  const out: Finding[] = [];
  for (let m = re.exec(facts.text); m !== null && out.length < 5; m = re.exec(facts.text)) {
    const value = Number(m[1]);
    if (Math.abs(value - t.score.value) <= tol) continue;
    // Another year's score (上年度…自评得分为91.2分, 2022年度自评得分93.6分): the sentence up to the word names a year
    // other than the text's own, or none can be told, or a word of another period.
    const head = facts.text.slice(Math.max(facts.text.lastIndexOf('。', m.index), facts.text.lastIndexOf('\n', m.index)) + 1, m.index);
    const own = fiscalYear ?? facts.bodyYear;
    const years = [...head.matchAll(/(\d{4})年/g)].map((y) => Number(y[1]));
    if (years.some((y) => y !== own) || W.restatedOtherPeriodWords.some((w) => head.includes(w))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    out.push(
      finding({
        rule: 'table-text-mismatch',
        shape: 'indicator-restated-total',
        severity: W.severity['restated-actual'] ?? 'warning',
        message: `正文写“${m[0]}”，而自评表“${t.label.text}”得分为${t.score.text}（各指标分值、得分均与合计相符），两处不一致`,
        evidence: [quoteSpan(facts, { start: m.index, end: at + m[1]!.length }), quoteSpan(facts, { start: t.label.start, end: t.score.end })],
        calculation: `${m[1]} ≠ ${t.score.text}`,
      }),
    );
  }
  return out;
}

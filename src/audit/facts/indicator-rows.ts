/**
 * Indicator rows of a 绩效自评表 (部门整体支出 / 项目支出绩效自评表) as published text flattens them: one row a line with
 * its cells split by `|`, by tabs or by spaces, one cell a line (a stacked table), or a sentence of an analysis
 * (…年初指标值为不低于180人，全年实际完成值164人). Each row is read into its indicator name, its target (年度指标值: a
 * comparison, a number, a unit), its actual (实际完成值: a number in the same unit), its weight (分值) and score (得分),
 * and the 评分标准 and remark (偏差原因, 已完成) beside them. A row is read only when its cells are recognised; any
 * other row (a qualitative target 优 / 达标, a deadline 11月底前, two bare numbers with no unit nor comparison, more
 * numbers after the actual than a weight and a score) is not read. Pure functions of the text; the words, signs and
 * units are data (data/audit/indicator-rows.json).
 */
import type { Comparison, IndicatorRowWords } from '../config.ts';
import { parseChineseNumber } from './chinese-numbers.ts';
import type { Span } from './types.ts';

/** How the row was written: its cells split by `|`, by tabs, by spaces, one cell a line, or a sentence. */
export type RowShape = 'pipe' | 'tab' | 'space' | 'stacked' | 'prose' | 'labelled';

export interface RowText extends Span {
  readonly text: string;
}

export interface RowNumber extends RowText {
  readonly value: number;
}

/** A target or an actual: `≥1290.3平方米` → {op '>=', value 1290.3, unit 平方米}; `600余人` → {600, 人, approx}. */
export interface IndicatorValue extends RowNumber {
  readonly op: Comparison | null;
  /** '' when the cell writes none. */
  readonly unit: string;
  /** The number is a round figure (600余人, 200多人): a lower bound, not an exact count. */
  readonly approx: boolean;
}

export interface IndicatorRow {
  readonly shape: RowShape;
  readonly name: RowText;
  readonly target: IndicatorValue;
  readonly actual: IndicatorValue;
  readonly weight: RowNumber | null;
  readonly score: RowNumber | null;
  /** The text between the actual and the weight: the 评分标准 column when the form has one. */
  readonly standard: RowText | null;
  /** The text after the score: the 偏差原因 / 未完成原因 column. */
  readonly remark: RowText | null;
}

type Cell = RowText;

const NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const CJK = /[\u4e00-\u9fff]/;

function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * A target or actual as a cell writes it, the whole cell: a comparison, a number, a round-figure mark (余), a unit of
 * the list, a bound after it (以上) and a bracketed remark on the unit (%(百分比)). Null for anything else.
 */
export function parseIndicatorValue(raw: string, words: IndicatorRowWords): Pick<IndicatorValue, 'op' | 'value' | 'unit' | 'approx'> | null {
  let s = raw.trim();
  let op: Comparison | null = null;
  for (const c of [...words.comparisons].sort((a, b) => b.word.length - a.word.length)) {
    if (s.startsWith(c.word)) {
      op = c.op;
      s = s.slice(c.word.length).trimStart();
      break;
    }
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ''));
  s = s.slice(m[1]!.length).trim();
  let approx = false;
  for (const a of words.approxMarks) {
    if (s.startsWith(a)) {
      approx = true;
      s = s.slice(a.length);
      break;
    }
  }
  let unit = '';
  for (const u of byLength(words.units)) {
    if (s.startsWith(u)) {
      unit = u;
      s = s.slice(u.length);
      break;
    }
  }
  for (const w of byLength(words.atLeastAfter)) {
    if (s.startsWith(w)) {
      op ??= '>=';
      s = s.slice(w.length);
      break;
    }
  }
  for (const w of byLength(words.atMostAfter)) {
    if (s.startsWith(w)) {
      op ??= '<=';
      s = s.slice(w.length);
      break;
    }
  }
  // A bracketed remark on the unit (%(百分比)), nothing else.
  if (unit !== '' && /^[(（][^)）]{1,8}[)）]$/.test(s)) s = '';
  if (s !== '' || !Number.isFinite(value)) return null;
  return { op, value, unit, approx };
}

function cellValue(cell: Cell, words: IndicatorRowWords): IndicatorValue | null {
  const v = parseIndicatorValue(cell.text, words);
  return v ? { ...v, start: cell.start, end: cell.end, text: cell.text } : null;
}

/** Target and actual in one unit: the same unit, or one written and the other left to the column (never % against a count). */
export function sameUnit(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.unit === b.unit) return true;
  return (a.unit === '' || b.unit === '') && a.unit !== '%' && b.unit !== '%';
}

/** The unit of the pair: the one written. */
export function unitOf(row: IndicatorRow): string {
  return row.target.unit || row.actual.unit;
}

/**
 * Whether the actual misses the target in the direction the target states (≥ 9个: fewer; ≤ 5300元: more), or null
 * when that direction is unknown: an amount of money with no comparison (a cost may be meant as a ceiling), a round
 * figure (200余人) against a ceiling.
 */
export function missesTarget(row: IndicatorRow, words: IndicatorRowWords): boolean | null {
  const { target: t, actual: a } = row;
  if (!sameUnit(t, a)) return null;
  const op = t.op;
  // (Nor of a time with no comparison — 办结时限 15个工作日 may be a deadline, less being better: timeUnits.)
  if (op === null && (words.moneyUnits.includes(unitOf(row)) || words.timeUnits.includes(unitOf(row)))) return null;
  if ((op === '<=' || op === '<') && a.approx) return null;
  switch (op) {
    case '<=':
      return a.value > t.value;
    case '<':
      return a.value >= t.value;
    case '>':
      return a.value <= t.value;
    default:
      return a.value < t.value;
  }
}

function cell(text: string, start: number, end: number): Cell | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** A line's cells: split by `|`, else by tabs, else by spaces. */
function splitLine(text: string, start: number, end: number): { shape: RowShape; cells: Cell[] } {
  const line = text.slice(start, end);
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  const cells: Cell[] = [];
  if (sep !== null) {
    let from = start;
    for (let k = start; k <= end; k++) {
      if (k === end || text[k] === sep) {
        const c = cell(text, from, k);
        if (c && c.text !== '') cells.push(c);
        from = k + 1;
      }
    }
    return { shape: sep === '|' ? 'pipe' : 'tab', cells };
  }
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return { shape: 'space', cells };
}

function isOpOnly(c: Cell, words: IndicatorRowWords): boolean {
  return words.comparisons.some((x) => x.word === c.text);
}

function isUnitOnly(c: Cell, words: IndicatorRowWords): boolean {
  const t = c.text.replace(/[(（][^)）]{1,8}[)）]$/, '');
  return t !== '' && words.units.includes(t);
}

/** A comparison in a cell of its own before its number (≧ | 100), a unit in a cell of its own after it (100 | %): one cell. */
function mergeParts(cells: readonly Cell[], words: IndicatorRowWords): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i]!;
    if (isOpOnly(c, words) && cells[i + 1] && NUMBER.test(cells[i + 1]!.text)) {
      const n = cells[++i]!;
      c = { start: c.start, end: n.end, text: `${c.text}${n.text}` };
    }
    if (BARE_NUMBER.test(c.text.replace(/^\D+/, '')) && cells[i + 1] && isUnitOnly(cells[i + 1]!, words)) {
      const u = cells[++i]!;
      c = { start: c.start, end: u.end, text: `${c.text}${u.text}` };
    }
    out.push(c);
  }
  return out;
}

/** A cell that starts with a number and a unit and runs on in words (11场本指标满分6分): the two parts. */
function splitValuePrefix(c: Cell, words: IndicatorRowWords): [Cell, Cell] | null {
  const m = NUMBER.exec(c.text);
  if (!m) return null;
  let k = m[1]!.length;
  const approx = words.approxMarks.find((a) => c.text.startsWith(a, k));
  if (approx) k += approx.length;
  const unit = byLength(words.units).find((u) => c.text.startsWith(u, k));
  if (!unit || !CJK.test(c.text[k + unit.length] ?? '')) return null;
  k += unit.length;
  return [
    { start: c.start, end: c.start + k, text: c.text.slice(0, k) },
    { start: c.start + k, end: c.end, text: c.text.slice(k) },
  ];
}

function num(c: Cell | undefined): RowNumber | null {
  if (!c || !BARE_NUMBER.test(c.text)) return null;
  return { ...c, value: Number(c.text) };
}

function joined(cells: readonly Cell[], text: string): RowText | null {
  if (cells.length === 0) return null;
  const start = cells[0]!.start;
  const end = cells[cells.length - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** The recognised pair: a target that says how it is met (a comparison or a unit) and an actual of the same unit, with no comparison. */
function pairAt(cells: readonly Cell[], i: number, words: IndicatorRowWords): { target: IndicatorValue; actual: IndicatorValue } | null {
  const t = cells[i] && cellValue(cells[i]!, words);
  const a = cells[i + 1] && cellValue(cells[i + 1]!, words);
  if (!t || !a || a.op !== null || t.approx) return null;
  if (t.op === null && t.unit === '' && a.unit === '') return null;
  if (!sameUnit(t, a)) return null;
  return { target: t, actual: a };
}

/** A name opened by an age or an age range (65岁及以上老年人…, 0—6岁儿童…, 3-6岁幼儿…): at least four characters after 岁. */
const AGE_OPENED_NAME = /^\d{1,3}(?:\s*[—\-－~～至]\s*\d{1,3})?\s*周?岁[\u4e00-\u9fff（）()]{4,}/u;

function nameBefore(cells: readonly Cell[], i: number): RowText | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const c = cells[k]!;
    // (A name may open with a number of its own — 65岁及以上老年人健康管理率, 0—6岁儿童… — a cell whose number is followed
    // by more words than a value's unit: atext, dev 3079.)
    if (CJK.test(c.text) && (!NUMBER.test(c.text) || AGE_OPENED_NAME.test(c.text))) return c;
  }
  return null;
}

/**
 * One delimited line's row: [name …] target actual [standard …] weight score [remark …], or the weight first
 * ([name] weight target actual score, the 分值 column before the 年度指标值 one). Null when the cells are not so.
 */
function rowOfCells(shape: RowShape, raw: readonly Cell[], text: string, words: IndicatorRowWords, weightColumn: boolean): IndicatorRow | null {
  const cells = mergeParts(raw, words);
  for (let i = 1; i + 1 < cells.length; i++) {
    let pair = pairAt(cells, i, words);
    // Spaces between Chinese characters are dropped by the reader: in a space-split row the actual runs into the
    // standard after it (11场本指标满分6分，…). It is split off when the cell starts with a number and a unit.
    if (!pair && shape === 'space' && cellValue(cells[i]!, words)) {
      const parts = splitValuePrefix(cells[i + 1]!, words);
      if (parts) {
        cells.splice(i + 1, 1, ...parts);
        pair = pairAt(cells, i, words);
      }
    }
    if (!pair) continue;
    const tail = cells.slice(i + 2);
    const firstNum = tail.findIndex((c) => num(c) !== null);
    if (firstNum === -1) return null;
    let lastNum = firstNum;
    while (lastNum + 1 < tail.length && num(tail[lastNum + 1])) lastNum++;
    const rest = tail.slice(lastNum + 1);
    if (rest.some((c) => num(c) !== null || parseIndicatorValue(c.text, words) !== null)) return null;
    const nums = tail.slice(firstNum, lastNum + 1).map((c) => num(c)!);
    const before = tail.slice(0, firstNum);
    if (before.some((c) => parseIndicatorValue(c.text, words) !== null)) {
      // 新建高标准农田面积 | 8 | 2.3万亩 | 2.3万亩 | 8: a bare number read as the target was the weight before a target
      // with no comparison; the pair is read again one cell on.
      if (pair.target.op === null && pair.target.unit === '') continue;
      return null;
    }
    let weight: RowNumber | null = null;
    let score: RowNumber | null = null;
    let nameAt = i;
    if (nums.length === 2) [weight, score] = nums as [RowNumber, RowNumber];
    else if (nums.length === 1 && num(cells[i - 1]) && before.length === 0) {
      weight = num(cells[i - 1]);
      score = nums[0]!;
      nameAt = i - 1;
    } else if (nums.length === 1 && !weightColumn) score = nums[0]!;
    else return null;
    const name = nameBefore(cells, nameAt);
    if (!name) return null;
    return { shape, name, ...pair, weight, score, standard: joined(before, text), remark: joined(rest, text) };
  }
  return null;
}

/**
 * A space-split line holding several rows (a whole table read onto one line): [name …] target actual [standard]
 * weight score, repeated. A row's remark cannot be told from the next row's names: it is not read.
 */
function rowsOfLongLine(raw: readonly Cell[], text: string, words: IndicatorRowWords): IndicatorRow[] {
  const cells = mergeParts(raw, words);
  const out: IndicatorRow[] = [];
  for (let i = 1; i + 3 < cells.length; i++) {
    let pair = pairAt(cells, i, words);
    if (!pair && cellValue(cells[i]!, words)) {
      const parts = splitValuePrefix(cells[i + 1]!, words);
      if (parts) {
        cells.splice(i + 1, 1, ...parts);
        pair = pairAt(cells, i, words);
      }
    }
    if (!pair) continue;
    let j = i + 2;
    const before: Cell[] = [];
    while (j < cells.length && before.length < 2 && !num(cells[j]) && !cellValue(cells[j]!, words)) before.push(cells[j++]!);
    const weight = num(cells[j]);
    const score = num(cells[j + 1]);
    if (!weight || !score || num(cells[j + 2]) || (cells[j + 2] && cellValue(cells[j + 2]!, words))) continue;
    const name = nameBefore(cells, i);
    if (!name) continue;
    const standard = joined(before, text);
    out.push({ shape: 'space', name, ...pair, weight, score, standard: standard?.text.includes('分') ? standard : null, remark: null });
    i = j + 1;
  }
  return out;
}

/** One cell a line: [name] target actual weight score, repeated; nothing between them. */
function rowsOfStream(raw: readonly Cell[], words: IndicatorRowWords): IndicatorRow[] {
  const cells = mergeParts(raw, words);
  const out: IndicatorRow[] = [];
  for (let i = 1; i + 3 < cells.length; i++) {
    const pair = pairAt(cells, i, words);
    if (!pair) continue;
    const weight = num(cells[i + 2]);
    const score = num(cells[i + 3]);
    // Exactly two numbers after the pair: a third would make their roles unknown.
    if (!weight || !score || num(cells[i + 4]) || (cells[i + 4] && parseIndicatorValue(cells[i + 4]!.text, words))) continue;
    const name = nameBefore(cells, i);
    if (!name) continue;
    out.push({ shape: 'stacked', name, ...pair, weight, score, standard: null, remark: null });
    i += 3;
  }
  return out;
}

/** Where the header of an indicator table stands: a 得分 with a target's and an actual's column title within reach before it. */
function headerSpans(text: string, words: IndicatorRowWords): { start: number; weightColumn: boolean }[] {
  const out: { start: number; weightColumn: boolean }[] = [];
  for (const s of words.headers.score) {
    for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + s.length)) {
      const from = Math.max(0, at - 250);
      const window = text.slice(from, at + 120);
      const t = Math.min(...words.headers.target.map((w) => window.indexOf(w)).filter((k) => k !== -1));
      if (!Number.isFinite(t) || !words.headers.actual.some((w) => window.includes(w))) continue;
      out.push({ start: from + t, weightColumn: words.headers.weight.some((w) => window.includes(w)) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lines a table's rows are looked for in after its header. */
const TABLE_REACH_LINES = 150;

/** Every indicator row of the text's self-evaluation tables (after a header naming target, actual and score). */
export function readIndicatorRows(text: string, words: IndicatorRowWords): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const seen = new Set<number>();
  let readUpTo = -1;
  for (const h of headerSpans(text, words)) {
    let lineStart = text.lastIndexOf('\n', h.start) + 1;
    if (lineStart <= readUpTo) lineStart = readUpTo + 1;
    let stream: Cell[] = [];
    const flush = () => {
      for (const r of rowsOfStream(stream, words)) {
        if (seen.has(r.target.start)) continue;
        out.push(r);
        seen.add(r.target.start);
      }
      stream = [];
    };
    for (let n = 0; n < TABLE_REACH_LINES && lineStart < text.length; n++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      // A line of one cell (its border `|` at the end, if any) belongs to a stacked table.
      const bare = text.slice(lineStart, lineEnd).replace(/\s*\|\s*$/, '').trim();
      if (bare === '') {
        // a blank line between stacked cells
      } else if (!/[|\t]/.test(bare) && bare.split(/\s+/).length < 4) {
        const s = text.indexOf(bare, lineStart);
        stream.push({ start: s, end: s + bare.length, text: bare });
      } else {
        flush();
        const { shape, cells } = splitLine(text, lineStart, lineEnd);
        const row = rowOfCells(shape, cells, text, words, h.weightColumn);
        for (const r of row ? [row] : shape === 'space' ? rowsOfLongLine(cells, text, words) : []) {
          if (seen.has(r.target.start)) continue;
          out.push(r);
          seen.add(r.target.start);
        }
      }
      readUpTo = lineEnd;
      lineStart = lineEnd + 1;
    }
    flush();
  }
  const prose = proseRows(text, words, seen);
  for (const r of prose) seen.add(r.target.start);
  return out.concat(prose, labelledRows(text, words, seen)).sort((a, b) => a.target.start - b.target.start);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Indicators told in sentences: …人次数年初指标值为不低于180人，全年实际完成值164人 (or 年初任务数216786人，全年完成值201201人:
 * the words of the target and of the actual, indicator-rows proseTargetWords / proseActualWords). The name is the clause
 * before the target's word (after the last of ：，；。 and 第一、第二 …).
 */
function proseRows(text: string, words: IndicatorRowWords, seen: ReadonlySet<number>): IndicatorRow[] {
  const ops = byLength(words.comparisons.map((c) => c.word)).map(escapeRegex).join('|');
  const units = byLength(words.units).map(escapeRegex).join('|');
  const value = `(?:${ops})?\\s*\\d+(?:\\.\\d+)?(?:${words.approxMarks.map(escapeRegex).join('|')})?(?:${units})?`;
  const targetWords = byLength(words.proseTargetWords).map(escapeRegex).join('|');
  const actualWords = byLength(words.proseActualWords).map(escapeRegex).join('|');
  const targetWord = new RegExp(targetWords);
  const re = new RegExp(`(?:年初|年度|预期)?(?:${targetWords})(?:为|是|：)?(${value})[，,；;]\\s*(?:全年|年度|年末)?(?:${actualWords})(?:为|是|：)?(${value})(?![\\d.])`, 'g');
  const out: IndicatorRow[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tStart = m.index + m[0].indexOf(m[1]!, m[0].search(targetWord));
    const aStart = m.index + m[0].lastIndexOf(m[2]!);
    const t: Cell = { start: tStart, end: tStart + m[1]!.length, text: m[1]! };
    const a: Cell = { start: aStart, end: aStart + m[2]!.length, text: m[2]! };
    const pair = pairAt([t, a], 0, words);
    if (!pair || seen.has(t.start)) continue;
    let from = m.index;
    while (from > 0 && m.index - from < 60 && !'：:，,；;。\n'.includes(text[from - 1]!)) from--;
    let nameText = text.slice(from, m.index).replace(/^第[一二三四五六七八九十]+[，,、]?/, '');
    nameText = nameText.replace(/(年初|年度|预期)$/, '');
    if (!CJK.test(nameText)) continue;
    const nameStart = m.index - (text.slice(from, m.index).length - text.slice(from, m.index).indexOf(nameText));
    out.push({ shape: 'prose', name: { start: nameStart, end: nameStart + nameText.length, text: nameText }, ...pair, weight: null, score: null, standard: null, remark: null });
  }
  return out;
}

/** What a 评分标准 says: the full points, the value that earns them, and the points off per unit short. */
/** Longest line read for labelled clauses. */
const LABELLED_LINE_MAX = 300;

/**
 * An indicator told on one line as labelled clauses (indicator-rows labelledRow): 指标：生活垃圾分类准确率；目标值：≥90%；
 * 实际值：86.5%；得分：10（满分10）。 Preconditions, each needed: the line is at most LABELLED_LINE_MAX characters; its clauses
 * (parted by ；，。) hold exactly one each of a name, a target, an actual, a score and a weight label — a label opening
 * its clause (after the line's own number), followed by at most a link and then the value, which is the whole rest of the
 * clause (the weight may stand in brackets right after the score's number: 得分：10（满分10）); target and actual read as
 * a table's cells are (pairAt: one unit, the actual with no comparison); weight and score bare numbers. Silent otherwise.
 */
function labelledRows(text: string, words: IndicatorRowWords, seen: ReadonlySet<number>): IndicatorRow[] {
  const w = words.labelledRow;
  const kinds = (['name', 'target', 'actual', 'score', 'weight'] as const).map((kind) => ({ kind, labels: byLength(w[kind]) }));
  const links = byLength(w.links);
  const out: IndicatorRow[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const from = lineStart;
    lineStart = lineEnd + 1;
    if (line.length > LABELLED_LINE_MAX || !w.score.some((x) => line.includes(x))) continue;
    const found = new Map<string, Cell[]>();
    const clause = /[^；;，,。]+/g;
    for (let m = clause.exec(line); m; m = clause.exec(line)) {
      const raw = m[0];
      const lead = raw.length - raw.replace(/^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])?\s*/, '').length;
      const body = raw.slice(lead);
      for (const { kind, labels } of kinds) {
        const label = labels.find((l) => body.startsWith(l));
        if (label === undefined) continue;
        let k = label.length;
        const link = links.find((l) => body.startsWith(l, k));
        if (link) k += link.length;
        const value = body.slice(k).trim();
        if (value === '') break;
        const start = from + m.index + lead + body.indexOf(value, k);
        const list = found.get(kind) ?? [];
        list.push({ start, end: start + value.length, text: value });
        found.set(kind, list);
        break;
      }
    }
    // 得分：10（满分10）: the weight in brackets after the score.
    const scores = found.get('score');
    if (scores?.length === 1 && !found.has('weight')) {
      const s = scores[0]!;
      const b = /^(\d+(?:\.\d+)?)\s*分?\s*[（(]\s*(\S{1,4}?)[：:]?\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]$/.exec(s.text);
      if (b && w.weight.includes(b[2]!)) {
        const wAt = s.start + s.text.lastIndexOf(b[3]!);
        found.set('score', [{ start: s.start, end: s.start + b[1]!.length, text: b[1]! }]);
        found.set('weight', [{ start: wAt, end: wAt + b[3]!.length, text: b[3]! }]);
      }
    }
    if (kinds.some(({ kind }) => found.get(kind)?.length !== 1)) continue;
    const one = (kind: string): Cell => found.get(kind)![0]!;
    const pair = pairAt([one('target'), one('actual')], 0, words);
    const strip = (c: Cell): Cell => {
      const t = c.text.replace(/分$/, '');
      return { start: c.start, end: c.start + t.length, text: t };
    };
    const weight = num(strip(one('weight')));
    const score = num(strip(one('score')));
    if (!pair || !weight || !score || seen.has(pair.target.start)) continue;
    out.push({ shape: 'labelled', name: one('name'), ...pair, weight, score, standard: null, remark: null });
  }
  return out;
}

export interface ScoringStandard {
  readonly full: number | null;
  /** 达10场得6分: the value that earns the points, and where it is written. */
  readonly target: (RowText & { readonly value: number; readonly unit: string; readonly points: number }) | null;
  /** 少一场扣1分: points off for every `step` units short. */
  readonly deduction: { readonly step: number; readonly points: number } | null;
}

function smallNumber(s: string): number | null {
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : parseChineseNumber(s);
}

/** Reads a 评分标准 in the unit of its row; null parts where the standard does not say them so. */
export function readStandard(standard: RowText, unit: string, words: IndicatorRowWords): ScoringStandard {
  const text = standard.text;
  const fullM = /满分\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  const full = fullM ? Number(fullM[1]) : null;
  const units = byLength(words.units).map(escapeRegex).join('|');
  let target: ScoringStandard['target'] = null;
  const tier = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${units})(?:及以上|以上)?(?:的|者)?[，,]?\\s*得\\s*(\\d+(?:\\.\\d+)?)\\s*分`, 'g');
  for (let m = tier.exec(text); m; m = tier.exec(text)) {
    if (m[2] !== unit) continue;
    const points = Number(m[3]);
    if (full !== null && points !== full) continue;
    const start = standard.start + m.index;
    target = { start, end: start + m[0].length, text: m[0], value: Number(m[1]), unit: m[2]!, points };
    break;
  }
  let deduction: ScoringStandard['deduction'] = null;
  const d = new RegExp(`(?:每)?(?:少|减少|降低|下降)[\\u4e00-\\u9fff]{0,4}?([一二两三四五\\d]+(?:\\.\\d+)?)\\s*(?:${units}|个百分点)?\\s*扣\\s*(\\d+(?:\\.\\d+)?)\\s*分`).exec(text);
  if (d) {
    const step = smallNumber(d[1]!.replace('两', '二'));
    if (step !== null && step > 0) deduction = { step, points: Number(d[2]) };
  }
  return { full, target, deduction };
}

/**
 * The score the standard gives the row's actual: full points at or above the value that earns them, less the points
 * per unit short below it, never below 0. Null when the standard, the row or the direction does not allow it (a
 * ceiling, a round figure, a full score other than the weight).
 */
export function standardScore(row: IndicatorRow, std: ScoringStandard): number | null {
  if (!row.weight || !std.deduction || row.actual.approx) return null;
  if (row.target.op === '<=' || row.target.op === '<') return null;
  const full = std.target?.points ?? std.full ?? row.weight.value;
  if (full !== row.weight.value) return null;
  const base = std.target?.value ?? row.target.value;
  if (row.actual.value >= base) return full;
  const steps = Math.ceil((base - row.actual.value) / std.deduction.step - 1e-9);
  return Math.max(0, full - steps * std.deduction.points);
}

/** One goal of the 年度总体目标 row, as set (预期目标) and as told done (实际完成情况), paired by its number 目标N. */
export interface GoalPair {
  readonly number: number;
  readonly expected: RowText;
  readonly actual: RowText;
}

const GOAL_MARK = /目标\s*(\d+)\s*[:：]/g;

function goalItems(c: RowText): Map<number, RowText> {
  const marks = [...c.text.matchAll(GOAL_MARK)];
  const out = new Map<number, RowText>();
  marks.forEach((m, k) => {
    const from = m.index! + m[0].length;
    const to = k + 1 < marks.length ? marks[k + 1]!.index! : c.text.length;
    const body = c.text.slice(from, to).replace(/[；;。，,\s]+$/, '');
    if (!out.has(Number(m[1]))) out.set(Number(m[1]), { start: c.start + from, end: c.start + from + body.length, text: body });
  });
  return out;
}

/**
 * The goals of a 年度总体目标 row whose two cells (预期目标 | 实际完成情况, split by `|` or tabs) both list 目标1：… :
 * each goal set beside the same goal told done.
 */
export function readGoalPairs(text: string): GoalPair[] {
  const out: GoalPair[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (/[|\t]/.test(text.slice(at, end)) && text.slice(at, end).includes('目标')) {
      const cells = splitLine(text, at, end).cells.filter((c) => /目标\s*1\s*[:：]/.test(c.text));
      if (cells.length === 2) {
        const expected = goalItems(cells[0]!);
        const actual = goalItems(cells[1]!);
        for (const [number, e] of expected) {
          const a = actual.get(number);
          if (a) out.push({ number, expected: e, actual: a });
        }
      }
    }
    at = end + 1;
  }
  return out;
}

/**
 * A goal told done in the words it was set in, one number of it lower (安装550万元 set, 安装450万元 told done): the two
 * numbers and where they stand; null when the words differ or more than one number does.
 */
export function lowerRestatement(pair: GoalPair): { expected: RowNumber; actual: RowNumber } | null {
  const numbers = (t: RowText) => [...t.text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({ start: t.start + m.index!, end: t.start + m.index! + m[0].length, text: m[0], value: Number(m[0]) }));
  const skeleton = (t: RowText) => t.text.replace(/\d+(?:\.\d+)?/g, '#').replace(/[\s，,；;。、]/g, '');
  if (skeleton(pair.expected) !== skeleton(pair.actual)) return null;
  const e = numbers(pair.expected);
  const a = numbers(pair.actual);
  const differ = e.map((_, k) => k).filter((k) => e[k]!.value !== a[k]!.value);
  if (differ.length !== 1) return null;
  const k = differ[0]!;
  return a[k]!.value < e[k]!.value ? { expected: e[k]!, actual: a[k]! } : null;
}

/** A table's total row (合计 | 100 | 92) and the weight and score of every row above it. */
export interface ScoreTotal {
  readonly label: RowText;
  readonly weight: RowNumber;
  readonly score: RowNumber;
  readonly rows: readonly { readonly weight: RowNumber; readonly score: RowNumber }[];
}

/**
 * The weights and scores of a self-evaluation table whose rows are one a line (split by `|`, tabs or spaces) down to
 * a total row (合计, 总分: its label and exactly two numbers, the total weight and the total score). A row's weight
 * and score are its last two cells, numbers both (after one remark cell at most), the cell before them not a number.
 * A table with a row of numbers not so written, or a row one cell a line, gives no total: which numbers are its
 * weights is then unknown.
 */
export function readScoreTotals(text: string, words: IndicatorRowWords): ScoreTotal[] {
  return readScoreTables(text, words).flatMap((t) => (t.total ? [t.total] : []));
}

/**
 * A self-evaluation table as readScoreTotals reads it, with or without a total row. `closed` holds the rows read before
 * the first line after them that is not a row (a line of prose, a row whose weight cannot be told): without a total row,
 * only those are the table's for sure.
 */
export interface ScoreTable {
  readonly total: ScoreTotal | null;
  readonly closed: readonly { readonly weight: RowNumber; readonly score: RowNumber }[];
  /** Where the last row read ends. */
  readonly end: number;
  /** Read from lines split by single spaces (a newer reading: its findings are 警告 at most). */
  readonly spaced?: boolean;
}

export function readScoreTables(text: string, words: IndicatorRowWords): ScoreTable[] {
  const out: ScoreTable[] = [];
  let readUpTo = -1;
  for (const h of headerSpans(text, words)) {
    let lineStart = text.lastIndexOf('\n', h.start) + 1;
    if (lineStart <= readUpTo) continue;
    // The funds row of the form above the indicator rows (年度资金总额 | … | 分值 10 | 执行率 96.00% | 得分 9.60) is one of
    // the rows the total adds up.
    const funds = fundsRowAbove(text, lineStart, words);
    const rows: { weight: RowNumber; score: RowNumber }[] = funds ? [{ weight: funds.weight, score: funds.score }] : [];
    let closed: { weight: RowNumber; score: RowNumber }[] | null = null;
    let end = lineStart;
    let total: ScoreTotal | null = null;
    for (let n = 0; n < TABLE_REACH_LINES && lineStart < text.length; n++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      readUpTo = lineEnd;
      const { cells } = splitLine(text, lineStart, lineEnd);
      lineStart = lineEnd + 1;
      const numbers = cells.filter((c) => num(c) !== null);
      if (numbers.length === 0) {
        if (rows.length > 0 && cells.length > 0 && closed === null) closed = [...rows];
        continue;
      }
      if (cells.length < 3) break;
      const first = cells[0]!;
      if (words.totalWords.some((w) => first.text.replace(/\s/g, '').startsWith(w))) {
        if (numbers.length === 2 && cells.length === 3) total = { label: first, weight: num(numbers[0])!, score: num(numbers[1])!, rows: [...rows] };
        break;
      }
      let k = cells.length - 1;
      if (!num(cells[k]) && !cellValue(cells[k]!, words)) k--;
      const weight = num(cells[k - 1]);
      const score = num(cells[k]);
      if (!weight || !score || num(cells[k - 2])) break;
      rows.push({ weight, score });
      end = lineEnd;
    }
    out.push({ total, closed: total ? [] : (closed ?? rows), end });
  }
  for (const t of readScoreSummaries(text, words)) out.push(t);
  return out.sort((a, b) => a.end - b.end);
}

/** Lines above an indicator header within which the form's funds rows are looked for. */
const FUNDS_REACH_LINES = 14;

/** The funds row of a 自评表 (项目资金 … 分值 | 执行率 | 得分 over 年度资金总额 | … | 10 | 96.00% | 9.60). */
export interface FundsRow {
  readonly label: RowText;
  readonly weight: RowNumber;
  readonly rate: RowText;
  readonly score: RowNumber;
}

/**
 * The funds row of the form whose indicator header starts at `headerLine`: a line within FUNDS_REACH_LINES above it
 * whose cells name a weight, a rate (fundsRateHeaders) and a score column and no target or actual, and the line right
 * under it with as many cells, a label first and, in those columns, a bare weight, a rate in per cent and a bare score.
 * Any other layout: null (its weight is then unknown, and the table's total is checked only if its rows add up alone).
 */
export function fundsRowAbove(text: string, headerLine: number, words: IndicatorRowWords): FundsRow | null {
  let end = headerLine - 1;
  for (let n = 0; n < FUNDS_REACH_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const { cells } = splitLine(text, start, end);
    const at = (ws: readonly string[]) => cells.findIndex((c) => ws.includes(c.text));
    const w = at(words.headers.weight);
    const r = at(words.fundsRateHeaders);
    const sc = at(words.headers.score);
    const named = (ws: readonly string[]) => cells.some((c) => ws.some((x) => c.text.includes(x)));
    if (w !== -1 && r !== -1 && sc !== -1 && !named(words.headers.target) && !named(words.headers.actual)) {
      let rowEnd = text.indexOf('\n', end + 1);
      if (rowEnd === -1) rowEnd = text.length;
      const row = splitLine(text, end + 1, rowEnd).cells;
      if (row.length !== cells.length || num(row[0]) !== null) return null;
      const weight = num(row[w]);
      const score = num(row[sc]);
      const rate = row[r];
      if (!weight || !score || !rate || !/^\d+(?:\.\d+)?[%％]$/.test(rate.text)) return null;
      return { label: row[0]!, weight, rate, score };
    }
    end = start - 1;
  }
  return null;
}

/**
 * A summary of scores by block (一级指标 | 分值 | 自评得分 over 预算编制 | 20 | 19 … 合计 | 100 | 93.5): a line split by `|`
 * or tabs — or by single spaces, each header cell a word of Chinese alone — whose last two cells are a weight and a score header, and no target or actual header (those tables are read
 * by readScoreTables); every line below, down to a total row, as many cells as the header, its last two cells numbers
 * and the cell before them not. Any other line before the total row: nothing is read.
 */
function readScoreSummaries(text: string, words: IndicatorRowWords): ScoreTable[] {
  const out: ScoreTable[] = [];
  const has = (c: Cell | undefined, ws: readonly string[]) => c !== undefined && ws.some((w) => c.text.includes(w));
  let readUpTo = -1;
  for (const s of words.headers.score) {
    for (let at = text.indexOf(s); at !== -1 && out.length < 20; at = text.indexOf(s, at + s.length)) {
      let lineStart = text.lastIndexOf('\n', at) + 1;
      if (lineStart <= readUpTo) continue;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      const header = splitLine(text, lineStart, lineEnd);
      // A header split by single spaces (一级指标 分值 得分, a typed or copied table) is read only when each of its cells is
      // a word of Chinese alone: prose split at its spaces is not (its rows must then match the header cell for cell).
      if (header.shape === 'space' && !header.cells.every((c) => /^[\u4e00-\u9fff（）()]+$/.test(c.text))) continue;
      const n = header.cells.length;
      if (n < 3 || !has(header.cells[n - 1], words.headers.score) || !has(header.cells[n - 2], words.headers.weight)) continue;
      if (header.cells.some((c) => has(c, words.headers.target) || has(c, words.headers.actual) || num(c) !== null)) continue;
      const rows: { weight: RowNumber; score: RowNumber }[] = [];
      lineStart = lineEnd + 1;
      readUpTo = lineEnd;
      for (let k = 0; k < TABLE_REACH_LINES && lineStart < text.length; k++) {
        lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = text.length;
        const { shape, cells } = splitLine(text, lineStart, lineEnd);
        lineStart = lineEnd + 1;
        readUpTo = lineEnd;
        if (shape !== header.shape || cells.length !== n || num(cells[0]) !== null || num(cells[n - 3]) !== null) break;
        const weight = num(cells[n - 2]);
        const score = num(cells[n - 1]);
        if (!weight || !score) break;
        if (words.totalWords.some((w) => cells[0]!.text.replace(/\s/g, '').startsWith(w))) {
          if (rows.length >= 2) out.push({ total: { label: cells[0]!, weight, score, rows: [...rows] }, closed: [], end: lineEnd, spaced: header.shape === 'space' });
          break;
        }
        rows.push({ weight, score });
      }
    }
  }
  return out;
}

/** A sentence stating a table's total weight and the total score (项目各项指标分值合计100分，自评得分97分). */
export interface StatedScoreTotal {
  readonly weight: RowNumber;
  readonly score: RowNumber;
}

/**
 * Sentences that state the total weight and then, within the same clause run, the total score: a statedWeight word,
 * its number of points, and a statedScore word with its number of points (分值合计100分，自评得分97分; 满分100分，综合得分
 * 86.5分). Words: data/audit/indicator-rows.json statedWeight / statedScore.
 */
export function readStatedScoreTotals(text: string, words: IndicatorRowWords): StatedScoreTotal[] {
  const out: StatedScoreTotal[] = [];
  const alt = (ws: readonly string[]) => byLength(ws).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?:${alt(words.statedWeight)})(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*分[，,、；;]?\\s*(?:[^。；;\\n\\d]{0,12}?)(?:${alt(words.statedScore)})(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*分`, 'g');
  for (let m = re.exec(text); m !== null && out.length < 20; m = re.exec(text)) {
    const ws = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/));
    const w = { start: ws, end: ws + m[1]!.length, text: m[1]!, value: Number(m[1]) };
    const ss = m.index + m[0].lastIndexOf(m[2]!);
    out.push({ weight: w, score: { start: ss, end: ss + m[2]!.length, text: m[2]!, value: Number(m[2]) } });
  }
  return out;
}

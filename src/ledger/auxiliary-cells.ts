/**
 * Some accounting packages (用友 NC / 财务云 明细账, 辅助明细账) export every auxiliary field of an entry in ONE cell:
 * 【支出功能分类科目:2130201 行政运行】【部门预算支出经济分类:30201 办公费】【项目:…】, or the same as
 * 「名称:值; 名称:值」. Such a column is recognised by its content (not its header), and each name becomes a
 * column of its own after the file's last column, headed by the name, so the usual header synonyms map it
 * (data/ledger/header-synonyms.json). Rows are expanded lazily: a 200,000-row file is not copied.
 * A cell of 名称=值 pairs (功能分类=2101501 行政运行;经济分类=30201 办公费;项目=…) is read the same way, with a stricter
 * precondition, as `=` is common in free text: every part of the cell is a pair whose name is a header synonym.
 * A 用友 GRP / 政府会计制度 序时账 writes its 辅助核算 with other separators (，/、 or [名称:值]) and labels of its own
 * (单位 for the payee): the labels of data/ledger/header-synonyms.json auxiliaryLabels, and the header synonyms, are
 * then found where they begin a pair, and each value ends where the next known label begins. A label of a field is
 * headed by the field's first header synonym (单位 → 收款人); once a column is known as a 辅助核算 column, a cell of
 * one pair whose name the column uses elsewhere (功能分类:2140106 公路养护 on a counter-line) is read too.
 * A 金蝶云星空 核算维度 cell writes 维度/编码/名称 parts (功能分类/2010101/行政运行;经济分类/30206/电费;部门/01/办公室),
 * read when every part begins with a known label and a slash (slashPairs).
 * A 摘要 with the 辅助核算 appended in brackets (发放1月工资【部门：综合科】【功能科目：2030603 人民防空】, or a bare
 * 【2130101 行政运行】) is read the same way (inlineItems): the items become columns, and leave the cell, whose remaining
 * text is the summary.
 */
import { padRow, type RowSource, remapRows } from '../reference/table-file.ts';
import { LEDGER_FIELDS, type LedgerField } from './entry.ts';
import { normalizeHeader } from './column-mapping.ts';
import { loadLedgerRuleData } from './rule-data.ts';

/** 【名称:值】, [名称:值] or ［名称：值］, the pair whole inside its brackets. */
const BRACKETED = /[【[［]([^【】[\]［］:：]{1,30})[:：]([^【】[\]［］]*)[】\]］]/gu;
const SEPARATOR = /[;；|\n]/u;
const PLAIN_PAIR = /^\s*([^:：;；|]{1,30}?)\s*[:：]\s*(.*?)\s*$/su;
const SLASH_PAIR = /^\s*([^/／;；|]{1,30}?)\s*[/／]\s*(.*?)\s*$/su;
const DASH_PAIR = /^\s*([^-;；|]{1,30}?)\s*-{2,}\s*(.*?)\s*$/su;
const EQUALS_PAIR = /^\s*([^=＝;；|]{1,30}?)\s*[=＝]\s*(.*?)\s*$/su;
/** A label of a pair that is no known one: a short word (客户, 职员, 银行账户), not a phrase of free text. */
const WORD_LABEL = /^[\p{Script=Han}A-Za-z]{1,8}$/u;
/** Where a value meets a pair of an unknown label: a separator, a short word and : ： = or ＝. */
const UNKNOWN_PAIR = /[\s;；,，|｜、]+[\p{Script=Han}A-Za-z]{1,8}\s*[:：=＝]/u;

let synonymNames: ReadonlySet<string> | undefined;
/** Every header synonym of every field, normalised: the names a 名称=值 cell may use. */
function headerNames(): ReadonlySet<string> {
  synonymNames ??= new Set(Object.values(loadLedgerRuleData().headerSynonyms).flat().map(normalizeHeader));
  return synonymNames;
}

interface KnownLabels {
  /** A label at the start of a pair: after the cell's start, a separator or an opening bracket, before : or ：. */
  readonly pattern: RegExp;
  /** A label of auxiliaryLabels that is no header synonym → the header its column takes (单位 → 收款人). */
  readonly headerOf: ReadonlyMap<string, string>;
  /** A label (normalised) → the field it names, by the header synonyms and auxiliaryLabels. */
  readonly fieldOf: ReadonlyMap<string, LedgerField>;
  /** Whether a label (as written) is a known one: a field's (fieldOf) or one of auxiliaryLabels.other. */
  readonly isKnown: (label: string) => boolean;
  /** The closing bracket of each opening one (auxiliaryLabels.brackets). */
  readonly closerOf: ReadonlyMap<string, string>;
}

let knownLabels: KnownLabels | undefined;
function labels(): KnownLabels {
  if (knownLabels) return knownLabels;
  const data = loadLedgerRuleData();
  const headerOf = new Map<string, string>();
  const fieldOf = new Map<string, LedgerField>();
  for (const field of LEDGER_FIELDS) {
    const first = data.headerSynonyms[field][0];
    for (const label of data.headerSynonyms[field]) if (!fieldOf.has(normalizeHeader(label))) fieldOf.set(normalizeHeader(label), field);
    for (const label of data.auxiliaryLabels.fields[field] ?? []) {
      if (first !== undefined && !headerNames().has(normalizeHeader(label))) headerOf.set(normalizeHeader(label), first);
      if (!fieldOf.has(normalizeHeader(label))) fieldOf.set(normalizeHeader(label), field);
    }
  }
  const all = [
    ...Object.values(data.headerSynonyms).flat(),
    ...Object.values(data.auxiliaryLabels.fields).flat(),
    ...data.auxiliaryLabels.other,
  ];
  // Longest first, so 项目名称 is read before 项目 and 往来单位 before 单位.
  const alternatives = [...new Set(all.map((l) => l.trim()).filter((l) => l !== ''))]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const names = alternatives.join('|') || '(?!)';
  // 名称:值 (or ：, =, ＝, / after the name) where a pair begins, or [名称]值 / 【名称】值 anywhere (the bracket marks it).
  const pattern = new RegExp(`(?<=^|[\\s;；,，/／、|｜【\\[［(（])(${names})\\s*[:：=＝/／]|[【\\[［](${names})[】\\]］]`, 'gu');
  const other = new Set(data.auxiliaryLabels.other.map(normalizeHeader));
  const isKnown = (label: string): boolean => fieldOf.has(normalizeHeader(label)) || other.has(normalizeHeader(label));
  const closerOf = new Map(data.auxiliaryLabels.brackets.map((pair) => [pair[0]!, pair[1]!] as const));
  knownLabels = { pattern, headerOf, fieldOf, isKnown, closerOf };
  return knownLabels;
}

/** Whether a name is a label a 辅助核算 text uses (a field's, or another known one: 部门, 资金性质 …). */
export function isAuxiliaryLabel(name: string): boolean {
  return labels().isKnown(name);
}

/** The header an auxiliary name's column takes: a field's label that is no header synonym is headed by the field's. */
function columnHeader(name: string): string {
  return labels().headerOf.get(normalizeHeader(name)) ?? name;
}

/**
 * The pairs of a cell read by its known labels (any separator between them): each value runs to the next known label,
 * without the separator and the bracket that closes its pair; none unless the cell begins with a pair.
 */
function labelledPairs(cell: string): [string, string][] {
  const { pattern } = labels();
  const starts = [...cell.matchAll(pattern)];
  // Precondition: the cell is pairs from its start (free text that names a 项目: somewhere is no 辅助核算 cell).
  if (starts.length === 0 || !/^\s*[【[［(（]?\s*$/u.test(cell.slice(0, starts[0]!.index))) return [];
  return starts.map((m, i) => {
    const next = starts[i + 1];
    // The next pair's opening bracket is no part of this value ([名称]值 starts at its bracket).
    const end =
      next === undefined ? cell.length : next[2] === undefined && /[【[［(（]/u.test(cell[next.index! - 1] ?? '') ? next.index! - 1 : next.index!;
    let value = cell.slice(m.index! + m[0].length, end);
    // A pair of an unknown label between two known ones (…行政运行；客户=县宾馆；部门=…): the value ends before it.
    const unknown = UNKNOWN_PAIR.exec(value);
    if (unknown !== null) value = value.slice(0, unknown.index);
    value = value.replace(/[\s;；,，/／、|｜]+$/u, '');
    const opener = m[2] === undefined && m.index! > 0 ? cell[m.index! - 1] : '';
    const closer = opener === '【' ? '】' : opener === '[' ? ']' : opener === '［' ? '］' : opener === '(' ? ')' : opener === '（' ? '）' : '';
    if (closer !== '' && value.endsWith(closer)) value = value.slice(0, -closer.length);
    return [(m[1] ?? m[2])!, value.trim()];
  });
}

/**
 * 名称=值 pairs, only when every non-empty part of the cell is one, and every name is in `names` — or, beside two known
 * names at least (a header synonym or a 辅助核算 label), is a short word of its own (客户=县宾馆 between 功能科目= and
 * 部门=), read as a pair of its own rather than swallowed by the value before it.
 */
function equalsPairs(cell: string, names: ReadonlySet<string>): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  let unknown = 0;
  for (const part of cell.split(SEPARATOR)) {
    if (part.trim() === '') continue;
    const m = EQUALS_PAIR.exec(part);
    if (!m) return undefined;
    if (!names.has(normalizeHeader(m[1]!))) {
      if (!WORD_LABEL.test(m[1]!.trim())) return undefined;
      unknown++;
    }
    pairs.push([m[1]!.trim(), m[2]!]);
  }
  const known = pairs.filter(([name]) => names.has(normalizeHeader(name)) || labels().isKnown(name)).length;
  return unknown === 0 || known >= 2 ? pairs : undefined;
}

/**
 * 维度/编码/名称 parts (金蝶云星空 核算维度: 功能分类/2010101/行政运行;经济分类/30206/电费;部门/01/办公室), only when every
 * non-empty part of the cell begins with a known label (a header synonym or an auxiliaryLabels label) and a slash:
 * a slash is common in free text and in name paths. The value is the rest, its slashes read as spaces (2010101 行政运行).
 */
function slashPairs(cell: string): [string, string][] | undefined {
  const { isKnown } = labels();
  const pairs: [string, string][] = [];
  for (const part of cell.split(SEPARATOR)) {
    if (part.trim() === '') continue;
    const m = SLASH_PAIR.exec(part);
    if (!m || !isKnown(m[1]!)) return undefined;
    pairs.push([m[1]!.trim(), m[2]!.replace(/\s*[/／]\s*/gu, ' ').trim()]);
  }
  return pairs;
}

/**
 * 类别---代码---名称 parts (金蝶 K/3 凭证引出 核算项目: 功能科目---2012901---行政运行;经济科目---30201---办公费), only when
 * every non-empty part of the cell begins with a known label and a run of dashes. The value is the rest, its dash runs
 * read as spaces (2012901 行政运行).
 */
function dashPairs(cell: string): [string, string][] | undefined {
  const { isKnown } = labels();
  const pairs: [string, string][] = [];
  for (const part of cell.split(SEPARATOR)) {
    if (part.trim() === '') continue;
    const m = DASH_PAIR.exec(part);
    if (!m || !isKnown(m[1]!)) return undefined;
    pairs.push([m[1]!.trim(), m[2]!.replace(/\s*-{2,}\s*/gu, ' ').trim()]);
  }
  return pairs;
}

/** A bracketed label (功能科目, or 功能科目：2010301 行政运行 with its value inside): no digit before its colon. */
const BRACKET_LABEL = /^\s*([^:：\d]{1,30}?)\s*(?:[:：]\s*([\s\S]*?))?\s*$/u;
/** What may stand between one bracketed pair and the next besides a value. */
const BETWEEN = /^[\s;；,，|｜、/／]+|[\s;；,，|｜、/／]+$/gu;

/**
 * The pairs of a cell whose labels stand in brackets, in any of the bracket pairs of the data (【】, [], 〔〕, ｛｝ …),
 * the value after the label (【项目】XM01 名称【功能科目】2010301 行政运行) or inside with it (〔功能科目：2010301 行政运行〕):
 * the one reading of every bracket notation. The cell begins with its first label; the bracket pair is the one it
 * begins with, so other brackets in a value stay there ([30201]办公费 after 【经济科目】, 〔2024〕 of a 文号). A
 * bracketed text with a digit before any colon is no label (a code, a year). Undefined unless one label at least is a
 * known one (a header synonym or an auxiliaryLabels label); an unknown label (【政府经济分类】) ends the value before
 * it and is a pair of its own, so no value swallows it.
 */
export function bracketPairs(cell: string): [string, string][] | undefined {
  const text = cell.trim();
  const open = text[0] ?? '';
  const { closerOf, isKnown } = labels();
  const close = closerOf.get(open);
  if (close === undefined) return undefined;
  const labelsFound: { start: number; end: number; label: string; inner: string | undefined }[] = [];
  for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
    // The closer that matches this opener ([支出功能分类科目:[2070306]体育训练]: the value holds a pair of its own).
    let j = -1;
    for (let k = i, depth = 0; k < text.length; k++) {
      if (text[k] === open) depth++;
      else if (text[k] === close && --depth === 0) {
        j = k;
        break;
      }
    }
    if (j < 0) break;
    const m = BRACKET_LABEL.exec(text.slice(i + 1, j));
    if (!m || !/[\p{Script=Han}A-Za-z]/u.test(m[1]!) || m[1]!.includes(open) || m[1]!.includes(close)) continue;
    labelsFound.push({ start: i, end: j + 1, label: m[1]!.trim(), inner: m[2] });
    i = j;
  }
  if (labelsFound[0]?.start !== 0) return undefined;
  if (!labelsFound.some((l) => isKnown(l.label))) return undefined;
  return labelsFound.map((l, k) => {
    const after = text.slice(l.end, labelsFound[k + 1]?.start ?? text.length).replace(BETWEEN, '');
    const value = [l.inner?.trim() ?? '', after].filter((v) => v !== '').join(' ');
    return [l.label, value];
  });
}

/**
 * The name → value pairs of an auxiliary cell; undefined when the cell holds fewer than two. `names`: the names a
 * 名称=值 cell may use (default: the header synonyms).
 */
export function auxiliaryPairs(cell: string, names?: ReadonlySet<string>, minPairs = 2): [string, string][] | undefined {
  // Labels in brackets (【项目】…【功能科目】…, 〔名称：值〕): one reading for every bracket pair.
  const bracketed = bracketPairs(cell);
  if (bracketed !== undefined) return bracketed.length >= minPairs ? bracketed : undefined;
  // 类别---代码---名称 parts (K/3 核算项目), read before the other shapes: such a cell has no other delimiter.
  if (cell.includes('---') && !cell.includes(':') && !cell.includes('：')) {
    const dashed = dashPairs(cell);
    if (dashed !== undefined) return dashed.length >= minPairs ? dashed : undefined;
  }
  // No delimiter of a pair (: ： = ＝ / ／) and no closing bracket of a [名称]值: no pairs (the common case, fast).
  if (!/[:：=＝/／\]】］]/u.test(cell)) return undefined;
  let pairs: [string, string][] = [];
  if (cell.includes(':') || cell.includes('：')) {
    for (const m of cell.matchAll(BRACKETED)) pairs.push([m[1]!.trim(), m[2]!.trim()]);
    if (pairs.length === 0) {
      for (const part of cell.split(SEPARATOR)) {
        const m = PLAIN_PAIR.exec(part);
        if (m && m[1]!.trim() !== '') pairs.push([m[1]!.trim(), m[2]!]);
      }
    }
  } else if (cell.includes('=') || cell.includes('＝')) {
    pairs = equalsPairs(cell, names ?? headerNames()) ?? [];
  } else if (cell.includes('/') || cell.includes('／')) {
    pairs = slashPairs(cell) ?? [];
  }
  // Other separators (，/ space, or [名称:值], [名称]值, 名称=值 and 名称/值 with any separator): the known labels
  // find more pairs than the separators do.
  const labelled = labelledPairs(cell);
  if (labelled.length > pairs.length) pairs = labelled;
  return pairs.length >= minPairs ? pairs : undefined;
}

/** A bracketed 名称：值 item: the label (no digit) and the value. */
const INLINE_LABEL = /^\s*([^:：\d]{1,30}?)\s*[:：]\s*([\s\S]*?)\s*$/u;
/** A bracketed bare code followed by its name (2130101 行政运行, 30201办公费). */
const BARE_CODE = /^\s*(\d{3,7})\s*(\p{Script=Han}[\s\S]*?)\s*$/u;
/** What stands at the seam between a free text and the items cut out of it. */
const SEAM = /^[\s;；,，|｜、]+|[\s;；,，|｜、]+$/gu;

/** A free text with its bracketed 辅助核算 items read out: the pairs, and the text left. */
export interface InlineItems {
  readonly pairs: [string, string][];
  readonly rest: string;
}

let inlineData: { closerOf: ReadonlyMap<string, string>; bare: readonly { label: string; pattern: RegExp }[] } | undefined;
function inlineSettings(): NonNullable<typeof inlineData> {
  if (inlineData) return inlineData;
  const data = loadLedgerRuleData();
  const closerOf = new Map(data.auxiliaryLabels.inlineBrackets.map((pair) => [pair[0]!, pair[1]!] as const));
  // A bare code is labelled as its field's first label (功能分类), else the field's first header synonym.
  const bare = data.auxiliaryLabels.bareCodes.flatMap(({ field, pattern }) => {
    const label = data.auxiliaryLabels.fields[field]?.[0] ?? data.headerSynonyms[field][0];
    return label === undefined ? [] : [{ label, pattern }];
  });
  inlineData = { closerOf, bare };
  return inlineData;
}

/**
 * The 辅助核算 items a free text carries in brackets (auxiliaryLabels.inlineBrackets), before, after or inside it:
 * 发放1月工资【部门：综合科】【功能科目：2030603 人民防空】, 【2130101 行政运行】购复印纸. An item is a bracket whose text
 * is a known label, a colon and the value (【项目：GD2024-02 警报设施维护】), or a bare code of a field's shape
 * (auxiliaryLabels.bareCodes) followed by its name (【2130101 行政运行】 → 功能分类); any other bracket (【补录】, 〔2024〕,
 * [30201] without a name, 【注：…】 with an unknown label) stays text. Undefined when the text has no item, or nothing
 * but items (a 辅助核算 cell of its own, read by auxiliaryPairs). `rest`: the text without its items.
 */
export function inlineItems(cell: string): InlineItems | undefined {
  const { closerOf, bare } = inlineSettings();
  const { isKnown } = labels();
  let opens = false;
  for (const open of closerOf.keys()) if (cell.includes(open)) opens = true;
  if (!opens) return undefined;
  const pairs: [string, string][] = [];
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < cell.length; i++) {
    const open = cell[i]!;
    const close = closerOf.get(open);
    if (close === undefined) continue;
    // The closer that matches this opener (【功能科目：[2070306]体育训练】: the value holds brackets of its own).
    let j = -1;
    for (let k = i, depth = 0; k < cell.length; k++) {
      if (cell[k] === open) depth++;
      else if (cell[k] === close && --depth === 0) {
        j = k;
        break;
      }
    }
    if (j < 0) break;
    const inner = cell.slice(i + 1, j);
    let pair: [string, string] | undefined;
    const labelled = INLINE_LABEL.exec(inner);
    if (labelled && /[\p{Script=Han}A-Za-z]/u.test(labelled[1]!) && isKnown(labelled[1]!)) pair = [labelled[1]!.trim(), labelled[2]!.trim()];
    else {
      const code = BARE_CODE.exec(inner);
      const field = code ? bare.find((b) => b.pattern.test(code[1]!)) : undefined;
      if (code && field) pair = [field.label, `${code[1]!} ${code[2]!}`];
    }
    if (pair === undefined) continue;
    pairs.push(pair);
    kept.push(cell.slice(from, i));
    from = j + 1;
    i = j;
  }
  if (pairs.length === 0) return undefined;
  kept.push(cell.slice(from));
  const rest = kept
    .map((piece) => piece.replace(SEAM, ''))
    .filter((piece) => piece !== '')
    .join('');
  return rest === '' ? undefined : { pairs, rest };
}

/** A row whose filled cells (two or more) all hold the same text: a merged title or 查询条件 row, read cell by cell. */
function isMergedRow(row: readonly string[]): boolean {
  const filled = row.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => c === filled[0]);
}

let columnHeaderWords: ReadonlySet<string> | undefined;
/** Whether a cell is the header of a 辅助核算 column (核算项目, 辅助核算: header-synonyms.json auxiliaryLabels.columnHeaders). */
function isAuxiliaryColumnHeader(cell: string): boolean {
  columnHeaderWords ??= new Set(loadLedgerRuleData().auxiliaryLabels.columnHeaders.map(normalizeHeader));
  return cell.trim() !== '' && columnHeaderWords.has(normalizeHeader(cell));
}

/** Whether two rows hold the same texts (trailing empty cells aside). */
function sameCells(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? '').trim() !== (b[i] ?? '').trim()) return false;
  return true;
}

/** The fields a header's cells name, as the column mapping reads them: a synonym equal, or contained (not an exact-only one). */
function namedFields(cells: readonly string[]): Set<LedgerField> {
  const data = loadLedgerRuleData();
  const found = new Set<LedgerField>();
  for (const cell of cells) {
    const h = normalizeHeader(cell);
    if (h === '') continue;
    for (const field of LEDGER_FIELDS) {
      const excluded = data.headerExclusions[field] ?? [];
      for (const synonym of data.headerSynonyms[field]) {
        const s = normalizeHeader(synonym);
        if (h === s || (s.length >= 2 && !data.headerExactOnly.has(s) && h.includes(s) && !excluded.some((w) => h.includes(w)))) found.add(field);
      }
    }
  }
  return found;
}

/** Whether a cell is a column's name: a header synonym of a field (摘要) or a 辅助核算 column header. */
function isColumnName(cell: string): boolean {
  return cell.trim() !== '' && (headerNames().has(normalizeHeader(cell)) || isAuxiliaryColumnHeader(cell));
}

let auxiliaryWords: ReadonlySet<string> | undefined;
/**
 * The pair of a cell of one pair under a 辅助核算 column header (支出功能分类:2012604 档案馆), when its label is one of
 * auxiliaryLabels (fields or other): a page-info text (科目：7101 行政支出) or a note (注:…) is none.
 */
function oneLabelledPair(cell: string): [string, string][] | undefined {
  const pairs = auxiliaryPairs(cell, undefined, 1);
  if (pairs?.length !== 1) return undefined;
  const data = loadLedgerRuleData().auxiliaryLabels;
  auxiliaryWords ??= new Set([...Object.values(data.fields).flat(), ...data.other].map(normalizeHeader));
  return auxiliaryWords.has(normalizeHeader(pairs[0]![0])) ? pairs : undefined;
}

/** How many rows are read to recognise an auxiliary column (the names are collected from every row). */
const PROBE_ROWS = 200;

/**
 * `rows` with the fields of every combined auxiliary column appended as columns of their own; `rows` itself when
 * it has none. The names go into the header row (the row above the first combined cell whose cell in that column
 * is not a combined cell: 辅助项), the values into the data rows.
 */
export function expandAuxiliaryColumns(rows: RowSource): RowSource {
  const probe = Math.min(rows.count, PROBE_ROWS);
  const hits = new Map<number, { count: number; first: number }>();
  // Under a 辅助核算 column header (核算项目, 辅助核算: auxiliaryLabels.columnHeaders; one column, not a group header
  // over several), cells of one pair with a 辅助核算 label (支出功能分类:2012604 档案馆) count too, apart: they
  // recognise a column the cells of two pairs do not (a ledger whose first rows carry one 辅助项 each).
  const headed = new Set<number>();
  // Columns of free texts that carry bracketed items: their cells keep the text without the items.
  const inlineColumns = new Set<number>();
  const oneHits = new Map<number, { count: number; first: number }>();
  const count = (to: Map<number, { count: number; first: number }>, c: number, r: number) => {
    const h = to.get(c);
    if (h) h.count++;
    else to.set(c, { count: 1, first: r });
  };
  for (let r = 0; r < probe; r++) {
    const row = rows.row(r);
    // A title or 查询条件 row merged across (its text in every cell: 会计科目：7101 行政支出；会计期间：…, 【项目】全部…)
    // is no entry's 辅助核算, though it reads as pairs.
    if (isMergedRow(row)) continue;
    row.forEach((cell, c) => {
      if (isAuxiliaryColumnHeader(cell) && row[c - 1] !== cell && row[c + 1] !== cell) headed.add(c);
      // A free text with bracketed items (发放工资【功能科目：2030603 人民防空】) counts with one item: the brackets and
      // the known label (or a code of a field's shape) mark it.
      const inline = inlineItems(cell);
      if (inline !== undefined) inlineColumns.add(c);
      if (auxiliaryPairs(cell) !== undefined || inline !== undefined) count(hits, c, r);
      else if (headed.has(c) && oneLabelledPair(cell) !== undefined) count(oneHits, c, r);
    });
  }
  const known = new Set([...hits].filter(([, h]) => h.count >= 3).map(([c]) => c));
  const columns = [
    ...[...hits].filter(([c]) => known.has(c)).map(([c, h]) => ({ c, first: h.first, one: false })),
    ...[...oneHits]
      .filter(([c, h]) => !known.has(c) && h.count + (hits.get(c)?.count ?? 0) >= 3)
      .map(([c, h]) => ({ c, first: Math.min(h.first, hits.get(c)?.first ?? h.first), one: true })),
  ];
  if (columns.length === 0) return rows;
  // Every name seen in the file, in order of first appearance, per auxiliary column; names of one field (功能分类 on
  // some rows, 支出功能分类 on others; 单位 and 往来单位) share the column of the first.
  const names: {
    c: number;
    first: number;
    one: boolean;
    headerRow: number;
    headerCells: readonly string[];
    headerCell: string;
    names: string[];
    headers: string[];
    slot: Map<string, number>;
    fieldSlot: Map<LedgerField, number>;
  }[] = columns.map(({ c, first, one }) => ({ c, first, one, headerRow: 0, headerCells: [], headerCell: '', names: [], headers: [], slot: new Map(), fieldSlot: new Map() }));
  let width = 0;
  for (let r = 0; r < rows.count; r++) {
    const row = rows.row(r);
    width = Math.max(width, row.length);
    if (isMergedRow(row)) continue;
    for (const col of names) {
      const text = row[col.c] ?? '';
      for (const [name] of inlineItems(text)?.pairs ?? auxiliaryPairs(text) ?? (col.one && r >= col.first ? oneLabelledPair(text) : undefined) ?? []) {
        if (col.slot.has(name)) continue;
        col.names.push(name);
        const field = labels().fieldOf.get(normalizeHeader(name));
        const shared = field === undefined ? undefined : col.fieldSlot.get(field);
        if (shared !== undefined) {
          col.slot.set(name, shared);
          continue;
        }
        col.slot.set(name, col.headers.length);
        if (field !== undefined) col.fieldSlot.set(field, col.headers.length);
        col.headers.push(columnHeader(name));
      }
    }
  }
  // The header row: the nearest row above the first combined cell whose cell is neither empty nor a cell of the
  // column's own names (a counter-line's 功能分类:2140106 公路养护 above it is a data row).
  // A year repeats the same few hundred cells: each distinct text is read once per column (up to a bound).
  const read = new Map<string, [string, string][]>();
  const onePair = (cell: string, col: { c: number; names: readonly string[] }) => {
    const key = `${col.c}\u0000${cell}`;
    let pairs = read.get(key);
    if (pairs === undefined) {
      pairs = (inlineItems(cell)?.pairs ?? auxiliaryPairs(cell, undefined, 1) ?? []).filter(([name]) => col.names.includes(name));
      if (read.size < 100_000) read.set(key, pairs);
    }
    return pairs;
  };
  for (const col of names) {
    let headerRow = col.first - 1;
    while (headerRow > 0) {
      const text = (rows.row(headerRow)[col.c] ?? '').trim();
      if (text !== '' && onePair(text, col).length === 0) break;
      headerRow--;
    }
    // A row between the header and the first entry (期初余额, 承前页) is no header: when that row's cell is no
    // column name, the nearest row above whose cell is one (摘要, 辅助核算) is the header.
    if (!isColumnName(rows.row(headerRow)[col.c] ?? '')) {
      for (let r = headerRow - 1; r >= 0; r--) {
        if (isColumnName(rows.row(r)[col.c] ?? '')) {
          headerRow = r;
          break;
        }
      }
    }
    col.headerRow = headerRow;
    col.headerCells = rows.row(headerRow);
    col.headerCell = col.headerCells[col.c] ?? '';
    // A field the file has a column of (功能分类 beside a 摘要 that also carries 【功能科目：…】) keeps its column: the
    // items of a free text add no second one.
    if (inlineColumns.has(col.c)) {
      // (The header's lower row, on a header of two rows: the row under it, above the first entry with items.)
      const named = namedFields([...col.headerCells, ...(headerRow + 1 < col.first ? rows.row(headerRow + 1) : [])]);
      const dropped = new Set([...col.fieldSlot].filter(([field]) => named.has(field)).map(([, at]) => at));
      if (dropped.size > 0) {
        const moved: number[] = [];
        let kept = 0;
        for (let k = 0; k < col.headers.length; k++) moved.push(dropped.has(k) ? -1 : kept++);
        col.headers = col.headers.filter((_, k) => !dropped.has(k));
        for (const [name, at] of col.slot) col.slot.set(name, moved[at]!);
      }
    }
  }
  return remapRows(rows, (index) => {
    const row = rows.row(index);
    const out = padRow(row, width);
    for (const col of names) {
      // A free text's items leave it (the 摘要 without its appended 辅助核算).
      if (index > col.headerRow && inlineColumns.has(col.c)) {
        const rest = inlineItems(row[col.c] ?? '')?.rest;
        if (rest !== undefined) out[col.c] = rest;
      }
      // The header row, and the same row repeated at a page's or a section's head, carry the names.
      if (index === col.headerRow || (index > col.headerRow && (row[col.c] ?? '') === col.headerCell && sameCells(row, col.headerCells))) {
        out.push(...col.headers);
        continue;
      }
      const values = col.headers.map(() => '');
      for (const [name, value] of index < col.headerRow ? [] : onePair(row[col.c] ?? '', col)) {
        const at = col.slot.get(name)!;
        // (-1: a field the file has a column of.)
        if (at >= 0 && values[at] === '') values[at] = value;
      }
      out.push(...values);
    }
    return out;
  });
}

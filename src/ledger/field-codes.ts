/**
 * A back-end query or interface extract whose header is the voucher-line table's FIELD CODES (PZRQ, PZH, ZY, JFJE,
 * DFJE …; VOU_DATE, DR_AMT …: data/ledger/field-codes.json), often with a row of the fields' Chinese comments below
 * (凭证日期, 凭证号, 支出类型(1基本支出2项目支出) …), and with coded values (支出类型 1/2, a 红字标志 0/1). The codes are
 * header synonyms matched exactly; a comment row, when there is one, is the header; a coded value is read by the legend
 * its header states, never guessed: a code the legend lacks, or a code under a header without legend, is a row error.
 */
import { z } from 'zod';
import { remapRows, type RowSource } from '../reference/table-file.ts';
import { LEDGER_FIELDS, type LedgerField } from './entry.ts';
import { loadDataJson } from '../reference/data-json.ts';

const words = z.array(z.string().min(1));
const schema = z.object({
  source: z.string().min(1),
  about: z.string().min(1),
  fields: z.partialRecord(z.enum(LEDGER_FIELDS), words),
  flag: z.object({ red: words, notRed: words, booleanHeaders: words.optional() }),
  conventions: z.object({
    about: z.string().min(1),
    source: z.string().min(1),
    nature: z.record(z.string(), z.string()),
    direction: z.record(z.string(), z.string()),
    accountPrefixes: z.object({ about: z.string().min(1), basic: words, project: words }),
    empty: words,
  }),
});

export type FieldCodeData = z.infer<typeof schema>;

let cached: FieldCodeData | undefined;

/** data/ledger/field-codes.json. @throws InputError when the file is malformed. */
export function loadFieldCodes(): FieldCodeData {
  cached ??= loadDataJson('data/ledger/field-codes.json', schema);
  return cached;
}

/** A field code as compared: trimmed, letters upper-case (a database may print pzrq). */
const codeKey = (text: string): string => text.normalize('NFKC').trim().toUpperCase();

/** A cell that is a field code in form: letters, digits and underscores, starting with a letter. */
const CODE_FORM = /^[A-Za-z][A-Za-z0-9_]*$/u;

/** At least this many cells of a code row are codes of the data (a row of English words is no code row). */
const MIN_KNOWN_CODES = 3;

/** Whether a row is a header of field codes: every filled cell a code in form, at least three of them known. */
export function isFieldCodeRow(row: readonly string[], known: ReadonlySet<string>): boolean {
  const filled = row.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= MIN_KNOWN_CODES && filled.every((c) => CODE_FORM.test(c)) && filled.filter((c) => known.has(codeKey(c))).length >= MIN_KNOWN_CODES;
}

/** Whether the row below a code row is its comment row: every filled cell holds Chinese, and most columns are filled. */
function isCommentRow(row: readonly string[] | undefined, codes: readonly string[]): boolean {
  if (!row) return false;
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length * 2 >= codes.filter((c) => c.trim() !== '').length && filled.every((c) => /\p{Script=Han}/u.test(c));
}

/**
 * The rows with a field-code header read: a code row over a comment row leaves the comment row as the header (a
 * comment cell left empty takes its code) and becomes blank; a code row alone has its codes upper-cased, so the
 * synonyms match them. Other files come back as they are.
 */
export function readFieldCodeHeader(rows: RowSource, searchRows: number): RowSource {
  const known = new Set(Object.values(loadFieldCodes().fields).flat().map(codeKey));
  let at = -1;
  for (let i = 0; i < Math.min(rows.count, searchRows) && at < 0; i++) if (isFieldCodeRow(rows.row(i), known)) at = i;
  if (at < 0) return rows;
  const codes = rows.row(at);
  if (isCommentRow(at + 1 < rows.count ? rows.row(at + 1) : undefined, codes)) {
    const comments = codes.map((c, k) => ((rows.row(at + 1)[k] ?? '').trim() === '' ? codeKey(c) : rows.row(at + 1)[k]!));
    return remapRows(rows, (i) => (i === at ? [] : i === at + 1 ? comments : rows.row(i)));
  }
  // A code row alone is a database extract: a cell that prints the database's NULL is empty.
  const upper = codes.map((c) => (c.trim() === '' ? c : codeKey(c)));
  const empty = new Set(loadFieldCodes().conventions.empty.map(codeKey));
  return remapRows(rows, (i) => (i === at ? upper : i < at ? rows.row(i) : rows.row(i).map((c) => (empty.has(codeKey(c)) ? '' : c))));
}

/** The field codes of the data, by field, upper-cased: exact-only header synonyms. */
export function fieldCodeSynonyms(): Partial<Record<LedgerField, readonly string[]>> {
  return Object.fromEntries(Object.entries(loadFieldCodes().fields).map(([f, codes]) => [f, codes.map(codeKey)]));
}

/**
 * The legend a header states for its coded values: 支出类型(1基本支出2项目支出) → 1 基本支出, 2 项目支出; 红字标志(1红字)
 * → 1 红字; 标志（0-否，1-是） → 0 否, 1 是. The text in the header's last bracket, else after its colon; undefined when it
 * states no code with a label.
 */
export function codeLegend(header: string): ReadonlyMap<string, string> | undefined {
  const text = header.normalize('NFKC');
  const inside = /\(([^()]*)\)\s*$/u.exec(text)?.[1] ?? /[:：](.*)$/u.exec(text)?.[1];
  if (inside === undefined) return undefined;
  const legend = new Map<string, string>();
  for (const m of inside.matchAll(/([0-9A-Za-z]+)\s*[-=:：.、]?\s*([^\s0-9A-Za-z,，;；、/|=:：.-]+)/gu)) legend.set(codeKey(m[1]!), m[2]!);
  return legend.size > 0 ? legend : undefined;
}

/**
 * The legend a coded column follows by convention when its header states none (data/ledger/field-codes.json
 * `conventions`: 支出类型 B/P, 借贷 D/C); undefined for a header that states its own legend or a field without convention.
 */
export function conventionLegend(field: 'nature' | 'direction', header: string): ReadonlyMap<string, string> | undefined {
  if (codeLegend(header) !== undefined) return undefined;
  return new Map(Object.entries(loadFieldCodes().conventions[field]).map(([c, l]) => [codeKey(c), l]));
}

/**
 * The legend of a red-ink flag column: the one its header states (红字标志(1红字)), else — a header asking a yes/no
 * question (IS_RED, 是否红字: data/ledger/field-codes.json flag.booleanHeaders) — 1 是, 0 否; undefined otherwise.
 */
export function redInkLegend(header: string): ReadonlyMap<string, string> | undefined {
  const stated = codeLegend(header);
  if (stated !== undefined) return stated;
  const h = codeKey(header);
  return (loadFieldCodes().flag.booleanHeaders ?? []).some((p) => h.startsWith(codeKey(p))) ? new Map([['1', '是'], ['0', '否']]) : undefined;
}

/** The nature a 科目 code states by the common numbering (71010101 基本支出, 71010102 项目支出); undefined otherwise. */
export function natureOfAccountCode(code: string): 'basic' | 'project' | undefined {
  const { basic, project } = loadFieldCodes().conventions.accountPrefixes;
  const digits = code.replace(/[.\-\s]/gu, '');
  if (basic.some((p) => digits.startsWith(p))) return 'basic';
  if (project.some((p) => digits.startsWith(p))) return 'project';
  return undefined;
}

/** A value that looks like a code (1, 02, A), not a word: read only through a legend. */
const CODED = /^[0-9A-Za-z]{1,3}$/u;

/**
 * A cell of a column whose values may be codes: its text, or the label the header's legend gives its code; an error
 * (Chinese, English) for a code the legend lacks or a code under a header without legend. Words pass as written.
 */
export function decodeValue(text: string, legend: ReadonlyMap<string, string> | undefined): { value: string } | { error: readonly [string, string] } {
  const t = text.trim();
  if (!CODED.test(t)) return { value: t };
  const label = legend?.get(codeKey(t));
  if (label !== undefined) return { value: label };
  if (legend === undefined) return { error: [`为代码“${t}”，表头未说明代码的含义`, `"${t}" is a code and the header states no legend for it`] };
  const listed = [...legend].map(([c, l]) => `${c}${l}`).join('、');
  return { error: [`代码“${t}”不在表头说明的代码（${listed}）中`, `code "${t}" is not in the header's legend (${[...legend.keys()].join(', ')})`] };
}

/**
 * A 红字标志 cell read: 'red' (the line is red ink), 'plain', or an error (Chinese, English). The cell, or the label its
 * code has in the header's legend, is compared with the data's flag words; an empty cell is plain.
 */
export function redInkOf(text: string, legend: ReadonlyMap<string, string> | undefined): 'red' | 'plain' | { error: readonly [string, string] } {
  const t = text.trim();
  if (t === '') return 'plain';
  const { red, notRed } = loadFieldCodes().flag;
  const is = (list: readonly string[], v: string) => list.some((w) => codeKey(w) === codeKey(v));
  const label = legend?.get(codeKey(t));
  for (const v of label === undefined ? [t] : [label, t]) {
    if (is(red, v)) return 'red';
    if (is(notRed, v)) return 'plain';
  }
  return { error: [`红字标志“${t}”无法识别（应为${red.slice(0, 2).join('、')}或${notRed.slice(0, 2).join('、')}${legend ? `，或表头说明的代码 ${[...legend.keys()].join('、')}` : ''}）`, `red-ink flag "${t}" is not one of the flag words${legend ? ' or the header legend' : ''}`] };
}

/**
 * Which rows of an export are not data: totals, a ledger's period lines (期初余额, 本月合计, 本年累计, 年末结转 …)
 * and the signature/print footer. The words are data (data/imports/row-kinds.json). Importers skip such rows
 * and count them by reason, so the user sees what was left out instead of an error per row.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../core/input-error.ts';
import { repoPath } from './paths.ts';

export type SkipReason =
  | 'blank'
  | 'title'
  | 'header-repeat'
  | 'total'
  | 'section-total'
  | 'period'
  | 'carried-forward'
  | 'voucher-header'
  | 'footer'
  | 'other-account';

export const SKIP_REASON_LABEL: Record<SkipReason, string> = {
  blank: '空行',
  title: '表头上方的标题行',
  'header-repeat': '重复的表头',
  total: '合计/小计行',
  'section-total': '分节（项目）小计行',
  period: '期初余额/本月合计/本年累计/结转行',
  'carried-forward': '过次页/承前页（分页处转下的累计行）',
  'voucher-header': '凭证行（分录明细中只有日期、凭证号、摘要的行，其日期、凭证号和摘要带到其下各分录）',
  footer: '表尾（制表人、打印日期等）',
  'other-account': '其他会计科目的分录（资金结存、零余额账户等对方分录，或双分录中另一套账的分录）',
};

const wordsSchema = z.object({ about: z.string(), words: z.array(z.string().min(1)).min(1) });
const schema = z.object({
  source: z.string().min(1),
  version: z.string().min(1),
  total: wordsSchema,
  period: wordsSchema,
  carried: wordsSchema.optional(),
  closing: wordsSchema.optional(),
  continuationMarks: wordsSchema.optional(),
  sameAsAbove: wordsSchema.optional(),
  section: z
    .object({
      about: z.string(),
      project: z.array(z.string().min(1)).min(1),
      basic: z.array(z.string().min(1)).min(1),
      function: z.array(z.string().min(1)).optional(),
      economic: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  footer: wordsSchema,
});

export interface RowKinds {
  readonly total: readonly string[];
  readonly period: ReadonlySet<string>;
  /** Carried-forward labels of a page break (过次页, 承前页). */
  readonly carried: ReadonlySet<string>;
  /** Prefixes of a closing (结转) 摘要. */
  readonly closing: readonly string[];
  /** Tree marks (└ ├ ─) that start an entry line's 摘要 continuing its voucher's; trimmed, never normalised. */
  readonly continuationMarks: readonly string[];
  /** 摘要 words that repeat the line above's (同上, 〃), normalised and without quotes (sameAsAboveKey). */
  readonly sameAsAbove: ReadonlySet<string>;
  readonly footer: readonly string[];
  /** Section labels of a 辅助明细账 grouped by project: project prefixes (项目：…) and basic-spending words. */
  readonly section: {
    readonly project: readonly string[];
    readonly basic: readonly string[];
    readonly function: readonly string[];
    readonly economic: readonly string[];
  };
}

let cached: RowKinds | undefined;

export function loadRowKinds(): RowKinds {
  if (cached) return cached;
  const file = 'data/imports/row-kinds.json';
  const parsed = schema.safeParse(JSON.parse(readFileSync(repoPath(file), 'utf8')));
  if (!parsed.success) throw new InputError(`规则文件 ${file} 有误 / invalid rule file`);
  const norm = (w: string) => normalizeLabel(w);
  cached = {
    total: parsed.data.total.words.map(norm).sort((a, b) => b.length - a.length),
    period: new Set(parsed.data.period.words.map(norm)),
    carried: new Set((parsed.data.carried?.words ?? []).map(norm)),
    closing: (parsed.data.closing?.words ?? []).map(norm),
    continuationMarks: parsed.data.continuationMarks?.words ?? [],
    sameAsAbove: new Set((parsed.data.sameAsAbove?.words ?? []).map(sameAsAboveKey)),
    footer: parsed.data.footer.words.map(norm).sort((a, b) => b.length - a.length),
    section: {
      project: (parsed.data.section?.project ?? []).map(norm).sort((a, b) => b.length - a.length),
      basic: (parsed.data.section?.basic ?? []).map(norm),
      function: (parsed.data.section?.function ?? []).map(norm).sort((a, b) => b.length - a.length),
      economic: (parsed.data.section?.economic ?? []).map(norm).sort((a, b) => b.length - a.length),
    },
  };
  return cached;
}

/** NFKC, no spaces, no leading decoration such as *, 【 or [. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^[*★#【[<《(]+/, '').replace(/[*★#】\]>》)]+$/, '');
}

/** A 摘要 as compared with the sameAsAbove words: normalised (normalizeLabel) and without quotes ("同上", “同上”, 「同上」). */
export function sameAsAboveKey(text: string): string {
  return normalizeLabel(text).replace(/["'“”‘’「」『』]/g, '');
}

const AFTER_LABEL = /^(?:$|[:：(（[【,，、\-—])/;

function isTotalLabel(label: string, kinds: RowKinds): boolean {
  for (const w of kinds.total) if (label.startsWith(w) && AFTER_LABEL.test(label.slice(w.length))) return true;
  return false;
}

/** 过次页, 承前页 — exactly, or followed by a bracket or colon (过次页（借方）). */
function isCarriedLabel(label: string, kinds: RowKinds): boolean {
  if (kinds.carried.has(label)) return true;
  const bracket = /^(.+?)[(（:：]/.exec(label);
  return bracket !== null && kinds.carried.has(bracket[1]!);
}

function isPeriodLabel(label: string, kinds: RowKinds): boolean {
  if (kinds.period.has(label)) return true;
  for (const w of kinds.closing) if (label.startsWith(w)) return true;
  const bracket = /^(.+?)[(（:：]/.exec(label);
  return bracket !== null && kinds.period.has(bracket[1]!);
}

function isFooterCell(text: string, kinds: RowKinds): boolean {
  const label = normalizeLabel(text);
  for (const w of kinds.footer) {
    if (label === w) return true;
    if (label.startsWith(w) && /^[:：]/.test(label.slice(w.length))) return true;
  }
  return false;
}

/**
 * Why a row below the header is not data, or undefined when it is data. `labelCells` are the cells that may
 * carry a total or period label (摘要, 日期, 凭证号; 资产编号, 资产名称); the first non-empty cell always counts.
 */
export function classifyRow(
  cells: readonly string[],
  labelCells: readonly (number | undefined)[],
  header?: readonly string[],
  kinds: RowKinds = loadRowKinds(),
): SkipReason | undefined {
  let firstFilled: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    if ((cells[i] ?? '').trim() !== '') {
      firstFilled = i;
      break;
    }
  }
  if (firstFilled === undefined) return 'blank';
  const candidates = new Set<number>([firstFilled]);
  for (const c of labelCells) if (c !== undefined) candidates.add(c);
  for (const c of candidates) {
    const label = normalizeLabel(cells[c] ?? '');
    if (label === '') continue;
    if (isCarriedLabel(label, kinds)) return 'carried-forward';
    if (isPeriodLabel(label, kinds)) return 'period';
    if (isTotalLabel(label, kinds)) return 'total';
  }
  for (const cell of cells) if (cell !== '' && isFooterCell(cell, kinds)) return 'footer';
  if (header && header.length > 1) {
    let same = 0;
    let filled = 0;
    for (let i = 0; i < header.length; i++) {
      if ((header[i] ?? '') === '') continue;
      filled++;
      if (normalizeLabel(cells[i] ?? '') === normalizeLabel(header[i]!)) same++;
    }
    if (filled > 1 && same === filled) return 'header-repeat';
  }
  return undefined;
}

export type SkipCounts = Partial<Record<SkipReason, number>>;

/** 「跳过 5 行：合计/小计行 1、表尾 2 …」 or '' when nothing was skipped (blank rows alone are not worth a line). */
export function describeSkipped(counts: SkipCounts): string {
  const parts = (Object.keys(SKIP_REASON_LABEL) as SkipReason[])
    .filter((r) => r !== 'blank' && (counts[r] ?? 0) > 0)
    .map((r) => `${SKIP_REASON_LABEL[r]} ${counts[r]}`);
  if (parts.length === 0) return '';
  const n = (Object.keys(counts) as SkipReason[]).filter((r) => r !== 'blank').reduce((s, r) => s + (counts[r] ?? 0), 0);
  return `跳过 ${n} 行：${parts.join('、')} / skipped ${n} non-data rows`;
}

/** A section row's meaning: the project of the entries under it, or basic spending (no project). */
export type SectionRow =
  | { readonly kind: 'project'; readonly label: string; readonly code?: string; readonly name: string }
  | { readonly kind: 'basic'; readonly label: string }
  /** A function or economic class: `value` is the text after the colon, a code with its name ([2050803]培训支出). */
  | { readonly kind: 'function' | 'economic'; readonly label: string; readonly value: string };

/**
 * The section a row opens, or undefined. Precondition: the row's only text is one label — in one cell, or the same
 * text repeated across merged cells — so it has no date and no amount; the label is a project prefix and a colon,
 * an optional code in brackets (or before a space) and a name (项目：[P2024-03]中小学教师培训), or a basic word alone or
 * with a bracketed note (基本支出（无项目）). Words: data/imports/row-kinds.json `section`.
 */
export function sectionOfRow(cells: readonly string[], kinds: RowKinds = loadRowKinds()): SectionRow | undefined {
  if (kinds.section.project.length === 0) return undefined;
  let text: string | undefined;
  for (const c of cells) {
    const t = (c ?? '').trim();
    if (t === '' || t === text) continue;
    if (text !== undefined) return undefined;
    text = t;
  }
  if (text === undefined) return undefined;
  // The label as written (for messages); matched in its NFKC form.
  const label = text;
  const norm = text.normalize('NFKC').replace(/\s+/g, ' ');
  const compact = norm.replace(/\s+/g, '');
  for (const w of kinds.section.basic) {
    if (compact === w || (compact.startsWith(w) && /^[(:[【]/.test(compact.slice(w.length)))) return { kind: 'basic', label };
  }
  for (const w of kinds.section.project) {
    if (!compact.startsWith(w) || !/^[:]/.test(compact.slice(w.length))) continue;
    // After the prefix and colon (spaces kept, to see a code before a space).
    const rest = norm.replace(/^[^:]*:\s*/, '');
    const m = /^(?:[[【(〔]\s*([A-Za-z0-9][\w.-]*)\s*[\]】)〕]\s*|([A-Za-z0-9][\w.-]*\d[\w.-]*)\s+)?(.*)$/u.exec(rest)!;
    const name = m[3]!.trim();
    if (!/[\p{Script=Han}A-Za-z]/u.test(name)) return undefined;
    const code = m[1] ?? m[2];
    return code === undefined ? { kind: 'project', label, name } : { kind: 'project', label, code, name };
  }
  for (const kind of ['function', 'economic'] as const) {
    for (const w of kinds.section[kind]) {
      if (!compact.startsWith(w) || !/^[:]/.test(compact.slice(w.length))) continue;
      const value = norm.replace(/^[^:]*:\s*/, '').trim();
      // Only a class written with its code: the importer reads the code as it would a column's cell.
      return /^[[【(〔]?\s*\d{3,}/.test(value) ? { kind, label, value } : undefined;
    }
  }
  return undefined;
}

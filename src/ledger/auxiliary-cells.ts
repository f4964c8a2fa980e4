/**
 * Some accounting packages (用友 NC / 财务云 明细账, 辅助明细账) export every auxiliary field of an entry in ONE cell:
 * 【支出功能分类科目:2130201 行政运行】【部门预算支出经济分类:30201 办公费】【项目:…】, or the same as
 * 「名称:值; 名称:值」. Such a column is recognised by its content (not its header), and each name becomes a
 * column of its own after the file's last column, headed by the name, so the usual header synonyms map it
 * (data/ledger/header-synonyms.json). Rows are expanded lazily: a 200,000-row file is not copied.
 * A cell of 名称=值 pairs (功能分类=2101501 行政运行;经济分类=30201 办公费;项目=…) is read the same way, with a stricter
 * precondition, as `=` is common in free text: every part of the cell is a pair whose name is a header synonym.
 */
import type { RowSource } from '../reference/table-file.ts';
import { normalizeHeader } from './column-mapping.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const BRACKETED = /【([^【】:：]{1,30})[:：]([^【】]*)】/gu;
const SEPARATOR = /[;；|\n]/u;
const PLAIN_PAIR = /^\s*([^:：;；|]{1,30}?)\s*[:：]\s*(.*?)\s*$/su;
const EQUALS_PAIR = /^\s*([^=＝;；|]{1,30}?)\s*[=＝]\s*(.*?)\s*$/su;

let synonymNames: ReadonlySet<string> | undefined;
/** Every header synonym of every field, normalised: the names a 名称=值 cell may use. */
function headerNames(): ReadonlySet<string> {
  synonymNames ??= new Set(Object.values(loadLedgerRuleData().headerSynonyms).flat().map(normalizeHeader));
  return synonymNames;
}

/** 名称=值 pairs, only when every non-empty part of the cell is one whose name is in `names`. */
function equalsPairs(cell: string, names: ReadonlySet<string>): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  for (const part of cell.split(SEPARATOR)) {
    if (part.trim() === '') continue;
    const m = EQUALS_PAIR.exec(part);
    if (!m || !names.has(normalizeHeader(m[1]!))) return undefined;
    pairs.push([m[1]!.trim(), m[2]!]);
  }
  return pairs;
}

/**
 * The name → value pairs of an auxiliary cell; undefined when the cell holds fewer than two. `names`: the names a
 * 名称=值 cell may use (default: the header synonyms).
 */
export function auxiliaryPairs(cell: string, names?: ReadonlySet<string>): [string, string][] | undefined {
  if (!cell.includes(':') && !cell.includes('：')) {
    if (!cell.includes('=') && !cell.includes('＝')) return undefined;
    const pairs = equalsPairs(cell, names ?? headerNames());
    return pairs !== undefined && pairs.length >= 2 ? pairs : undefined;
  }
  const pairs: [string, string][] = [];
  for (const m of cell.matchAll(BRACKETED)) pairs.push([m[1]!.trim(), m[2]!.trim()]);
  if (pairs.length === 0) {
    for (const part of cell.split(SEPARATOR)) {
      const m = PLAIN_PAIR.exec(part);
      if (m && m[1]!.trim() !== '') pairs.push([m[1]!.trim(), m[2]!]);
    }
  }
  return pairs.length >= 2 ? pairs : undefined;
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
  for (let r = 0; r < probe; r++) {
    rows.row(r).forEach((cell, c) => {
      if (auxiliaryPairs(cell) === undefined) return;
      const h = hits.get(c);
      if (h) h.count++;
      else hits.set(c, { count: 1, first: r });
    });
  }
  const columns = [...hits].filter(([, h]) => h.count >= 3).map(([c, h]) => ({ c, first: h.first }));
  if (columns.length === 0) return rows;
  // Every name seen in the file, in order of first appearance, per auxiliary column.
  const names: { c: number; headerRow: number; names: string[] }[] = columns.map(({ c, first }) => {
    let headerRow = first - 1;
    while (headerRow > 0 && (rows.row(headerRow)[c] ?? '').trim() === '') headerRow--;
    return { c, headerRow, names: [] };
  });
  let width = 0;
  for (let r = 0; r < rows.count; r++) {
    const row = rows.row(r);
    width = Math.max(width, row.length);
    for (const col of names) {
      for (const [name] of auxiliaryPairs(row[col.c] ?? '') ?? []) if (!col.names.includes(name)) col.names.push(name);
    }
  }
  return {
    count: rows.count,
    line: (index) => rows.line(index),
    ...(rows.skip ? { skip: rows.skip } : {}),
    row(index) {
      const row = rows.row(index);
      const out = [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')];
      for (const col of names) {
        if (index === col.headerRow) {
          out.push(...col.names);
          continue;
        }
        const pairs = new Map(auxiliaryPairs(row[col.c] ?? '') ?? []);
        for (const name of col.names) out.push(pairs.get(name) ?? '');
      }
      return out;
    },
  };
}

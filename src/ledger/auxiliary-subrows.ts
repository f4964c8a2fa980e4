/**
 * A 明细账 that prints each entry's 辅助核算 ON SUB-ROWS under the entry line ("显示辅助核算" in some GRP 账簿 prints):
 * the entry line holds the date, voucher, 摘要, account and amounts, and the rows below it carry only one cell — the
 * 摘要 (or another) cell, often indented with full-width spaces — with one item or several:
 * `　　功能分类：2130550 事业运行`, `　　经济分类：30201 办公费`, `　　项目：YQ2401 …`, `　　往来单位：…`.
 * Such sub-rows are folded into their entry: their items are joined into one 辅助核算 cell appended to the entry line
 * (headed 辅助核算 on the header row), which expandAuxiliaryColumns then splits into a column per label; each sub-row
 * is skipped and counted (aux-subrow).
 *
 * Precondition, so that a section row of a 辅助明细账 (项目：DY2401 …, a row of its own ABOVE its entries) is never
 * taken for a sub-row: every filled cell of a sub-row is the same one text, read whole as `label：value` pairs whose
 * labels are all 辅助核算 labels (data/ledger/header-synonyms.json auxiliaryLabels and the header synonyms); the row
 * above a run of sub-rows is a row of several cells (the entry), never the header (a section opens under it); and the file has at least 3 such runs, and as many
 * runs as 40 % of its rows of several cells (data/imports/row-kinds.json auxiliarySubRow) (a sectioned file has one section row to many entries). Inside a run, a
 * row of one `label：value` item whose label is not known (指标文号：…) belongs to the entry too.
 * A heading before the items (`辅助核算：部门：综合科；功能科目：…；经济分类：…`, as a 浪潮 GS-style 明细账 含辅助核算 prints
 * one such row under each entry; the words of auxiliaryLabels.columnHeaders, with a colon or in brackets) is dropped.
 */
import { padRow, type RowSource } from '../reference/table-file.ts';
import { loadRowKinds } from '../reference/row-kinds.ts';
import { auxiliaryPairs, isAuxiliaryLabel } from './auxiliary-cells.ts';
import { loadLedgerRuleData } from './rule-data.ts';

/** The rows read for a first run of sub-rows before a file is taken to have none. */
const PROBE_ROWS = 2000;
/** The header of the appended column. */
const HEADER = '辅助核算';

let lead: RegExp | undefined;
/** Indentation, tree marks and bullets before a sub-row's first label (data/imports/row-kinds.json auxiliarySubRow.leadMarks). */
function leadMarks(): RegExp {
  if (lead === undefined) {
    const marks = loadRowKinds().auxiliarySubRow.leadMarks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    lead = new RegExp(`^(?:[\\s\\u3000]|${marks.join('|') || '(?!)'})+`, 'u');
  }
  return lead;
}

let heading: RegExp | undefined;
/** A 辅助核算 heading word and its colon before a sub-row's first item (auxiliaryLabels.columnHeaders: 辅助核算：, 辅助项：). */
function headingBefore(): RegExp {
  if (heading === undefined) {
    const words = [...loadLedgerRuleData().auxiliaryLabels.columnHeaders]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    heading = new RegExp(`^(?:[【[［〔]\\s*)?(?:${words.join('|') || '(?!)'})\\s*(?:[:：]|[】\\]］〕]\\s*[:：]?)\\s*(?=\\S)`, 'u');
  }
  return heading;
}

function filledCells(row: readonly string[]): string[] {
  return [...new Set(row.map((c) => (c ?? '').trim()).filter((c) => c !== ''))];
}

/** The `label：value` items of a sub-row (one text, every pair's label a 辅助核算 label), else undefined. */
export function subRowItems(row: readonly string[]): [string, string][] | undefined {
  const cells = filledCells(row);
  if (cells.length !== 1) return undefined;
  // Indentation and a tree mark or bullet before the first label (　　└ 功能分类：…, · 经济分类：…) are no part of it.
  // A heading before the items (辅助核算：部门：…；功能科目：…, 辅助项:…; data/ledger/header-synonyms.json
  // auxiliaryLabels.columnHeaders) is no item: the items follow it.
  const text = cells[0]!.replace(leadMarks(), '').replace(headingBefore(), '');
  // label：value, or the label in brackets (【功能分类】2130550 事业运行, [经济分类：30201 办公费]).
  if (!/^(?:[^:：【】[\]［］〔〕]{1,30}[:：]|[【[［〔][^【】[\]［］〔〕]{1,30}[】\]］〕:：])/u.test(text)) return undefined;
  const pairs = auxiliaryPairs(text, undefined, 1);
  if (pairs === undefined || !pairs.every(([name]) => isAuxiliaryLabel(name))) return undefined;
  // The text is read whole: it begins with the first pair's label.
  if (!text.replace(/^[【[［〔]/u, '').trimStart().startsWith(pairs[0]![0])) return undefined;
  return pairs;
}

/** One `label：value` item of any short label (no digit), the row's only text; for a row inside a run of sub-rows. */
function looseItem(row: readonly string[]): [string, string][] | undefined {
  const cells = filledCells(row);
  const m = cells.length === 1 ? /^([^\d\s:：]{1,12})\s*[:：]\s*(\S.*)$/u.exec(cells[0]!.replace(leadMarks(), '')) : null;
  return m ? [[m[1]!, m[2]!.trim()]] : undefined;
}

/**
 * A row that looks like a header: four or more cells, none beginning with a digit (no date, code or amount), and
 * not mostly label：value cells (单位：…, 科目：…, 期间：…, 金额单位：元 — a title line).
 */
function isHeaderLike(row: readonly string[]): boolean {
  const cells = filledCells(row);
  const labelled = cells.filter((c) => /[：:]\s*\S/u.test(c)).length;
  return cells.length >= 4 && cells.every((c) => !/^[-−(（]?\d/u.test(c.normalize('NFKC'))) && labelled * 2 < cells.length;
}

/** `rows` with 辅助核算 sub-rows folded into their entries (see above); `rows` itself when the file has none. */
export function foldAuxiliarySubRows(rows: RowSource): RowSource {
  const items = new Map<number, [string, string][]>();
  const owned = new Map<number, string>();
  let runs = 0;
  let multi = 0;
  let width = 0;
  let owner: number | undefined;
  let firstOwner: number | undefined;
  let previous: readonly string[] | undefined;
  let previousFilled = 0;
  // No run above the first header-like row: a lone 科目：7201 事业支出 under a title line of several cells is the
  // title block's, not an entry's 辅助核算.
  let headerSeen = false;
  for (let r = 0; r < rows.count; r++) {
    // A file without a run in its first rows has none (read once more only when it has).
    if (runs === 0 && r >= PROBE_ROWS) return rows;
    const row = rows.row(r);
    const filled = filledCells(row).length;
    width = Math.max(width, row.length);
    // A sub-row continues a run, or starts one under a row of several cells (the entry).
    // Inside a run, an item whose label no 辅助核算 is known to use (指标文号：…) is the entry's too.
    const sub =
      filled !== 1 || !headerSeen ? undefined : owner !== undefined ? (subRowItems(row) ?? looseItem(row)) : previousFilled >= 2 ? subRowItems(row) : undefined;
    if (!headerSeen && isHeaderLike(row)) headerSeen = true;
    const above = previous;
    previous = row;
    previousFilled = filled;
    if (sub !== undefined) {
      if (owner === undefined) {
        owner = r - 1;
        // A label row right under the header opens a section (项目：…) of a 辅助明细账: no sub-rows in this file.
        if (above !== undefined && isHeaderLike(above)) return rows;
        firstOwner ??= owner;
        runs++;
      }
      items.set(r, sub);
      owned.set(owner, [owned.get(owner), ...sub.map(([k, v]) => `${k}：${v}`)].filter((t) => t !== undefined).join('；'));
      continue;
    }
    owner = undefined;
    // Rows of several cells below the header (entries); the title block's lines are none.
    if (filled >= 2 && headerSeen) multi++;
  }
  const { minRuns, minShare } = loadRowKinds().auxiliarySubRow;
  if (runs < minRuns || runs < minShare * multi || firstOwner === undefined) return rows;
  let headerRow = firstOwner - 1;
  while (headerRow >= 0 && !isHeaderLike(rows.row(headerRow))) headerRow--;
  if (headerRow < 0) return rows;
  const { skip } = rows;
  return {
    count: rows.count,
    line: (index) => rows.line(index),
    row: (index) => {
      if (items.has(index)) return Array<string>(width + 1).fill('');
      const out = padRow(rows.row(index), width);
      out.push(index === headerRow ? HEADER : (owned.get(index) ?? ''));
      return out;
    },
    skip: (index) => (items.has(index) ? 'aux-subrow' : skip?.call(rows, index)),
    ...(rows.titleRows ? { titleRows: (index: number) => rows.titleRows!.call(rows, index) } : {}),
    ...(rows.sheetName ? { sheetName: (index: number) => rows.sheetName!.call(rows, index) } : {}),
    ...(rows.sheetNames ? { sheetNames: rows.sheetNames } : {}),
  };
}

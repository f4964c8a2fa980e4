/**
 * The cells of a table line as Word's plain text gives them: split by tabs when the line holds one, else by runs of two
 * spaces or more (one space stays inside a cell: 其中 财政拨款); each cell trimmed and placed by its offsets in the text.
 * Shared by the readers of 自评表 and 决算表 lines (rules/lib/funds-block-sums.ts, rules/lib/rate-in-table.ts).
 */
import type { Span } from './types.ts';

export type LineCell = Span & { readonly text: string };

export function tableLineCells(text: string, start: number, end: number): LineCell[] {
  const line = text.slice(start, end);
  const re = line.includes('\t') ? /[^\t]+/g : /\S+(?: \S+)*/g;
  const out: LineCell[] = [];
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const t = m[0].trim();
    if (t === '') continue;
    const s = start + m.index + m[0].indexOf(t);
    out.push({ start: s, end: s + t.length, text: t });
  }
  return out;
}

/** The lines of a text (at most `maxLines`) that are table lines — a tab, or two spaces or more between words — with their cells. */
export function* tableLines(text: string, lineStarts: readonly number[], maxLines: number): Generator<readonly LineCell[]> {
  for (let i = 0; i < lineStarts.length && i < maxLines; i++) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    const line = text.slice(start, end);
    if (!line.includes('\t') && !/\S {2,}\S/.test(line)) continue;
    yield tableLineCells(text, start, end);
  }
}

/** Finding the columns of a 项目支出绩效自评表 by their header words, and reading numbers out of its cells. */
import type { TableModel } from '../../facts/table-model.ts';

export function columnOf(model: TableModel, words: readonly string[], exclude: readonly string[] = []): number {
  return model.header.findIndex((h) => words.some((w) => h.includes(w)) && !exclude.some((w) => h.includes(w)));
}

export interface CellNumber {
  readonly value: number;
  /** The comparison written before the number (≥95%), when there is one. */
  readonly op: '>=' | '<=' | '>' | '<' | '=' | null;
  readonly percent: boolean;
}

/** The first number of a cell, with the comparison sign before it: `≥95%` → {95, '>='}. */
export function cellNumber(text: string): CellNumber | null {
  let k = 0;
  while (k < text.length && !(text[k]! >= '0' && text[k]! <= '9')) k++;
  if (k === text.length || k > 6) return null;
  let e = k;
  while (e < text.length && ((text[e]! >= '0' && text[e]! <= '9') || text[e] === '.' || text[e] === ',')) e++;
  const value = Number(text.slice(k, e).replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const before = text.slice(0, k);
  const op = before.includes('≥') || before.includes('>=') ? '>=' : before.includes('≤') || before.includes('<=') ? '<=' : before.includes('>') ? '>' : before.includes('<') ? '<' : before.includes('=') ? '=' : null;
  return { value, op, percent: text.slice(e, e + 2).includes('%') };
}

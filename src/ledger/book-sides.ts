/**
 * 平行记账 on one row: a header with a 财务会计 side and a 预算会计 side, each with its own account and amount columns
 * (data/ledger/header-synonyms.json bookSides). This module only finds which side each header column belongs to; the
 * columns are then matched as any header's (column-mapping.ts), the entry's account and amounts taken from the budget side.
 */
import type { LedgerField } from './entry.ts';

/** The words naming each side, and the fields a side owns (data/ledger/header-synonyms.json bookSides). */
export interface BookSideWords {
  readonly budget: readonly string[];
  readonly financial: readonly string[];
  readonly bookFields: readonly LedgerField[];
}

export type BookSide = 'budget' | 'financial';

/** Per header column: its side (undefined: the row's, shared), and its header without the side word. */
export interface HeaderSides {
  readonly side: readonly (BookSide | undefined)[];
  readonly bare: readonly string[];
  /** The side words as printed (财务会计, 预算会计), for messages. */
  readonly printed: Readonly<Record<BookSide, string>>;
}

/** A bracketed note after a side word (预算会计（收付实现制）) names no other side. */
const TRAILING_NOTE = /[(（【[][^)）】\]]*[)）】\]]$/u;
/** How many characters a group cell may add after a side's full name (预算会计 + 记账信息). */
const MAX_GROUP_TAIL = 6;
/** What may stand between a side word and a column's own name (预算-借方, 借方（预算）). */
const JOINERS = /^[\s\-－—_/·・:：|]+|[\s\-－—_/·・:：|]+$/gu;

/**
 * Which side each column of a header belongs to: a side word on a group row above the header's lowest row (one of the
 * `groupRows`, each cell repeated over the columns it is merged over, or printed once over empty cells), or in the
 * column's own header before or after its name (财务借方, 借方金额（预算会计）) where the rest is a book field's header
 * (`isBookHeader`). Undefined unless both sides are found.
 */
export function headerSides(
  headers: readonly string[],
  groupRows: readonly (readonly string[])[],
  words: BookSideWords,
  normalize: (text: string) => string,
  isBookHeader: (bare: string) => boolean,
): HeaderSides | undefined {
  const wordSide = new Map<string, BookSide>();
  for (const side of ['budget', 'financial'] as const) for (const w of words[side]) wordSide.set(normalize(w), side);
  // A group cell that begins with a side's full name (财务会计 of 财务会计凭证, 预算会计 of 预算会计记账信息) names that side too;
  // a short word (财务, 预算) only alone.
  const fullNames = [...wordSide.keys()].filter((w) => w.length >= 4).sort((a, b) => b.length - a.length);
  const sideOfCell = (text: string): BookSide | undefined => {
    const n = normalize(text);
    const exact = wordSide.get(n) ?? wordSide.get(n.replace(TRAILING_NOTE, ''));
    if (exact !== undefined || /[:：\d]/u.test(n)) return exact;
    const full = fullNames.find((w) => n.startsWith(w) && n.length <= w.length + MAX_GROUP_TAIL);
    return full === undefined ? undefined : wordSide.get(full);
  };
  const width = headers.length;
  const side: (BookSide | undefined)[] = Array.from({ length: width }, () => undefined);
  const bare = [...headers];
  const printed: Partial<Record<BookSide, string>> = {};
  // A group printed once spans the empty cells after it (a column of a deeper header row may be empty here: 科目 over
  // 编码 | 名称), up to the last column with a header.
  let lastHeader = width - 1;
  while (lastHeader >= 0 && normalize(headers[lastHeader] ?? '') === '') lastHeader--;
  // Group rows, nearest first: a nearer row's side wins.
  for (const row of groupRows) {
    for (let i = 0; i < row.length; i++) {
      const s = sideOfCell(row[i] ?? '');
      if (s === undefined) continue;
      printed[s] ??= (row[i] ?? '').trim();
      const own = normalize(row[i] ?? '');
      let j = i;
      for (; j <= Math.max(i, lastHeader); j++) {
        const above = normalize(row[j] ?? '');
        if (j > i && above !== '' && above !== own) break;
        side[j] ??= s;
      }
      i = j - 1;
    }
  }
  // Columns naming their side themselves: 财务借方, 预算会计科目编码, 借方金额（预算会计）.
  const sideWords = [...wordSide.keys()].sort((a, b) => b.length - a.length);
  headers.forEach((h, i) => {
    if (side[i] !== undefined) return;
    const n = normalize(h);
    for (const w of sideWords) {
      let rest: string | undefined;
      if (n.startsWith(w)) rest = n.slice(w.length);
      else if (n.endsWith(w)) rest = n.slice(0, -w.length);
      else {
        const noted = new RegExp(`[(（【[]${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[)）】\\]]$`, 'u').exec(n);
        if (noted) rest = n.slice(0, noted.index);
      }
      rest = rest?.replace(JOINERS, '');
      if (rest === undefined || rest === '' || !isBookHeader(rest)) continue;
      side[i] = wordSide.get(w)!;
      bare[i] = rest;
      printed[side[i]!] ??= h.trim();
      break;
    }
  });
  if (!side.includes('budget') || !side.includes('financial')) return undefined;
  return { side, bare, printed: { budget: printed.budget ?? '预算会计', financial: printed.financial ?? '财务会计' } };
}

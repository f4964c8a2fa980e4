/** Word lists (data/audit/**) as regular-expression source, for patterns that hold a list among their syntax. */

/** `(?:w1|w2|…)` matching any of the words literally, tried in the list's order. */
export function anyWord(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

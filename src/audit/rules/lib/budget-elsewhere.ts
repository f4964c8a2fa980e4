/**
 * An execution rate whose budget is stated in another sentence (其中：因公出国（境）费8657.78万元，预算执行比例为90.13%，
 * 公务用车购置及运行费1377.96万元，预算执行比例为96.76%。…“三公”经费预算11324.44万元，其中：…公务用车购置及运行费1410.94
 * 万元): the item's amount right before the rate over the one budget the text gives for the same item nearby.
 */
import type { AuditFacts, Figure } from '../../facts/types.ts';

/** An item's name for matching its amounts across sentences: no year, quotes or blanks, no phase word at its end. */
export function itemName(label: string): string {
  return label
    .replace(/\d{4}年度?/g, '')
    .replace(/[“”"'‘’「」《》\s]/g, '')
    .replace(/(?:预算数|预算|决算数|决算|执行数|支出数|支出)+$/u, '');
}


/**
 * Preconditions (undefined otherwise): the rate's own words between the amount before it and the rate hold an
 * execution word (`executionWords`) and nothing longer than `maxLead` characters; that amount A is money, plain (no
 * change, no threshold), in the rate's sentence, not itself a budget (its label, or the label of the total whose 其中
 * list holds it, names none of `budgetWords` — that total may name spending); A's name (itemName) has `minName`
 * characters or more; within `paragraphs` paragraphs of the rate, the money amounts other than A named exactly so that are
 * budgets (their label names a budget word, or the total of their 其中 list does and they name no spending word)
 * hold exactly one value, in A's currency, above zero. Returns A and that budget.
 */
export function budgetStatedElsewhere(
  facts: AuditFacts,
  rate: Figure,
  index: number,
  partOf: ReadonlyMap<Figure, Figure>,
  words: { readonly execution: readonly string[]; readonly budget: readonly string[]; readonly spent: readonly string[]; readonly maxLead: number; readonly paragraphs: number; readonly minName: number },
): { num: Figure; den: Figure } | undefined {
  const a = facts.figures[index - 1];
  if (!a || a.kind !== 'money' || a.comparative || a.qualifier || a.sentence !== rate.sentence) return undefined;
  const lead = facts.text.slice(a.end, rate.start).replace(/[，,：:\s]/g, '');
  if (lead.length > words.maxLead || !words.execution.some((w) => lead.includes(w))) return undefined;
  const names = (g: Figure, list: readonly string[]): boolean => list.some((w) => g.label.includes(w));
  const whole = partOf.get(a);
  if (names(a, words.budget) || (whole && names(whole, words.budget))) return undefined;
  const name = itemName(a.label);
  if (name.length < words.minName) return undefined;
  const budgets = new Map<number, Figure>();
  for (const g of facts.figures) {
    if (g === a || g.kind !== 'money' || g.comparative || g.qualifier || g.currency !== a.currency) continue;
    if (Math.abs(g.paragraph - rate.paragraph) > words.paragraphs) continue;
    if (itemName(g.label) !== name) continue;
    const total = partOf.get(g);
    const budget = names(g, words.budget) || (total !== undefined && names(total, words.budget) && !names(g, words.spent));
    if (budget && !budgets.has(g.scaled)) budgets.set(g.scaled, g);
  }
  if (budgets.size !== 1) return undefined;
  const den = [...budgets.values()][0]!;
  if (den.scaled <= 0) return undefined;
  return { num: a, den };
}

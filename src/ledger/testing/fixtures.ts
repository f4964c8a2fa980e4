/** Small inline entries and a check context for the rule tests. */
import { loadCodeFormats, loadCodeTables } from '../../reference/code-tables.ts';
import { fen } from '../../core/money.ts';
import type { LedgerCheckContext } from '../check-context.ts';
import type { LedgerEntry } from '../entry.ts';
import { loadLedgerRuleData } from '../rule-data.ts';
import { jiebaSegmenter } from '../segment-words.ts';

let next = 0;

/** An entry with sensible defaults (a clean basic 办公费 entry); rows count up from 2. */
export function entry(fields: Partial<Omit<LedgerEntry, 'amount'>> & { amount?: number } = {}): LedgerEntry {
  next++;
  const { amount, ...rest } = fields;
  return {
    entryNo: next,
    row: next + 1,
    date: '2024-03-05',
    voucher: `记-3-${next}`,
    summary: '购买办公用品',
    functionCode: '2010601',
    economicCode: '30201',
    nature: 'basic',
    ...rest,
    amount: fen(amount ?? 120_000),
  };
}

export function context(overrides: Partial<LedgerCheckContext> = {}): LedgerCheckContext {
  return {
    fiscalYear: 2024,
    codeTables: loadCodeTables(2024),
    codeFormats: loadCodeFormats(),
    rules: loadLedgerRuleData(),
    segment: jiebaSegmenter,
    ...overrides,
  };
}

/**
 * ledger.unknown-code — function or economic codes that are not in the year's code tables. A code of the
 * wrong shape, or missing from a complete table, is an error per entry; a well-formed code missing from a
 * table known to be incomplete (the shipped tables are fragments) is one warning per code listing its rows.
 */
import { CODE_TABLE_LABEL, type CodeTable } from '../../core/codes.ts';
import { type Evidence, type Finding, finding } from '../../core/finding.ts';
import type { LedgerRule } from '../check-context.ts';
import { entryPath, type LedgerEntry } from '../entry.ts';
import { formatYuan } from '../format-money.ts';

type Kind = 'function' | 'economic';
const FIELD: Record<Kind, 'functionCode' | 'economicCode'> = { function: 'functionCode', economic: 'economicCode' };

export const unknownCode: LedgerRule = {
  id: 'ledger.unknown-code',
  title: '科目编码不在当年代码表中',
  check(entries, context) {
    const out: Finding[] = [];
    for (const kind of ['function', 'economic'] as const) {
      const table: CodeTable | undefined = context.codeTables[kind];
      const format = context.codeFormats[kind];
      const label = CODE_TABLE_LABEL[kind];
      const doubtful = new Map<string, LedgerEntry[]>();
      for (const entry of entries) {
        const code = entry[FIELD[kind]];
        if (format && !format.test(code)) {
          out.push(perEntry(this.id, entry, `“${code}”不是有效的${label}编码 / not a valid ${kind} code`));
        } else if (table && !table.entries.has(code)) {
          if (table.complete) {
            out.push(perEntry(this.id, entry, `${label}“${code}”不在${table.year}年代码表中 / unknown ${kind} code`));
          } else {
            const list = doubtful.get(code) ?? [];
            list.push(entry);
            doubtful.set(code, list);
          }
        }
      }
      for (const [code, list] of doubtful) {
        const amount = list.reduce((s, e) => s + e.amount, 0);
        const evidence: Evidence[] = list.map((e) => ({ path: entryPath(e), line: e.row, quote: e.summary, value: e.amount }));
        out.push(
          finding({
            rule: this.id,
            severity: 'warning',
            message:
              `${label}“${code}”不在所附${table!.year}年代码表中（该表不完整，请核对），涉及 ${list.length} 笔、` +
              `${formatYuan(amount)}，首笔在第${list[0]!.row}行 / ${kind} code not in the (incomplete) table`,
            evidence,
          }),
        );
      }
    }
    return out;
  },
};

function perEntry(rule: string, entry: LedgerEntry, what: string): Finding {
  return finding({
    rule,
    severity: 'error',
    message: `第${entry.row}行：${what}`,
    evidence: [{ path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount }],
  });
}

/**
 * ledger.unknown-code — function or economic codes that are not in the year's code tables. A code of the
 * wrong shape, or missing from a complete table (or from a class the table lists whole: `completeUnder`), is an error per entry; well-formed codes missing from a
 * table known to be incomplete are ONE summary line (info, no entry flagged): the table's gap is not the
 * ledger's fault, and it must never fill the top of the findings.
 */
import { CODE_TABLE_LABEL, type CodeTable, listsWhole } from '../../core/codes.ts';
import { type Finding, finding } from '../../core/finding.ts';
import type { LedgerRule } from '../check-context.ts';
import { entryPath, type LedgerEntry } from '../entry.ts';
import { formatYuan } from '../format-money.ts';
import { withEvidence } from '../evidence-strength.ts';

type Kind = 'function' | 'economic';
const FIELD: Record<Kind, 'functionCode' | 'economicCode'> = { function: 'functionCode', economic: 'economicCode' };

export const unknownCode: LedgerRule = {
  id: 'ledger.unknown-code',
  title: '科目编码不在当年代码表中',
  check(entries, context) {
    const out: Finding[] = [];
    const gaps: { kind: Kind; label: string; year: number; doubtful: Map<string, LedgerEntry[]> }[] = [];
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
          if (listsWhole(table, code)) {
            out.push(perEntry(this.id, entry, `${label}“${code}”不在${table.year}年代码表中 / unknown ${kind} code`));
          } else {
            const list = doubtful.get(code) ?? [];
            list.push(entry);
            doubtful.set(code, list);
          }
        }
      }
      if (doubtful.size > 0) gaps.push({ kind, label, year: table!.year, doubtful });
    }
    if (gaps.length > 0) {
      const parts = gaps.map((g) => {
        const lists = [...g.doubtful.values()];
        const n = lists.reduce((s, l) => s + l.length, 0);
        const amount = lists.reduce((s, l) => s + l.reduce((t, e) => t + e.amount, 0), 0);
        const codes = [...g.doubtful.keys()].sort();
        const shown = codes.slice(0, 8).join('、') + (codes.length > 8 ? ` 等` : '');
        return { text: `${g.label} ${codes.length} 个编码（${shown}；${n} 笔，${formatYuan(amount)}）不在所附${g.year}年代码表中`, codes, kind: g.kind };
      });
      out.push(
        finding({
          rule: this.id,
          severity: 'info',
          message:
            `${parts.map((p) => p.text).join('；')}。所附代码表不完整，未据此判断对错；可用 jixiao codes import 导入完整的官方代码表后复查` +
            ` / codes missing from the incomplete shipped tables (not judged)`,
          evidence: parts.map((p) => ({ path: `codeTables.${p.kind}`, quote: p.codes.join('、') })),
        }),
      );
    }
    return out;
  },
};

function perEntry(rule: string, entry: LedgerEntry, what: string): Finding {
  return withEvidence(finding({
    rule,
    severity: 'error',
    message: `第${entry.row}行：${what}`,
    evidence: [{ path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount }],
  }), 'code-shape');
}

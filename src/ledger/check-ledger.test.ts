/** Ranking of flagged entries and of each entry's reasons: the strongest evidence first. */
import { describe, expect, it } from 'vitest';
import { checkLedger, sortFlagged } from './check-ledger.ts';
import { context, entry } from './testing/fixtures.ts';

describe('flagged entries by evidence', () => {
  it('puts a contradiction between columns (基本支出 with a project) before a payee\'s trade, and an entry\'s strongest reason first', () => {
    // Basic spending that carries a project: two columns of the books disagree.
    const carries = entry({ economicCode: '30201', summary: '购买复印纸', projectName: '河道保洁专项', amount: 300 });
    // A larger project bill whose payee bills routine running costs (a water company): evidence of the trade, not of the books.
    const word = entry({ nature: 'project', projectName: '河道保洁专项', functionCode: '2010602', economicCode: '30299', summary: '3月费用结算', payee: '县自来水公司', amount: 9_000 });
    // A project entry on a 行政运行 function item whose 摘要 also names a routine cost: the column fact leads its reasons.
    const both = entry({ nature: 'project', projectName: '河道保洁专项', functionCode: '2010601', economicCode: '30299', summary: '支付4月电费', amount: 500 });
    const report = checkLedger([carries, word, both], context());
    const ranked = sortFlagged(report.flagged, 'evidence').map((f) => f.entry.row);
    expect(ranked.indexOf(carries.row)).toBeLessThan(ranked.indexOf(word.row));
    const reasons = report.flagged.find((f) => f.entry.row === both.row)!;
    expect(reasons.rules).toEqual(expect.arrayContaining(['ledger.basic-on-project', 'ledger.nature-inconsistent']));
    expect(reasons.messages[0]).toContain('行政运行');
  });
});

import { describe, expect, it } from 'vitest';
import { checkLedger } from './check-ledger.ts';
import type { LedgerEntry } from './entry.ts';
import { context, entry } from './testing/fixtures.ts';

// A 预算管理一体化 ledger: every entry carries a project, no 支出类型, so every entry parses as 'project'.
const running = { functionCode: '2010401', functionName: '行政运行' };
const own = { functionCode: '2010404', functionName: '战略规划与实施' };
function ledger(): { entries: LedgerEntry[]; slip: LedgerEntry } {
  const entries: LedgerEntry[] = [];
  // A unit's own 津贴补贴 project, named with no class word: staff pay on 行政运行.
  for (const q of ['一', '二', '三', '四'])
    entries.push(entry({ nature: 'project', ...running, economicCode: '30102', projectCode: 'P01', projectName: '保留津贴补贴', summary: `发放${q}季度保留津贴补贴` }));
  // The car's running costs under a 运转类 project on 行政运行.
  for (const m of [1, 2, 3]) entries.push(entry({ nature: 'project', ...running, economicCode: '30231', projectCode: 'P02', projectName: '运转类项目—公务用车运行经费', summary: `公务用车${m}月加油` }));
  // Retirees' pay (离休费/退休费) on 行政单位离退休.
  for (const m of [1, 2, 3]) entries.push(entry({ nature: 'project', functionCode: '2080501', functionName: '行政单位离退休', economicCode: '30302', projectCode: 'P03', projectName: '老干部待遇', summary: `${m}月退休费` }));
  // A real project, one of whose entries slipped onto 行政运行.
  for (const m of [1, 2, 3, 4]) entries.push(entry({ nature: 'project', ...own, economicCode: '30227', projectCode: 'P11', projectName: '重大项目前期工作经费', summary: `${m}月项目可研评审费` }));
  const slip = entry({ nature: 'project', ...running, economicCode: '30227', projectCode: 'P11', projectName: '重大项目前期工作经费', summary: '项目储备库评审费' });
  entries.push(slip);
  return { entries, slip };
}

describe('basic projects inferred by their shape (预算管理一体化, no 支出类型)', () => {
  it('reads a project whose entries are all on 行政运行 or staff-pay classes as basic, and still flags a real project’s one slip onto 行政运行', () => {
    const { entries, slip } = ledger();
    const report = checkLedger(entries, context());
    expect(report.flagged.map((f) => [f.entry.row, f.rules])).toEqual([[slip.row, ['ledger.nature-inconsistent']]]);
  });

  it('infers nothing in a ledger where basic spending carries no project: there a project is what the ledger says', () => {
    const { entries } = ledger();
    const basic = Array.from({ length: 40 }, () => entry({ ...running }));
    const report = checkLedger([...entries, ...basic], context());
    const rows = new Set(report.flagged.map((f) => f.entry.row));
    expect(entries.filter((e) => e.projectCode !== 'P11').every((e) => rows.has(e.row))).toBe(true);
  });
});

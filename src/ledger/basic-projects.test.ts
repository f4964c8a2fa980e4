import { describe, expect, it } from 'vitest';
import { checkLedger } from './check-ledger.ts';
import type { LedgerEntry } from './entry.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { context, entry } from './testing/fixtures.ts';

// A 预算管理一体化 ledger: every entry carries a project, no 支出类型, so every entry parses as an inferred 'project'.
const running = { functionCode: '2010401', functionName: '行政运行', natureSource: 'inferred' as const };
const own = { functionCode: '2010404', functionName: '战略规划与实施', natureSource: 'inferred' as const };
function ledger(): { entries: LedgerEntry[]; slip: LedgerEntry } {
  const entries: LedgerEntry[] = [];
  // A unit's own 津贴补贴 project, named with no class word: staff pay on 行政运行.
  for (const q of ['一', '二', '三', '四'])
    entries.push(entry({ nature: 'project', ...running, economicCode: '30102', projectCode: 'P01', projectName: '保留津贴补贴', summary: `发放${q}季度保留津贴补贴` }));
  // The car's running costs under a 运转类 project on 行政运行.
  for (const m of [1, 2, 3]) entries.push(entry({ nature: 'project', ...running, economicCode: '30231', projectCode: 'P02', projectName: '运转类项目—公务用车运行经费', summary: `公务用车${m}月加油` }));
  // Retirees' pay (离休费/退休费) on 行政单位离退休.
  for (const m of [1, 2, 3]) entries.push(entry({ nature: 'project', natureSource: 'inferred', functionCode: '2080501', functionName: '行政单位离退休', economicCode: '30302', projectCode: 'P03', projectName: '老干部待遇', summary: `${m}月退休费` }));
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

describe('only an inferred nature is re-inferred: a stated 项目支出 on 行政运行 stays, and is reported', () => {
  // Every entry carries a project; 乡村振兴宣传 is a real project booked wholly on 行政运行.
  const rows = (nature: (project: boolean) => string[]) => [
    ...['一', '二', '三', '四'].map((q, i) => ['2024-03-0' + (i + 1), `记-${i + 1}`, `发放${q}季度保留津贴补贴`, '2010401 行政运行', '30102', ...nature(false), 'P01', '保留津贴补贴', '3000.00']),
    ...[1, 2, 3, 4].map((m) => [`2024-0${m}-15`, `记-${m + 10}`, `${m}月乡村振兴宣传资料印制`, '2010401 行政运行', '30202', ...nature(true), 'P05', '乡村振兴宣传经费', '800.00']),
    ...[1, 2, 3, 4].map((m) => [`2024-0${m}-20`, `记-${m + 20}`, `${m}月项目可研评审费`, '2010404 战略规划与实施', '30227', ...nature(true), 'P11', '重大项目前期工作经费', '5000.00']),
  ];
  const read = (header: string[], lines: string[][]) =>
    readLedgerFile(new TextEncoder().encode(`${[header, ...lines].map((l) => l.join(',')).join('\n')}\n`), 'ythxm.csv', { fiscalYear: 2024 });
  const natureFlags = (entries: readonly LedgerEntry[]) =>
    checkLedger(entries, context())
      .flagged.filter((f) => f.rules.includes('ledger.nature-inconsistent'))
      .map((f) => f.entry.projectCode);

  it('flags the project entries a 支出类型 column states as 项目支出 on 行政运行, though the project has the shape of a basic one', async () => {
    const stated = await read(['日期', '凭证号', '摘要', '功能科目', '经济科目', '支出类型', '项目编码', '项目名称', '金额'], rows((p) => [p ? '项目支出' : '基本支出']));
    expect(stated.errors).toEqual([]);
    expect(new Set(stated.entries.map((e) => e.natureSource))).toEqual(new Set(['column']));
    expect(natureFlags(stated.entries)).toEqual(['P05', 'P05', 'P05', 'P05']);
  });

  it('reads the same project as basic where no column states the nature (the importer inferred it from the project)', async () => {
    const inferred = await read(['日期', '凭证号', '摘要', '功能科目', '经济科目', '项目编码', '项目名称', '金额'], rows(() => []));
    expect(inferred.errors).toEqual([]);
    expect(new Set(inferred.entries.map((e) => [e.nature, e.natureSource].join(' ')))).toEqual(new Set(['project inferred']));
    expect(natureFlags(inferred.entries)).toEqual([]);
  });

  it('takes a nature named by the account\'s 明细科目 as stated, and an entry with no source (stored before it was kept) too', async () => {
    const account = await read(
      ['日期', '凭证号', '摘要', '会计科目', '功能科目', '经济科目', '项目编码', '项目名称', '金额'],
      rows((p) => [p ? '72010102 事业支出-财政拨款支出-项目支出' : '72010101 事业支出-财政拨款支出-基本支出']).map((l) => [...l.slice(0, 3), l[5]!, l[3]!, l[4]!, ...l.slice(6)]),
    );
    expect(account.errors).toEqual([]);
    expect(new Set(account.entries.map((e) => e.natureSource))).toEqual(new Set(['account']));
    expect(natureFlags(account.entries)).toEqual(['P05', 'P05', 'P05', 'P05']);
    const old = (await read(['日期', '凭证号', '摘要', '功能科目', '经济科目', '项目编码', '项目名称', '金额'], rows(() => []))).entries.map(({ natureSource: _, ...e }) => e);
    expect(natureFlags(old)).toEqual(['P01', 'P01', 'P01', 'P01', 'P05', 'P05', 'P05', 'P05']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkLedger } from './check-ledger.ts';
import { projectKeyOf } from './entry.ts';
import { withProjectAliases } from './project-aliases.ts';
import { context, entry } from './testing/fixtures.ts';

describe('withProjectAliases', () => {
  it('knows a project renumbered mid-year (an old code and a new one, one name) by one key', () => {
    // Given a library renumbered on 1 July: the old book writes LY-07 林下经济示范基地建设 (in one cell: the reader takes
    // the code off the name, note-rows-and-cells.test.ts), the new one 431122240000000000007 and the same name.
    const old = entry({ nature: 'project', projectCode: 'LY-07', projectName: '林下经济示范基地建设', summary: '示范基地林下中药材种苗款' });
    const renamed = entry({ nature: 'project', projectCode: '431122240000000000007', projectName: '林下经济示范基地建设', summary: '示范基地林下中药材种苗款', date: '2024-08-02' });
    const other = entry({ nature: 'project', projectCode: '431122240000000000003', projectName: '森林防火专项', summary: '防火瞭望塔维修' });
    // When the checks read them
    const read = withProjectAliases([old, renamed, renamed, other]);
    // Then both halves of the year are one project, each entry keeping its own code and name
    expect(projectKeyOf(read[0]!)).toBe(projectKeyOf(read[1]!));
    expect(read[0]!.projectCode).toBe('LY-07');
    expect(read[1]!.projectCode).toBe('431122240000000000007');
    expect(projectKeyOf(read[3]!)).toBe('431122240000000000003');
  });

  it('leaves apart a code written with two names, and a short generic name', () => {
    const a = entry({ nature: 'project', projectCode: 'X1', projectName: '林下经济示范基地建设' });
    const b = entry({ nature: 'project', projectCode: 'X2', projectName: '林下经济示范基地建设' });
    const b2 = entry({ nature: 'project', projectCode: 'X2', projectName: '油茶低产林改造' });
    const s1 = entry({ nature: 'project', projectCode: 'Y1', projectName: '专项' });
    const s2 = entry({ nature: 'project', projectCode: 'Y2', projectName: '专项' });
    const read = withProjectAliases([a, b, b2, s1, s2]);
    expect(read.map((e) => projectKeyOf(e))).toEqual(['X1', 'X2', 'X2', 'Y1', 'Y2']);
  });

  it("the words one half of the year writes are no other project's in the other half (no summary-project-mismatch)", () => {
    const before = ['苗圃基地林下套种黄精种苗款', '苗圃基地林下套种黄精种苗款', '林下套种技术现场观摩会资料'].map((summary) =>
      entry({ nature: 'project', projectCode: 'LY-07', projectName: '林下经济示范基地建设', economicCode: '30218', summary }),
    );
    const after = ['苗圃基地林下套种黄精种苗款', '林下套种技术现场观摩会资料'].map((summary) =>
      entry({ nature: 'project', projectCode: '431122240000000000007', projectName: '林下经济示范基地建设', economicCode: '30218', summary, date: '2024-10-09' }),
    );
    const report = checkLedger([...before, ...after], context());
    expect(report.flagged.filter((f) => f.rules.includes('ledger.summary-project-mismatch'))).toEqual([]);
  });
});

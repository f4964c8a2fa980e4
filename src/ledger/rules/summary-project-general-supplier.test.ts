import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.summary-project-mismatch: a supplier every kind of work buys from', () => {
  // Given the water-saving project's publicity boards all bought from one printer, a third project writing its word (节水)
  // too, and that word in a 摘要 of the river-chief project paid to that printer
  const saving = { nature: 'project' as const, projectName: '节水型社会建设宣传', economicCode: '30202' };
  const rivers = { nature: 'project' as const, projectName: '河湖长制工作经费', economicCode: '30202' };
  const irrigation = entry({ nature: 'project', projectName: '高效节水灌溉', economicCode: '31005', summary: '节水灌溉管网工程款', payee: '县水利建筑公司' });
  const boards = (payee: string) => [irrigation, ...[1, 2, 3].map((n) => entry({ ...saving, summary: `节水宣传折页（第${n}批）`, payee }))];
  const board = (payee: string) => entry({ ...rivers, summary: '世界水日节水主题展板制作', payee });

  it('a printer paid by that project only is no tie to it: nothing is said', () => {
    const printer = '县鑫彩图文快印店';
    expect(summaryProjectMismatch.check([...boards(printer), board(printer)], context())).toEqual([]);
  });

  it('a supplier of that project’s own work still is', () => {
    const fitter = '县清源节水器具经营部';
    const found = summaryProjectMismatch.check([...boards(fitter), board(fitter)], context());
    expect(found.map((f) => f.message).join()).toContain('节水型社会建设宣传');
  });
});

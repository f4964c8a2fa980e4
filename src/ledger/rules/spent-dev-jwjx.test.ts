/**
 * Causes read on held-out 33 after it was spent as dev (dev-jwjx, a county discipline-inspection office's SpreadsheetML
 * 明细账; 2026-12-06, sled33), stated in wordings that are not the file's own, each with the case that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.summary-project-mismatch: words of another project’s name that only the own project’s entries write', () => {
  const relief = { nature: 'project' as const, projectCode: 'FX01', projectName: '防汛抗旱应急处置经费', economicCode: '30218', payee: '县农贸市场' };
  const site = { nature: 'project' as const, projectCode: 'FX02', projectName: '过渡安置点规范化建设', economicCode: '30213', payee: '县建筑工程公司' };
  const own = ['过渡安置点转移群众被褥采购', '过渡安置点转移群众饮用水采购'].map((summary) => entry({ ...relief, summary }));
  const board = () => entry({ ...relief, economicCode: '30299', summary: '7月过渡安置点转移群众伙食费', payee: '县机关食堂' });

  it('are the own project’s vocabulary (the place its people are at) when that project’s entries never write them', () => {
    const theirs = ['板房地面硬化及排水沟施工', '板房消防器材配置'].map((summary) => entry({ ...site, summary }));
    expect(summaryProjectMismatch.check([...own, ...theirs, board()], context()).map((f) => f.message)).toEqual([]);
  });

  it('still name that project when its own entries write them too', () => {
    const theirs = ['过渡安置点板房地面硬化', '过渡安置点消防器材配置'].map((summary) => entry({ ...site, summary }));
    const meal = board();
    const found = summaryProjectMismatch.check([...own, ...theirs, meal], context());
    // The own project's other entries name that project's place as much: all three are flagged.
    expect(found.map((f) => f.evidence[0]!.line).sort((a, b) => a - b)).toEqual([...own, meal].map((e) => e.row));
    expect(found.every((f) => f.message.includes('过渡安置点规范化建设'))).toBe(true);
  });

  it('still name that project when no other entry of the own project writes them', () => {
    const theirs = ['板房地面硬化及排水沟施工', '板房消防器材配置'].map((summary) => entry({ ...site, summary }));
    const others = ['转移群众被褥采购', '转移群众饮用水采购'].map((summary) => entry({ ...relief, summary }));
    const meal = board();
    const found = summaryProjectMismatch.check([...others, ...theirs, meal], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([meal.row]);
  });
});

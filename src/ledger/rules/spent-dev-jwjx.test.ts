/**
 * Causes read on held-out 33 after it was spent as dev (dev-jwjx, a county discipline-inspection office's SpreadsheetML
 * 明细账; 2026-12-06, sled33), stated in wordings that are not the file's own, each with the case that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';
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
    expect(found.map((f) => f.evidence[0]!.line ?? 0).sort((a, b) => a - b)).toEqual([...own, meal].map((e) => e.row));
    expect(found.every((f) => f.message.includes('过渡安置点规范化建设'))).toBe(true);
  });

  it('still name that project when only entries of one kind on the own project write them (two misplaced bills alike)', () => {
    const theirs = ['板房地面硬化及排水沟施工', '板房消防器材配置'].map((summary) => entry({ ...site, summary }));
    const others = ['转移群众被褥采购', '转移群众饮用水采购'].map((summary) => entry({ ...relief, summary }));
    // Two works of the site, both booked as 维修（护）费 on the relief project: one kind of spending, not the project's vocabulary.
    const misplaced = ['过渡安置点围墙砌筑施工', '过渡安置点场地平整施工'].map((summary) => entry({ ...relief, economicCode: '30213', payee: '县建筑工程公司', summary }));
    const found = summaryProjectMismatch.check([...others, ...theirs, ...misplaced], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual(misplaced.map((e) => e.row));
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

describe('a misconduct named as the matter investigated (X问题, 问题线索) is no purchase of X', () => {
  it('ledger.three-public: a domestic trip about leads on trips abroad is a trip, not 因公出国（境）; a trip abroad stays one', () => {
    const leads = one('30211', '核实违规公款出国（境）问题线索赴杭州调查取证差旅费', '');
    expect([leads.overseasTravel, leads.rows.length]).toEqual([0, 0]);
    const matter = one('30211', '赴北京核查超标准出国考察问题住宿费', '');
    expect([matter.overseasTravel, matter.rows.length]).toEqual([0, 0]);
    const abroad = one('30211', '赴境外考察差旅费', '');
    expect([abroad.overseasTravel, abroad.rows.length]).toEqual([1000, 1]);
  });

  it('ledger.summary-project-mismatch: a tour investigated is no tour bought; a tour paid from a project stays flagged', () => {
    const cases = { nature: 'project' as const, projectCode: 'JC01', projectName: '监督检查专项经费', economicCode: '30211', payee: '李明' };
    const probe = entry({ ...cases, summary: '核查借培训名义组织公款旅游问题赴外地取证差旅费' });
    const tour = entry({ ...cases, economicCode: '30299', summary: '组织干部赴黄山旅游费用', payee: '县旅行社' });
    const found = summaryProjectMismatch.check([probe, tour], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([tour.row]);
  });
});

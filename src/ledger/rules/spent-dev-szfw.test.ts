/**
 * Causes read on held-out 35 after it was spent as dev (dev-szfw, a county united-front work department's 明细分类账
 * printed with 金额线; 2026-12-06, sled35), stated in wordings that are not the file's own, each with the case that
 * must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';
import { basicOnProject } from './basic-on-project.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.three-public: a place naming the people who came from it is no destination', () => {
  it('feeds or pays people from abroad at home: no 因公出国（境）', () => {
    const camp = one('30299', '境外华裔青少年中华文化夏令营 营员伙食费（40人）', '县第一中学食堂');
    expect([camp.overseasTravel, camp.rows.length]).toEqual([0, 0]);
    const expert = one('30226', '日本专家考察指导茶叶种植 劳务费', '');
    expect([expert.overseasTravel, expert.rows.length]).toEqual([0, 0]);
  });

  it('still pairs another place of the 摘要, and a place right after a travel verb', () => {
    const trip = one('30211', '赴泰国曼谷参加境外侨团恳亲大会 机票费', '县航空票务代理');
    expect([trip.overseasTravel, trip.rows.length]).toEqual([1000, 1]);
    const youth = one('30299', '组织学生赴澳门青少年交流营 住宿费', '澳门青年旅舍');
    expect([youth.overseasTravel, youth.rows.length]).toEqual([1000, 1]);
  });
});

describe('gifts for the people a project serves are the project’s, under any class', () => {
  const liaison = { nature: 'project' as const, projectCode: 'QW01', projectName: '侨务联络工作经费', economicCode: '30299', payee: '县百货超市' };

  it('ledger.basic-on-project and summary-project-mismatch: 慰问品 for 归侨侨眷 on a 侨务 project pass; the staff’s 慰问品 there stay basic', () => {
    const own = ['侨情调查入户登记劳务费', '侨务工作宣传折页印刷'].map((summary) => entry({ ...liaison, summary }));
    const gifts = entry({ ...liaison, summary: '春节走访归侨侨眷 慰问品（米、油）' });
    const staff = entry({ ...liaison, summary: '机关干部职工春节慰问品' });
    const basic = basicOnProject.check([...own, gifts, staff], context());
    expect(basic.map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
    const mismatch = summaryProjectMismatch.check([...own, gifts], context());
    expect(mismatch.map((f) => f.evidence[0]!.line)).toEqual([]);
  });
});

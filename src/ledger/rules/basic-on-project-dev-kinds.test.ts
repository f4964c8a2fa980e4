/**
 * ledger.basic-on-project: kinds read on dev ledgers written blind (2026-12-07, lprec) — a utility of the project's site
 * written with a short form of the name's words (公厕 of 公共厕所, dev-u8fzmx); a gift bought for no one named, which
 * ledger.summary-project-mismatch reports (dev-jsp, dev-u8sl, dev-ythsj: one problem, one finding).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';
import { natureInconsistent } from './nature-inconsistent.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('ledger.basic-on-project: a site named by a short form', () => {
  it('公厕 water on a 公共厕所 project is the project’s site cost; the office’s water on it stays basic', () => {
    const toilets = { nature: 'project' as const, projectCode: 'QF2403', projectName: '集镇公共厕所保洁管护', economicCode: '30205', payee: '青枫县自来水公司' };
    const site = entry({ ...toilets, summary: '集镇公厕二季度水费' });
    const office = entry({ ...toilets, summary: '机关办公楼二季度水费' });
    const found = basicOnProject.check([site, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });
});

describe('ledger.basic-on-project: a gift bought for no one named', () => {
  it('is reported once, as a purpose no project has; naming the staff or under 福利费 it stays basic spending', () => {
    const survey = { nature: 'project' as const, projectCode: 'QF2405', projectName: '耕地质量监测与评价', economicCode: '30299', payee: '青枫县好又多超市' };
    const gifts = entry({ ...survey, summary: '采购端午节慰问品（粽子、咸蛋）' });
    const staff = entry({ ...survey, summary: '干部职工端午节慰问品' });
    const welfare = entry({ ...survey, economicCode: '30229', summary: '端午节慰问品' });
    const basic = basicOnProject.check([gifts, staff, welfare], context()).map((f) => f.evidence[0]!.line);
    expect(basic).toEqual([staff.row, welfare.row]);
    const mismatch = summaryProjectMismatch.check([gifts, staff, welfare], context()).map((f) => f.evidence[0]!.line);
    expect(mismatch).toContain(gifts.row);
  });
});

describe('ledger.basic-on-project: a project entry that names no project', () => {
  it('is left to ledger.nature-inconsistent (项目支出未填写项目): office goods on 项目支出 with no project make one finding', () => {
    const goods = entry({ nature: 'project', economicCode: '30201', summary: '购机关会议室投影仪灯泡', payee: '青枫县电脑经营部' });
    const charged = entry({ nature: 'project', projectCode: 'QF2406', projectName: '森林防火巡护', economicCode: '30201', summary: '购买机关打印纸', payee: '青枫县文具店' });
    expect(basicOnProject.check([goods, charged], context()).map((f) => f.evidence[0]!.line)).toEqual([charged.row]);
    expect(natureInconsistent.check([goods], context()).map((f) => f.evidence[0]!.line)).toEqual([goods.row]);
  });
});

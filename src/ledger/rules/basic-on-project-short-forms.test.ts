/**
 * ledger.basic-on-project: a utility of the project's site written with a short form of the project's name's words
 * (公厕 of 公共厕所; project-match.json abbreviations), after dev-u8fzmx written blind (2026-12-07, lprec).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';

describe('ledger.basic-on-project: a site named by a short form', () => {
  it('公厕 water on a 公共厕所 project is the project’s site cost; the office’s water on it stays basic', () => {
    const toilets = { nature: 'project' as const, projectCode: 'QF2403', projectName: '集镇公共厕所保洁管护', economicCode: '30205', payee: '青枫县自来水公司' };
    const site = entry({ ...toilets, summary: '集镇公厕二季度水费' });
    const office = entry({ ...toilets, summary: '机关办公楼二季度水费' });
    const found = basicOnProject.check([site, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });
});

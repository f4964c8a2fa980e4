/**
 * A basic entry with no project whose 摘要 writes the whole name of one of the ledger's projects is that project's
 * spending booked as basic (data/ledger/classification.json projectNamedInBasic). After dev-yzwy: 支付宗教教职人员教育
 * 培训班学员教材费 on 基本支出 beside the project MZ2404 宗教教职人员教育培训.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { natureInconsistent } from './nature-inconsistent.ts';

const training = { nature: 'project' as const, projectCode: 'MZ2404', projectName: 'MZ2404 宗教教职人员教育培训', functionCode: '2013404', economicCode: '30216' };
const projectEntries = () => [entry({ ...training, summary: '宗教教职人员教育培训班场地费' }), entry({ ...training, summary: '培训班讲课费' })];

describe('ledger.nature-inconsistent: a basic entry writing a project’s whole name', () => {
  it('flags a basic entry without a project whose 摘要 writes the project’s name', () => {
    const bad = entry({ nature: 'basic', functionCode: '2013404', economicCode: '30218', summary: '支付宗教教职人员教育培训班学员教材费' });
    const found = natureInconsistent.check([bad, ...projectEntries(), entry()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bad.row]);
    expect(found[0]!.message).toContain('宗教教职人员教育培训');
  });

  it('says nothing of a basic trip to the course, an official car named by its use, or a short name', () => {
    const trip = entry({ nature: 'basic', economicCode: '30211', summary: '参加宗教教职人员教育培训差旅费' });
    const car = entry({ nature: 'basic', economicCode: '31013', summary: '购置宗教教职人员教育培训用车一辆' });
    const short = { nature: 'project' as const, projectCode: 'XM09', projectName: '普法宣传', functionCode: '2013404', economicCode: '30202' };
    const generic = entry({ nature: 'basic', economicCode: '30202', summary: '普法宣传资料印制' });
    const found = natureInconsistent.check([trip, car, generic, ...projectEntries(), entry({ ...short, summary: '宣传册' })], context());
    expect(found).toEqual([]);
  });
});

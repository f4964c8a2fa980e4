import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { natureInconsistent } from './nature-inconsistent.ts';

describe('ledger.nature-inconsistent: a project’s name written as the name of the unit’s section', () => {
  // Given a project 食品安全抽检监测 and the bureau's section of the same subject (食品安全抽检监测股)
  const project = entry({ nature: 'project', projectCode: 'SJ2402', projectName: '食品安全抽检监测', functionCode: '2013816', economicCode: '30218', summary: '抽检样品购置' });

  it('says nothing of a basic entry buying the section’s supplies (食品安全抽检监测股复印纸)', () => {
    const paper = entry({ nature: 'basic', economicCode: '30201', summary: '食品安全抽检监测股复印纸及文件盒' });
    expect(natureInconsistent.check([project, paper], context())).toEqual([]);
  });

  it('still flags a basic entry paying the project’s own work by its whole name', () => {
    const samples = entry({ nature: 'basic', economicCode: '30218', summary: '食品安全抽检监测样品检验费' });
    const found = natureInconsistent.check([project, samples], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([samples.row]);
  });
});

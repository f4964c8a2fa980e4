import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { natureInconsistent } from './nature-inconsistent.ts';

describe('ledger.nature-inconsistent', () => {
  it('flags a project entry naming no project (error) and one on a 行政运行 item (warning)', () => {
    const noProject = entry({ nature: 'project', economicCode: '30216' });
    const onRunning = entry({ nature: 'project', projectCode: 'XM001', economicCode: '30216', functionCode: '2010601' });
    const found = natureInconsistent.check([noProject, onRunning], context());
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('flags a basic entry with a capital-construction class or a project code', () => {
    const capital = entry({ economicCode: '31005', summary: '道路硬化工程款' });
    const coded = entry({ projectCode: 'XM001' });
    const found = natureInconsistent.check([capital, coded, entry()], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${capital.row}]`, `ledger[row ${coded.row}]`]);
  });
});

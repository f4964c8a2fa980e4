import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { unknownCode } from './unknown-code.ts';

describe('ledger.unknown-code: a 项 number no 款 uses', () => {
  it('is an error per entry for an item numbered 60–98 that the incomplete table lacks (2150575)', () => {
    const local = entry({ functionCode: '2150575', functionName: '产业园区服务' });
    const found = unknownCode.check([local, entry()], context());
    expect(found.map((f) => [f.severity, f.evidence[0]!.path])).toEqual([['error', `ledger[row ${local.row}]`]]);
    expect(found[0]!.message).toContain('项号 75');
  });

  it('leaves an item numbered in the used range (2150512), 50 and 99 to the one info line of the table’s gap', () => {
    const found = unknownCode.check(
      [entry({ functionCode: '2150512' }), entry({ functionCode: '2150550' }), entry({ functionCode: '2150599' })],
      context(),
    );
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  });
});

/**
 * A function code the incomplete table lacks, written with the name of another 项 of its 款: 《政府收支分类科目》 names
 * each 项 of a 款 differently, so the code is mis-keyed (sameNamedCodes). After dev-u8sx (2050309 中等职业教育 beside the
 * table's 2050302) and dev-rfbzx (2030631 人民防空 once beside 2030603 人民防空 in the rest of the ledger).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { unknownCode } from './unknown-code.ts';

const errors = (found: ReturnType<typeof unknownCode.check>) => found.filter((f) => f.severity === 'error');

describe('ledger.unknown-code: a code named as another item of its 款', () => {
  it('is an error when the table lists that name under another code of the 款', () => {
    const bad = entry({ functionCode: '2050309', functionName: '中等职业教育' });
    const found = errors(unknownCode.check([bad, entry({ functionCode: '2050302', functionName: '中等职业教育' })], context()));
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bad.row]);
    expect(found[0]!.message).toContain('2050302');
  });

  it('is an error for the rarer of two codes the table lacks that the ledger writes with one name', () => {
    const common = Array.from({ length: 3 }, () => entry({ functionCode: '2030603', functionName: '人民防空' }));
    const bad = entry({ functionCode: '2030631', functionName: '人民防空' });
    const found = errors(unknownCode.check([...common, bad], context()));
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bad.row]);
  });

  it('says nothing when the two codes are written equally often, or the name is the 款 name beside many items', () => {
    const even = [entry({ functionCode: '2030603', functionName: '人民防空' }), entry({ functionCode: '2030631', functionName: '人民防空' })];
    expect(errors(unknownCode.check(even, context()))).toEqual([]);
    const kuanName = ['2030601', '2030602', '2030603', '2030603'].map((functionCode) => entry({ functionCode, functionName: '国防动员' }));
    expect(errors(unknownCode.check(kuanName, context()))).toEqual([]);
  });

  it('says nothing of a code of another 款 with the same name (行政运行 is in every 款)', () => {
    const found = unknownCode.check(
      [entry({ functionCode: '2030601', functionName: '行政运行' }), entry({ functionCode: '2030601', functionName: '行政运行' }), entry({ functionCode: '2040101', functionName: '行政运行' })],
      context(),
    );
    expect(errors(found)).toEqual([]);
  });
});

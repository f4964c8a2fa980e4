import { describe, expect, it } from 'vitest';
import { auditText } from '../../index.ts';
import { onDamagedLine } from './damaged.ts';

describe('damaged lines (severity by evidence)', () => {
  const clean = '支出100.00万元，其中办公费80.00万元、印刷费30.00万元。';
  it('finds the damaged line around an offset', () => {
    const text = `正常的一行\n。ㄒ唬┞毮苈氊\n${clean}`;
    expect(onDamagedLine(text, 8)).toBe(true);
    expect(onDamagedLine(text, text.indexOf('支出'))).toBe(false);
  });

  it('makes a finding on a line damaged by a wrong encoding a 提示 (info); the same line intact stays an error', async () => {
    const intact = await auditText(clean);
    expect(intact.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.severity)).toEqual(['error']);
    const damaged = await auditText(clean.replace('印刷费', '印ㄒ唬费'));
    const found = damaged.findings.filter((f) => f.rule === 'sum-mismatch');
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]!.message).toContain('乱码');
  });
});

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

  it('makes a finding on a line damaged by a wrong encoding a 提示 (info); the same line intact stays a warning', async () => {
    // Two years' amounts and their stated change (a 警告 by its evidence shape, data/audit/severity.json).
    const change = '公务接待费2016年预算8万元，2015年预算12.5万元，对比减少4.35万元。';
    const intact = await auditText(change);
    expect(intact.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.severity)).toEqual(['warning']);
    const damaged = await auditText(change.replace('接待费', '接ㄒ唬待费'));
    const found = damaged.findings.filter((f) => f.rule === 'sum-mismatch');
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]!.message).toContain('乱码');
  });
});

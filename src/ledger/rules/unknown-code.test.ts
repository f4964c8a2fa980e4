import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { unknownCode } from './unknown-code.ts';

describe('ledger.unknown-code', () => {
  it('is an error per entry for a code of the wrong shape', () => {
    const bad = entry({ economicCode: '4010' });
    const found = unknownCode.check([bad, entry()], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.evidence[0]!.path).toBe(`ledger[row ${bad.row}]`);
  });

  it('is ONE info line for all codes missing from an incomplete table, flagging no entry', () => {
    const a = entry({ economicCode: '31298' });
    const b = entry({ economicCode: '31298' });
    const found = unknownCode.check([a, b, entry({ functionCode: '2019999' })], context());
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(found[0]!.evidence.some((e) => e.path?.startsWith('ledger[row'))).toBe(false);
    expect(found[0]!.message).toContain('31298');
    expect(found[0]!.message).toContain('2019999');
  });

  it('is an error per entry when the table is complete', () => {
    const ctx = context();
    const complete = { ...ctx, codeTables: { ...ctx.codeTables, economic: { ...ctx.codeTables.economic!, complete: true } } };
    const found = unknownCode.check([entry({ economicCode: '31298' })], complete);
    expect(found[0]!.severity).toBe('error');
  });

  it('is an error per entry for a code under a class the shipped table lists whole (303), however incomplete the rest', () => {
    const ctx = context();
    expect(ctx.codeTables.economic!.complete).toBe(false);
    const wrong = entry({ economicCode: '30322', summary: '义务兵家庭优待金补发' });
    const found = unknownCode.check([wrong, entry({ economicCode: '30305' })], ctx);
    expect(found.map((f) => [f.severity, f.evidence[0]!.path])).toEqual([['error', `ledger[row ${wrong.row}]`]]);
  });
});

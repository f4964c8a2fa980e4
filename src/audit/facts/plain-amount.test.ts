import { describe, expect, it } from 'vitest';
import { type MoneyUnit, parseAmount } from '../../core/money.ts';
import { plainFen } from './plain-amount.ts';

function general(text: string, unit: MoneyUnit): { fen: number; decimals: number } | null {
  try {
    const p = parseAmount(text.replace(/,/g, ''), unit);
    return { fen: p.fen, decimals: p.decimals };
  } catch {
    return null;
  }
}

describe('plainFen (the fast path of reading an amount)', () => {
  it('reads a plain decimal as the general parser does, in every unit', () => {
    const cases = ['0.00', '3587.46', '-12.5', '1,234.56', '12', '0', '007.10', '1.230', '99999.99'];
    for (const unit of ['元', '万元', '千元', '亿元'] as const) {
      for (const text of cases) expect(plainFen(text, unit), `${text} ${unit}`).toEqual(general(text, unit));
    }
  });

  it('says “not an amount” (null) for more decimals than one 分, as the general parser refuses them', () => {
    expect(plainFen('1.234', '元')).toBeNull();
    expect(general('1.234', '元')).toBeNull();
    expect(plainFen('1.2345678', '万元')).toBeNull();
  });

  it('leaves anything else to the general parser (undefined)', () => {
    for (const text of ['12.', '.5', '1e5', '12%', '3,587.46万元', '--1', '', '-', '１２']) expect(plainFen(text, '元'), text).toBeUndefined();
    // Beyond the safe integers in 分: the general parser says why.
    expect(plainFen('99999999999.99', '万元')).toBeUndefined();
  });
});

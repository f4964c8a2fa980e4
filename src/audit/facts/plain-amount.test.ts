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

  it('agrees with the general parser on generated decimals (0 to 12 places, trailing zeros, 1 to 13 digits)', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let c = 0; c < 2000; c++) {
      const int = String(next(10 ** (1 + next(9)))) + (next(3) === 0 ? String(next(10000)).padStart(4, '0') : '');
      const places = next(13);
      let frac = '';
      for (let d = 0; d < places; d++) frac += next(3) === 0 ? '0' : String(next(10));
      const text = `${next(5) === 0 ? '-' : ''}${int}${places > 0 ? `.${frac}` : ''}`;
      for (const unit of ['元', '万元', '千元', '亿元'] as const) {
        const fast = plainFen(text, unit);
        // (−0.00 is 0 分 either way: the general parser's −0 is no other amount.)
        const slow = general(text, unit);
        if (fast !== undefined) expect(fast, `${text} ${unit}`).toEqual(slow && { ...slow, fen: slow.fen || 0 });
      }
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

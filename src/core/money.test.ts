import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatExact, MoneyError, parseAmount, parseFen, toChineseUppercase } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['1668.7万元', 1_668_700_000],
    ['348.6698万元', 348_669_800],
    ['106.96亿元', 1_069_600_000_000],
    ['1,234.56元', 123_456],
    ['０.５元', 50],
    ['28元', 2800],
    ['-12.5元', -1250],
    ['￥3,000', 300_000],
  ])('reads %s as %i fen', (text, expected) => {
    expect(parseAmount(text).fen).toBe(expected);
  });

  it('reads a bare number in the default unit and records the stated precision', () => {
    const a = parseAmount('26.34', '万元');
    expect(a).toEqual({ fen: 263_400_00, currency: 'CNY', unit: '万元', decimals: 2 });
  });

  it('keeps a foreign currency and its unit', () => {
    expect(parseAmount('515万美元')).toEqual({ fen: 5_150_000_00, currency: 'USD', unit: '万元', decimals: 0 });
    expect(() => parseFen('515万美元')).toThrow(/不是人民币/);
  });

  it.each(['', '元', 'abc', '12.3.4万元', '1,23元', '0.001元', '1e5元', '99999999999999999元'])(
    'refuses %j with a bilingual message',
    (text) => {
      expect(() => parseAmount(text)).toThrow(MoneyError);
      try {
        parseAmount(text);
      } catch (err) {
        expect((err as Error).message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
      }
    },
  );

  it('accepts trailing zeros beyond 分 (0.010元) but not non-zero digits (0.011元)', () => {
    expect(parseAmount('0.010元').fen).toBe(1);
    expect(() => parseAmount('0.011元')).toThrow(/精度超过了分/);
  });
});

describe('formatAmount', () => {
  it('formats in 万元 with the chosen precision, rounding half away from zero', () => {
    expect(formatAmount(1_668_700_000)).toBe('1668.70万元');
    expect(formatAmount(348_669_800)).toBe('348.67万元');
    expect(formatAmount(348_669_800, { decimals: 4 })).toBe('348.6698万元');
    expect(formatAmount(50_00, { decimals: 2 })).toBe('0.01万元'); // 0.005万元 rounds up
    expect(formatAmount(49_99, { decimals: 2 })).toBe('0.00万元');
    expect(formatAmount(-50_00, { decimals: 2 })).toBe('-0.01万元'); // away from zero
    expect(formatAmount(123_456_789, { unit: '元', grouping: true })).toBe('1,234,567.89元');
    expect(formatAmount(123_456_789, { unit: '元', decimals: 0, withUnit: false })).toBe('1234568');
  });

  it('formats exactly with no trailing zeros', () => {
    expect(formatExact(1_668_700_000)).toBe('1668.7万元');
    expect(formatExact(1_069_600_000_000, '亿元')).toBe('106.96亿元');
    expect(formatExact(0)).toBe('0万元');
  });

  it('round-trips every integer amount exactly through formatExact and parseAmount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('元' as const, '万元' as const, '亿元' as const),
        (value, unit) => parseAmount(formatExact(value, unit)).fen === value,
      ),
      { numRuns: 5000 },
    );
  });
});

describe('toChineseUppercase', () => {
  it.each([
    [123_456, '壹仟贰佰叁拾肆元伍角陆分'],
    [100_000_000, '壹佰万元整'],
    [1_000_100, '壹万零壹元整'],
    [10_000_000_000, '壹亿元整'],
    [10_010_000_000, '壹亿零壹拾万元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [5, '伍分'],
    [105, '壹元零伍分'],
    [0, '零元整'],
  ])('%i fen is %s', (value, expected) => {
    expect(toChineseUppercase(value)).toBe(expected);
  });
});

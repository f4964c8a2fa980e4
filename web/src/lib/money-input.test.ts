import { describe, expect, it } from 'vitest';
import { chineseOnly } from './chinese.ts';
import { commitAmount, displayText, editText, exactText } from './money-input.ts';

describe('amount field logic', () => {
  it('shows the stored value exactly while editing, whatever the display precision', () => {
    expect(editText(28_00)).toBe('0.0028'); // 0.0028万元 = 28元 = 2800分
    expect(editText(12_345_678_00)).toBe('1234.5678');
    expect(editText(1)).toBe('0.000001');
    expect(editText(-5_000_000)).toBe('-5');
    expect(editText(undefined)).toBe('');
    // the display rounds, the stored value does not change
    expect(displayText(28_00, 2)).toBe('0.00');
    expect(displayText(12_345_678_00, 2)).toBe('1,234.57');
    expect(displayText(12_345_678_00, 4)).toBe('1,234.5678');
  });

  it('writes an amount exactly, grouped, for the audit trail', () => {
    expect(exactText(28_00)).toBe('0.0028');
    expect(exactText(12_345_678_00)).toBe('1,234.5678');
    expect(exactText(-166_870_000_00)).toBe('-16,687');
  });

  it('writes nothing when the field is visited without typing', () => {
    for (const stored of [28_00, 12_345_678_00, 1, 0, undefined]) {
      const start = editText(stored);
      expect(commitAmount(start, start, stored)).toEqual({ kind: 'unchanged' });
    }
  });

  it('writes nothing when the typed text means the stored value', () => {
    expect(commitAmount('1,234.5678', '1234.5678x', 12_345_678_00)).toEqual({ kind: 'unchanged' });
    expect(commitAmount('28元', '0.0028', 28_00)).toEqual({ kind: 'unchanged' });
  });

  it('stores exactly what was typed, to the 分', () => {
    expect(commitAmount('0.0028', '', undefined)).toEqual({ kind: 'set', value: 28_00 });
    expect(commitAmount('1234.5678', '1234.57', 12_345_700_00)).toEqual({ kind: 'set', value: 12_345_678_00 });
    expect(commitAmount('0.000001', '0', 0)).toEqual({ kind: 'set', value: 1 });
    expect(commitAmount('26.34元', '', undefined)).toEqual({ kind: 'set', value: 26_34 });
    expect(commitAmount('１２３４．５', '', undefined)).toEqual({ kind: 'set', value: 12_345_000_00 });
  });

  it('clears an amount when the text is emptied', () => {
    expect(commitAmount('', '12', 12_000_000)).toEqual({ kind: 'set', value: undefined });
    expect(commitAmount('  ', '', undefined)).toEqual({ kind: 'unchanged' });
  });

  it('refuses precision finer than 分 and unreadable text, in Chinese only', () => {
    const fine = commitAmount('0.0000001', '', undefined);
    expect(fine.kind).toBe('error');
    const message = fine.kind === 'error' ? fine.message : '';
    expect(message).toContain('精度超过了分');
    expect(message).not.toMatch(/[A-Za-z]{3,}/);
    const bad = commitAmount('十二', '', undefined);
    expect(bad.kind === 'error' && bad.message).toContain('无法识别的金额');
    expect(bad.kind === 'error' && /fen|amount/.test(bad.message)).toBe(false);
  });
});

describe('Chinese half of a message', () => {
  it('keeps the Chinese part and replaces English-only text', () => {
    expect(chineseOnly('金额有误 / bad amount')).toBe('金额有误');
    expect(chineseOnly('Internal Server Error')).toBe('操作未完成，请稍后重试');
    expect(chineseOnly('路径 a/b 不对')).toBe('路径 a/b 不对');
  });
});

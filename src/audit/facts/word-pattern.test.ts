import { describe, expect, it } from 'vitest';
import { anyWord } from './word-pattern.ts';

describe('anyWord', () => {
  it('matches each word literally, special characters included, and nothing else', () => {
    const re = new RegExp(`^${anyWord(['50%', '(含)', '无'])}$`);
    expect(['50%', '(含)', '无'].every((w) => re.test(w))).toBe(true);
    expect(re.test('含')).toBe(false);
    expect(re.test('5%')).toBe(false);
  });

  it('tries the words in the list order', () => {
    expect(new RegExp(anyWord(['上年结转和结余', '上年结转'])).exec('上年结转和结余')?.[0]).toBe('上年结转和结余');
    expect(new RegExp(anyWord(['上年结转', '上年结转和结余'])).exec('上年结转和结余')?.[0]).toBe('上年结转');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('turns full-width digits and percent to half width, Chinese punctuation to full width', () => {
    expect(normalizeText('执行率为１００％,金额1,234.56万元(含);时间10:30').text).toBe('执行率为100%，金额1,234.56万元（含）；时间10:30');
  });

  it('keeps circled item numbers, which NFKC would turn into bare digits running into the text', () => {
    expect(normalizeText('①购置设备30台；②培训⑳次').text).toBe('①购置设备30台；②培训⑳次');
  });

  it('converts traditional characters to simplified', () => {
    expect(normalizeText('預算執行率為98%，經費萬元').text).toBe('预算执行率为98%，经费万元');
  });

  it('replaces the CJK radicals of PDF text layers', () => {
    expect(normalizeText('部⻔⻋辆⻓期').text).toBe('部门车辆长期');
  });

  it('drops the BOM and CR, and maps each output character to its original offset', () => {
    const input = '\ufeff甲\r\n乙㎡';
    const { text, toOriginal } = normalizeText(input);
    expect(text).toBe('甲\n乙m2');
    expect([...toOriginal]).toEqual([1, 2, 4, 5, 5, 6]);
  });

  it('leaves plain simplified text unchanged', () => {
    const plain = '2024年度沅陵县商务局部门整体支出绩效自评报告\n基本支出609.29万元。';
    expect(normalizeText(plain).text).toBe(plain);
  });
});

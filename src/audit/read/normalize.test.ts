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

  it('drops a space between Chinese characters left by a PDF line in prose: a word, a unit, a heading number read whole', () => {
    const { text, toOriginal } = normalizeText('2022年本年支 出合计4143.91万元，其中：项目支出3003.64万 元，占72.48%。\n十 三、部门整体支出绩效自评情况');
    expect(text).toBe('2022年本年支出合计4143.91万元，其中：项目支出3003.64万元，占72.48%。\n十三、部门整体支出绩效自评情况');
    // Offsets still point into the original: 出 stood one place further on.
    expect(toOriginal[text.indexOf('出合计')]).toBe(9);
    expect(toOriginal[text.length]).toBe(text.length + 3);
  });

  it('reads a part number with spaces inside it (第二 部分) as one marker, whatever the rest of its line holds', () => {
    expect(normalizeText('第二 部分 某县某镇 中心学 校2021年度单位决算表').text).toBe('第二部分 某县某镇 中心学 校2021年度单位决算表');
    expect(normalizeText('第 三 部分 部门决算情况说明 名词解释表').text).toBe('第三部分 部门决算情况说明 名词解释表');
    expect(normalizeText('见第二 部分 某表 某栏').text).toBe('见第二 部分 某表 某栏');
  });

  it('joins a clause set letter by letter, but keeps the spaces between cells of a table flattened to one line', () => {
    expect(normalizeText('经 费 总预 算 安 排 37337407.64 元，基 本 支出 预 算').text).toBe('经费总预算安排 37337407.64 元，基本支出预算');
    const flat = '项目实施单位 广水市交通运输局 广水市交通运输局 项目负责人 孙章勇，自评总分95';
    expect(normalizeText(flat).text).toBe(flat);
    // The blanks of a date to fill in are no gaps.
    expect(normalizeText('填报日期 年 月 日').text).toBe('填报日期 年 月 日');
    // A short clause with a one-character piece has a word cut (支 出决算 中); a longer run of pieces is a flattened row,
    // and two spaces without such a piece are left (they may part cells).
    expect(normalizeText('2023年三公经费支 出决算 中，公务接待费 支出 决算0.28万元。').text).toBe('2023年三公经费支出决算中，公务接待费 支出 决算0.28万元。');
    // A line's indent is no piece: the clause is judged from its first character.
    expect(normalizeText('  第一部分 神 鼎山镇人民 政府概况').text).toBe('  第一部分神鼎山镇人民政府概况');
    const longRow = '项目名称 项目主管单 位 自评总分 项目实施单位 广水市交通运输局';
    expect(normalizeText(longRow).text).toBe(longRow);
    const row = '基本支出  工资福利 支出  100.00';
    expect(normalizeText(row).text).toBe(row);
  });
});

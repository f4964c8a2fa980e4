/**
 * The planting operators' mechanics (plants.ts): each plants exactly its slip where its precondition holds, offers
 * no site where it does not, and maps the planted span back to the input. Not the auditor's recall: that is
 * scripts/check-planted.ts.
 */
import { describe, expect, it } from 'vitest';
import { holdingSums, plant, PLANT_OPERATORS, type PlantMeta, plantsOf } from './plants.ts';

const op = (name: string) => PLANT_OPERATORS.find((o) => o.name === name)!;
const fixed = (): (() => number) => () => 0;
const meta: PlantMeta = { fiscalYear: 2024, department: '青山县商务局' };

function planted(name: string, input: string, m: PlantMeta = meta): string[] {
  return op(name)
    .sites(input, m, fixed())
    .map((s) => plant(input, op(name), s).text);
}

describe('planting operators', () => {
  const sum = '一、收入\n本年支出合计100.50万元，其中：基本支出60.20万元，项目支出40.30万元。';

  it('finds a 其中 list whose parts make its total, and none where they do not', () => {
    expect(holdingSums(sum).map((h) => [h.total.digits, h.parts.map((p) => p.digits)])).toEqual([['100.50', ['60.20', '40.30']]]);
    expect(holdingSums('本年支出合计100.50万元，其中：基本支出60.20万元，项目支出30.30万元。')).toEqual([]);
    // A change after a part is no part.
    expect(holdingSums('支出100万元，其中：基本支出60万元，比上年增加5万元，项目支出40万元。').map((h) => h.parts.length)).toEqual([2]);
  });

  it('changes one part or the total by a whole unit, so the sum no longer holds', () => {
    const [part] = planted('sum-part', sum);
    expect(part).toBe('一、收入\n本年支出合计100.50万元，其中：基本支出61.20万元，项目支出40.30万元。');
    const [total] = planted('sum-total', sum);
    expect(total).toBe('一、收入\n本年支出合计101.50万元，其中：基本支出60.20万元，项目支出40.30万元。');
    const [unit] = planted('unit-wan-to-yuan', sum);
    expect(unit).toBe('一、收入\n本年支出合计100.50万元，其中：基本支出60.20元，项目支出40.30万元。');
  });

  it('changes a share whose two amounts fit it, and no share they do not fit', () => {
    expect(planted('percent-rate', '支出合计200万元，其中基本支出50万元，占25%。')).toEqual(['支出合计200万元，其中基本支出50万元，占27%。']);
    expect(planted('percent-rate', '支出合计200万元，其中基本支出50万元，占30%。')).toEqual([]);
  });

  it('flips 增加 to 减少 only where both years’ figures are given and fit the word', () => {
    expect(planted('direction-flip', '本年支出120万元，比上年100万元增加20万元。')).toEqual(['本年支出120万元，比上年100万元减少20万元。']);
    expect(planted('direction-flip', '本年支出120万元，比上年增加20万元。')).toEqual([]);
    expect(planted('direction-flip', '本年支出80万元，比上年100万元增加20万元。')).toEqual([]);
  });

  it('moves a date of the year’s work a year on, and drops a digit of a year', () => {
    const text = '青山县商务局2024年度报告\n一、概况\n项目于2024年6月完成验收，运行良好。\n计划于2024年9月开工，年底完成。\n二、其他\n附\n完';
    expect(planted('date-forward', text)).toEqual([text.replace('于2024年6月', '于2025年6月')]);
    expect(planted('date-forward', text, {})).toEqual([]);
    expect(planted('year-digit-drop', '支出情况。2024年支出100万元。')).toEqual(['支出情况。224年支出100万元。']);
  });

  it('names a sister body where the department names itself, never in the title', () => {
    const text = '青山县商务局2024年度部门决算\n青山县商务局\n一、概况\n青山县商务局内设机构3个。来源：青山县商务局';
    expect(planted('entity-swap', text)).toEqual(['青山县商务局2024年度部门决算\n青山县商务局\n一、概况\n青山县财政局内设机构3个。来源：青山县商务局']);
    expect(planted('entity-swap', '青山县商务局2024年度部门决算\n无他。')).toEqual([]);
  });

  it('changes a count against a plain list of as many items, and leaves a list with 和 alone', () => {
    expect(planted('count-off', '内设机构3个，分别为：办公室、财务股、业务股。')).toEqual(['内设机构4个，分别为：办公室、财务股、业务股。']);
    expect(planted('count-off', '内设机构3个，分别为：办公室、财务股和业务股。')).toEqual([]);
    expect(planted('count-off', '内设机构4个，分别为：办公室、财务股、业务股。')).toEqual([]);
  });

  it('repeats or skips a number among prose headings, not in a contents list', () => {
    const text = '（一）甲\n甲文\n（二）乙\n乙文\n（三）丙\n丙文\n（四）丁\n丁文';
    expect(planted('heading-repeat', text)[0]).toBe('（一）甲\n甲文\n（一）乙\n乙文\n（三）丙\n丙文\n（四）丁\n丁文');
    expect(planted('heading-skip', text)[0]).toBe('（一）甲\n甲文\n（三）乙\n乙文\n（四）丙\n丙文\n（五）丁\n丁文');
    expect(planted('heading-repeat', '（一）甲\n（二）乙\n（三）丙\n（四）丁')).toEqual([]);
  });

  it('leaves a template’s alternative or placeholder in', () => {
    expect(planted('template-alternative', '支出100万元，比上年增加5万元。')).toEqual(['支出100万元，比上年增加（减少）5万元。']);
    expect(planted('template-xx', '支出100万元。')).toEqual(['支出XX万元。']);
  });

  it('maps the planted span back to the input, and plants at most `perText` per operator', () => {
    const p = plant(sum, op('sum-part'), op('sum-part').sites(sum, meta, fixed())[0]!);
    expect(p.text.slice(p.start, p.end)).toBe('61.20');
    expect(sum.slice(p.inputStart, p.inputEnd)).toBe('60.20');
    expect(p.toInput[p.start]).toBe(p.inputStart);
    const many = '（一）甲\n甲文\n（二）乙\n乙文\n（三）丙\n丙文\n（四）丁\n丁文\n（五）戊\n戊文';
    expect(plantsOf(many, meta, 1, 3, ['heading-repeat'])).toHaveLength(1);
    expect(plantsOf(many, meta, 1, 3, ['heading-repeat'])[0]!.text).toBe(plantsOf(many, meta, 1, 3, ['heading-repeat'])[0]!.text);
  });
});

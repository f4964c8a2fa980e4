/**
 * Metamorphic tests of the auditor: a meaning-preserving rewrite of a dev text (rewrites.ts) must not make a new
 * error or warning appear (invariance.ts). The rewrites themselves are tested first: each keeps the text's meaning
 * and maps every character back to where it came from. The whole dev part: scripts/check-invariance.ts.
 */
import { describe, expect, it } from 'vitest';
import { auditText, normalizeText } from '../../src/audit/index.ts';
import { FIXTURE_DIR, loadFixtures } from './fixtures.ts';
import { checkInvariance } from './invariance.ts';
import {
  chineseYears,
  cjkSpaces,
  fullWidthDigits,
  listSeparator,
  PARAPHRASES,
  paraphrase,
  restyleHeadings,
  retable,
  rewrap,
  swapSections,
  thousandsOff,
  thousandsOn,
  wanToYuan,
} from './rewrites.ts';

describe('meaning-preserving rewrites', () => {
  it('re-wraps prose lines without cutting a number, and maps each character back', () => {
    const input = '本年支出合计4143.91万元，其中：基本支出1140.27万元，占27.52%；项目支出3003.64万元，占72.48%。';
    const out = rewrap(input, 7);
    expect(out.text).not.toBe(input);
    expect(out.text.replace(/\n/g, '')).toBe(input);
    for (const n of ['4143.91', '1140.27', '27.52%', '3003.64', '72.48%']) expect(out.text).toContain(n);
    const k = out.text.indexOf('3003.64');
    expect(out.toInput[k]).toBe(input.indexOf('3003.64'));
  });

  it('writes 万元 amounts of prose in 元 exactly, leaving a table caption alone', () => {
    const out = wanToYuan('支出合计237.62万元，其中基本支出0.0512万元。\n单位：万元');
    expect(out.text).toBe('支出合计2376200元，其中基本支出512元。\n单位：万元');
  });

  it('sets thousands separators on amounts of money only, and takes them off again', () => {
    const on = thousandsOn('2024年支出合计12345.6万元，科目2010101，人数1200人');
    expect(on.text).toBe('2024年支出合计12,345.6万元，科目2010101，人数1200人');
    expect(thousandsOff(on.text).text).toBe('2024年支出合计12345.6万元，科目2010101，人数1200人');
  });

  it('writes digits full width, years in Chinese digits, list marks as ， or ；', () => {
    expect(fullWidthDigits('占27.52%').text).toBe('占２７．５２％');
    expect(chineseYears('2024年度，〔2024〕5号').text).toBe('二〇二四年度，〔2024〕5号');
    expect(listSeparator('一、工资、津贴和奖金', '；').text).toBe('一、工资；津贴和奖金');
  });

  it('spaces out short lines wholly and prose here and there', () => {
    expect(cjkSpaces('目录\n一、部门概况', 'short-lines').text).toBe('目 录\n一、部 门 概 况');
  });

  it('restyles the heading numbers of one style, at line starts only', () => {
    expect(restyleHeadings('一、概况\n（一）职能\n见（一）所述', 'cn-paren', 'ar-paren').text).toBe('一、概况\n（1）职能\n见（一）所述');
  });

  it('prints a | table tab-separated or as pdftotext -layout does, without its rule line', () => {
    const input = '说明\n| 项目 | 金额 |\n|---|---|\n| 基本支出 | 12.5 |\n后文';
    expect(retable(input, 'tabs').text).toBe('说明\n项目\t金额\n基本支出\t12.5\n后文');
    expect(retable(input, 'layout').text).toBe('说明\n项目       金额\n基本支出   12.5\n后文');
  });

  it('swaps interchangeable wordings of budget prose (paraphrases.json) on prose lines only, in their context', () => {
    const p = (id: string) => PARAPHRASES.find((x) => x.id === id)!;
    expect(paraphrase('支出较上年减少5.2万元，较上年有所压减。', p('jiao-to-bi')).text).toBe('支出比上年减少5.2万元，较上年有所压减。');
    expect(paraphrase('支出增长5.2万元，增长3%。', p('zengzhang-to-zengjia-money')).text).toBe('支出增加5.2万元，增长3%。');
    expect(paraphrase('2024年度部门决算\n支出比上年增加5万元。', p('shangnian-to-year')).text).toBe('2024年度部门决算\n支出比2023年增加5万元。');
    expect(paraphrase('| 执行率 | 98% |', p('zhixinglv-add-yusuan')).text).toBe('| 执行率 | 98% |');
    const out = paraphrase('执行率为98%', p('zhixinglv-add-yusuan'));
    expect(out.text).toBe('预算执行率为98%');
    expect(out.edits).toEqual([{ start: 0, end: 3, text: '预算执行率' }]);
    expect(out.toInput[out.text.indexOf('为')]).toBe(3);
    for (const x of PARAPHRASES) expect(x.note.length, x.id).toBeGreaterThan(0);
  });

  it('swaps two top-level sections, keeping their numbers in order', () => {
    const input = '一、甲\n甲文\n二、乙\n乙文\n三、丙\n丙文\n四、丁\n丁文\n';
    expect(swapSections(input, 'early')?.text).toBe('一、甲\n甲文\n二、丙\n丙文\n三、乙\n乙文\n四、丁\n丁文\n');
  });
});

describe('invariance of the auditor on dev texts', () => {
  // Every eighth dev text: a sample of every kind of text (the whole part: scripts/check-invariance.ts).
  const { fixtures } = loadFixtures(FIXTURE_DIR);
  const sample = fixtures.filter((_, i) => i % 8 === 0);
  // thousands-off needs a text with thousands separators (12,345.6): the every-eighth sample may hold none once fixtures
  // are added, so the first dev text that has some joins it.
  const separated = (t: string): boolean => /\d,\d{3}(?!\d)/.test(t);
  const withSeparators = fixtures.find((f) => separated(f.text));
  if (withSeparators && !sample.some((f) => separated(f.text))) sample.push(withSeparators);
  const rewrites = ['spaces-short-lines', 'spaces-scattered', 'full-width-digits', 'thousands-on', 'thousands-off', 'chinese-years', 'swap-sections', 'para:'];
  let result: ReturnType<typeof checkInvariance> | undefined;
  const run = (): ReturnType<typeof checkInvariance> => (result ??= checkInvariance(sample, (t) => auditText(t), normalizeText, rewrites));

  it.each(rewrites)('%s: no new error or warning', (rewrite) => {
    const r = run();
    expect([...r.byRewrite.keys()].some((k) => k.startsWith(rewrite))).toBe(true);
    expect(r.findings.filter((f) => f.rewrite.startsWith(rewrite) && f.severity !== 'info').map((f) => `${f.file} ${f.rule} ${f.quote} ${f.message}`)).toEqual([]);
  });
});

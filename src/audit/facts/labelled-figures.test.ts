import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { normalizeText } from '../read/normalize.ts';
import { extractFacts } from './extract.ts';
import { labelledFigures, nameOf } from './labelled-figures.ts';

describe('labelled figures', () => {
  it('names an amount by its label without opening words, quotes, years and generic endings', () => {
    expect(nameOf('其中公务接待费支出')).toBe('公务接待');
    expect(nameOf('2021年度“三公”经费合计支出，其中：公务用车运行费用')).toBe('公务用车运行');
    // Too short a name names nothing.
    expect(nameOf('支出')).toBe('');
  });

  it('indexes each prose amount by name and the year its sentence writes before it; changes and years not written are left out', () => {
    const text = '2022年度“三公”经费预算总计21.8万元，其中：公务接待11.8万元。2021年度公务接待12.39万元，较上年减少1.00万元。公务接待9万元。';
    const index = labelledFigures(extractFacts(normalizeText(text).text, loadConfig('basic')));
    expect(index.get('公务接待|2022')?.map((n) => n.figure.raw)).toEqual(['11.8万元']);
    expect(index.get('公务接待|2021')?.map((n) => [n.figure.raw, n.value, n.half])).toEqual([['12.39万元', 123900, 50]]);
    expect([...index.keys()].filter((k) => k.startsWith('公务接待|')).sort()).toEqual(['公务接待|2021', '公务接待|2022']);
  });
});

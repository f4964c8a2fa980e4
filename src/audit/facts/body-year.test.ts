import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { normalizeText } from '../read/normalize.ts';
import { extractFacts } from './extract.ts';

const bodyYear = (text: string): number | null => extractFacts(normalizeText(text).text, loadConfig()).bodyYear;

describe('body year: the year a text without a titled year names as its own', () => {
  it('reads the year the sentences name with a subject of the report', () => {
    const text = '五、一般公共预算财政拨款支出决算情况\n2024年一般公共预算财政拨款支出300万元，比2023年增加20万元。\n2024年度部门决算中政府采购支出50万元。\n';
    expect(bodyYear(text)).toBe(2024);
    // Spaces a copy scattered inside the words after the year do not part them.
    expect(bodyYear(text.replace('2024年一般公共预算财政拨款支出', '2024年 一般 公共预 算财政拨款 支 出'))).toBe(2024);
  });

  it('takes a year named twice against another named once, not one against one', () => {
    expect(bodyYear('2024年“三公”经费支出10万元。2024年机关运行经费20万元。2023年部门预算为9万元。')).toBe(2024);
    expect(bodyYear('2024年“三公”经费支出10万元。2023年部门预算为9万元。')).toBeNull();
  });

  it('does not count a year compared with, or a date with its month', () => {
    expect(bodyYear('本年支出比2023年部门预算增加。较2023年度支出减少。2024年3月部门决算公开。')).toBeNull();
  });
});

/**
 * A project whose name carries a title in book-title marks (《芙源文艺》期刊编印) is named by a 摘要 writing that title
 * with its marks, as by its whole name — even when a third project's entries write the same characters without the marks
 * (芙源文艺奖) and a fourth project's name holds the county's name (芙源县春节联欢晚会). After dev-fywl: 《芙源文艺》2024年第3期 封面设计及排版 on a volunteer-service project went unflagged.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch, titleOf } from './summary-project-mismatch.ts';

const volunteer = { nature: 'project' as const, projectName: '“文艺进万家”志愿服务活动', economicCode: '30202' };
const magazine = { nature: 'project' as const, projectName: '《芙源文艺》期刊编印', economicCode: '30202' };
const awards = { nature: 'project' as const, projectName: '文艺精品创作扶持', economicCode: '30309' };
// A third project named after the county (芙源县…) makes 芙源文艺 no phrase of the magazine's name alone.
const gala = { nature: 'project' as const, projectName: '芙源县春节联欢晚会', economicCode: '30227' };
const others = () => [
  entry({ ...volunteer, summary: '“文艺进万家”送戏下乡演出服务费' }),
  entry({ ...volunteer, summary: '“文艺进万家”志愿者餐费' }),
  entry({ ...magazine, summary: '《芙源文艺》2024年第1期 印刷费' }),
  entry({ ...magazine, summary: '《芙源文艺》第1期 作者稿费' }),
  entry({ ...magazine, summary: '《芙源文艺》第2期 印刷费' }),
  entry({ ...gala, summary: '芙源县春节联欢晚会舞台搭建' }),
  entry({ ...awards, summary: '第三届芙源文艺奖 获奖作品奖金' }),
  entry({ ...awards, summary: '第三届芙源文艺奖 评审专家劳务费' }),
  entry({ ...awards, summary: '精品创作扶持作品评审会场地费' }),
];

describe('ledger.summary-project-mismatch: a title in 《》 of another project’s name', () => {
  it('flags a 摘要 writing the other project’s 《title》', () => {
    const a = entry({ ...volunteer, summary: '《芙源文艺》2024年第3期 封面设计及排版' });
    const found = summaryProjectMismatch.check([a, ...others()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([a.row]);
    expect(found[0]!.message).toContain('《芙源文艺》');
  });

  it('says nothing of the own project’s entries writing its own title', () => {
    const a = entry({ ...magazine, summary: '《芙源文艺》2024年第3期 封面设计及排版' });
    expect(summaryProjectMismatch.check([a, ...others()], context())).toEqual([]);
  });

  it('reads a title of at least two Han characters', () => {
    expect(titleOf('《芙源文艺》期刊编印')).toBe('《芙源文艺》');
    expect(titleOf('《A》宣传')).toBeUndefined();
    expect(titleOf('期刊编印')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { goalMismatch, similarity } from './goal-mismatch.ts';
import { runRule } from './lib/run-rule.ts';

describe('goal-mismatch', () => {
  it('reports goals set and evaluated that differ in number and content', () => {
    const text =
      '（四）绩效目标设定情况\n目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强；\n四、评价指标分析\n目标1：\n把固本培元作为根本任务，守正笃行。\n目标2：\n把贯彻落实作为根本底线。\n目标3：\n把精准务实作为根本方法。';
    const { findings } = runRule(goalMismatch, text);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(findings[0]!.calculation).toBe('2 ≠ 3');
  });

  it('accepts evaluated goals that follow the goals set', () => {
    const text =
      '目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强，实现招商引资；\n评价\n目标1：深度融入国际陆港，集货量增长。\n目标2：聚焦招大引强，招商引资到位资金72亿元。';
    expect(runRule(goalMismatch, text).findings).toEqual([]);
  });

  it('says it could not compare without two goal lists', () => {
    expect(runRule(goalMismatch, '目标1：做好工作。').notChecked[0]).toContain('goal-mismatch');
    expect(similarity('', 'abc')).toBe(0);
  });
});

describe('goal-mismatch: 自评表 indicators', () => {
  const table = (actual: string, score: string) =>
    `项目支出绩效自评表\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t培训人次\t≥200人次\t${actual}\t10\t${score}\n效益指标\t满意度\t≥95%\t96%\t10\t10\n`;

  it('reports an indicator below its target still scored full', () => {
    const { findings } = runRule(goalMismatch, table('150人次', '10'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['≥200人次', '150人次', '10']);
  });

  it('accepts a reduced score or a target met', () => {
    expect(runRule(goalMismatch, table('150人次', '7.5')).findings).toEqual([]);
    expect(runRule(goalMismatch, table('210人次', '10')).findings).toEqual([]);
  });
});

describe('goal-mismatch: 自评表 flattened one cell per line', () => {
  const cells = (actual: string, score: string) =>
    ['一级指标 |', '三级指标 |', '分值 |', '年度指标值 |', '全年实际值 |', '得分 |', '|', '产出指标 |', '★特困人员救助供养人数 |', '5 |', '>=4754人 |', `${actual} |`, `${score} |`, '|', '扶贫临时救助标准 |', '10 |', '<=5300元/户 |', '5200元/户 |', '10 |', ''].join('\n');

  it('reports an indicator below its target still scored full, by the header’s order of cells', () => {
    const { findings } = runRule(goalMismatch, cells('4604人', '5'));
    expect(findings.map((f) => f.evidence.map((e) => e.quote))).toEqual([['>=4754人', '4604人', '5']]);
  });

  it('accepts a target met or a reduced score, and reads nothing without the header', () => {
    expect(runRule(goalMismatch, cells('4800人', '5')).findings).toEqual([]);
    expect(runRule(goalMismatch, cells('4604人', '4')).findings).toEqual([]);
    expect(runRule(goalMismatch, cells('4604人', '5').replace('全年实际值 |', '备注 |')).findings).toEqual([]);
  });
});

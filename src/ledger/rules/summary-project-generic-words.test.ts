/**
 * Generic words (重点 “key”, 活动 “activity”) are the unit's vocabulary of any work, like 工作, 行动, 计划: sharing them
 * with another project's entries names no other project (data/ledger/project-match.json stopwords). After dev-ythxm
 * (written blind): a slogan banner “为重点项目建设加油” of a project observation was read as naming an energy-saving
 * inspection project whose entries said 重点用能单位 and 宣传活动.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const own = { nature: 'project' as const, projectCode: 'XM011', projectName: '重大项目前期工作经费', economicCode: '30202' };
const energy = { nature: 'project' as const, projectCode: 'XM016', projectName: '节能监察及能耗双控工作经费', economicCode: '30227' };
const ownEntries = () => [
  entry({ ...own, summary: '产业园区可行性研究报告编制费' }),
  entry({ ...own, summary: '项目前期咨询评估费' }),
];
const energyEntries = () => [
  entry({ ...energy, summary: '重点用能单位节能监察现场检查' }),
  entry({ ...energy, summary: '节能宣传周活动展板' }),
  entry({ ...energy, summary: '重点用能单位能耗在线监测运维' }),
  entry({ ...energy, summary: '能耗双控宣传活动资料印制' }),
];

describe('ledger.summary-project-mismatch: generic words (重点, 活动)', () => {
  it('stays silent when the 摘要 shares only 重点 and 活动 with another project, in two wordings', () => {
    // Each alone among the own project's ordinary entries: two such entries would make the words the own project's too.
    for (const summary of ['“为重点项目建设加油”项目观摩活动横幅及展板', '重点项目集中开工活动背景板制作']) {
      const entries = [entry({ ...own, summary }), ...ownEntries(), ...energyEntries()];
      expect(summaryProjectMismatch.check(entries, context())).toEqual([]);
    }
  });

  it('still flags entries naming the other project by its distinctive words (能耗, 双控, 节能, 监察)', () => {
    const a = entry({ ...own, summary: '重点用能单位能耗双控现场检查' });
    const b = entry({ ...own, summary: '节能监察活动执法文书印制' });
    const found = summaryProjectMismatch.check([a, b, ...ownEntries(), ...energyEntries()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([a.row, b.row]);
  });
});

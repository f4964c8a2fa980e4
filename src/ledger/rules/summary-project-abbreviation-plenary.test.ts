/**
 * 全会 is the short form of 全体会议 (the plenary session of a 委员会, 人大常委会 or 政协: 二届五次全会, 四中全会), as
 * project names write it out (data/ledger/project-match.json abbreviations). After held-out 68 (spent as dev-dlxls):
 * a 摘要 naming the plenary by 全会 on another project was not read as naming the 全体会议 project. New wording here.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const plenary = { nature: 'project' as const, projectCode: 'RD01', projectName: '县人大常委会第二次全体会议经费', economicCode: '30215' };
const survey = { nature: 'project' as const, projectCode: 'RD05', projectName: '代表履职视察及执法检查经费', economicCode: '30211' };
const plenaryEntries = () => [entry({ ...plenary, summary: '常委会会议材料印制' }), entry({ ...plenary, summary: '会议代表用餐（定点饭店）' })];
const surveyEntries = () => [
  entry({ ...survey, summary: '代表视察农村饮水工程租车' }),
  entry({ ...survey, summary: '食品安全法执法检查差旅费' }),
];

describe('ledger.summary-project-mismatch: 全会 read as 全体会议', () => {
  it('flags an entry of another project that names the plenary by its short form', () => {
    const moved = entry({ ...survey, summary: '二次全会会场音响及投影租用' });
    const found = summaryProjectMismatch.check([moved, ...plenaryEntries(), ...surveyEntries()], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([moved.row]);
  });

  it('leaves the plenary project\'s own entry that says 全会', () => {
    const own = entry({ ...plenary, summary: '二次全会会场音响及投影租用' });
    expect(summaryProjectMismatch.check([own, ...plenaryEntries(), ...surveyEntries()], context())).toEqual([]);
  });
});

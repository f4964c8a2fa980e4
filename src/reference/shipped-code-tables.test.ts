/**
 * The code tables shipped in data/codes are transcribed by hand from published documents: these checks keep
 * every row well-formed (level and parent follow from the code, codes unique and sorted, names clean) and keep
 * every code traceable to its source in data/codes/SOURCES.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../core/codes.ts';
import { repoPath } from './paths.ts';

const dir = repoPath('data/codes');
const sources = readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');

interface Row {
  line: number;
  code: string;
  name: string;
  level: string;
  parent: string;
}

function rows(file: string): Row[] {
  const records = parseCsvRecords(readFileSync(path.join(dir, file), 'utf8'));
  expect(records[0]?.cells).toEqual(['code', 'name', 'level', 'parent']);
  return records.slice(1).map(({ line, cells }) => {
    const [code = '', name = '', level = '', parent = ''] = cells;
    return { line, code, name, level, parent };
  });
}

/** Problems of one table, as readable lines, so a failure names the row. */
function tableProblems(table: Row[], lengths: readonly number[], sourcesText: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (const r of table) {
    const where = `line ${r.line} (${r.code})`;
    const levelIndex = lengths.indexOf(r.code.length);
    if (!/^\d+$/.test(r.code) || levelIndex < 0) out.push(`${where}: code is not ${lengths.join('/')} digits`);
    if (seen.has(r.code)) out.push(`${where}: duplicate code`);
    seen.add(r.code);
    if (r.code <= previous) out.push(`${where}: not sorted after ${previous}`);
    previous = r.code;
    if (r.name === '' || r.name !== r.name.trim() || /[()]/.test(r.name)) {
      out.push(`${where}: name empty, padded or with half-width brackets`);
    }
    if (levelIndex >= 0 && r.level !== String(levelIndex + 1)) out.push(`${where}: level ${r.level} for its length`);
    const parent = levelIndex > 0 ? r.code.slice(0, lengths[levelIndex - 1]) : '';
    if (r.parent !== parent) out.push(`${where}: parent ${r.parent} instead of ${parent}`);
    if (!new RegExp(`(?<!\\d)${r.code}(?!\\d)`).test(sourcesText)) out.push(`${where}: not named in SOURCES.md`);
  }
  return out;
}

/**
 * Provenance rows in SOURCES.md (`| code | name | sources |`) whose code is in a shipped table must carry the
 * table's name: a row copied with another name, or a name changed in only one place, is reported by line.
 */
function provenanceNameProblems(sourcesText: string, names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  sourcesText.split('\n').forEach((text, i) => {
    const m = /^\| (\d{3,7}) \| ([^|]+?) \|/.exec(text);
    if (!m) return;
    const [, code = '', name = ''] = m;
    const shipped = names.get(code);
    if (shipped !== undefined && shipped !== name.trim()) {
      out.push(`SOURCES.md line ${i + 1} (${code}): ${name.trim()} instead of ${shipped}`);
    }
  });
  return out;
}

function shippedNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of ['gfs_function_2026.csv', 'gfs_economic_department_2026.csv', 'gfs_economic_government_2020.csv']) {
    for (const r of rows(file)) names.set(r.code, r.name);
  }
  return names;
}

describe('shipped code tables', () => {
  it('names in the SOURCES.md provenance tables agree with the CSV names', () => {
    expect(provenanceNameProblems(sources, shippedNames())).toEqual([]);
    expect(provenanceNameProblems('| 2210108 | 老旧小区 | KZ24 |\n| 999 | x | y |', new Map([['2210108', '老旧小区改造']])))
      .toEqual(['SOURCES.md line 1 (2210108): 老旧小区 instead of 老旧小区改造']);
  });

  it('holds the rows of the 2026-12-03 night pass (2023–2025 fund notices) with their printed names', () => {
    const names = shippedNames();
    expect(
      ['2101704', '2130108', '2130119', '214', '2210103', '2210105', '2210106', '2210107', '2210108', '2210110', '2210199', '2300258']
        .map((code) => `${code} ${names.get(code) ?? '(missing)'}`),
    ).toEqual([
      '2101704 中医（民族医）药专项',
      '2130108 病虫害控制',
      '2130119 防灾救灾',
      '214 交通运输支出',
      '2210103 棚户区改造',
      '2210105 农村危房改造',
      '2210106 公共租赁住房',
      '2210107 保障性住房租金补贴',
      '2210108 老旧小区改造',
      '2210110 保障性租赁住房',
      '2210199 其他保障性安居工程支出',
      '2300258 住房保障共同财政事权转移支付支出',
    ]);
  });

  it('holds the rows of the 2026-12-04 pass (2023–2025 fund notices) with their printed names', () => {
    const names = shippedNames();
    expect(['2100409', '2110602', '21302', '21308', '2130803', '2290401'].map((code) => `${code} ${names.get(code) ?? '(missing)'}`))
      .toEqual([
        '2100409 重大公共卫生专项',
        '2110602 退耕现金',
        '21302 林业和草原',
        '21308 普惠金融发展支出',
        '2130803 农业保险保费补贴',
        '2290401 其他政府性基金安排的支出',
      ]);
  });


  it('holds the rows of the 2026-12-04 afternoon pass (2023 fund notices) with their printed names', () => {
    const names = shippedNames();
    expect(['2120303', '2296006', '503'].map((code) => `${code} ${names.get(code) ?? '(missing)'}`)).toEqual([
      '2120303 小城镇基础设施建设',
      '2296006 用于残疾人事业的彩票公益金支出',
      '503 机关资本性支出（一）',
    ]);
  });

  it('holds the rows of the 2026-12-05 pass (2024–2025 fund notices) with their printed names', () => {
    const names = shippedNames();
    expect(['2050201', '2050205', '20826', '21015', '2110307'].map((code) => `${code} ${names.get(code) ?? '(missing)'}`)).toEqual([
      '2050201 学前教育',
      '2050205 高等教育',
      '20826 财政对基本养老保险基金的补助',
      '21015 医疗保障管理事务',
      '2110307 土壤',
    ]);
  });

  it('holds the rows of the 2026-12-06 pass (a 2025 allocation table, a 2023 notice) with their printed names', () => {
    const names = shippedNames();
    expect(['2050302', '2100499'].map((code) => `${code} ${names.get(code) ?? '(missing)'}`)).toEqual([
      '2050302 中等职业教育',
      '2100499 其他公共卫生支出',
    ]);
  });

  it.each([
    ['gfs_function_2026.csv', [3, 5, 7]],
    ['gfs_economic_department_2026.csv', [3, 5]],
    ['gfs_economic_government_2020.csv', [3, 5]],
  ] as const)('%s: every row well-formed and named in SOURCES.md', (file, lengths) => {
    expect(tableProblems(rows(file), lengths, sources)).toEqual([]);
  });

  it('reports a bad row by line: wrong parent, duplicate, unsorted, half-width brackets, no source', () => {
    const bad: Row[] = [
      { line: 2, code: '208', name: '社会保障和就业支出', level: '1', parent: '' },
      { line: 3, code: '20809', name: '退役安置', level: '2', parent: '20' },
      { line: 4, code: '20808', name: '抚恤(项)', level: '2', parent: '208' },
      { line: 5, code: '20808', name: '抚恤', level: '3', parent: '208' },
    ];
    const problems = tableProblems(bad, [3, 5, 7], '208 20809 20808');
    expect(problems).toEqual([
      'line 3 (20809): parent 20 instead of 208',
      'line 4 (20808): not sorted after 20809',
      'line 4 (20808): name empty, padded or with half-width brackets',
      'line 5 (20808): duplicate code',
      'line 5 (20808): not sorted after 20808',
      'line 5 (20808): level 3 for its length',
    ]);
    expect(tableProblems([{ line: 2, code: '216', name: '商业服务业等支出', level: '1', parent: '' }], [3, 5, 7], '2160'))
      .toEqual(['line 2 (216): not named in SOURCES.md']);
  });
});

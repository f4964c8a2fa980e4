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

describe('shipped code tables', () => {
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

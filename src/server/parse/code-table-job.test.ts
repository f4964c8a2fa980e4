/**
 * The code-table parse job: an uploaded table is read and checked whole in the parse worker — the count, a sample
 * and the table in its saved form come back as plain data, a bad line crosses the boundary as the CodeTableError it
 * is (the route answers 400 naming the line), and saving what came back writes the file without reading it again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CodeTableError } from '../../core/codes.ts';
import { loadCodeTable, saveCheckedCodeTable } from '../../reference/code-tables.ts';
import { fromFailure, runParseJob, toFailure } from './parse-jobs.ts';

const LIMITS = { sheetCells: 10_000, docxParagraphs: 10 };
const utf8 = (text: string) => Buffer.from(new TextEncoder().encode(text));

describe('code-table parse job', () => {
  const before = process.env.JIXIAO_DATA;
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-code-job-'));
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_DATA;
    else process.env.JIXIAO_DATA = before;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and checks a table to its count, sample and saved form, as data a process boundary keeps whole', async () => {
    // Given a table with a quoted name and a Chinese header
    const bytes = utf8('代码,名称\r\n201,"一般公共服务支出, 含人大"\r\n20101,人大事务\r\n');
    // When the worker reads it
    const read = await runParseJob({ kind: 'code-table', bytes, tableKind: 'function', year: 2031, source: '上传的代码表' }, LIMITS);
    // Then the result survives the structured clone, and saving it gives the table the loader reads back
    expect(structuredClone(read), 'nothing in the result is lost by the structured clone').toEqual(read);
    expect(read).toMatchObject({ count: 2, sample: [{ code: '201', name: '一般公共服务支出, 含人大', level: 1 }, { code: '20101', name: '人大事务', level: 2 }] });
    process.env.JIXIAO_DATA = dir;
    if (!('stored' in read)) throw new Error('not a code table result');
    expect(saveCheckedCodeTable('function', 2031, read)).toBe(2);
    expect(readFileSync(path.join(dir, 'codes', 'function_2031.csv'), 'utf8')).toBe(read.stored);
    expect(loadCodeTable('function', 2031)?.entries.get('201')?.name).toBe('一般公共服务支出, 含人大');
  });

  it('refuses a bad line as a CodeTableError that crosses the boundary with its Chinese and English message', async () => {
    const bad = await runParseJob(
      { kind: 'code-table', bytes: utf8('code,name\n201,一般公共服务支出\n2 01,坏代码\n'), tableKind: 'function', year: 2031, source: '上传的代码表' },
      LIMITS,
    ).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(CodeTableError);
    const crossed = fromFailure(toFailure(bad));
    expect(crossed, 'still a CodeTableError after the boundary: the route answers 400 with its message').toBeInstanceOf(CodeTableError);
    expect(crossed.message).toBe('上传的代码表 第3行：代码“2 01”无效 / line 3: invalid code "2 01"');
  });
});

/**
 * The ledger-file parse job: a text ledger (CSV or fixed-width print) is read whole in the parse worker — entries
 * and notes come back as plain data, a column mapping error crosses the boundary as the MappingError it is (400),
 * and a file that takes too long or too much memory gets the pool's own limit errors (422, 413).
 */
import { describe, expect, it } from 'vitest';
import { MappingError, UnitChoiceError } from '../../ledger/index.ts';
import { largeCsvLedger } from '../../../test/security/hostile-files.ts';
import { createParsePool } from './parse-pool.ts';
import { ParseLimitError } from './parse-limit-error.ts';
import { fromFailure, runParseJob, toFailure, unpackLedgerFile } from './parse-jobs.ts';

const LIMITS = { sheetCells: 10_000, docxParagraphs: 10 };
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const HEADER = '凭证日期,凭证号,摘要,借方金额,功能分类,经济分类,支出类型,项目编码,项目名称,收款单位,资金来源';

describe('ledger-file parse job', () => {
  it('reads a CSV ledger to its entries and notes, as data a process boundary keeps whole', async () => {
    const bytes = csv([
      '某县图书馆明细账',
      HEADER,
      '2024-05-06,记-1,购买办公用品,320.00,2070104 图书馆,30201,基本支出,,,县文具店,一般公共预算',
      '2024-05-31,,本月合计,320.00,,,,,,,',
    ]);
    const read = await runParseJob({ kind: 'ledger-file', bytes, source: 'a.csv', fiscalYear: 2024 }, LIMITS);
    expect(read).toMatchObject({ format: 'csv', state: { errors: [], entryCount: 1, skipped: { title: 1, period: 1 } } });
    expect(structuredClone(read), 'nothing in the result is lost by the structured clone').toEqual(read);
    const entries = 'entryChunks' in read ? [...unpackLedgerFile(read).chunks].flat() : [];
    expect(entries.map((e) => [e.row, e.amount, e.economicCode])).toEqual([[3, 32_000, '30201']]);
  });

  it('returns every bad row without the entries, and a header it cannot map as a MappingError across the boundary', async () => {
    const bad = await runParseJob(
      { kind: 'ledger-file', bytes: csv([HEADER, '2024-13-45,记-1,购买办公用品,320.00,2070104,30201,基本支出,,,县文具店,一般公共预算']), source: 'b.csv', fiscalYear: 2024 },
      LIMITS,
    );
    expect(bad).toMatchObject({ entryChunks: [], state: { errors: [{ row: 2, field: 'date', value: '2024-13-45' }] } });
    const unmapped = await runParseJob({ kind: 'ledger-file', bytes: csv(['甲,乙,丙', '1,2,3']), source: 'c.csv', fiscalYear: 2024 }, LIMITS).catch(
      (e: unknown) => e,
    );
    expect(unmapped).toBeInstanceOf(MappingError);
    const crossed = fromFailure(toFailure(unmapped));
    expect(crossed, 'still a MappingError after the boundary: the route answers 400 with its message').toBeInstanceOf(MappingError);
    expect(crossed.message).toBe((unmapped as Error).message);
  });

  it('stops a text ledger that reads too long (422 parse-timeout) or needs too much memory (413 parse-memory) in the pool', async () => {
    const big = largeCsvLedger(200_000);
    const slow = createParsePool({ workers: 1, queueLength: 2, timeoutMs: 300, workerHeapMb: 512, ...LIMITS });
    const timedOut = await slow.run({ kind: 'ledger-file', bytes: big, source: 'big.csv', fiscalYear: 2024 }).catch((e: unknown) => e);
    await slow.close();
    expect(timedOut).toBeInstanceOf(ParseLimitError);
    expect(timedOut).toMatchObject({ kind: 'parse-timeout', statusCode: 422 });
    const small = createParsePool({ workers: 1, queueLength: 2, timeoutMs: 120_000, workerHeapMb: 48, ...LIMITS });
    const oversize = await small.run({ kind: 'ledger-file', bytes: big, source: 'big.csv', fiscalYear: 2024 }).catch((e: unknown) => e);
    await small.close();
    expect(oversize).toBeInstanceOf(ParseLimitError);
    expect(oversize).toMatchObject({ kind: 'parse-memory', statusCode: 413 });
  }, 180_000);
  it('carries a multi-unit file with no unit chosen across the boundary as the UnitChoiceError it is, with its units', async () => {
    const bytes = csv([
      '单位编码,单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额',
      '001001,桃林镇人民政府,2024-01-03,0001,差旅费报销,2010301,30211,371.43',
      '001003,农业综合服务中心,2024-01-08,0001,办公用品购置,2130104,30201,662.78',
    ]);
    const thrown = await runParseJob({ kind: 'ledger-file', bytes, source: 'u.csv', fiscalYear: 2024 }, LIMITS).catch((e: unknown) => e);
    const back = fromFailure(structuredClone(toFailure(thrown)));
    expect(back).toBeInstanceOf(UnitChoiceError);
    const err = back as UnitChoiceError;
    expect(err.problem).toBe('several-units');
    expect(err.units.map((u) => [u.code, u.name, u.rows])).toEqual([
      ['001001', '桃林镇人民政府', 1],
      ['001003', '农业综合服务中心', 1],
    ]);
    expect([err.message, err.choiceMessage]).toEqual([(thrown as UnitChoiceError).message, (thrown as UnitChoiceError).choiceMessage]);
  });
});

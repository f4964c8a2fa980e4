/**
 * An OpenDocument spreadsheet in the parse worker's jobs: a ledger .ods reads to the same entries as in the
 * caller's thread, a register .ods to the same rows; the cells are counted against the worker's limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLedgerEntries } from '../../ledger/index.ts';
import { repoPath } from '../../reference/paths.ts';
import { readWorkbook } from '../../reference/table-file.ts';
import { ParseLimitError } from './parse-limit-error.ts';
import { runParseJob, unpackLedgerFile } from './parse-jobs.ts';

const LIMITS = { sheetCells: 100_000, docxParagraphs: 10 };

describe('OpenDocument in the parse worker', () => {
  it('reads a ledger .ods to the same entries, and refuses one over the cell limit with the limit error', async () => {
    const bytes = readFileSync(repoPath('test/fixtures/ods/dev-qtr-2024.ods'));
    const direct = await readLedgerEntries(bytes, 'q.ods', 2024);
    expect(direct.entries.length).toBeGreaterThan(100);
    const job = await runParseJob({ kind: 'ledger-file', bytes, source: 'q.ods', fiscalYear: 2024 }, LIMITS);
    expect('entryChunks' in job && [...unpackLedgerFile(job).chunks].flat()).toEqual(direct.entries);
    const over = await runParseJob({ kind: 'ledger-file', bytes, source: 'q.ods', fiscalYear: 2024 }, { ...LIMITS, sheetCells: 500 }).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(ParseLimitError);
    expect((over as Error).message).toMatch(/q\.ods：表格过大或过宽.*500 个单元格/u);
  });

  it('reads a register .ods and a flat .fods to the rows the reader gives in the caller’s thread', async () => {
    for (const name of ['register-bycls-2024.ods', 'register-kingdee-2024.fods']) {
      const bytes = readFileSync(repoPath(`test/fixtures/ods/${name}`));
      expect(await runParseJob({ kind: 'sheet-rows', bytes, source: name }, LIMITS)).toEqual(await readWorkbook(bytes, name));
    }
  });
});

/**
 * A ledger saved as an OpenDocument spreadsheet (.ods, LibreOffice or WPS) imports as the .xlsx it was converted
 * from (test/fixtures/ods/README.md): the same entries, every field and every amount in 分, the same skipped rows
 * and sheets (the parse worker's job: src/server/parse/ods-job.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readLedgerEntries } from './index.ts';

const cases = [
  { name: 'dev-merged-2024', shape: 'merged 日期/凭证号/摘要/部门 headers, merged title and footer' },
  { name: 'dev-qtr-2024', shape: 'four sheets, one per quarter' },
];

describe('a ledger saved as .ods', () => {
  for (const c of cases) {
    it(`${c.shape}: the same entries as from the .xlsx, every field and amount`, async () => {
      const source = `${c.name}.xlsx`;
      const xlsx = await readLedgerEntries(readFileSync(repoPath(`test/fixtures/ledger-eval/${c.name}.xlsx`)), source, 2024);
      const ods = await readLedgerEntries(readFileSync(repoPath(`test/fixtures/ods/${c.name}.ods`)), source, 2024);
      expect([xlsx.format, ods.format]).toEqual(['xlsx', 'ods']);
      expect(xlsx.state.errors).toEqual([]);
      expect(xlsx.entries.length).toBeGreaterThan(100);
      expect(ods.entries).toEqual(xlsx.entries);
      expect(ods.entries.every((e) => Number.isInteger(e.amount))).toBe(true);
      expect(ods.state).toEqual(xlsx.state);
      expect(ods.sheets).toEqual(xlsx.sheets);
    });
  }

});

/**
 * An asset register saved as an OpenDocument spreadsheet (.ods) imports as the .xlsx it was converted from
 * (test/fixtures/ods/README.md): the same cards, every field and amount in 分, the same findings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { importRegisterSheets, registerSheetsOf } from './service.ts';

const TENANT = { regionCode: '431028', departmentCode: 'ods-register' };
const context = () => ({ store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date('2025-01-06T10:00:00Z') });

async function imported(path: string, name: string) {
  const file = await readTableRows(readFileSync(repoPath(path)), name);
  const ctx = context();
  const result = await importRegisterSheets(ctx, TENANT, registerSheetsOf(file));
  return { format: file.format, result, cards: await ctx.store.listAssets(TENANT, { includeDisposed: true }) };
}

describe('a register saved as .ods', () => {
  for (const [name, shape] of [
    ['register-grpa-2024', '用友 GRP-A++, merged two-row header'],
    ['register-bycls-2024', 'five sheets, one per asset class'],
  ] as const) {
    it(`${shape}: the same cards as from the .xlsx, every field and amount`, async () => {
      const xlsx = await imported(`test/fixtures/exports/${name}.xlsx`, `${name}.xlsx`);
      const ods = await imported(`test/fixtures/ods/${name}.ods`, `${name}.xlsx`);
      expect([xlsx.format, ods.format]).toEqual(['xlsx', 'ods']);
      expect(xlsx.result.errors).toEqual([]);
      expect(xlsx.cards.length).toBeGreaterThan(20);
      expect(ods.cards).toEqual(xlsx.cards);
      expect(ods.cards.every((a) => Number.isInteger(a.originalValue))).toBe(true);
      expect(ods.result).toEqual(xlsx.result);
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../reference/spreadsheet.ts';
import { repoPath } from '../reference/paths.ts';
import { assetClasses, checkRegister, importLedger, formatImportError, ledgerRows, loadAssetConfig } from './index.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const fixture = (name: string) => readCsv(readFileSync(repoPath(`test/fixtures/assets/${name}`), 'utf8'));

describe('ledger import', () => {
  it('reads a ledger with a title line, Chinese headers and mixed amount and date styles', () => {
    const result = importLedger(fixture('ledger-small.csv'), { config, classes });
    expect(result.errors).toEqual([]);
    expect(result.assets).toHaveLength(8);
    const [first, , third, fourth] = result.assets;
    expect(first?.originalValue).toBe(485000);
    expect(third?.originalValue).toBe(1260000);
    expect(third?.acquiredOn).toBe('2021-03-18');
    expect(fourth?.status).toBe('idle');
    expect(fourth?.statusSince).toBe('2022-01-10');
    expect(first?.statusSince, 'status date defaults to the acquisition date').toBe('2020-05-12');
  });

  it('flags, but keeps, a card whose unit value is below the 1000元 threshold', () => {
    const result = importLedger(fixture('ledger-small.csv'), { config, classes });
    const below = result.findings.filter((f) => f.rule === 'asset-below-threshold');
    expect(below).toHaveLength(1);
    expect(below[0]?.message).toContain('ZC2023-0007');
    expect(below[0]?.calculation).toBe('1700.00元 ÷ 2 = 850.00元 < 1000.00元');
    expect(result.assets.some((a) => a.assetNumber === 'ZC2023-0007')).toBe(true);
  });

  it('names every bad row by row and column, and returns nothing to write', () => {
    const result = importLedger(fixture('ledger-bad.csv'), { config, classes });
    expect(result.assets, 'a failed import yields no cards at all').toEqual([]);
    const lines = result.errors.map(formatImportError);
    expect(lines).toEqual([
      expect.stringMatching(/^第3行 C 分类代码「A99999999」：分类代码“A99999999”不在 GB\/T 14885-2022 中/),
      expect.stringMatching(/^第4行 E 原值（元）「-5699」：原值不能为负数 \/ original value must not be negative/),
      expect.stringMatching(/^第5行 A 资产编号「ZC-1」：资产编号“ZC-1”与第2行重复/),
      expect.stringMatching(/^第6行 A 资产编号：资产编号为空 \/ assetNumber is missing/),
      expect.stringMatching(/^第7行 F 取得日期「2023-02-30」：日期应为 YYYY-MM-DD/),
      expect.stringMatching(/^第7行 H 状态「丢了」：状态应为 在用、闲置、待报废、毁损、已处置 之一/),
    ]);
  });

  it('refuses an asset number already in the register', () => {
    const rows = fixture('ledger-small.csv');
    const result = importLedger(rows, { config, classes, existingNumbers: new Set(['ZC2021-0004']) });
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[6, 'assetNumber']]);
  });

  it('reads English headers and reports a missing required column', () => {
    const ok = importLedger(
      [
        ['assetNumber', 'name', 'classCode', 'originalValue', 'acquiredOn'],
        ['X1', 'Desk', 'A05010200', '1800', '2024-01-02'],
      ],
      { config, classes },
    );
    expect(ok.errors).toEqual([]);
    expect(ok.assets[0]?.status).toBe('in-use');
    const missing = importLedger([['资产编号', '资产名称', '原值'], ['X1', '桌', '1']], { config, classes });
    expect(missing.errors.map((e) => e.field)).toEqual(['classCode', 'acquiredOn']);
  });

  it('an exported ledger imports back to the same cards', () => {
    const first = importLedger(fixture('ledger-small.csv'), { config, classes });
    const again = importLedger(ledgerRows(first.assets, config), { config, classes });
    expect(again.errors).toEqual([]);
    expect(again.assets).toEqual(first.assets);
  });
});

describe('register checks', () => {
  it('finds the label that does not equal its asset number and the card without a label', () => {
    const { assets } = importLedger(fixture('ledger-small.csv'), { config, classes });
    const findings = checkRegister(assets, config, classes);
    expect(findings.map((f) => `${f.rule} ${f.evidence[0]?.path}`)).toEqual([
      'asset-label-mismatch assets[4].labelCode',
      'asset-below-threshold assets[6].originalValue',
      'asset-label-missing assets[6].labelCode',
    ]);
  });
});

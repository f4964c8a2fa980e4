import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
import { assetIndicators, assetReportParagraph, departmentYearFixedAssets, closeStocktake, loadAssetConfig, openStocktake } from './index.ts';
import type { Asset } from './types.ts';

const config = loadAssetConfig();

function asset(n: string, value: number, over: Partial<Asset> = {}): Asset {
  return {
    assetNumber: n,
    name: '设备',
    classCode: 'A02010105',
    specification: '',
    quantity: 1,
    originalValue: fen(value),
    acquiredOn: '2023-01-01',
    fundingSource: '',
    location: '办公室',
    custodian: '',
    departmentUnit: '',
    status: 'in-use',
    statusSince: '2023-01-01',
    labelCode: n,
    ...over,
  };
}

describe('asset indicators', () => {
  const register = [
    asset('A', 600000),
    asset('B', 300000, { status: 'idle' }),
    asset('C', 100000),
    asset('D', 50000, { status: 'disposed', statusSince: '2025-06-30' }),
    asset('E', 90000, { acquiredOn: '2027-01-05' }),
  ];

  it('utilisation from the cards when the year has no closed stocktake, with its inputs', () => {
    const ind = assetIndicators(register, [], 2026);
    expect(ind.utilisation).toMatchObject({
      inUseOriginalValue: 700000,
      totalOriginalValue: 1000000,
      assetCount: 3,
      inUseCount: 2,
      basis: 'book',
    });
    expect(ind.utilisation.value).toBe(70);
    expect(departmentYearFixedAssets(ind)).toEqual({ totalOriginalValue: 1000000, inUseOriginalValue: 700000 });
    expect(ind.security.stocktakeDoneThisYear.passed).toBe(false);
    expect(ind.security.bookEqualsPhysical.passed, 'not judged without a stocktake').toBeNull();
    expect(ind.security.labelsMatch.passed).toBe(true);
  });

  it('utilisation from what the stocktake saw: a missing asset is not in use', () => {
    // E is acquired after the year: the December stocktake could not have expected it.
    const opened = openStocktake(register.filter((a) => a.assetNumber !== 'E'), { id: 'PD', fiscalYear: 2026, scope: {}, openedBy: '甲', openedAt: '2026-12-01T00:00:00Z' }, config);
    const counted = {
      ...opened,
      confirmations: [
        { assetNumber: 'A', seenLocation: '办公室', condition: 'in-use' as const, confirmedBy: '乙', confirmedAt: '2026-12-02T00:00:00Z' },
        { assetNumber: 'B', seenLocation: '办公室', condition: 'in-use' as const, confirmedBy: '乙', confirmedAt: '2026-12-02T00:00:00Z' },
      ],
    };
    const closed = closeStocktake(counted, { closedBy: '甲', approvedBy: '丙', closedAt: '2026-12-03T00:00:00Z' });
    const ind = assetIndicators(register, [closed], 2026);
    // A and B seen in use (B was idle on the card), C missing, E acquired after the year.
    expect(ind.utilisation).toMatchObject({ inUseOriginalValue: 900000, totalOriginalValue: 1000000, basis: 'stocktake', stocktakeId: 'PD' });
    expect(ind.security.stocktakeDoneThisYear).toMatchObject({ passed: true, stocktakeId: 'PD' });
    expect(ind.security.bookEqualsPhysical.passed).toBe(false);
    expect(ind.security.bookEqualsPhysical.missing.map((d) => d.assetNumber)).toEqual(['C']);
    expect(assetIndicators(register, [closed], 2027).utilisation.basis, 'a 2026 stocktake does not count for 2027').toBe('book');
    expect(assetReportParagraph(ind)).toBe(
      '2026年12月3日完成2026年度固定资产盘点，应盘3项，实盘2项，盘亏1项（原值1000.00元），账实不符；另有使用状况变动1项。' +
        '资产标签与资产编号一致。固定资产利用率为90.00%（实际在用固定资产原值9000.00元，全部固定资产原值10000.00元，在用情况以盘点结果为准）。',
    );
  });

  it('counts only a whole-department stocktake as the annual one', () => {
    const partial = closeStocktake(
      openStocktake(register, { id: 'PD-P', fiscalYear: 2026, scope: { locations: ['办公室'] }, openedBy: '甲', openedAt: '2026-12-01T00:00:00Z' }, config),
      { closedBy: '甲', approvedBy: '丙', closedAt: '2026-12-03T00:00:00Z' },
    );
    const check = assetIndicators(register, [partial], 2026).security.stocktakeDoneThisYear;
    expect(check.passed).toBe(false);
    expect(check.detail).toContain('只有部分范围的盘点');
  });

  it('has no rate for an empty register, and the paragraph says no stocktake was done', () => {
    expect(assetIndicators([], [], 2026).utilisation.value).toBeNull();
    expect(assetReportParagraph(assetIndicators(register, [], 2026))).toMatch(/^2026年度未完成固定资产盘点。资产标签与资产编号一致。固定资产利用率为70\.00%/);
  });
});

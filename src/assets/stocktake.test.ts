import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
import { AssetStateError, closeStocktake, freezeExpected, loadAssetConfig, openStocktake, reconcile, stocktakeProgress } from './index.ts';
import { openStocktakeSchema } from './inputs.ts';
import type { Asset, Confirmation, ExpectedAsset } from './types.ts';

const config = loadAssetConfig();

function asset(n: string, over: Partial<Asset> = {}): Asset {
  return {
    assetNumber: n,
    name: '台式计算机',
    classCode: 'A02010105',
    specification: '',
    quantity: 1,
    originalValue: fen(500000),
    acquiredOn: '2023-01-01',
    fundingSource: '',
    location: '办公室201',
    custodian: '张伟',
    departmentUnit: '办公室',
    status: 'in-use',
    statusSince: '2023-01-01',
    labelCode: n,
    ...over,
  };
}

const seen = (n: string, over: Partial<Confirmation> = {}): Confirmation => ({
  assetNumber: n,
  seenLocation: '办公室201',
  condition: 'in-use',
  confirmedBy: '小刘',
  confirmedAt: '2026-11-20T09:00:00.000Z',
  ...over,
});

describe('the expected list', () => {
  it('takes active assets in scope only, frozen as they stood', () => {
    const register = [
      asset('A1'),
      asset('A2', { location: '会议室' }),
      asset('A3', { status: 'disposed' }),
      asset('B1', { classCode: 'A05010200' }),
    ];
    expect(freezeExpected(register, {}, config).map((e) => e.assetNumber)).toEqual(['A1', 'A2', 'B1']);
    expect(freezeExpected(register, { locations: ['会议室'] }, config).map((e) => e.assetNumber)).toEqual(['A2']);
    expect(freezeExpected(register, { classPrefixes: ['A0501'] }, config).map((e) => e.assetNumber)).toEqual(['B1']);
    const st = openStocktake(register, { id: 'PD1', fiscalYear: 2026, scope: {}, openedBy: '王', openedAt: '2026-11-20T08:00:00Z' }, config);
    register[0] = asset('A1', { location: '仓库' });
    expect(st.expected[0]?.location, 'a later card edit does not change the frozen list').toBe('办公室201');
  });

  it('scopes by a class prefix of either edition: 2022 (A0201) or the 2010 codes kept on imported cards (201)', () => {
    const register = [asset('A1', { classCode: 'A02010105' }), asset('OLD1', { classCode: '2010104' }), asset('OLD2', { classCode: '4010101' })];
    expect(freezeExpected(register, { classPrefixes: ['201'] }, config).map((e) => e.assetNumber)).toEqual(['OLD1']);
    const parse = (classPrefixes: string[]) => openStocktakeSchema.safeParse({ fiscalYear: 2026, scope: { classPrefixes } });
    expect(parse(['A0201', '201', '4']).success).toBe(true);
    const bad = parse(['B01']);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('分类代码前缀');
    expect(parse(['7010101']).success, '2010 edition has six 门类 (1–6)').toBe(false);
  });
});

describe('reconciliation', () => {
  const expected: ExpectedAsset[] = freezeExpected(
    [asset('A1'), asset('A2'), asset('A3'), asset('A4', { labelCode: 'OLD' }), asset('A5', { status: 'idle' })],
    {},
    config,
  );

  it('lists each kind of difference with what to do', () => {
    const rec = reconcile(
      expected,
      [
        seen('A1'),
        seen('A2', { seenLocation: '会议室' }),
        seen('A4'),
        seen('A5', { condition: 'damaged', labelCode: 'A5-X' }),
        seen('Z9', { name: '打印机' }),
        seen('B7'),
      ],
      (n) => (n === 'B7' ? { ...expected[0]!, assetNumber: 'B7', location: '仓库' } : undefined),
    );
    expect(rec.differences.map((d) => `${d.kind} ${d.assetNumber}`)).toEqual([
      'moved A2',
      'missing A3',
      'label-mismatch A4',
      'condition-changed A5',
      'label-mismatch A5',
      'surplus Z9',
      'out-of-scope B7',
    ]);
    expect(rec.differences.find((d) => d.kind === 'missing')?.action).toMatch(/^盘亏/);
    expect(rec.differences.find((d) => d.kind === 'surplus')?.action).toMatch(/^盘盈/);
    expect(rec).toMatchObject({ expectedCount: 5, foundCount: 4, matchedCount: 1, missingValue: 500000, bookEqualsPhysical: false });
  });

  it('counts an asset confirmed twice once, the later confirmation winning', () => {
    const rec = reconcile(expected.slice(0, 1), [
      seen('A1', { seenLocation: '仓库', confirmedAt: '2026-11-20T09:00:00Z' }),
      seen('A1', { confirmedAt: '2026-11-20T09:05:00Z' }),
    ]);
    expect(rec.differences).toEqual([]);
    expect(rec.bookEqualsPhysical).toBe(true);
  });
});

describe('closing', () => {
  const st = openStocktake([asset('A1')], { id: 'PD1', fiscalYear: 2026, scope: {}, openedBy: '王会计', openedAt: '2026-11-20T08:00:00Z' }, config);

  it('needs an approver who is not the opener', () => {
    expect(() => closeStocktake(st, { closedBy: '王会计', approvedBy: '王会计', closedAt: '2026-11-21T08:00:00Z' })).toThrow(AssetStateError);
    expect(() => closeStocktake(st, { closedBy: '王会计', approvedBy: ' ', closedAt: '2026-11-21T08:00:00Z' })).toThrow(/审批人/);
    const closed = closeStocktake(st, { closedBy: '王会计', approvedBy: '李局长', closedAt: '2026-11-21T08:00:00Z' });
    expect(closed.state).toBe('closed');
    expect(closed.reconciliation?.differences.map((d) => d.kind)).toEqual(['missing']);
    expect(() => closeStocktake(closed, { closedBy: 'x', approvedBy: 'y', closedAt: '2026-11-22T08:00:00Z' }), 'only once').toThrow(/已结束/);
  });
});

describe('observations (issue 16)', () => {
  const expected = freezeExpected([asset('ZC-0001', { status: 'idle' }), asset('ZC-0002'), asset('ZC-0003')], {}, config);
  const unstated = (n: string, over: Partial<Confirmation> = {}): Confirmation => {
    const { condition: _omit, ...rest } = seen(n, over);
    return rest;
  };

  it('a confirmation without a condition keeps the card condition: no change nobody observed', () => {
    const rec = reconcile(expected, [unstated('ZC-0001'), unstated('ZC-0002')]);
    expect(rec.differences.filter((d) => d.kind === 'condition-changed')).toEqual([]);
    expect(rec.matchedCount).toBe(2);
  });

  it('a second confirmation adds to the first: a stated condition is not erased by a later unstated one', () => {
    const rec = reconcile(expected, [
      seen('ZC-0002', { condition: 'damaged', confirmedAt: '2026-11-20T09:00:00.000Z' }),
      unstated('ZC-0002', { seenLocation: '会议室', confirmedAt: '2026-11-21T09:00:00.000Z' }),
    ]);
    const kinds = rec.differences.filter((d) => d.assetNumber === 'ZC-0002').map((d) => [d.kind, d.seen, d.observations]);
    expect(kinds).toEqual([
      ['moved', '会议室', 2],
      ['condition-changed', 'damaged', 2],
    ]);
  });

  it('an unknown number without a description is listed for review with the likely typo, not counted as 盘盈', () => {
    const rec = reconcile(expected, [seen('ZC-0001'), seen('ZC-0002'), seen('ZC-0003'), seen('ZC-0030')]);
    const unknown = rec.differences.find((d) => d.assetNumber === 'ZC-0030');
    expect(unknown?.kind).toBe('unknown-number');
    expect(unknown?.didYouMean).toEqual(['ZC-0003']);
    expect(rec.differences.some((d) => d.kind === 'surplus')).toBe(false);
    expect(rec.bookEqualsPhysical, 'an unreviewed number keeps the books from balancing').toBe(false);
    const described = reconcile(expected, [seen('ZC-0001'), seen('ZC-0002'), seen('ZC-0003'), seen('X-9', { name: '投影仪' })]);
    expect(described.differences.map((d) => d.kind)).toContain('surplus');
  });

  it('an open stocktake lists what was seen, what not yet, and numbers not on its list', () => {
    const st = openStocktake([asset('ZC-0001'), asset('ZC-0002'), asset('ZC-0003')], { id: 'PD1', fiscalYear: 2026, scope: {}, openedBy: '王', openedAt: '2026-11-20T08:00:00Z' }, config);
    const progress = stocktakeProgress({ ...st, confirmations: [seen('ZC-0001'), seen('ZC-0001'), seen('ZC-00O2')] });
    expect(progress.seen.map((e) => [e.assetNumber, e.observations])).toEqual([['ZC-0001', 2]]);
    expect(progress.unseen.map((e) => e.assetNumber)).toEqual(['ZC-0002', 'ZC-0003']);
    expect(progress.notOnList).toEqual([{ assetNumber: 'ZC-00O2', observations: 1, didYouMean: ['ZC-0002'] }]);
  });
});

describe('an idle period found by a stocktake', () => {
  it('dates from the observation that saw it idle, not from purchase or closing', async () => {
    const { memoryAssetStore } = await import('./memory-store.ts');
    const { openStocktakeFor, confirmAsset, closeStocktakeFor, applyStocktakeToRegister } = await import('./service.ts');
    const store = memoryAssetStore();
    const tenant = { regionCode: '431222', departmentCode: 'x' };
    await store.insertAssets(tenant, [asset('ZC-0001'), asset('ZC-0002')]);
    let now = new Date('2026-11-02T09:00:00Z');
    const ctx = { store, config, now: () => now };
    const st = await openStocktakeFor(ctx, tenant, { fiscalYear: 2026, openedBy: '王' });
    await confirmAsset(ctx, tenant, st.id, { assetNumber: 'ZC-0001', condition: '闲置', confirmedBy: '小刘' });
    await confirmAsset(ctx, tenant, st.id, { assetNumber: 'ZC-0002', confirmedBy: '小刘' });
    now = new Date('2026-11-20T09:00:00Z');
    await confirmAsset(ctx, tenant, st.id, { assetNumber: 'ZC-0001', confirmedBy: '小张' });
    const closed = await closeStocktakeFor(ctx, tenant, st.id, { approvedBy: '李', closedBy: '李' });
    expect(closed.reconciliation?.differences.map((d) => [d.assetNumber, d.kind])).toEqual([['ZC-0001', 'condition-changed']]);
    const updated = await applyStocktakeToRegister(ctx, tenant, st.id);
    expect(updated.map((a) => [a.assetNumber, a.status, a.statusSince])).toEqual([['ZC-0001', 'idle', '2026-11-02']]);
  });
});

/**
 * A card imported with a status word nobody listed (UNMAPPED_STATUS) is held as 在用, but its book status is the
 * register's word: the stocktake's frozen list, its confirmation messages, progress and reconciliation show that
 * word marked as not recognised (账面“待核”（未识别）), never the internal 在用. A condition is still reported as
 * changed only when someone stated one. Invented rows (待核 and 外单位占用 are in no group).
 */
import { describe, expect, it } from 'vitest';
import { loadAssetConfig, memoryAssetStore, reconciliationText } from './index.ts';
import {
  closeStocktakeFor,
  confirmAsset,
  importRegisterSheets,
  openStocktakeFor,
  stocktakeProgressFor,
} from './service.ts';
import { reconcile } from './stocktake.ts';
import type { ExpectedAsset } from './types.ts';

const config = loadAssetConfig();
const tenant = { regionCode: '431222', departmentCode: 'unmapped-book' };
const rows: string[][] = [
  ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况', '存放地点'],
  ['B-1', '台式计算机', 'A02010105', '5000', '2021-03-18', '在用', '办公室'],
  ['B-2', '打印机', 'A02021003', '3000', '2021-03-18', '待核', '办公室'],
  ['B-3', '复印机', 'A02020100', '20000', '2021-03-18', '外单位占用', '办公室'],
  ['B-4', '投影仪', 'A02020200', '4000', '2021-03-18', '待核', '办公室'],
];

describe('a card whose register status word was not recognised, in a stocktake', () => {
  it('shows the register’s word as the book status, marked, in the message, the progress and the reconciliation', async () => {
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
    const imported = await importRegisterSheets(ctx, tenant, [{ sheet: 'Sheet1', rows }]);
    expect(imported.errors).toEqual([]);
    const st = await openStocktakeFor(ctx, tenant, { fiscalYear: 2026, openedBy: '王会计' });
    expect(st.expected.map((e) => [e.assetNumber, e.status, e.unmappedStatus])).toEqual([
      ['B-1', 'in-use', undefined],
      ['B-2', 'in-use', '待核'],
      ['B-3', 'in-use', '外单位占用'],
      ['B-4', 'in-use', '待核'],
    ]);

    const idle = await confirmAsset(ctx, tenant, st.id, { assetNumber: 'B-2', seenLocation: '办公室', condition: '闲置', confirmedBy: '小刘' });
    expect(idle.message).toBe('已确认（与账面不同：账面状况“待核”（未识别））');
    const inUse = await confirmAsset(ctx, tenant, st.id, { assetNumber: 'B-4', seenLocation: '办公室', condition: '在用', confirmedBy: '小刘' });
    expect(inUse.message, 'the book said 待核, not 在用: a stated 在用 settles it and differs').toBe('已确认（与账面不同：账面状况“待核”（未识别））');
    const unstated = await confirmAsset(ctx, tenant, st.id, { assetNumber: 'B-3', seenLocation: '办公室', confirmedBy: '小刘' });
    expect(unstated.message, 'nobody stated a condition: nothing differs').toBe('已确认');
    const known = await confirmAsset(ctx, tenant, st.id, { assetNumber: 'B-1', seenLocation: '办公室', condition: '在用', confirmedBy: '小刘' });
    expect(known.message).toBe('已确认');

    const progress = JSON.parse(JSON.stringify(await stocktakeProgressFor(ctx, tenant, st.id))) as { seen: ExpectedAsset[] };
    expect(progress.seen.map((e) => [e.assetNumber, e.unmappedStatus ?? null])).toEqual([
      ['B-1', null],
      ['B-2', '待核'],
      ['B-3', '外单位占用'],
      ['B-4', '待核'],
    ]);

    const closed = await closeStocktakeFor(ctx, tenant, st.id, { closedBy: '李局长', approvedBy: '李局长' });
    const changed = closed.reconciliation!.differences.filter((d) => d.kind === 'condition-changed');
    expect(changed.map((d) => [d.assetNumber, d.book, d.bookUnmapped ?? false, d.seen])).toEqual([
      ['B-2', '待核', true, 'idle'],
      ['B-4', '待核', true, 'in-use'],
    ]);
    const text = reconciliationText(closed, config);
    expect(text).toContain('B-2 打印机 3,000.00元 账面“待核”（未识别） → 实际“闲置”');
    expect(text).toContain('B-4 投影仪 4,000.00元 账面“待核”（未识别） → 实际“在用”');
    expect(text).not.toContain('账面“在用”');
    expect(text).not.toContain('B-3');
  });

  it('a list frozen before the word was kept (no unmappedStatus) reconciles as before', () => {
    const e: ExpectedAsset = { assetNumber: 'C-1', name: '椅子', classCode: 'A05010100', originalValue: 100000 as ExpectedAsset['originalValue'], location: '', custodian: '', status: 'in-use', labelCode: '' };
    const seen = (condition?: 'in-use' | 'idle') => [{ assetNumber: 'C-1', seenLocation: '', ...(condition ? { condition } : {}), confirmedBy: 'x', confirmedAt: '2026-12-06T00:00:00Z' }];
    expect(reconcile([e], seen('in-use')).differences).toEqual([]);
    expect(reconcile([e], seen()).differences).toEqual([]);
    expect(reconcile([e], seen('idle')).differences.map((d) => [d.book, d.bookUnmapped])).toEqual([['in-use', undefined]]);
  });
});

/**
 * An in-memory AssetStore: the same contract as the database repository, for tests of the use cases and the
 * CLI without a database (the db tests cover the real one on both engines).
 */
import { AssetStateError, cardVersionConflict } from './errors.ts';
import type { AssetStore, AssetTenant, StocktakeSummary } from './store-port.ts';
import type { Asset, Disposal, Stocktake } from './types.ts';

const k = (t: AssetTenant) => `${t.regionCode}.${t.departmentCode}`;

export function memoryAssetStore(): AssetStore {
  const assets = new Map<string, Map<string, Asset>>();
  const stocktakes = new Map<string, { tenant: string; st: Stocktake }>();
  const disposals = new Map<string, Map<string, Disposal>>();
  const registerOf = (t: AssetTenant) => {
    const m = assets.get(k(t)) ?? new Map<string, Asset>();
    assets.set(k(t), m);
    return m;
  };
  const disposalsOf = (t: AssetTenant) => {
    const m = disposals.get(k(t)) ?? new Map<string, Disposal>();
    disposals.set(k(t), m);
    return m;
  };
  const own = (t: AssetTenant, id: string) => {
    const entry = stocktakes.get(id);
    return entry && entry.tenant === k(t) ? entry.st : undefined;
  };
  const summary = (st: Stocktake): StocktakeSummary => {
    const expected = new Set(st.expected.map((e) => e.assetNumber));
    const confirmed = new Set(st.confirmations.map((c) => c.assetNumber).filter((n) => expected.has(n)));
    return {
      id: st.id,
      fiscalYear: st.fiscalYear,
      title: st.title,
      state: st.state,
      openedBy: st.openedBy,
      openedAt: st.openedAt,
      ...(st.closedAt ? { closedAt: st.closedAt } : {}),
      ...(st.approvedBy ? { approvedBy: st.approvedBy } : {}),
      expectedCount: st.expected.length,
      confirmedCount: confirmed.size,
    };
  };
  return {
    async listAssets(t, options = {}) {
      return [...registerOf(t).values()]
        .filter((a) => options.includeDisposed || a.status !== 'disposed')
        .sort((a, b) => a.assetNumber.localeCompare(b.assetNumber));
    },
    async getAsset(t, n) {
      return registerOf(t).get(n);
    },
    async assetNumbers(t) {
      return new Set(registerOf(t).keys());
    },
    async saveRegisterImport(t, added, updated) {
      const m = registerOf(t);
      if (added.some((a) => m.has(a.assetNumber))) throw new AssetStateError('duplicate', '资产编号重复 / duplicate asset number');
      if (updated.some((a) => !m.has(a.assetNumber))) throw new AssetStateError('asset-not-found', '资产不在资产账中 / asset not found');
      for (const a of added) m.set(a.assetNumber, { ...a, version: 1 });
      for (const a of updated) m.set(a.assetNumber, { ...a, version: (m.get(a.assetNumber)?.version ?? 1) + 1 });
    },
    async insertAssets(t, list) {
      const m = registerOf(t);
      if (list.some((a) => m.has(a.assetNumber))) throw new AssetStateError('duplicate', '资产编号重复 / duplicate asset number');
      for (const a of list) m.set(a.assetNumber, { ...a, version: 1 });
      return list.length;
    },
    async updateAssets(t, list, options = {}) {
      const m = registerOf(t);
      for (const a of list) if (!m.has(a.assetNumber)) throw new AssetStateError('asset-not-found', a.assetNumber);
      const held = list.length === 1 ? m.get(list[0]!.assetNumber)?.version : undefined;
      if (options.expectedVersion !== undefined && held !== undefined && held !== options.expectedVersion) {
        throw cardVersionConflict(list[0]!.assetNumber, options.expectedVersion, held);
      }
      for (const a of list) m.set(a.assetNumber, { ...a, version: (m.get(a.assetNumber)?.version ?? 1) + 1 });
    },
    async createStocktake(t, st) {
      stocktakes.set(st.id, { tenant: k(t), st });
    },
    async getStocktake(t, id) {
      return own(t, id);
    },
    async findStocktakeTenant(id) {
      const entry = stocktakes.get(id);
      if (!entry) return undefined;
      const [regionCode, departmentCode] = entry.tenant.split('.') as [string, string];
      return { regionCode, departmentCode };
    },
    async listStocktakes(t, year) {
      return [...stocktakes.values()]
        .filter((e) => e.tenant === k(t) && (year === undefined || e.st.fiscalYear === year))
        .map((e) => summary(e.st));
    },
    async summariseStocktake(t, id) {
      const st = own(t, id);
      return st ? summary(st) : undefined;
    },
    async getExpectedAsset(t, id, n) {
      return own(t, id)?.expected.find((e) => e.assetNumber === n);
    },
    async addConfirmation(t, id, c) {
      const st = own(t, id);
      if (!st) throw new AssetStateError('not-found', `盘点 ${id} 不存在 / stocktake not found`);
      if (st.state !== 'open') throw new AssetStateError('stocktake-closed', `盘点 ${id} 已结束，不能再确认 / stocktake is closed`);
      stocktakes.set(id, { tenant: k(t), st: { ...st, confirmations: [...st.confirmations, c] } });
      return st.expected.find((e) => e.assetNumber === c.assetNumber);
    },
    async saveClosedStocktake(t, st) {
      const current = own(t, st.id);
      if (current?.state !== 'open') throw new AssetStateError('stocktake-closed', `盘点 ${st.id} 已结束或不存在`);
      stocktakes.set(st.id, { tenant: k(t), st });
    },
    async createDisposal(t, d) {
      disposalsOf(t).set(d.id, d);
    },
    async getDisposal(t, id) {
      return disposalsOf(t).get(id);
    },
    async listDisposals(t, options = {}) {
      return [...disposalsOf(t).values()].filter((d) => !options.state || d.state === options.state);
    },
    async saveDisposalDecision(t, d, disposed) {
      const current = disposalsOf(t).get(d.id);
      if (current?.state !== 'pending') throw new AssetStateError('disposal-decided', `处置申请 ${d.id} 已审批`);
      disposalsOf(t).set(d.id, d);
      if (disposed) registerOf(t).set(disposed.assetNumber, { ...disposed, version: (registerOf(t).get(disposed.assetNumber)?.version ?? 1) + 1 });
    },
  };
}

/**
 * What each write of the hook-audited capabilities changes, read before and after the write so its audit entry
 * says old → new (issue 17): one reader per route, as data. The store-audited capabilities (department-year
 * saves, score overrides, the workflow, accounts) write their own old → new inside their transaction, and so
 * do an asset card's edit, a register import and a stocktake applied to the register (per card, actions
 * asset-update / asset-import, routes/asset-history.ts): their routes have no reader here.
 */
import type { Kysely } from 'kysely';
import type { AssetStore, AssetTenant } from '../../assets/index.ts';
import type { Database } from '../../store/database.ts';
import { getLedgerImport } from '../../store/ledger-repository.ts';

export interface SubjectContext {
  readonly db: Kysely<Database>;
  readonly store: AssetStore;
  readonly tenant: AssetTenant;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly year: number | undefined;
}

export interface AuditSubject {
  /** The audit path the changes sit under (`assets`, `stocktake`, `ledger` …). */
  readonly path: string;
  readonly read: (c: SubjectContext) => Promise<unknown>;
}

const field = (body: unknown, name: string): string => {
  const v = body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : '';
};

const register = async (c: SubjectContext) =>
  Object.fromEntries((await c.store.listAssets(c.tenant, { includeDisposed: true })).map((a) => [a.assetNumber, a]));

const asset = (number: string) => (c: SubjectContext) => (number === '' ? Promise.resolve(null) : c.store.getAsset(c.tenant, number));

export const AUDIT_SUBJECTS: Readonly<Record<string, AuditSubject>> = {
  'POST /api/departments/:id/assets': { path: 'assets', read: (c) => asset(field(c.body, 'assetNumber'))(c).then((a) => (a ? { [a.assetNumber]: a } : {})) },
  'POST /api/departments/:id/assets/labels/applied': { path: 'assets', read: register },
  'POST /api/departments/:id/stocktakes': {
    path: 'stocktakes',
    read: async (c) => Object.fromEntries((await c.store.listStocktakes(c.tenant)).map((s) => [s.id, s])),
  },
  'POST /api/departments/:id/stocktakes/:sid/confirmations': {
    path: 'stocktake',
    read: async (c) => {
      const number = field(c.body, 'assetNumber');
      return number === '' ? null : ((await c.store.getExpectedAsset(c.tenant, c.params.sid ?? '', number)) ?? null);
    },
  },
  'POST /api/departments/:id/stocktakes/:sid/close': { path: 'stocktake', read: async (c) => (await c.store.summariseStocktake(c.tenant, c.params.sid ?? '')) ?? null },
  'POST /api/departments/:id/assets/disposals': {
    path: 'disposals',
    read: async (c) => Object.fromEntries((await c.store.listDisposals(c.tenant)).map((d) => [d.id, d])),
  },
  'POST /api/departments/:id/assets/disposals/:did/decision': {
    path: 'disposal',
    read: async (c) => {
      const disposal = await c.store.getDisposal(c.tenant, c.params.did ?? '');
      return { disposal: disposal ?? null, asset: disposal ? ((await c.store.getAsset(c.tenant, disposal.assetNumber)) ?? null) : null };
    },
  },
  'POST /api/departments/:id/years/:year/ledger': {
    path: 'ledger',
    read: async (c) => (c.year === undefined ? null : ((await getLedgerImport(c.db, c.tenant, c.year)) ?? null)),
  },
};

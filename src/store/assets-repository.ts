/**
 * Storage of fixed assets: the register, stocktakes (header, frozen expected list, confirmations) and disposal
 * requests. Implements the AssetStore port of src/assets, mapping rows ⇄ the capability's types here only.
 * Tables come from migration 20261127170000-assets; their Kysely types live here (withTables), so the shared
 * Database interface needs no edit.
 */
import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { sql } from 'kysely';
import {
  type Asset,
  assetHistoryPath,
  type AssetStatus,
  type AssetStore,
  type AssetTenant,
  AssetStateError,
  type CardWriteOptions,
  cardChanges,
  cardVersionConflict,
  type Confirmation,
  type Disposal,
  type ExpectedAsset,
  type Reconciliation,
  type Stocktake,
  type StocktakeScope,
  type StocktakeSummary,
} from '../assets/index.ts';
import { fen } from '../core/money.ts';
import { appendAuditEntry } from './audit-log-repository.ts';
import type { Database, Int8, Json, TenantKey } from './database.ts';

export interface AssetsTable extends TenantKey {
  asset_number: string;
  name: string;
  class_code: string;
  specification: string;
  quantity: number;
  original_value: Int8;
  acquired_on: string;
  funding_source: string;
  location: string;
  custodian: string;
  department_unit: string;
  status: string;
  status_since: string;
  label_code: string;
  class_name: Generated<string>;
  unit: Generated<string>;
  accumulated_depreciation: Int8 | null;
  net_value: Int8 | null;
  booked_on: string | null;
  extra: ColumnType<Record<string, string>, string | undefined, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Bumped by every change of the card (migration 20261203110000). */
  version: Generated<number>;
}

export interface AssetStocktakesTable extends TenantKey {
  id: string;
  fiscal_year: number;
  title: string;
  scope: Json<StocktakeScope>;
  state: string;
  opened_by: string;
  opened_at: ColumnType<Date, string, string>;
  closed_by: string | null;
  approved_by: string | null;
  closed_at: ColumnType<Date | null, string | null, string | null>;
  reconciliation: ColumnType<Reconciliation | null, string | null, string | null>;
}

export interface AssetStocktakeExpectedTable extends TenantKey {
  stocktake_id: string;
  asset_number: string;
  name: string;
  class_code: string;
  original_value: Int8;
  location: string;
  custodian: string;
  status: string;
  label_code: string;
  /** The register's status word Jixiao did not recognise (migration 20261206190000); null otherwise. */
  unmapped_status: string | null;
}

export interface AssetStocktakeConfirmationsTable extends TenantKey {
  stocktake_id: string;
  seq: ColumnType<number, never, never>;
  asset_number: string;
  seen_location: string;
  /** Null: the counter did not state a condition (migration 20261202223000). */
  condition: string | null;
  label_code: string | null;
  name: string | null;
  note: string | null;
  on_list: boolean;
  confirmed_by: string;
  confirmed_at: ColumnType<Date, string, string>;
}

export interface AssetDisposalsTable extends TenantKey {
  id: string;
  asset_number: string;
  kind: string;
  reason: string;
  requested_by: string;
  requested_at: ColumnType<Date, string, string>;
  state: string;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, string | null, string | null>;
  decision_note: string | null;
}

export type AssetTables = {
  assets: AssetsTable;
  asset_stocktakes: AssetStocktakesTable;
  asset_stocktake_expected: AssetStocktakeExpectedTable;
  asset_stocktake_confirmations: AssetStocktakeConfirmationsTable;
  asset_disposals: AssetDisposalsTable;
};

type AssetDb = Kysely<Database & AssetTables>;
type AssetTx = Transaction<Database & AssetTables>;

function assetDb(db: Kysely<Database>): AssetDb {
  return db.withTables<AssetTables>();
}

const key = (t: AssetTenant) => ({ region_code: t.regionCode, department_code: t.departmentCode });

/** The unnest element type of each column, for bulk inserts (whitelisted names written into the SQL). */
type UnnestSpec<R> = readonly (readonly [keyof R & string, 'text' | 'integer' | 'bigint' | 'date' | 'jsonb'])[];

/** `insert … select * from unnest($1::text[], …)`: one parameter per column, any number of rows. */
async function insertUnnest<T extends keyof AssetTables & string>(
  db: AssetDb | AssetTx,
  table: T,
  spec: UnnestSpec<Insertable<AssetTables[T]>>,
  rows: readonly Insertable<AssetTables[T]>[],
): Promise<number> {
  let inserted = 0;
  const CHUNK = 5_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = spec.map(([name, type]) => sql`${chunk.map((r) => (r as Record<string, unknown>)[name] ?? null)}::${sql.raw(type)}[]`);
    const result = await sql`insert into ${sql.table(table)} (${sql.join(spec.map(([n]) => sql.ref(n)))})
      select * from unnest(${sql.join(arrays)})`.execute(db);
    inserted += Number(result.numAffectedRows ?? 0n);
  }
  return inserted;
}

function toAsset(r: Selectable<AssetsTable>): Asset {
  return {
    assetNumber: r.asset_number,
    name: r.name,
    classCode: r.class_code,
    specification: r.specification,
    quantity: r.quantity,
    originalValue: fen(r.original_value),
    acquiredOn: r.acquired_on,
    fundingSource: r.funding_source,
    location: r.location,
    custodian: r.custodian,
    departmentUnit: r.department_unit,
    status: r.status as AssetStatus,
    statusSince: r.status_since,
    labelCode: r.label_code,
    ...(r.class_name !== '' ? { className: r.class_name } : {}),
    ...(r.unit !== '' ? { unit: r.unit } : {}),
    ...(r.accumulated_depreciation !== null ? { accumulatedDepreciation: fen(r.accumulated_depreciation) } : {}),
    ...(r.net_value !== null ? { netValue: fen(r.net_value) } : {}),
    ...(r.booked_on !== null ? { bookedOn: r.booked_on } : {}),
    ...(r.extra && Object.keys(r.extra).length > 0 ? { extra: r.extra } : {}),
    version: r.version,
  };
}

function assetRow(t: AssetTenant, a: Asset): Insertable<AssetsTable> {
  return {
    ...key(t),
    asset_number: a.assetNumber,
    name: a.name,
    class_code: a.classCode,
    specification: a.specification,
    quantity: a.quantity,
    original_value: a.originalValue,
    acquired_on: a.acquiredOn,
    funding_source: a.fundingSource,
    location: a.location,
    custodian: a.custodian,
    department_unit: a.departmentUnit,
    status: a.status,
    status_since: a.statusSince,
    label_code: a.labelCode,
    class_name: a.className ?? '',
    unit: a.unit ?? '',
    accumulated_depreciation: a.accumulatedDepreciation ?? null,
    net_value: a.netValue ?? null,
    booked_on: a.bookedOn ?? null,
    extra: JSON.stringify(a.extra ?? {}),
  };
}

const ASSET_SPEC: UnnestSpec<Insertable<AssetsTable>> = [
  ['region_code', 'text'],
  ['department_code', 'text'],
  ['asset_number', 'text'],
  ['name', 'text'],
  ['class_code', 'text'],
  ['specification', 'text'],
  ['quantity', 'integer'],
  ['original_value', 'bigint'],
  ['acquired_on', 'date'],
  ['funding_source', 'text'],
  ['location', 'text'],
  ['custodian', 'text'],
  ['department_unit', 'text'],
  ['status', 'text'],
  ['status_since', 'date'],
  ['label_code', 'text'],
  ['class_name', 'text'],
  ['unit', 'text'],
  ['accumulated_depreciation', 'bigint'],
  ['net_value', 'bigint'],
  ['booked_on', 'date'],
  ['extra', 'jsonb'],
];

const EXPECTED_SPEC: UnnestSpec<Insertable<AssetStocktakeExpectedTable>> = [
  ['region_code', 'text'],
  ['department_code', 'text'],
  ['stocktake_id', 'text'],
  ['asset_number', 'text'],
  ['name', 'text'],
  ['class_code', 'text'],
  ['original_value', 'bigint'],
  ['location', 'text'],
  ['custodian', 'text'],
  ['status', 'text'],
  ['label_code', 'text'],
  ['unmapped_status', 'text'],
];

function toExpectedAsset(r: Selectable<AssetStocktakeExpectedTable>): ExpectedAsset {
  return {
    assetNumber: r.asset_number,
    name: r.name,
    classCode: r.class_code,
    originalValue: fen(r.original_value),
    location: r.location,
    custodian: r.custodian,
    status: r.status as AssetStatus,
    labelCode: r.label_code,
    ...(r.unmapped_status !== null ? { unmappedStatus: r.unmapped_status } : {}),
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

function toDisposal(r: Selectable<AssetDisposalsTable>): Disposal {
  return {
    id: r.id,
    assetNumber: r.asset_number,
    kind: r.kind as Disposal['kind'],
    reason: r.reason,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at.toISOString(),
    state: r.state as Disposal['state'],
    ...(r.decided_by ? { decidedBy: r.decided_by } : {}),
    ...(r.decided_at ? { decidedAt: r.decided_at.toISOString() } : {}),
    ...(r.decision_note !== null ? { decisionNote: r.decision_note } : {}),
  };
}

/** The stored cards of these numbers, locked until the caller's transaction ends. */
async function lockCards(tx: AssetTx, tenant: AssetTenant, numbers: readonly string[]): Promise<Map<string, Asset>> {
  const held = new Map<string, Asset>();
  const CHUNK = 5_000;
  for (let start = 0; start < numbers.length; start += CHUNK) {
    const rows = await tx
      .selectFrom('assets')
      .selectAll()
      .where('region_code', '=', tenant.regionCode)
      .where('department_code', '=', tenant.departmentCode)
      .where('asset_number', 'in', numbers.slice(start, start + CHUNK))
      .forUpdate()
      .execute();
    for (const r of rows) held.set(r.asset_number, toAsset(r));
  }
  return held;
}

/**
 * Replace the given cards' fields (matched by asset number) and bump their versions inside the caller's
 * transaction; with `options`, first check the version the editor read and write the cards' history (old
 * values from the locked rows), all in that transaction.
 */
async function updateCards(tx: AssetTx, tenant: AssetTenant, assets: readonly Asset[], options: CardWriteOptions = {}): Promise<void> {
  const numbers = assets.map((a) => a.assetNumber);
  const held = options.history || options.expectedVersion !== undefined ? await lockCards(tx, tenant, numbers) : new Map<string, Asset>();
  if (options.expectedVersion !== undefined) {
    if (assets.length !== 1) throw new Error('expectedVersion goes with one card');
    const current = held.get(assets[0]!.assetNumber);
    if (current?.version !== undefined && current.version !== options.expectedVersion) {
      throw cardVersionConflict(assets[0]!.assetNumber, options.expectedVersion, current.version);
    }
  }
  for (const a of assets) {
    const { region_code: _r, department_code: _d, asset_number: _n, ...fields } = assetRow(tenant, a);
    const result = await tx
      .updateTable('assets')
      .set({ ...fields, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('region_code', '=', tenant.regionCode)
      .where('department_code', '=', tenant.departmentCode)
      .where('asset_number', '=', a.assetNumber)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new AssetStateError('asset-not-found', `资产“${a.assetNumber}”不在资产账中 / asset not found`);
    }
  }
  if (options.history) {
    const changes = assets.flatMap((a) => {
      const before = held.get(a.assetNumber);
      return before ? cardChanges(before, a).map((c) => ({ path: assetHistoryPath(a.assetNumber, c.field), label: c.label, old: c.before, new: c.after })) : [];
    });
    if (changes.length > 0) {
      await appendAuditEntry(tx as unknown as Kysely<Database>, {
        tenant,
        fiscalYear: new Date().getFullYear(),
        actor: options.history.actor,
        action: options.history.action,
        version: null,
        changes,
      });
    }
  }
}

/** The AssetStore over a Kysely database (PGlite or PostgreSQL). */
export function assetsRepository(database: Kysely<Database>): AssetStore {
  const db = assetDb(database);

  async function summaries(tenant: AssetTenant, where: { id?: string; fiscalYear?: number }): Promise<StocktakeSummary[]> {
    let q = db
      .selectFrom('asset_stocktakes as s')
      .where('s.region_code', '=', tenant.regionCode)
      .where('s.department_code', '=', tenant.departmentCode)
      .select((eb) => [
        's.id',
        's.fiscal_year',
        's.title',
        's.state',
        's.opened_by',
        's.opened_at',
        's.closed_at',
        's.approved_by',
        eb
          .selectFrom('asset_stocktake_expected as e')
          .whereRef('e.region_code', '=', 's.region_code')
          .whereRef('e.department_code', '=', 's.department_code')
          .whereRef('e.stocktake_id', '=', 's.id')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('expected_count'),
        eb
          .selectFrom('asset_stocktake_confirmations as c')
          .whereRef('c.region_code', '=', 's.region_code')
          .whereRef('c.department_code', '=', 's.department_code')
          .whereRef('c.stocktake_id', '=', 's.id')
          .where('c.on_list', '=', true)
          .select((c) => c.fn.count<string>('c.asset_number').distinct().as('n'))
          .as('confirmed_count'),
      ])
      .orderBy('s.opened_at');
    if (where.id !== undefined) q = q.where('s.id', '=', where.id);
    if (where.fiscalYear !== undefined) q = q.where('s.fiscal_year', '=', where.fiscalYear);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      fiscalYear: r.fiscal_year,
      title: r.title,
      state: r.state as Stocktake['state'],
      openedBy: r.opened_by,
      openedAt: r.opened_at.toISOString(),
      ...(r.closed_at ? { closedAt: r.closed_at.toISOString() } : {}),
      ...(r.approved_by ? { approvedBy: r.approved_by } : {}),
      expectedCount: Number(r.expected_count ?? 0),
      confirmedCount: Number(r.confirmed_count ?? 0),
    }));
  }

  return {
    async listAssets(tenant, options = {}) {
      let q = db.selectFrom('assets').selectAll().where('region_code', '=', tenant.regionCode).where('department_code', '=', tenant.departmentCode);
      if (!options.includeDisposed) q = q.where('status', '<>', 'disposed');
      return (await q.orderBy('asset_number').execute()).map(toAsset);
    },

    async getAsset(tenant, assetNumber) {
      const row = await db
        .selectFrom('assets')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('asset_number', '=', assetNumber)
        .executeTakeFirst();
      return row ? toAsset(row) : undefined;
    },

    async assetNumbers(tenant) {
      const rows = await db
        .selectFrom('assets')
        .select('asset_number')
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .execute();
      return new Set(rows.map((r) => r.asset_number));
    },

    async insertAssets(tenant, assets) {
      if (assets.length === 0) return 0;
      return db.transaction().execute((tx) => insertUnnest(tx, 'assets', ASSET_SPEC, assets.map((a) => assetRow(tenant, a))));
    },

    async saveRegisterImport(tenant, added, updated, options) {
      await db.transaction().execute(async (tx) => {
        if (added.length > 0) await insertUnnest(tx, 'assets', ASSET_SPEC, added.map((a) => assetRow(tenant, a)));
        await updateCards(tx, tenant, updated, options);
      });
    },

    async updateAssets(tenant, assets, options) {
      await db.transaction().execute((tx) => updateCards(tx, tenant, assets, options));
    },

    async createStocktake(tenant, st) {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('asset_stocktakes')
          .values({
            ...key(tenant),
            id: st.id,
            fiscal_year: st.fiscalYear,
            title: st.title,
            scope: JSON.stringify(st.scope),
            state: st.state,
            opened_by: st.openedBy,
            opened_at: st.openedAt,
            closed_by: null,
            approved_by: null,
            closed_at: null,
            reconciliation: null,
          })
          .execute();
        await insertUnnest(
          tx,
          'asset_stocktake_expected',
          EXPECTED_SPEC,
          st.expected.map((e) => ({
            ...key(tenant),
            stocktake_id: st.id,
            asset_number: e.assetNumber,
            name: e.name,
            class_code: e.classCode,
            original_value: e.originalValue,
            location: e.location,
            custodian: e.custodian,
            status: e.status,
            label_code: e.labelCode,
            unmapped_status: e.unmappedStatus ?? null,
          })),
        );
      });
    },

    async getStocktake(tenant, id) {
      const head = await db
        .selectFrom('asset_stocktakes')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!head) return undefined;
      const expectedRows = await db
        .selectFrom('asset_stocktake_expected')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('stocktake_id', '=', id)
        .orderBy('asset_number')
        .execute();
      const confirmationRows = await db
        .selectFrom('asset_stocktake_confirmations')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('stocktake_id', '=', id)
        .orderBy('seq')
        .execute();
      const expected: ExpectedAsset[] = expectedRows.map(toExpectedAsset);
      const confirmations: Confirmation[] = confirmationRows.map((r) => ({
        assetNumber: r.asset_number,
        seenLocation: r.seen_location,
        ...(r.condition !== null ? { condition: r.condition as NonNullable<Confirmation['condition']> } : {}),
        ...(r.label_code !== null ? { labelCode: r.label_code } : {}),
        ...(r.name !== null ? { name: r.name } : {}),
        ...(r.note !== null ? { note: r.note } : {}),
        confirmedBy: r.confirmed_by,
        confirmedAt: r.confirmed_at.toISOString(),
      }));
      return {
        id: head.id,
        fiscalYear: head.fiscal_year,
        title: head.title,
        scope: head.scope,
        state: head.state as Stocktake['state'],
        openedBy: head.opened_by,
        openedAt: head.opened_at.toISOString(),
        expected,
        confirmations,
        ...(head.closed_by ? { closedBy: head.closed_by } : {}),
        ...(head.approved_by ? { approvedBy: head.approved_by } : {}),
        ...(head.closed_at ? { closedAt: iso(head.closed_at) } : {}),
        ...(head.reconciliation ? { reconciliation: head.reconciliation } : {}),
      };
    },

    async getExpectedAsset(tenant, stocktakeId, assetNumber) {
      const r = await db
        .selectFrom('asset_stocktake_expected')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('stocktake_id', '=', stocktakeId)
        .where('asset_number', '=', assetNumber)
        .executeTakeFirst();
      return r ? toExpectedAsset(r) : undefined;
    },

    async findStocktakeTenant(id) {
      const row = await db.selectFrom('asset_stocktakes').select(['region_code', 'department_code']).where('id', '=', id).executeTakeFirst();
      return row ? { regionCode: row.region_code, departmentCode: row.department_code } : undefined;
    },

    async listStocktakes(tenant, fiscalYear) {
      return summaries(tenant, fiscalYear === undefined ? {} : { fiscalYear });
    },

    async summariseStocktake(tenant, id) {
      return (await summaries(tenant, { id }))[0];
    },

    async addConfirmation(tenant, stocktakeId, c) {
      return db.transaction().execute(async (tx) => {
        // Lock the header so a confirmation cannot slip in while another request closes the stocktake.
        const head = await tx
          .selectFrom('asset_stocktakes')
          .select('state')
          .where('region_code', '=', tenant.regionCode)
          .where('department_code', '=', tenant.departmentCode)
          .where('id', '=', stocktakeId)
          .forUpdate()
          .executeTakeFirst();
        if (!head) throw new AssetStateError('not-found', `盘点 ${stocktakeId} 不存在 / stocktake not found`);
        if (head.state !== 'open') {
          throw new AssetStateError('stocktake-closed', `盘点 ${stocktakeId} 已结束，不能再确认 / stocktake is closed`);
        }
        const expected = await tx
          .selectFrom('asset_stocktake_expected')
          .selectAll()
          .where('region_code', '=', tenant.regionCode)
          .where('department_code', '=', tenant.departmentCode)
          .where('stocktake_id', '=', stocktakeId)
          .where('asset_number', '=', c.assetNumber)
          .executeTakeFirst();
        await tx
          .insertInto('asset_stocktake_confirmations')
          .values({
            ...key(tenant),
            stocktake_id: stocktakeId,
            asset_number: c.assetNumber,
            seen_location: c.seenLocation,
            condition: c.condition ?? null,
            label_code: c.labelCode ?? null,
            name: c.name ?? null,
            note: c.note ?? null,
            on_list: expected !== undefined,
            confirmed_by: c.confirmedBy,
            confirmed_at: c.confirmedAt,
          })
          .execute();
        return expected ? toExpectedAsset(expected) : undefined;
      });
    },

    async saveClosedStocktake(tenant, st) {
      const result = await db
        .updateTable('asset_stocktakes')
        .set({
          state: 'closed',
          closed_by: st.closedBy ?? null,
          approved_by: st.approvedBy ?? null,
          closed_at: st.closedAt ?? null,
          reconciliation: st.reconciliation ? JSON.stringify(st.reconciliation) : null,
        })
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('id', '=', st.id)
        .where('state', '=', 'open')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new AssetStateError('stocktake-closed', `盘点 ${st.id} 已结束或不存在 / stocktake already closed or missing`);
      }
    },

    async createDisposal(tenant, d) {
      await db
        .insertInto('asset_disposals')
        .values({
          ...key(tenant),
          id: d.id,
          asset_number: d.assetNumber,
          kind: d.kind,
          reason: d.reason,
          requested_by: d.requestedBy,
          requested_at: d.requestedAt,
          state: d.state,
          decided_by: null,
          decided_at: null,
          decision_note: null,
        })
        .execute();
    },

    async getDisposal(tenant, id) {
      const row = await db
        .selectFrom('asset_disposals')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toDisposal(row) : undefined;
    },

    async listDisposals(tenant, options = {}) {
      let q = db
        .selectFrom('asset_disposals')
        .selectAll()
        .where('region_code', '=', tenant.regionCode)
        .where('department_code', '=', tenant.departmentCode);
      if (options.state) q = q.where('state', '=', options.state);
      return (await q.orderBy('requested_at').execute()).map(toDisposal);
    },

    async saveDisposalDecision(tenant, d, disposedAsset) {
      await db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable('asset_disposals')
          .set({ state: d.state, decided_by: d.decidedBy ?? null, decided_at: d.decidedAt ?? null, decision_note: d.decisionNote ?? null })
          .where('region_code', '=', tenant.regionCode)
          .where('department_code', '=', tenant.departmentCode)
          .where('id', '=', d.id)
          .where('state', '=', 'pending')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw new AssetStateError('disposal-decided', `处置申请 ${d.id} 已审批 / already decided`);
        }
        if (disposedAsset) {
          await tx
            .updateTable('assets')
            .set({ status: disposedAsset.status, status_since: disposedAsset.statusSince, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
            .where('region_code', '=', tenant.regionCode)
            .where('department_code', '=', tenant.departmentCode)
            .where('asset_number', '=', disposedAsset.assetNumber)
            .execute();
        }
      });
    },
  };
}

/** The department's name for labels and the phone page (from the department-year data), if it is known. */
export async function departmentName(database: Kysely<Database>, tenant: AssetTenant): Promise<string | undefined> {
  const row = await database
    .selectFrom('departments')
    .select('name')
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .executeTakeFirst();
  return row?.name;
}

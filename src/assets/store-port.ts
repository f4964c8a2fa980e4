/**
 * What the asset use cases need from storage. The store (src/store/assets-repository.ts) implements it; the
 * capability itself never speaks SQL, so the rules here are tested without a database.
 */
import type { Asset, Confirmation, Disposal, ExpectedAsset, Stocktake } from './types.ts';

export interface AssetTenant {
  readonly regionCode: string;
  readonly departmentCode: string;
}

export interface StocktakeSummary {
  readonly id: string;
  readonly fiscalYear: number;
  readonly title: string;
  readonly state: Stocktake['state'];
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedAt?: string;
  readonly approvedBy?: string;
  readonly expectedCount: number;
  /** Distinct expected assets confirmed so far. */
  readonly confirmedCount: number;
}

/**
 * How a change of cards is written beside the cards themselves. `history`: who changes them and how — the
 * cards' edit history (old → new per field, as the register prints it) is written in the same transaction as
 * the change, so a card never changes without its history, nor the history without the change.
 * `expectedVersion` (one card only): the version of the card its editor read; when the card changed since,
 * nothing is written and AssetStateError 'version-conflict' says so.
 */
export interface CardWriteOptions {
  readonly history?: { readonly actor: { readonly userId: number | null; readonly name: string }; readonly action: 'asset-update' | 'asset-import' };
  readonly expectedVersion?: number;
}

export interface AssetStore {
  /** The register; disposed cards only when asked. Sorted by asset number. */
  listAssets(tenant: AssetTenant, options?: { includeDisposed?: boolean }): Promise<Asset[]>;
  getAsset(tenant: AssetTenant, assetNumber: string): Promise<Asset | undefined>;
  assetNumbers(tenant: AssetTenant): Promise<Set<string>>;
  /** All or nothing: one transaction. */
  insertAssets(tenant: AssetTenant, assets: readonly Asset[]): Promise<number>;
  /** An update import: insert the new cards and replace the changed ones, all in one transaction. */
  saveRegisterImport(tenant: AssetTenant, added: readonly Asset[], updated: readonly Asset[], options?: CardWriteOptions): Promise<void>;
  /** Replace the given cards' fields (matched by asset number) and bump their versions, in one transaction. */
  updateAssets(tenant: AssetTenant, assets: readonly Asset[], options?: CardWriteOptions): Promise<void>;

  createStocktake(tenant: AssetTenant, stocktake: Stocktake): Promise<void>;
  getStocktake(tenant: AssetTenant, id: string): Promise<Stocktake | undefined>;
  /** The tenant of a stocktake id (ids are unique across tenants). */
  findStocktakeTenant(id: string): Promise<AssetTenant | undefined>;
  listStocktakes(tenant: AssetTenant, fiscalYear?: number): Promise<StocktakeSummary[]>;
  summariseStocktake(tenant: AssetTenant, id: string): Promise<StocktakeSummary | undefined>;
  /** One line of a stocktake's frozen expected list. */
  getExpectedAsset(tenant: AssetTenant, stocktakeId: string, assetNumber: string): Promise<ExpectedAsset | undefined>;
  /**
   * Record a confirmation; returns the expected-list line of that number, if any. Refuses (AssetStateError)
   * when the stocktake is missing or not open at the time of writing.
   */
  addConfirmation(tenant: AssetTenant, stocktakeId: string, confirmation: Confirmation): Promise<ExpectedAsset | undefined>;
  /** Stores the closing; refuses when another request closed it first. */
  saveClosedStocktake(tenant: AssetTenant, stocktake: Stocktake): Promise<void>;

  createDisposal(tenant: AssetTenant, disposal: Disposal): Promise<void>;
  getDisposal(tenant: AssetTenant, id: string): Promise<Disposal | undefined>;
  listDisposals(tenant: AssetTenant, options?: { state?: Disposal['state'] }): Promise<Disposal[]>;
  /** The decision and, for an approval, the card's new status, in one transaction. */
  saveDisposalDecision(tenant: AssetTenant, disposal: Disposal, disposedAsset?: Asset): Promise<void>;
}

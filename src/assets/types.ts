/**
 * The fixed-asset register (资产卡片), stocktakes (盘点) and disposals as plain readonly data. Dates are ISO
 * `YYYY-MM-DD` text (a card's dates are calendar days, not instants); times are ISO instants. Money is 分.
 */
import type { Fen } from '../core/money.ts';

/** Status codes; their Chinese labels and meaning come from data/assets/config.json. */
export type AssetStatus = 'in-use' | 'idle' | 'pending-scrap' | 'damaged' | 'disposed';
export const ASSET_STATUSES: readonly AssetStatus[] = ['in-use', 'idle', 'pending-scrap', 'damaged', 'disposed'];

/**
 * The `extra` column that marks a card whose register gave a status word Jixiao could not map (no group of
 * data/assets/register-columns.json `statusAliases` has it); its value is the word. Such a card is held (status
 * `in-use`, so it stays on the stocktake list and off the idle list) but its use is unknown: 固定资产利用率 counts
 * it in the total and not as in use, and names it. Mapping the word and importing the register again clears it, as
 * does a status a person sets on the card or a condition a stocktake states (applied to the register).
 */
export const UNMAPPED_STATUS = '使用状况（未识别）';

/**
 * The UNMAPPED_STATUS mark of a card whose register has a status column but left the card's cell blank: not recorded is
 * unknown, not in use. Held and counted like a card with an unrecognised word, until a status is stated.
 */
export const BLANK_STATUS = '（空白）';

/** One asset card. `assetNumber` is unique within a department. */
export interface Asset {
  readonly assetNumber: string;
  readonly name: string;
  /** GB/T 14885-2022 code, 9 characters (A02010105). */
  readonly classCode: string;
  readonly specification: string;
  readonly quantity: number;
  /** 原值 in 分. */
  readonly originalValue: Fen;
  readonly acquiredOn: string;
  readonly fundingSource: string;
  readonly location: string;
  /** 使用人 / 保管人. */
  readonly custodian: string;
  /** 使用部门（内设机构）. */
  readonly departmentUnit: string;
  readonly status: AssetStatus;
  /** The day the status last changed: how long an asset has been idle is counted from here. */
  readonly statusSince: string;
  /** What the physical label carries; must equal assetNumber. Empty = no label yet. */
  readonly labelCode: string;
  /** 分类名称 as the register prints it. */
  readonly className?: string;
  /** 计量单位 (台, 套, 件 …). */
  readonly unit?: string;
  /** 累计折旧（摊销） in 分, as the register states it (Jixiao does not compute depreciation). */
  readonly accumulatedDepreciation?: Fen;
  /** 净值 in 分, as the register states it. */
  readonly netValue?: Fen;
  /** 财务入账日期. */
  readonly bookedOn?: string;
  /** Every other column of the imported register (取得方式, 品牌, 供应商 …), by its header: nothing is dropped. */
  readonly extra?: Readonly<Record<string, string>>;
  /** The stored card's version, bumped by every change (optimistic locking of an edit); absent on a card not yet stored. */
  readonly version?: number;
}

/** Which assets a stocktake covers: the whole department, or only some locations and/or class prefixes. */
export interface StocktakeScope {
  readonly locations?: readonly string[];
  /** Class code prefixes (A0201 = 信息化设备 and below). */
  readonly classPrefixes?: readonly string[];
}

/** The part of a card frozen into a stocktake's expected list when it opens. */
export type ExpectedAsset = Pick<
  Asset,
  'assetNumber' | 'name' | 'classCode' | 'originalValue' | 'location' | 'custodian' | 'status' | 'labelCode'
> & {
  /**
   * The register's own status word when Jixiao did not recognise it (the card's UNMAPPED_STATUS mark): `status`
   * is then only the internal 在用 that keeps the card on the list, and every text shows this word as the book's.
   */
  readonly unmappedStatus?: string;
};

/**
 * A scan or a typed confirmation: one observation. `condition` is the status the counter saw; omitted when the
 * counter did not say (the card's condition stands). Every observation is kept, a second one adds to the first.
 */
export interface Confirmation {
  readonly assetNumber: string;
  readonly seenLocation: string;
  readonly condition?: Exclude<AssetStatus, 'disposed'>;
  /** What the physical label reads, when the counter typed or scanned it; omitted = not checked. */
  readonly labelCode?: string;
  /** For an asset not on the books: what it is. */
  readonly name?: string;
  readonly note?: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
}

export type StocktakeState = 'open' | 'closed';

export interface Stocktake {
  readonly id: string;
  readonly fiscalYear: number;
  readonly title: string;
  readonly scope: StocktakeScope;
  readonly state: StocktakeState;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly expected: readonly ExpectedAsset[];
  readonly confirmations: readonly Confirmation[];
  readonly closedBy?: string;
  readonly approvedBy?: string;
  readonly closedAt?: string;
  readonly reconciliation?: Reconciliation;
}

export type DifferenceKind =
  | 'missing'
  | 'surplus'
  | 'moved'
  | 'condition-changed'
  | 'label-mismatch'
  | 'out-of-scope'
  /** A number neither on the list nor in the register, without a description: to review (a typo?) before it counts as 盘盈. */
  | 'unknown-number';

/** One line of the closing reconciliation: what differs and what to do about it. */
export interface Difference {
  readonly kind: DifferenceKind;
  readonly assetNumber: string;
  readonly name: string;
  readonly originalValue?: Fen;
  readonly book?: string;
  /** A condition change whose `book` is the register's own status word, not recognised (not a status code). */
  readonly bookUnmapped?: true;
  readonly seen?: string;
  /** 处理建议. */
  readonly action: string;
  /** How many observations of this number the stocktake holds (shown when more than one). */
  readonly observations?: number;
  /** For an unknown number: booked numbers it may be a typo of. */
  readonly didYouMean?: readonly string[];
}

export interface Reconciliation {
  readonly expectedCount: number;
  readonly foundCount: number;
  /** Assets found exactly as booked (place, condition and label). */
  readonly matchedCount: number;
  readonly differences: readonly Difference[];
  /** Book value of the expected list, found part, and the missing part (盘亏金额). */
  readonly expectedValue: Fen;
  readonly foundValue: Fen;
  readonly missingValue: Fen;
  /** 账实相符: nothing missing and nothing unbooked. */
  readonly bookEqualsPhysical: boolean;
}

export type DisposalKind = 'scrap' | 'transfer' | 'sale';
export type DisposalState = 'pending' | 'approved' | 'rejected';

/** A disposal request: the asset leaves the active register only when it is approved. */
export interface Disposal {
  readonly id: string;
  readonly assetNumber: string;
  readonly kind: DisposalKind;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly state: DisposalState;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly decisionNote?: string;
}

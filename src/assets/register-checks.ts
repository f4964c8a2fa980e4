/**
 * Checks on the register itself (no stocktake needed): items below the capitalisation threshold (flagged, not
 * refused), labels that do not equal the asset number, and class codes outside GB/T 14885-2022.
 */
import type { CodeTable } from '../core/codes.ts';
import { type Finding, finding } from '../core/finding.ts';
import { formatAmount } from '../core/money.ts';
import { type AssetConfig, thresholdFor } from './config.ts';
import type { Asset } from './types.ts';

export const RULE_BELOW_THRESHOLD = 'asset-below-threshold';
export const RULE_LABEL_MISMATCH = 'asset-label-mismatch';
export const RULE_LABEL_MISSING = 'asset-label-missing';
export const RULE_UNKNOWN_CLASS = 'asset-unknown-class';
/** Cards imported with GB/T 14885-2010 class codes (7 digits): kept as they are, to be reclassified. */
export const RULE_OLDER_CLASS = 'asset-older-class-code';
/** A 变动明细表 row whose 期初原值 + 本期增加 − 本期减少 is not its 期末原值 (the card's 原值). */
export const RULE_MOVEMENT_MISMATCH = 'asset-movement-mismatch';
/** A card list's row whose 数量 × 单价 is not its 金额 (read as the card's 原值). */
export const RULE_AMOUNT_MISMATCH = 'asset-amount-mismatch';
/** Cards whose status word is in no group of data/assets/register-columns.json `statusAliases`: imported, word kept, not counted as in use. */
export const RULE_UNKNOWN_STATUS = 'asset-unknown-status';
/** A money field read as the sum of its parts (原值 = 财政性资金 + 非财政性资金, data `valueFromParts`): a note. */
export const RULE_VALUE_FROM_PARTS = 'asset-value-from-parts';
/** A register without a class-code column: codes looked up by class name in GB/T 14885, the rest left empty and marked. */
export const RULE_CLASS_FROM_NAME = 'asset-class-from-name';
/** Dates with the year last (4/16/2019) read in the order the file's unambiguous dates prove: a note, to check. */
export const RULE_DATE_ORDER = 'asset-date-order';
/** Dates with a two-digit year (06.10.20) read with the century from the file's own 截止日期/打印日期: a note, to check. */
export const RULE_TWO_DIGIT_YEAR = 'asset-two-digit-year';
/** Dates written to the month only (2019年6月) read as the month's first day (data monthOnlyDates): a note. */
export const RULE_MONTH_ONLY_DATE = 'asset-month-only-date';

const yuan = (v: number) => formatAmount(v, { unit: '元', decimals: 2 });

/** Whether the card's quantity counts like items (台, 把) rather than measures one asset (2,460 平方米). */
function countsItems(asset: Pick<Asset, 'unit'>, config?: Pick<AssetConfig, 'measureUnits'>): boolean {
  const unit = asset.unit?.normalize('NFKC').trim();
  return !(unit && config?.measureUnits?.has(unit));
}

/** The per-unit value: a card with quantity n holds n like items whose 原值 is the total; a measured asset is one item. */
export function unitValue(asset: Pick<Asset, 'originalValue' | 'quantity' | 'unit'>, config?: Pick<AssetConfig, 'measureUnits'>): number {
  return asset.quantity > 0 && countsItems(asset, config) ? Math.floor(asset.originalValue / asset.quantity) : asset.originalValue;
}

export function belowThresholdFinding(asset: Asset, config: AssetConfig, path: string): Finding | undefined {
  const threshold = thresholdFor(config, asset.classCode);
  const perUnit = unitValue(asset, config);
  if (perUnit >= threshold) return undefined;
  // One asset (a single item or a measured one) at exactly the nominal value.
  const oneAsset = asset.quantity <= 1 || !countsItems(asset, config);
  if (config.nominalValueFen !== undefined && oneAsset && asset.originalValue === config.nominalValueFen) {
    return finding({
      rule: RULE_BELOW_THRESHOLD,
      severity: 'info',
      message: `资产“${asset.assetNumber} ${asset.name}”以名义金额${yuan(asset.originalValue)}入账（无法取得成本的资产按名义金额入账），不按固定资产标准核对`,
      evidence: [{ path: `${path}.originalValue`, value: asset.originalValue }],
    });
  }
  return finding({
    rule: RULE_BELOW_THRESHOLD,
    severity: 'warning',
    message: `资产“${asset.assetNumber} ${asset.name}”单位价值${yuan(perUnit)}低于固定资产标准${yuan(threshold)}：请确认是否应作为固定资产管理（大批同类耐用物资可以）`,
    evidence: [{ path: `${path}.originalValue`, value: asset.originalValue }],
    calculation:
      asset.quantity > 1 && countsItems(asset, config)
        ? `${yuan(asset.originalValue)} ÷ ${asset.quantity} = ${yuan(perUnit)} < ${yuan(threshold)}`
        : `${yuan(perUnit)} < ${yuan(threshold)}`,
  });
}

export function labelFinding(asset: Pick<Asset, 'assetNumber' | 'name' | 'labelCode'>, path: string): Finding | undefined {
  if (asset.labelCode === '') {
    return finding({
      rule: RULE_LABEL_MISSING,
      severity: 'warning',
      message: `资产“${asset.assetNumber} ${asset.name}”没有标签：请打印并粘贴标签`,
      evidence: [{ path: `${path}.labelCode` }],
    });
  }
  if (asset.labelCode === asset.assetNumber) return undefined;
  return finding({
    rule: RULE_LABEL_MISMATCH,
    severity: 'error',
    message: `资产“${asset.assetNumber} ${asset.name}”的标签编码“${asset.labelCode}”与资产编号不一致：请重新打印标签`,
    evidence: [{ path: `${path}.labelCode`, quote: asset.labelCode }],
  });
}

/** Every register check for every active asset (disposed cards are history and are not checked). */
export function checkRegister(register: readonly Asset[], config: AssetConfig, classes?: CodeTable): Finding[] {
  const out: Finding[] = [];
  register.forEach((asset, i) => {
    if (!config.activeStatuses.has(asset.status)) return;
    const path = `assets[${i}]`;
    const below = belowThresholdFinding(asset, config, path);
    if (below) out.push(below);
    const label = labelFinding(asset, path);
    if (label) out.push(label);
    if (classes && !classes.entries.has(asset.classCode)) {
      out.push(
        finding({
          rule: RULE_UNKNOWN_CLASS,
          severity: 'error',
          message: `资产“${asset.assetNumber}”的分类代码“${asset.classCode}”不在 GB/T 14885-2022 中${/^[1-6]\d{6}$/.test(asset.classCode) ? '（是 GB/T 14885-2010 的旧代码，请按 2022 版重新分类）' : ''}`,
          evidence: [{ path: `${path}.classCode`, quote: asset.classCode }],
        }),
      );
    }
  });
  return out;
}

export const RULE_STATED_THRESHOLD = 'asset-stated-threshold';

/**
 * A department that says it capitalises from another amount than the rules (the seed: “价值1500元以上”, while
 * the rules say 1000元) under-records assets between the two: a warning naming both amounts and the source.
 */
export function statedThresholdFinding(
  statedThreshold: number | undefined,
  config: AssetConfig,
  path = 'fixedAssets.statedThreshold',
): Finding | undefined {
  if (statedThreshold === undefined || statedThreshold === config.thresholdFen) return undefined;
  const higher = statedThreshold > config.thresholdFen;
  return finding({
    rule: RULE_STATED_THRESHOLD,
    severity: 'warning',
    message: `单位所述固定资产标准${yuan(statedThreshold)}与现行标准${yuan(config.thresholdFen)}不一致：${
      higher ? `价值在${yuan(config.thresholdFen)}至${yuan(statedThreshold)}之间的资产可能未作为固定资产入账` : '低于标准的物品也作为固定资产管理，请说明依据'
    }（依据：${config.thresholdSource.slice(0, config.thresholdSource.indexOf('：') > 0 ? config.thresholdSource.indexOf('：') : 40)}）`,
    evidence: [{ path, value: statedThreshold }],
    calculation: `${yuan(statedThreshold)} ≠ ${yuan(config.thresholdFen)}`,
    difference: statedThreshold - config.thresholdFen,
  });
}

/**
 * The 53号 asset indicators computed from the register and the year's stocktakes, each value with the inputs
 * it came from, for the scoring engine and the report writer:
 * - 固定资产利用率 = 实际在用固定资产原值 / 全部固定资产原值 × 100%;
 * - the check points of 资产管理安全性 that this data can answer: a stocktake done this year, labels that
 *   match asset numbers, book = physical (账实相符).
 */
import { combineObservations } from './stocktake.ts';
import { type Fen, fen, sumFen } from '../core/money.ts';
import { type Asset, type Difference, type Stocktake, UNMAPPED_STATUS } from './types.ts';

/** Which statuses count as in use and which as part of the register; defaults match data/assets/config.json. */
export interface IndicatorOptions {
  readonly inUseStatuses?: ReadonlySet<string>;
  readonly activeStatuses?: ReadonlySet<string>;
}

export interface UtilisationRate {
  /** Percent, unrounded; null when there are no fixed assets. */
  readonly value: number | null;
  readonly inUseOriginalValue: Fen;
  readonly totalOriginalValue: Fen;
  readonly assetCount: number;
  readonly inUseCount: number;
  /** `stocktake`: in-use taken from what the year's last closed stocktake saw; `book`: from the card statuses. */
  readonly basis: 'stocktake' | 'book';
  readonly stocktakeId?: string;
  readonly formula: string;
  /**
   * Cards whose register gave a status word Jixiao could not map (types.ts UNMAPPED_STATUS), where no stocktake
   * observation says how they are: in the total, not counted as in use — the rate is a lower bound by this much.
   * Absent when there are none.
   */
  readonly unknownStatus?: { readonly count: number; readonly originalValue: Fen; readonly words: readonly string[] };
}

export interface CheckPoint {
  /** null = cannot be judged from the data. */
  readonly passed: boolean | null;
  readonly detail: string;
}

/** The year's last closed stocktake in brief, for the report writer's asset paragraph. */
export interface StocktakeResult {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly closedOn: string;
  readonly expectedCount: number;
  readonly foundCount: number;
  readonly missingCount: number;
  readonly missingValue: Fen;
  readonly surplusCount: number;
  readonly movedCount: number;
  readonly conditionChangedCount: number;
  readonly labelMismatchCount: number;
  readonly bookEqualsPhysical: boolean;
}

export interface AssetIndicators {
  readonly year: number;
  readonly utilisation: UtilisationRate;
  readonly stocktake: StocktakeResult | null;
  readonly security: {
    readonly stocktakeDoneThisYear: CheckPoint & { readonly stocktakeId?: string; readonly closedAt?: string };
    readonly labelsMatch: CheckPoint & { readonly mismatched: readonly string[] };
    readonly bookEqualsPhysical: CheckPoint & {
      readonly missing: readonly Difference[];
      readonly surplus: readonly Difference[];
    };
  };
}

const DEFAULT_IN_USE = new Set(['in-use']);
const DEFAULT_ACTIVE = new Set(['in-use', 'idle', 'pending-scrap', 'damaged']);

/**
 * The year's last closed stocktake (by closing time). A stocktake belongs to the fiscal year it was opened for,
 * not the year it closed in: the annual count is often finished in January before the final accounts.
 */
export function lastClosedStocktake(stocktakes: readonly Stocktake[], year: number): Stocktake | undefined {
  return stocktakes
    .filter((s) => s.state === 'closed' && s.closedAt !== undefined && s.fiscalYear === year)
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))
    .at(-1);
}

/**
 * The register as of the year's end: cards acquired by 31 December and not disposed before it. Cards disposed
 * later still count for this year, as the book stood then.
 */
function registerAtYearEnd(register: readonly Asset[], year: number, active: ReadonlySet<string>): Asset[] {
  const end = `${year}-12-31`;
  return register.filter(
    (a) => a.acquiredOn <= end && (active.has(a.status) || (a.status === 'disposed' && a.statusSince > end)),
  );
}

export function assetIndicators(
  register: readonly Asset[],
  stocktakes: readonly Stocktake[],
  year: number,
  options: IndicatorOptions = {},
): AssetIndicators {
  const inUseStatuses = options.inUseStatuses ?? DEFAULT_IN_USE;
  const activeStatuses = options.activeStatuses ?? DEFAULT_ACTIVE;
  const assets = registerAtYearEnd(register, year, activeStatuses);
  const last = lastClosedStocktake(stocktakes, year);

  // What the stocktake saw overrides the card: a missing asset is not in use, a found one is as seen.
  // `booked`: found without a stated condition — as the card says.
  const seenCondition = new Map<string, string | null | 'booked'>();
  if (last) {
    const observed = combineObservations(last.confirmations);
    for (const e of last.expected) {
      const o = observed.get(e.assetNumber);
      seenCondition.set(e.assetNumber, o ? (o.condition ?? 'booked') : null);
    }
  }
  // A card whose status word could not be mapped says nothing about its use: not counted as in use unless seen so.
  const unknownUse = (a: Asset) => a.extra?.[UNMAPPED_STATUS] !== undefined;
  const unknownStatus: Asset[] = [];
  const inUse = assets.filter((a) => {
    const seen = seenCondition.get(a.assetNumber);
    if (seen === undefined || seen === 'booked') {
      if (unknownUse(a)) {
        unknownStatus.push(a);
        return false;
      }
      // A card disposed after the year's end is counted in the total but not as in use: its last status is unknown.
      return inUseStatuses.has(a.status);
    }
    return seen !== null && inUseStatuses.has(seen);
  });
  const total = sumFen(assets.map((a) => a.originalValue));
  const inUseValue = sumFen(inUse.map((a) => a.originalValue));
  const utilisation: UtilisationRate = {
    value: total === 0 ? null : (inUseValue / total) * 100,
    inUseOriginalValue: inUseValue,
    totalOriginalValue: fen(total),
    assetCount: assets.length,
    inUseCount: inUse.length,
    basis: last ? 'stocktake' : 'book',
    ...(last ? { stocktakeId: last.id } : {}),
    formula: '固定资产利用率 = 实际在用固定资产原值 / 全部固定资产原值 × 100%',
    ...(unknownStatus.length > 0
      ? {
          unknownStatus: {
            count: unknownStatus.length,
            originalValue: sumFen(unknownStatus.map((a) => a.originalValue)),
            words: [...new Set(unknownStatus.map((a) => a.extra?.[UNMAPPED_STATUS] ?? ''))],
          },
        }
      : {}),
  };

  const mismatched = assets.filter((a) => a.labelCode !== a.assetNumber).map((a) => a.assetNumber);
  const rec = last?.reconciliation;
  const missing = rec?.differences.filter((d) => d.kind === 'missing') ?? [];
  const surplus = rec?.differences.filter((d) => d.kind === 'surplus') ?? [];
  const count = (kind: Difference['kind']) => rec?.differences.filter((d) => d.kind === kind).length ?? 0;
  const stocktake: StocktakeResult | null =
    last && rec
      ? {
          id: last.id,
          title: last.title,
          closedOn: (last.closedAt ?? '').slice(0, 10),
          expectedCount: rec.expectedCount,
          foundCount: rec.foundCount,
          missingCount: missing.length,
          missingValue: rec.missingValue,
          surplusCount: surplus.length,
          movedCount: count('moved'),
          conditionChangedCount: count('condition-changed'),
          labelMismatchCount: count('label-mismatch'),
          bookEqualsPhysical: rec.bookEqualsPhysical,
        }
      : null;
  return {
    year,
    utilisation,
    stocktake,
    security: {
      stocktakeDoneThisYear: stocktakeCheck(stocktakes, year),
      labelsMatch:
        assets.length === 0
          ? { passed: null, detail: '资产账为空', mismatched }
          : {
              passed: mismatched.length === 0,
              detail:
                mismatched.length === 0
                  ? `${assets.length} 项资产标签与资产编号一致`
                  : `${mismatched.length} 项资产标签与资产编号不一致（含未贴标签）`,
              mismatched,
            },
      bookEqualsPhysical: rec
        ? {
            passed: rec.bookEqualsPhysical,
            detail: rec.bookEqualsPhysical
              ? `盘点账实相符：应盘 ${rec.expectedCount} 项，实盘 ${rec.foundCount} 项`
              : `盘亏 ${missing.length} 项、盘盈 ${surplus.length} 项`,
            missing,
            surplus,
          }
        : { passed: null, detail: '本年度无已结束的盘点，无法判断账实是否相符', missing, surplus },
    },
  };
}

const isWholeDepartment = (s: Stocktake) => !(s.scope.locations?.length || s.scope.classPrefixes?.length);

/**
 * 年度盘点 is met by a closed stocktake of the year over the whole department; counts limited to some
 * locations or classes are named but do not meet it on their own.
 */
function stocktakeCheck(
  stocktakes: readonly Stocktake[],
  year: number,
): CheckPoint & { readonly stocktakeId?: string; readonly closedAt?: string } {
  const closed = stocktakes.filter((s) => s.state === 'closed' && s.fiscalYear === year);
  const whole = lastClosedStocktake(closed.filter(isWholeDepartment), year);
  if (whole) {
    return {
      passed: true,
      detail: `${(whole.closedAt ?? '').slice(0, 10)} 完成全面盘点“${whole.title}”，应盘 ${whole.expected.length} 项`,
      stocktakeId: whole.id,
      ...(whole.closedAt ? { closedAt: whole.closedAt } : {}),
    };
  }
  if (closed.length > 0) {
    return { passed: false, detail: `${year}年度只有部分范围的盘点（${closed.length} 次），没有覆盖全部资产的年度盘点` };
  }
  return { passed: false, detail: `${year}年度没有已结束的资产盘点` };
}

/**
 * The department-year's fixed-asset figures (core `fixedAssets`) from the indicators, for the scoring engine
 * that reads 固定资产利用率 from `fixedAssets.inUseOriginalValue / totalOriginalValue`.
 */
export function departmentYearFixedAssets(ind: AssetIndicators): { totalOriginalValue: Fen; inUseOriginalValue: Fen } {
  return { totalOriginalValue: ind.utilisation.totalOriginalValue, inUseOriginalValue: ind.utilisation.inUseOriginalValue };
}

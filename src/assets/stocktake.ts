/**
 * The stocktake (盘点) as its own object: its expected list is frozen from the register when it opens, so later
 * edits to the register cannot hide a loss; confirmations come in while it is open; closing needs an approver
 * other than the opener and produces the reconciliation.
 */
import { fen, sumFen } from '../core/money.ts';
import type { AssetConfig } from './config.ts';
import { AssetStateError } from './errors.ts';
import type {
  Asset,
  Confirmation,
  Difference,
  DifferenceKind,
  ExpectedAsset,
  Reconciliation,
  Stocktake,
  StocktakeScope,
} from './types.ts';

/** What to do about each kind of difference (处理建议), shown beside every line of the reconciliation. */
export const DIFFERENCE_ACTION: Readonly<Record<DifferenceKind, string>> = {
  missing: '盘亏：查明原因，取得责任人说明；确认灭失的，按资产处置程序报批后核销，涉及责任的依规追责',
  surplus: '盘盈：查明来源（未入账的购置、调入或捐赠），补建资产卡片并入账，粘贴标签',
  moved: '存放地点变动：核实后更新资产卡片的存放地点和使用人',
  'condition-changed': '使用状况变动：更新资产卡片状态；毁损或待报废的启动处置审批，闲置的列入调剂',
  'label-mismatch': '标签与资产编号不符：按资产编号重新打印并粘贴标签',
  'out-of-scope': '本次盘点范围外的在账资产：核对其存放地点，必要时更新卡片',
};

export const DIFFERENCE_LABEL: Readonly<Record<DifferenceKind, string>> = {
  missing: '盘亏',
  surplus: '盘盈',
  moved: '地点变动',
  'condition-changed': '状况变动',
  'label-mismatch': '标签不符',
  'out-of-scope': '范围外',
};

function inScope(asset: Asset, scope: StocktakeScope): boolean {
  if (scope.locations && scope.locations.length > 0 && !scope.locations.includes(asset.location)) return false;
  if (scope.classPrefixes && scope.classPrefixes.length > 0 && !scope.classPrefixes.some((p) => asset.classCode.startsWith(p))) {
    return false;
  }
  return true;
}

export function toExpected(a: Asset): ExpectedAsset {
  return {
    assetNumber: a.assetNumber,
    name: a.name,
    classCode: a.classCode,
    originalValue: a.originalValue,
    location: a.location,
    custodian: a.custodian,
    status: a.status,
    labelCode: a.labelCode,
  };
}

/** The expected list: the active assets in scope, as they stand now. */
export function freezeExpected(register: readonly Asset[], scope: StocktakeScope, config: AssetConfig): ExpectedAsset[] {
  return register
    .filter((a) => config.activeStatuses.has(a.status) && inScope(a, scope))
    .map(toExpected)
    .sort((x, y) => x.assetNumber.localeCompare(y.assetNumber));
}

export interface OpenStocktakeInput {
  readonly id: string;
  readonly fiscalYear: number;
  readonly title?: string;
  readonly scope: StocktakeScope;
  readonly openedBy: string;
  readonly openedAt: string;
}

export function openStocktake(register: readonly Asset[], input: OpenStocktakeInput, config: AssetConfig): Stocktake {
  if (input.openedBy.trim() === '') throw new AssetStateError('opener-required', '请填写盘点发起人 / the opener is required');
  const expected = freezeExpected(register, input.scope, config);
  return {
    id: input.id,
    fiscalYear: input.fiscalYear,
    title: input.title ?? `${input.fiscalYear}年度资产盘点`,
    scope: input.scope,
    state: 'open',
    openedBy: input.openedBy,
    openedAt: input.openedAt,
    expected,
    confirmations: [],
  };
}

/** A confirmation is only accepted while the stocktake is open. */
export function assertOpen(stocktake: Pick<Stocktake, 'state' | 'id'>): void {
  if (stocktake.state !== 'open') {
    throw new AssetStateError('stocktake-closed', `盘点 ${stocktake.id} 已结束，不能再确认 / stocktake is closed`);
  }
}

const sameText = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/**
 * Compare what was expected with what was seen. A number confirmed twice counts once, the latest
 * confirmation wins (a counter correcting a typo). `lookup` finds booked assets outside the expected list.
 */
export function reconcile(
  expected: readonly ExpectedAsset[],
  confirmations: readonly Confirmation[],
  lookup: (assetNumber: string) => ExpectedAsset | undefined = () => undefined,
): Reconciliation {
  const latest = new Map<string, Confirmation>();
  for (const c of [...confirmations].sort((a, b) => a.confirmedAt.localeCompare(b.confirmedAt))) {
    latest.set(c.assetNumber, c);
  }
  const differences: Difference[] = [];
  const foundValues: number[] = [];
  const missingValues: number[] = [];
  let foundCount = 0;
  let matchedCount = 0;
  const expectedNumbers = new Set<string>();
  for (const e of expected) {
    expectedNumbers.add(e.assetNumber);
    const c = latest.get(e.assetNumber);
    const base = { assetNumber: e.assetNumber, name: e.name, originalValue: e.originalValue };
    if (!c) {
      missingValues.push(e.originalValue);
      differences.push({ ...base, kind: 'missing', book: e.location, action: DIFFERENCE_ACTION.missing });
      continue;
    }
    foundCount++;
    foundValues.push(e.originalValue);
    let clean = true;
    if (c.seenLocation.trim() !== '' && !sameText(c.seenLocation, e.location)) {
      clean = false;
      differences.push({ ...base, kind: 'moved', book: e.location, seen: c.seenLocation, action: DIFFERENCE_ACTION.moved });
    }
    if (c.condition !== e.status) {
      clean = false;
      differences.push({
        ...base,
        kind: 'condition-changed',
        book: e.status,
        seen: c.condition,
        action: DIFFERENCE_ACTION['condition-changed'],
      });
    }
    const seenLabel = c.labelCode?.trim();
    const badBookLabel = e.labelCode !== e.assetNumber;
    const badSeenLabel = seenLabel !== undefined && seenLabel !== '' && seenLabel !== e.assetNumber;
    if (badBookLabel || badSeenLabel) {
      clean = false;
      differences.push({
        ...base,
        kind: 'label-mismatch',
        book: e.labelCode,
        seen: badSeenLabel ? seenLabel : undefined,
        action: DIFFERENCE_ACTION['label-mismatch'],
      });
    }
    if (clean) matchedCount++;
  }
  for (const [number, c] of latest) {
    if (expectedNumbers.has(number)) continue;
    const booked = lookup(number);
    if (booked) {
      differences.push({
        kind: 'out-of-scope',
        assetNumber: number,
        name: booked.name,
        originalValue: booked.originalValue,
        book: booked.location,
        seen: c.seenLocation,
        action: DIFFERENCE_ACTION['out-of-scope'],
      });
    } else {
      differences.push({
        kind: 'surplus',
        assetNumber: number,
        name: c.name ?? '',
        seen: c.seenLocation,
        action: DIFFERENCE_ACTION.surplus,
      });
    }
  }
  const missingCount = differences.filter((d) => d.kind === 'missing').length;
  const surplusCount = differences.filter((d) => d.kind === 'surplus').length;
  return {
    expectedCount: expected.length,
    foundCount,
    matchedCount,
    differences,
    expectedValue: sumFen(expected.map((e) => e.originalValue)),
    foundValue: sumFen(foundValues),
    missingValue: fen(sumFen(missingValues)),
    bookEqualsPhysical: missingCount === 0 && surplusCount === 0,
  };
}

export interface CloseInput {
  readonly closedBy: string;
  readonly approvedBy: string;
  readonly closedAt: string;
}

/** Close with an approver who is not the opener (four eyes); the reconciliation is computed and kept. */
export function closeStocktake(
  stocktake: Stocktake,
  input: CloseInput,
  lookup?: (assetNumber: string) => ExpectedAsset | undefined,
): Stocktake {
  assertOpen(stocktake);
  if (input.approvedBy.trim() === '') {
    throw new AssetStateError('approver-required', '结束盘点需要审批人 / closing needs an approver');
  }
  if (input.approvedBy.trim() === stocktake.openedBy.trim()) {
    throw new AssetStateError(
      'approver-is-opener',
      '审批人不能是盘点发起人 / the approver must be someone other than the opener',
    );
  }
  return {
    ...stocktake,
    state: 'closed',
    closedBy: input.closedBy,
    approvedBy: input.approvedBy,
    closedAt: input.closedAt,
    reconciliation: reconcile(stocktake.expected, stocktake.confirmations, lookup),
  };
}

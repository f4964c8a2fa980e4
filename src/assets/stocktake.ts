/**
 * The stocktake (盘点) as its own object: its expected list is frozen from the register when it opens, so later
 * edits to the register cannot hide a loss; confirmations come in while it is open; closing needs an approver
 * other than the opener and produces the reconciliation.
 */
import { fen, sumFen } from '../core/money.ts';
import type { AssetConfig } from './config.ts';
import { AssetStateError } from './errors.ts';
import {
  type Asset,
  type Confirmation,
  type Difference,
  type DifferenceKind,
  type ExpectedAsset,
  type Reconciliation,
  type Stocktake,
  type StocktakeScope,
  UNMAPPED_STATUS,
} from './types.ts';

/** What to do about each kind of difference (处理建议), shown beside every line of the reconciliation. */
export const DIFFERENCE_ACTION: Readonly<Record<DifferenceKind, string>> = {
  missing: '盘亏：查明原因，取得责任人说明；确认灭失的，按资产处置程序报批后核销，涉及责任的依规追责',
  surplus: '盘盈：查明来源（未入账的购置、调入或捐赠），补建资产卡片并入账，粘贴标签',
  moved: '存放地点变动：核实后更新资产卡片的存放地点和使用人',
  'condition-changed': '使用状况变动：更新资产卡片状态；毁损或待报废的启动处置审批，闲置的列入调剂',
  'label-mismatch': '标签与资产编号不符：按资产编号重新打印并粘贴标签',
  'out-of-scope': '本次盘点范围外的在账资产：核对其存放地点，必要时更新卡片',
  'unknown-number': '编号既不在盘点清单也不在资产账上：先核对是否输错编号；确为账外资产的，补填名称再次确认后按盘盈处理',
};

export const DIFFERENCE_LABEL: Readonly<Record<DifferenceKind, string>> = {
  missing: '盘亏',
  surplus: '盘盈',
  moved: '地点变动',
  'condition-changed': '状况变动',
  'label-mismatch': '标签不符',
  'out-of-scope': '范围外',
  'unknown-number': '待核编号',
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
    ...(a.extra?.[UNMAPPED_STATUS] !== undefined ? { unmappedStatus: a.extra[UNMAPPED_STATUS] } : {}),
  };
}

/**
 * The book's status as a person reads it, in quotes: `“闲置”`, or for a card whose register word was not
 * recognised the register's own word marked so (`“待核”（未识别）`), never the internal 在用 that holds it.
 */
export function bookStatusText(statusLabel: Readonly<Record<string, string>>, status: string, unmapped?: string | boolean): string {
  if (typeof unmapped === 'string') return `“${unmapped}”（未识别）`;
  if (unmapped === true) return `“${status}”（未识别）`;
  return `“${statusLabel[status] ?? status}”`;
}

/**
 * Whether an observed condition differs from the book. A card whose register word was not recognised has no
 * known status to agree with: any condition someone stated differs (and settles it when applied).
 */
export function conditionDiffers(e: Pick<ExpectedAsset, 'status' | 'unmappedStatus'>, condition: string | undefined): boolean {
  return condition !== undefined && (e.unmappedStatus !== undefined || condition !== e.status);
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

/** What all observations of one number say: the latest stated value of each field (an unstated one says nothing). */
export interface Observed {
  readonly count: number;
  readonly location?: string;
  readonly condition?: Exclude<ExpectedAsset['status'], 'disposed'>;
  /** When the stated condition was observed (ISO instant): an idle period starts there. */
  readonly conditionSeenAt?: string;
  readonly labelCode?: string;
  readonly name?: string;
  readonly lastAt: string;
}

export function combineObservations(confirmations: readonly Confirmation[]): Map<string, Observed> {
  const out = new Map<string, Observed>();
  for (const c of [...confirmations].sort((a, b) => a.confirmedAt.localeCompare(b.confirmedAt))) {
    const prev = out.get(c.assetNumber);
    const location = c.seenLocation.trim() !== '' ? c.seenLocation : prev?.location;
    const label = c.labelCode?.trim() ? c.labelCode.trim() : prev?.labelCode;
    const name = c.name?.trim() ? c.name.trim() : prev?.name;
    const condition = c.condition ?? prev?.condition;
    const conditionSeenAt = c.condition !== undefined ? (prev?.condition === c.condition ? prev.conditionSeenAt : c.confirmedAt) : prev?.conditionSeenAt;
    out.set(c.assetNumber, {
      count: (prev?.count ?? 0) + 1,
      ...(location !== undefined ? { location } : {}),
      ...(condition !== undefined ? { condition } : {}),
      ...(conditionSeenAt !== undefined ? { conditionSeenAt } : {}),
      ...(label !== undefined ? { labelCode: label } : {}),
      ...(name !== undefined ? { name } : {}),
      lastAt: c.confirmedAt,
    });
  }
  return out;
}

/** Booked numbers one typing slip away (one character changed, added, dropped, or two swapped). */
export function similarNumbers(number: string, candidates: Iterable<string>, limit = 3): string[] {
  const near = (a: string, b: string): boolean => {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    if (a.length === b.length) {
      const diff: number[] = [];
      for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
      if (diff.length === 1) return true;
      return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
    }
    const [s, l] = a.length < b.length ? [a, b] : [b, a];
    let i = 0;
    while (i < s.length && s[i] === l[i]) i++;
    return s.slice(i) === l.slice(i + 1);
  };
  const out: string[] = [];
  for (const c of candidates) {
    if (near(number.toUpperCase(), c.toUpperCase())) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Compare what was expected with what was seen. Every observation of a number counts: the latest stated
 * location, condition and label win, and a confirmation that states no condition leaves the card's condition
 * as booked — a condition change is reported only when someone observed it. A number that is neither on the
 * list nor booked is 盘盈 only when the counter described it (a name); otherwise it is listed for review.
 * `lookup` finds booked assets outside the expected list.
 */
export function reconcile(
  expected: readonly ExpectedAsset[],
  confirmations: readonly Confirmation[],
  lookup: (assetNumber: string) => ExpectedAsset | undefined = () => undefined,
): Reconciliation {
  const observed = combineObservations(confirmations);
  const differences: Difference[] = [];
  const foundValues: number[] = [];
  const missingValues: number[] = [];
  let foundCount = 0;
  let matchedCount = 0;
  const expectedNumbers = new Set<string>();
  const labelsBooked = expected.some((e) => e.labelCode !== '');
  for (const e of expected) {
    expectedNumbers.add(e.assetNumber);
    const o = observed.get(e.assetNumber);
    const base = { assetNumber: e.assetNumber, name: e.name, originalValue: e.originalValue };
    if (!o) {
      missingValues.push(e.originalValue);
      differences.push({ ...base, kind: 'missing', book: e.location, action: DIFFERENCE_ACTION.missing });
      continue;
    }
    const seen = o.count > 1 ? { ...base, observations: o.count } : base;
    foundCount++;
    foundValues.push(e.originalValue);
    let clean = true;
    if (o.location !== undefined && !sameText(o.location, e.location)) {
      clean = false;
      differences.push({ ...seen, kind: 'moved', book: e.location, seen: o.location, action: DIFFERENCE_ACTION.moved });
    }
    if (o.condition !== undefined && conditionDiffers(e, o.condition)) {
      clean = false;
      differences.push({
        ...seen,
        kind: 'condition-changed',
        ...(e.unmappedStatus !== undefined ? { book: e.unmappedStatus, bookUnmapped: true as const } : { book: e.status }),
        seen: o.condition,
        action: DIFFERENCE_ACTION['condition-changed'],
      });
    }
    const seenLabel = o.labelCode;
    // Where the books record labels, a card without one (or with another code) is a mismatch. Where they record
    // none at all (a register imported from another system, labels never printed here), the books say nothing
    // about labels: only a label someone read that is not the asset number is a mismatch.
    const badBookLabel = labelsBooked && e.labelCode !== e.assetNumber;
    const badSeenLabel = seenLabel !== undefined && seenLabel !== e.assetNumber;
    if (badBookLabel || badSeenLabel) {
      clean = false;
      differences.push({
        ...seen,
        kind: 'label-mismatch',
        book: e.labelCode,
        seen: badSeenLabel ? seenLabel : undefined,
        action: DIFFERENCE_ACTION['label-mismatch'],
      });
    }
    if (clean) matchedCount++;
  }
  for (const [number, o] of observed) {
    if (expectedNumbers.has(number)) continue;
    const booked = lookup(number);
    const more = o.count > 1 ? { observations: o.count } : {};
    if (booked) {
      differences.push({
        kind: 'out-of-scope',
        assetNumber: number,
        name: booked.name,
        originalValue: booked.originalValue,
        book: booked.location,
        seen: o.location ?? '',
        action: DIFFERENCE_ACTION['out-of-scope'],
        ...more,
      });
    } else if (o.name !== undefined) {
      differences.push({ kind: 'surplus', assetNumber: number, name: o.name, seen: o.location ?? '', action: DIFFERENCE_ACTION.surplus, ...more });
    } else {
      const didYouMean = similarNumbers(number, expectedNumbers);
      differences.push({
        kind: 'unknown-number',
        assetNumber: number,
        name: '',
        seen: o.location ?? '',
        action: DIFFERENCE_ACTION['unknown-number'],
        ...(didYouMean.length > 0 ? { didYouMean } : {}),
        ...more,
      });
    }
  }
  const count = (k: DifferenceKind) => differences.filter((d) => d.kind === k).length;
  return {
    expectedCount: expected.length,
    foundCount,
    matchedCount,
    differences,
    expectedValue: sumFen(expected.map((e) => e.originalValue)),
    foundValue: sumFen(foundValues),
    missingValue: fen(sumFen(missingValues)),
    bookEqualsPhysical: count('missing') === 0 && count('surplus') === 0 && count('unknown-number') === 0,
  };
}

/** An open (or closed) stocktake's progress: which expected cards were seen, which not yet, and unknown numbers. */
export interface StocktakeProgress {
  readonly expectedCount: number;
  readonly seen: readonly (ExpectedAsset & { readonly observations: number; readonly lastSeenAt: string })[];
  readonly unseen: readonly ExpectedAsset[];
  /** Numbers confirmed that are not on the expected list (out of scope, unbooked or mistyped). */
  readonly notOnList: readonly { readonly assetNumber: string; readonly observations: number; readonly name?: string; readonly didYouMean?: readonly string[] }[];
}

export function stocktakeProgress(stocktake: Pick<Stocktake, 'expected' | 'confirmations'>): StocktakeProgress {
  const observed = combineObservations(stocktake.confirmations);
  const onList = new Set(stocktake.expected.map((e) => e.assetNumber));
  const seen: (ExpectedAsset & { observations: number; lastSeenAt: string })[] = [];
  const unseen: ExpectedAsset[] = [];
  for (const e of stocktake.expected) {
    const o = observed.get(e.assetNumber);
    if (o) seen.push({ ...e, observations: o.count, lastSeenAt: o.lastAt });
    else unseen.push(e);
  }
  const notOnList = [...observed]
    .filter(([n]) => !onList.has(n))
    .map(([assetNumber, o]) => {
      const didYouMean = similarNumbers(assetNumber, onList);
      return { assetNumber, observations: o.count, ...(o.name ? { name: o.name } : {}), ...(didYouMean.length > 0 ? { didYouMean } : {}) };
    });
  return { expectedCount: stocktake.expected.length, seen, unseen, notOnList };
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

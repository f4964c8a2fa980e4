/**
 * Disposal (报废 / 调拨 / 出售) goes through an approval with a reason. The asset stays on the active register
 * while the request is pending; only an approval marks it 已处置.
 */
import { AssetStateError } from './errors.ts';
import type { Asset, Disposal, DisposalKind } from './types.ts';

export interface DisposalRequestInput {
  readonly id: string;
  readonly assetNumber: string;
  readonly kind: DisposalKind;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
}

export function requestDisposal(
  asset: Asset | undefined,
  pending: readonly Disposal[],
  input: DisposalRequestInput,
): Disposal {
  if (!asset) throw new AssetStateError('asset-not-found', `资产“${input.assetNumber}”不在资产账中 / asset not found`);
  if (asset.status === 'disposed') {
    throw new AssetStateError('already-disposed', `资产“${asset.assetNumber}”已处置 / asset already disposed`);
  }
  if (pending.some((d) => d.assetNumber === asset.assetNumber && d.state === 'pending')) {
    throw new AssetStateError('disposal-pending', `资产“${asset.assetNumber}”已有待审批的处置申请 / a disposal is already pending`);
  }
  if (input.reason.trim().length < 2) {
    throw new AssetStateError('reason-required', '请填写处置理由 / a reason is required');
  }
  return { ...input, state: 'pending' };
}

export interface DecisionInput {
  readonly approve: boolean;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly note?: string;
}

/** Approve or reject; the requester may not decide their own request. Returns the decided request. */
export function decideDisposal(disposal: Disposal, input: DecisionInput): Disposal {
  if (disposal.state !== 'pending') {
    throw new AssetStateError('disposal-decided', `处置申请 ${disposal.id} 已审批 / already decided`);
  }
  if (input.decidedBy.trim() === '' || input.decidedBy.trim() === disposal.requestedBy.trim()) {
    throw new AssetStateError('approver-is-requester', '审批人不能是申请人 / the approver must be someone other than the requester');
  }
  return {
    ...disposal,
    state: input.approve ? 'approved' : 'rejected',
    decidedBy: input.decidedBy,
    decidedAt: input.decidedAt,
    decisionNote: input.note ?? '',
  };
}

/** The card after an approved disposal: status 已处置 from the decision day. */
export function applyDisposal(asset: Asset, disposal: Disposal): Asset {
  if (disposal.state !== 'approved') return asset;
  return { ...asset, status: 'disposed', statusSince: (disposal.decidedAt ?? '').slice(0, 10) };
}

/** Assets idle longer than the configured period: candidates for sharing or reallocation (调剂). */
import type { AssetConfig } from './config.ts';
import type { Asset } from './types.ts';

export interface IdleAsset {
  readonly asset: Asset;
  readonly idleDays: number;
}

const DAY_MS = 86_400_000;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}

/** Idle assets past the threshold on `asOf` (YYYY-MM-DD), longest idle first. */
export function idleForReallocation(register: readonly Asset[], asOf: string, config: AssetConfig): IdleAsset[] {
  return register
    .filter((a) => a.status === 'idle')
    .map((asset) => ({ asset, idleDays: daysBetween(asset.statusSince, asOf) }))
    .filter((x) => x.idleDays > config.idleDays)
    .sort((a, b) => b.idleDays - a.idleDays || a.asset.assetNumber.localeCompare(b.asset.assetNumber));
}

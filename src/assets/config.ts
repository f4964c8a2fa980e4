/**
 * The asset settings (threshold, idle period, statuses, label sizes) read from data/assets/config.json and
 * checked, so a bad edit fails with the field named instead of skewing results.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError, issuesOf } from '../core/input-error.ts';
import { type Fen, fen } from '../core/money.ts';
import { repoPath } from '../reference/paths.ts';
import { ASSET_STATUSES, type AssetStatus, type DisposalKind } from './types.ts';

const labelSizeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  labelWidthMm: z.number().positive(),
  labelHeightMm: z.number().positive(),
  columns: z.number().int().positive(),
  rows: z.number().int().positive(),
  marginTopMm: z.number().min(0),
  marginLeftMm: z.number().min(0),
  pitchXMm: z.number().positive(),
  pitchYMm: z.number().positive(),
});
export type LabelSize = z.infer<typeof labelSizeSchema>;

const configSchema = z.object({
  version: z.literal(1),
  capitalisation: z.object({
    defaultThresholdFen: z.number().int().nonnegative(),
    source: z.string().min(1),
    classOverrides: z.array(z.object({ classPrefix: z.string().min(1), thresholdFen: z.number().int().nonnegative() })),
    measureUnits: z.array(z.string().min(1)).default([]),
    nominalValueFen: z.number().int().positive().optional(),
  }),
  idle: z.object({ reallocateAfterDays: z.number().int().positive() }),
  statuses: z.array(
    z.object({
      code: z.enum(ASSET_STATUSES as [AssetStatus, ...AssetStatus[]]),
      label: z.string().min(1),
      active: z.boolean(),
      inUse: z.boolean(),
    }),
  ),
  disposalKinds: z.array(z.object({ code: z.enum(['scrap', 'transfer', 'sale']), label: z.string().min(1) })),
  labelSizes: z.array(labelSizeSchema).min(1),
  defaultLabelSize: z.string(),
});

export interface AssetConfig {
  readonly thresholdFen: Fen;
  readonly thresholdSource: string;
  /** Longest prefix wins. */
  readonly classOverrides: readonly { readonly classPrefix: string; readonly thresholdFen: Fen }[];
  /** Units that measure one asset (平方米, 米, 吨 …) rather than count like items: no per-unit division. */
  readonly measureUnits?: ReadonlySet<string>;
  /** 名义金额 (1元): a card whose whole 原值 is this was entered at a nominal value, not below the value standard. */
  readonly nominalValueFen?: Fen;
  readonly idleDays: number;
  readonly statusLabel: Readonly<Record<AssetStatus, string>>;
  readonly activeStatuses: ReadonlySet<AssetStatus>;
  readonly inUseStatuses: ReadonlySet<AssetStatus>;
  readonly disposalLabel: Readonly<Record<DisposalKind, string>>;
  readonly labelSizes: readonly LabelSize[];
  readonly defaultLabelSize: string;
}

/** Parse a config object (the shipped file's shape). Throws InputError naming bad fields. */
export function parseAssetConfig(input: unknown, source = 'data/assets/config.json'): AssetConfig {
  const r = configSchema.safeParse(input);
  if (!r.success) throw new InputError(`${source}：资产配置有误 / invalid asset config`, issuesOf(r.error));
  const c = r.data;
  const statusLabel = Object.fromEntries(c.statuses.map((s) => [s.code, s.label])) as Record<AssetStatus, string>;
  const missing = ASSET_STATUSES.filter((s) => !(s in statusLabel));
  if (missing.length > 0) {
    throw new InputError(`${source}：缺少状态 ${missing.join(', ')} / statuses missing`);
  }
  if (!c.labelSizes.some((s) => s.id === c.defaultLabelSize)) {
    throw new InputError(`${source}：默认标签规格“${c.defaultLabelSize}”不存在 / defaultLabelSize is not a listed size`);
  }
  return {
    thresholdFen: fen(c.capitalisation.defaultThresholdFen),
    thresholdSource: c.capitalisation.source,
    classOverrides: c.capitalisation.classOverrides.map((o) => ({ classPrefix: o.classPrefix, thresholdFen: fen(o.thresholdFen) })),
    measureUnits: new Set(c.capitalisation.measureUnits.map((u) => u.normalize('NFKC').trim())),
    ...(c.capitalisation.nominalValueFen !== undefined ? { nominalValueFen: fen(c.capitalisation.nominalValueFen) } : {}),
    idleDays: c.idle.reallocateAfterDays,
    statusLabel,
    activeStatuses: new Set(c.statuses.filter((s) => s.active).map((s) => s.code)),
    inUseStatuses: new Set(c.statuses.filter((s) => s.inUse).map((s) => s.code)),
    disposalLabel: Object.fromEntries(c.disposalKinds.map((k) => [k.code, k.label])) as Record<DisposalKind, string>,
    labelSizes: c.labelSizes,
    defaultLabelSize: c.defaultLabelSize,
  };
}

let shipped: AssetConfig | undefined;

/** The shipped configuration (read once). */
export function loadAssetConfig(): AssetConfig {
  shipped ??= parseAssetConfig(JSON.parse(readFileSync(repoPath('data/assets/config.json'), 'utf8')));
  return shipped;
}

/** The capitalisation threshold for a class: the longest matching override, else the default. */
export function thresholdFor(config: AssetConfig, classCode: string): Fen {
  let best: { classPrefix: string; thresholdFen: Fen } | undefined;
  for (const o of config.classOverrides) {
    if (classCode.startsWith(o.classPrefix) && (!best || o.classPrefix.length > best.classPrefix.length)) best = o;
  }
  return best?.thresholdFen ?? config.thresholdFen;
}

/** A status from its code or its Chinese label (在用 → in-use); undefined when neither. */
export function parseStatus(config: AssetConfig, text: string): AssetStatus | undefined {
  const t = text.trim();
  if ((ASSET_STATUSES as readonly string[]).includes(t)) return t as AssetStatus;
  return ASSET_STATUSES.find((s) => config.statusLabel[s] === t);
}

export function labelSizeById(config: AssetConfig, id: string | undefined): LabelSize {
  const size = config.labelSizes.find((s) => s.id === (id ?? config.defaultLabelSize));
  if (!size) {
    throw new InputError(
      `未知标签规格“${id}”，可用：${config.labelSizes.map((s) => s.id).join('、')} / unknown label size`,
    );
  }
  return size;
}

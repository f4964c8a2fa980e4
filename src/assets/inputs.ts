/**
 * Untrusted input for the asset actions (HTTP bodies, CLI options), checked with zod in one place so the API
 * and the CLI accept exactly the same things. Conditions and kinds may be given as codes or Chinese labels.
 */
import { z } from 'zod';
import { InputError, issuesOf } from '../core/input-error.ts';
import { type AssetConfig, parseStatus } from './config.ts';
import { normaliseHeader, STATUS_ALIASES } from './ledger-columns.ts';
import type { AssetStatus, DisposalKind, StocktakeScope } from './types.ts';

const text = (max: number) => z.string().trim().max(max);

export const confirmationSchema = z.object({
  assetNumber: text(64).min(1, '请填写资产编号 / assetNumber is required'),
  seenLocation: text(200).default(''),
  /** Omitted or empty: not stated — the card's condition stands. */
  condition: text(20).optional(),
  labelCode: text(64).optional(),
  name: text(200).optional(),
  note: text(500).optional(),
  /** Ignored when the caller is signed in: the user is the counter. */
  confirmedBy: text(64).optional(),
});

/**
 * A class prefix of a stocktake's scope: of a GB/T 14885-2022 code (A02, A0201…) or, for cards imported with the
 * 2010 edition's 7-digit codes (kept as they are until reclassified), of such a code (2, 201…).
 */
export const CLASS_PREFIX = /^(A\d{2,8}|[1-6]\d{0,6})$/;
const CLASS_PREFIX_MESSAGE = '分类代码前缀应为 GB/T 14885-2022 代码（如 A02、A0201）或 2010 版7位代码的前几位（如 201） / classPrefixes must start a GB/T 14885 code';

export const openStocktakeSchema = z.object({
  fiscalYear: z.number().int().min(2000).max(2100),
  title: text(200).optional(),
  openedBy: text(64).optional(),
  scope: z
    .object({ locations: z.array(text(200)).optional(), classPrefixes: z.array(text(9).regex(CLASS_PREFIX, CLASS_PREFIX_MESSAGE)).optional() })
    .strict()
    .default({}),
});

export const closeStocktakeSchema = z.object({
  closedBy: text(64).optional(),
  approvedBy: text(64).optional(),
});

export const disposalRequestSchema = z.object({
  assetNumber: text(64).min(1),
  kind: text(10),
  reason: text(1000).min(2, '请填写处置理由 / reason is required'),
  requestedBy: text(64).optional(),
});

export const disposalDecisionSchema = z.object({
  approve: z.boolean(),
  decidedBy: text(64).optional(),
  note: text(1000).optional(),
});

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw new InputError(`${what}有误 / invalid ${what}`, issuesOf(r.error));
  return r.data;
}

/**
 * Who acts: the signed-in user when there is one (the HTTP API), else the name given (the local CLI). A
 * person is required either way: every step of a stocktake and a disposal is signed.
 */
export function actingPerson(signedIn: string | undefined, given: string | undefined, field: string): string {
  const who = (signedIn ?? given ?? '').trim();
  if (who === '') throw new InputError(`请填写${PERSON_LABEL[field] ?? '经办人'} / ${field} is required`, [{ path: field, message: '缺少必填字段 / required' }]);
  return who;
}

const PERSON_LABEL: Record<string, string> = {
  openedBy: '盘点发起人',
  confirmedBy: '盘点人',
  closedBy: '结束人',
  approvedBy: '审批人',
  requestedBy: '申请人',
  decidedBy: '审批人',
};

export function parseCondition(config: AssetConfig, text: string): Exclude<AssetStatus, 'disposed'> {
  // A counter may use the word of the unit's own asset system (待处置, 出借, 不需用 …).
  const s = parseStatus(config, text) ?? STATUS_ALIASES.get(normaliseHeader(text));
  if (s === undefined || s === 'disposed') {
    const allowed = Object.entries(config.statusLabel)
      .filter(([code]) => code !== 'disposed')
      .map(([, label]) => label)
      .join('、');
    throw new InputError(`使用状况应为 ${allowed} 之一 / unknown condition`, [{ path: 'condition', message: text }]);
  }
  return s;
}

export function parseDisposalKind(config: AssetConfig, text: string): DisposalKind {
  const entry = Object.entries(config.disposalLabel).find(([code, label]) => code === text || label === text);
  if (!entry) {
    throw new InputError(`处置方式应为 ${Object.values(config.disposalLabel).join('、')} 之一 / unknown disposal kind`, [
      { path: 'kind', message: text },
    ]);
  }
  return entry[0] as DisposalKind;
}

export function scopeOf(input: { locations?: string[]; classPrefixes?: string[] }): StocktakeScope {
  return {
    ...(input.locations && input.locations.length > 0 ? { locations: input.locations } : {}),
    ...(input.classPrefixes && input.classPrefixes.length > 0 ? { classPrefixes: input.classPrefixes } : {}),
  };
}

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / date must be YYYY-MM-DD');

/** One new card over the API: money as an integer number of 分, as everywhere in Jixiao's JSON. */
export const newAssetSchema = z
  .object({
    assetNumber: text(64).min(1, '请填写资产编号 / assetNumber is required'),
    name: text(200).min(1, '请填写资产名称 / name is required'),
    classCode: text(9).regex(/^A\d{8}$/, '分类代码应为 GB/T 14885-2022 的9位代码 / classCode must be a 9-character code'),
    specification: text(200).default(''),
    quantity: z.number().int().positive().default(1),
    originalValue: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    acquiredOn: dateText,
    fundingSource: text(100).default(''),
    location: text(200).default(''),
    custodian: text(64).default(''),
    departmentUnit: text(100).default(''),
    status: text(20).default('在用'),
    statusSince: dateText.optional(),
    labelCode: text(64).default(''),
  })
  .strict();

/** The fields of a card that may change in place; status 已处置 only through an approved disposal. */
export const assetPatchSchema = z
  .object({
    name: text(200).min(1).optional(),
    specification: text(200).optional(),
    fundingSource: text(100).optional(),
    location: text(200).optional(),
    custodian: text(64).optional(),
    departmentUnit: text(100).optional(),
    status: text(20).optional(),
    labelCode: text(64).optional(),
  })
  .strict();

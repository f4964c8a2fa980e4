/**
 * Shared by the tests of the blind register exports (src/assets/register-exports-blind*.test.ts): reading an export
 * file the way the CLI does, the three sums a register's 合计 row states, the status word as the file wrote it, the
 * card numbers a next export's plan changes beside those its truth.json lists, and the checks every pair makes of a
 * file's cards, a re-import and a next export's plan.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { repoPath } from '../../reference/paths.ts';
import { readTableRows } from '../../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from '../index.ts';
import { STATED_QUANTITY, STATED_STATUS } from '../ledger-import.ts';
import { RULE_UNKNOWN_STATUS } from '../register-checks.ts';
import type { RegisterImportPlan } from '../register-update.ts';
import { importRegisterSheets, type RegisterImportOptions, type RegisterImportOutcome, registerSheetsOf } from '../service.ts';
import type { AssetStore, AssetTenant } from '../store-port.ts';
import type { Asset, AssetStatus } from '../types.ts';

/** The sheets of an export in a repository folder, read through the path the CLI takes (every sheet of the file). */
export const sheetsIn = (dir: string) => async (name: string) => registerSheetsOf(await readTableRows(readFileSync(repoPath(`${dir}/${name}`)), name));

/** 原值, 累计折旧 and 净值 of the cards, in 分. */
export const registerSums = (cards: readonly Asset[]): number[] => [
  cards.reduce((s, a) => s + a.originalValue, 0),
  cards.reduce((s, a) => s + (a.accumulatedDepreciation ?? 0), 0),
  cards.reduce((s, a) => s + (a.netValue ?? 0), 0),
];

/** A column the card keeps under the export's own header (extra), '' when it has none. */
export const keptColumn = (a: Asset | undefined, header: string): string => a?.extra?.[header] ?? '';

/** 数量 as a figure: a whole count is the card's quantity; an area (3280.40) is one card keeping its figure. */
export const quantityAsWritten = (a: Asset | undefined): number | undefined =>
  a?.extra?.[STATED_QUANTITY] !== undefined ? Number(a.extra[STATED_QUANTITY]) : a?.quantity;

/** The status word as the export wrote it: Jixiao's label, or the other system's word kept beside it. */
export const statusWordOf = (config: ReturnType<typeof loadAssetConfig>) => (a: Asset) => a.extra?.[STATED_STATUS] ?? config.statusLabel[a.status];

/** The card numbers a next export's plan updates, adds and lists as absent (disposed or not), each sorted. */
export const planNumbers = (plan: RegisterImportPlan) => ({
  updated: plan.updated.map((x) => x.assetNumber).sort(),
  added: plan.added.map((a) => a.assetNumber).sort(),
  absent: [...plan.absent, ...plan.disposedAbsent].map((a) => a.assetNumber).sort(),
});

/** The same three lists as a truth.json update names them: its changed, new and gone cards. */
export const truthNumbers = (u: {
  readonly changed: readonly { readonly number: string }[];
  readonly new: readonly string[];
  readonly gone: readonly { readonly number: string }[];
}) => ({
  updated: u.changed.map((c) => c.number).sort(),
  added: [...u.new].sort(),
  absent: u.gone.map((g) => g.number).sort(),
});

/** One next export in a pair's truth.json: the files, the counts a correct import plans, and each card's change. */
export interface UpdateTruth {
  readonly from: string;
  readonly to: string;
  readonly expected: { readonly updated: number; readonly new: number; readonly absent: number; readonly unchanged?: number };
  readonly changed: readonly { readonly number: string; readonly changed: Readonly<Record<string, unknown>> }[];
  readonly new: readonly string[];
  /** The cards no longer exported, with their status in the earlier file when the writer recorded it. */
  readonly gone: readonly { readonly number: string; readonly status?: string }[];
}

/** A pair's truth.json (pairs 8 on): each file's cards as the pair's own test types them, and the next exports. */
export interface RegisterTruth<FileTruth> {
  readonly files: Readonly<Record<string, FileTruth>>;
  readonly updates: readonly UpdateTruth[];
}

/** The truth.json of a pair in a repository folder. */
export const readRegisterTruth = <FileTruth>(dir: string): RegisterTruth<FileTruth> =>
  JSON.parse(readFileSync(repoPath(`${dir}/truth.json`), 'utf8')) as RegisterTruth<FileTruth>;

/**
 * A next export's plan updates, adds and lists as absent exactly the cards a truth.json update names as changed, new
 * and gone, as many as its expected counts.
 */
export function expectPlanNumbersAsTruth(plan: RegisterImportPlan, u: UpdateTruth): void {
  const got = planNumbers(plan);
  expect(got).toEqual(truthNumbers(u));
  expect([got.updated.length, got.added.length, got.absent.length]).toEqual([u.expected.updated, u.expected.new, u.expected.absent]);
}

/** What every pair's truth.json states of one file: its card count and the three sums, in 分. */
export interface FileCountAndSums {
  readonly cardCount: number;
  readonly sums: { readonly originalValueFen: number; readonly accumulatedDepreciationFen: number; readonly netValueFen: number };
}

/** The cards read from a file are as many as truth.json counts, and their 原值, 累计折旧 and 净值 sum to its sums. */
export function expectCountAndSums(assets: readonly Asset[], t: FileCountAndSums): void {
  expect(assets).toHaveLength(t.cardCount);
  expect(registerSums(assets)).toEqual([t.sums.originalValueFen, t.sums.accumulatedDepreciationFen, t.sums.netValueFen]);
}

/**
 * Every card truth.json lists is read, and its view (the pair's own choice of columns) equals truth.json's; `more` adds
 * a pair's own checks of each card after those two.
 */
export function expectCardsAsTruth<Card extends { readonly number: string }>(
  assets: readonly Asset[],
  cards: readonly Card[],
  cardView: (a: Asset | undefined) => unknown,
  truthView: (c: Card) => unknown,
  more?: (c: Card, a: Asset | undefined) => void,
): void {
  const byNumber = new Map(assets.map((a) => [a.assetNumber, a]));
  for (const c of cards) {
    const a = byNumber.get(c.number);
    expect(a, c.number).toBeDefined();
    expect(cardView(a), c.number).toEqual(truthView(c));
    more?.(c, a);
  }
}

/** Importing the same file again plans nothing: no card added, updated or absent, every card unchanged (`also`: more of the plan). */
export async function expectReimportChangesNothing(
  again: Promise<{ readonly plan?: RegisterImportPlan }>,
  cardCount: number,
  also: Partial<RegisterImportPlan> = {},
): Promise<void> {
  expect((await again).plan).toMatchObject({ added: [], updated: [], unchanged: cardCount, absent: [], ...also });
}

/**
 * Each changed card of a truth.json update changes in the plan in exactly the fields truth.json names: `planFields`
 * maps a truth.json field to the plan fields it shows in (a field not in it shows under its own name).
 */
export function expectPlanChangesOnly(
  plan: RegisterImportPlan,
  changed: UpdateTruth['changed'],
  planFields: Readonly<Record<string, readonly string[]>>,
): void {
  for (const c of changed) {
    const x = plan.updated.find((y) => y.assetNumber === c.number)!;
    const allowed = new Set(Object.keys(c.changed).flatMap((k) => planFields[k] ?? [k]));
    const fields = x.changes.map((y) => y.field);
    expect(fields.filter((f) => !allowed.has(f)), c.number).toEqual([]);
    for (const k of Object.keys(c.changed)) expect(fields.some((f) => (planFields[k] ?? [k]).includes(f)), `${c.number} ${k}`).toBe(true);
  }
}

/** The cards held after the update, disposed ones included (`held`), and those of them the next export lists (`inNext`). */
export async function heldAfterUpdate(store: AssetStore, tenant: AssetTenant, next: readonly Asset[]): Promise<{ held: Asset[]; inNext: Asset[] }> {
  const held = await store.listAssets(tenant, { includeDisposed: true });
  const numbers = new Set(next.map((a) => a.assetNumber));
  return { held, inNext: held.filter((a) => numbers.has(a.assetNumber)) };
}

/** The cards' 数量 sum to truth.json's quantitySum and, where it states an areaSum, their kept 面积(㎡) to it (to the 0.01 ㎡). */
export function expectQuantityAndAreaSums(assets: readonly Asset[], t: { readonly quantitySum: number; readonly areaSum?: string }): void {
  expect(assets.reduce((s, a) => s + a.quantity, 0)).toBe(t.quantitySum);
  if (t.areaSum !== undefined) {
    const area = assets.reduce((s, a) => s + Math.round(Number(keptColumn(a, '面积(㎡)') || 0) * 100), 0);
    expect(area).toBe(Math.round(Number(t.areaSum) * 100));
  }
}

/** A pair's fixed parts: its truth.json, the asset config, its files' sheets as the CLI reads them, and the status word as written. */
export function blindPair<FileTruth>(dir: string) {
  const config = loadAssetConfig();
  return { truth: readRegisterTruth<FileTruth>(dir), config, sheetsOf: sheetsIn(dir), statusWord: statusWordOf(config) };
}

/** What every pair's truth.json states of a card, whatever else its own test types. */
export interface CardTruthBase {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly status: string;
  readonly note: string;
}

/**
 * A card as truth.json states it where the export has 规格型号, 计量单位, 使用部门, 使用人 and 存放地点 columns for every
 * card.
 */
export interface RegisterCardTruth extends CardTruthBase {
  readonly spec: string;
  readonly unit: string;
  readonly department: string;
  readonly user: string;
  readonly location: string;
}

/** The columns such pairs' card views share (see registerTruthView): name, class code, 规格, 单位, the three sums, 部门, 使用人, 存放地点, status and 备注. */
export const registerCardView = (a: Asset | undefined, statusWord: (a: Asset) => string) => ({
  name: a?.name,
  code: a?.classCode,
  spec: a?.specification,
  unit: a?.unit,
  fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
  dept: a?.departmentUnit,
  user: a?.custodian,
  location: a?.location,
  status: a ? statusWord(a) : undefined,
  mapped: a?.status,
  note: keptColumn(a, '备注'),
});

/** The same columns as truth.json states them, the status word mapped by the pair's reading of its words. */
export const registerTruthView = (c: RegisterCardTruth, statusOf: Readonly<Record<string, AssetStatus>>) => ({
  name: c.name,
  code: c.classCode,
  spec: c.spec,
  unit: c.unit,
  fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
  dept: c.department,
  user: c.user,
  location: c.location,
  status: c.status,
  mapped: statusOf[c.status],
  note: c.note,
});

/** Where the truth.json changes most pairs name show in the update plan: the card's field, or the column kept by its header. */
export const COMMON_PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', `extra:${STATED_STATUS}`, 'statusSince'],
  department: ['departmentUnit'],
  user: ['custodian'],
  location: ['location'],
  note: ['extra:备注'],
  originalValueFen: ['originalValue'],
  accumulatedDepreciationFen: ['accumulatedDepreciation'],
  netValueFen: ['netValue'],
};

/** How a pair's test checks its next export: the cards of a file as truth.json says, and where a change shows in the plan. */
export interface NextExportChecks {
  readonly store: AssetStore;
  readonly tenant: AssetTenant;
  readonly expectFile: (file: string, assets: readonly Asset[]) => void;
  readonly planFields: Readonly<Record<string, readonly string[]>>;
  /**
   * The status a gone card's word in the earlier file maps to, where truth.json records it: then the gone cards are
   * listed as missing with that status (none as disposed) and are still held with it after the update.
   */
  readonly goneStatusOf?: (word: string) => AssetStatus;
}

/**
 * A next export imports without errors, with its cards as truth.json says; its plan updates, adds and lists as absent
 * the cards truth.json names, each changed card in exactly the named fields; held after the update, its cards are
 * still as truth.json says (and, with `goneStatusOf`, the gone cards keep their status).
 */
export async function expectNextExportAsTruth(next: Promise<RegisterImportOutcome>, u: UpdateTruth, checks: NextExportChecks): Promise<void> {
  const { store, tenant, expectFile, planFields, goneStatusOf } = checks;
  const later = await next;
  expect(later.errors).toEqual([]);
  expectFile(u.to, later.assets);
  const plan = later.plan!;
  expectPlanNumbersAsTruth(plan, u);
  if (goneStatusOf !== undefined) {
    expect(plan.disposedAbsent).toEqual([]);
    expect(plan.absent.map((g) => g.status)).toEqual(u.gone.map((g) => goneStatusOf(g.status!)));
  }
  expectPlanChangesOnly(plan, u.changed, planFields);
  const { held, inNext } = await heldAfterUpdate(store, tenant, later.assets);
  expectFile(u.to, inNext);
  if (goneStatusOf !== undefined) {
    for (const g of u.gone) expect(held.find((a) => a.assetNumber === g.number)?.status, g.number).toBe(goneStatusOf(g.status!));
  }
}

/** The status words most pairs write, as every pair's own reading has them (a pair's map adds its own words). */
export const COMMON_STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  在用: 'in-use',
  出借: 'in-use',
  闲置: 'idle',
  待处置: 'pending-scrap',
};

/** A pair's earlier export imported into a fresh store: the context, the tenant, the outcome, its truth.json file and a way to import another of the pair's files. */
export interface FirstContact<FileTruth> {
  readonly ctx: { readonly store: AssetStore; readonly config: ReturnType<typeof loadAssetConfig>; readonly now: () => Date };
  readonly tenant: AssetTenant;
  readonly first: RegisterImportOutcome;
  readonly t0: FileTruth;
  readonly importFile: (file: string, options?: RegisterImportOptions) => Promise<RegisterImportOutcome>;
}

/**
 * Imports an update's earlier export unedited into a fresh store for `tenant` at `now`: no errors, no unknown status
 * word, as many rows as truth.json counts cards.
 */
export async function importFirstExport<FileTruth extends FileCountAndSums>(
  pair: ReturnType<typeof blindPair<FileTruth>>,
  u: UpdateTruth,
  tenant: AssetTenant,
  now: string,
): Promise<FirstContact<FileTruth>> {
  const ctx = { store: memoryAssetStore(), config: pair.config, now: () => new Date(now) };
  const importFile = async (file: string, options?: RegisterImportOptions) => importRegisterSheets(ctx, tenant, await pair.sheetsOf(file), options);
  const first = await importFile(u.from);
  expect(first.errors).toEqual([]);
  expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
  const t0 = pair.truth.files[u.from]!;
  expect(first.rowCount).toBe(t0.cardCount);
  return { ctx, tenant, first, t0, importFile };
}

/** Re-importing the earlier export changes nothing; the next export is then as truth.json says (expectNextExportAsTruth). */
export async function expectReimportThenNextAsTruth(
  c: Pick<FirstContact<FileCountAndSums>, 'ctx' | 'tenant' | 't0' | 'importFile'>,
  u: UpdateTruth,
  checks: Omit<NextExportChecks, 'store' | 'tenant'>,
): Promise<void> {
  await expectReimportChangesNothing(c.importFile(u.from), c.t0.cardCount);
  await expectNextExportAsTruth(c.importFile(u.to), u, { store: c.ctx.store, tenant: c.tenant, ...checks });
}

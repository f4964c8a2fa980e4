/**
 * The asset use cases shared by the HTTP routes and the CLI: load what a rule needs from the store, apply the
 * pure rule, save the result. Times come in as `now` so tests control them.
 */
import { randomBytes } from 'node:crypto';
import type { CodeTable } from '../core/codes.ts';
import type { Finding } from '../core/finding.ts';
import { InputError } from '../core/input-error.ts';
import { fen } from '../core/money.ts';
import { loadCodeTable } from '../reference/code-tables.ts';
import { type AssetConfig, labelSizeById, parseStatus } from './config.ts';
import { labelSheetPdf } from './labels/label-pdf.ts';
import { applyDisposal, decideDisposal, requestDisposal } from './disposal.ts';
import { AssetStateError, cardVersionConflict } from './errors.ts';
import { type IdleAsset, idleForReallocation } from './idle.ts';
import { type AssetIndicators, assetIndicators } from './indicators.ts';
import {
  actingPerson,
  closeStocktakeSchema,
  confirmationSchema,
  disposalDecisionSchema,
  disposalRequestSchema,
  newAssetSchema,
  assetPatchSchema,
  openStocktakeSchema,
  parseCondition,
  parseDisposalKind,
  parseInput,
  scopeOf,
} from './inputs.ts';
import { type ImportError, type ImportResult, importLedger } from './ledger-import.ts';
import { type AssetField, LEDGER_COLUMNS } from './ledger-columns.ts';
import { absentCards, planRegisterUpdate, type RegisterImportPlan } from './register-update.ts';
import { describeSkipped } from '../reference/row-kinds.ts';
import type { TableFile } from '../reference/table-file.ts';
import { belowThresholdFinding, checkRegister } from './register-checks.ts';
import { bookStatusText, closeStocktake, combineObservations, conditionDiffers, openStocktake, similarNumbers, stocktakeProgress, type StocktakeProgress, toExpected } from './stocktake.ts';
import type { AssetStore, AssetTenant, CardWriteOptions, StocktakeSummary } from './store-port.ts';
import { type Asset, type Confirmation, type Disposal, type Stocktake, UNMAPPED_STATUS } from './types.ts';

export interface AssetContext {
  readonly store: AssetStore;
  readonly config: AssetConfig;
  /** Injected clock; default the real one. */
  readonly now?: () => Date;
}

const nowOf = (ctx: AssetContext) => (ctx.now ?? (() => new Date()))();

/** GB/T 14885-2022 (the asset-class table picked for the year). */
export function assetClasses(year: number): CodeTable {
  const table = loadCodeTable('asset-class', year);
  if (!table) throw new InputError('缺少资产分类代码表 / the asset class table is missing');
  return table;
}

/** Short ids that read well on a phone and in a URL: PD2026-7K3M9Q. */
export function newId(prefix: string, year: number): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  let tail = '';
  for (const b of bytes) tail += alphabet[b % alphabet.length];
  return `${prefix}${year}-${tail}`;
}

export interface RegisterImportOptions {
  /** Plan only: report what would be added, updated and found missing, write nothing. */
  readonly preview?: boolean;
  /** Who imports: the updated cards' history is written with the import, in its transaction. */
  readonly history?: CardWriteOptions['history'];
}

export type RegisterImportOutcome = ImportResult & {
  /** Cards added plus cards updated (0 for a preview or a file with errors). */
  readonly written: number;
  readonly preview: boolean;
  readonly plan?: RegisterImportPlan;
  /** 「跳过 n 行：…」 and the sheets left alone (no asset-number header), or ''. */
  readonly skippedNote: string;
  /**
   * Sheets of the workbook not read as part of the register (a cover, 填表说明, a 汇总): no asset-number header, or —
   * when another sheet has a whole register header — a header lacking a required column (a 标签 list of numbers and names).
   */
  readonly ignoredSheets?: readonly string[];
  /** The one sheet read, when the workbook has several (the register need not be the first). */
  readonly sheetRead?: string;
};

/**
 * Parse and, only when every row is good, apply the register in one transaction: new cards added, changed
 * cards updated, cards missing from the file listed (never deleted). With `preview` nothing is written.
 */
export async function importLedgerRows(
  ctx: AssetContext,
  tenant: AssetTenant,
  rows: readonly (readonly string[])[],
  options: RegisterImportOptions = {},
): Promise<RegisterImportOutcome> {
  return importRegisterSheets(ctx, tenant, [{ sheet: '', rows }], options);
}

/** One sheet of a workbook (a CSV is one sheet without a name). */
export interface RegisterSheet {
  readonly sheet: string;
  readonly rows: readonly (readonly string[])[];
}

/** A table file's sheets, the first one first (from `readTableRows`). */
export function registerSheetsOf(table: TableFile & { readonly all: readonly (readonly string[])[] }): RegisterSheet[] {
  return [
    { sheet: table.sheet ?? '', rows: table.all },
    ...(table.otherSheets ?? []).map((o) => ({ sheet: o.sheet, rows: Array.from({ length: o.rows.count }, (_, i) => [...o.rows.row(i)]) })),
  ];
}

/**
 * A workbook's sheets as one register: asset systems export one sheet per class (土地, 房屋, 车辆, 通用设备 …),
 * each with its own columns. A sheet is read when it has a header with an asset-number column, and left alone
 * (a cover, 填表说明, a 汇总 by class, wherever it stands — first sheet too) otherwise; when no sheet has one, the
 * first sheet's error is the answer. Each sheet updates only the columns it has; a number on two sheets is an error.
 */
export async function importRegisterSheets(
  ctx: AssetContext,
  tenant: AssetTenant,
  sheets: readonly RegisterSheet[],
  options: RegisterImportOptions = {},
): Promise<RegisterImportOutcome> {
  const now = nowOf(ctx);
  const today = now.toISOString().slice(0, 10);
  const classes = assetClasses(now.getUTCFullYear());
  const read = sheets.map((s) => ({ sheet: s.sheet, result: importLedger(s.rows, { config: ctx.config, classes, today }) }));
  // A sheet without an asset-number header is not part of the register — unless no sheet has one. Nor is one whose
  // header lacks a required column (a 标签 list: 资产编号, 资产名称, 存放地点) when another sheet has a whole header.
  const withHeader = read.filter((p) => p.result.headerRow !== undefined);
  const whole = withHeader.filter((p) => p.result.missingColumns === undefined);
  const parts = whole.length > 0 ? whole : withHeader.length > 0 ? withHeader : read.slice(0, 1);
  const combined = combineSheets(parts);
  const columnNames = (fields: readonly AssetField[]) => fields.map((f) => `“${LEDGER_COLUMNS.find((c) => c.field === f)?.header ?? f}”`).join('、');
  // Never silent: a register sheet whose asset-number header went unrecognised would show up here.
  const left = read.filter((p) => !parts.includes(p));
  // A sheet left alone whose header names the asset number AND a class code or an amount (原值, 累计折旧, 净值) is a part
  // of the register that cannot be read (a 设备 sheet beside 土地房屋): its cards would be missing, or listed as gone on
  // an update. An error naming the sheet, the header row and the columns it lacks — nothing is written. A 标签 list
  // (编号, 名称, 地点) stays a sheet left alone with a note.
  const unreadRegisters = left.filter((p) => p.result.headerRow !== undefined && looksLikeRegister(p.result));
  const unreadErrors: ImportError[] = unreadRegisters.flatMap((p) =>
    (p.result.missingColumns ?? []).map((f) => ({
      sheet: p.sheet,
      row: p.result.headerRow!,
      column: '',
      field: f,
      value: '',
      message:
        `该表的表头有${columnNames((p.result.fieldsPresent ?? []).filter((x) => REGISTER_SIGNS.includes(x) || x === 'assetNumber'))}等列，是资产卡片表的一部分，但缺少${columnNames([f])}列，其卡片无法读取；` +
        `全部工作表都未导入。请在该表补上此列（或把列名改为可识别的名称）后重新导入 / the sheet is part of the register but its header lacks a required column: nothing imported`,
    })),
  );
  const withSheets = unreadErrors.length > 0 ? { ...combined, assets: [], findings: [], errors: [...combined.errors, ...unreadErrors] } : combined;
  // In a workbook of several sheets, an error names its sheet even when one sheet was read.
  const result =
    read.length > 1 && parts.length === 1 && withSheets.errors.length > 0
      ? { ...withSheets, errors: withSheets.errors.map((e) => ({ ...e, sheet: e.sheet ?? parts[0]!.sheet })) }
      : withSheets;
  const preview = options.preview === true;
  const ignoredSheets = left.map((p) => p.sheet);
  const noHeader = left.filter((p) => p.result.headerRow === undefined).map((p) => p.sheet);
  const partial = left.filter((p) => p.result.headerRow !== undefined && !unreadRegisters.includes(p));
  const sheetNote = [
    noHeader.length > 0 ? `未读取的工作表（没有“资产编号”列）：${noHeader.join('、')} / sheets left alone (no asset-number column)` : '',
    ...partial.map(
      (p) =>
        `未读取的工作表“${p.sheet}”：第${p.result.headerRow}行的表头缺少${columnNames(p.result.missingColumns ?? [])}列，不是完整的资产卡片表 / sheet left alone (its header lacks required columns)`,
    ),
  ];
  const sheetRead = read.length > 1 && parts.length === 1 ? { sheetRead: parts[0]!.sheet } : {};
  const skippedNote = [describeSkipped(result.skipped ?? {}), ...sheetNote].filter((t) => t !== '').join('\n');
  const sheetsLeft = { ...(ignoredSheets.length > 0 ? { ignoredSheets } : {}), ...sheetRead };
  if (result.errors.length > 0) return { ...result, ...sheetsLeft, written: 0, preview, skippedNote };
  const held = await ctx.store.listAssets(tenant, { includeDisposed: true });
  const plan = planSheets(parts, held, today);
  // Cards unchanged but for a column the register never carried are written with it (not counted as updated).
  const filled = plan.filled ?? [];
  if (!preview && (plan.added.length > 0 || plan.updated.length > 0 || filled.length > 0)) {
    await ctx.store.saveRegisterImport(tenant, plan.added, [...plan.updated.map((u) => u.asset), ...filled], options.history ? { history: options.history } : {});
  }
  return { ...result, ...sheetsLeft, written: preview ? 0 : plan.added.length + plan.updated.length + filled.length, preview, plan, skippedNote };
}

/** Fields only a register's header names beside the asset number (a 标签 list has number, name and place only). */
const REGISTER_SIGNS: readonly AssetField[] = ['classCode', 'originalValue', 'accumulatedDepreciation', 'netValue'];

/** A sheet's header that names the asset number and a class code or an amount: a register sheet, read or not. */
function looksLikeRegister(r: ImportResult): boolean {
  const present = r.fieldsPresent ?? [];
  return present.includes('assetNumber') && present.some((f) => REGISTER_SIGNS.includes(f));
}

/** The sheets' results as one: cards, errors (named by sheet), skipped rows and columns added up. */
function combineSheets(parts: readonly { sheet: string; result: ImportResult }[]): ImportResult {
  if (parts.length === 1) return parts[0]!.result;
  const named = (sheet: string, e: ImportError): ImportError => ({ ...e, sheet });
  const errors = parts.flatMap((p) => p.result.errors.map((e) => named(p.sheet, e)));
  const firstSeen = new Map<string, { sheet: string; row: number }>();
  for (const p of parts) {
    const rowsOf = new Map(p.result.assets.map((a, i) => [a.assetNumber, i]));
    for (const a of p.result.assets) {
      const first = firstSeen.get(a.assetNumber);
      if (first) {
        errors.push({
          sheet: p.sheet,
          row: 0,
          column: '',
          field: 'assetNumber',
          value: a.assetNumber,
          message: `资产编号“${a.assetNumber}”也在工作表“${first.sheet}”中 / the asset number is on two sheets`,
        });
      } else firstSeen.set(a.assetNumber, { sheet: p.sheet, row: rowsOf.get(a.assetNumber) ?? 0 });
    }
  }
  const skipped: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.result.skipped ?? {})) skipped[k] = (skipped[k] ?? 0) + (v ?? 0);
  const union = (pick: (r: ImportResult) => readonly string[] | undefined) => [...new Set(parts.flatMap((p) => pick(p.result) ?? []))];
  const shape = {
    rowCount: parts.reduce((n, p) => n + p.result.rowCount, 0),
    ...(parts[0]!.result.headerRow !== undefined ? { headerRow: parts[0]!.result.headerRow } : {}),
    skipped: skipped as ImportResult['skipped'] & object,
    fieldsPresent: union((r) => r.fieldsPresent) as AssetField[],
    extraColumns: union((r) => r.extraColumns),
    sheets: parts.map((p) => ({ sheet: p.sheet, rowCount: p.result.rowCount })),
  };
  if (errors.length > 0) return { assets: [], errors, findings: [], ...shape };
  return { assets: parts.flatMap((p) => p.result.assets), errors, findings: parts.flatMap((p) => p.result.findings), ...shape };
}

/** Each sheet updates the columns it has; cards on no sheet are the absent ones. */
function planSheets(parts: readonly { sheet: string; result: ImportResult }[], held: readonly Asset[], today: string): RegisterImportPlan {
  if (parts.length === 1) return planRegisterUpdate(parts[0]!.result, held, today);
  const plans = parts.map((p) => planRegisterUpdate(p.result, held, today));
  const inFile = new Set(parts.flatMap((p) => p.result.assets.map((a) => a.assetNumber)));
  return {
    added: plans.flatMap((p) => p.added),
    updated: plans.flatMap((p) => p.updated),
    unchanged: plans.reduce((n, p) => n + p.unchanged, 0),
    ...absentCards(held, inFile),
    ...(plans.some((p) => p.newColumns !== undefined)
      ? { newColumns: [...new Set(plans.flatMap((p) => p.newColumns ?? []))], filled: plans.flatMap((p) => p.filled ?? []) }
      : {}),
  };
}

export async function registerFindings(ctx: AssetContext, tenant: AssetTenant): Promise<Finding[]> {
  const register = await ctx.store.listAssets(tenant);
  return checkRegister(register, ctx.config, assetClasses(nowOf(ctx).getUTCFullYear()));
}

/**
 * The use cases below take `as`: the signed-in user (HTTP), which overrides any name in the body; the CLI
 * passes none and the names come from its options.
 */
export async function openStocktakeFor(ctx: AssetContext, tenant: AssetTenant, body: unknown, as?: string): Promise<Stocktake> {
  const input = parseInput(openStocktakeSchema, body, '盘点参数');
  const openedBy = actingPerson(as, input.openedBy, 'openedBy');
  const register = await ctx.store.listAssets(tenant);
  const stocktake = openStocktake(
    register,
    {
      id: newId('PD', input.fiscalYear),
      fiscalYear: input.fiscalYear,
      title: input.title,
      scope: scopeOf(input.scope),
      openedBy,
      openedAt: nowOf(ctx).toISOString(),
    },
    ctx.config,
  );
  if (stocktake.expected.length === 0) {
    throw new AssetStateError('empty-scope', '盘点范围内没有在账资产 / no active assets in this scope');
  }
  await ctx.store.createStocktake(tenant, stocktake);
  return stocktake;
}

export interface ConfirmResult {
  /**
   * expected: on the list; out-of-scope: booked but outside the scope; surplus: not on the books, described
   * (盘盈); unknown-number: not on the books and not described — listed for review (a typo?).
   */
  readonly status: 'expected' | 'out-of-scope' | 'surplus' | 'unknown-number';
  readonly name: string;
  /** For an unknown number: numbers on the list it may be a typo of. */
  readonly didYouMean?: readonly string[];
  readonly message: string;
  readonly confirmedCount: number;
  readonly expectedCount: number;
}

export async function confirmAsset(
  ctx: AssetContext,
  tenant: AssetTenant,
  stocktakeId: string,
  body: unknown,
  as?: string,
): Promise<ConfirmResult> {
  const input = parseInput(confirmationSchema, body, '盘点确认');
  const confirmedBy = actingPerson(as, input.confirmedBy, 'confirmedBy');
  const condition = input.condition ? parseCondition(ctx.config, input.condition) : undefined;
  const confirmation: Confirmation = {
    assetNumber: input.assetNumber,
    seenLocation: input.seenLocation,
    ...(condition !== undefined ? { condition } : {}),
    ...(input.labelCode ? { labelCode: input.labelCode } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(input.note ? { note: input.note } : {}),
    confirmedBy,
    confirmedAt: nowOf(ctx).toISOString(),
  };
  // A handful of small queries, not the whole stocktake: this runs once per scan.
  const expected = await ctx.store.addConfirmation(tenant, stocktakeId, confirmation);
  const summary = await ctx.store.summariseStocktake(tenant, stocktakeId);
  const counts = { confirmedCount: summary?.confirmedCount ?? 0, expectedCount: summary?.expectedCount ?? 0 };
  if (expected) {
    const notes: string[] = [];
    if (input.seenLocation && input.seenLocation !== expected.location) notes.push(`账面地点“${expected.location}”`);
    if (conditionDiffers(expected, condition)) notes.push(`账面状况${bookStatusText(ctx.config.statusLabel, expected.status, expected.unmappedStatus)}`);
    return {
      status: 'expected',
      name: expected.name,
      message: notes.length > 0 ? `已确认（与账面不同：${notes.join('，')}）` : '已确认',
      ...counts,
    };
  }
  const booked = await ctx.store.getAsset(tenant, input.assetNumber);
  if (booked) {
    return { status: 'out-of-scope', name: booked.name, message: '已记录：在账但不在本次盘点范围内', ...counts };
  }
  if (input.name) return { status: 'surplus', name: input.name, message: '已记录：账外资产（盘盈）', ...counts };
  // Without a description an unknown number is more often a typo than an unbooked asset: listed for review.
  const st = await ctx.store.getStocktake(tenant, stocktakeId);
  const near = st ? similarNumbers(input.assetNumber, st.expected.map((e) => e.assetNumber)) : [];
  return {
    status: 'unknown-number',
    name: '',
    message: `已记录待核：编号不在清单和资产账上${near.length > 0 ? `，是否为 ${near.join('、')}？` : ''}；确为账外资产请补填名称再次确认`,
    ...(near.length > 0 ? { didYouMean: near } : {}),
    ...counts,
  };
}

export async function closeStocktakeFor(
  ctx: AssetContext,
  tenant: AssetTenant,
  stocktakeId: string,
  body: unknown,
  as?: string,
): Promise<Stocktake> {
  const input = parseInput(closeStocktakeSchema, body, '结束盘点参数');
  // Signed in, the caller is the approver who closes; from the CLI both names are given.
  const approvedBy = actingPerson(as, input.approvedBy, 'approvedBy');
  const closedBy = actingPerson(as, input.closedBy ?? input.approvedBy, 'closedBy');
  const stocktake = await ctx.store.getStocktake(tenant, stocktakeId);
  if (!stocktake) throw new AssetStateError('not-found', `盘点 ${stocktakeId} 不存在 / stocktake not found`);
  const register = await ctx.store.listAssets(tenant);
  const byNumber = new Map(register.map((a) => [a.assetNumber, a]));
  const closed = closeStocktake(
    stocktake,
    { closedBy, approvedBy, closedAt: nowOf(ctx).toISOString() },
    (n) => {
      const a = byNumber.get(n);
      return a ? toExpected(a) : undefined;
    },
  );
  await ctx.store.saveClosedStocktake(tenant, closed);
  return closed;
}

export async function indicatorsFor(ctx: AssetContext, tenant: AssetTenant, year: number): Promise<AssetIndicators> {
  const register = await ctx.store.listAssets(tenant, { includeDisposed: true });
  const summaries = await ctx.store.listStocktakes(tenant, year);
  const closed: Stocktake[] = [];
  for (const s of summaries.filter((x) => x.state === 'closed')) {
    const full = await ctx.store.getStocktake(tenant, s.id);
    if (full) closed.push(full);
  }
  return assetIndicators(register, closed, year, {
    inUseStatuses: ctx.config.inUseStatuses,
    activeStatuses: ctx.config.activeStatuses,
  });
}

export async function idleFor(ctx: AssetContext, tenant: AssetTenant, asOf?: string): Promise<IdleAsset[]> {
  const register = await ctx.store.listAssets(tenant);
  return idleForReallocation(register, asOf ?? nowOf(ctx).toISOString().slice(0, 10), ctx.config);
}

export async function requestDisposalFor(ctx: AssetContext, tenant: AssetTenant, body: unknown, as?: string): Promise<Disposal> {
  const input = parseInput(disposalRequestSchema, body, '处置申请');
  const requestedBy = actingPerson(as, input.requestedBy, 'requestedBy');
  const kind = parseDisposalKind(ctx.config, input.kind);
  const now = nowOf(ctx);
  const disposal = requestDisposal(
    await ctx.store.getAsset(tenant, input.assetNumber),
    await ctx.store.listDisposals(tenant, { state: 'pending' }),
    {
      assetNumber: input.assetNumber,
      kind,
      reason: input.reason,
      requestedBy,
      id: newId('CZ', now.getUTCFullYear()),
      requestedAt: now.toISOString(),
    },
  );
  await ctx.store.createDisposal(tenant, disposal);
  return disposal;
}

export async function decideDisposalFor(
  ctx: AssetContext,
  tenant: AssetTenant,
  disposalId: string,
  body: unknown,
  as?: string,
): Promise<Disposal> {
  const input = parseInput(disposalDecisionSchema, body, '处置审批');
  const decidedBy = actingPerson(as, input.decidedBy, 'decidedBy');
  const disposal = await ctx.store.getDisposal(tenant, disposalId);
  if (!disposal) throw new AssetStateError('not-found', `处置申请 ${disposalId} 不存在 / disposal not found`);
  const decided = decideDisposal(disposal, {
    approve: input.approve,
    decidedBy,
    decidedAt: nowOf(ctx).toISOString(),
    ...(input.note ? { note: input.note } : {}),
  });
  const asset = await ctx.store.getAsset(tenant, disposal.assetNumber);
  const disposed = asset && decided.state === 'approved' ? applyDisposal(asset, decided) : undefined;
  await ctx.store.saveDisposalDecision(tenant, decided, disposed);
  return decided;
}

export type { StocktakeSummary };

export interface LabelsRequest {
  /** Only these asset numbers; default every active card. */
  readonly numbers?: readonly string[];
  readonly sizeId?: string;
  readonly department: string;
  readonly outline?: boolean;
}

/** The label sheets as a PDF for the chosen cards; unknown numbers are an input error naming them. */
export async function labelsPdfFor(ctx: AssetContext, tenant: AssetTenant, request: LabelsRequest): Promise<Buffer> {
  const size = labelSizeById(ctx.config, request.sizeId);
  const register = await ctx.store.listAssets(tenant);
  let chosen = register;
  if (request.numbers && request.numbers.length > 0) {
    const byNumber = new Map(register.map((a) => [a.assetNumber, a]));
    const unknown = request.numbers.filter((n) => !byNumber.has(n));
    if (unknown.length > 0) {
      throw new InputError(`资产账中没有：${unknown.join('、')} / not in the register`, unknown.map((n) => ({ path: 'numbers', message: n })));
    }
    chosen = request.numbers.map((n) => byNumber.get(n)!);
  }
  if (chosen.length === 0) throw new InputError('没有可打印标签的资产 / no assets to label');
  return labelSheetPdf(chosen, { size, department: request.department, outline: request.outline ?? false });
}

/** After new labels are stuck on: each chosen card's label code becomes its asset number. */
export async function markLabelsApplied(ctx: AssetContext, tenant: AssetTenant, numbers: readonly string[]): Promise<number> {
  const register = await ctx.store.listAssets(tenant);
  const wanted = new Set(numbers);
  const changed = register.filter((a) => wanted.has(a.assetNumber) && a.labelCode !== a.assetNumber);
  await ctx.store.updateAssets(
    tenant,
    changed.map((a) => ({ ...a, labelCode: a.assetNumber })),
  );
  return changed.length;
}

/** Add one card (a 盘盈 found in a stocktake, a new purchase): the same rules as an imported row. */
export async function createAsset(
  ctx: AssetContext,
  tenant: AssetTenant,
  body: unknown,
): Promise<{ asset: Asset; findings: Finding[] }> {
  const input = parseInput(newAssetSchema, body, '资产卡片');
  const status = parseStatus(ctx.config, input.status);
  if (status === undefined || status === 'disposed') {
    throw new InputError('状态有误：新卡片不能是已处置 / bad status', [{ path: 'status', message: input.status }]);
  }
  const classes = assetClasses(nowOf(ctx).getUTCFullYear());
  if (!classes.entries.has(input.classCode)) {
    throw new InputError(`分类代码“${input.classCode}”不在 GB/T 14885-2022 中 / unknown class code`, [
      { path: 'classCode', message: input.classCode },
    ]);
  }
  if (await ctx.store.getAsset(tenant, input.assetNumber)) {
    throw new AssetStateError('duplicate', `资产编号“${input.assetNumber}”已在资产账中 / asset number already in the register`);
  }
  const asset: Asset = {
    ...input,
    originalValue: fen(input.originalValue),
    status,
    statusSince: input.statusSince ?? input.acquiredOn,
  };
  await ctx.store.insertAssets(tenant, [asset]);
  const below = belowThresholdFinding(asset, ctx.config, 'asset');
  return { asset, findings: below ? [below] : [] };
}

/**
 * Change a card in place; a status change restarts the status date (idle time counts from it). With
 * `options.expectedVersion` a card changed since the editor read it is refused (AssetStateError
 * 'version-conflict'); with `options.history` the card's history is written in the change's transaction.
 * Returns the card as stored, with its new version.
 */
export async function updateAsset(ctx: AssetContext, tenant: AssetTenant, assetNumber: string, body: unknown, options: CardWriteOptions = {}): Promise<Asset> {
  const patch = parseInput(assetPatchSchema, body, '资产卡片修改');
  const current = await ctx.store.getAsset(tenant, assetNumber);
  if (!current) throw new AssetStateError('asset-not-found', `资产“${assetNumber}”不在资产账中 / asset not found`);
  // answered before any other refusal: the editor sees the card as it now is first (the store checks it again)
  if (options.expectedVersion !== undefined && current.version !== undefined && current.version !== options.expectedVersion) {
    throw cardVersionConflict(assetNumber, options.expectedVersion, current.version);
  }
  if (current.status === 'disposed') {
    throw new AssetStateError('already-disposed', `资产“${assetNumber}”已处置，不能修改 / a disposed asset cannot change`);
  }
  let status = current.status;
  if (patch.status !== undefined) {
    const s = parseStatus(ctx.config, patch.status);
    if (s === undefined) throw new InputError('状态有误 / bad status', [{ path: 'status', message: patch.status }]);
    if (s === 'disposed') {
      throw new AssetStateError('disposal-required', '处置须经审批，请提交处置申请 / disposal goes through an approval');
    }
    status = s;
  }
  const { status: _ignored, ...fields } = patch;
  const updated: Asset = withoutUnmappedMark(
    {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      status,
      statusSince: status !== current.status ? nowOf(ctx).toISOString().slice(0, 10) : current.statusSince,
    },
    patch.status !== undefined,
  );
  await ctx.store.updateAssets(tenant, [updated], options);
  return (await ctx.store.getAsset(tenant, assetNumber)) ?? updated;
}

/**
 * Bring the books in line with what a closed stocktake saw where no approval is needed: moved cards get the
 * seen location, changed conditions the seen status (from the closing day). Missing and unbooked assets are
 * left to people (a disposal request, a new card); labels to a reprint. Returns the cards changed.
 */
export async function applyStocktakeToRegister(
  ctx: AssetContext,
  tenant: AssetTenant,
  stocktakeId: string,
  options: Pick<CardWriteOptions, 'history'> = {},
): Promise<Asset[]> {
  const st = await ctx.store.getStocktake(tenant, stocktakeId);
  if (!st) throw new AssetStateError('not-found', `盘点 ${stocktakeId} 不存在 / stocktake not found`);
  if (st.state !== 'closed' || !st.reconciliation) {
    throw new AssetStateError('stocktake-open', `盘点 ${stocktakeId} 尚未结束 / the stocktake is not closed yet`);
  }
  const closedOn = (st.closedAt ?? nowOf(ctx).toISOString()).slice(0, 10);
  // A condition dates from the observation that first saw it (an idle period starts then), not from the closing.
  const observed = combineObservations(st.confirmations);
  const changes = new Map<string, Asset>();
  for (const d of st.reconciliation.differences) {
    if (d.kind !== 'moved' && d.kind !== 'condition-changed') continue;
    const base = changes.get(d.assetNumber) ?? (await ctx.store.getAsset(tenant, d.assetNumber));
    if (!base || base.status === 'disposed') continue;
    if (d.kind === 'moved' && d.seen !== undefined) changes.set(d.assetNumber, { ...base, location: d.seen });
    if (d.kind === 'condition-changed' && d.seen !== undefined) {
      const seen = parseStatus(ctx.config, d.seen);
      if (seen && seen !== 'disposed' && seen !== base.status) {
        const since = observed.get(d.assetNumber)?.conditionSeenAt?.slice(0, 10) ?? closedOn;
        changes.set(d.assetNumber, { ...base, status: seen, statusSince: since });
      }
    }
  }
  // A card whose register status word was not understood (UNMAPPED_STATUS) and whose condition the counter stated:
  // what was seen settles it, even when it is the status the card holds.
  const expected = new Set(st.expected.map((e) => e.assetNumber));
  for (const [assetNumber, o] of observed) {
    if (o.condition === undefined || !expected.has(assetNumber)) continue;
    const base = changes.get(assetNumber) ?? (await ctx.store.getAsset(tenant, assetNumber));
    if (!base || base.status === 'disposed' || base.extra?.[UNMAPPED_STATUS] === undefined) continue;
    const since = o.conditionSeenAt?.slice(0, 10) ?? closedOn;
    changes.set(assetNumber, withoutUnmappedMark({ ...base, status: o.condition, statusSince: o.condition !== base.status ? since : base.statusSince }, true));
  }
  const updated = [...changes.values()];
  await ctx.store.updateAssets(tenant, updated, options);
  return updated;
}

/** The card without the unmapped-status mark when a person or a stocktake has now stated its status. */
function withoutUnmappedMark(a: Asset, stated: boolean): Asset {
  if (!stated || a.extra?.[UNMAPPED_STATUS] === undefined) return a;
  const { [UNMAPPED_STATUS]: _word, ...extra } = a.extra;
  const { extra: _old, ...rest } = a;
  return Object.keys(extra).length > 0 ? { ...rest, extra } : rest;
}

/** Which expected cards an (open) stocktake has seen and which not yet, and the numbers not on its list. */
export async function stocktakeProgressFor(ctx: AssetContext, tenant: AssetTenant, stocktakeId: string): Promise<StocktakeProgress> {
  const st = await ctx.store.getStocktake(tenant, stocktakeId);
  if (!st) throw new AssetStateError('not-found', `盘点 ${stocktakeId} 不存在 / stocktake not found`);
  return stocktakeProgress(st);
}

/**
 * An update import: a new export of the register compared with the cards held. New numbers are added, cards
 * whose columns differ are updated (only the columns the file has; the others keep the card's value), and
 * cards missing from the file are listed — never deleted: a card leaves the register only by a disposal.
 * Re-importing the same file plans nothing.
 */
import { formatAmount } from '../core/money.ts';
import { type ImportResult, STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { type AssetField, LEDGER_COLUMNS } from './ledger-columns.ts';
import { loadAssetConfig } from './config.ts';
import { type Asset, type AssetStatus, UNMAPPED_STATUS } from './types.ts';

export interface FieldChange {
  /** Field name, or `extra:<header>` for a column kept by its header. */
  readonly field: string;
  /** The column header (Chinese). */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface CardUpdate {
  readonly assetNumber: string;
  readonly name: string;
  readonly changes: readonly FieldChange[];
  /** The card as it will be stored. */
  readonly asset: Asset;
}

export interface RegisterImportPlan {
  readonly added: readonly Asset[];
  readonly updated: readonly CardUpdate[];
  readonly unchanged: number;
  /** Active cards not in the file: listed for the user to dispose of or explain, never deleted. */
  readonly absent: readonly { readonly assetNumber: string; readonly name: string; readonly status: Asset['status'] }[];
  /**
   * Cards held as 已处置 (disposed in Jixiao, or imported with a disposed word such as 报废) that the file no longer
   * lists: expected once the asset system has written them off, so not missing — but said, so that the user sees the
   * card left the export.
   */
  readonly disposedAbsent: readonly { readonly assetNumber: string; readonly name: string }[];
  /**
   * Columns kept by their header that the file has and no held card has a value under: a column the earlier exports
   * did not carry (a 列设置 that now shows 卡片状态). Its cells are written onto the cards but are no change of a card,
   * so a card that differs only there is unchanged (and in `filled`, written with the column).
   */
  readonly newColumns?: readonly string[];
  /** Unchanged cards that gain a value in a new column (newColumns): written with it, not counted as updated. */
  readonly filled?: readonly Asset[];
}

/** The held cards not in the file: active ones (to be explained) and disposed ones (expected to leave the export). */
export function absentCards(held: readonly Asset[], inFile: ReadonlySet<string>): Pick<RegisterImportPlan, 'absent' | 'disposedAbsent'> {
  const gone = held.filter((a) => !inFile.has(a.assetNumber));
  return {
    absent: gone.filter((a) => a.status !== 'disposed').map((a) => ({ assetNumber: a.assetNumber, name: a.name, status: a.status })),
    disposedAbsent: gone.filter((a) => a.status === 'disposed').map((a) => ({ assetNumber: a.assetNumber, name: a.name })),
  };
}

const LABEL = new Map<string, string>(LEDGER_COLUMNS.map((c) => [c.field, c.header]));

const MONEY: ReadonlySet<AssetField> = new Set(['originalValue', 'accumulatedDepreciation', 'netValue']);

function show(field: AssetField, value: Asset[AssetField], statusLabel: Readonly<Record<AssetStatus, string>>): string {
  if (value === undefined) return '';
  if (MONEY.has(field)) return formatAmount(value as number, { unit: '元', decimals: 2, withUnit: false });
  // A status as the user reads it (在用 → 闲置), never its code.
  if (field === 'status') return statusLabel[value as AssetStatus] ?? String(value);
  return String(value);
}

/** The card after applying the file's columns (fieldsPresent) to the held card. */
function merge(held: Asset, file: Asset, present: ReadonlySet<AssetField>, extraColumns: readonly string[], today: string): Asset {
  const out: Record<string, unknown> = { ...held };
  for (const field of present) {
    if (field === 'status' || field === 'statusSince') continue;
    const v = file[field];
    if (v === undefined) delete out[field];
    else out[field] = v;
  }
  if (present.has('status') && file.status !== held.status) {
    out.status = file.status;
    // The day the change became known, unless the file states it.
    out.statusSince = present.has('statusSince') ? file.statusSince : today;
  } else if (present.has('statusSince')) {
    out.statusSince = file.statusSince;
  }
  // A non-whole quantity (an area) and another system's status word live beside the field: the file's column decides both.
  const synced = [
    ...extraColumns,
    ...(present.has('quantity') ? [STATED_QUANTITY] : []),
    ...(present.has('status') ? [STATED_STATUS, UNMAPPED_STATUS] : []),
  ];
  if (synced.length > 0) {
    const extra: Record<string, string> = { ...(held.extra ?? {}) };
    for (const h of synced) {
      const v = file.extra?.[h];
      if (v === undefined) delete extra[h];
      else extra[h] = v;
    }
    if (Object.keys(extra).length > 0) out.extra = extra;
    else delete out.extra;
  }
  return out as unknown as Asset;
}

/** Where a card's field is kept in its edit history (the audit log's path): `assets[ZC2020-0001].location`. */
export function assetHistoryPath(assetNumber: string, field: string): string {
  return `assets[${assetNumber}].${field}`;
}

/** What changed on one card, field by field, as the register prints the values (money in 元). */
export function cardChanges(before: Asset, after: Asset, statusLabel: Readonly<Record<AssetStatus, string>> = loadAssetConfig().statusLabel): FieldChange[] {
  const changes: FieldChange[] = [];
  const fields = new Set<AssetField>([...LEDGER_COLUMNS.map((c) => c.field)]);
  for (const field of fields) {
    const b = show(field, before[field], statusLabel);
    const a = show(field, after[field], statusLabel);
    if (b !== a) changes.push({ field, label: LABEL.get(field) ?? field, before: b, after: a });
  }
  const headers = new Set([...Object.keys(before.extra ?? {}), ...Object.keys(after.extra ?? {})]);
  for (const h of headers) {
    const b = before.extra?.[h] ?? '';
    const a = after.extra?.[h] ?? '';
    if (b !== a) changes.push({ field: `extra:${h}`, label: h, before: b, after: a });
  }
  return changes;
}

/**
 * The file's kept columns that the held register has never carried: a card of the file has a value under the header
 * and no held card (disposed ones included) has one. None when nothing is held (every card is then new).
 */
export function columnsNewToRegister(extraColumns: readonly string[], held: readonly Asset[], cards: readonly Asset[]): string[] {
  if (held.length === 0) return [];
  const carried = new Set(held.flatMap((a) => Object.keys(a.extra ?? {})));
  const filled = new Set(cards.flatMap((a) => Object.keys(a.extra ?? {})));
  return extraColumns.filter((h) => !carried.has(h) && filled.has(h));
}

/** Compare a parsed file (without errors) with the held register. `today` dates a status change the file does not date. */
export function planRegisterUpdate(parsed: ImportResult, held: readonly Asset[], today: string): RegisterImportPlan {
  const byNumber = new Map(held.map((a) => [a.assetNumber, a]));
  const present = new Set(parsed.fieldsPresent ?? LEDGER_COLUMNS.map((c) => c.field));
  const extraColumns = parsed.extraColumns ?? [];
  // A column the earlier exports did not have is no change of any card: its cells are filled in, not listed.
  const newColumns = columnsNewToRegister(extraColumns, held, parsed.assets);
  const isNewColumn = new Set(newColumns.map((h) => `extra:${h}`));
  const added: Asset[] = [];
  const updated: CardUpdate[] = [];
  const filled: Asset[] = [];
  let unchanged = 0;
  const inFile = new Set<string>();
  for (const card of parsed.assets) {
    inFile.add(card.assetNumber);
    const before = byNumber.get(card.assetNumber);
    if (!before) {
      added.push(card);
      continue;
    }
    const after = merge(before, card, present, extraColumns, today);
    const all = cardChanges(before, after);
    const changes = all.filter((c) => !isNewColumn.has(c.field));
    if (changes.length > 0) updated.push({ assetNumber: card.assetNumber, name: after.name, changes, asset: after });
    else {
      unchanged++;
      if (all.length > 0) filled.push(after);
    }
  }
  return { added, updated, unchanged, ...absentCards(held, inFile), ...(newColumns.length > 0 ? { newColumns, filled } : {}) };
}

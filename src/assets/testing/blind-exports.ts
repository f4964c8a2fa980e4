/**
 * Shared by the tests of the blind register exports (src/assets/register-exports-blind*.test.ts): reading an export
 * file the way the CLI does, the three sums a register's 合计 row states, the status word as the file wrote it, and the
 * card numbers a next export's plan changes beside those its truth.json lists.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../reference/paths.ts';
import { readTableRows } from '../../reference/table-file.ts';
import type { loadAssetConfig } from '../index.ts';
import { STATED_STATUS } from '../ledger-import.ts';
import type { RegisterImportPlan } from '../register-update.ts';
import { registerSheetsOf } from '../service.ts';
import type { Asset } from '../types.ts';

/** The sheets of an export in a repository folder, read through the path the CLI takes (every sheet of the file). */
export const sheetsIn = (dir: string) => async (name: string) => registerSheetsOf(await readTableRows(readFileSync(repoPath(`${dir}/${name}`)), name));

/** 原值, 累计折旧 and 净值 of the cards, in 分. */
export const registerSums = (cards: readonly Asset[]): number[] => [
  cards.reduce((s, a) => s + a.originalValue, 0),
  cards.reduce((s, a) => s + (a.accumulatedDepreciation ?? 0), 0),
  cards.reduce((s, a) => s + (a.netValue ?? 0), 0),
];

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
  readonly expected: { readonly updated: number; readonly new: number; readonly absent: number };
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

/**
 * Shared by the tests of the blind register exports (src/assets/register-exports-blind*.test.ts): reading an export
 * file the way the CLI does, the three sums a register's 合计 row states, and the status word as the file wrote it.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../reference/paths.ts';
import { readTableRows } from '../../reference/table-file.ts';
import type { loadAssetConfig } from '../index.ts';
import { STATED_STATUS } from '../ledger-import.ts';
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

/**
 * Robustness harness of the ledger import and check (dev material: it reads only development ledgers,
 * test/fixtures/ledger-eval/dev-*). A few dev ledgers of different shapes are read as they are; each is then rewritten
 * with ONE variation real exports show for the same entries — columns in another order, another system's header words
 * (data/ledger/header-synonyms.json's own lists), a title block and a 制表人/打印日期 footer, a header on two rows with
 * merged cells (.xlsx), GBK / UTF-8 / UTF-8-BOM text, dates as 2024-03-05 / 2024.03.05 / 2024/3/5 / 20240305 / 月 and
 * 日 columns, amounts with thousands separators, red ink in parentheses or with a minus, float noise, nothing written
 * blank / 0.00 / -, 借方/贷方 as one 金额 column and a 方向 column, vouchers as 记-0012 or 记字第12号, the period rows
 * (本月合计, 本年累计, 期初余额, 年末结转) in other wordings. Every variant must import with the same entries (date,
 * amount in 分, function and economic codes, payee, project, nature, 摘要) and the check must flag the same entries
 * with the same rules and find the same 三公 totals as on the file as it was. The variations are written in
 * src/ledger/testing/variants (shared with the import probe, scripts/probe-import.ts): exportTestVariants is this test's set.
 */
import { describe, expect, it } from 'vitest';
import { checkLedger } from './check-ledger.ts';
import type { LedgerEntry } from './entry.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { threePublicTotals } from './rules/three-public.ts';
import { context as checkContext } from './testing/fixtures.ts';
import { EXPORT_TEST_DIALECT, exportTestVariants, FISCAL_YEAR as YEAR, loadBase, written } from './testing/variants/index.ts';

/**
 * Dev ledgers of different shapes: a 公务卡 listing, 借方/贷方 with a title (tab-separated), GBK 明细账 with 金额
 * columns, 月/日 columns with 方向/余额, codes and names in two columns each, a 序时账, two .xlsx, 辅助核算 on
 * sub-rows, generic slots 核算项目1…4, a 明细分类账 by 明细科目 (sections), a header on two rows (借方 over 原币 |
 * 本位币) in an .xls. Not fit as a base (the rewrites assume one sheet and a header whose columns are fields): a workbook of
 * several sheets, a 多栏账 (classes as columns), a fiscal year other than 2024, amounts printed one digit per
 * column, a printed voucher layout; and column shuffles split a code printed by level (功能科目类 | 款 | 项). Other dev files can be tried with
 * LEDGER_VARIANT_BASES=dev-a-2024.csv,dev-b-2024.xlsx.
 */
const BASES = [
  'dev-gwk-2024.xlsx',
  'dev-tab-2024.csv',
  'dev-grpr9-2024.csv',
  'dev-u8-2024.csv',
  'dev-xsz-2024.csv',
  'dev-yonyou-journal-2024.csv',
  'dev-jiuqi-2024.xlsx',
  'dev-zzb-2024.xlsx',
  'dev-dzfz-2024.csv',
  'dev-lcgs-2024.csv',
  'dev-kisfl-2024.csv',
  'dev-xkxy-2024.xls',
];

const context = checkContext();

// ---------------------------------------------------------------- comparing

interface Outcome {
  readonly errors: readonly string[];
  readonly entries: readonly (readonly unknown[])[];
  readonly flagged: readonly string[];
  readonly threePublic: string;
}

const entryKey = (e: LedgerEntry) => [e.date, e.amount, e.functionCode, e.economicCode, e.payee ?? '', e.projectName ?? '', e.projectCode ?? '', e.nature, e.summary];

/**
 * The check is a pure function of the entries: entries equal in every field but where they stand in the file (row,
 * column) were checked once already, and their findings are reused (the harness would take minutes otherwise).
 */
const checked = new Map<string, Omit<Outcome, 'errors' | 'entries'>>();

async function outcome(bytes: Uint8Array, file: string): Promise<Outcome> {
  const read = await readLedgerFile(bytes, file, { fiscalYear: YEAR });
  const errors = read.errors.slice(0, 5).map((e) => `${e.row} ${e.column} ${e.message}`);
  const whole = JSON.stringify(read.entries.map(({ row: _row, column: _column, ...rest }) => rest));
  const known = checked.get(whole);
  if (known) return { errors, entries: read.entries.map(entryKey), ...known };
  const report = checkLedger(read.entries, context);
  const position = new Map(read.entries.map((e, i) => [e.entryNo, i]));
  const { totals } = threePublicTotals(read.entries, context);
  const found = { flagged: report.flagged.map((f) => `${position.get(f.entry.entryNo)} ${[...f.rules].sort().join(',')}`), threePublic: JSON.stringify(totals) };
  checked.set(whole, found);
  return { errors, entries: read.entries.map(entryKey), ...found };
}

describe('export variants of dev ledgers import and check as the file as it was (dev material)', () => {
  for (const name of process.env.LEDGER_VARIANT_BASES?.split(',') ?? BASES) {
    it(`${name}: every variant gives the same entries, findings and 三公 totals`, { timeout: 300_000 }, async () => {
      const { base, bytes } = await loadBase(name);
      const original = await outcome(bytes, name);
      expect(original.errors).toEqual([]);
      expect(original.entries.length).toBeGreaterThan(100);
      const failures: string[] = [];
      const variants = exportTestVariants(base).map((v) => written(v, EXPORT_TEST_DIALECT));
      expect(variants.length).toBeGreaterThan(20);
      for (const v of variants) {
        const label = `${v.family} ${v.name}`;
        let got: Outcome;
        try {
          got = await outcome(await v.bytes(), v.file);
        } catch (err) {
          failures.push(`${label}: ${(err as Error).message.slice(0, 200)}`);
          continue;
        }
        if (got.errors.length > 0) {
          failures.push(`${label}: import errors ${got.errors.join(' | ')}`);
          continue;
        }
        if (got.entries.length !== original.entries.length) {
          failures.push(`${label}: ${got.entries.length} entries, not ${original.entries.length}`);
          continue;
        }
        const differing = got.entries.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(original.entries[i]));
        if (differing >= 0) {
          failures.push(`${label}: entry ${differing + 1} ${JSON.stringify(got.entries[differing])} ≠ ${JSON.stringify(original.entries[differing])}`);
          continue;
        }
        if (JSON.stringify(got.flagged) !== JSON.stringify(original.flagged)) failures.push(`${label}: findings differ`);
        else if (got.threePublic !== original.threePublic) failures.push(`${label}: 三公 totals differ`);
      }
      expect(failures).toEqual([]);
    });
  }
});

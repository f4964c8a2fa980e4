/**
 * `node --import tsx scripts/probe-import.ts` — metamorphic probe of the ledger IMPORT (src/ledger readers, header
 * synonyms, auxiliary cells, period rows, dates, amounts, encodings), as scripts/probe-ledger.ts is of the checks.
 * A few dev ledgers of different shapes (BASES) are read once as they are; each is then rewritten systematically into
 * variants that real accounting systems emit for the same entries — another spelling of a header, another column
 * order, the classes in one 辅助核算 cell, codes written `[code]name`, period rows spelled 本月发生额合计, dates as
 * 2024年3月5日, amounts as 1,234.00元 or (120.00), the file in GBK or UTF-16, the 辅助核算 printed on sub-rows under
 * each entry (subrows), the ledger printed per 明细科目 with the account on each page-info line (pages) — and every variant is imported
 * unedited. A variant passes when it imports with the same entries (count, net, and each entry's date, amount,
 * function and economic class) as the original; it is REFUSED when the import stops with an error (acceptable only
 * where the variant is genuinely ambiguous), WRONG when it imports other numbers or classes (never acceptable).
 *
 * The rewrites (src/ledger/testing/variants, shared with src/ledger/export-variants.test.ts: PROBE_FAMILIES is this
 * probe's set) are written from knowledge of the export formats of 用友/金蝶/浪潮/久其/方正/中科江南/博思/新中大 and
 * 预算管理一体化 platforms, not from the sealed fixtures. Deterministic.
 *
 * Options: --json (machine-readable), --quiet (totals only), --family NAME (one family), --base NAME (one base),
 * --fail (list every failing variant with its first error), --dump DIR (write every variant to DIR). Exit 1 when a variant imports WRONG numbers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerEntry } from '../src/ledger/entry.ts';
import { readLedgerFile } from '../src/ledger/read-ledger-file.ts';
import { csvText, FISCAL_YEAR as YEAR, loadBase, PROBE_FAMILIES, utf8, written } from '../src/ledger/testing/variants/index.ts';

/** Dev ledgers of different shapes: 借方/贷方 CSV, 金额+方向 CSV, 序时账 with counter-lines, .xlsx with 方向/余额, 月+日 columns, a 支付明细 (支付金额, 用途), code and name in two columns. */
const BASES = [
  'dev-tab-2024.csv',
  'dev-grpr9-2024.csv',
  'dev-yonyou-journal-2024.csv',
  'dev-jiuqi-2024.xlsx',
  'dev-zzb-2024.xlsx',
  'dev-u8-2024.csv',
  'dev-gxzf-2024.csv',
  'dev-xsz-2024.csv',
];

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---------------------------------------------------------------- importing and comparing

interface Outcome {
  /** kept: the same entries, a class written by a name the code table does not settle imported under that name. */
  readonly status: 'pass' | 'kept' | 'refused' | 'wrong';
  readonly detail: string;
}
interface Summary {
  readonly count: number;
  readonly net: number;
  /** Each entry's date, voucher, amount, classes, nature, project and payee, sorted. */
  readonly key: string;
}
const isCode = (c: string) => /^\d+$/.test(c);
function summarize(entries: readonly LedgerEntry[]): Summary {
  const key = (e: LedgerEntry) => [e.date, e.voucher, e.amount, e.functionCode, e.economicCode, e.nature, e.projectName ?? '', e.payee ?? ''].join('|');
  return {
    count: entries.length,
    net: entries.reduce((s, e) => s + e.amount, 0),
    key: entries.map(key).sort().join('\n'),
  };
}
async function importOf(bytes: Uint8Array, file: string): Promise<{ entries: LedgerEntry[] } | { error: string }> {
  try {
    const read = await readLedgerFile(bytes, file, { fiscalYear: YEAR });
    if (read.errors.length > 0) {
      const e = read.errors[0]!;
      return { error: `${read.errors.length} 行错误，第${e.row}行 ${e.column ?? ''}：${e.message}` };
    }
    return { entries: [...read.entries] };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}
function compare(want: Summary, got: readonly LedgerEntry[]): Outcome {
  const s = summarize(got);
  if (s.count === want.count && s.net === want.net && s.key === want.key) return { status: 'pass', detail: '' };
  const wantKeys = want.key.split('\n');
  const gotKeys = s.key.split('\n');
  const missing = wantKeys.filter((k) => !gotKeys.includes(k)).slice(0, 2);
  const extra = gotKeys.filter((k) => !wantKeys.includes(k)).slice(0, 2);
  // The classes written as names and kept so (no code found): the same entries otherwise.
  const noClass = (k: string) => k.split('|').map((x, j) => (j === 3 || j === 4 ? '*' : x)).join('|');
  const wantSet = new Set(wantKeys);
  const kept =
    s.count === want.count &&
    s.net === want.net &&
    gotKeys.map(noClass).sort().join('\n') === wantKeys.map(noClass).sort().join('\n') &&
    gotKeys.filter((k) => !wantSet.has(k)).every((k) => !isCode(k.split('|')[3]!) || !isCode(k.split('|')[4]!));
  return {
    status: kept ? 'kept' : 'wrong',
    detail: `${s.count} 笔（原 ${want.count}），净额 ${(s.net / 100).toFixed(2)}（原 ${(want.net / 100).toFixed(2)}）${missing.length ? `；少 ${missing.join(' / ')}` : ''}${extra.length ? `；多 ${extra.join(' / ')}` : ''}`,
  };
}

const onlyFamily = opt('--family');
const onlyBase = opt('--base');
const results: { base: string; family: string; variant: string; status: Outcome['status']; detail: string }[] = [];
for (const baseName of BASES.filter((b) => !onlyBase || b.includes(onlyBase))) {
  const { base, bytes } = await loadBase(baseName);
  const original = await importOf(bytes, baseName);
  if ('error' in original) throw new Error(`${baseName} does not import: ${original.error}`);
  const want = summarize(original.entries);
  // The rows written back as a plain UTF-8 CSV must import as the original does, or the base is unusable.
  const identity = await importOf(utf8(csvText(base.rows)), `${baseName}.csv`);
  const id = 'error' in identity ? { status: 'refused' as const, detail: identity.error } : compare(want, identity.entries);
  if (id.status !== 'pass') {
    results.push({ base: baseName, family: 'identity', variant: 'csv', status: id.status, detail: id.detail });
    continue;
  }
  for (const [family, make] of Object.entries(PROBE_FAMILIES)) {
    if (onlyFamily && family !== onlyFamily) continue;
    for (const v of make(base)) {
      const file = written(v);
      const bytes = await file.bytes();
      // --dump DIR: every variant written as a file, to be read by hand.
      if (opt('--dump')) writeFileSync(join(opt('--dump')!, `${baseName}.${family}.${v.name.replace(/[^\p{L}\p{N}+@]+/gu, '_')}.${file.file.split('.').pop()}`), bytes);
      const got = await importOf(bytes, file.file);
      const outcome = 'error' in got ? { status: 'refused' as const, detail: got.error } : compare(want, got.entries);
      results.push({ base: baseName, family, variant: v.name, status: outcome.status, detail: outcome.detail });
    }
  }
}

// ---------------------------------------------------------------- report

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const lines: string[] = [];
  const families = [...new Set(results.map((r) => r.family))];
  for (const f of families) {
    const rs = results.filter((r) => r.family === f);
    const n = (s: Outcome['status']) => rs.filter((r) => r.status === s).length;
    lines.push(`${f.padEnd(9)} 通过 / pass ${n('pass')}/${rs.length}；按名称保留 / kept as named ${n('kept')}；拒绝导入 / refused ${n('refused')}；导入不同数字 / WRONG ${n('wrong')}`);
    if (!args.includes('--quiet')) {
      for (const r of rs.filter((r) => r.status !== 'pass' && r.status !== 'kept').slice(0, args.includes('--fail') ? 10_000 : 12)) {
        lines.push(`    ${r.status === 'wrong' ? 'WRONG  ' : 'refused'} ${r.base} [${r.variant.replace(/\n/g, '⏎')}] ${r.detail.replace(/\n/g, '⏎').slice(0, 240)}`);
      }
    }
  }
  const pass = results.filter((r) => r.status === 'pass').length;
  lines.push(`合计 / total: 通过 ${pass}/${results.length} = ${((pass / results.length) * 100).toFixed(1)}%；WRONG ${results.filter((r) => r.status === 'wrong').length}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = results.some((r) => r.status === 'wrong') ? 1 : 0;

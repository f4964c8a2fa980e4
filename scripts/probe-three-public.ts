/**
 * `node --import tsx scripts/probe-three-public.ts` — probe of the 三公 classification (threePublicTotals) on single
 * ledger entries and small netting groups (scripts/probe-three-public-data.ts: written blind to src/ledger and
 * data/ledger from the published 三公 definitions, each case with its true category or none).
 *
 * The cases are written as one 明细账 CSV of 7101 行政支出 (凭证日期, 凭证字号, 摘要, 科目, 功能分类, 经济分类, 项目,
 * 支出类型, 往来单位, 借方金额, 贷方金额), imported by the ordinary reader, and each case's entries are then given to
 * threePublicTotals on their own (a ledger of one case), so that one case's bill or refund cannot net another's.
 * Reported: per category, precision and recall over the cases (a category found where the case has it, or not), the
 * cases whose amount in any category differs from the truth, and the sum over all cases read together as one ledger.
 * Cases marked `contested` (特种专业技术用车: region-dependent) are listed, not scored.
 *
 * Options: --list (each misclassified case), --json, --batch2 (the second batch, written after reading the rules). Exit 0 whatever the scores; 2 when the CSV does not import.
 */
import { jiebaSegmenter, loadLedgerRuleData, readLedgerFile, threePublicTotals } from '../src/ledger/index.ts';
import { formatAmount as formatIn } from '../src/core/money.ts';
import { loadCodeFormats, loadCodeTables } from '../src/reference/code-tables.ts';
import { CASES as CASES_1, CASES_2, type Category, ECONOMIC_NAMES, PROJECTS, type ProbeCase, type ProbeLine } from './probe-three-public-data.ts';

const YEAR = 2024;
const CATEGORIES: readonly Category[] = ['reception', 'overseasTravel', 'vehicleOperation', 'vehiclePurchase'];
const NAMES: Record<Category, string> = {
  reception: '公务接待费',
  overseasTravel: '因公出国（境）费',
  vehicleOperation: '公务用车运行维护费',
  vehiclePurchase: '公务用车购置费',
};
/** Default function classes of basic spending, by case, so that the units vary. */
const BASIC_FUNCTIONS = [
  '2010301 行政运行',
  '2130101 行政运行',
  '2240101 行政运行',
  '2140101 行政运行',
  '2040501 行政运行',
  '2070101 行政运行',
  '2110101 行政运行',
  '2100101 行政运行',
];

const csvCell = (s: string): string => (/[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
/** The cases' amounts are written in yuan; they become 分 here, at the edge, and are formatted from 分 only. */
const fenOf = (yuan: number | undefined): number => Math.round((yuan ?? 0) * 100);
/** Fen as yuan with two decimals (the default 万元 would hide a 160.00 refund). */
const formatAmount = (fen: number): string => formatIn(fen, { unit: '元', withUnit: false });
const money = (yuan: number): string => formatAmount(fenOf(yuan));

interface Placed {
  readonly caseId: string;
  readonly voucher: string;
  readonly line: ProbeLine;
  readonly fn: string;
}

/** The cases as one 明细账 in date order; one voucher per case and date (a 调账's two lines share it). */
function place(cases: readonly ProbeCase[]): Placed[] {
  const rows: { caseId: string; key: string; line: ProbeLine; fn: string; order: number }[] = [];
  cases.forEach((c, i) => {
    for (const line of c.lines) {
      const project = line.project === undefined ? undefined : PROJECTS[line.project];
      const fn = line.fn ?? project?.fn ?? BASIC_FUNCTIONS[i % BASIC_FUNCTIONS.length]!;
      rows.push({ caseId: c.id, key: `${c.id}|${line.date}`, line, fn, order: rows.length });
    }
  });
  rows.sort((a, b) => a.line.date.localeCompare(b.line.date) || a.order - b.order);
  const voucherOf = new Map<string, string>();
  const perMonth = new Map<string, number>();
  return rows.map((r) => {
    let v = voucherOf.get(r.key);
    if (v === undefined) {
      const month = r.line.date.slice(0, 2);
      const k = (perMonth.get(month) ?? 0) + 1;
      perMonth.set(month, k);
      v = `记-${String(k).padStart(4, '0')}`;
      voucherOf.set(r.key, v);
    }
    return { caseId: r.caseId, voucher: `${r.line.date.slice(0, 2)}/${v}`, line: r.line, fn: r.fn };
  });
}

function csv(placed: readonly Placed[]): string {
  const out = [
    '明细账',
    '单位：云溪县人民政府办公室（演示）,,,,科目：7101 行政支出',
    '期间：2024年01月—2024年12月,,,,金额单位：元',
    '凭证日期,凭证字号,摘要,科目编码,科目名称,功能分类,经济分类,项目,支出类型,往来单位,借方金额,贷方金额',
    '2024-01-01,,期初余额,7101,行政支出,,,,,,,',
  ];
  for (const p of placed) {
    const l = p.line;
    const project = l.project === undefined ? undefined : PROJECTS[l.project];
    const name = ECONOMIC_NAMES[l.economic];
    if (name === undefined) throw new Error(`no name for economic class ${l.economic}`);
    out.push(
      [
        `${YEAR}-${l.date}`,
        p.voucher.slice(3),
        l.summary,
        '7101',
        '行政支出',
        p.fn,
        `${l.economic} ${name}`,
        project === undefined ? '' : `${project.code} ${project.name}`,
        project === undefined ? '基本支出' : '项目支出',
        l.payee,
        l.credit ? '' : money(l.amount),
        l.credit ? money(l.amount) : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${out.join('\n')}\n`;
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const batch2 = process.argv.includes('--batch2');
  const CASES = batch2 ? CASES_2 : CASES_1;
  const placed = place(CASES);
  const bytes = Buffer.from(csv(placed), 'utf8');
  const read = await readLedgerFile(bytes, 'probe-three-public-2024.csv', { fiscalYear: YEAR });
  if (read.errors.length > 0 || read.entries.length !== placed.length) {
    console.error(`导入失败 / import failed: ${read.entries.length}/${placed.length} entries`);
    for (const e of read.errors.slice(0, 10)) console.error(`  第${e.row}行 ${e.column ?? ''}：${e.message}`);
    return 2;
  }
  const context = {
    fiscalYear: YEAR,
    codeTables: loadCodeTables(YEAR),
    codeFormats: loadCodeFormats(),
    rules: loadLedgerRuleData(),
    segment: jiebaSegmenter,
  };
  // Entries in file order = placed order (one entry per row).
  const byCase = new Map<string, (typeof read.entries)[number][]>();
  read.entries.forEach((e, i) => {
    const p = placed[i]!;
    if (e.voucher !== p.voucher.slice(3)) throw new Error(`entry ${i} voucher ${e.voucher} ≠ ${p.voucher}`);
    byCase.set(p.caseId, [...(byCase.get(p.caseId) ?? []), e]);
  });
  const stats = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, amountWrong: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number; amountWrong: number }
  >;
  const wrong: string[] = [];
  const contested: string[] = [];
  let scored = 0;
  for (const c of CASES) {
    const { totals } = threePublicTotals(byCase.get(c.id) ?? [], context);
    const got = Object.fromEntries(CATEGORIES.map((k) => [k, totals.booked[k] + totals.hidden[k]])) as Record<Category, number>;
    const diffs = CATEGORIES.filter((k) => got[k] !== fenOf(c.want[k]));
    const describe = () =>
      `${c.id} ${c.lines.map((l) => `${l.date} ${l.economic} ${l.summary}${l.credit ? '（贷）' : ''} ${l.amount}`).join(' | ')} — ` +
      diffs.map((k) => `${NAMES[k]} ${formatAmount(got[k])} ≠ ${formatAmount(fenOf(c.want[k]))}`).join('；');
    if (c.contested) {
      contested.push(`${diffs.length === 0 ? '=' : '≠'} ${describe()}`);
      continue;
    }
    scored += 1;
    for (const k of CATEGORIES) {
      const want = fenOf(c.want[k]) !== 0;
      const has = got[k] !== 0;
      if (want && has) stats[k].tp += 1;
      else if (has) stats[k].fp += 1;
      else if (want) stats[k].fn += 1;
      if (want && has && got[k] !== fenOf(c.want[k])) stats[k].amountWrong += 1;
    }
    if (diffs.length > 0) wrong.push(describe());
  }
  // All scored cases as one ledger: the totals a department would report.
  const together = threePublicTotals(
    CASES.filter((c) => !c.contested).flatMap((c) => byCase.get(c.id) ?? []),
    context,
  ).totals;
  const togetherRows = CATEGORIES.map((k) => {
    const got = together.booked[k] + together.hidden[k];
    const want = CASES.filter((c) => !c.contested).reduce((s, c) => s + fenOf(c.want[k]), 0);
    return { category: k, got, want };
  });
  const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  if (args.has('--json')) {
    console.log(JSON.stringify({ cases: CASES.length, lines: placed.length, scored, stats, wrong: wrong.length, together: togetherRows }, null, 2));
    return 0;
  }
  console.log(`三公分类探针 / three-public probe: ${CASES.length} cases, ${placed.length} entries, ${scored} scored, ${contested.length} contested`);
  for (const k of CATEGORIES) {
    const s = stats[k];
    console.log(
      `  ${NAMES[k]}: precision ${s.tp}/${s.tp + s.fp} = ${pct(s.tp, s.tp + s.fp)}, recall ${s.tp}/${s.tp + s.fn} = ${pct(s.tp, s.tp + s.fn)}, amount wrong ${s.amountWrong}`,
    );
  }
  console.log(`  misclassified cases: ${wrong.length}/${scored}`);
  console.log(`  together: ${togetherRows.map((r) => `${NAMES[r.category]} ${formatAmount(r.got)}${r.got === r.want ? ' =' : ' ≠'} ${formatAmount(r.want)}`).join('；')}`);
  console.log(`  contested (not scored): ${contested.filter((c) => c.startsWith('=')).length}/${contested.length} as written`);
  if (args.has('--list')) {
    for (const w of wrong) console.log(`  ✗ ${w}`);
    for (const c of contested) console.log(`  ? ${c}`);
  }
  return 0;
}

process.exitCode = await main();

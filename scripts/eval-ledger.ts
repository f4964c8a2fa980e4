/**
 * `npm run eval:ledger` — measures the ledger import and checks (src/ledger) on hand-written, real-shaped
 * exports in test/fixtures/ledger-eval: a dev part (rules and word lists may be tuned on it) and a test part
 * (measured only). For each part: does the file import unedited (rows skipped and why), do the net totals equal
 * the export's own 本年累计 line, recall and false alarms per rule, share of entries flagged, look-alikes
 * flagged, and the 三公 totals against the planted truth. Writes the same to bench/results/eval-ledger.json.
 *
 * A second held-out part (test2, "held-out 2") is blind: only its totals are printed and written (import, net,
 * recall, flagged share, how many look-alikes were flagged, 三公 totals), never which entries were missed or
 * flagged, so that nobody tuning the rules sees its failures.
 *
 * Exit 0 whatever the scores; 2 when a fixture is malformed (a voucher of the answer key not in the file).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatAmount, parseFen } from '../src/core/money.ts';
import { checkLedger, jiebaSegmenter, loadLedgerRuleData, LEDGER_RULES, readLedgerFile, threePublicTotals } from '../src/ledger/index.ts';
import { loadCodeFormats, loadCodeTables } from '../src/reference/code-tables.ts';
import { describeSkipped } from '../src/reference/row-kinds.ts';
import { readTableFile } from '../src/reference/table-file.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/ledger-eval');

interface Truth {
  part: 'dev' | 'test' | 'test2';
  file: string;
  fiscalYear: number;
  planted: { voucher: string; rule: string; why: string }[];
  lookAlikes: { voucher: string; why: string }[];
  threePublic: Record<'reception' | 'overseasTravel' | 'vehicleOperation' | 'vehiclePurchase', string>;
}

const yuan = (fen: number) => formatAmount(fen, { unit: '元', decimals: 2, withUnit: false });

/** The export's own last 本年累计 line: 借方 − 贷方, in 分 (what the books say the year's net spending is). */
async function statedYearNet(bytes: Uint8Array, name: string): Promise<number | undefined> {
  const file = await readTableFile(bytes, name);
  let net: number | undefined;
  let debitCol = -1;
  let creditCol = -1;
  for (let i = 0; i < file.rows.count; i++) {
    const row = file.rows.row(i);
    if (debitCol < 0 && row.includes('摘要')) {
      debitCol = row.findIndex((c) => c.startsWith('借方'));
      creditCol = row.findIndex((c) => c.startsWith('贷方'));
    }
    if (debitCol >= 0 && row.some((c) => c.replace(/\s/g, '') === '本年累计')) {
      const amount = (t: string | undefined) => (t && t.trim() !== '' ? parseFen(t) : 0);
      net = amount(row[debitCol]) - amount(row[creditCol]);
    }
  }
  return net;
}

async function evaluate(truth: Truth) {
  const bytes = readFileSync(join(dir, truth.file));
  const read = await readLedgerFile(bytes, truth.file, { fiscalYear: truth.fiscalYear });
  const imported = read.errors.length === 0;
  const entries = read.entries;
  const byVoucher = new Map(entries.map((e) => [e.voucher, e]));
  for (const v of [...truth.planted.map((p) => p.voucher), ...truth.lookAlikes.map((l) => l.voucher)]) {
    if (!byVoucher.has(v)) {
      process.stderr.write(`${truth.file}: 答案中的凭证 ${v} 不在文件中 / voucher of the answer key not in the file\n`);
      process.exit(2);
    }
  }
  const context = {
    fiscalYear: truth.fiscalYear,
    codeTables: loadCodeTables(truth.fiscalYear),
    codeFormats: loadCodeFormats(),
    rules: loadLedgerRuleData(),
    segment: jiebaSegmenter,
  };
  const report = checkLedger(entries, context);
  const rulesByRow = new Map(report.flagged.map((f) => [f.entry.row, f.rules]));
  const perRule = LEDGER_RULES.map((rule) => {
    const planted = truth.planted.filter((p) => p.rule === rule.id);
    const found = planted.filter((p) => rulesByRow.get(byVoucher.get(p.voucher)!.row)?.includes(rule.id));
    const plantedRows = new Set(planted.map((p) => byVoucher.get(p.voucher)!.row));
    const falseAlarms = report.flagged
      .filter((f) => f.rules.includes(rule.id) && !plantedRows.has(f.entry.row))
      .map((f) => `${f.entry.voucher} ${f.entry.summary}`);
    return { rule: rule.id, planted: planted.length, found: found.length, missed: planted.filter((p) => !found.includes(p)).map((p) => p.voucher), falseAlarms };
  });
  const plantedFound = perRule.reduce((s, r) => s + r.found, 0);
  const lookAlikesFlagged = truth.lookAlikes
    .filter((l) => rulesByRow.has(byVoucher.get(l.voucher)!.row))
    .map((l) => `${l.voucher} ${byVoucher.get(l.voucher)!.summary} (${rulesByRow.get(byVoucher.get(l.voucher)!.row)!.join(', ')})`);
  const { totals } = threePublicTotals(entries, context);
  const threePublic = (Object.keys(truth.threePublic) as (keyof Truth['threePublic'])[]).map((c) => {
    const got = totals.booked[c] + totals.hidden[c];
    const want = parseFen(truth.threePublic[c]);
    return { category: c, ledger: yuan(got), truth: yuan(want), equal: got === want };
  });
  const net = entries.reduce((s, e) => s + e.amount, 0);
  const stated = await statedYearNet(bytes, truth.file);
  return {
    part: truth.part,
    file: truth.file,
    format: read.format,
    encoding: read.encoding ?? '',
    imported,
    importErrors: read.errors.length,
    skipped: describeSkipped(read.skipped),
    entries: entries.length,
    netTotal: yuan(net),
    statedYearNet: stated === undefined ? '' : yuan(stated),
    netReconciles: stated === net,
    planted: truth.planted.length,
    plantedFound,
    recall: truth.planted.length === 0 ? 1 : plantedFound / truth.planted.length,
    flaggedEntries: report.flagged.length,
    flaggedShare: entries.length === 0 ? 0 : report.flagged.length / entries.length,
    lookAlikes: truth.lookAlikes.length,
    lookAlikesFlagged,
    perRule,
    threePublic,
    summaryLines: report.findings.filter((f) => !f.evidence.some((e) => e.path?.startsWith('ledger[row'))).map((f) => `[${f.severity}] ${f.message}`),
  };
}

/** Report order of the parts; a blind part shows its totals only. */
const PART_ORDER: readonly Truth['part'][] = ['dev', 'test', 'test2'];
const BLIND_PARTS: ReadonlySet<Truth['part']> = new Set(['test2']);

type Result = Awaited<ReturnType<typeof evaluate>>;

/** What is kept of a blind part's result: counts and totals, no entry that was missed or flagged. */
function blind(r: Result) {
  const { perRule, lookAlikesFlagged, summaryLines, ...totals } = r;
  return { ...totals, blind: true, lookAlikesFlaggedCount: lookAlikesFlagged.length, perRule: [], lookAlikesFlagged: [], summaryLines: [] };
}

const truths = readdirSync(dir)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth)
  .sort((a, b) => (a.part === b.part ? a.file.localeCompare(b.file) : PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part)));
const results = [];
for (const t of truths) results.push(await evaluate(t));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const lines: string[] = [];
for (const r of results) {
  const isBlind = BLIND_PARTS.has(r.part);
  lines.push(
    `== ${r.part.toUpperCase()}${isBlind ? '（留出集2，只报合计 / held-out 2, blind: totals only）' : ''} ${r.file} (${r.format}${r.encoding ? `, ${r.encoding}` : ''})`,
    `  导入 / import: ${r.imported ? '原样导入成功' : `失败 ${r.importErrors} 处错误`}；${r.entries} 笔；${r.skipped || '未跳过行'}`,
    `  净额 / net: 导入合计 ${r.netTotal}，导出文件本年累计 ${r.statedYearNet} → ${r.netReconciles ? '一致' : '不一致'}`,
    `  召回 / recall: ${r.plantedFound}/${r.planted} = ${pct(r.recall)}；标记 / flagged: ${r.flaggedEntries}/${r.entries} = ${pct(r.flaggedShare)}；相似项被标记 / look-alikes flagged: ${r.lookAlikesFlagged.length}/${r.lookAlikes}`,
  );
  if (isBlind) {
    lines.push(`  三公 / three-public: ${r.threePublic.map((t) => `${t.category} ${t.ledger}${t.equal ? ' =' : ' ≠'} ${t.truth}`).join('；')}`);
    continue;
  }
  for (const x of r.perRule) {
    lines.push(`    ${x.rule.padEnd(34)} 命中 ${x.found}/${x.planted}${x.missed.length ? `（漏：${x.missed.join('、')}）` : ''}，误报 ${x.falseAlarms.length}${x.falseAlarms.length ? `：${x.falseAlarms.join('；')}` : ''}`);
  }
  for (const l of r.lookAlikesFlagged) lines.push(`    相似项被标记 / look-alike flagged: ${l}`);
  lines.push(`  三公 / three-public: ${r.threePublic.map((t) => `${t.category} ${t.ledger}${t.equal ? ' =' : ' ≠'} ${t.truth}`).join('；')}`);
  for (const s of r.summaryLines) lines.push(`  ${s}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
const out = join(root, 'bench/results/eval-ledger.json');
mkdirSync(dirname(out), { recursive: true });
const written = results.map((r) => (BLIND_PARTS.has(r.part) ? blind(r) : r));
writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), results: written }, null, 2)}\n`);

/**
 * Fuzz targets: each a generator of hostile-but-plausible inputs, the function under test, and the error types
 * that function documents. A run fails on any other error (a crash) and on any single input whose CPU time
 * exceeds the limit (a backtracking regular expression or a quadratic loop). The quick run (`npm test`) and the
 * reliability run (`npm run test:reliability`, ≥ 100,000 inputs) use the same targets with different counts.
 */
import fc from 'fast-check';
import { CodeTableError } from '../../src/core/codes.ts';
import { InputError } from '../../src/core/input-error.ts';
import { formatAmount, formatExact, MAX_FEN, MONEY_UNITS, MoneyError, type MoneyUnit, parseAmount } from '../../src/core/money.ts';
import { auditText, AuditInputError, normalizeText } from '../../src/audit/index.ts';
import { readCsv, readXlsx, toCsv } from '../../src/reference/spreadsheet.ts';
import { csvRows, MappingError, parseLedgerAmount, parseLedgerDate, parseLedgerRows, resolveColumns, decodeText, loadLedgerRuleData } from '../../src/ledger/index.ts';
import { assetClasses, importLedger, loadAssetConfig, parseDate } from '../../src/assets/index.ts';
import { plainXlsx } from '../security/archives.ts';
import { readXls } from '../../src/reference/xls.ts';
import { cell as biffCell, compoundFile, record, u16, u32, workbookStream } from '../../src/reference/biff-writer.test-util.ts';

/**
 * A shared-string table of `strings`, split into an SST record and CONTINUE records where `cuts` say: between
 * strings, or inside a string's characters (the next record then starts with a flag byte and may switch between
 * 1-byte and UTF-16 storage), as Excel and LibreOffice split long tables.
 */
function sstRecords(strings: readonly string[], cuts: readonly number[]): Buffer[] {
  const parts: number[][] = [[...u32(strings.length), ...u32(strings.length)]];
  let k = 0;
  const cutHere = () => (cuts[k++ % Math.max(cuts.length, 1)] ?? 0) % 5 === 0;
  for (const text of strings) {
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    let wide = units.some((u) => u > 0xff);
    if (cutHere()) parts.push([]);
    parts.at(-1)!.push(...u16(units.length), wide ? 1 : 0);
    units.forEach((u, i) => {
      if (cutHere()) {
        // A new record inside the characters: a flag byte, compressed only if the rest fits a byte.
        wide = units.slice(i).some((v) => v > 0xff) || (cuts[k % Math.max(cuts.length, 1)] ?? 0) % 2 === 1;
        parts.push([wide ? 1 : 0]);
      }
      parts.at(-1)!.push(...(wide ? [u & 0xff, u >> 8] : [u]));
    });
  }
  return parts.map((p, i) => record(i === 0 ? 0x00fc : 0x003c, p));
}

/** The slowest one input may take, in CPU milliseconds (CPU, not wall: other test files share the machine). */
export const INPUT_LIMIT_MS = 1000;

export interface FuzzTarget<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Runs the code under test; returns normally or throws. May check a property and throw a plain Error. */
  readonly run: (input: T) => void | Promise<void>;
  /** Error types the function documents (a refusal, not a crash). */
  readonly allowed: readonly (abstract new (...args: never[]) => Error)[];
  /** Share of the run's total count this target gets. */
  readonly weight: number;
}

/** Pieces of real fiscal text: amounts, units, outline numbers, table words. Mixed with arbitrary text. */
const FISCAL_PIECES = [
  '其中', '，', '。', '、', '：', '（', '）', '(', ')', '“', '”', '万元', '元', '亿元', '%', '个', '人', '年', '月', '日',
  '2024', '2025', '1-12', '609.29', '0', '.', ',', '1,234', '一、', '（一）', '1.', '（1）', '合计', '单位：万元', '年初预算数',
  '全年预算数', '决算数', '执行率', '比上年', '增长', '下降', '\n', '\t', '|', '１２３．４５', '￥', '人民币', '-', '+', '亿', '万',
  '美元', '⻔', '⻋', '臺灣', '財政', '\u00a0', '\u3000', '“三公”经费', '截至', '《', '》', '与2023年度相比', '9'.repeat(30),
];

const fiscalText = (maxLength: number) =>
  fc.oneof(
    fc.array(fc.constantFrom(...FISCAL_PIECES), { maxLength }).map((t) => t.join('')),
    fc.string({ unit: 'grapheme', maxLength: maxLength * 2 }),
    fc.string({ unit: 'binary', maxLength: maxLength * 2 }),
  );

const AMOUNT_PIECES = ['1', '0', '9', '12', '1,234', ',', '.', '5', '00', '-', '+', ' ', '万元', '亿元', '元', '角', '分', '千元', '百万元', '万美元', '港币', '¥', '￥', '人民币', '１', '．', '，', '（', '）', '(', ')', 'e', '10'];

const amountText = fc.oneof(
  fc.array(fc.constantFrom(...AMOUNT_PIECES), { maxLength: 12 }).map((t) => t.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^-?\d{1,20}(\.\d{0,10})?(万元|亿元|元|分)?$/),
);

const UNITS = Object.keys(MONEY_UNITS) as MoneyUnit[];
const fenValue = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, 1, -1, MAX_FEN, -MAX_FEN, 99, 100, 1_000_000, 1_069_600_000_000),
);

const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', '"', '""', ',', '"a,b"', '\r', ' ', '2024-03-05', '2024年3月5日', '(1,234.00)', '1,234.56', '30201', '2010301', '基本支出', '项目支出', '=cmd|calc!A1', '\u0000'),
  amountText,
);
const table = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 });

const LEDGER_HEADER = ['日期', '凭证号', '摘要', '金额', '功能科目', '经济科目', '支出性质', '项目编码', '项目名称', '收款人', '资金来源'];
const ASSET_HEADER = ['资产编号', '资产名称', '分类代码', '规格型号', '数量', '原值（元）', '取得日期', '资金来源', '存放地点', '使用人', '使用部门', '状态'];

let ruleData: ReturnType<typeof loadLedgerRuleData> | undefined;
let assetConfig: ReturnType<typeof loadAssetConfig> | undefined;
let classes: ReturnType<typeof assetClasses> | undefined;

export const TARGETS: readonly FuzzTarget<never>[] = [
  {
    name: 'money: parseAmount refuses or parses any text',
    weight: 25,
    arbitrary: fc.tuple(amountText, fc.constantFrom(...UNITS)),
    allowed: [MoneyError],
    run: ([text, unit]: [string, MoneyUnit]) => {
      const parsed = parseAmount(text, unit);
      if (!Number.isSafeInteger(parsed.fen)) throw new Error(`parseAmount(${JSON.stringify(text)}) gave an unsafe integer ${parsed.fen}`);
    },
  },
  {
    name: 'money: parseAmount(formatExact(x, unit)) === x for every safe integer 分 and unit',
    weight: 20,
    arbitrary: fc.tuple(fenValue, fc.constantFrom(...UNITS)),
    allowed: [],
    run: ([value, unit]: [number, MoneyUnit]) => {
      const text = formatExact(value, unit);
      const back = parseAmount(text).fen;
      if (back !== value) throw new Error(`formatExact(${value}, ${unit}) = ${text} parses back as ${back}`);
      formatAmount(value, { unit, grouping: true });
    },
  },
  {
    name: 'audit: normalizeText on any text',
    weight: 12,
    arbitrary: fiscalText(200),
    allowed: [],
    run: (text: string) => {
      normalizeText(text);
    },
  },
  {
    name: 'audit: auditText on any text',
    weight: 6,
    arbitrary: fiscalText(300),
    allowed: [AuditInputError],
    run: (text: string) => {
      auditText(text, { profile: 'strict' });
    },
  },
  {
    name: 'csv: readCsv(toCsv(rows)) gives the rows back (cells without line breaks) and readCsv never throws',
    weight: 10,
    arbitrary: fc.tuple(
      fc.array(fc.array(fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')), { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    ),
    allowed: [],
    run: ([rows, junk]: [string[][], string]) => {
      readCsv(junk);
      // Only rows that readCsv keeps: it drops blank lines, so a row of one empty (or blank) cell does not come back.
      // It also trims every cell (by design: code tables), so compare trimmed cells.
      const kept = rows.map((r) => r.map((c) => c.trim())).filter((r) => toCsv([r]).trim() !== '');
      const back = readCsv(toCsv(kept));
      if (JSON.stringify(back) !== JSON.stringify(kept)) {
        throw new Error(`CSV round trip changed ${JSON.stringify(kept)} into ${JSON.stringify(back)}`);
      }
    },
  },
  {
    name: 'ledger: parseLedgerAmount / parseLedgerDate on any cell',
    weight: 10,
    arbitrary: amountText,
    allowed: [MoneyError],
    run: (text: string) => {
      parseLedgerDate(text);
      const value = parseLedgerAmount(text);
      if (!Number.isSafeInteger(value)) throw new Error(`parseLedgerAmount(${JSON.stringify(text)}) = ${value}`);
    },
  },
  {
    name: 'ledger: a file (CSV bytes) with a real header and hostile rows parses to entries and row errors',
    weight: 8,
    arbitrary: fc.tuple(table, fc.uint8Array({ maxLength: 200 })),
    allowed: [MappingError, InputError, MoneyError],
    run: ([rows, bytes]: [string[][], Uint8Array]) => {
      ruleData ??= loadLedgerRuleData();
      decodeText(bytes);
      csvRows(decodeText(bytes).text);
      const all = [LEDGER_HEADER, ...rows];
      const columns = resolveColumns(all, ruleData.headerSynonyms);
      const parsed = parseLedgerRows(all, columns, { fiscalYear: 2024 });
      if (parsed.entries.length > rows.length) throw new Error(`${parsed.entries.length} entries from ${rows.length} rows`);
      for (const e of parsed.errors) {
        if (!(e.row >= 1 && e.row <= all.length)) throw new Error(`a row error names row ${e.row} of a ${all.length}-row file`);
      }
    },
  },
  {
    name: 'assets: importLedger with a real header and hostile rows gives assets and row errors',
    weight: 6,
    arbitrary: table,
    allowed: [InputError, MoneyError, CodeTableError],
    run: (rows: string[][]) => {
      assetConfig ??= loadAssetConfig();
      classes ??= assetClasses(2026);
      importLedger([ASSET_HEADER, ...rows], { config: assetConfig, classes });
      for (const r of rows) for (const c of r) parseDate(c);
    },
  },
  {
    name: 'xlsx: readXlsx on a valid workbook with hostile cells, and on corrupted bytes of it',
    weight: 3,
    arbitrary: fc.tuple(fc.array(fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat({ max: 255 })),
    allowed: [InputError],
    run: async ([rows, at, byte]: [string[][], number, number]) => {
      // XML 1.0 cannot carry most control characters; the workbook writer would not either.
      const clean = rows.map((r) => r.map((c) => c.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udfff]/g, '')));
      const bytes = await plainXlsx(clean);
      const read = await readXlsx(bytes, 'fuzz.xlsx');
      const expected = clean.map((r) => r.map((c) => c.trim()));
      const got = read.rows.map((r) => r.slice(0, expected[0]?.length));
      if (read.rows.length !== expected.length || got.some((r, i) => r.some((c, j) => c !== expected[i]?.[j]))) {
        throw new Error(`xlsx cells changed: ${JSON.stringify(expected)} → ${JSON.stringify(read.rows)}`);
      }
      const broken = Buffer.from(bytes);
      broken[at % broken.length] = byte;
      await readXlsx(broken, 'broken.xlsx');
    },
  },
  {
    name: 'xls: readXls on shared strings split across CONTINUE records anywhere, and on corrupted bytes of the stream',
    weight: 3,
    arbitrary: fc.tuple(
      fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', ' 资产 ', '办公桌', 'ZC-0001', '合　计', 'é')), { minLength: 1, maxLength: 12 }),
      fc.array(fc.nat({ max: 99 }), { maxLength: 30 }),
      fc.nat(),
      fc.nat({ max: 255 }),
    ),
    allowed: [InputError],
    run: ([strings, cuts, at, byte]: [string[], number[], number, number]) => {
      const cells = strings.map((_, i) => biffCell.labelSst(i, 0, i));
      const stream = workbookStream(8, sstRecords(strings, cuts), [{ name: 'S', records: cells }]);
      const read = readXls(compoundFile(stream), 'fuzz.xls');
      const got = read.rows.map((r) => r[0]);
      const expected = strings.map((t) => t.trim());
      if (got.length !== expected.length || got.some((c, i) => c !== expected[i])) {
        throw new Error(`xls strings changed: ${JSON.stringify(expected)} → ${JSON.stringify(got)}`);
      }
      const broken = Buffer.from(stream);
      broken[at % broken.length] = byte;
      readXls(compoundFile(broken), 'broken.xls');
    },
  },
] as unknown as readonly FuzzTarget<never>[];

export interface FuzzOutcome {
  readonly name: string;
  readonly runs: number;
  readonly maxMs: number;
  readonly refused: number;
}

/** CPU milliseconds of this process since `before`. */
function cpuMs(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Run one target `runs` times. Throws (with fast-check's shrunk counter-example) on an undocumented error, a
 * broken property, or an input slower than `limitMs`.
 */
export async function runTarget<T>(
  target: FuzzTarget<T>,
  runs: number,
  options: { readonly limitMs?: number; readonly seed?: number; readonly shrink?: boolean } = {},
): Promise<FuzzOutcome> {
  const limitMs = options.limitMs ?? INPUT_LIMIT_MS;
  let maxMs = 0;
  let refused = 0;
  let count = 0;
  const check = fc.assert(
    fc.asyncProperty(target.arbitrary, async (input) => {
      count++;
      const before = process.cpuUsage();
      try {
        await target.run(input);
      } catch (err) {
        if (!target.allowed.some((type) => err instanceof type)) throw err;
        refused++;
      }
      const ms = cpuMs(before);
      maxMs = Math.max(maxMs, ms);
      if (ms > limitMs) throw new Error(`${target.name}: one input took ${Math.round(ms)} ms of CPU (limit ${limitMs} ms): ${JSON.stringify(input).slice(0, 300)}`);
    }),
    { numRuns: runs, endOnFailure: options.shrink === false, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
  );
  try {
    await check;
  } catch (err) {
    // fast-check keeps the failing input's error as the cause; put it in the message the test runner shows.
    const cause = err instanceof Error && err.cause instanceof Error ? `\nCaused by: ${err.cause.name}: ${err.cause.message}` : '';
    throw new Error(`${err instanceof Error ? err.message : String(err)}${cause}`);
  }
  return { name: target.name, runs: count, maxMs, refused };
}

/** Split a total count over the targets by weight (each at least 1). */
export function countsFor(total: number): Map<FuzzTarget<never>, number> {
  const sum = TARGETS.reduce((s, t) => s + t.weight, 0);
  return new Map(TARGETS.map((t) => [t, Math.max(1, Math.round((total * t.weight) / sum))]));
}

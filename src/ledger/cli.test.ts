import { describe, expect, it } from 'vitest';
import { ledgerCommand } from './cli.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { LedgerEntryRecord, LedgerStorePort } from './ledger-store-port.ts';

/** An in-memory store: the command's contract with storage, without a database. */
function memoryStore() {
  const entries = new Map<string, LedgerEntryRecord[]>();
  const mappings = new Map<string, ColumnMapping>();
  const key = (t: { regionCode: string; departmentCode: string }, y?: number) => `${t.regionCode}.${t.departmentCode}.${y ?? ''}`;
  const store: LedgerStorePort = {
    replaceEntries: async (t, y, given) => {
      // Drain the chunks first, as a transaction would: an exception from them writes nothing.
      const list = 'chunks' in given ? [...given.chunks].flat() : [...given];
      entries.set(key(t, y), list);
      return { inserted: list.length, method: 'copy' };
    },
    loadEntries: async (t, y) => entries.get(key(t, y)) ?? [],
    loadMapping: async (t) => mappings.get(key(t)),
    saveMapping: async (t, m) => {
      mappings.set(key(t), m);
    },
    loadDepartmentYear: async () => null,
  };
  return { store, entries, mappings };
}

async function run(argv: string[], files: Record<string, string> = {}, mem = memoryStore()) {
  let out = '';
  let err = '';
  const code = await ledgerCommand(argv, {
    withLedgerStore: (fn) => fn(mem.store),
    write: (t) => {
      out += t;
    },
    writeError: (t) => {
      err += t;
    },
    progress: { isTTY: false, write: () => true },
    readBytes: async (p) => {
      if (files[p] === undefined) throw new Error(`找不到文件 ${p} / file not found`);
      return new TextEncoder().encode(files[p]);
    },
  });
  return { code, out, err, mem };
}

const CSV = [
  '某某局2024年支出明细账',
  '日期,凭证号,摘要,借方金额(元),功能科目,经济科目,项目名称',
  '2024-01-05,记-1-1,购买办公用品,"1,200.00",2010601 行政运行,30201 办公费,',
  '2024/2/6,记-2-3,电商培训讲师课酬,800,2013802,30216,电子商务进农村综合示范项目',
  '',
  '合计,,,"2,000.00",,,',
].join('\n');

describe('jixiao ledger import', () => {
  it('imports a CSV below a title row, skipping blank and 合计 rows; project entries are those with a project', async () => {
    const { code, out, err, mem } = await run(['import', 'a.csv', '--department', '431222.demo', '--year', '2024'], { 'a.csv': CSV });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('已导入 2 笔分录，合计 2,000.00元');
    const stored = mem.entries.get('431222.demo.2024')!;
    expect(stored.map((e) => [e.row, e.date, e.amount, e.functionCode, e.economicCode, e.nature])).toEqual([
      [3, '2024-01-05', 120_000, '2010601', '30201', 'basic'],
      [4, '2024-02-06', 80_000, '2013802', '30216', 'project'],
    ]);
  });

  it('reports every bad row with its column and writes nothing (exit 1)', async () => {
    const bad = CSV.replace('"1,200.00"', 'abc').replace('2024/2/6', '2023-12-31');
    const { code, err, mem } = await run(['import', 'b.csv', '--department', '431222.demo', '--year', '2024'], { 'b.csv': bad });
    expect(code).toBe(1);
    expect(err).toContain('b.csv:3: [借方金额(元)] 借方金额无法识别');
    expect(err).toContain('b.csv:4: [日期] 日期不在2024年度内');
    expect(err).toContain('2 行有误，未导入任何数据');
    expect(mem.entries.size).toBe(0);
  });

  it('remembers a --mapping for the department', async () => {
    const odd = CSV.replace('借方金额(元)', '发生数');
    const mem = memoryStore();
    const first = await run(['import', 'c.csv', '--department', '431222.demo', '--year', '2024'], { 'c.csv': odd }, mem);
    expect(first.code).toBe(2);
    expect(first.err.trim().split('\n')).toHaveLength(1);
    // The command line's wording names the flag (the web app's names its 列对应 instead: channel-messages.test.ts).
    expect(first.err).toContain(`give --mapping '{"amount":"列名"}'`);
    expect(first.err).not.toContain('列对应');
    const withMapping = ['import', 'c.csv', '--department', '431222.demo', '--year', '2024', '--mapping', '{"amount":"发生数"}'];
    expect((await run(withMapping, { 'c.csv': odd }, mem)).code).toBe(0);
    expect(mem.mappings.get('431222.demo.')).toEqual({ amount: '发生数' });
    expect((await run(['import', 'c.csv', '--department', '431222.demo', '--year', '2024'], { 'c.csv': odd }, mem)).code).toBe(0);
  });

  it('prints the usage for --help (exit 0)', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('jixiao ledger import');
    // What the 三公 totals count, and that a non-三公 object under a 三公 class is flagged and left out.
    expect(out).toMatch(/三公.*先按经济分类.*疑似错列科目、不计入合计/su);
  });

  it('answers bad arguments with one line and the usage (exit 2)', async () => {
    for (const argv of [['frobnicate'], ['import', 'x.csv', '--year', '2024'], ['check', '--department', 'bad', '--year', '2024'], ['import', 'x.csv', '--department', '431222.demo', '--year', '24']]) {
      const { code, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(/\/ /);
      expect(err).not.toContain('    at ');
    }
    const missing = await run(['import', 'none.csv', '--department', '431222.demo', '--year', '2024']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('找不到文件 none.csv / file not found\n');
  });
});

describe('jixiao ledger check', () => {
  it('lists flagged entries by evidence strength (or amount) with the summary per rule; exit 1 on error-level findings', async () => {
    const mem = memoryStore();
    const csv = [
      '日期,凭证号,摘要,金额,功能分类,经济分类,支出类型,项目名称',
      '2024-03-01,记-3-1,支付3月电费,100.00,2013802,30299,项目支出,电子商务进农村综合示范项目',
      '2024-03-02,记-3-2,购买节日礼品,9000.00,2013802,30218,项目支出,电子商务进农村综合示范项目',
      '2024-03-03,记-3-3,杂项,50.00,2010601,4010,基本支出,',
    ].join('\n');
    expect((await run(['import', 'd.csv', '--department', '431222.demo', '--year', '2024'], { 'd.csv': csv }, mem)).code).toBe(0);
    const text = await run(['check', '--department', '431222.demo', '--year', '2024'], {}, mem);
    expect(text.code).toBe(1);
    expect(text.out).toContain('ledger.basic-on-project');
    // By default the strongest evidence first: a code of the wrong shape (a fact of the books) before a word
    // in a 摘要, however small its amount; --sort amount puts the largest first.
    const lines = text.out.split('\n').filter((l) => l.startsWith('  第'));
    expect(lines.map((l) => /第(\d+)行/.exec(l)?.[1])).toEqual(['4', '3', '2']);
    const byAmount = await run(['check', '--department', '431222.demo', '--year', '2024', '--sort', 'amount'], {}, mem);
    expect(byAmount.out.split('\n').filter((l) => l.startsWith('  第'))[0]).toContain('第3行');
    const json = await run(['check', '--department', '431222.demo', '--year', '2024', '--json', '--sort', 'row'], {}, mem);
    const report = JSON.parse(json.out) as { flagged: { row: number; rules: string[] }[]; counts: { errors: number } };
    expect(report.flagged.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(report.flagged[0]!.rules).toContain('ledger.basic-on-project');
    expect(report.counts.errors).toBeGreaterThan(0);
    // Words configured for the project make the 礼品 entry belong to it (e.g. a 展销 project that buys gift packaging).
    const keywords = '{"电子商务进农村综合示范项目":["礼品"]}';
    const withKeywords = await run(['check', '--department', '431222.demo', '--year', '2024', '--json', '--keywords', keywords], {}, mem);
    const flagged = (JSON.parse(withKeywords.out) as { flagged: { row: number; rules: string[] }[] }).flagged;
    expect(flagged.find((f) => f.row === 3)?.rules ?? []).not.toContain('ledger.summary-project-mismatch');
  });

  it('says when nothing was imported (exit 2)', async () => {
    const { code, err } = await run(['check', '--department', '431222.demo', '--year', '2024']);
    expect(code).toBe(2);
    expect(err).toContain('没有已导入的分录');
  });
});

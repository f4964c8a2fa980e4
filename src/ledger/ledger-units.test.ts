/**
 * A multi-unit export (a township 财政所's 代理记账 凭证明细: 单位编码/单位名称 on every line, one 合计 row of all units,
 * a footer of several items in one cell): one unit is read — the one named, else the department's own — and otherwise
 * the import stops listing the units; the other units' lines are skipped and counted with their net.
 */
import { describe, expect, it } from 'vitest';
import { ledgerCommand } from './cli.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { LedgerEntryRecord, LedgerStorePort } from './ledger-store-port.ts';
import { UnitChoiceError, unitChoiceAnswer } from './ledger-units.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { MULTI_UNIT_EXPORT_LINES } from './testing/multi-unit-export.ts';

const FILE = [
  ...MULTI_UNIT_EXPORT_LINES,
  '',
  '共 5 条记录　导出人：陈晓燕　导出时间：2025-01-10 09:12:33',
].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a multi-unit export', () => {
  it('without a unit chosen: stops, naming the unit columns and listing every unit with its lines', async () => {
    const read = readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024 });
    await expect(read).rejects.toThrow(/文件含 3 个单位的分录（第1列“单位编码”、第2列“单位名称”）/u);
    await expect(read).rejects.toThrow(/001001 桃林镇人民政府（2 行）、001002 社会事务综合服务中心（1 行）、001003 农业综合服务中心（2 行）/u);
    await expect(read).rejects.toThrow(/--unit/u);
  });

  it('reads the unit named (code or name): the others skipped and counted with their net; 合计 and the footer skipped as such', async () => {
    for (const unit of ['001003', '农业综合服务中心']) {
      const read = await readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024, unit: { unit } });
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.row, e.amount])).toEqual([
        [4, 66_278],
        [6, 11_127],
      ]);
      expect(read.skipped).toMatchObject({ 'other-unit': 3, total: 1, footer: 1, title: 1 });
      // 371.43 + 863.76 − 71.43 of the other units; with the unit's own 773.05 they make the 合计 row's 2009.24 − 71.43.
      expect(read.otherUnits).toEqual({ rows: 3, amount: 116_376 });
      expect(read.entries.reduce((s, e) => s + e.amount, 0) + read.otherUnits.amount).toBe(200_924 - 7_143);
      expect(read.unit?.chosen).toMatchObject({ code: '001003', rows: 2 });
      expect(read.unit?.by).toBe('option');
    }
  });

  it("leaves a unit's own 小计 to the row kinds: skipped as a total, never counted as that unit's line", async () => {
    const lines = FILE.split('\n');
    lines.splice(7, 0, '001001,桃林镇人民政府,,,小计,,,371.43,71.43');
    const read = await readLedgerFile(bytes(lines.join('\n')), 'dljz.csv', { fiscalYear: 2024, unit: { unit: '001003' } });
    expect(read.errors).toEqual([]);
    expect(read.skipped).toMatchObject({ 'other-unit': 3, total: 2 });
    expect(read.otherUnits).toEqual({ rows: 3, amount: 116_376 });
  });

  it("reads a voucher's further lines, their unit cells empty, as the unit of the line above; a blank line or a kind of row ends it", async () => {
    const journal = [
      '单位编码,单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额',
      '001001,桃林镇人民政府,2024-01-12,0002,发放1月工资,2010301 行政运行,30101 基本工资,3000.00,',
      ',,,,发放1月工资,2010301 行政运行,30102 津贴补贴,2000.00,',
      '001003,农业综合服务中心,2024-01-12,0002,发放1月工资,2130104 事业运行,30101 基本工资,2500.00,',
      ',,,,发放1月工资,2130104 事业运行,30102 津贴补贴,1500.00,',
      ',,,,合计,,,9000.00,',
    ].join('\n');
    const read = await readLedgerFile(bytes(journal), 'j.csv', { fiscalYear: 2024, unit: { unit: '001003' } });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.economicCode, e.amount])).toEqual([
      [4, '30101', 250_000],
      [5, '30102', 150_000],
    ]);
    expect(read.otherUnits).toEqual({ rows: 2, amount: 500_000 });
    expect(read.unit?.units.map((u) => [u.code, u.rows])).toEqual([
      ['001001', 2],
      ['001003', 2],
    ]);
    expect(read.skipped).toMatchObject({ total: 1 });
  });

  it("reads the unit whose code is the department's own when none is named", async () => {
    const read = await readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024, unit: { department: '001001' } });
    expect(read.entries.map((e) => e.amount)).toEqual([37_143, -7_143]);
    expect(read.unit?.by).toBe('department');
    // A department code that is no unit's: the choice is still the user's.
    await expect(readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024, unit: { department: 'demo' } })).rejects.toThrow(/3 个单位/u);
  });

  it('refuses a unit the file does not hold, and --unit on a file with no unit column', async () => {
    await expect(readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024, unit: { unit: '009' } })).rejects.toThrow(/--unit“009”不是文件中的单位；文件中的单位：001001/u);
    const plain = ['日期,凭证号,摘要,功能科目,经济科目,借方,贷方', '2024-01-03,记-1,办公用品,2010301,30201,100.00,'].join('\n');
    await expect(readLedgerFile(bytes(plain), 'a.csv', { fiscalYear: 2024, unit: { unit: '001' } })).rejects.toThrow(/没有单位编码或单位名称列/u);
    expect((await readLedgerFile(bytes(plain), 'a.csv', { fiscalYear: 2024 })).entries).toHaveLength(1);
  });

  it('gives the units found as data, with a message for a list to choose from that never names --unit', async () => {
    const failure = await readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnitChoiceError);
    const err = failure as UnitChoiceError;
    expect(err.problem).toBe('several-units');
    expect(err.units).toEqual([
      { code: '001001', name: '桃林镇人民政府', rows: 2 },
      { code: '001002', name: '社会事务综合服务中心', rows: 1 },
      { code: '001003', name: '农业综合服务中心', rows: 2 },
    ]);
    expect(err.message).toContain('--unit');
    expect(err.choiceMessage).not.toContain('--unit');
    expect(err.choiceMessage).toMatch(/^dljz\.csv：文件含 3 个单位的分录.*请选择要导入的单位.*未导入任何数据 \/ the file holds the entries of 3 units/u);
    const answer = unitChoiceAnswer(err);
    expect(answer).toEqual({ code: 'ledger-unit-required', message: err.choiceMessage, details: { problem: 'several-units', units: err.units } });
    // The answer is plain data: a JSON round trip keeps it whole.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);

    const unknown = (await readLedgerFile(bytes(FILE), 'dljz.csv', { fiscalYear: 2024, unit: { unit: '009' } }).catch((e: unknown) => e)) as UnitChoiceError;
    expect(unknown).toBeInstanceOf(UnitChoiceError);
    expect(unitChoiceAnswer(unknown)).toMatchObject({ code: 'ledger-unit-unknown', details: { problem: 'unknown-unit', named: '009', units: err.units } });
    expect(unknown.choiceMessage).toMatch(/所选单位“009”不是文件中的单位/u);
    expect(unknown.choiceMessage).not.toContain('--unit');

    const plain = ['日期,凭证号,摘要,功能科目,经济科目,借方,贷方', '2024-01-03,记-1,办公用品,2010301,30201,100.00,'].join('\n');
    const noColumn = (await readLedgerFile(bytes(plain), 'a.csv', { fiscalYear: 2024, unit: { unit: '001' } }).catch((e: unknown) => e)) as UnitChoiceError;
    expect(unitChoiceAnswer(noColumn)).toMatchObject({ code: 'ledger-unit-not-applicable', details: { problem: 'no-unit-column', units: [] } });
    expect(noColumn.choiceMessage).not.toContain('--unit');
  });

  it('a unit the file names only by its name (no code column) is listed by name', async () => {
    const named = [
      '单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额',
      '桃林镇人民政府,2024-01-03,0001,差旅费报销,2010301 行政运行,30211 差旅费,371.43,',
      '农业综合服务中心,2024-01-08,0001,办公用品购置,2130104 事业运行,30201 办公费,662.78,',
    ].join('\n');
    const err = (await readLedgerFile(bytes(named), 'n.csv', { fiscalYear: 2024 }).catch((e: unknown) => e)) as UnitChoiceError;
    expect(unitChoiceAnswer(err).details.units).toEqual([
      { name: '桃林镇人民政府', rows: 1 },
      { name: '农业综合服务中心', rows: 1 },
    ]);
  });

  it('reads a file of one unit with a unit column as it is, and a 摘要 with one footer item among its words stays an entry', async () => {
    const one = [
      '单位编码,单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额',
      '001003,农业综合服务中心,2024-01-08,0001,差旅费　经办人：张三,2130104 事业运行,30211 差旅费,500.00,',
      '001003,农业综合服务中心,2024-01-09,0002,办公水费,2130104 事业运行,30205 水费,111.27,',
      '共 2 条记录　导出人：陈晓燕',
    ].join('\n');
    const read = await readLedgerFile(bytes(one), 'one.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.amount])).toEqual([
      ['差旅费　经办人：张三', 50_000],
      ['办公水费', 11_127],
    ]);
    expect(read.unit).toBeUndefined();
    expect(read.skipped).toMatchObject({ footer: 1 });
    expect(read.skipped['other-unit']).toBeUndefined();
  });
});

describe('jixiao ledger import --unit', () => {
  const store = () => {
    const entries = new Map<string, LedgerEntryRecord[]>();
    const port: LedgerStorePort = {
      replaceEntries: async (t, y, given) => {
        const list = 'chunks' in given ? [...given.chunks].flat() : [...given];
        entries.set(`${t.regionCode}.${t.departmentCode}.${y}`, list);
        return { inserted: list.length, method: 'copy' };
      },
      loadEntries: async () => [],
      loadMapping: async () => undefined as ColumnMapping | undefined,
      saveMapping: async () => {},
      loadDepartmentYear: async () => null,
    };
    return { port, entries };
  };
  const run = async (argv: string[]) => {
    const mem = store();
    let out = '';
    let err = '';
    const code = await ledgerCommand(argv, {
      withLedgerStore: (fn) => fn(mem.port),
      write: (t) => {
        out += t;
      },
      writeError: (t) => {
        err += t;
      },
      progress: { isTTY: false, write: () => true },
      readBytes: async () => bytes(FILE),
    });
    return { code, out, err, entries: mem.entries };
  };

  it('imports the unit named and says which, and what was left out', async () => {
    const { code, out, entries } = await run(['import', 'dljz.csv', '--department', '360000.demo', '--year', '2024', '--unit', '001002']);
    expect(code).toBe(0);
    expect(out).toContain('已导入 1 笔分录，合计 863.76元');
    expect(out).toContain('多单位导出（3 个单位）：导入 001002 社会事务综合服务中心（由用户指定）；其他 2 个单位');
    expect(out).toContain('的 4 行未导入');
    expect(entries.get('360000.demo.2024')).toHaveLength(1);
  });

  it("imports the department's own unit without --unit, and otherwise writes nothing (exit 2, the units listed)", async () => {
    const own = await run(['import', 'dljz.csv', '--department', '360000.001003', '--year', '2024']);
    expect(own.code).toBe(0);
    expect(own.out).toContain('（单位编码与部门编号相同）');
    const none = await run(['import', 'dljz.csv', '--department', '360000.demo', '--year', '2024']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/文件含 3 个单位的分录.*未导入任何数据 \/ the file holds the entries of 3 units/u);
    expect(none.entries.size).toBe(0);
  });

  it('--unit is for import only', async () => {
    const { code, err } = await run(['check', '--department', '360000.demo', '--year', '2024', '--unit', '001']);
    expect(code).toBe(2);
    expect(err).toContain('--unit 只用于 import');
  });
});

import { describe, expect, it } from 'vitest';
import { parseCodeTableCsv } from '../core/codes.ts';
import { fileNameIndex, resolveFunctionName, splitNamePath, tableNameIndex } from './function-names.ts';
import { checkLedger } from './check-ledger.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { context } from './testing/fixtures.ts';

// A fragment of a function table, incomplete like the shipped one: 21301 and 2130314 防汛 are missing.
const TABLE = tableNameIndex(
  parseCodeTableCsv(
    [
      'code,name,level,parent',
      '201,一般公共服务支出,1,',
      '20106,财政事务,2,201',
      '2010601,行政运行,3,20106',
      '213,农林水支出,1,',
      '21303,水利,2,213',
      '2130306,水利工程运行与维护,3,21303',
      '21305,巩固脱贫攻坚成果衔接乡村振兴,2,213',
      '2130501,行政运行,3,21305',
      '2130504,农村基础设施建设,3,21305',
    ].join('\n'),
    { kind: 'function', year: 2026, complete: false, source: 'test' },
  ),
);
const NO_FILE = fileNameIndex([]);

describe('a function class written as names', () => {
  it('splits a name path at any of the separators exports use', () => {
    expect(splitNamePath('农林水支出-水利-防汛')).toEqual(['农林水支出', '水利', '防汛']);
    expect(splitNamePath('农林水支出—水利／防汛')).toEqual(['农林水支出', '水利', '防汛']);
    expect(splitNamePath('农林水支出 > 水利 \\ 防汛')).toEqual(['农林水支出', '水利', '防汛']);
    expect(splitNamePath('水利，防汛')).toEqual(['水利', '防汛']);
    expect(splitNamePath('农林水支出 水利 防汛')).toEqual(['农林水支出', '水利', '防汛']);
    expect(splitNamePath('一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行')[1]).toBe('政府办公厅(室)及相关机构事务');
  });

  it('resolves 类-款-项, 款-项 and a unique 项 name through the table, each level matching the level above', () => {
    // Given a table where 农村基础设施建设 is 2130504 under 21305 under 213
    // Then the whole path, its 款-项 tail and the 项 alone resolve to it
    expect(resolveFunctionName('农林水支出-巩固脱贫攻坚成果衔接乡村振兴-农村基础设施建设', TABLE, NO_FILE)).toEqual({ code: '2130504', via: 'table' });
    expect(resolveFunctionName('巩固脱贫攻坚成果衔接乡村振兴/农村基础设施建设', TABLE, NO_FILE)).toEqual({ code: '2130504', via: 'table' });
    expect(resolveFunctionName('农村基础设施建设', TABLE, NO_FILE)).toEqual({ code: '2130504', via: 'table' });
    // A 行政运行 exists under several 款: the path's 款 picks one
    expect(resolveFunctionName('农林水支出-巩固脱贫攻坚成果衔接乡村振兴-行政运行', TABLE, NO_FILE)).toEqual({ code: '2130501', via: 'table' });
    expect(resolveFunctionName('一般公共服务支出-财政事务-行政运行', TABLE, NO_FILE)).toEqual({ code: '2010601', via: 'table' });
  });

  it('refuses a path whose levels do not match the table', () => {
    // 农村基础设施建设 is under 巩固脱贫攻坚成果衔接乡村振兴, not 水利; 行政运行 of 财政事务 is not under 农林水支出
    expect(resolveFunctionName('农林水支出-水利-农村基础设施建设', TABLE, NO_FILE)).toEqual({ error: 'unknown', name: '农村基础设施建设' });
    expect(resolveFunctionName('农林水支出-财政事务-行政运行', TABLE, NO_FILE)).toMatchObject({ error: 'unknown' });
    // Three names need a 项: a 款 code is too shallow for them
    expect(resolveFunctionName('农林水支出-农林水支出-水利', TABLE, NO_FILE)).toMatchObject({ error: 'unknown' });
  });

  it('calls an ambiguous name ambiguous, naming the candidates, when neither the table nor the file settles it', () => {
    expect(resolveFunctionName('行政运行', TABLE, NO_FILE)).toEqual({ error: 'ambiguous', name: '行政运行', candidates: ['2010601', '2130501'] });
    // The file writes 行政运行 beside two codes: still ambiguous
    const two = fileNameIndex([
      { text: '2010301 行政运行', code: '2010301' },
      { text: '2130101 行政运行', code: '2130101' },
    ]);
    expect(resolveFunctionName('行政运行', TABLE, two)).toMatchObject({ error: 'ambiguous', candidates: ['2010301', '2010601', '2130101', '2130501'] });
  });

  it("falls back to the codes the file's own rows write beside the same name", () => {
    // Given a file whose other rows write 2130314 防汛 and [201]…/[20103]…/[2010301]行政运行 (both missing from the table)
    const file = fileNameIndex([
      { text: '2130314 防汛', code: '2130314' },
      { text: '[201]一般公共服务支出/[20103]政府办公厅（室）及相关机构事务/[2010301]行政运行', code: '2010301' },
    ]);
    // Then the name path resolves to the file's code, its known levels agreeing
    expect(resolveFunctionName('农林水支出-水利-防汛', TABLE, file)).toEqual({ code: '2130314', via: 'file' });
    expect(resolveFunctionName('防汛', TABLE, file)).toEqual({ code: '2130314', via: 'file' });
    // 行政运行 is ambiguous in the table; the path's 款 is the file's 20103
    expect(resolveFunctionName('一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行', TABLE, file)).toEqual({ code: '2010301', via: 'file' });
    // A 类 the table names otherwise contradicts the file's code
    expect(resolveFunctionName('一般公共服务支出-水利-防汛', TABLE, file)).toMatchObject({ error: 'unknown' });
  });

  it('reads the levels of one code followed by a path of names as the file writes them', () => {
    const file = fileNameIndex([{ text: '2100408 卫生健康支出\\公共卫生\\基本公共卫生服务', code: '2100408' }]);
    expect(file.codesNamed('基本公共卫生服务')).toEqual(['2100408']);
    expect(file.namesOf('21004')).toEqual(['公共卫生']);
    expect(file.codesNamed('卫生健康支出')).toEqual(['210']);
  });

  it('calls a name nobody knows unknown', () => {
    expect(resolveFunctionName('农林水支出-水利-抗旱', TABLE, NO_FILE)).toEqual({ error: 'unknown', name: '抗旱' });
  });
});

describe('importing a ledger whose function classes are partly names', () => {
  const csv = (lines: string[]) =>
    new TextEncoder().encode(['日期,凭证号,摘要,功能分类,经济分类,支出类型,借方金额', ...lines].join('\n'));

  it('resolves each name row and counts them, by the shipped table and by the file', async () => {
    // Given a file with 2130314 防汛 on one row and the same class by name on another
    const read = await readLedgerFile(
      csv([
        '2024-3-5,2024-03-记-12,防汛物资,2130314 防汛,30218 专用材料费,项目支出,"1,200.00"',
        '2024-3-6,2024-03-记-13,防汛值班,农林水支出-水利-防汛,30226 劳务费,项目支出,800.00',
        '2024-3-7,2024-03-记-14,缴纳养老保险,社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出,30108 机关事业单位基本养老保险缴费,基本支出,500.00',
      ]),
      'names.csv',
      { fiscalYear: 2024 },
    );
    // Then it imports, the name rows carry the codes, and the count says how each was resolved
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.functionCode)).toEqual(['2130314', '2130314', '2080505']);
    expect(read.entries[1]).toMatchObject({ functionName: '防汛', amount: 80_000, date: '2024-03-06' });
    expect(read.functionByName).toEqual({ table: 1, file: 1 });
  });

  it('imports a name the table does not settle under the name as written, and the check says so ONE line per name, after the findings, flagging no entry', async () => {
    // Given a 政府办公厅 ledger written in name paths whose 款 (20103) the incomplete shipped table lacks, a name no
    // class has (抗旱保安) and a 项 name several classes have (行政运行 alone)
    const office = '一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行';
    const read = await readLedgerFile(
      csv([
        `2024-3-4,记-1,发放3月工资,${office},30101 基本工资,基本支出,"62,840.00"`,
        `2024-3-5,记-2,办公用品,${office},30201 办公费,基本支出,126.00`,
        '2024-3-6,记-3,值班,农林水支出-水利-抗旱保安,30226 劳务费,项目支出,800.00',
        '2024-3-7,记-4,办公,行政运行,30201 办公费,基本支出,100.00',
        '2024-3-8,记-5,接待省厅检查组工作餐,2010602 一般行政管理事务,30217 公务接待费,基本支出,640.00',
      ]),
      'names.csv',
      { fiscalYear: 2024 },
    );
    // Then every row imports, keeping what the file says, and the net is the file's
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.functionCode, e.functionName])).toEqual([
      [office, '行政运行'],
      [office, '行政运行'],
      ['农林水支出-水利-抗旱保安', '抗旱保安'],
      ['行政运行', '行政运行'],
      ['2010602', '一般行政管理事务'],
    ]);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(6_284_000 + 12_600 + 80_000 + 10_000 + 64_000);
    expect(read.keptNames).toEqual({ function: 4, economic: 0 });
    // And the check: one info line per name (never one per entry, no entry flagged), after every other finding
    const report = checkLedger(read.entries, context());
    const named = report.findings.filter((f) => f.rule === 'ledger.unknown-code');
    expect(named.map((f) => [f.severity, f.evidence.map((e) => e.quote)])).toEqual([
      ['info', [office]],
      ['info', ['农林水支出-水利-抗旱保安']],
      ['info', ['行政运行']],
    ]);
    expect(named[0]!.message).toContain('2 笔');
    expect(report.flagged.filter((f) => f.rules.includes('ledger.unknown-code'))).toEqual([]);
    const firstInfo = report.findings.findIndex((f) => f.severity === 'info');
    expect(report.findings.slice(firstInfo).every((f) => f.severity === 'info'), 'info lines come after errors and warnings').toBe(true);
    expect(report.findings.some((f) => f.severity !== 'info'), 'the 三公 finding stands above them').toBe(true);
  });
});
